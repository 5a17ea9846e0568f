package org.carbonlab.panel.numerics;

/**
 * Rotemberg weights of a shift-share instrument (Goldsmith-Pinkham, Sorkin and Swift 2020, AER 110(8)): with the
 * instrument's components C_k = s_ik g_kt (so B = Σ_k C_k) and x̃, ỹ the endogenous regressor and the outcome
 * with the controls and fixed effects partialled out, α_k = C_k'x̃ / B'x̃ and β_k = C_k'ỹ / C_k'x̃ (the
 * just-identified IV estimate using component k alone). Then Σ α_k = 1 and Σ α_k β_k = B'ỹ / B'x̃, the Bartik
 * 2SLS estimate. (C_k need not be partialled: x̃ and ỹ already are.) Name-free.
 */
public final class RotembergWeights {
    private RotembergWeights() {
    }

    /**
     * @param alpha   weights (sum 1)
     * @param beta    per-industry just-identified estimates (NaN where C_k'x̃ = 0)
     * @param bartik  B'ỹ / B'x̃
     */
    public record Result(double[] alpha, double[] beta, double bartik) {
    }

    /**
     * @param components C (n × K), rows as x and y
     * @param xTilde     the partialled endogenous regressor
     * @param yTilde     the partialled outcome
     */
    public static Result compute(double[][] components, double[] xTilde, double[] yTilde) {
        int n = xTilde.length;
        int kk = n == 0 ? 0 : components[0].length;
        double[] cx = new double[kk];
        double[] cy = new double[kk];
        double bx = 0;
        double by = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                double c = components[i][k];
                cx[k] += c * xTilde[i];
                cy[k] += c * yTilde[i];
                bx += c * xTilde[i];
                by += c * yTilde[i];
            }
        }
        double[] alpha = new double[kk];
        double[] beta = new double[kk];
        for (int k = 0; k < kk; k++) {
            alpha[k] = cx[k] / bx;
            beta[k] = cx[k] == 0 ? Double.NaN : cy[k] / cx[k];
        }
        return new Result(alpha, beta, by / bx);
    }

    /** The residual of v after least squares on the columns of {@code controls} (n × k; v itself when k = 0). */
    public static double[] partialOut(double[][] controls, double[] v) {
        return IvAlgebra.columnOf(IvAlgebra.residuals(controls, IvAlgebra.column(v)), 0);
    }
}
