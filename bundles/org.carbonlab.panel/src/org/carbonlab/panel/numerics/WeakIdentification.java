package org.carbonlab.panel.numerics;

import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.carbonlab.core.inference.Distributions;

/**
 * Identification statistics of the excluded instruments Z2 for the endogenous regressors X2, both partialled on the
 * exogenous regressors (and demeaned for absorbed fixed effects). With n rows, L instruments in all, kz excluded,
 * ke endogenous and a absorbed levels:
 * <ul>
 * <li>Cragg–Donald Wald F: λ_min(Σ̂^{-1/2} X2'P X2 Σ̂^{-1/2}) (n − L − a)/kz with Σ̂ = Ê'Ê, Ê the first-stage
 * residuals and P the projection on Z2 (ivreg2's {@code cdf}); equals the first-stage F when ke = 1.</li>
 * <li>Anderson canonical-correlation LM: n·r²_min, the smallest squared canonical correlation of X2 and Z2,
 * χ²(kz − ke + 1) (under-identification, classical).</li>
 * <li>Kleibergen–Paap (2006) rk statistics for the null rank ke − 1 of Π (kz × ke) through the SVD of
 * Θ = F Π G^{-1}, F'F = Z2'Z2: the Wald form with G'G = Ê'Ê and the robust/cluster covariance of vec(Π̂) from
 * the first-stage residuals, times the model's small-sample factor with K = L (n/(n − L − a) for HC1;
 * G/(G−1)(n−1)/(n − L_c) clustered, see {@link IvCovariance}); the reported rk Wald F is that statistic / kz. For
 * ke = 1 it is exactly the robust/cluster Wald F of the excluded instruments in the first stage with the same
 * factor. The LM form (under-identification) uses G'G = X2'X2 and evaluates the covariance under Π = 0 (scores
 * x2_i ⊗ z_i), without small-sample factor; χ²(kz − ke + 1). Both reduce to Cragg–Donald (Wald) and Anderson (LM)
 * under homoskedasticity (ranktest's normalisation).</li>
 * </ul>
 * Name-free.
 */
public final class WeakIdentification {
    private WeakIdentification() {
    }

    /**
     * @param craggDonaldF  Cragg–Donald Wald F
     * @param andersonLm    Anderson canonical-correlation LM statistic
     * @param kpWaldF       Kleibergen–Paap rk Wald F (NaN under a classical covariance)
     * @param kpLm          Kleibergen–Paap rk LM statistic (NaN under a classical covariance)
     * @param underIdDf     kz − ke + 1
     */
    public record Result(double craggDonaldF, double andersonLm, double kpWaldF, double kpLm, int underIdDf) {
        public double andersonP() {
            return Distributions.chiSquaredUpperP(andersonLm, underIdDf);
        }

        public double kpLmP() {
            return Distributions.chiSquaredUpperP(kpLm, underIdDf);
        }
    }

    /**
     * @param endog    X2 (n × ke), demeaned under fixed effects
     * @param exog     exogenous regressors (n × kx)
     * @param excluded Z2 (n × kz)
     * @param cov      the model's covariance convention
     */
    public static Result compute(double[][] endog, double[][] exog, double[][] excluded, IvCovariance cov) {
        int n = endog.length;
        int ke = endog[0].length;
        int kx = exog[0].length;
        int kz = excluded[0].length;
        int l = kx + kz;
        double[][] x2 = IvAlgebra.residuals(exog, endog);
        double[][] z2 = IvAlgebra.residuals(exog, excluded);
        double[][] pi = IvAlgebra.solve(z2, x2);
        double[][] e = IvAlgebra.m(x2).subtract(IvAlgebra.m(z2).multiply(IvAlgebra.m(pi))).getData();
        double[][] ee = IvAlgebra.cross(e, e);
        double[][] xx = IvAlgebra.cross(x2, x2);
        double[][] xpx = IvAlgebra.m(xx).subtract(IvAlgebra.m(ee)).getData();
        double cd = Double.NaN;
        double anderson = Double.NaN;
        double kpWald = Double.NaN;
        double kpLm = Double.NaN;
        try {
            cd = normalisedMinEigen(xpx, ee) * cov.dfResid(n, l) / kz;
            anderson = n * normalisedMinEigen(xpx, xx);
            if (!cov.classical()) {
                double factor = cov.factor(n, l);
                kpWald = rk(z2, pi, ee, e, cov, factor) / kz;
                kpLm = rk(z2, pi, xx, x2, cov, 1.0);
            }
        } catch (org.apache.commons.math3.exception.MathIllegalArgumentException ex) {
            // a first stage that fits exactly (Ê'Ê singular) or a degenerate rotation: the statistics stay NaN
        }
        return new Result(cd, anderson, kpWald, kpLm, kz - ke + 1);
    }

