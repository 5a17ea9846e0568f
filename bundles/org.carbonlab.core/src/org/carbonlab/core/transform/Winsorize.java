package org.carbonlab.core.transform;

/**
 * Winsorization: values below the lower cut are set to the lower cut, values above the upper cut
 * to the upper cut, w = min(max(x, cut<sub>lo</sub>), cut<sub>hi</sub>); missing values (NaN) stay
 * missing. The cuts are the {@code pLow} and {@code pHigh} {@linkplain Percentiles quantiles} of
 * the non-missing values, by default under Stata's definition (R type 2, as {@code winsor2}).
 * {@link #trim} instead sets the values outside the cuts to missing ({@code winsor2, trim}).
 * The by-group variants compute the cuts within each group (e.g. per year).
 */
public final class Winsorize {
    private Winsorize() {
    }

    /** The outcome: the new values, the cut points and how many values were beyond each cut. */
    public record Result(double[] values, double cutLow, double cutHigh, int clippedLow, int clippedHigh) {
    }

    /** The outcome of a grouped winsorization: cuts and counts per group (index = group id). */
    public record GroupedResult(double[] values, double[] cutLow, double[] cutHigh, int[] clippedLow,
            int[] clippedHigh) {
    }

    /** Winsorizes at the pLow/pHigh quantiles under Stata's definition (R type 2). */
    public static Result winsorize(double[] x, double pLow, double pHigh) {
        return winsorize(x, pLow, pHigh, Percentiles.Type.STATA);
    }

    public static Result winsorize(double[] x, double pLow, double pHigh, Percentiles.Type type) {
        double[] cuts = cuts(x, pLow, pHigh, type);
        return clip(x, cuts[0], cuts[1], false);
    }

    /** Sets values outside the pLow/pHigh quantiles to missing (NaN). */
    public static Result trim(double[] x, double pLow, double pHigh, Percentiles.Type type) {
        double[] cuts = cuts(x, pLow, pHigh, type);
        return clip(x, cuts[0], cuts[1], true);
    }

    /** The two cut points: the pLow and pHigh quantiles of the non-missing values. */
    public static double[] cuts(double[] x, double pLow, double pHigh, Percentiles.Type type) {
        check(pLow, pHigh);
        return Percentiles.quantiles(x, new double[] {pLow, pHigh}, type);
    }

    /** Applies given cut points: w = min(max(x, lo), hi), or missing outside them when trimming. */
    public static Result clip(double[] x, double cutLow, double cutHigh, boolean trim) {
        double[] w = new double[x.length];
        int below = 0;
        int above = 0;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                w[i] = Double.NaN;
            } else if (v < cutLow) {
                below++;
                w[i] = trim ? Double.NaN : cutLow;
            } else if (v > cutHigh) {
                above++;
                w[i] = trim ? Double.NaN : cutHigh;
            } else {
                w[i] = v;
            }
        }
        return new Result(w, cutLow, cutHigh, below, above);
    }

    /**
     * Winsorizes within groups: {@code group[i]} (0..G-1) names the group of value i; each group
     * gets its own cuts from its own non-missing values. A negative group id leaves the value
     * missing.
     */
    public static GroupedResult winsorizeByGroup(double[] x, int[] group, double pLow, double pHigh,
            Percentiles.Type type) {
        return byGroup(x, group, pLow, pHigh, type, false);
    }

    /** {@link #trim} within groups. */
    public static GroupedResult trimByGroup(double[] x, int[] group, double pLow, double pHigh,
            Percentiles.Type type) {
        return byGroup(x, group, pLow, pHigh, type, true);
    }

    private static GroupedResult byGroup(double[] x, int[] group, double pLow, double pHigh, Percentiles.Type type,
            boolean trim) {
        check(pLow, pHigh);
        if (group.length != x.length) {
            throw new IllegalArgumentException("values and groups differ in length");
        }
        int g = 0;
        for (int id : group) {
            g = Math.max(g, id + 1);
        }
        int[] size = new int[g];
        for (int i = 0; i < x.length; i++) {
            if (group[i] >= 0 && !Double.isNaN(x[i])) {
                size[group[i]]++;
            }
        }
        double[][] members = new double[g][];
        for (int k = 0; k < g; k++) {
            members[k] = new double[size[k]];
        }
        int[] fill = new int[g];
        for (int i = 0; i < x.length; i++) {
            if (group[i] >= 0 && !Double.isNaN(x[i])) {
                members[group[i]][fill[group[i]]++] = x[i];
            }
        }
        double[] lo = new double[g];
        double[] hi = new double[g];
        for (int k = 0; k < g; k++) {
            java.util.Arrays.sort(members[k]);
            lo[k] = Percentiles.ofSorted(members[k], pLow, type);
            hi[k] = Percentiles.ofSorted(members[k], pHigh, type);
        }
        double[] w = new double[x.length];
        int[] below = new int[g];
        int[] above = new int[g];
        for (int i = 0; i < x.length; i++) {
            int k = group[i];
            double v = x[i];
            if (k < 0 || Double.isNaN(v)) {
                w[i] = Double.NaN;
            } else if (v < lo[k]) {
                below[k]++;
                w[i] = trim ? Double.NaN : lo[k];
            } else if (v > hi[k]) {
                above[k]++;
                w[i] = trim ? Double.NaN : hi[k];
            } else {
                w[i] = v;
            }
        }
        return new GroupedResult(w, lo, hi, below, above);
    }

    private static void check(double pLow, double pHigh) {
        if (!(pLow >= 0 && pLow <= 1 && pHigh >= 0 && pHigh <= 1)) {
            throw new IllegalArgumentException("winsorizing probabilities must lie in [0, 1], got " + pLow + " and "
                    + pHigh);
        }
        if (pLow > pHigh) {
            throw new IllegalArgumentException("the lower probability " + pLow + " exceeds the upper " + pHigh);
        }
    }
}
