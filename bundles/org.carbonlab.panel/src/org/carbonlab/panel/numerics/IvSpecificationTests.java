package org.carbonlab.panel.numerics;

import org.carbonlab.core.inference.Distributions;

/**
 * Over-identification and endogeneity tests of a 2SLS fit. Name-free.
 * <ul>
 * <li>Sargan: n·u'P_Z u / u'u with the 2SLS residuals u, χ²(kz − ke) (= n·R² of u on Z when u has mean zero; AER,
 * Stata {@code estat overid}).</li>
 * <li>Hansen J: the minimised two-step efficient GMM criterion g'S^{-1}g, g = Z'(y − Xβ_GMM), S = Σ u_i² z_i z_i'
 * (robust) or Σ_g (Z_g'u_g)(Z_g'u_g)' (cluster) from the 2SLS residuals, χ²(kz − ke) (ivreg2's J after robust or
 * cluster 2SLS).</li>
 * <li>Durbin–Wu–Hausman (regression form): OLS of y on X and the first-stage residuals V̂; F test that V̂'s
 * coefficients are zero, classical F(ke, n − K − ke − absorbed), or the robust/cluster Wald test / ke (AER, Stata
 * {@code estat endogenous} Wu–Hausman).</li>
 * <li>C statistic (difference-in-Hansen, ivreg2 {@code endog()}): J of the model that treats X2 as exogenous
 * (instruments [Z, X2]; S from its OLS residuals) minus J of the model that instruments X2, evaluated with the
 * corresponding block of the same S; χ²(ke). Robust to heteroskedasticity or clustering.</li>
 * </ul>
 */
public final class IvSpecificationTests {
    private IvSpecificationTests() {
    }

    /** A test statistic, its degrees of freedom (df2 NaN for χ²) and p-value. */
    public record Stat(double statistic, double df1, double df2, double p) {
    }

    public static Stat sargan(double[] u, double[][] z, int overid) {
        double[] pu = IvAlgebra.columnOf(IvAlgebra.fitted(z, IvAlgebra.column(u)), 0);
        double s = u.length * IvAlgebra.dot(u, pu) / IvAlgebra.dot(u, u);
        return new Stat(s, overid, Double.NaN, Distributions.chiSquaredUpperP(s, overid));
    }

    public static Stat hansen(double[] y, double[][] x, double[][] z, double[] u2sls, IvCovariance cov, int overid) {
        double[][] s = scoreMeat(z, u2sls, cov);
        double j = gmmCriterion(y, x, z, s);
        return new Stat(j, overid, Double.NaN, Distributions.chiSquaredUpperP(j, overid));
    }

    /** Difference-in-Hansen C statistic for the endogeneity of {@code endog} (the last ke columns of x). */
    public static Stat cStatistic(double[] y, double[][] x, double[][] z, double[][] endog, IvCovariance cov) {
        int ke = endog[0].length;
        double[][] zBig = IvAlgebra.hstack(z, endog);
        double[] b = IvAlgebra.columnOf(IvAlgebra.solve(x, IvAlgebra.column(y)), 0);
        double[] u = TwoStageLeastSquares.residuals(y, x, b);
        double[][] sBig = scoreMeat(zBig, u, cov);
        double jBig = gmmCriterion(y, x, zBig, sBig);
        double jSmall = gmmCriterion(y, x, z, IvAlgebra.block(sBig, IvAlgebra.range(0, z[0].length)));
        double c = jBig - jSmall;
        return new Stat(c, ke, Double.NaN, Distributions.chiSquaredUpperP(c, ke));
    }

    public static Stat wuHausman(double[] y, double[][] x, double[][] firstStageResiduals, IvCovariance cov) {
        double[][] a = IvAlgebra.hstack(x, firstStageResiduals);
        int n = y.length;
        int k = a[0].length;
        int ke = firstStageResiduals[0].length;
        double[] b = IvAlgebra.columnOf(IvAlgebra.solve(a, IvAlgebra.column(y)), 0);
        double[] u = TwoStageLeastSquares.residuals(y, a, b);
        IvCovariance diag = cov.forDiagnostics();
        double[][] v = diag.vcov(IvAlgebra.crossInverse(a), a, u);
        int[] pos = IvAlgebra.range(k - ke, k);
        double[] bv = new double[ke];
        for (int j = 0; j < ke; j++) {
            bv[j] = b[k - ke + j];
        }
        double f = IvAlgebra.quadInverse(IvAlgebra.block(v, pos), bv) / ke;
        double df2 = diag.fDf2(n, k);
        return new Stat(f, ke, df2, Distributions.fUpperP(f, ke, df2));
    }

    private static double[][] scoreMeat(double[][] z, double[] u, IvCovariance cov) {
        return cov.meat(z, u);
    }

    /**
     * min over β of g'S^{-1}g, g = Z'(y − Xβ), attained at β = (X'Z S^{-1} Z'X)^{-1} X'Z S^{-1} Z'y; NaN when S is
     * singular (e.g. fewer clusters than instruments).
     */
    static double gmmCriterion(double[] y, double[][] x, double[][] z, double[][] s) {
        if (!IvAlgebra.fullRank(s)) {
            return Double.NaN;
        }
        try {
            return criterion(y, x, z, s);
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return Double.NaN;
        }
    }

    private static double criterion(double[] y, double[][] x, double[][] z, double[][] s) {
        double[][] sInv = IvAlgebra.inverse(s);
        var zx = IvAlgebra.m(IvAlgebra.cross(z, x));
        var zy = IvAlgebra.m(IvAlgebra.cross(z, IvAlgebra.column(y)));
        var w = IvAlgebra.m(sInv);
        var lhs = zx.transpose().multiply(w).multiply(zx);
        var rhs = zx.transpose().multiply(w).multiply(zy);
        double[] b = IvAlgebra.columnOf(IvAlgebra.m(IvAlgebra.inverse(lhs.getData())).multiply(rhs).getData(), 0);
        double[] u = TwoStageLeastSquares.residuals(y, x, b);
        double[] g = IvAlgebra.columnOf(IvAlgebra.cross(z, IvAlgebra.column(u)), 0);
        return IvAlgebra.quadInverse(s, g);
    }
}
