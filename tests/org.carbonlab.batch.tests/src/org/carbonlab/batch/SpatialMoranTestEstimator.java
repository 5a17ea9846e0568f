package org.carbonlab.batch;

import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.WeightsUse;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.Standardisation;

/**
 * A spatial-looking estimator for the command-line tests (registered in code by
 * {@link WeightsCommandTest}, since the core test fragment is not installed here): Moran's I =
 * (n/S0)·z'Wz/z'z of {@code variable} for every period, with W from {@code --weights}, standardised
 * as {@code standardise} (row by default).
 */
public final class SpatialMoranTestEstimator implements Estimator {
    static final String ID = "test.spatial.moran";

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(ParameterSpec.required("variable", ParameterType.COLUMN, "the variable"),
                ParameterSpec.optional("matrix", ParameterType.STRING, null, "weight matrix name (default: the first)"),
                ParameterSpec.optional("standardise", ParameterType.STRING, "row", "standardisation of W"));
    }

    @Override
    public WeightsUse weightsUse() {
        return WeightsUse.REQUIRED;
    }

    @Override
    public Result estimate(EstimationContext c) {
        SpatialWeights w = c.parameters().isSet("matrix") ? c.weights(c.parameters().string("matrix")) : c.weights();
        w = w.standardised(Standardisation.parse(c.parameters().string("standardise")));
        PanelFrame f = c.data();
        double[] y = f.numeric(c.parameters().string("variable"));
        int n = f.nEntities();
        ResultTable moran = new ResultTable(List.of("time", "moran_i"));
        for (long period : f.periods()) {
            double[] z = new double[n];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                z[i] = y[f.rowOf(i, period)];
                mean += z[i] / n;
            }
            for (int i = 0; i < n; i++) {
                z[i] -= mean;
            }
            double[] wz = w.lag(z);
            double zwz = 0;
            double zz = 0;
            for (int i = 0; i < n; i++) {
                zwz += z[i] * wz[i];
                zz += z[i] * z[i];
            }
            moran.addRow(period, n / w.sum() * zwz / zz);
        }
        return new Result(ID).table("moran", moran);
    }
}
