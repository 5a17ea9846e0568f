package org.carbonlab.panel.numerics.unitroot;

import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.OlsCore;

/**
 * The Phillips–Perron (1988) Z_t statistic of one series in the form of Hamilton (1994, eq. 17.6.8) and Stata's
 * {@code pperron}: y_t on y_{t-1} and the deterministic terms (trend 1..T of the series) by OLS, then
 * Z_t = √(γ0/λ²)·t − ½ (λ² − γ0)/λ · n·se(ρ)/s with γ0 = RSS/n, s² = RSS/(n−k) and λ² the Newey–West (Bartlett
 * weights 1 − j/(q+1)) long-run variance of the residuals. It has the Dickey–Fuller t distribution.
 */
public final class PhillipsPerron {
    private PhillipsPerron() {
    }

    /** Stata's default Newey–West lag count for {@code n} observations: int(4 (n/100)^{2/9}). */
    public static int defaultLags(int n) {
        return (int) Math.floor(4.0 * Math.pow(n / 100.0, 2.0 / 9.0));
    }

    /** Z_t of the series {@code y} with {@code q} Newey–West lags. */
    public static double zt(double[] y, Deterministics d, int q) {
        int n = y.length - 1;
        int k = 1 + d.columns();
        if (n <= k) {
            throw new IllegalArgumentException("a series of " + y.length + " periods is too short for the "
                    + "Phillips-Perron regression");
        }
        double[] dy = new double[n];
        double[][] cols = new double[k][n];
        for (int r = 0; r < n; r++) {
            int t = r + 1;
            dy[r] = y[t] - y[t - 1];
            cols[0][r] = y[t - 1];
            if (d != Deterministics.NONE) {
                cols[1][r] = 1.0;
            }
            if (d == Deterministics.TREND) {
                cols[2][r] = t + 1;
            }
        }
        double[] norms = new double[k];
        for (int j = 0; j < k; j++) {
            norms[j] = LinAlg.norm(cols[j]);
        }
        OlsCore ols = OlsCore.fit(cols, dy, norms, null, 1e-9);
        if (ols.rank() < k || ols.keptColumn(0) != 0) {
            throw new IllegalArgumentException("the Phillips-Perron regression is collinear (a constant series)");
        }
        double[] u = ols.residuals();
        double rss = ols.ssr();
        double s = Math.sqrt(rss / (n - k));
        double se = s * Math.sqrt(ols.xtxInv()[0][0]);
        double t = ols.coefficient(0) / se;
        double gamma0 = rss / n;
        double lambda2 = gamma0;
        for (int j = 1; j <= q && j < n; j++) {
            double c = 0;
            for (int i = j; i < n; i++) {
                c += u[i] * u[i - j];
            }
            lambda2 += 2.0 * (1.0 - j / (q + 1.0)) * c / n;
        }
        double lambda = Math.sqrt(lambda2);
        return Math.sqrt(gamma0 / lambda2) * t - 0.5 * (lambda2 - gamma0) / lambda * n * se / s;
    }
}
