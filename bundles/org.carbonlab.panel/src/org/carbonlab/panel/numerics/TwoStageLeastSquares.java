package org.carbonlab.panel.numerics;

/**
 * Two-stage least squares: β = (X̂'X̂)^{-1} X̂'y with X̂ = P_Z X, the projection of the regressors on the
 * instruments (the exogenous regressors are their own projection and are kept exactly). Residuals are
 * y − Xβ (not y − X̂β). Columns must be of full rank (the estimator drops collinear ones first). With absorbed
 * fixed effects, every column is passed demeaned (FE-2SLS). Name-free: matrices in, numbers out.
 */
public final class TwoStageLeastSquares {
    private TwoStageLeastSquares() {
    }

    /**
     * @param beta       coefficients, exogenous columns first then endogenous
     * @param residuals  y − Xβ
     * @param xhat       the regressors' projections on the instruments (n × k)
     * @param bread      (X̂'X̂)^{-1}
     * @param ssr        u'u
     */
    public record Fit(double[] beta, double[] residuals, double[][] xhat, double[][] bread, double ssr) {
        public int n() {
            return residuals.length;
        }

        public int k() {
            return beta.length;
        }
    }

    /**
     * @param y        response (n)
     * @param exog     included exogenous regressors (n × kx, the intercept column among them if any)
     * @param endog    endogenous regressors (n × ke)
     * @param excluded excluded instruments (n × kz)
     */
    public static Fit fit(double[] y, double[][] exog, double[][] endog, double[][] excluded) {
        double[][] z = IvAlgebra.hstack(exog, excluded);
        double[][] x = IvAlgebra.hstack(exog, endog);
        double[][] xhat = IvAlgebra.hstack(exog, IvAlgebra.fitted(z, endog));
        double[] beta = IvAlgebra.columnOf(IvAlgebra.solve(xhat, IvAlgebra.column(y)), 0);
        double[] u = residuals(y, x, beta);
        return new Fit(beta, u, xhat, IvAlgebra.crossInverse(xhat), IvAlgebra.dot(u, u));
    }

    /**
     * The k-class estimator β = [X'(I − κM_Z)X]^{-1} X'(I − κM_Z)y (κ = 1: 2SLS; κ = {@link #limlKappa}: LIML),
     * with X̃ = (I − κM_Z)X in {@link Fit#xhat()} (the regressors of the sandwich's scores x̃_i u_i) and
     * (X̃'X)^{-1} as bread. Solved from the normal equations by LU.
     */
    public static Fit kClass(double[] y, double[][] exog, double[][] endog, double[][] excluded, double kappa) {
        double[][] z = IvAlgebra.hstack(exog, excluded);
        double[][] x = IvAlgebra.hstack(exog, endog);
        double[][] mzEndog = IvAlgebra.residuals(z, endog);
        int kx = exog[0].length;
        double[][] xt = IvAlgebra.copy(x);
        for (int i = 0; i < xt.length; i++) {
            for (int j = 0; j < mzEndog[0].length; j++) {
                xt[i][kx + j] -= kappa * mzEndog[i][j];
            }
        }
        double[][] bread = IvAlgebra.inverse(IvAlgebra.symmetrised(IvAlgebra.cross(xt, x)));
        double[] rhs = IvAlgebra.columnOf(IvAlgebra.cross(xt, IvAlgebra.column(y)), 0);
        double[] beta = IvAlgebra.m(bread).operate(rhs);
        double[] u = residuals(y, x, beta);
        return new Fit(beta, u, xt, bread, IvAlgebra.dot(u, u));
    }

    /**
     * LIML's κ: the smallest eigenvalue of (W'M_Z W)^{-1}(W'M_1 W), W = [y, endogenous], M_Z the annihilator of
     * all instruments and M_1 that of the exogenous regressors (κ = 1 when exactly identified).
     */
    public static double limlKappa(double[] y, double[][] exog, double[][] endog, double[][] excluded) {
        double[][] w = IvAlgebra.hstack(IvAlgebra.column(y), endog);
        double[][] z = IvAlgebra.hstack(exog, excluded);
        double[][] mz = IvAlgebra.residuals(z, w);
        double[][] m1 = IvAlgebra.residuals(exog, w);
        var uInv = IvAlgebra.m(IvAlgebra.inverse(IvAlgebra.cholUpper(IvAlgebra.cross(mz, mz))));
        return IvAlgebra.minEigen(uInv.transpose().multiply(IvAlgebra.m(IvAlgebra.cross(m1, m1))).multiply(uInv)
                .getData());
    }

    /** y − Xb. */
    static double[] residuals(double[] y, double[][] x, double[] b) {
        double[] u = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double s = y[i];
            for (int j = 0; j < b.length; j++) {
                s -= x[i][j] * b[j];
            }
            u[i] = s;
        }
        return u;
    }
}
