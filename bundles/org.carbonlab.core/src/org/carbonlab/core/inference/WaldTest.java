package org.carbonlab.core.inference;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Wald test of q linear restrictions R b = r on coefficients b with covariance V:
 * W = (Rb − r)'(R V R')⁻¹(Rb − r), reported as chi²(q) and as F = W/q with a given denominator df (F(q, ∞) is
 * chi²(q)/q). With a cluster-robust V of G clusters at most G − 1 restrictions can be tested; {@code clusters} &gt; 0
 * enforces that bound as Stata's {@code test} does.
 * <p>
 * R V R' must have full rank q: its rank is read from the eigenvalues of its correlation form (Commons Math), with
 * eigenvalues below {@code 1e-12} of the largest counted as zero. A rank-deficient R V R' (collinear restrictions,
 * too few clusters) gives NaN statistics and reports the rank found. No names, no I/O.
 */
public final class WaldTest {

    private static final double RANK_TOLERANCE = 1e-12;

    private WaldTest() {
    }

    /**
     * @param chi2      W (NaN when R V R' is rank deficient or q exceeds G − 1)
     * @param q         number of restrictions
     * @param rank      numerical rank of R V R'
     * @param chi2P     P(chi²(q) ≥ W)
     * @param f         W / q
     * @param fDf2      denominator degrees of freedom of the F form (+Infinity: chi²/q)
     * @param fP        P(F(q, fDf2) ≥ f)
     */
    public record Outcome(double chi2, int q, int rank, double chi2P, double f, double fDf2, double fP) {
    }

    /**
     * @param b        coefficients (k)
     * @param v        covariance of b (k × k)
     * @param r        restriction matrix (q × k)
     * @param target   right-hand side r (q), or null for zeros
     * @param fDf2     denominator df of the F form (+Infinity for a normal-based model)
     * @param clusters number of clusters behind V, or 0 when V is not clustered
     */
    public static Outcome test(double[] b, double[][] v, double[][] r, double[] target, double fDf2, int clusters) {
        int q = r.length;
        int k = b.length;
        if (q == 0) {
            return new Outcome(Double.NaN, 0, 0, Double.NaN, Double.NaN, fDf2, Double.NaN);
        }
        double[] d = new double[q];
        double[][] rv = new double[q][k];
        for (int i = 0; i < q; i++) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += r[i][j] * b[j];
                double t = 0;
                for (int l = 0; l < k; l++) {
                    t += r[i][l] * v[l][j];
                }
                rv[i][j] = t;
            }
            d[i] = s - (target == null ? 0 : target[i]);
        }
        double[][] m = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += rv[i][l] * r[j][l];
                }
                m[i][j] = s;
            }
        }
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < i; j++) {
                double avg = 0.5 * (m[i][j] + m[j][i]);
                m[i][j] = avg;
                m[j][i] = avg;
            }
        }
        int rank = rank(m);
        boolean ok = rank == q && (clusters <= 0 || q <= clusters - 1);
        if (!ok) {
            return new Outcome(Double.NaN, q, rank, Double.NaN, Double.NaN, fDf2, Double.NaN);
        }
        RealMatrix mm = new Array2DRowRealMatrix(m, false);
        double[] z = new LUDecomposition(mm).getSolver().solve(new Array2DRowRealMatrix(d)).getColumn(0);
        double w = 0;
        for (int i = 0; i < q; i++) {
            w += d[i] * z[i];
        }
        double f = w / q;
        return new Outcome(w, q, rank, Distributions.chiSquaredUpperP(w, q), f, fDf2, Distributions.fUpperP(f, q, fDf2));
    }

    /** Numerical rank of a symmetric positive semi-definite matrix, from its correlation form. */
    public static int rank(double[][] m) {
        int q = m.length;
        double[] s = new double[q];
        for (int i = 0; i < q; i++) {
            if (!(m[i][i] > 0) || !Double.isFinite(m[i][i])) {
                return rankWithZeroDiagonal(m);
            }
            s[i] = 1 / Math.sqrt(m[i][i]);
        }
        double[][] c = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                c[i][j] = m[i][j] * s[i] * s[j];
                if (!Double.isFinite(c[i][j])) {
                    return 0;
                }
            }
        }
        double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(c, false)).getRealEigenvalues();
        double max = 0;
        for (double e : ev) {
            max = Math.max(max, e);
        }
        int rank = 0;
        for (double e : ev) {
            if (e > RANK_TOLERANCE * max) {
                rank++;
            }
        }
        return rank;
    }

    /** A diagonal entry is zero (or not finite): that restriction carries no information; rank of the rest. */
    private static int rankWithZeroDiagonal(double[][] m) {
        int q = m.length;
        int[] keep = new int[q];
        int n = 0;
        for (int i = 0; i < q; i++) {
            if (m[i][i] > 0 && Double.isFinite(m[i][i])) {
                keep[n++] = i;
            }
        }
        if (n == 0) {
            return 0;
        }
        double[][] sub = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < n; c++) {
                sub[a][c] = m[keep[a]][keep[c]];
            }
        }
        return rank(sub);
    }
}
