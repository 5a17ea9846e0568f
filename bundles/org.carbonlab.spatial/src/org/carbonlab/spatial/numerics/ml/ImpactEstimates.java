package org.carbonlab.spatial.numerics.ml;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.carbonlab.core.inference.Distributions;

/**
 * Direct, indirect and total effects of each regressor in a spatial lag model (LeSage and Pace 2009): for
 * S_k = (I − rW)⁻¹(β_k I + θ_k W), direct = tr(S_k)/n, total = 1'S_k1/n, indirect = total − direct. Inference by
 * simulation: parameter draws from the asymptotic normal N(θ̂, V) of (β, θ, r), the effects of every draw; the
 * standard error is their standard deviation, the interval their percentiles, z = estimate/SE with a normal p.
 */
public final class ImpactEstimates {
    private ImpactEstimates() {
    }

    /** [kind][term], kind 0 = direct, 1 = indirect, 2 = total; theta may be null (SAR). */
    public static double[][] point(EffectTraces t, double r, double[] beta, double[] theta) {
        int k = beta.length;
        double n = t.size();
        double ti = t.traceInverse(r);
        double tiw = theta == null ? 0.0 : t.traceInverseW(r);
        double si = t.sumInverse(r);
        double siw = theta == null ? 0.0 : t.sumInverseW(r);
        double[][] out = new double[3][k];
        for (int j = 0; j < k; j++) {
            double th = theta == null ? 0.0 : theta[j];
            out[0][j] = (beta[j] * ti + th * tiw) / n;
            out[2][j] = (beta[j] * si + th * siw) / n;
            out[1][j] = out[2][j] - out[0][j];
        }
        return out;
    }

    public record Simulated(double[][] standardErrors, double[][] lower, double[][] upper) {
    }

    /**
     * @param mean     the full parameter vector
     * @param cov      its covariance
     * @param betaIdx  indices of the β of each effect's regressor
     * @param thetaIdx indices of its θ (W·x coefficient), −1 where the regressor has none; null for SAR
     * @param rhoIdx   index of r
     */
    public static Simulated simulate(EffectTraces t, double[] mean, double[][] cov, int[] betaIdx, int[] thetaIdx,
            int rhoIdx, int draws, long seed, double level) {
        int k = betaIdx.length;
        int[] idx = new int[2 * k + 1];
        int p = 0;
        for (int j = 0; j < k; j++) {
            idx[p++] = betaIdx[j];
        }
        for (int j = 0; j < k; j++) {
            if (thetaIdx != null && thetaIdx[j] >= 0) {
                idx[p++] = thetaIdx[j];
            }
        }
        idx[p++] = rhoIdx;
        idx = Arrays.copyOf(idx, p);
        double[][] sub = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                sub[a][b] = 0.5 * (cov[idx[a]][idx[b]] + cov[idx[b]][idx[a]]);
            }
        }
        double[][] root = symmetricRoot(sub);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][][] values = new double[3][k][draws];
        double[] z = new double[p];
        double[] beta = new double[k];
        double[] theta = thetaIdx == null ? null : new double[k];
        for (int d = 0; d < draws; d++) {
            for (int a = 0; a < p; a++) {
                z[a] = rng.nextGaussian();
            }
            double[] draw = new double[p];
            for (int a = 0; a < p; a++) {
                double s = mean[idx[a]];
                for (int b = 0; b < p; b++) {
                    s += root[a][b] * z[b];
                }
                draw[a] = s;
            }
            int q = 0;
            for (int j = 0; j < k; j++) {
                beta[j] = draw[q++];
            }
            if (theta != null) {
                for (int j = 0; j < k; j++) {
                    theta[j] = thetaIdx[j] >= 0 ? draw[q++] : 0.0;
                }
            }
            double[][] e = point(t, draw[p - 1], beta, theta);
            for (int kind = 0; kind < 3; kind++) {
                for (int j = 0; j < k; j++) {
                    values[kind][j][d] = e[kind][j];
                }
            }
        }
        double[][] se = new double[3][k];
        double[][] lo = new double[3][k];
        double[][] hi = new double[3][k];
        double alpha = 1.0 - level;
        for (int kind = 0; kind < 3; kind++) {
            for (int j = 0; j < k; j++) {
                double[] v = values[kind][j];
                double m = 0;
                for (double x : v) {
                    m += x;
                }
                m /= draws;
                double ss = 0;
                for (double x : v) {
                    ss += (x - m) * (x - m);
                }
                se[kind][j] = Math.sqrt(ss / (draws - 1));
                Arrays.sort(v);
                lo[kind][j] = quantile(v, alpha / 2);
                hi[kind][j] = quantile(v, 1 - alpha / 2);
            }
        }
        return new Simulated(se, lo, hi);
    }

    /** Two-sided normal p of estimate/SE. */
    public static double pValue(double estimate, double se) {
        return Distributions.normalTwoSidedP(estimate / se);
    }

    /** Type-7 (R's default) sample quantile of sorted values. */
    static double quantile(double[] sorted, double prob) {
        double h = (sorted.length - 1) * prob;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Q·sqrt(max(Λ, 0)) of a symmetric covariance (works when it is only semi-definite). */
    static double[][] symmetricRoot(double[][] s) {
        RealMatrix m = new Array2DRowRealMatrix(s);
        EigenDecomposition e = new EigenDecomposition(m);
        int p = s.length;
        double[][] out = new double[p][p];
        double[] ev = e.getRealEigenvalues();
        for (int c = 0; c < p; c++) {
            double sq = Math.sqrt(Math.max(ev[c], 0.0));
            double[] v = e.getEigenvector(c).toArray();
            for (int a = 0; a < p; a++) {
                out[a][c] = v[a] * sq;
            }
        }
        return out;
    }
}
