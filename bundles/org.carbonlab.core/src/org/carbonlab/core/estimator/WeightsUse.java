package org.carbonlab.core.estimator;

/** Whether an estimator uses spatial weight matrices from its {@link EstimationContext}. */
public enum WeightsUse {
    /** Never: a matrix given to it is ignored with a warning. */
    NONE,
    /** Uses a matrix when one is given. */
    OPTIONAL,
    /** Cannot run without one: the runner stops with an input error before estimating. */
    REQUIRED
}
