package org.carbonlab.core.inference;

import java.util.Arrays;

/**
 * Coefficients with one covariance estimate (of any linear estimator: pooled OLS, within, GLS, IV, ...): standard
 * errors, t statistics, two-sided p-values, confidence intervals and a Wald F test of a fixed set of coefficients.
 * <p>
 * All per-coefficient arrays have the length of the caller's X (one entry per input column, same order); entries
 * of dropped columns are NaN, and so are the rows and columns of {@link #vcov()} belonging to them.
 * p-values and intervals use Student t with {@link #pValueDf()} degrees of freedom ({@code +Infinity} = normal).
 */
public final class CoefficientTable {

    private final String kind;
    private final double[] coef;
    private final double[] se;
    private final double[] t;
    private final double[] p;
    private final double[] lower;
    private final double[] upper;
    private final double[][] vcov;
    private final double pDf;
    private final double level;
    private final double factor;
    private final int kSmallSample;
    private final int clusters;
    private final double waldF;
    private final int waldDf1;
    private final double waldDf2;
    private final double waldP;

    private CoefficientTable(String kind, double[] coef, double[] se, double[] t, double[] p, double[] lower,
            double[] upper, double[][] vcov, double pDf, double level, double factor, int kSmallSample,
            int clusters, double waldF, int waldDf1, double waldDf2, double waldP) {
        this.kind = kind;
        this.coef = coef;
        this.se = se;
        this.t = t;
        this.p = p;
        this.lower = lower;
        this.upper = upper;
        this.vcov = vcov;
        this.pDf = pDf;
        this.level = level;
        this.factor = factor;
        this.kSmallSample = kSmallSample;
        this.clusters = clusters;
        this.waldF = waldF;
        this.waldDf1 = waldDf1;
        this.waldDf2 = waldDf2;
        this.waldP = waldP;
    }

    /**
     * @param kind       label, e.g. "classical", "HC1", "cluster"
     * @param k          number of input columns
     * @param kept       input indices of the kept columns (ascending)
     * @param betaKept   coefficients of the kept columns
     * @param vKept      covariance of the kept coefficients (already scaled by {@code factor})
     * @param pDf        t degrees of freedom for p-values and intervals
     * @param level      confidence level
     * @param waldPos    positions (into kept) of the coefficients tested by the Wald F
     * @param waldDf2    denominator df of the Wald F
     * @param factor     small-sample factor that multiplied the basic sandwich (1 for none, NaN for classical)
     * @param kSmallSample K of a G/(G-1)(N-1)/(N-K) cluster factor, or -1
     * @param clusters   number of clusters G behind the covariance, 0 if not clustered
     */
    public static CoefficientTable of(String kind, int k, int[] kept, double[] betaKept, double[][] vKept, double pDf,
            double level, int[] waldPos, double waldDf2, double factor, int kSmallSample, int clusters) {
        double[] coef = nanArray(k);
        double[] se = nanArray(k);
        double[] t = nanArray(k);
        double[] p = nanArray(k);
        double[] lo = nanArray(k);
        double[] hi = nanArray(k);
        double[][] v = new double[k][k];
        for (double[] row : v) {
            Arrays.fill(row, Double.NaN);
        }
        double crit = Distributions.tCritical(level, pDf);
        for (int a = 0; a < kept.length; a++) {
            int i = kept[a];
            coef[i] = betaKept[a];
            for (int b = 0; b < kept.length; b++) {
                v[i][kept[b]] = vKept[a][b];
            }
            double var = vKept[a][a];
            // an infinite variance (an overflowing sandwich) is no standard error: t = 0 and p = 1 would mislead
            se[i] = var >= 0 && var < Double.POSITIVE_INFINITY ? Math.sqrt(var) : Double.NaN;
            t[i] = coef[i] / se[i];
            p[i] = Distributions.tTwoSidedP(t[i], pDf);
            lo[i] = coef[i] - crit * se[i];
            hi[i] = coef[i] + crit * se[i];
        }
        int q = waldPos.length;
        double f = Double.NaN;
        double fp = Double.NaN;
        if (q > 0) {
            double[][] vq = new double[q][q];
            double[] bq = new double[q];
            for (int a = 0; a < q; a++) {
                bq[a] = betaKept[waldPos[a]];
                for (int b = 0; b < q; b++) {
                    vq[a][b] = vKept[waldPos[a]][waldPos[b]];
                }
            }
            boolean rankOk = clusters == 0 || q <= clusters - 1;
            if (rankOk) {
                f = LinAlg.quadFormInverse(vq, bq) / q;
                fp = Distributions.fUpperP(f, q, waldDf2);
            }
        }
        return new CoefficientTable(kind, coef, se, t, p, lo, hi, v, pDf, level, factor, kSmallSample, clusters, f,
                q, waldDf2, fp);
    }

