package org.carbonlab.panel.numerics;

import org.carbonlab.core.inference.Distributions;

/**
 * The first-stage regression of one endogenous regressor on all instruments Z = [exogenous, excluded]: its
 * coefficients and covariance (the model's {@link IvCovariance} convention with K = number of instruments), the
 * partial R² of the excluded instruments (1 − RSS_u/RSS_r, RSS_r from the regression on the exogenous regressors
 * only; Stata {@code estat firststage}, AER's "weak instruments" test) and their F test: classical
 * [(RSS_r − RSS_u)/kz]/[RSS_u/(n − L − absorbed)], or the robust/cluster Wald test divided by kz, with
 * F(kz, n − L − absorbed) (clustered: F(kz, G − 1)). Name-free.
 *
 * @param coefficients  on the instruments, exogenous first then excluded
 * @param vcov          their covariance
 * @param pValueDf      t degrees of freedom of the coefficients' p-values (+∞ normal)
 * @param r2            R² of the first stage (centred when {@code centred}, else uncentred)
 * @param partialR2     partial R² of the excluded instruments
 * @param f             F statistic that the excluded instruments' coefficients are zero
 * @param df1           its numerator df (kz)
 * @param df2           its denominator df
 * @param p             its p-value
 * @param residuals     first-stage residuals (n)
 */
public record IvFirstStage(double[] coefficients, double[][] vcov, double pValueDf, double r2, double partialR2,
        double f, int df1, double df2, double p, double[] residuals) {

    /**
     * @param x         the endogenous regressor (n), demeaned under fixed effects
     * @param exog      exogenous regressors (n × kx)
     * @param excluded  excluded instruments (n × kz)
     * @param cov       the model's covariance convention
     * @param centred   whether R² is centred (the model has an intercept)
     */
    public static IvFirstStage fit(double[] x, double[][] exog, double[][] excluded, IvCovariance cov, boolean centred) {
        double[][] z = IvAlgebra.hstack(exog, excluded);
        int n = x.length;
        int l = z[0].length;
        int kx = exog[0].length;
        int kz = excluded[0].length;
        double[] b = IvAlgebra.columnOf(IvAlgebra.solve(z, IvAlgebra.column(x)), 0);
        double[] e = TwoStageLeastSquares.residuals(x, z, b);
        double[][] bread = IvAlgebra.crossInverse(z);
        double[][] v = cov.vcov(bread, z, e);
        double rssU = IvAlgebra.dot(e, e);
        double[] r = IvAlgebra.columnOf(IvAlgebra.residuals(exog, IvAlgebra.column(x)), 0);
        double rssR = IvAlgebra.dot(r, r);
        double tss = centred ? centredSs(x) : IvAlgebra.dot(x, x);
        IvCovariance diag = cov.forDiagnostics();
        double df2 = diag.fDf2(n, l);
        double f;
        if (cov.classical()) {
            f = ((rssR - rssU) / kz) / (rssU / diag.dfResid(n, l));
        } else {
            int[] pos = IvAlgebra.range(kx, l);
            double[] bz = new double[kz];
            for (int j = 0; j < kz; j++) {
                bz[j] = b[kx + j];
            }
            double[][] vd = diag.vcov(bread, z, e);
            f = IvAlgebra.quadInverse(IvAlgebra.block(vd, pos), bz) / kz;
        }
        return new IvFirstStage(b, v, cov.pValueDf(n, l), 1 - rssU / tss, 1 - rssU / rssR, f, kz, df2,
                Distributions.fUpperP(f, kz, df2), e);
    }

    static double centredSs(double[] a) {
        double m = 0;
        for (double v : a) {
            m += v;
        }
        m /= a.length;
        double s = 0;
        for (double v : a) {
            s += (v - m) * (v - m);
        }
        return s;
    }
}
