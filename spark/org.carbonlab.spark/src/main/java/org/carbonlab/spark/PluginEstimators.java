package org.carbonlab.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The estimators of the bundles on the class path, without OSGi: the contributions to
 * {@value EstimatorRegistry#EXTENSION_POINT} read from every {@code plugin.xml} the class loader sees (the runner jar
 * holds the bundles' plugin.xml files merged into one), each created by its public no-argument constructor as the
 * extension registry would.
 */
final class PluginEstimators {

    private PluginEstimators() {
    }

    static EstimatorRegistry registry(ClassLoader loader, String version) {
        EstimatorRegistry registry = new EstimatorRegistry();
        try {
            Enumeration<URL> files = loader.getResources("plugin.xml");
            while (files.hasMoreElements()) {
                URL url = files.nextElement();
                try (InputStream in = url.openStream()) {
                    read(parse(in), loader, version, url.toString(), registry);
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the estimators' plugin.xml: " + e.getMessage(), e);
        }
        return registry;
    }

    private static Document parse(InputStream in) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // plugin.xml is ours, but read it as any XML: no DTDs, no external entities
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(in);
    }

    private static void read(Document doc, ClassLoader loader, String version, String source, EstimatorRegistry registry) {
        NodeList extensions = doc.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element ext = (Element) extensions.item(i);
            if (!EstimatorRegistry.EXTENSION_POINT.equals(ext.getAttribute("point"))) {
                continue;
            }
            for (Node n = ext.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "estimator".equals(e.getTagName())) {
                    String className = e.getAttribute("class");
                    String v = e.hasAttribute("version") ? e.getAttribute("version") : version;
                    String contributor = className.contains(".estimators.")
                            ? className.substring(0, className.indexOf(".estimators.")) : source;
                    registry.registerChecked(new EstimatorDescriptor(e.getAttribute("id"), e.getAttribute("name"),
                            e.getAttribute("category"), v, e.getAttribute("description"), contributor,
                            () -> create(loader, className)));
                }
            }
        }
    }

    private static Estimator create(ClassLoader loader, String className) {
        try {
            return (Estimator) Class.forName(className, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("estimator class " + className + " cannot be created: " + e, e);
        }
    }
}
