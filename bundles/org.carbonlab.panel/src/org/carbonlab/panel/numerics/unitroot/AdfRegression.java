package org.carbonlab.panel.numerics.unitroot;

import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.OlsCore;

/**
 * The augmented Dickey–Fuller regression of one series,
 * Δy_t = ρ y_{t-1} + Σ_{j=1..L} γ_j Δy_{t-j} + [deterministic terms] + e_t, by OLS on the rows t = skip..T-1 (0-based;
 * skip ≥ L + 1). The trend is 1..T on the original series, as plm and Stata index it. Numerics only.
 */
public final class AdfRegression {
    private static final double COLLINEARITY_TOL = 1e-9;

    /**
     * One fitted ADF regression. {@code sigma} is √(RSS/n) without and √(RSS/(n-k)) with the degrees-of-freedom
     * correction; {@code se} and {@code t} use that sigma. {@code residDiff}/{@code residLevel} are the LLC auxiliary
     * residuals (Δy_t and y_{t-1} on the lagged differences and deterministic terms, divided by sigma), or null.
     */
    public record Fit(int lags, int nObs, int k, double rho, double se, double t, double sigma, double rss,
            double[] residDiff, double[] residLevel) {
    }

    private AdfRegression() {
    }

    /** The ADF regression with {@code lags} lagged differences on its own sample (rows lags+1..T-1). */
    public static Fit fit(double[] y, int lags, Deterministics d, boolean dfcor, boolean auxiliary) {
        return fit(y, lags, d, dfcor, auxiliary, lags + 1);
    }

    static Fit fit(double[] y, int lags, Deterministics d, boolean dfcor, boolean auxiliary, int skip) {
        int n = y.length - skip;
        int k = 1 + lags + d.columns();
        if (n <= k) {
            throw new IllegalArgumentException("a series of " + y.length + " periods leaves " + Math.max(n, 0)
                    + " observations for " + k + " coefficients");
        }
        double[] dy = new double[n];
        double[][] cols = new double[k][n];
        for (int r = 0; r < n; r++) {
            int t = skip + r;
            dy[r] = y[t] - y[t - 1];
            cols[0][r] = y[t - 1];
            for (int j = 1; j <= lags; j++) {
                cols[j][r] = y[t - j] - y[t - j - 1];
            }
            if (d != Deterministics.NONE) {
                cols[lags + 1][r] = 1.0;
            }
            if (d == Deterministics.TREND) {
                cols[lags + 2][r] = t + 1;
            }
        }
        OlsCore ols = ols(cols, dy);
        if (ols.rank() < k || ols.keptColumn(0) != 0) {
            throw new IllegalArgumentException("the ADF regression is collinear (a constant series, or a lagged "
                    + "difference that does not vary)");
        }
        double rss = ols.ssr();
        double sigma = Math.sqrt(rss / (dfcor ? n - k : n));
        double se = sigma * Math.sqrt(ols.xtxInv()[0][0]);
        double rho = ols.coefficient(0);
        double[] residDiff = null;
        double[] residLevel = null;
        if (auxiliary) {
            double[][] aux = new double[k - 1][];
            System.arraycopy(cols, 1, aux, 0, k - 1);
            residDiff = auxiliaryResiduals(aux, dy, sigma);
            residLevel = auxiliaryResiduals(aux, cols[0], sigma);
        }
        return new Fit(lags, n, k, rho, se, rho / se, sigma, rss, residDiff, residLevel);
    }

    /**
     * The lag length minimising an information criterion log(RSS/n) + penalty·k/n (penalty 2 for AIC, log n for
     * BIC) over 0..maxLags, every candidate fitted on the common sample that the longest one leaves (rows
     * maxLags+1..T-1), as plm's purtest and Stata do; ties go to the longer lag (the search runs downwards from
     * maxLags and keeps the first minimum).
     */
    public static int selectLags(double[] y, Deterministics d, int maxLags, boolean bic) {
        double best = Double.POSITIVE_INFINITY;
        int chosen = 0;
        for (int lags = maxLags; lags >= 0; lags--) {
            Fit f = fit(y, lags, d, false, false, maxLags + 1);
            double n = f.nObs();
            double ic = Math.log(f.rss() / n) + (bic ? Math.log(n) : 2.0) * f.k() / n;
            if (ic < best) {
                best = ic;
                chosen = lags;
            }
        }
        return chosen;
    }

    private static double[] auxiliaryResiduals(double[][] cols, double[] v, double sigma) {
        double[] r;
        if (cols.length == 0) {
            r = v.clone();
        } else {
            r = ols(cols, v).residuals();
        }
        for (int i = 0; i < r.length; i++) {
            r[i] /= sigma;
        }
        return r;
    }

    private static OlsCore ols(double[][] cols, double[] y) {
        double[] norms = new double[cols.length];
        for (int j = 0; j < cols.length; j++) {
            norms[j] = LinAlg.norm(cols[j]);
        }
        return OlsCore.fit(cols, y, norms, null, COLLINEARITY_TOL);
    }
}
