package org.carbonlab.core.estimator;

import java.util.function.Supplier;

/** What the registry knows of one contributed estimator. */
public record EstimatorDescriptor(String id, String name, String category, String version, String description,
        String contributor, Supplier<Estimator> factory) {

    public Estimator create() {
        return factory.get();
    }
}
