package org.carbonlab.core.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.transform.Percentiles;

/**
 * Helpers chart providers share: reading result-table columns, per-group summaries and kernel densities. Name-free
 * apart from the table accessors.
 */
public final class ChartData {
    private ChartData() {
    }

    /** Whether {@code table} exists and has every column named. */
    public static boolean hasColumns(ResultTable table, String... columns) {
        if (table == null) {
            return false;
        }
        for (String c : columns) {
            if (table.columnIndex(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A column as numbers; cells that are not numbers (null, text, non-finite) are NaN. */
    public static double[] numbers(ResultTable table, String column) {
        int c = index(table, column);
        List<List<Object>> rows = table.rows();
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = rows.get(i).get(c);
            double d = v instanceof Number n ? n.doubleValue() : Double.NaN;
            out[i] = Double.isFinite(d) ? d : Double.NaN;
        }
        return out;
    }

    /** A column as text ({@code String.valueOf} of each cell; null cells are null). */
    public static String[] texts(ResultTable table, String column) {
        int c = index(table, column);
        List<List<Object>> rows = table.rows();
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = rows.get(i).get(c);
            out[i] = v == null ? null : String.valueOf(v);
        }
        return out;
    }

    private static int index(ResultTable table, String column) {
        int c = table.columnIndex(column);
        if (c < 0) {
            throw new IllegalArgumentException("the table has no column '" + column + "'; it has " + table.columns());
        }
        return c;
    }

    /** The finite values of {@code x}, sorted. */
    public static double[] sortedFinite(double[] x) {
        return Arrays.stream(x).filter(Double::isFinite).sorted().toArray();
    }

    /** The R-default (type 7) quantile of sorted finite values; NaN when there are none. */
    public static double quantile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : Percentiles.ofSorted(sorted, p, Percentiles.Type.TYPE7);
    }

    /** Summary of one group of values: count, mean, quartiles, extremes. */
    public record Summary(int n, double mean, double min, double q1, double median, double q3, double max) {
        static Summary of(double[] values) {
            double[] s = sortedFinite(values);
            if (s.length == 0) {
                return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double sum = 0;
            for (double v : s) {
                sum += v;
            }
            return new Summary(s.length, sum / s.length, s[0], quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75),
                    s[s.length - 1]);
        }
    }

    /**
     * Summaries of {@code values} grouped by {@code keys} (e.g. periods), in increasing key order; NaN values and
     * NaN keys are skipped.
     */
    public static Map<Double, Summary> summariesBy(double[] keys, double[] values) {
        Map<Double, List<Double>> groups = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (Double.isFinite(keys[i]) && Double.isFinite(values[i])) {
                groups.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(values[i]);
            }
        }
        Map<Double, Summary> out = new TreeMap<>();
        groups.forEach((k, list) -> out.put(k, Summary.of(list.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    /**
     * Silverman's rule-of-thumb bandwidth, R's {@code bw.nrd0}: 0.9·min(sd, IQR/1.34)·n^(−1/5), falling back as
     * R does when the spread is zero. NaN for fewer than two finite values.
     */
    public static double silvermanBandwidth(double[] x) {
        double[] s = sortedFinite(x);
        int n = s.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : s) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : s) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double iqr = (quantile(s, 0.75) - quantile(s, 0.25)) / 1.34;
        double lo = Math.min(sd, iqr);
        if (!(lo > 0)) {
            lo = sd > 0 ? sd : Math.abs(s[0]) > 0 ? Math.abs(s[0]) : 1; // all values equal
        }
        return 0.9 * lo * Math.pow(n, -0.2);
    }

    /** A Gaussian kernel density estimate of the finite values of {@code x} with bandwidth h, on {@code grid}. */
    public static double[] kernelDensity(double[] x, double h, double[] grid) {
        double[] s = sortedFinite(x);
        double[] out = new double[grid.length];
        if (s.length == 0 || !(h > 0)) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double norm = 1 / (s.length * h * Math.sqrt(2 * Math.PI));
        for (int g = 0; g < grid.length; g++) {
            double sum = 0;
            for (double v : s) {
                double u = (grid[g] - v) / h;
                sum += Math.exp(-0.5 * u * u);
            }
            out[g] = sum * norm;
        }
        return out;
    }

    /**
     * A histogram of the finite values of {@code x} scaled to a density (bar areas sum to 1), as a {@link SeriesKind#BAR}
     * series with {@code bins} equal bins from the smallest to the largest value (bar x = bin centre); for bootstrap
     * and placebo distributions. Empty when there are fewer than two distinct values.
     */
    public static Series histogram(String name, double[] x, int bins) {
        double[] s = sortedFinite(x);
        if (s.length < 2 || !(s[s.length - 1] > s[0]) || bins < 1) {
            return Series.bar(name, new double[0], new double[0]);
        }
        double width = (s[s.length - 1] - s[0]) / bins;
        double[] mid = new double[bins];
        double[] height = new double[bins];
        for (int b = 0; b < bins; b++) {
            mid[b] = s[0] + (b + 0.5) * width;
        }
        for (double v : s) {
            int b = Math.min(bins - 1, (int) ((v - s[0]) / width));
            height[b] += 1.0 / (s.length * width);
        }
        return Series.bar(name, mid, height);
    }

    /** {@code n} evenly spaced points from {@code from} to {@code to}, both included. */
    public static double[] grid(double from, double to, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
        }
        if (n > 1) {
            g[n - 1] = to; // exactly, whatever the rounding above
        }
        return g;
    }

    /** A list of boxed numbers as an array. */
    public static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
