package org.carbonlab.spatial.numerics.ml;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The cross-products of the (transformed) columns y, Wy, WWy, X and WX, computed once, so that for any (r, l) the
 * GLS step of the general model ε = (I − lW)(I − rW)y − (I − lW)Xβ costs O(k³) instead of O(NT·k²): with
 * a = (1, −(r + l), rl) on (y, Wy, WWy) and X_l = X − lWX, β(r, l) = (X_l'X_l)⁻¹X_l'(Ya) and
 * SSE(r, l) = ‖Ya − X_lβ‖². SAR/SDM is l = 0, SEM is r = 0. Columns are ordered y, Wy, WWy, x_1..x_k, Wx_1..Wx_k.
 */
public final class CrossProducts {
    private final int k;
    private final double[][] c;

    /** wwy and wx may be null when only r (respectively no l) is used; they count as zero columns. */
    public CrossProducts(double[] y, double[] wy, double[] wwy, double[][] x, double[][] wx) {
        this.k = x.length;
        int m = 3 + 2 * k;
        double[][] cols = new double[m][];
        cols[0] = y;
        cols[1] = wy;
        cols[2] = wwy;
        for (int j = 0; j < k; j++) {
            cols[3 + j] = x[j];
            cols[3 + k + j] = wx == null ? null : wx[j];
        }
        c = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double s = 0.0;
                if (cols[a] != null && cols[b] != null) {
                    double[] u = cols[a];
                    double[] v = cols[b];
                    for (int i = 0; i < u.length; i++) {
                        s += u[i] * v[i];
                    }
                }
                c[a][b] = s;
                c[b][a] = s;
            }
        }
    }

    public int regressors() {
        return k;
    }

    /** X_l'X_l. */
    public double[][] xtx(double l) {
        double[][] out = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                out[a][b] = c[3 + a][3 + b] - l * (c[3 + a][3 + k + b] + c[3 + k + a][3 + b])
                        + l * l * c[3 + k + a][3 + k + b];
            }
        }
        return out;
    }

    /** The GLS step at (r, l): β and SSE. */
    public Step step(double r, double l) {
        double[] a = {1.0, -(r + l), r * l};
        double[] xty = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0.0;
            for (int q = 0; q < 3; q++) {
                s += (c[3 + j][q] - l * c[3 + k + j][q]) * a[q];
            }
            xty[j] = s;
        }
        RealMatrix m = new Array2DRowRealMatrix(xtx(l), false);
        double[] beta = new LUDecomposition(m, 1e-300).getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(xty, false)).toArray();
        double[] coef = residualCoefficients(r, l, beta);
        return new Step(beta, Math.max(quadratic(coef, coef), 0.0), coef);
    }

    /** The residual as a combination of the columns: (a, −β, lβ). */
    public double[] residualCoefficients(double r, double l, double[] beta) {
        double[] coef = new double[3 + 2 * k];
        coef[0] = 1.0;
        coef[1] = -(r + l);
        coef[2] = r * l;
        for (int j = 0; j < k; j++) {
            coef[3 + j] = -beta[j];
            coef[3 + k + j] = l * beta[j];
        }
        return coef;
    }

    /** u'Cv for coefficient vectors over the columns. */
    public double quadratic(double[] u, double[] v) {
        double s = 0.0;
        for (int a = 0; a < u.length; a++) {
            if (u[a] == 0.0) {
                continue;
            }
            double t = 0.0;
            for (int b = 0; b < v.length; b++) {
                t += c[a][b] * v[b];
            }
            s += u[a] * t;
        }
        return s;
    }

    /** dSSE/dr at (r, l) (envelope theorem: 2ε'∂ε/∂r with β held at its optimum). */
    public double sseDerivativeR(Step s, double r, double l) {
        double[] d = new double[3 + 2 * k];
        d[1] = -1.0;
        d[2] = l;
        return 2.0 * quadratic(s.coefficients(), d);
    }

    /** dSSE/dl at (r, l). */
    public double sseDerivativeL(Step s, double r, double l) {
        double[] d = new double[3 + 2 * k];
        d[1] = -1.0;
        d[2] = r;
        for (int j = 0; j < k; j++) {
            d[3 + k + j] = s.beta()[j];
        }
        return 2.0 * quadratic(s.coefficients(), d);
    }

    public record Step(double[] beta, double sse, double[] coefficients) {
    }
}
