package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;

/**
 * Statistics of x within groups, one value per row, as built-in {@link FormulaFunction}s with
 * {@link FormulaFunction.ArgKind#GROUP} arguments: {@code mean_by(x, g...)}, {@code sum_by}, {@code sd_by}
 * (n − 1), {@code min_by}, {@code max_by}, {@code count_by} (non-missing values), {@code share(x[, g...])}
 * (x over the group's sum of x) and {@code rank(x[, g...])} (1 for the smallest, ties averaged). Groups are the
 * combinations of up to four columns ({@code mean_by(x, region, year)}); {@code entity} and {@code time} stand
 * for the panel's own. Without groups (share, rank) the whole sample is one group. Missing values of x do not
 * enter the group's statistic; the {@code _by} statistics are given to every row of the group (as Stata's
 * {@code egen}), share and rank are missing where x is missing; a row whose group value is missing gets a
 * missing value.
 */
final class GroupFunction implements FormulaFunction {
    static final int MAX_GROUPS = 4;

    private final String name;
    private final String usage;

    GroupFunction(String name, String usage) {
        this.name = name;
        this.usage = usage;
    }

    static List<FormulaFunction> all() {
        return List.of(
                new GroupFunction("mean_by", "mean_by(x, g[, g2 ...]): mean of x within the group (g: a column,"
                        + " entity or time)"),
                new GroupFunction("sum_by", "sum_by(x, g[, g2 ...]): sum of x within the group"),
                new GroupFunction("sd_by", "sd_by(x, g[, g2 ...]): standard deviation (n - 1) of x within the group"),
                new GroupFunction("min_by", "min_by(x, g[, g2 ...]): minimum of x within the group"),
                new GroupFunction("max_by", "max_by(x, g[, g2 ...]): maximum of x within the group"),
                new GroupFunction("count_by", "count_by(x, g[, g2 ...]): number of non-missing x within the group"),
                new GroupFunction("share", "share(x[, g ...]): x divided by the sum of x within the group (or the"
                        + " whole sample)"),
                new GroupFunction("rank", "rank(x[, g ...]): rank of x within the group (1 = smallest, ties"
                        + " averaged)"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int minArgs() {
        return name.endsWith("_by") ? 2 : 1;
    }

    @Override
    public int maxArgs() {
        return 1 + MAX_GROUPS;
    }

    @Override
    public ArgKind argKind(int index) {
        return index == 0 ? ArgKind.VECTOR : ArgKind.GROUP;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public double[] apply(double[][] vectors, double[] constants, PanelFrame frame) {
        double[] v = vectors[0];
        int n = v.length;
        int[] group = combine(vectors, n);
        int nGroups = 0;
        for (int g : group) {
            nGroups = Math.max(nGroups, g + 1);
        }
        double[] out = new double[n];
        if (name.equals("rank")) {
            List<List<Integer>> members = new ArrayList<>();
            for (int g = 0; g < nGroups; g++) {
                members.add(new ArrayList<>());
            }
            for (int r = 0; r < n; r++) {
                if (group[r] >= 0 && !Double.isNaN(v[r])) {
                    members.get(group[r]).add(r);
                }
            }
            Arrays.fill(out, Double.NaN);
            for (List<Integer> m : members) {
                m.sort((a, b) -> Double.compare(v[a], v[b]));
                for (int i = 0; i < m.size();) {
                    int j = i;
                    while (j + 1 < m.size() && v[m.get(j + 1)] == v[m.get(i)]) {
                        j++;
                    }
                    for (int k = i; k <= j; k++) {
                        out[m.get(k)] = (i + j) / 2.0 + 1;
                    }
                    i = j + 1;
                }
            }
            return out;
        }
        double[] sum = new double[nGroups];
        double[] min = new double[nGroups];
        double[] max = new double[nGroups];
        int[] count = new int[nGroups];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < n; r++) {
            int g = group[r];
            if (g >= 0 && !Double.isNaN(v[r])) {
                sum[g] += v[r];
                count[g]++;
                min[g] = Math.min(min[g], v[r]);
                max[g] = Math.max(max[g], v[r]);
            }
        }
        double[] ss = new double[nGroups];
        if (name.equals("sd_by")) { // second pass around the group mean
            for (int r = 0; r < n; r++) {
                int g = group[r];
                if (g >= 0 && !Double.isNaN(v[r])) {
                    double d = v[r] - sum[g] / count[g];
                    ss[g] += d * d;
                }
            }
        }
        boolean byStatistic = name.endsWith("_by");
        for (int r = 0; r < n; r++) {
            int g = group[r];
            if (g < 0 || count[g] == 0 || (Double.isNaN(v[r]) && !byStatistic)) {
                out[r] = Double.NaN;
                continue;
            }
            out[r] = switch (name) {
                case "mean_by" -> sum[g] / count[g];
                case "sum_by" -> sum[g];
                case "sd_by" -> count[g] < 2 ? Double.NaN : Math.sqrt(ss[g] / (count[g] - 1));
                case "min_by" -> min[g];
                case "max_by" -> max[g];
                case "count_by" -> count[g];
                default -> sum[g] == 0 ? Double.NaN : v[r] / sum[g]; // share
            };
        }
        return out;
    }

    /** One group number per row for the combination of the group arguments; -1 where one is missing. */
    static int[] combine(double[][] vectors, int n) {
        int[] out = new int[n];
        Map<List<Double>, Integer> ids = new HashMap<>();
        for (int r = 0; r < n; r++) {
            List<Double> key = new ArrayList<>();
            boolean missing = false;
            for (int i = 1; i < vectors.length; i++) {
                if (vectors[i] != null) {
                    missing |= Double.isNaN(vectors[i][r]);
                    key.add(vectors[i][r]);
                }
            }
            if (missing) {
                out[r] = -1;
            } else {
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                }
                out[r] = id;
            }
        }
        return out;
    }
}
