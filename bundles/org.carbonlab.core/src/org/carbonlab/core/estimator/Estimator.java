package org.carbonlab.core.estimator;

import java.util.List;

import org.carbonlab.core.result.Result;

/**
 * The contract behind the extension point {@code org.carbonlab.core.estimators}. Two phases, like
 * KNIME's configure/execute: the schema and {@link #validate} run before any work; then
 * {@link #estimate}. Implementations bind names and check input, and delegate the numerics to
 * name-free code.
 */
public interface Estimator {

    /** The typed parameters; from it come command-line validation, dialogs and docs. */
    ParameterSchema parameters();

    /**
     * Whether this estimator reads spatial weight matrices ({@link EstimationContext#weights()}).
     * The default is {@link WeightsUse#NONE}.
     */
    default WeightsUse weightsUse() {
        return WeightsUse.NONE;
    }

    /**
     * Dataset-dependent checks (columns exist and are numeric, groups are large enough), every
     * problem as one message. Runs before {@link #estimate}; the default checks nothing.
     */
    default List<String> validate(EstimationContext context) {
        return List.of();
    }

    /**
     * Estimates. Throws {@link org.carbonlab.core.errors.InputException} for user mistakes found
     * late and {@link org.carbonlab.core.errors.EstimationException} when estimation fails.
     */
    Result estimate(EstimationContext context);
}
