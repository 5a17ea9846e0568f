package org.carbonlab.panel.numerics.unitroot;

import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.OlsCore;

/**
 * Hadri's (2000) LM test of the null that every series is stationary around its deterministic terms, on a balanced
 * panel: residuals e_it of y on an intercept (or intercept and trend 1..T), partial sums S_it, LM_i = Σ_t S²/(T² σ̂²_i);
 * heteroskedasticity-consistent LM = mean LM_i, homoskedastic LM = (1/N) Σ_i Σ_t S²/T² / σ̂² with the pooled σ̂².
 * z = √N (LM − ξ)/√ζ with (ξ, ζ) = (1/6, 1/45) for an intercept and (1/15, 11/6300) with a trend; p = 1 − Φ(z).
 * Hadri's variances divide by T ({@code dfcor=false}); {@code dfcor=true} divides by T − 1 or T − 2 as plm does.
 */
public final class Hadri {
    /** Both statistics and the per-series LM_i and σ̂²_i. */
    public record Outcome(double zHetero, double zHomo, double lmHetero, double lmHomo, double[] lm, double[] sigma2) {
    }

    private Hadri() {
    }

    public static Outcome test(double[][] series, Deterministics d, boolean dfcor) {
        if (d == Deterministics.NONE) {
            throw new IllegalArgumentException("Hadri's test needs an intercept or a trend");
        }
        int n = series.length;
        int t = series[0].length;
        double[] lm = new double[n];
        double[] sigma2 = new double[n];
        double sumS2 = 0;
        double sumE2 = 0;
        double divisor = dfcor ? t - d.columns() : t;
        for (int i = 0; i < n; i++) {
            double[] e = residuals(series[i], d);
            double s = 0;
            double s2 = 0;
            double e2 = 0;
            for (double v : e) {
                s += v;
                s2 += s * s;
                e2 += v * v;
            }
            sigma2[i] = e2 / divisor;
            lm[i] = s2 / ((double) t * t * sigma2[i]);
            sumS2 += s2 / ((double) t * t);
            sumE2 += e2;
        }
        double lmHetero = LinAlg.mean(lm);
        double lmHomo = sumS2 / n / (sumE2 / (n * divisor));
        double xi = d == Deterministics.INTERCEPT ? 1.0 / 6 : 1.0 / 15;
        double zeta = d == Deterministics.INTERCEPT ? 1.0 / 45 : 11.0 / 6300;
        double root = Math.sqrt(n);
        return new Outcome(root * (lmHetero - xi) / Math.sqrt(zeta), root * (lmHomo - xi) / Math.sqrt(zeta),
                lmHetero, lmHomo, lm, sigma2);
    }

    private static double[] residuals(double[] y, Deterministics d) {
        int t = y.length;
        double[][] cols = new double[d.columns()][t];
        for (int s = 0; s < t; s++) {
            cols[0][s] = 1.0;
            if (d == Deterministics.TREND) {
                cols[1][s] = s + 1;
            }
        }
        double[] norms = new double[cols.length];
        for (int j = 0; j < cols.length; j++) {
            norms[j] = LinAlg.norm(cols[j]);
        }
        return OlsCore.fit(cols, y, norms, null, 1e-9).residuals();
    }
}
