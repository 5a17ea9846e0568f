package org.carbonlab.integration.numerics;

/**
 * Min–max normalisation of one indicator: a positive indicator becomes z = (x − min)/(max − min), a negative one
 * z = (max − x)/(max − min), so that 1 is always the best value observed and 0 the worst.
 */
public final class MinMax {

    private MinMax() {
    }

    /**
     * The normalised values of {@code x} (no missing values). Throws {@link IllegalArgumentException} when the
     * values do not vary (max = min: the normalisation is 0/0) or when there are none.
     */
    public static double[] normalise(double[] x, boolean positive) {
        if (x.length == 0) {
            throw new IllegalArgumentException("no values to normalise");
        }
        double min = x[0];
        double max = x[0];
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        if (!(range > 0)) {
            throw new IllegalArgumentException("the values do not vary (all equal " + min + ")");
        }
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = positive ? (x[i] - min) / range : (max - x[i]) / range;
        }
        return z;
    }

    /** True when the values vary (max &gt; min), i.e. when {@link #normalise} is defined. */
    public static boolean varies(double[] x) {
        for (int i = 1; i < x.length; i++) {
            if (x[i] != x[0]) {
                return true;
            }
        }
        return false;
    }
}
