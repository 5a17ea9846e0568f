package org.carbonlab.stats.numerics;

import org.carbonlab.core.transform.Percentiles;

/**
 * Descriptive statistics of one sample (NaN = missing, ignored): count, mean, standard deviation
 * (n − 1 denominator, as Stata's {@code summarize} and R's {@code sd}), variance, minimum, maximum,
 * sum and quantiles under a chosen {@link Percentiles.Type}. Mean and deviations are computed in two
 * passes (mean first, then the sum of squared deviations) so large levels do not cancel.
 */
public final class Summary {
    private final double[] sorted;
    private final double mean;
    private final double variance;
    private final double sum;

    private Summary(double[] sorted) {
        this.sorted = sorted;
        int n = sorted.length;
        double s = 0;
        for (double v : sorted) {
            s += v;
        }
        this.sum = s;
        this.mean = n == 0 ? Double.NaN : s / n;
        double ss = 0;
        for (double v : sorted) {
            double d = v - mean;
            ss += d * d;
        }
        this.variance = n < 2 ? Double.NaN : ss / (n - 1);
    }

    /** The statistics of the non-missing values of {@code x}. */
    public static Summary of(double[] x) {
        return new Summary(Percentiles.sortedNonMissing(x));
    }

    public int n() {
        return sorted.length;
    }

    public double mean() {
        return mean;
    }

    /** Standard deviation with n − 1; NaN below two values. */
    public double sd() {
        return Math.sqrt(variance);
    }

    public double variance() {
        return variance;
    }

    public double sum() {
        return sum;
    }

    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** The p-quantile (0 ≤ p ≤ 1) under {@code type}; NaN without values. */
    public double quantile(double p, Percentiles.Type type) {
        return Percentiles.ofSorted(sorted, p, type);
    }
}
