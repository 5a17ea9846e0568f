package org.carbonlab.core.transform;

import java.util.Arrays;

/**
 * Sample quantiles under the Hyndman–Fan definitions used by R's {@code quantile(x, p, type)},
 * computed over the non-missing (non-NaN) values. With the sorted values
 * x<sub>(1)</sub> ≤ … ≤ x<sub>(n)</sub> and x<sub>(0)</sub> := x<sub>(1)</sub>,
 * x<sub>(n+1)</sub> := x<sub>(n)</sub>:
 * <ul>
 * <li>{@link Type#TYPE1}: the inverse of the empirical distribution function,
 * x<sub>(⌈np⌉)</sub> (SAS PCTLDEF=3).</li>
 * <li>{@link Type#TYPE2}: P = np; x<sub>(⌈P⌉)</sub> when P is not a whole number, the average
 * (x<sub>(P)</sub> + x<sub>(P+1)</sub>)/2 when it is. This is Stata's default definition
 * ({@code _pctile}, {@code pctile}, {@code xtile}, {@code summarize, detail},
 * {@code egen pctile()}, and so {@code winsor2}) and CarbonLab's default ({@link Type#STATA}).</li>
 * <li>{@link Type#TYPE6}: h = (n+1)p, linear interpolation between x<sub>(⌊h⌋)</sub> and
 * x<sub>(⌊h⌋+1)</sub> (Stata {@code _pctile, altdef} and {@code centile}; SPSS, Minitab).</li>
 * <li>{@link Type#TYPE7}: h = (n−1)p + 1, linear interpolation (R's and numpy's default, Excel
 * {@code PERCENTILE.INC}).</li>
 * </ul>
 * The arithmetic follows R 4.x step by step (including its 4·ε fuzz when deciding whether np is
 * whole, and the form (1−γ)x<sub>lo</sub> + γx<sub>hi</sub>), so results agree with R to the
 * last bit.
 */
public final class Percentiles {
    private static final double FUZZ = 4 * Math.ulp(1.0);

    private Percentiles() {
    }

    /** A quantile definition (R's {@code type}). */
    public enum Type {
        TYPE1(1), TYPE2(2), TYPE6(6), TYPE7(7);

        /** Stata's default percentile definition. */
        public static final Type STATA = TYPE2;

        private final int r;

        Type(int r) {
            this.r = r;
        }

        /** The number of R's {@code type} argument. */
        public int rType() {
            return r;
        }

        /** The definition for R's {@code type} number (1, 2, 6 or 7). */
        public static Type of(int rType) {
            for (Type t : values()) {
                if (t.r == rType) {
                    return t;
                }
            }
            throw new IllegalArgumentException("percentile type " + rType
                    + " is not supported; use 1, 2 (Stata's default), 6 or 7 (R's default)");
        }
    }

    /** The p-quantile of the non-missing values of {@code x}; NaN if there are none. */
    public static double quantile(double[] x, double p, Type type) {
        return quantiles(x, new double[] {p}, type)[0];
    }

    /** Several quantiles of the non-missing values of {@code x}, sorting once. */
    public static double[] quantiles(double[] x, double[] p, Type type) {
        return ofSorted(sortedNonMissing(x), p, type);
    }

    /** The values of {@code x} without NaNs, ascending. */
    public static double[] sortedNonMissing(double[] x) {
        double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
        Arrays.sort(v);
        return v;
    }

    /** Quantiles of values already sorted ascending and free of NaN. */
    public static double[] ofSorted(double[] sorted, double[] p, Type type) {
        double[] out = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            out[k] = ofSorted(sorted, p[k], type);
        }
        return out;
    }

    /** One quantile of values already sorted ascending and free of NaN. */
    public static double ofSorted(double[] x, double p, Type type) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            throw new IllegalArgumentException("probability " + p + " is outside [0, 1]");
        }
        int n = x.length;
        if (n == 0) {
            return Double.NaN;
        }
        if (type == Type.TYPE7) {
            double index = 1 + (n - 1) * p;
            int lo = (int) Math.floor(index);
            int hi = (int) Math.ceil(index);
            double qs = x[lo - 1];
            double h = index - lo;
            if (index > lo && x[hi - 1] != qs) {
                qs = (1 - h) * qs + h * x[hi - 1];
            }
            return qs;
        }
        double nppm;
        double h;
        int j;
        if (type == Type.TYPE1 || type == Type.TYPE2) {
            nppm = n * p;
            j = (int) Math.floor(nppm + FUZZ);
            boolean above = nppm > j;
            h = type == Type.TYPE1 ? (above ? 1 : 0) : ((above ? 1 : 0) + 1) / 2.0;
        } else { // TYPE6: a = b = 0
            nppm = p * (n + 1);
            j = (int) Math.floor(nppm + FUZZ);
            h = nppm - j;
            if (Math.abs(h) < FUZZ) {
                h = 0;
            }
        }
        double lo = order(x, j);
        double hi = order(x, j + 1);
        if (h == 1) {
            return hi;
        }
        if (h > 0 && h < 1 && lo != hi) {
            return (1 - h) * lo + h * hi;
        }
        return lo;
    }

    /** x_(i), 1-based, with x_(i) = x_(1) for i &lt; 1 and x_(n) for i &gt; n. */
    private static double order(double[] x, int i) {
        if (i < 1) {
            return x[0];
        }
        if (i > x.length) {
            return x[x.length - 1];
        }
        return x[i - 1];
    }
}
