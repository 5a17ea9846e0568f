package org.carbonlab.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The estimators and chart providers of the bundles on the class path, without OSGi: the contributions to
 * {@value EstimatorRegistry#EXTENSION_POINT} and {@value ChartRegistry#EXTENSION_POINT} read from every
 * {@code plugin.xml} the class loader sees (the runner jar holds the bundles' plugin.xml files merged into one), each
 * created by its public no-argument constructor as the extension registry would.
 */
final class PluginEstimators {

    private PluginEstimators() {
    }

    static EstimatorRegistry registry(ClassLoader loader, String version) {
        EstimatorRegistry registry = new EstimatorRegistry();
        for (Document doc : pluginFiles(loader)) {
            read(doc, loader, version, registry);
        }
        return registry;
    }

    /** The chart providers contributed by the bundles (a provider that cannot be created is left out). */
    static ChartRegistry charts(ClassLoader loader, java.util.function.Consumer<String> warn) {
        ChartRegistry charts = new ChartRegistry();
        for (Document doc : pluginFiles(loader)) {
            for (Element e : contributions(doc, ChartRegistry.EXTENSION_POINT, "chartProvider")) {
                try {
                    charts.register(e.getAttribute("estimator"), (ChartProvider) create(loader, e.getAttribute("class")));
                } catch (RuntimeException ex) {
                    warn.accept("chart provider " + e.getAttribute("class") + " cannot be created: " + ex.getMessage());
                }
            }
        }
        return charts;
    }

    private static List<Document> pluginFiles(ClassLoader loader) {
        List<Document> docs = new ArrayList<>();
        try {
            Enumeration<URL> files = loader.getResources("plugin.xml");
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    docs.add(parse(in));
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the bundles' plugin.xml: " + e.getMessage(), e);
        }
        return docs;
    }

    /** The elements {@code tag} of every extension of {@code point}. */
    private static List<Element> contributions(Document doc, String point, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList extensions = doc.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element ext = (Element) extensions.item(i);
            if (!point.equals(ext.getAttribute("point"))) {
                continue;
            }
            for (Node n = ext.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && tag.equals(e.getTagName())) {
                    out.add(e);
                }
            }
        }
        return out;
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

    private static void read(Document doc, ClassLoader loader, String version, EstimatorRegistry registry) {
        for (Element e : contributions(doc, EstimatorRegistry.EXTENSION_POINT, "estimator")) {
            String className = e.getAttribute("class");
            String v = e.hasAttribute("version") ? e.getAttribute("version") : version;
            // the bundle is named after the package before ".estimators." (org.carbonlab.panel.estimators.X)
            int cut = className.indexOf(".estimators.");
            String contributor = cut > 0 ? className.substring(0, cut) : className;
            registry.registerChecked(new EstimatorDescriptor(e.getAttribute("id"), e.getAttribute("name"),
                    e.getAttribute("category"), v, e.getAttribute("description"), contributor,
                    () -> (Estimator) create(loader, className)));
        }
    }

    private static Object create(ClassLoader loader, String className) {
        try {
            return Class.forName(className, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("class " + className + " cannot be created: " + e, e);
        }
    }
}