    private static double[] nanArray(int k) {
        double[] a = new double[k];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Label of the covariance estimate ("classical", "HC0".."HC3", "cluster"). */
    public String kind() {
        return kind;
    }

    /** Coefficients (NaN for dropped columns). */
    public double[] coefficients() {
        return coef.clone();
    }

    /** Standard errors, sqrt of the diagonal of {@link #vcov()}. */
    public double[] standardErrors() {
        return se.clone();
    }

    /** coefficient / standard error (t or z statistics, by {@link #pValueDf()}). */
    public double[] tStatistics() {
        return t.clone();
    }

    /** Two-sided p-values from t({@link #pValueDf()}). */
    public double[] pValues() {
        return p.clone();
    }

    /** Lower bounds of the {@link #confidenceLevel()} intervals (coef - t_crit * se). */
    public double[] confidenceLower() {
        return lower.clone();
    }

    /** Upper bounds of the {@link #confidenceLevel()} intervals. */
    public double[] confidenceUpper() {
        return upper.clone();
    }

    /** Intervals for another level: {lower[], upper[]} with the same t degrees of freedom. */
    public double[][] confidenceIntervals(double otherLevel) {
        double crit = Distributions.tCritical(otherLevel, pDf);
        double[] lo = new double[coef.length];
        double[] hi = new double[coef.length];
        for (int i = 0; i < coef.length; i++) {
            lo[i] = coef[i] - crit * se[i];
            hi[i] = coef[i] + crit * se[i];
        }
        return new double[][] {lo, hi};
    }

    /** Covariance matrix k x k (NaN rows/columns for dropped columns). */
    public double[][] vcov() {
        double[][] out = new double[vcov.length][];
        for (int i = 0; i < vcov.length; i++) {
            out[i] = vcov[i].clone();
        }
        return out;
    }

    /** Degrees of freedom of the t distribution used for p-values and intervals (+Infinity = normal). */
    public double pValueDf() {
        return pDf;
    }

    /** Level of {@link #confidenceLower()} / {@link #confidenceUpper()}. */
    public double confidenceLevel() {
        return level;
    }

    /** Small-sample factor that multiplied the basic (HC0-type) sandwich; 1 for none, NaN for classical. */
    public double smallSampleFactor() {
        return factor;
    }

    /** K used in a G/(G-1)(N-1)/(N-K) cluster factor, or -1 if not applicable. */
    public int smallSampleK() {
        return kSmallSample;
    }

    /** Number of clusters G (0 if the covariance is not clustered). */
    public int clusters() {
        return clusters;
    }

    /**
     * Wald F = b_q' V_qq^{-1} b_q / q for the tested coefficients (those the caller named in {@code waldPos},
     * usually every slope). NaN if nothing is tested, V_qq is singular, or (clustered) q &gt; G-1.
     */
    public double waldF() {
        return waldF;
    }

    /** Numerator df of the Wald F (number of tested coefficients). */
    public int waldDf1() {
        return waldDf1;
    }

    /** Denominator df of the Wald F (+Infinity: chi-square / df1). */
    public double waldDf2() {
        return waldDf2;
    }

    /** P(F(df1, df2) &gt;= {@link #waldF()}). */
    public double waldP() {
        return waldP;
    }
}
