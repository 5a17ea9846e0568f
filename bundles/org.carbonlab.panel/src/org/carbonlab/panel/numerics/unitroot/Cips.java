package org.carbonlab.panel.numerics.unitroot;

import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.OlsCore;

/**
 * Pesaran's (2007) cross-sectionally augmented IPS test (J. Applied Econometrics 22, 265–312) on a balanced panel
 * (series[unit][period], the same periods for every unit). Each unit's CADF(p) regression
 * Δy_it = [a_i + δ_i t] + b_i y_{i,t−1} + Σ_{j=1..p} d_ij Δy_{i,t−j} + c_i ȳ_{t−1} + Σ_{j=0..p} e_ij Δȳ_{t−j} + u_it,
 * ȳ the cross-sectional mean, is fitted by OLS on t = p+1 … T−1 (0-based: T − p − 1 observations); CADF_i is the
 * usual t ratio of b_i (σ² = RSS/(n − k)). CIPS is their mean; CIPS* the mean of the t ratios truncated to
 * [K1, K2] (Pesaran 2007, the truncated CADF* of his section 4, constants −6.12, 4.16 without deterministic terms; −6.19, 2.61 with an intercept;
 * −6.42, 1.70 with a trend). The trend is 1, 2, … (its origin does not change a t ratio of b_i). Numerics only.
 */
public final class Cips {
    private static final double COLLINEARITY_TOL = 1e-9;
    /** {K1, K2} for none, intercept, trend. */
    private static final double[][] BOUNDS = {{-6.12, 4.16}, {-6.19, 2.61}, {-6.42, 1.70}};

    /** Per-unit CADF t ratios (raw and truncated), the regression size, and the two panel statistics. */
    public record Outcome(double[] t, double[] tTruncated, int nObs, int coefficients, double cips,
            double cipsTruncated, double[] bounds) {
    }

    private Cips() {
    }

    /** Coefficients of one CADF(p) regression. */
    public static int coefficients(int lags, Deterministics d) {
        return 2 * lags + 3 + d.columns();
    }

    /** Observations of one CADF(p) regression on series of {@code periods} periods. */
    public static int observations(int periods, int lags) {
        return periods - lags - 1;
    }

    public static Outcome run(double[][] series, int lags, Deterministics d) {
        int n = series.length;
        int periods = series[0].length;
        for (double[] y : series) {
            if (y.length != periods) {
                throw new IllegalArgumentException("CIPS needs a balanced panel");
            }
        }
        int rows = observations(periods, lags);
        int k = coefficients(lags, d);
        if (rows <= k) {
            throw new IllegalArgumentException(periods + " periods leave " + Math.max(rows, 0) + " observations for "
                    + k + " coefficients of the CADF(" + lags + ") regression");
        }
        double[] mean = new double[periods];
        for (double[] y : series) {
            for (int t = 0; t < periods; t++) {
                mean[t] += y[t];
            }
        }
        for (int t = 0; t < periods; t++) {
            mean[t] /= n;
        }
        double[] bounds = BOUNDS[d.ordinal()];
        double[] tr = new double[n];
        double[] trunc = new double[n];
        double sum = 0;
        double sumTrunc = 0;
        for (int i = 0; i < n; i++) {
            tr[i] = cadf(series[i], mean, lags, d, rows, k);
            trunc[i] = Math.min(Math.max(tr[i], bounds[0]), bounds[1]);
            sum += tr[i];
            sumTrunc += trunc[i];
        }
        return new Outcome(tr, trunc, rows, k, sum / n, sumTrunc / n, bounds.clone());
    }

    /** The t ratio of b_i in one unit's CADF regression (column 0 is y_{t−1}). */
    private static double cadf(double[] y, double[] mean, int lags, Deterministics d, int rows, int k) {
        double[] dy = new double[rows];
        double[][] cols = new double[k][rows];
        int first = lags + 1;
        for (int r = 0; r < rows; r++) {
            int t = first + r;
            dy[r] = y[t] - y[t - 1];
            int c = 0;
            cols[c++][r] = y[t - 1];
            for (int j = 1; j <= lags; j++) {
                cols[c++][r] = y[t - j] - y[t - j - 1];
            }
            if (d != Deterministics.NONE) {
                cols[c++][r] = 1.0;
            }
            if (d == Deterministics.TREND) {
                cols[c++][r] = t + 1;
            }
            cols[c++][r] = mean[t - 1];
            for (int j = 0; j <= lags; j++) {
                cols[c++][r] = mean[t - j] - mean[t - j - 1];
            }
        }
        double[] norms = new double[k];
        for (int j = 0; j < k; j++) {
            norms[j] = LinAlg.norm(cols[j]);
        }
        OlsCore ols = OlsCore.fit(cols, dy, norms, null, COLLINEARITY_TOL);
        if (ols.rank() < k || ols.keptColumn(0) != 0) {
            throw new IllegalArgumentException("the CADF regression is collinear (a series that does not vary, or "
                    + "one that moves exactly with the cross-sectional mean)");
        }
        double sigma2 = ols.ssr() / (rows - k);
        return ols.coefficient(0) / Math.sqrt(sigma2 * ols.xtxInv()[0][0]);
    }
}
