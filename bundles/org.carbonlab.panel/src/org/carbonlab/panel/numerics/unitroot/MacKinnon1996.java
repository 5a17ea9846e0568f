package org.carbonlab.panel.numerics.unitroot;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Asymptotic p-value of a Dickey–Fuller t statistic from MacKinnon's (1996) response surfaces (one variable,
 * N = ∞), the p-values of urca's punitroot and so of plm's purtest when urca is installed.
 * <p>
 * MacKinnon's method: the 221 tabulated quantiles q(p) are turned into a local approximation
 * Φ^{-1}(p) = γ0 + γ1 q + γ2 q² [+ γ3 q³] fitted at the points nearest the statistic, and p = Φ(γ0 + γ1 τ + …). The
 * details below reproduce urca's results (checked against punitroot on a grid of τ from −8 to 5): the nearest
 * quantile q_m decides the window, the 9 points m−4 … m+4 inside the table and the first or last max(m+4, 5)
 * points near its ends; inside and at the lower end the fit is GLS with the covariance of the estimated quantiles,
 * ω_ij = w_i w_j √(p_i(1 − p_j) / (p_j(1 − p_i))) (i ≤ j), at the upper end ordinary least squares (what urca does
 * there); the cubic term is kept when its t ratio exceeds 2. A statistic between the outermost quantile and its
 * neighbour but closer to the outermost one gets that quantile's probability (0.0001 or 0.9999), as urca does.
 */
public final class MacKinnon1996 {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1, 1e-15);
    private static final int POINTS = 221;
    private static final int HALF = 4;
    private static final double CUBIC_T = 2.0;

    private MacKinnon1996() {
    }

    /** Left-tail p-value of τ for the regression with the deterministic terms {@code d}. */
    public static double pValue(double tau, Deterministics d) {
        if (Double.isNaN(tau)) {
            return Double.NaN;
        }
        double[] q = MacKinnon1996Table.QUANTILES[d.ordinal()];
        double[] w = MacKinnon1996Table.WEIGHTS[d.ordinal()];
        double[] p = MacKinnon1996Table.PROBABILITIES;
        int nearest = 0; // 1-based position of the nearest quantile, as in MacKinnon's program
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < POINTS; i++) {
            double diff = Math.abs(tau - q[i]);
            if (diff < best) {
                best = diff;
                nearest = i + 1;
            }
        }
        if (nearest == 1 && tau > q[0]) {
            return p[0];
        }
        if (nearest == POINTS && tau < q[POINTS - 1]) {
            return p[POINTS - 1];
        }
        int[] window;
        boolean gls = true;
        if (nearest > HALF && nearest < POINTS - HALF) {
            window = range(nearest - HALF, nearest + HALF);
        } else if (nearest < 2 * HALF + 1) {
            window = range(1, Math.max(nearest + HALF, 5));
        } else {
            window = range(POINTS + 1 - Math.max(POINTS + 1 - nearest + HALF, 5), POINTS);
            gls = false;
        }
        int n = window.length;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        double[][] omega = new double[n][n];
        for (int a = 0; a < n; a++) {
            int i = window[a] - 1;
            double c = q[i];
            x[a] = new double[] {1, c, c * c, c * c * c};
            y[a] = MacKinnon1996Table.NORMAL_QUANTILES[i];
            for (int b = a; b < n; b++) {
                int j = window[b] - 1;
                double v = gls ? w[i] * w[j] * Math.sqrt(p[i] * (1 - p[j]) / (p[j] * (1 - p[i]))) : a == b ? 1 : 0;
                omega[a][b] = v;
                omega[b][a] = v;
            }
        }
        RealMatrix omegaInv = new CholeskyDecomposition(new Array2DRowRealMatrix(omega, false), 1e-12, 0)
                .getSolver().getInverse();
        Fit cubic = gls(x, y, omegaInv, 4);
        double tCubic = Math.abs(cubic.gamma[3]) / Math.sqrt(cubic.ssr / (n - 4) * cubic.cov[3][3]);
        Fit fit = tCubic > CUBIC_T ? cubic : gls(x, y, omegaInv, 3);
        double z = 0;
        double power = 1;
        for (double g : fit.gamma) {
            z += g * power;
            power *= tau;
        }
        return NORMAL.cumulativeProbability(z);
    }

    private record Fit(double[] gamma, double[][] cov, double ssr) {
    }

    /** GLS of y on the first {@code k} columns of x: γ, (X'Ω⁻¹X)⁻¹ and the weighted SSR. */
    private static Fit gls(double[][] x, double[] y, RealMatrix omegaInv, int k) {
        int n = y.length;
        double[][] xk = new double[n][k];
        for (int a = 0; a < n; a++) {
            System.arraycopy(x[a], 0, xk[a], 0, k);
        }
        RealMatrix xm = new Array2DRowRealMatrix(xk, false);
        RealMatrix xtOi = xm.transpose().multiply(omegaInv);
        RealMatrix cov = new CholeskyDecomposition(xtOi.multiply(xm), 1e-12, 0).getSolver().getInverse();
        double[] gamma = cov.operate(xtOi.operate(y));
        double[] r = new double[n];
        for (int a = 0; a < n; a++) {
            double f = 0;
            for (int c = 0; c < k; c++) {
                f += xk[a][c] * gamma[c];
            }
            r[a] = y[a] - f;
        }
        double ssr = 0;
        double[] oir = omegaInv.operate(r);
        for (int a = 0; a < n; a++) {
            ssr += r[a] * oir[a];
        }
        return new Fit(gamma, cov.getData(), ssr);
    }

    /** from … to (1-based, inclusive). */
    private static int[] range(int from, int to) {
        int[] r = new int[to - from + 1];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
