package org.carbonlab.stats.estimators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carbonlab.core.transform.Percentiles;
import org.carbonlab.stats.numerics.Summary;

/**
 * The statistics a descriptive table shows, by name: {@code n}, {@code missing}, {@code mean}, {@code sd},
 * {@code var}, {@code min}, {@code max}, {@code sum}, {@code median} and percentiles {@code p1} … {@code p99}
 * ({@code p25}, {@code p75}, ...).
 */
final class StatisticList {
    static final String DEFAULT = "n,mean,sd,min,p25,median,p75,max";
    static final String KNOWN = "n, missing, mean, sd, var, min, max, sum, median, p1 ... p99";

    final List<String> names = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    StatisticList(List<String> requested, String parameter) {
        for (String raw : requested) {
            String s = raw.strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            if (!known(s)) {
                problems.add("parameter '" + parameter + "': unknown statistic '" + raw.strip() + "'; known: " + KNOWN);
            } else if (names.contains(s)) {
                problems.add("parameter '" + parameter + "' lists '" + s + "' twice");
            } else {
                names.add(s);
            }
        }
        if (names.isEmpty() && problems.isEmpty()) {
            problems.add("parameter '" + parameter + "' names no statistic; known: " + KNOWN);
        }
    }

    private static boolean known(String s) {
        return switch (s) {
            case "n", "missing", "mean", "sd", "var", "min", "max", "sum", "median" -> true;
            default -> percentile(s) > 0;
        };
    }

    /** The percent of {@code pNN} (1..99), or 0 when s is not such a name. */
    static int percentile(String s) {
        if (s.length() < 2 || s.length() > 3 || s.charAt(0) != 'p' || (s.length() == 3 && s.charAt(1) == '0')) {
            return 0;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return 0;
            }
        }
        int v = Integer.parseInt(s.substring(1));
        return v >= 1 && v <= 99 ? v : 0;
    }

    /** One cell: an Integer for counts, a Double (null when undefined) otherwise. */
    static Object value(String name, Summary s, int missing, Percentiles.Type type) {
        double v = switch (name) {
            case "n" -> Double.NaN;
            case "missing" -> Double.NaN;
            case "mean" -> s.mean();
            case "sd" -> s.sd();
            case "var" -> s.variance();
            case "min" -> s.min();
            case "max" -> s.max();
            case "sum" -> s.sum();
            case "median" -> s.quantile(0.5, type);
            default -> s.quantile(percentile(name) / 100.0, type);
        };
        if (name.equals("n")) {
            return s.n();
        }
        if (name.equals("missing")) {
            return missing;
        }
        return Double.isFinite(v) ? v : null;
    }
}