    /** λ_min(U^{-T} A U^{-1}) with U'U = B. */
    private static double normalisedMinEigen(double[][] a, double[][] b) {
        RealMatrix uInv = IvAlgebra.m(IvAlgebra.inverse(IvAlgebra.cholUpper(b)));
        return IvAlgebra.minEigen(uInv.transpose().multiply(IvAlgebra.m(a)).multiply(uInv).getData());
    }

    /** The Kleibergen–Paap rk statistic for rank ke − 1 (see the class comment). */
    static double rk(double[][] z, double[][] pi, double[][] gram, double[][] scoresResid, IvCovariance cov,
            double factor) {
        int n = z.length;
        int kz = z[0].length;
        int ke = pi[0].length;
        RealMatrix f = IvAlgebra.m(IvAlgebra.cholUpper(IvAlgebra.cross(z, z)));
        RealMatrix gInv = IvAlgebra.m(IvAlgebra.inverse(IvAlgebra.cholUpper(gram)));
        RealMatrix fInv = IvAlgebra.m(IvAlgebra.inverse(f.getData()));
        RealMatrix theta = f.multiply(IvAlgebra.m(pi)).multiply(gInv);
        // scores of vec(Z'R): h_i = r_i ⊗ z_i, index j*kz + l
        double[][] h = new double[n][ke * kz];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < ke; j++) {
                for (int c = 0; c < kz; c++) {
                    h[i][j * kz + c] = scoresResid[i][j] * z[i][c];
                }
            }
        }
        RealMatrix s = IvAlgebra.m(cov.scoreMeat(h)).scalarMultiply(factor);
        RealMatrix kron = kronecker(gInv, fInv);
        RealMatrix vTheta = kron.transpose().multiply(s).multiply(kron);

        SingularValueDecomposition svd = new SingularValueDecomposition(theta);
        int q = ke - 1;
        RealMatrix u = svd.getU();
        // an orthonormal basis of the complement of the first q left singular vectors (any basis gives the same
        // statistic); with q = 0 the identity
        RealMatrix u2;
        if (q == 0) {
            u2 = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(kz);
        } else {
            RealMatrix uq = u.getSubMatrix(0, kz - 1, 0, q - 1);
            RealMatrix full = new QRDecomposition(uq).getQ();
            u2 = full.getSubMatrix(0, kz - 1, q, kz - 1);
        }
        RealMatrix u22 = u2.getSubMatrix(q, kz - 1, 0, kz - q - 1);
        RealMatrix a = u2.multiply(IvAlgebra.m(IvAlgebra.inverse(u22.getData())))
                .multiply(IvAlgebra.m(IvAlgebra.sqrtSym(u22.multiply(u22.transpose()).getData())));
        double[] vLast = svd.getV().getColumn(ke - 1);
        double sign = Math.signum(vLast[ke - 1]);
        RealMatrix b = IvAlgebra.m(new double[][] {vLast}).scalarMultiply(sign == 0 ? 1 : sign);
        double[] lambda = a.transpose().multiply(theta).multiply(b.transpose()).getColumn(0);
        RealMatrix kb = kronecker(b, a.transpose());
        double[][] omega = kb.multiply(vTheta).multiply(kb.transpose()).getData();
        return IvAlgebra.quadInverse(IvAlgebra.symmetrised(omega), lambda);
    }

    static RealMatrix kronecker(RealMatrix a, RealMatrix b) {
        int ra = a.getRowDimension();
        int ca = a.getColumnDimension();
        int rb = b.getRowDimension();
        int cb = b.getColumnDimension();
        double[][] out = new double[ra * rb][ca * cb];
        for (int i = 0; i < ra; i++) {
            for (int j = 0; j < ca; j++) {
                double aij = a.getEntry(i, j);
                for (int k = 0; k < rb; k++) {
                    for (int l = 0; l < cb; l++) {
                        out[i * rb + k][j * cb + l] = aij * b.getEntry(k, l);
                    }
                }
            }
        }
        return IvAlgebra.m(out);
    }
}
