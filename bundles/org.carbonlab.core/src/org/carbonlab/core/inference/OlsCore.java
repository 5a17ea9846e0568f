package org.carbonlab.core.inference;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealVector;

/**
 * The least-squares core every linear estimator shares: column selection (all-zero and collinear columns are dropped,
 * earlier columns kept and later ones dropped, as Stata does) and the QR solution on the kept columns, with the
 * pieces that covariance estimators need ((X'X)^{-1}, R^{-1}, residuals). Every column and y are divided by a
 * power of two near their largest entry before the factorization (exact), so the rank decision depends only on the
 * relative tolerance and not on the units of the data, even when squares of the data overflow (1e200) or underflow
 * (1e-200). Columns are column-major
 * ({@code double[k][n]}). Factorizations are Commons Math's (see {@link LinAlg}). Numerics only: no names, no I/O.
 * <p>
 * The accessors return copies; callers that loop over observations should read an array once.
 */
public final class OlsCore {

    private final int[] kept;
    private final DropReason[] reasons;
    private final double[] beta;
    private final double[][] xtxInv;
    private final double[][] rInv;
    private final double[] residuals;
    private final double ssr;

    private OlsCore(int[] kept, DropReason[] reasons, double[] beta, double[][] xtxInv, double[][] rInv,
            double[] residuals, double ssr) {
        this.kept = kept;
        this.reasons = reasons;
        this.beta = beta;
        this.xtxInv = xtxInv;
        this.rInv = rInv;
        this.residuals = residuals;
        this.ssr = ssr;
    }

    /** Input column indices that were kept, ascending. */
    public int[] kept() {
        return kept.clone();
    }

    /** Number of kept columns (the rank of the design). */
    public int rank() {
        return kept.length;
    }

    /** The input column index of the a-th kept column. */
    public int keptColumn(int a) {
        return kept[a];
    }

    /** Drop reason per input column (null = kept). */
    public DropReason[] reasons() {
        return reasons.clone();
    }

    /** Coefficients of the kept columns, in kept order. */
    public double[] beta() {
        return beta.clone();
    }

    /** The coefficient of the a-th kept column. */
    public double coefficient(int a) {
        return beta[a];
    }

    /**
     * (X_kept' X_kept)^{-1}, r x r; NaN on the diagonal for coefficients whose variance lies below the double range
     * (columns in units beyond about 1e150).
     */
    public double[][] xtxInv() {
        return LinAlg.copy(xtxInv);
    }

    /** R^{-1} of the kept columns (X_kept = Q R), r x r upper triangular. */
    public double[][] rInv() {
        return LinAlg.copy(rInv);
    }

    /** Residuals y - X_kept beta. */
    public double[] residuals() {
        return residuals.clone();
    }

    /** The residual of observation i. */
    public double residual(int i) {
        return residuals[i];
    }

    /** Sum of squared residuals (computed from the residual vector). */
    public double ssr() {
        return ssr;
    }

    /** Indices of the input columns that were dropped, in input order. */
    public int[] droppedColumns() {
        int[] out = new int[reasons.length - kept.length];
        int m = 0;
        for (int j = 0; j < reasons.length; j++) {
            if (reasons[j] != null) {
                out[m++] = j;
            }
        }
        return out;
    }

    /** The coefficients spread over all input columns, NaN where a column was dropped. */
    public double[] coefficientsByColumn() {
        double[] b = new double[reasons.length];
        Arrays.fill(b, Double.NaN);
        for (int a = 0; a < kept.length; a++) {
            b[kept[a]] = beta[a];
        }
        return b;
    }

