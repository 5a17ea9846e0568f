package org.example.broken;

import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.result.Result;

/** Test fixture: fails while describing its parameters. */
public final class ThrowingSchemaEstimator implements Estimator {
    @Override
    public ParameterSchema parameters() {
        throw new IllegalStateException("broken on purpose: no schema");
    }

    @Override
    public Result estimate(EstimationContext context) {
        return new Result("broken.parameters");
    }
}
