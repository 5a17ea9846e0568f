package org.carbonlab.spatial.numerics.ml;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * I_T ⊗ W on a balanced panel stacked period by period (observation t·n + i), without forming the NT×NT matrix.
 */
public final class PanelLag {
    private final SpatialWeights w;
    private final int periods;

    public PanelLag(SpatialWeights w, int periods) {
        this.w = w;
        this.periods = periods;
    }

    public SpatialWeights weights() {
        return w;
    }

    public int units() {
        return w.n();
    }

    public int periods() {
        return periods;
    }

    /** (I_T ⊗ W) v. */
    public double[] apply(double[] v) {
        int n = w.n();
        double[] out = new double[v.length];
        for (int t = 0; t < periods; t++) {
            w.lag(v, t * n, 1, out, t * n, 1);
        }
        return out;
    }
}
