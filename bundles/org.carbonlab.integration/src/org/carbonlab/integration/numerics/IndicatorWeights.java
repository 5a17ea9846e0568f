package org.carbonlab.integration.numerics;

/**
 * Objective indicator weights from a matrix of normalised indicator values {@code z[i][j]} (row i = observation,
 * column j = indicator, all values finite and non-negative as min–max normalisation gives them). Name-free: the
 * estimators bind indicators to columns.
 *
 * <h2>Entropy weights</h2>
 * With z'ᵢⱼ = zᵢⱼ + shift: pᵢⱼ = z'ᵢⱼ / Σᵢ z'ᵢⱼ, eⱼ = −(1/ln n) Σᵢ pᵢⱼ ln pᵢⱼ (with 0·ln 0 = 0), dⱼ = 1 − eⱼ and
 * wⱼ = dⱼ / Σₖ dₖ. A shift &gt; 0 (papers use 0.0001 or 0.01) avoids the zeros that min–max normalisation creates.
 *
 * <h2>CRITIC weights (Diakoulaki, Mavrotas and Papayannakis 1995)</h2>
 * σⱼ is the standard deviation of indicator j, rⱼₖ the Pearson correlation of indicators j and k; the information
 * of indicator j is Cⱼ = σⱼ Σₖ (1 − rⱼₖ) and wⱼ = Cⱼ / Σₖ Cₖ. The divisor of σ (n or n − 1) cancels in the weights;
 * σ is reported with n − 1. The shift does not change σ or r, so CRITIC weights do not depend on it.
 *
 * <h2>Equal weights</h2>
 * wⱼ = 1/k.
 *
 * <p>A single indicator always has weight 1.
 */
public final class IndicatorWeights {

    private IndicatorWeights() {
    }

    /** Entropy eⱼ, divergence dⱼ = 1 − eⱼ and weight wⱼ of each indicator. */
    public record Entropy(double[] entropy, double[] divergence, double[] weights) {
    }

    /** Standard deviation σⱼ, conflict Σₖ (1 − rⱼₖ), information Cⱼ = σⱼ · conflict and weight of each indicator. */
    public record Critic(double[] sd, double[] conflict, double[] information, double[] weights) {
    }

    /**
     * Entropy weights of the columns of {@code z} after adding {@code shift}. Needs n ≥ 2 rows and, in every
     * column, a positive sum of the shifted values; throws {@link ArithmeticException} when the weights are
     * undefined (every divergence zero: each indicator spread evenly over the observations).
     */
    public static Entropy entropy(double[][] z, double shift) {
        int n = z.length;
        if (n < 2) {
            throw new IllegalArgumentException("entropy weights need at least 2 observations, got " + n);
        }
        int k = z[0].length;
        double lnN = Math.log(n);
        double[] e = new double[k];
        double[] d = new double[k];
        double dSum = 0;
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += z[i][j] + shift;
            }
            if (!(s > 0)) {
                throw new ArithmeticException("indicator " + j + " has no positive normalised value");
            }
            double h = 0;
            for (int i = 0; i < n; i++) {
                double p = (z[i][j] + shift) / s;
                if (p > 0) {
                    h += p * Math.log(p);
                }
            }
            e[j] = -h / lnN;
            d[j] = 1 - e[j];
            dSum += d[j];
        }
        double[] w = new double[k];
        if (k == 1) {
            w[0] = 1;
        } else {
            if (!(dSum > 0)) {
                throw new ArithmeticException("every indicator has entropy 1, so the entropy weights are 0/0");
            }
            for (int j = 0; j < k; j++) {
                w[j] = d[j] / dSum;
            }
        }
        return new Entropy(e, d, w);
    }

    /**
     * CRITIC weights of the columns of {@code z}. Needs n ≥ 2 rows and non-constant columns; throws
     * {@link ArithmeticException} when every indicator's information is zero (all indicators perfectly
     * positively correlated).
     */
    public static Critic critic(double[][] z) {
        int n = z.length;
        if (n < 2) {
            throw new IllegalArgumentException("CRITIC weights need at least 2 observations, got " + n);
        }
        int k = z[0].length;
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += z[i][j];
            }
            mean[j] = s / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double dev = z[i][j] - mean[j];
                ss += dev * dev;
            }
            sd[j] = Math.sqrt(ss / (n - 1));
            if (!(sd[j] > 0)) {
                throw new ArithmeticException("indicator " + j + " does not vary");
            }
        }
        double[] conflict = new double[k];
        for (int j = 0; j < k; j++) {
            for (int m = 0; m < k; m++) {
                if (m != j) {
                    conflict[j] += 1 - correlation(z, j, m, mean, sd);
                }
            }
        }
        double[] info = new double[k];
        double total = 0;
        for (int j = 0; j < k; j++) {
            info[j] = sd[j] * conflict[j];
            total += info[j];
        }
        double[] w = new double[k];
        if (k == 1) {
            w[0] = 1;
        } else {
            if (!(total > 0)) {
                throw new ArithmeticException("every indicator carries zero CRITIC information (the indicators are "
                        + "perfectly positively correlated), so the CRITIC weights are 0/0");
            }
            for (int j = 0; j < k; j++) {
                w[j] = info[j] / total;
            }
        }
        return new Critic(sd, conflict, info, w);
    }

    private static double correlation(double[][] z, int a, int b, double[] mean, double[] sd) {
        int n = z.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (z[i][a] - mean[a]) * (z[i][b] - mean[b]);
        }
        double r = s / (n - 1) / (sd[a] * sd[b]);
        return Math.max(-1, Math.min(1, r));
    }

    /** Equal weights 1/k. */
    public static double[] equal(int k) {
        double[] w = new double[k];
        java.util.Arrays.fill(w, 1.0 / k);
        return w;
    }

    /** Composite scores Σⱼ wⱼ (zᵢⱼ + shift). */
    public static double[] scores(double[][] z, double[] w, double shift) {
        double[] u = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += (z[i][j] + shift) * w[j];
            }
            u[i] = s;
        }
        return u;
    }
}
