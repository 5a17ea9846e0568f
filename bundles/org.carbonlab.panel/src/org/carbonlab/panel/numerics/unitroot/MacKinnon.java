package org.carbonlab.panel.numerics.unitroot;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Distribution of the Dickey–Fuller t statistic (one series, N = 1):
 * <ul>
 * <li>p-values from MacKinnon's (1994) asymptotic response surfaces, J. Business &amp; Economic Statistics 12(2),
 * 167–176, Tables 3 and 4: p = Φ(γ0 + γ1 τ + γ2 τ²) for τ ≤ τ*, Φ(γ0 + γ1 τ + γ2 τ² + γ3 τ³) above. These are the
 * approximations of plm's {@code p.approx = "MacKinnon1994"} and of Stata's {@code dfuller}. Outside the range of
 * the surfaces the polynomial is still evaluated (as plm does), so a Fisher combination never meets a p of exactly
 * 0 or 1.</li>
 * <li>finite-sample critical values C(T) = β∞ + β1/T + β2/T² + β3/T³ from MacKinnon (2010), "Critical values for
 * cointegration tests", Queen's Economics Department WP 1227, Table 2 (N = 1).</li>
 * </ul>
 */
public final class MacKinnon {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1, 1e-15);
    // rows: none, intercept, trend (MacKinnon 1994, Table 3 "small p", N = 1)
    private static final double[][] SMALL = {
        {0.6344, 1.2378, 3.2496e-2},
        {2.1659, 1.4412, 3.8269e-2},
        {3.2512, 1.6047, 4.9588e-2}};
    // MacKinnon 1994, Table 4 "large p", N = 1
    private static final double[][] LARGE = {
        {0.4797, 9.3557e-1, -0.6999e-1, 3.3066e-2},
        {1.7339, 9.3202e-1, -1.2745e-1, -1.0368e-2},
        {2.5261, 6.1654e-1, -3.7956e-1, -6.0285e-2}};
    private static final double[] TAU_STAR = {-1.04, -1.61, -2.89};
    // MacKinnon 2010, Table 2, N = 1: {β∞, β1, β2, β3} for 1%, 5%, 10%
    private static final double[][][] CRIT_2010 = {
        {{-2.56574, -2.2358, -3.627, 0}, {-1.94100, -0.2686, -3.365, 31.223}, {-1.61682, 0.2656, -2.714, 25.364}},
        {{-3.43035, -6.5393, -16.786, -79.433}, {-2.86154, -2.8903, -4.234, -40.040},
            {-2.56677, -1.5384, -2.809, 0}},
        {{-3.95877, -9.0531, -28.428, -134.155}, {-3.41049, -4.3904, -9.036, -45.374},
            {-3.12705, -2.5856, -3.925, -22.380}}};
    /** The levels of {@link #criticalValues}. */
    public static final double[] CRITICAL_LEVELS = {0.01, 0.05, 0.10};

    private MacKinnon() {
    }

    /** Left-tail p-value of a Dickey–Fuller t statistic (MacKinnon 1994 asymptotic surface). */
    public static double pValue(double tau, Deterministics d) {
        if (Double.isNaN(tau)) {
            return Double.NaN;
        }
        int row = d.ordinal();
        double z;
        if (tau <= TAU_STAR[row]) {
            double[] g = SMALL[row];
            z = g[0] + tau * (g[1] + tau * g[2]);
        } else {
            double[] g = LARGE[row];
            z = g[0] + tau * (g[1] + tau * (g[2] + tau * g[3]));
        }
        return NORMAL.cumulativeProbability(z);
    }

    /** 1%, 5% and 10% critical values for a regression with {@code nObs} observations (MacKinnon 2010). */
    public static double[] criticalValues(Deterministics d, int nObs) {
        double[][] b = CRIT_2010[d.ordinal()];
        double[] c = new double[b.length];
        double inv = nObs > 0 ? 1.0 / nObs : 0.0;
        for (int i = 0; i < b.length; i++) {
            c[i] = b[i][0] + inv * (b[i][1] + inv * (b[i][2] + inv * b[i][3]));
        }
        return c;
    }
}
