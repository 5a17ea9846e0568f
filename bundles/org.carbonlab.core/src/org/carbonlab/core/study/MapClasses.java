package org.carbonlab.core.study;

import java.util.List;

/**
 * Class breaks of a classed map, name-free: the k−1 inner breaks of one period's sorted values by quantiles (R type 7),
 * equal intervals between the minimum and the maximum, or breaks the user fixed. A value equal to a break falls in the
 * lower class.
 */
final class MapClasses {
    enum Method {
        QUANTILE, EQUAL, FIXED
    }

    private MapClasses() {
    }

    /** The inner breaks for {@code k} classes of sorted finite values ({@code fixed} is used by FIXED only). */
    static double[] breaks(Method method, double[] sorted, int k, List<Double> fixed) {
        return switch (method) {
            case QUANTILE -> quantileBreaks(sorted, k);
            case EQUAL -> equalBreaks(sorted, k);
            case FIXED -> fixed.stream().mapToDouble(Double::doubleValue).toArray();
        };
    }

    /** The k−1 inner quantile breaks of sorted values (R type 7). */
    static double[] quantileBreaks(double[] sorted, int k) {
        double[] b = new double[k - 1];
        int n = sorted.length;
        for (int j = 1; j < k; j++) {
            double h = (n - 1) * (double) j / k;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, n - 1);
            b[j - 1] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
        return b;
    }

    /** min + j·(max − min)/k, j = 1..k−1. */
    static double[] equalBreaks(double[] sorted, int k) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double[] b = new double[k - 1];
        for (int j = 1; j < k; j++) {
            b[j - 1] = min + j * (max - min) / k;
        }
        return b;
    }

    /** 1-based class: one plus the number of breaks strictly below the value. */
    static int classOf(double v, double[] breaks) {
        int c = 1;
        for (double b : breaks) {
            if (v > b) {
                c++;
            }
        }
        return c;
    }
}
