package org.carbonlab.panel.numerics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.carbonlab.core.errors.EstimationException;

/**
 * Dense matrix glue for the instrumental-variables numerics, on Commons Math decompositions (QR for least squares,
 * Cholesky, LU, symmetric eigen): no factorisation is written here. Matrices are row-major {@code double[n][p]}.
 */
final class IvAlgebra {
    private IvAlgebra() {
    }

    static RealMatrix m(double[][] rows) {
        return new Array2DRowRealMatrix(rows, false);
    }

    /** Least-squares coefficients of each column of {@code y} (n × q) on {@code x} (n × p) by Householder QR. */
    static double[][] solve(double[][] x, double[][] y) {
        if (x[0].length == 0) {
            return new double[0][y[0].length];
        }
        QRDecomposition qr = new QRDecomposition(m(x), 0);
        return qr.getSolver().solve(m(y)).getData();
    }

    /** (X'X)^{-1} from the R factor of X (n × p, full column rank). */
    static double[][] crossInverse(double[][] x) {
        int p = x[0].length;
        if (p == 0) {
            return new double[0][0];
        }
        RealMatrix r = new QRDecomposition(m(x), 0).getR().getSubMatrix(0, p - 1, 0, p - 1);
        for (int i = 0; i < p; i++) {
            if (r.getEntry(i, i) == 0) {
                throw new EstimationException("singular design in the instrumental-variables fit");
            }
        }
        RealMatrix rInv = MatrixUtils.inverse(r);
        return rInv.multiply(rInv.transpose()).getData();
    }

    /** Residuals of each column of {@code y} after least squares on {@code x}; y unchanged when x has no columns. */
    static double[][] residuals(double[][] x, double[][] y) {
        if (x[0].length == 0) {
            return copy(y);
        }
        double[][] b = solve(x, y);
        return m(y).subtract(m(x).multiply(m(b))).getData();
    }

    /** Fitted values of each column of {@code y} on {@code x}. */
    static double[][] fitted(double[][] x, double[][] y) {
        if (x[0].length == 0) {
            return new double[y.length][y[0].length];
        }
        return m(x).multiply(m(solve(x, y))).getData();
    }

    static double[][] cross(double[][] a, double[][] b) {
        return m(a).transpose().multiply(m(b)).getData();
    }

    static double[][] inverse(double[][] a) {
        return new LUDecomposition(m(a), 1e-300).getSolver().getInverse().getData();
    }

    /** Upper-triangular U with U'U = a (a symmetric positive definite). */
    static double[][] cholUpper(double[][] a) {
        return new CholeskyDecomposition(m(a), 1e-14, 0).getLT().getData();
    }

    /** Symmetric square root of a symmetric positive semi-definite matrix. */
    static double[][] sqrtSym(double[][] a) {
        EigenDecomposition e = new EigenDecomposition(m(symmetrised(a)));
        RealMatrix v = e.getV();
        double[] d = e.getRealEigenvalues();
        RealMatrix s = MatrixUtils.createRealDiagonalMatrix(sqrtNonNegative(d));
        return v.multiply(s).multiply(v.transpose()).getData();
    }

    private static double[] sqrtNonNegative(double[] d) {
        double[] out = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = Math.sqrt(Math.max(d[i], 0));
        }
        return out;
    }

    /** Smallest eigenvalue of the symmetric matrix a. */
    static double minEigen(double[][] a) {
        double[] d = new EigenDecomposition(m(symmetrised(a))).getRealEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        for (double v : d) {
            min = Math.min(min, v);
        }
        return min;
    }

    static double[][] symmetrised(double[][] a) {
        int k = a.length;
        double[][] s = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                s[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        return s;
    }

    /** Whether a symmetric positive semi-definite matrix has full rank (core's WaldTest rank rule). */
    static boolean fullRank(double[][] a) {
        return org.carbonlab.core.inference.WaldTest.rank(symmetrised(a)) == a.length;
    }

    /**
     * b' A^{-1} b by LU for a symmetric positive semi-definite A; NaN when A is (numerically) singular, e.g. a
     * cluster covariance of more coefficients than clusters.
     */
    static double quadInverse(double[][] a, double[] b) {
        if (b.length == 0 || !fullRank(a)) {
            return Double.NaN;
        }
        try {
            double[] z = new LUDecomposition(m(a), 1e-300).getSolver().solve(MatrixUtils.createRealVector(b)).toArray();
            double s = 0;
            for (int i = 0; i < b.length; i++) {
                s += b[i] * z[i];
            }
            return s;
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return Double.NaN;
        }
    }

    static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** The columns {@code idx} of a (rows kept). */
    static double[][] columns(double[][] a, int[] idx) {
        double[][] out = new double[a.length][idx.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                out[i][j] = a[i][idx[j]];
            }
        }
        return out;
    }

    /** [a b] side by side (same rows). */
    static double[][] hstack(double[][] a, double[][] b) {
        int n = a.length;
        int pa = n == 0 ? 0 : a[0].length;
        int pb = n == 0 ? 0 : b[0].length;
        double[][] out = new double[n][pa + pb];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, out[i], 0, pa);
            System.arraycopy(b[i], 0, out[i], pa, pb);
        }
        return out;
    }

    static double[][] column(double[] v) {
        double[][] out = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            out[i][0] = v[i];
        }
        return out;
    }

    static double[] columnOf(double[][] a, int j) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i][j];
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** A sub-block of a square matrix. */
    static double[][] block(double[][] a, int[] idx) {
        double[][] out = new double[idx.length][idx.length];
        for (int i = 0; i < idx.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                out[i][j] = a[idx[i]][idx[j]];
            }
        }
        return out;
    }

    static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}