    /**
     * Selects the columns and solves the least-squares problem on the kept ones.
     *
     * @param cols       candidate columns (possibly transformed), column-major
     * @param y          response (possibly transformed)
     * @param refNorms   reference norm per column (norm of the raw input column) for the relative tolerance
     * @param preset     reasons fixed before the regression (e.g. ALL_ZERO, ABSORBED_BY_EFFECTS); null entries are
     *                   candidates. May be null.
     * @param tol        relative tolerance: a column is dropped when the norm of its part orthogonal to the earlier
     *                   kept columns is at most {@code tol * refNorm}
     */
    public static OlsCore fit(double[][] cols, double[] y, double[] refNorms, DropReason[] preset, double tol) {
        int k = cols.length;
        int n = y.length;
        DropReason[] reasons = preset == null ? new DropReason[k] : preset.clone();
        requireFinite(cols, y);
        int[] cand = new int[k];
        int nc = 0;
        for (int j = 0; j < k; j++) {
            if (reasons[j] == null) {
                if (!(refNorms[j] > 0)) {
                    reasons[j] = DropReason.ALL_ZERO;
                } else {
                    cand[nc++] = j;
                }
            }
        }
        cand = Arrays.copyOf(cand, nc);
        // Scale every column (and y) by a power of two near its largest entry before factorizing: exact, so results
        // are bit for bit those of the unscaled computation wherever that one does not overflow, and rank
        // detection stays scale-invariant when a column holds values like 1e200 (whose squares overflow) or 1e-200.
        int[] expo = new int[nc];
        double[][] aug = new double[nc + 1][];
        double[] scaledRef = new double[k];
        for (int c = 0; c < nc; c++) {
            int j = cand[c];
            expo[c] = LinAlg.binaryExponent(cols[j]);
            aug[c] = LinAlg.scaledByPowerOfTwo(cols[j], expo[c]);
            scaledRef[j] = Math.scalb(refNorms[j], -expo[c]);
        }
        int expoY = LinAlg.binaryExponent(y);
        aug[nc] = LinAlg.scaledByPowerOfTwo(y, expoY);
        // R factor of [candidates, y], all scaled
        double[][] r = LinAlg.rFactor(aug);

        // Column selection in input order.
        int[] keptPos = selectColumns(r, cand, scaledRef, tol, reasons);
        int rk = keptPos.length;
        int[] kept = new int[rk];
        for (int i = 0; i < rk; i++) {
            kept[i] = cand[keptPos[i]];
        }
        // Solve on the kept columns: R factor of [X_kept, y].
        int[] idx = Arrays.copyOf(keptPos, rk + 1);
        idx[rk] = nc;
        double[][] f = LinAlg.subFactor(r, idx);
        double[][] rk2 = new double[rk][rk];
        double[] qty = new double[rk];
        for (int i = 0; i < rk; i++) {
            System.arraycopy(f[i], 0, rk2[i], 0, rk);
            qty[i] = f[i][rk];
        }
        double[] beta = new double[rk];
        double[][] rInv = new double[rk][rk];
        double[][] xtxInv = new double[rk][rk];
        if (rk > 0) {
            RealVector b = new ArrayRealVector(qty, true);
            MatrixUtils.solveUpperTriangularSystem(new Array2DRowRealMatrix(rk2, true), b);
            double[] scaledBeta = b.toArray();
            double[][] scaledRInv = LinAlg.upperInverse(rk2);
            double[][] scaledXtxInv = LinAlg.timesOwnTranspose(scaledRInv);
            // X = Xs D with D = diag(2^e): beta = 2^(eY - e) beta_s, R^{-1} = D^{-1} Rs^{-1},
            // (X'X)^{-1} = D^{-1} (Xs'Xs)^{-1} D^{-1}
            for (int i = 0; i < rk; i++) {
                int ei = expo[keptPos[i]];
                beta[i] = Math.scalb(scaledBeta[i], expoY - ei);
                for (int j = 0; j < rk; j++) {
                    int ej = expo[keptPos[j]];
                    rInv[i][j] = Math.scalb(scaledRInv[i][j], -ei);
                    xtxInv[i][j] = Math.scalb(scaledXtxInv[i][j], -ei - ej);
                }
            }
            markUnderflowedVariances(scaledXtxInv, xtxInv);
        }
        double[] e = y.clone();
        for (int i = 0; i < rk; i++) {
            double bi = beta[i];
            double[] c = cols[kept[i]];
            for (int t = 0; t < n; t++) {
                e[t] -= bi * c[t];
            }
        }
        return new OlsCore(kept, reasons, beta, xtxInv, rInv, e, LinAlg.sumSquares(e));
    }

    /**
     * A column in units of 1e200 has a coefficient near 1e-200 whose variance, near 1e-400, is below the double
     * range: it would read 0 and give an infinite t statistic. Such diagonal entries of (X'X)^{-1} are NaN instead,
     * so the standard error is missing rather than wrong; the coefficient itself is still exact.
     */
    private static void markUnderflowedVariances(double[][] scaledXtxInv, double[][] xtxInv) {
        int q = xtxInv.length;
        for (int i = 0; i < q; i++) {
            if (scaledXtxInv[i][i] > 0 && !(xtxInv[i][i] >= Double.MIN_NORMAL)) {
                // the diagonal only: the covariances are as tiny and harmless as 0 for the other coefficients
                xtxInv[i][i] = Double.NaN;
            }
        }
    }

    /** Non-finite data would silently turn the factorization into NaN and every column into "collinear". */
    private static void requireFinite(double[][] cols, double[] y) {
        for (int j = 0; j < cols.length; j++) {
            double[] c = cols[j];
            for (int i = 0; i < c.length; i++) {
                if (!Double.isFinite(c[i])) {
                    throw new IllegalArgumentException("column " + j + " is not finite in row " + i + ": " + c[i]);
                }
            }
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("the response is not finite in row " + i + ": " + y[i]);
            }
        }
    }

    /**
     * Sequential selection: candidate c is kept iff the norm of its part orthogonal to the already kept candidates
     * exceeds tol * refNorm. Fast path: one factorization of all candidates; if its diagonal passes everywhere,
     * all are kept. Otherwise the first failing column is dropped and selection continues column by column (each
     * test is a QR of a small p x q matrix built from the full R factor, so the data are never re-read).
     *
     * @return positions (into cand) of the kept columns, ascending
     */
    private static int[] selectColumns(double[][] r, int[] cand, double[] refNorms, double tol,
            DropReason[] reasons) {
        int nc = cand.length;
        int[] all = new int[nc];
        for (int c = 0; c < nc; c++) {
            all[c] = c;
        }
        if (nc == 0) {
            return all;
        }
        double[][] f = LinAlg.subFactor(r, all);
        int firstFail = -1;
        for (int c = 0; c < nc; c++) {
            if (!(Math.abs(f[c][c]) > tol * refNorms[cand[c]])) {
                firstFail = c;
                break;
            }
        }
        if (firstFail < 0) {
            return all;
        }
        int[] kept = new int[nc];
        int nk = 0;
        for (int c = 0; c < firstFail; c++) {
            kept[nk++] = c;
        }
        reasons[cand[firstFail]] = DropReason.COLLINEAR;
        for (int c = firstFail + 1; c < nc; c++) {
            int[] idx = Arrays.copyOf(kept, nk + 1);
            idx[nk] = c;
            double res = LinAlg.residualNorm(r, idx);
            if (res > tol * refNorms[cand[c]]) {
                kept[nk++] = c;
            } else {
                reasons[cand[c]] = DropReason.COLLINEAR;
            }
        }
        return Arrays.copyOf(kept, nk);
    }
}
