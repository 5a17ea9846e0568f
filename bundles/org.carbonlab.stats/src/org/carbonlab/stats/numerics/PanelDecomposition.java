package org.carbonlab.stats.numerics;

/**
 * Stata's {@code xtsum} decomposition of a panel variable into overall, between and within variation,
 * over the non-missing observations (NaN = missing):
 * <ul>
 * <li>overall: mean x̄, standard deviation, minimum and maximum of all N observations x<sub>it</sub>;</li>
 * <li>between: the same of the n group means x̄<sub>i</sub> (each group counts once, whatever its number of
 * observations; n − 1 denominator);</li>
 * <li>within: the same of x<sub>it</sub> − x̄<sub>i</sub> + x̄ over all N observations (N − 1 denominator);
 * T-bar = N / n.</li>
 * </ul>
 * Groups without any non-missing observation do not count in n.
 */
public record PanelDecomposition(double mean, Part overall, Part between, Part within, int nObs, int nGroups) {

    /** Standard deviation, minimum and maximum of one part. */
    public record Part(double sd, double min, double max) {
    }

    /** T-bar, the average number of observations per group. */
    public double tBar() {
        return nGroups == 0 ? Double.NaN : (double) nObs / nGroups;
    }

    /**
     * @param x      values, NaN for missing
     * @param group  the group (entity) index of each value, 0 ≤ group &lt; nGroups
     */
    public static PanelDecomposition of(double[] x, int[] group, int nGroups) {
        double[] sum = new double[nGroups];
        int[] count = new int[nGroups];
        double total = 0;
        int n = 0;
        for (int r = 0; r < x.length; r++) {
            if (!Double.isNaN(x[r])) {
                sum[group[r]] += x[r];
                count[group[r]]++;
                total += x[r];
                n++;
            }
        }
        double grand = n == 0 ? Double.NaN : total / n;
        // the SDs below are two-pass (Summary); the means are plain sums, as exact as the data need here
        double[] means = new double[nGroups];
        int groups = 0;
        for (int g = 0; g < nGroups; g++) {
            means[g] = count[g] == 0 ? Double.NaN : sum[g] / count[g];
            if (count[g] > 0) {
                groups++;
            }
        }
        double[] within = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            within[r] = Double.isNaN(x[r]) ? Double.NaN : x[r] - means[group[r]] + grand;
        }
        Summary all = Summary.of(x);
        Summary between = Summary.of(means);
        Summary inside = Summary.of(within);
        return new PanelDecomposition(grand, new Part(all.sd(), all.min(), all.max()),
                new Part(between.sd(), between.min(), between.max()),
                new Part(inside.sd(), inside.min(), inside.max()), n, groups);
    }
}
