package org.carbonlab.panel.numerics.unitroot;

import java.util.List;

/**
 * The tabulated moments panel unit-root statistics are standardised with, and their linear interpolation:
 * <ul>
 * <li>Levin, Lin and Chu (2002), J. Econometrics 108, Table 2: mean and standard-deviation adjustments μ* and σ*
 * by T̃ for the models without deterministic terms, with an intercept, and with a trend (the T = ∞ row is held at
 * T = 500, as plm holds it).</li>
 * <li>Im, Pesaran and Shin (2003), J. Econometrics 115, Table 3: E and Var of the individual ADF t statistic by
 * lag order p = 0..8 and T = 10..100 (intercept, trend) for W_tbar; and Table 1: E and Var of the Dickey–Fuller t
 * (no lags, intercept) by T = 6..2000 for Z_tbar.</li>
 * </ul>
 * Lookups outside a table's range use its first or last column and report that they did (the caller warns).
 */
public final class MomentTables {
    /** A looked-up pair (mean, variance or σ*) and whether T lay outside the tabulated range. */
    public record Moments(double mean, double second, boolean clamped) {
    }

    private static final double[] LLC_T = {25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 250, 500};
    // [none, intercept, trend][T]{mu*, sigma*}
    private static final double[][][] LLC = {
        {{0.004, 1.049}, {0.003, 1.035}, {0.002, 1.027}, {0.002, 1.021}, {0.001, 1.017}, {0.001, 1.014},
            {0.001, 1.011}, {0.000, 1.008}, {0.000, 1.007}, {0.000, 1.006}, {0.000, 1.005}, {0.000, 1.001},
            {0.000, 1.000}},
        {{-0.554, 0.919}, {-0.546, 0.889}, {-0.541, 0.867}, {-0.537, 0.850}, {-0.533, 0.837}, {-0.531, 0.826},
            {-0.527, 0.810}, {-0.524, 0.798}, {-0.521, 0.789}, {-0.520, 0.782}, {-0.518, 0.776}, {-0.509, 0.742},
            {-0.500, 0.707}},
        {{-0.703, 1.003}, {-0.674, 0.949}, {-0.653, 0.906}, {-0.637, 0.871}, {-0.624, 0.842}, {-0.614, 0.818},
            {-0.598, 0.780}, {-0.587, 0.751}, {-0.578, 0.728}, {-0.571, 0.710}, {-0.566, 0.695}, {-0.533, 0.603},
            {-0.500, 0.500}}};

    private static final double[] IPS_T = {10, 15, 20, 25, 30, 40, 50, 60, 70, 100};
    private static final double NA = Double.NaN;
    // IPS (2003) Table 3, intercept: mean[p][T], var[p][T]
    private static final double[][] IPS_MEAN_C = {
        {-1.504, -1.514, -1.522, -1.520, -1.526, -1.523, -1.527, -1.519, -1.524, -1.532},
        {-1.488, -1.503, -1.516, -1.514, -1.519, -1.520, -1.524, -1.519, -1.522, -1.530},
        {-1.319, -1.387, -1.428, -1.443, -1.460, -1.476, -1.493, -1.490, -1.498, -1.514},
        {-1.306, -1.366, -1.413, -1.433, -1.453, -1.471, -1.489, -1.486, -1.495, -1.512},
        {-1.171, -1.260, -1.329, -1.363, -1.394, -1.428, -1.454, -1.458, -1.470, -1.495},
        {NA, NA, -1.313, -1.351, -1.384, -1.421, -1.451, -1.454, -1.467, -1.494},
        {NA, NA, NA, -1.289, -1.331, -1.380, -1.418, -1.427, -1.444, -1.476},
        {NA, NA, NA, -1.273, -1.319, -1.371, -1.411, -1.423, -1.441, -1.474},
        {NA, NA, NA, -1.212, -1.266, -1.329, -1.377, -1.393, -1.415, -1.456}};
    private static final double[][] IPS_VAR_C = {
        {1.069, 0.923, 0.851, 0.809, 0.789, 0.770, 0.760, 0.749, 0.736, 0.735},
        {1.255, 1.011, 0.915, 0.861, 0.831, 0.803, 0.781, 0.770, 0.753, 0.745},
        {1.421, 1.078, 0.969, 0.905, 0.865, 0.830, 0.798, 0.789, 0.766, 0.754},
        {1.759, 1.181, 1.037, 0.952, 0.907, 0.858, 0.819, 0.802, 0.782, 0.761},
        {2.080, 1.279, 1.097, 1.005, 0.946, 0.886, 0.842, 0.819, 0.801, 0.771},
        {NA, NA, 1.171, 1.055, 0.980, 0.912, 0.863, 0.839, 0.814, 0.781},
        {NA, NA, NA, 1.114, 1.023, 0.942, 0.886, 0.858, 0.834, 0.795},
        {NA, NA, NA, 1.164, 1.062, 0.968, 0.910, 0.875, 0.851, 0.806},
        {NA, NA, NA, 1.217, 1.105, 0.996, 0.929, 0.896, 0.871, 0.818}};
    // IPS (2003) Table 3, intercept and trend
    private static final double[][] IPS_MEAN_CT = {
        {-2.166, -2.167, -2.168, -2.167, -2.172, -2.173, -2.176, -2.174, -2.174, -2.177},
        {-2.173, -2.169, -2.172, -2.172, -2.173, -2.177, -2.180, -2.178, -2.176, -2.179},
        {-1.914, -1.999, -2.047, -2.074, -2.095, -2.120, -2.137, -2.143, -2.146, -2.158},
        {-1.922, -1.977, -2.032, -2.065, -2.091, -2.117, -2.137, -2.142, -2.146, -2.158},
        {-1.750, -1.823, -1.911, -1.968, -2.009, -2.057, -2.091, -2.103, -2.114, -2.135},
        {NA, NA, -1.888, -1.955, -1.998, -2.051, -2.087, -2.101, -2.111, -2.135},
        {NA, NA, NA, -1.868, -1.923, -1.995, -2.042, -2.065, -2.081, -2.113},
        {NA, NA, NA, -1.851, -1.912, -1.986, -2.036, -2.063, -2.079, -2.112},
        {NA, NA, NA, -1.761, -1.835, -1.925, -1.987, -2.024, -2.046, -2.088}};
    private static final double[][] IPS_VAR_CT = {
        {1.132, 0.869, 0.763, 0.713, 0.690, 0.655, 0.633, 0.621, 0.610, 0.597},
        {1.453, 0.975, 0.845, 0.769, 0.734, 0.687, 0.654, 0.641, 0.627, 0.605},
        {1.627, 1.036, 0.882, 0.796, 0.756, 0.702, 0.661, 0.653, 0.634, 0.613},
        {2.482, 1.214, 0.983, 0.861, 0.808, 0.735, 0.688, 0.674, 0.650, 0.625},
        {3.947, 1.332, 1.052, 0.913, 0.845, 0.759, 0.705, 0.685, 0.662, 0.629},
        {NA, NA, 1.165, 0.991, 0.899, 0.792, 0.730, 0.705, 0.673, 0.638},
        {NA, NA, NA, 1.055, 0.945, 0.828, 0.753, 0.725, 0.689, 0.650},
        {NA, NA, NA, 1.145, 1.009, 0.872, 0.786, 0.747, 0.713, 0.661},
        {NA, NA, NA, 1.208, 1.063, 0.902, 0.808, 0.766, 0.728, 0.670}};
    // IPS (2003) Table 1, Dickey-Fuller t without lags, intercept
    private static final double[] IPS_Z_T = {6, 7, 8, 9, 10, 15, 20, 25, 30, 40, 50, 100, 500, 1000, 2000};
    private static final double[] IPS_Z_MEAN = {-1.520, -1.514, -1.501, -1.501, -1.504, -1.514, -1.522, -1.520,
        -1.526, -1.523, -1.527, -1.532, -1.531, -1.529, -1.533};
    private static final double[] IPS_Z_VAR = {1.745, 1.414, 1.228, 1.132, 1.069, 0.923, 0.851, 0.809, 0.789, 0.770,
        0.760, 0.735, 0.715, 0.707, 0.706};

