package org.carbonlab.panel.numerics;

import java.util.Arrays;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.Sandwich;
import org.carbonlab.core.inference.OlsCore;
import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.HcType;
import org.carbonlab.core.inference.DropReason;

/**
 * Result of {@link PooledOls#fit}. Per-coefficient arrays have one entry per input column of X (NaN for dropped
 * columns). Conventions follow R's {@code lm}/{@code summary.lm}:
 * <ul>
 * <li>{@code dfResid = N - rank} (rank = number of kept columns, intercept included).</li>
 * <li>{@code sigma2 = SSR / dfResid}; classical covariance sigma2 (X'X)^{-1}.</li>
 * <li>With intercept: mss = sum (fitted - mean fitted)^2, R^2 = mss/(mss+SSR), adj R^2 = 1-(1-R^2)(N-1)/dfResid,
 * F = (mss/(rank-1))/sigma2 ~ F(rank-1, dfResid), i.e. all coefficients except the intercept are zero.
 * Without intercept (uncentred): mss = sum fitted^2, adj R^2 = 1-(1-R^2) N/dfResid, F = (mss/rank)/sigma2.</li>
 * </ul>
 */
public final class PooledOlsResult {

    private final int n;
    private final int k;
    private final int intercept;
    private final OlsCore core;
    private final FitOptions options;
    private final double[][] keptCols;
    private final double[] fitted;
    private final double ssr;
    private final double tss;
    private final double mss;
    private final double r2;
    private final double adjR2;
    private final int dfResid;
    private final double sigma2;
    private final double fStat;
    private final int fDf1;
    private final double fP;
    private CoefficientTable classical;

    PooledOlsResult(double[] y, double[][] cols, int intercept, OlsCore core, FitOptions options) {
        this.n = y.length;
        this.k = cols.length;
        this.intercept = intercept;
        this.core = core;
        this.options = options;
        int r = core.rank();
        this.keptCols = new double[r][];
        for (int a = 0; a < r; a++) {
            keptCols[a] = cols[core.keptColumn(a)];
        }
        this.fitted = new double[n];
        for (int i = 0; i < n; i++) {
            fitted[i] = y[i] - core.residual(i);
        }
        this.ssr = core.ssr();
        this.dfResid = n - r;
        boolean hasInt = intercept >= 0;
        if (hasInt) {
            this.mss = LinAlg.centredSumSquares(fitted);
            this.tss = LinAlg.centredSumSquares(y);
        } else {
            this.mss = LinAlg.sumSquares(fitted);
            this.tss = LinAlg.sumSquares(y);
        }
        this.sigma2 = dfResid > 0 ? ssr / dfResid : Double.NaN;
        this.r2 = (mss + ssr) > 0 ? mss / (mss + ssr) : Double.NaN;
        int dfInt = hasInt ? 1 : 0;
        this.adjR2 = dfResid > 0 ? 1.0 - (1.0 - r2) * ((double) (n - dfInt) / dfResid) : Double.NaN;
        this.fDf1 = r - dfInt;
        if (fDf1 > 0 && dfResid > 0) {
            this.fStat = (mss / fDf1) / sigma2;
            this.fP = Distributions.fUpperP(fStat, fDf1, dfResid);
        } else {
            this.fStat = Double.NaN;
            this.fP = Double.NaN;
        }
    }

    public int nObs() {
        return n;
    }

    /** Number of input columns k. */
    public int nColumns() {
        return k;
    }

    /** Number of kept (estimated) columns. */
    public int rank() {
        return core.rank();
    }

    /** Index of the intercept column in X, or -1 if the model has none. */
    public int interceptColumn() {
        return intercept;
    }

    /** Input indices of the kept columns, ascending. */
    public int[] keptColumns() {
        return core.kept();
    }

    /** Input indices of the dropped columns, ascending. */
    public int[] droppedColumns() {
        return core.droppedColumns();
    }

    /** Drop reason per input column (null for kept columns). */
    public DropReason[] dropReasons() {
        return core.reasons();
    }

    /** Coefficients, one per input column (NaN if dropped). */
    public double[] coefficients() {
        return core.coefficientsByColumn();
    }

    public double[] residuals() {
        return core.residuals();
    }

    public double[] fitted() {
        return fitted.clone();
    }

    /** Sum of squared residuals. */
    public double ssr() {
        return ssr;
    }

    /** Total sum of squares: centred with intercept, uncentred (sum y^2) without. */
    public double tss() {
        return tss;
    }

    public double r2() {
        return r2;
    }

    public double adjR2() {
        return adjR2;
    }

    /** N - rank. */
    public int dfResid() {
        return dfResid;
    }

    /** SSR / dfResid. */
    public double sigma2() {
        return sigma2;
    }

    public double sigma() {
        return Math.sqrt(sigma2);
    }

    /** Overall F statistic (see class documentation). */
    public double fStatistic() {
        return fStat;
    }

    public int fDf1() {
        return fDf1;
    }

    public int fDf2() {
        return dfResid;
    }

    public double fPValue() {
        return fP;
    }

