package org.carbonlab.stats.numerics;

import java.util.Arrays;

import org.carbonlab.core.inference.Distributions;

/**
 * The correlation matrix of k variables (NaN = missing) with two-sided p-values of r = 0 from
 * t = r √((n − 2)/(1 − r²)) on n − 2 degrees of freedom, the test of R's {@code cor.test} and of Stata's
 * {@code pwcorr, sig} (for Spearman: Stata's {@code spearman} and R's {@code cor.test(..., method = "spearman",
 * exact = FALSE)}; R's default exact permutation p-value for small samples is not used).
 *
 * <p>Spearman's ρ is Pearson's r of the ranks (ties get their average rank), ranked within the sample of each
 * pair. Missing values: {@link Deletion#PAIRWISE} uses, for each pair, the rows where both are present (R's
 * {@code use = "pairwise.complete.obs"}, Stata's {@code pwcorr}); {@link Deletion#LISTWISE} the rows where all k
 * are present (R's {@code "complete.obs"}, Stata's {@code correlate}).
 */
public final class Correlations {
    /** The correlation coefficient. */
    public enum Method {
        PEARSON, SPEARMAN
    }

    /** Which rows enter each coefficient. */
    public enum Deletion {
        PAIRWISE, LISTWISE
    }

    private final double[][] r;
    private final double[][] p;
    private final int[][] n;

    private Correlations(int k) {
        r = new double[k][k];
        p = new double[k][k];
        n = new int[k][k];
    }

    /** @param columns the k variables, each with the same number of rows */
    public static Correlations of(double[][] columns, Method method, Deletion deletion) {
        int k = columns.length;
        int rows = k == 0 ? 0 : columns[0].length;
        Correlations out = new Correlations(k);
        boolean[] complete = new boolean[rows];
        Arrays.fill(complete, true);
        if (deletion == Deletion.LISTWISE) {
            for (double[] c : columns) {
                for (int i = 0; i < rows; i++) {
                    complete[i] &= !Double.isNaN(c[i]);
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                boolean[] use = new boolean[rows];
                int m = 0;
                for (int i = 0; i < rows; i++) {
                    use[i] = complete[i] && !Double.isNaN(columns[a][i]) && !Double.isNaN(columns[b][i]);
                    if (use[i]) {
                        m++;
                    }
                }
                double[] x = pick(columns[a], use, m);
                double[] y = pick(columns[b], use, m);
                if (method == Method.SPEARMAN) {
                    x = ranks(x);
                    y = ranks(y);
                }
                double rho = a == b && m > 1 && variance(x) > 0 ? 1.0 : pearson(x, y);
                out.r[a][b] = out.r[b][a] = rho;
                out.n[a][b] = out.n[b][a] = m;
                double pv = a == b ? Double.NaN : pValue(rho, m);
                out.p[a][b] = out.p[b][a] = pv;
            }
        }
        return out;
    }

    public double r(int a, int b) {
        return r[a][b];
    }

    /** Two-sided p-value of r = 0; NaN on the diagonal, below three observations or for an undefined r. */
    public double pValue(int a, int b) {
        return p[a][b];
    }

    public int n(int a, int b) {
        return n[a][b];
    }

    /** Two-sided p-value of r from t(n − 2); 0 for |r| = 1. */
    public static double pValue(double r, int n) {
        if (Double.isNaN(r) || n < 3) {
            return Double.NaN;
        }
        if (Math.abs(r) >= 1) {
            return 0;
        }
        double t = r * Math.sqrt((n - 2) / (1 - r * r));
        return Distributions.tTwoSidedP(t, n - 2);
    }

    /** Pearson's r (two-pass); NaN when either variable is constant or below two values. */
    public static double pearson(double[] x, double[] y) {
        int m = x.length;
        if (m < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < m; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        double v = sxy / Math.sqrt(sxx * syy);
        return Math.max(-1, Math.min(1, v));
    }

    /** Ranks 1..m, ties sharing their average rank. */
    public static double[] ranks(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] out = new double[x.length];
        for (int i = 0; i < x.length;) {
            int j = i;
            while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                out[order[k]] = average;
            }
            i = j + 1;
        }
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s;
    }

    private static double[] pick(double[] v, boolean[] use, int m) {
        double[] out = new double[m];
        int j = 0;
        for (int i = 0; i < v.length; i++) {
            if (use[i]) {
                out[j++] = v[i];
            }
        }
        return out;
    }
}
