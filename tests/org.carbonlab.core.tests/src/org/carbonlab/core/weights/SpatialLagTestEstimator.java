package org.carbonlab.core.weights;

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

/**
 * A spatial-looking estimator for tests, contributed as {@code test.spatial.lag} by this
 * fragment's fragment.xml: for every period, the spatial lag W·y per entity (table {@code lag})
 * and Moran's I = (n/S0)·z'Wz/z'z (table {@code moran}), with W from the context.
 */
public final class SpatialLagTestEstimator implements Estimator {

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(ParameterSpec.required("variable", ParameterType.COLUMN, "the variable y"),
                ParameterSpec.optional("matrix", ParameterType.STRING, null, "weight matrix name (default: the first)"));
    }

    @Override
    public WeightsUse weightsUse() {
        return WeightsUse.REQUIRED;
    }

    @Override
    public Result estimate(EstimationContext c) {
        SpatialWeights w = c.parameters().isSet("matrix") ? c.weights(c.parameters().string("matrix")) : c.weights();
        PanelFrame f = c.data();
        double[] y = f.numeric(c.parameters().string("variable"));
        int n = f.nEntities();
        ResultTable lag = new ResultTable(List.of("entity", "time", "value", "lag"));
        ResultTable moran = new ResultTable(List.of("time", "moran_i"));
        for (long period : f.periods()) {
            double[] yt = new double[n];
            for (int i = 0; i < n; i++) {
                yt[i] = y[f.rowOf(i, period)];
            }
            double[] wy = w.lag(yt);
            for (int i = 0; i < n; i++) {
                lag.addRow(f.entityLabels().get(i), period, yt[i], wy[i]);
            }
            double mean = 0;
            for (double v : yt) {
                mean += v / n;
            }
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = yt[i] - mean;
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
        Result r = new Result("test.spatial.lag").table("lag", lag).table("moran", moran);
        r.statistic("links", w.links());
        return r;
    }
}
