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
    /** Contributions that cannot be used (class not loadable, parameters() throws), with the reason. */
    private final Map<String, String> broken = new LinkedHashMap<>();
    private RemovedEstimators removed = RemovedEstimators.NONE;

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
            registry.registerChecked(d);
        }
        registry.removed = RemovedEstimators.fromSystemProperty();
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

    /**
     * Adds a descriptor only if its estimator can be created and describes its parameters; otherwise it is
     * recorded as broken (named in {@link #problems()}, refused by {@link #get}) so one faulty plug-in cannot
     * break the listing or the other estimators.
     */
    public EstimatorRegistry registerChecked(EstimatorDescriptor d) {
        if (d.id() != null && !d.id().isBlank()) {
            try {
                Estimator estimator = d.create();
                if (estimator == null) {
                    throw new IllegalStateException("its factory returned null");
                }
                if (estimator.parameters() == null) {
                    throw new IllegalStateException("parameters() returned null");
                }
            } catch (RuntimeException | LinkageError ex) {
                // instantiate() wraps the extension registry's CoreException: its message is the informative one
                Throwable cause = ex instanceof IllegalStateException && ex.getCause() != null ? ex.getCause() : ex;
                String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                broken.put(d.id(), "plug-in " + d.contributor() + ": " + reason);
                problems.add("estimator '" + d.id() + "' contributed by plug-in " + d.contributor()
                        + " is broken and was disabled: " + reason);
                return this;
            }
        }
        return register(d);
    }

    /** Contribution problems found while reading the registry (duplicate ids, missing ids, broken plug-ins). */
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
        if (broken.containsKey(id)) {
            throw new InputException("estimator '" + id + "' cannot be used: its plug-in is broken ("
                    + broken.get(id) + "); see the warnings of 'carbonlab estimators'");
        }
        Optional<String> provider = removed.providerOf(id);
        if (provider.isPresent()) {
            throw new InputException("estimator '" + id + "' is not installed: it was provided by plug-in "
                    + provider.get() + ", which has been removed; reinstall it with 'carbonlab plugins install'");
        }
        String hint = Names.suggest(id, byId.keySet()).map(k -> " (did you mean '" + k + "'?)").orElse("");
        throw new InputException("unknown estimator '" + id + "'" + hint + "; installed estimators: "
                + String.join(", ", byId.keySet()));
    }
}
