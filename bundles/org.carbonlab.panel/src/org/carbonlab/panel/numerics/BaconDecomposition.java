package org.carbonlab.panel.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Goodman-Bacon (2021) decomposition of the two-way fixed-effects DID coefficient (no controls, balanced panel,
 * absorbing binary treatment) into the 2×2 DIDs of every pair of timing groups and their weights (Theorem 1,
 * eq. 10a–c): treated vs never treated, earlier vs later treated (before the later group is treated), later vs
 * earlier treated (after the earlier group is treated); units treated in every period act as the earliest group
 * ("always treated"). The weights sum to 1 and Σ s·β equals the TWFE coefficient. Numerics only.
 */
public final class BaconDecomposition {

    /** The kinds of 2×2 comparison. */
    public enum Kind {
        TREATED_VS_NEVER("treated vs never treated"),
        EARLIER_VS_LATER("earlier vs later treated"),
        LATER_VS_EARLIER("later vs earlier treated"),
        LATER_VS_ALWAYS("treated vs always treated");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One comparison: the treated and the control group (first treated period index; −1 never treated), the 2×2
     * DID estimate and its weight.
     */
    public record Comparison(Kind kind, int treated, int control, double estimate, double weight) {
    }

    /** The comparisons and the TWFE coefficient they decompose. */
    public record Decomposition(List<Comparison> comparisons, double twfe) {
    }

    private BaconDecomposition() {
    }

    /**
     * @param y     outcome, units × periods (balanced, finite)
     * @param group per unit the index of its first treated period (0 = treated throughout), or −1 if never treated
     */
    public static Decomposition decompose(double[][] y, int[] group) {
        int n = y.length;
        int periods = y[0].length;
        TreeMap<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
        }
        double[][] d = new double[n][periods];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < periods; t++) {
                d[i][t] = group[i] >= 0 && t >= group[i] ? 1 : 0;
            }
        }
        double[][] dt = twoWayDemeaned(d);
        double[][] yt = twoWayDemeaned(y);
        double sdd = 0;
        double sdy = 0;
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < periods; t++) {
                sdd += dt[i][t] * dt[i][t];
                sdy += dt[i][t] * yt[i][t];
            }
        }
        if (!(sdd > 0)) {
            throw new IllegalArgumentException("the treatment has no variation left after the two-way effects");
        }
        double vd = sdd / ((double) n * periods);
        double twfe = sdy / sdd;

        List<Comparison> out = new ArrayList<>();
        List<Integer> timing = new ArrayList<>();
        for (int g : members.keySet()) {
            if (g >= 0) {
                timing.add(g);
            }
        }
        List<Integer> never = members.get(-1);
        for (int k : timing) {
            if (k == 0 || never == null) {
                continue;
            }
            double nk = share(members.get(k), n);
            double nu = share(never, n);
            double dk = (double) (periods - k) / periods;
            double nku = nk / (nk + nu);
            double w = sq(nk + nu) * nku * (1 - nku) * dk * (1 - dk) / vd;
            out.add(new Comparison(Kind.TREATED_VS_NEVER, k, -1,
                    did(y, members.get(k), never, 0, k, periods), w));
        }
        for (int a = 0; a < timing.size(); a++) {
            for (int b = a + 1; b < timing.size(); b++) {
                int k = timing.get(a);
                int l = timing.get(b);
                double nk = share(members.get(k), n);
                double nl = share(members.get(l), n);
                double dk = (double) (periods - k) / periods;
                double dl = (double) (periods - l) / periods;
                double nkl = nk / (nk + nl);
                if (k > 0) {
                    double w = sq((nk + nl) * (1 - dl)) * nkl * (1 - nkl) * ((dk - dl) / (1 - dl))
                            * ((1 - dk) / (1 - dl)) / vd;
                    out.add(new Comparison(Kind.EARLIER_VS_LATER, k, l,
                            did(y, members.get(k), members.get(l), 0, k, l), w));
                }
                double w = sq((nk + nl) * dk) * nkl * (1 - nkl) * (dl / dk) * ((dk - dl) / dk) / vd;
                out.add(new Comparison(k == 0 ? Kind.LATER_VS_ALWAYS : Kind.LATER_VS_EARLIER, l, k,
                        did(y, members.get(l), members.get(k), k, l, periods), w));
            }
        }
        return new Decomposition(out, twfe);
    }

    /** (post − pre mean of the treated) − (post − pre mean of the controls); pre = [from, start), post = [start, to). */
    private static double did(double[][] y, List<Integer> treated, List<Integer> control, int from, int start, int to) {
        return change(y, treated, from, start, to) - change(y, control, from, start, to);
    }

    private static double change(double[][] y, List<Integer> units, int from, int start, int to) {
        double pre = 0;
        double post = 0;
        for (int i : units) {
            for (int t = from; t < start; t++) {
                pre += y[i][t];
            }
            for (int t = start; t < to; t++) {
                post += y[i][t];
            }
        }
        return post / ((double) units.size() * (to - start)) - pre / ((double) units.size() * (start - from));
    }

    private static double[][] twoWayDemeaned(double[][] v) {
        int n = v.length;
        int periods = v[0].length;
        double[] rowMean = new double[n];
        double[] colMean = new double[periods];
        double all = 0;
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < periods; t++) {
                rowMean[i] += v[i][t] / periods;
                colMean[t] += v[i][t] / n;
                all += v[i][t];
            }
        }
        all /= (double) n * periods;
        double[][] out = new double[n][periods];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < periods; t++) {
                out[i][t] = v[i][t] - rowMean[i] - colMean[t] + all;
            }
        }
        return out;
    }

    private static double share(List<Integer> units, int n) {
        return (double) units.size() / n;
    }

    private static double sq(double v) {
        return v * v;
    }
}
