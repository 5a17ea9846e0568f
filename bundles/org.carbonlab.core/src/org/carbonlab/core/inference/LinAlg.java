package org.carbonlab.core.inference;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Dense linear algebra glue around Commons Math decompositions, shared by the estimators' numerics. All
 * factorizations are done by Commons Math ({@link QRDecomposition}, {@link LUDecomposition}); this class only
 * arranges data.
 * <p>
 * Data columns are held column-major: {@code double[p][n]} = p columns of length n.
 */
public final class LinAlg {

    /**
     * Entries (rows × columns) of one stacked block when accumulating the R factor of a tall matrix: Commons Math
     * keeps a matrix of at most 4096 entries in one array per row, and re-blocks a larger one (a copy that would cost
     * as much as the factorisation itself).
     */
    private static final int BLOCK_ENTRIES = 4096;

    private LinAlg() {
    }

    /**
     * Upper-triangular R factor (p x p, row-major) of the n x p matrix whose columns are {@code cols}, i.e. a
     * matrix R with R'R = X'X obtained by Householder QR (Commons Math). The tall matrix is processed in row blocks:
     * the R of the rows seen so far is stacked on top of the next block and re-factorized, which is the standard
     * numerically stable "tall-skinny QR" reduction and needs only O(p^2 + block*p) extra memory.
     * If n &lt; p the missing rows are zero.
     * <p>
     * Above {@link RowBlocks#BLOCK_ROWS} rows, the rows are cut into that fixed partition and every pass over them
     * runs in parallel ({@link RowBlocks}), with the blocks' parts combined in block order: the partition and the
     * order do not depend on the number of threads, so neither does the result. A clearly well-conditioned matrix
     * (see {@link #CONDITION_LIMIT}) is then factorised by CholeskyQR2 (two passes of cross-products, each
     * Cholesky-factorised by Commons Math), which is as accurate as Householder QR in that range and several times
     * faster; any other by Householder QR of each block, the blocks' R factors stacked in block order and reduced
     * once more.
     */
    public static double[][] rFactor(double[][] cols) {
        int p = cols.length;
        if (p == 0) {
            return new double[0][0];
        }
        int n = cols[0].length;
        int blocks = RowBlocks.count(n);
        if (blocks == 1) {
            return rFactor(cols, 0, n);
        }
        double[][] fast = choleskyQr2(cols, blocks);
        if (fast != null) {
            return fast;
        }
        double[][][] parts = new double[blocks][][];
        RowBlocks.forEach(blocks, b -> parts[b] = rFactor(cols, RowBlocks.start(b), RowBlocks.end(b, n)));
        double[][] stacked = new double[blocks * p][];
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < p; i++) {
                stacked[b * p + i] = parts[b][i];
            }
        }
        return upperOf(stacked);
    }

    /**
     * Largest bound ‖R̃‖_F ‖R̃⁻¹‖_F (R̃ the R factor of the matrix with unit-norm columns, a bound on its 2-norm
     * condition number) for which {@link #rFactor} uses CholeskyQR2. CholeskyQR2 is backward stable like Householder
     * QR when the condition number is well below u^(-1/2) ≈ 1e8 (Yamamoto et al. 2015); 1e5 keeps a wide margin, and
     * near-collinear designs (whose rank decision needs Householder's R) take the Householder path.
     */
    static final double CONDITION_LIMIT = 1e5;

    /**
     * CholeskyQR2: R1 = chol(X'X), R2 = chol(Q1'Q1) with Q1 = X R1⁻¹ (never stored), R = R2 R1; null when X'X is not
     * positive definite or the bound on the condition number exceeds {@link #CONDITION_LIMIT}.
     */
    private static double[][] choleskyQr2(double[][] cols, int blocks) {
        int p = cols.length;
        double[][] r1 = choleskyUpper(crossProducts(cols, null, blocks));
        if (r1 == null) {
            return null;
        }
        double[][] r1Inv = upperInverse(r1);
        // R̃ = R1 D⁻¹ and R̃⁻¹ = D R1⁻¹ with D = the column norms of X (= those of R1)
        double[] norm = new double[p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i <= j; i++) {
                norm[j] += r1[i][j] * r1[i][j];
            }
            norm[j] = Math.sqrt(norm[j]);
        }
        double rF = 0;
        double invF = 0;
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                double a = r1[i][j] / norm[j];
                double b = r1Inv[i][j] * norm[i];
                rF += a * a;
                invF += b * b;
            }
        }
        if (!(Math.sqrt(rF * invF) <= CONDITION_LIMIT)) {
            return null;
        }
        double[][] r2 = choleskyUpper(crossProducts(cols, r1Inv, blocks));
        if (r2 == null) {
            return null;
        }
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                double v = 0;
                for (int l = i; l <= j; l++) {
                    v += r2[i][l] * r1[l][j];
                }
                r[i][j] = v;
            }
        }
        return r;
    }

    /**
     * A'A with A = X (transform null) or A = X T (T upper triangular), summed per block of {@link RowBlocks} in
     * parallel and over the blocks in block order; full symmetric p x p.
     */
    private static double[][] crossProducts(double[][] cols, double[][] transform, int blocks) {
        int p = cols.length;
        int n = cols[0].length;
        double[][] partial = new double[blocks][];
        RowBlocks.forEach(blocks, b -> partial[b] = crossProducts(cols, transform, RowBlocks.start(b),
                RowBlocks.end(b, n)));
        double[][] g = new double[p][p];
        for (double[] part : partial) {
            int idx = 0;
            for (int a = 0; a < p; a++) {
                for (int c = 0; c <= a; c++) {
                    g[a][c] += part[idx++];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int c = 0; c < a; c++) {
                g[c][a] = g[a][c];
            }
        }
        return g;
    }

    /** Rows from..to-1: the lower triangle of A'A, packed row by row. */
    private static double[] crossProducts(double[][] cols, double[][] transform, int from, int to) {
        int p = cols.length;
        double[] out = new double[p * (p + 1) / 2];
        double[] a = new double[p];
        double[] q = new double[p];
        for (int i = from; i < to; i++) {
            for (int j = 0; j < p; j++) {
                a[j] = cols[j][i];
            }
            double[] z = a;
            if (transform != null) {
                for (int k = 0; k < p; k++) {
                    double v = 0;
                    for (int l = 0; l <= k; l++) {
                        v += a[l] * transform[l][k];
                    }
                    q[k] = v;
                }
                z = q;
            }
            int idx = 0;
            for (int k = 0; k < p; k++) {
                double zk = z[k];
                for (int c = 0; c <= k; c++) {
                    out[idx++] += zk * z[c];
                }
            }
        }
        return out;
    }

    /** The upper Cholesky factor (Commons Math) of a symmetric matrix, or null when it is not positive definite. */
    private static double[][] choleskyUpper(double[][] g) {
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(g, true), 1e-12, 1e-300).getLT().getData();
        } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
            return null;
        }
    }

    /** The R factor of rows from..to-1 of the columns, by the sequential block reduction of {@link #rFactor}. */
    private static double[][] rFactor(double[][] cols, int from, int to) {
        int p = cols.length;
        double[][] r = new double[p][p];
        int have = 0; // rows of r currently meaningful
        int start = from;
        int maxRows = Math.max(p, BLOCK_ENTRIES / p - p); // new rows per step, stacked under the p rows of r
        while (start < to) {
            int blockRows = Math.min(maxRows, to - start);
            int rows = have + blockRows;
            double[][] stacked = new double[rows][p];
            for (int i = 0; i < have; i++) {
                System.arraycopy(r[i], 0, stacked[i], 0, p);
            }
            for (int i = 0; i < blockRows; i++) { // row by row: each row array is written once, in order
                double[] row = stacked[have + i];
                for (int j = 0; j < p; j++) {
                    row[j] = cols[j][start + i];
                }
            }
            have = Math.min(rows, p);
            double[][] rr = upperOf(stacked);
            for (int i = 0; i < p; i++) {
                if (i < have) {
                    System.arraycopy(rr[i], 0, r[i], 0, p);
                } else {
                    java.util.Arrays.fill(r[i], 0.0);
                }
            }
            start += blockRows;
        }
        return r;
    }

    /**
     * R factor (min(m,p) rows padded to p x p) of an m x p row-major matrix via Commons Math QR.
     */
    public static double[][] upperOf(double[][] rowMajor) {
        int m = rowMajor.length;
        int p = m == 0 ? 0 : rowMajor[0].length;
        double[][] out = new double[p][p];
        if (m == 0 || p == 0) {
            return out;
        }
        RealMatrix rm = new QRDecomposition(new Array2DRowRealMatrix(rowMajor, false)).getR();
        int rows = Math.min(m, p);
        for (int i = 0; i < rows; i++) {
            for (int j = i; j < p; j++) {
                out[i][j] = rm.getEntry(i, j);
            }
        }
        return out;
    }

    /**
     * R factor of the column subset {@code idx} of a matrix X whose R factor is {@code r} (p x p): since X = QR,
     * X[:, idx] = Q R[:, idx], so the R factor of R[:, idx] is an R factor of X[:, idx].
     */
    public static double[][] subFactor(double[][] r, int[] idx) {
        int p = r.length;
        int q = idx.length;
        if (q == 0) {
            return new double[0][0];
        }
        double[][] sub = new double[Math.max(p, q)][q];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < q; j++) {
                sub[i][j] = r[i][idx[j]];
            }
        }
        return upperOf(sub);
    }

    /**
     * Norm of the part of column {@code idx[last]} orthogonal to the columns {@code idx[0..last-1]}, from the R
     * factor of the full matrix.
     */
    public static double residualNorm(double[][] r, int[] idx) {
        double[][] f = subFactor(r, idx);
        int q = idx.length;
        return Math.abs(f[q - 1][q - 1]);
    }

    /** Inverse of a non-singular upper-triangular q x q matrix (columns solved with Commons Math). */
    public static double[][] upperInverse(double[][] upper) {
        int q = upper.length;
        double[][] inv = new double[q][q];
        if (q == 0) {
            return inv;
        }
        RealMatrix rm = new Array2DRowRealMatrix(upper, true);
        for (int j = 0; j < q; j++) {
            RealVector e = new ArrayRealVector(q);
            e.setEntry(j, 1.0);
            MatrixUtils.solveUpperTriangularSystem(rm, e);
            for (int i = 0; i < q; i++) {
                inv[i][j] = e.getEntry(i);
            }
        }
        return inv;
    }

    /** A * A' for a q x q matrix A (used for (X'X)^{-1} = R^{-1} R^{-T}). */
    public static double[][] timesOwnTranspose(double[][] a) {
        int q = a.length;
        double[][] out = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int l = 0; l < q; l++) {
                    s += a[i][l] * a[j][l];
                }
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return out;
    }

    /** B M B for symmetric B and M (q x q); result symmetrized. */
    public static double[][] sandwich(double[][] bread, double[][] meat) {
        int q = bread.length;
        double[][] tmp = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double s = 0;
                for (int l = 0; l < q; l++) {
                    s += bread[i][l] * meat[l][j];
                }
                tmp[i][j] = s;
            }
        }
        double[][] out = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j <= i; j++) {
                double s1 = 0;
                double s2 = 0;
                for (int l = 0; l < q; l++) {
                    s1 += tmp[i][l] * bread[l][j];
                    s2 += tmp[j][l] * bread[l][i];
                }
                double s = 0.5 * (s1 + s2);
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return out;
    }

    /**
     * Quadratic form b' V^{-1} b with V solved by Commons Math LU; NaN if V is singular.
     */
    public static double quadFormInverse(double[][] v, double[] b) {
        int q = b.length;
        if (q == 0) {
            return Double.NaN;
        }
        for (double[] row : v) {
            for (double x : row) {
                if (!Double.isFinite(x)) {
                    return Double.NaN;
                }
            }
        }
        try {
            DecompositionSolver s = new LUDecomposition(new Array2DRowRealMatrix(v, true), 1e-300).getSolver();
            RealVector z = s.solve(new ArrayRealVector(b, true));
            double out = 0;
            for (int i = 0; i < q; i++) {
                out += b[i] * z.getEntry(i);
            }
            return out;
        } catch (SingularMatrixException e) {
            return Double.NaN;
        }
    }

    /** Inner product a'b. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Sum of squares a'a. */
    public static double sumSquares(double[] a) {
        return dot(a, a);
    }

    /**
     * Euclidean norm, safe from overflow and underflow: when the plain sum of squares is not a normal finite number
     * (entries beyond about 1e154 or below about 1e-135), it is recomputed on the entries scaled by a power of two,
     * which is exact, so a single cell of 1e200 gives a norm of about 1e200 rather than Infinity.
     */
    public static double norm(double[] a) {
        double s = sumSquares(a);
        if (Double.isFinite(s) && s > 0x1p-900) {
            return Math.sqrt(s);
        }
        int e = binaryExponent(a);
        double t = 0;
        for (double v : a) {
            double w = Math.scalb(v, -e);
            t += w * w;
        }
        return Math.scalb(Math.sqrt(t), e);
    }

    /**
     * The binary exponent of the largest absolute entry (2^e &lt;= max |a_i| &lt; 2^(e+1)); 0 for a vector without a
     * non-zero finite entry. Dividing a column by 2^e is exact, brings its entries to at most 2 in absolute value,
     * and leaves every floating-point computation on it unchanged except for the missing overflow and underflow.
     */
    public static int binaryExponent(double[] a) {
        double max = 0;
        for (double v : a) {
            double m = Math.abs(v);
            if (m > max && m != Double.POSITIVE_INFINITY) {
                max = m;
            }
        }
        return max > 0 ? Math.getExponent(max) : 0;
    }

    /** A copy of {@code a} multiplied by 2^(-e) (exact unless entries fall into the subnormal range). */
    public static double[] scaledByPowerOfTwo(double[] a, int e) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.scalb(a[i], -e);
        }
        return out;
    }

    /** Mean with a second-pass correction for accuracy, safe from overflow; NaN for an empty vector. */
    public static double mean(double[] a) {
        int n = a.length;
        if (n == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : a) {
            s += v;
        }
        if (!Double.isFinite(s)) {
            for (double v : a) {
                if (!Double.isFinite(v)) {
                    return s / n; // a non-finite entry: the mean is not finite either
                }
            }
            // finite values near the top of the double range whose sum overflows: average them rescaled (exact);
            // the rescaled values are at most 2, so the recursion ends at once
            int e = binaryExponent(a);
            return Math.scalb(mean(scaledByPowerOfTwo(a, e)), e);
        }
        double m = s / n;
        double c = 0; // second pass correction
        for (double v : a) {
            c += v - m;
        }
        return m + c / n;
    }

    /** Sum of squared deviations from the mean. */
    public static double centredSumSquares(double[] a) {
        double m = mean(a);
        double s = 0;
        for (double v : a) {
            double d = v - m;
            s += d * d;
        }
        return s;
    }

    /** Squared Pearson correlation; NaN if either vector is constant. */
    public static double corrSquared(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            saa += da * da;
            sbb += db * db;
            sab += da * db;
        }
        if (!(saa > 0) || !(sbb > 0)) {
            return Double.NaN;
        }
        return (sab / saa) * (sab / sbb);
    }

    /** A deep copy of a matrix. */
    public static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** Column-major copy (p columns of length n) of a row-major n x p matrix. */
    public static double[][] toColumns(double[][] rowMajor, int n, int p) {
        double[][] cols = new double[p][n];
        for (int i = 0; i < n; i++) {
            double[] row = rowMajor[i];
            for (int j = 0; j < p; j++) {
                cols[j][i] = row[j];
            }
        }
        return cols;
    }
}
