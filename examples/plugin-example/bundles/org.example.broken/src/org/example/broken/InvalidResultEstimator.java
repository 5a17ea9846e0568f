package org.example.broken;

import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;

/** Test fixture: returns a result that names the same term twice. */
public final class InvalidResultEstimator implements Estimator {
    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of();
    }

    @Override
    public Result estimate(EstimationContext context) {
        Result r = new Result("broken.result");
        r.addCoefficient(new Coefficient("x", 1, 0.5, 2, 0.05, 0, 2));
        r.addCoefficient(new Coefficient("x", 2, 0.5, 4, 0.01, 1, 3));
        return r;
    }
}