    /** Classical covariance sigma2 (X'X)^{-1}; p-values from t(N-K); Wald F(rank-1, N-K) = {@link #fStatistic()}. */
    public synchronized CoefficientTable classical() {
        if (classical == null) {
            double[][] v = Sandwich.scale(core.xtxInv(), sigma2);
            classical = CoefficientTable.of("classical", k, core.kept(), core.beta(), v, dfResid,
                    options.confidenceLevel(), slopePositions(), dfResid, Double.NaN, -1, 0);
        }
        return classical;
    }

    /**
     * Heteroskedasticity-robust covariance ({@link HcType}); p-values from t(N-K); Wald F(q, N-K) of all
     * coefficients except the intercept (as Stata {@code regress, vce(robust)} for HC1).
     */
    public CoefficientTable robust(HcType type) {
        double[] e = core.residuals();
        double[] w = new double[n];
        double factor = 1.0;
        double[] h = null;
        if (type == HcType.HC2 || type == HcType.HC3) {
            h = Sandwich.leverages(keptCols, core.rInv());
        }
        for (int i = 0; i < n; i++) {
            double u2 = e[i] * e[i];
            switch (type) {
                case HC2:
                    w[i] = u2 / (1.0 - h[i]);
                    break;
                case HC3:
                    w[i] = u2 / ((1.0 - h[i]) * (1.0 - h[i]));
                    break;
                default:
                    w[i] = u2;
            }
        }
        if (type == HcType.HC1) {
            factor = dfResid > 0 ? (double) n / dfResid : Double.NaN;
        }
        double[][] v = Sandwich.scale(LinAlg.sandwich(core.xtxInv(), Sandwich.weightedMeat(keptCols, w)), factor);
        return CoefficientTable.of(type.name(), k, core.kept(), core.beta(), v, dfResid, options.confidenceLevel(),
                slopePositions(), dfResid, factor, -1, 0);
    }

    /**
     * Cluster-robust covariance. {@link ClusterCorrection#STATA}: factor G/(G-1)(N-1)/(N-K) with K = rank
     * (= {@code sandwich::vcovCL(type="HC1")} = Stata {@code regress, vce(cluster c)}), p-values from t(G-1).
     * {@link ClusterCorrection#NONE}: factor 1, p-values from t(N-K). Wald F(q, G-1) in both cases.
     *
     * @param cluster cluster code per observation (non-negative integers, any labelling)
     */
    public CoefficientTable cluster(int[] cluster, ClusterCorrection correction) {
        Codes c = Codes.of(cluster, n, "cluster");
        int g = c.levels;
        int kk = rank();
        if (correction == ClusterCorrection.STATA) {
            return cluster(c, ClusterCorrection.stataFactor(g, n, kk), g - 1, g - 1, kk);
        }
        return cluster(c, 1.0, dfResid, g - 1, -1);
    }

    /**
     * Cluster-robust covariance with a caller-chosen factor (multiplying the HC0 cluster sandwich), t degrees of
     * freedom for p-values and denominator df of the Wald F.
     */
    public CoefficientTable cluster(int[] cluster, double factor, double pDf, double waldDf2) {
        return cluster(Codes.of(cluster, n, "cluster"), factor, pDf, waldDf2, -1);
    }

    private CoefficientTable cluster(Codes c, double factor, double pDf, double waldDf2, int kSsc) {
        double[][] meat = Sandwich.clusterMeat(keptCols, core.residuals(), c.code, c.levels);
        double[][] v = Sandwich.scale(LinAlg.sandwich(core.xtxInv(), meat), factor);
        return CoefficientTable.of("cluster", k, core.kept(), core.beta(), v, pDf, options.confidenceLevel(),
                slopePositions(), waldDf2, factor, kSsc, c.levels);
    }

    /**
     * VIF per input column (NaN for the intercept and dropped columns): 1/(1-R_j^2) with R_j^2 the centred
     * R-squared of regressing column j on an intercept and the other kept non-intercept columns.
     */
    public double[] vif() {
        return vifOrAux(0);
    }

    /** The auxiliary R_j^2 behind {@link #vif()}. */
    public double[] vifAuxR2() {
        return vifOrAux(1);
    }

    private double[] vifOrAux(int which) {
        int[] pos = slopePositions();
        double[][] cols = new double[pos.length][];
        for (int a = 0; a < pos.length; a++) {
            cols[a] = keptCols[pos[a]];
        }
        double[][] res = PooledOls.vifColumns(cols, n);
        double[] out = new double[k];
        Arrays.fill(out, Double.NaN);
        for (int a = 0; a < pos.length; a++) {
            out[core.keptColumn(pos[a])] = res[which][a];
        }
        return out;
    }

    /** Positions (into kept) of all kept columns except the intercept. */
    private int[] slopePositions() {
        int r = core.rank();
        int[] pos = new int[r];
        int m = 0;
        for (int a = 0; a < r; a++) {
            if (core.keptColumn(a) != intercept) {
                pos[m++] = a;
            }
        }
        return Arrays.copyOf(pos, m);
    }
}
