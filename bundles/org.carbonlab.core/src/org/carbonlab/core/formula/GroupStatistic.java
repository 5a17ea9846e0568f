package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statistics of x within groups, one value per row: {@code mean_by(x, g...)}, {@code sum_by}, {@code sd_by}
 * (n − 1), {@code min_by}, {@code max_by}, {@code count_by} (non-missing values), {@code share(x[, g...])}
 * (x over the group's sum of x) and {@code rank(x[, g...])} (1 for the smallest, ties averaged). Groups are the
 * combinations of the columns given ({@code mean_by(x, region, year)}); the words {@code entity} and
 * {@code time} (unquoted) stand for the panel's entity and period, whatever the columns are called. Without
 * groups (share, rank) the whole sample is one group. Missing values of x do not enter the group's statistic;
 * the {@code _by} statistics are given to every row of the group (as Stata's {@code egen}), share and rank are
 * missing where x is missing; a row whose group value is missing gets a missing value.
 */
final class GroupStatistic extends Expression {
    /** The functions this node implements, with one line of documentation each. */
    static final Map<String, String> USAGE = new java.util.LinkedHashMap<>();

    static {
        USAGE.put("mean_by", "mean_by(x, g[, g2 ...]): mean of x within the group (g: a column, entity or time)");
        USAGE.put("sum_by", "sum_by(x, g[, g2 ...]): sum of x within the group");
        USAGE.put("sd_by", "sd_by(x, g[, g2 ...]): standard deviation (n - 1) of x within the group");
        USAGE.put("min_by", "min_by(x, g[, g2 ...]): minimum of x within the group");
        USAGE.put("max_by", "max_by(x, g[, g2 ...]): maximum of x within the group");
        USAGE.put("count_by", "count_by(x, g[, g2 ...]): number of non-missing x within the group");
        USAGE.put("share", "share(x[, g ...]): x divided by the sum of x within the group (or the whole sample)");
        USAGE.put("rank", "rank(x[, g ...]): rank of x within the group (1 = smallest, ties averaged)");
    }

    static final String ENTITY = "entity";
    static final String TIME = "time";

    /** A grouping key: a column, or the panel's entity or time ({@code column == null}). */
    record Key(String word, String column) {
        String label() {
            return column == null ? word : quoteName(column);
        }
    }

    final String function;
    final Expression x;
    final List<Key> groups;

    GroupStatistic(String function, Expression x, List<Key> groups) {
        this.function = function;
        this.x = x;
        this.groups = List.copyOf(groups);
    }

    /** Whether the function needs at least one group. */
    static boolean needsGroup(String function) {
        return function.endsWith("_by");
    }

    @Override
    public String label() {
        StringBuilder sb = new StringBuilder(function).append('(').append(x.label());
        for (Key k : groups) {
            sb.append(',').append(k.label());
        }
        return sb.append(')').toString();
    }

    @Override
    int precedence() {
        return ATOM;
    }

    @Override
    void collectVariables(Set<String> into) {
        x.collectVariables(into);
    }

    @Override
    void collectTextVariables(Set<String> into) {
        x.collectTextVariables(into);
        for (Key k : groups) {
            if (k.column != null) {
                into.add(k.column);
            }
        }
    }

    @Override
    double[] eval(Evaluator ev) {
        double[] v = x.eval(ev);
        int n = v.length;
        int[] group = groupIndex(ev, n);
        int nGroups = 0;
        for (int g : group) {
            nGroups = Math.max(nGroups, g + 1);
        }
        double[] out = new double[n];
        if (function.equals("rank")) {
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
        if (function.equals("sd_by")) {
            for (int r = 0; r < n; r++) {
                int g = group[r];
                if (g >= 0 && !Double.isNaN(v[r])) {
                    double d = v[r] - sum[g] / count[g];
                    ss[g] += d * d;
                }
            }
        }
        for (int r = 0; r < n; r++) {
            int g = group[r];
            if (g < 0 || count[g] == 0 || (Double.isNaN(v[r]) && !function.endsWith("_by"))) {
                out[r] = Double.NaN;
                continue;
            }
            out[r] = switch (function) {
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

    /** The group of each row (0..G-1), -1 where a grouping value is missing. */
    private int[] groupIndex(Evaluator ev, int n) {
        int[] out = new int[n];
        if (groups.isEmpty()) {
            return out;
        }
        List<Object> columns = new ArrayList<>();
        for (Key k : groups) {
            if (k.column != null) {
                columns.add(ev.text(k.column));
            } else if (k.word.equals(ENTITY)) {
                columns.add(ev.frame().entityIndices());
            } else {
                ev.frame().requirePeriods();
                columns.add(ev.frame().timeIndices());
            }
        }
        Map<List<Object>, Integer> ids = new HashMap<>();
        for (int r = 0; r < n; r++) {
            List<Object> key = new ArrayList<>(columns.size());
            boolean missing = false;
            for (Object c : columns) {
                Object value = c instanceof String[] s ? s[r] : (Object) ((int[]) c)[r];
                missing |= value == null;
                key.add(value);
            }
            out[r] = missing ? -1 : ids.computeIfAbsent(key, k -> ids.size());
        }
        return out;
    }
}
