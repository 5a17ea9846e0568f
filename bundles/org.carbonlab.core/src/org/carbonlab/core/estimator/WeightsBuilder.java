package org.carbonlab.core.estimator;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * An estimator that can also hand back the spatial weight matrix it builds, so that a study's
 * WeightMatrix element with builder parameters is built by the same code as the command line's
 * {@code spatial.weights} (core cannot import the spatial bundle; it finds the builder through the
 * estimator registry, see {@link org.carbonlab.core.study.WeightMatrices#BUILDER_ID}).
 */
public interface WeightsBuilder {
    /**
     * The matrix over the context's entities (in {@code c.data().entityLabels()} order), built,
     * checked and standardised as the parameters say. The context's weights, when given, are the
     * method's input (the contiguity matrix, or the border flag combined with distance).
     */
    SpatialWeights build(EstimationContext c);
}
