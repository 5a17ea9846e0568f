package org.carbonlab.spatial.numerics.weights;

/** Inverse-distance weights w_ij = 1 / d_ij^power, optionally only within a distance band d_ij ≤ cutoff. */
public final class InverseDistance {
    private InverseDistance() {
    }

    /**
     * All pairs i ≠ j with d_ij ≤ cutoff ({@code Double.POSITIVE_INFINITY}: every pair). Coincident points (d = 0)
     * must have been rejected by the caller ({@link #firstCoincidentPair}).
     */
    public static Links of(double[] a, double[] b, Metric metric, double power, double cutoff) {
        int n = a.length;
        Links out = new Links();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double d = metric.distance(a, b, i, j);
                    if (d <= cutoff) {
                        out.add(i, j, weight(d, power));
                    }
                }
            }
        }
        return out;
    }

    /** 1 / d^power. */
    public static double weight(double d, double power) {
        return 1.0 / Math.pow(d, power);
    }

    /** The first pair {i, j} (i &lt; j) at distance 0, or null. */
    public static int[] firstCoincidentPair(double[] a, double[] b, Metric metric) {
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (metric.distance(a, b, i, j) == 0.0) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }
}
