package org.carbonlab.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carbonlab.core.data.Names;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The installed estimators: every contribution to {@value #EXTENSION_POINT}, by id. Estimators can
 * also be registered programmatically (tests, embedding without OSGi).
 */
public final class EstimatorRegistry {
    public static final String EXTENSION_POINT = "org.carbonlab.core.estimators";

    private final Map<String, EstimatorDescriptor> byId = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads the extension registry of the running platform. */
    public static EstimatorRegistry fromExtensions() {
        EstimatorRegistry registry = new EstimatorRegistry();
        IExtensionRegistry extensions = RegistryFactory.getRegistry();
        if (extensions == null) {
            return registry;
        }
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"estimator".equals(e.getName())) {
                continue;
            }
            String id = e.getAttribute("id");
            String contributor = e.getContributor().getName();
            String version = e.getAttribute("version");
            if (version == null) {
                version = bundleVersion(contributor);
            }
            EstimatorDescriptor d = new EstimatorDescriptor(id, e.getAttribute("name"), e.getAttribute("category"),
                    version, e.getAttribute("description"), contributor, () -> instantiate(e));
            registry.register(d);
        }
        return registry;
    }

    private static String bundleVersion(String symbolicName) {
        org.osgi.framework.Bundle self = org.osgi.framework.FrameworkUtil.getBundle(EstimatorRegistry.class);
        if (self == null || self.getBundleContext() == null) {
            return "unknown";
        }
        for (org.osgi.framework.Bundle b : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b.getVersion().toString();
            }
        }
        return "unknown";
    }

    private static Estimator instantiate(IConfigurationElement e) {
        try {
            return (Estimator) e.createExecutableExtension("class");
        } catch (CoreException | ClassCastException ex) {
            throw new IllegalStateException("estimator '" + e.getAttribute("id") + "' contributed by "
                    + e.getContributor().getName() + " cannot be created: " + ex.getMessage(), ex);
        }
    }

    /** Adds a descriptor; a second contribution with the same id is ignored and recorded as a problem. */
    public EstimatorRegistry register(EstimatorDescriptor d) {
        if (d.id() == null || d.id().isBlank()) {
            problems.add("an estimator contributed by " + d.contributor() + " has no id; ignored");
        } else if (byId.containsKey(d.id())) {
            problems.add("estimator id '" + d.id() + "' is contributed twice (" + byId.get(d.id()).contributor()
                    + " and " + d.contributor() + "); the second is ignored");
        } else {
            byId.put(d.id(), d);
        }
        return this;
    }

    /** Contribution problems found while reading the registry (duplicate ids, missing ids). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public List<EstimatorDescriptor> all() {
        List<EstimatorDescriptor> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(EstimatorDescriptor::category).thenComparing(EstimatorDescriptor::id));
        return list;
    }

    public Optional<EstimatorDescriptor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The descriptor for {@code id}, or an {@link InputException} listing the known ids. */
    public EstimatorDescriptor get(String id) {
        EstimatorDescriptor d = byId.get(id);
        if (d != null) {
            return d;
        }
        String hint = Names.suggest(id, byId.keySet()).map(k -> " (did you mean '" + k + "'?)").orElse("");
        throw new InputException("unknown estimator '" + id + "'" + hint + "; installed estimators: "
                + String.join(", ", byId.keySet()));
    }
}