    /** The largest lag order the IPS table covers. */
    public static final int IPS_MAX_LAG = 8;

    private MomentTables() {
    }

    /** LLC (2002) μ* and σ* for the given T (interpolated linearly between tabulated T). */
    public static Moments llc(double t, Deterministics d) {
        double[][] rows = LLC[d.ordinal()];
        return interpolate(t, LLC_T, i -> rows[i][0], i -> rows[i][1]);
    }

    /** IPS (2003) Table 3 mean and variance of the ADF t with {@code lags} lags (≤ 8) at T; intercept or trend. */
    public static Moments ipsW(double t, int lags, Deterministics d) {
        if (d == Deterministics.NONE) {
            throw new IllegalArgumentException("the IPS tables have no case without deterministic terms");
        }
        int p = Math.min(lags, IPS_MAX_LAG);
        double[] mean = (d == Deterministics.TREND ? IPS_MEAN_CT : IPS_MEAN_C)[p];
        double[] var = (d == Deterministics.TREND ? IPS_VAR_CT : IPS_VAR_C)[p];
        // rows for p >= 5 start at a later T: the table's range is where it has entries
        int first = 0;
        while (Double.isNaN(mean[first])) {
            first++;
        }
        double[] ts = java.util.Arrays.copyOfRange(IPS_T, first, IPS_T.length);
        int off = first;
        return interpolate(t, ts, i -> mean[off + i], i -> var[off + i]);
    }

    /**
     * Mean and variance of the Dickey–Fuller t without lags for Z_tbar: IPS (2003) Table 1 (intercept, T = 6..2000);
     * with a trend, the p = 0 row of Table 3 (trend, T = 10..100), which is the same simulation design.
     */
    public static Moments ipsZ(double t, Deterministics d) {
        if (d == Deterministics.TREND) {
            return ipsW(t, 0, d);
        }
        return interpolate(t, IPS_Z_T, i -> IPS_Z_MEAN[i], i -> IPS_Z_VAR[i]);
    }

    /** Tabulated T values, for messages. */
    public static List<Double> llcRange() {
        return List.of(LLC_T[0], LLC_T[LLC_T.length - 1]);
    }

    private static Moments interpolate(double t, double[] ts, java.util.function.IntToDoubleFunction a,
            java.util.function.IntToDoubleFunction b) {
        int last = ts.length - 1;
        if (t <= ts[0]) {
            return new Moments(a.applyAsDouble(0), b.applyAsDouble(0), t < ts[0]);
        }
        if (t >= ts[last]) {
            return new Moments(a.applyAsDouble(last), b.applyAsDouble(last), t > ts[last]);
        }
        int hi = 1;
        while (ts[hi] < t) {
            hi++;
        }
        if (ts[hi] == t) {
            return new Moments(a.applyAsDouble(hi), b.applyAsDouble(hi), false);
        }
        int lo = hi - 1;
        double w = (t - ts[lo]) / (ts[hi] - ts[lo]);
        double ma = a.applyAsDouble(lo) + w * (a.applyAsDouble(hi) - a.applyAsDouble(lo));
        double mb = b.applyAsDouble(lo) + w * (b.applyAsDouble(hi) - b.applyAsDouble(lo));
        return new Moments(ma, mb, false);
    }
}
