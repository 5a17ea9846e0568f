package org.carbonlab.core.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.carbonlab.core.result.Result;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The chart providers per estimator id: every contribution to {@value #EXTENSION_POINT} (a {@code chartProvider}
 * element with {@code estimator} and {@code class}), plus any registered programmatically (tests, embedding). An
 * estimator may have several providers (a plug-in may add charts to a built-in estimator); their charts come in
 * the order the providers were read. A provider that cannot be created or throws loses its charts only, with a
 * warning; the others and the run go on. Thread-safe.
 */
public final class ChartRegistry {
    public static final String EXTENSION_POINT = "org.carbonlab.core.charts";

    private record Entry(String contributor, Supplier<ChartProvider> factory) {
    }

    private final Map<String, List<Entry>> byEstimator = new LinkedHashMap<>();
    private final Map<Entry, ChartProvider> created = new LinkedHashMap<>();

    /** The contributions of the running platform (none outside OSGi). */
    public static ChartRegistry fromExtensions() {
        ChartRegistry registry = new ChartRegistry();
        IExtensionRegistry extensions;
        try {
            extensions = RegistryFactory.getRegistry();
        } catch (RuntimeException | LinkageError e) {
            return registry; // no extension registry outside OSGi
        }
        if (extensions == null) {
            return registry;
        }
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"chartProvider".equals(e.getName())) {
                continue;
            }
            String contributor = e.getContributor().getName();
            registry.add(e.getAttribute("estimator"), new Entry(contributor, () -> instantiate(e)));
        }
        return registry;
    }

    private static ChartProvider instantiate(IConfigurationElement e) {
        try {
            return (ChartProvider) e.createExecutableExtension("class");
        } catch (CoreException | ClassCastException ex) {
            throw new IllegalStateException("cannot be created: " + ex.getMessage(), ex);
        }
    }

    /** Adds a provider for the results of {@code estimatorId}. */
    public ChartRegistry register(String estimatorId, ChartProvider provider) {
        add(estimatorId, new Entry(provider.getClass().getName(), () -> provider));
        return this;
    }

    private synchronized void add(String estimatorId, Entry entry) {
        if (estimatorId != null && !estimatorId.isBlank()) {
            byEstimator.computeIfAbsent(estimatorId.strip(), k -> new ArrayList<>()).add(entry);
        }
    }

    /** Whether any provider draws the results of {@code estimatorId}. */
    public synchronized boolean hasCharts(String estimatorId) {
        return byEstimator.containsKey(estimatorId);
    }

    /**
     * The charts of {@code result} from every provider of its estimator. Problems (a provider that cannot be
     * created or throws, a chart id used twice) go to {@code warn}, naming the contributing plug-in.
     */
    public List<Chart> charts(Result result, Consumer<String> warn) {
        List<Entry> entries;
        synchronized (this) {
            entries = List.copyOf(byEstimator.getOrDefault(result.estimatorId(), List.of()));
        }
        List<Chart> charts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries) {
            List<Chart> drawn;
            try {
                drawn = provider(entry).charts(result);
            } catch (RuntimeException | LinkageError ex) {
                Throwable cause = ex instanceof IllegalStateException && ex.getCause() != null ? ex.getCause() : ex;
                warn.accept("charts of " + result.estimatorId() + " by plug-in " + entry.contributor()
                        + " failed and were left out: " + (ex.getMessage() == null ? cause : ex.getMessage()));
                continue;
            }
            for (Chart c : drawn == null ? List.<Chart>of() : drawn) {
                if (ids.add(c.id())) {
                    charts.add(c);
                } else {
                    warn.accept("chart '" + c.id() + "' of " + result.estimatorId() + " by plug-in "
                            + entry.contributor() + " repeats a chart id and was left out");
                }
            }
        }
        return charts;
    }

    private synchronized ChartProvider provider(Entry entry) {
        ChartProvider p = created.get(entry);
        if (p == null) {
            p = entry.factory().get();
            if (p == null) {
                throw new IllegalStateException("its factory returned null");
            }
            created.put(entry, p);
        }
        return p;
    }
}
