package org.carbonlab.panel.numerics;

import org.carbonlab.core.inference.OlsCore;
import org.carbonlab.core.inference.LinAlg;

/**
 * Pooled ordinary least squares y = X b + u (matrices in, numbers out).
 * <p>
 * X is used exactly as given: if the model has an intercept the caller includes a column of ones (identified by
 * {@link FitOptions#interceptColumn()}, auto-detected by default). Exactly or nearly collinear columns are dropped
 * in Stata's order (earlier columns kept) instead of failing; see {@link FitOptions}.
 * The solution uses Householder QR (Commons Math) on the kept columns.
 */
public final class PooledOls {

    private PooledOls() {
    }

    /** Fit with default options. */
    public static PooledOlsResult fit(double[] y, double[][] x) {
        return fit(y, x, FitOptions.defaults());
    }

    /**
     * @param y       response, length n (finite)
     * @param x       regressors, n rows of k columns (finite), intercept column included by the caller
     * @param options options (level, collinearity tolerance, intercept column)
     * @throws IllegalArgumentException on dimension mismatch, non-finite data or an invalid intercept column
     */
    public static PooledOlsResult fit(double[] y, double[][] x, FitOptions options) {
        int n = Validation.checkData(y, x);
        int k = x.length == 0 ? 0 : x[0].length;
        FitOptions opt = options == null ? FitOptions.defaults() : options;
        double[][] cols = LinAlg.toColumns(x, n, k);
        int intercept = resolveIntercept(cols, opt.interceptColumn());
        double[] norms = new double[k];
        for (int j = 0; j < k; j++) {
            norms[j] = LinAlg.norm(cols[j]);
        }
        OlsCore core = OlsCore.fit(cols, y, norms, null, opt.collinearityTolerance());
        return new PooledOlsResult(y, cols, intercept, core, opt);
    }

    /**
     * Variance inflation factors of the columns of {@code regressors} (n x p, WITHOUT an intercept column):
     * VIF_j = 1/(1 - R_j^2), R_j^2 = centred R-squared of the OLS regression of column j on an intercept and the
     * other columns (as {@code car::vif} for a model with intercept). Constant columns give NaN; a column that is an
     * exact linear combination of the others gives +Infinity (or a very large number).
     *
     * @return {vif[], auxR2[]}
     */
    public static double[][] vif(double[][] regressors) {
        int n = regressors.length;
        int p = n == 0 ? 0 : regressors[0].length;
        double[][] cols = LinAlg.toColumns(regressors, n, p);
        return vifColumns(cols, n);
    }

    static double[][] vifColumns(double[][] cols, int n) {
        int p = cols.length;
        double[][] aug = new double[p + 1][];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        aug[0] = ones;
        for (int j = 0; j < p; j++) {
            // VIF is invariant to the units of each column; the exact power-of-two scaling keeps 1e200 from overflowing
            aug[j + 1] = LinAlg.scaledByPowerOfTwo(cols[j], LinAlg.binaryExponent(cols[j]));
        }
        double[][] r = LinAlg.rFactor(aug);
        double[] vif = new double[p];
        double[] r2 = new double[p];
        for (int j = 0; j < p; j++) {
            double tss = LinAlg.residualNorm(r, new int[] {0, j + 1});
            int[] idx = new int[p + 1];
            idx[0] = 0;
            int q = 1;
            for (int l = 0; l < p; l++) {
                if (l != j) {
                    idx[q++] = l + 1;
                }
            }
            idx[q] = j + 1;
            double ssr = LinAlg.residualNorm(r, idx);
            if (!(tss > 0)) {
                vif[j] = Double.NaN;
                r2[j] = Double.NaN;
                continue;
            }
            double ratio = (ssr / tss) * (ssr / tss);
            r2[j] = 1.0 - ratio;
            vif[j] = ratio > 0 ? 1.0 / ratio : Double.POSITIVE_INFINITY;
        }
        return new double[][] {vif, r2};
    }

    private static int resolveIntercept(double[][] cols, int requested) {
        int k = cols.length;
        if (requested == FitOptions.NO_INTERCEPT) {
            return -1;
        }
        if (requested == FitOptions.AUTO_INTERCEPT) {
            outer:
            for (int j = 0; j < k; j++) {
                for (double v : cols[j]) {
                    if (v != 1.0) {
                        continue outer;
                    }
                }
                return j;
            }
            return -1;
        }
        if (requested >= k) {
            throw new IllegalArgumentException("intercept column " + requested + " out of range (k=" + k + ")");
        }
        for (double v : cols[requested]) {
            if (v != cols[requested][0] || v == 0.0) {
                throw new IllegalArgumentException("intercept column " + requested + " is not a non-zero constant");
            }
        }
        return requested;
    }
}
