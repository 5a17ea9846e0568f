package org.carbonlab.panel.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;

/**
 * The fitted polynomial of a regression with a turning point ({@code panel.ols}, {@code panel.fe}, {@code panel.re}
 * with {@code x + I(x^2)}, e.g. an environmental Kuznets curve): the part of the fitted outcome that depends on the
 * focal variable, relative to its value at the lowest observed x, over the observed range (dashed beyond it up to a
 * turning point outside the range), with its pointwise confidence band from the coefficient covariance, the turning
 * point and its interval, and one curve per group model when the regression was run with {@code by}. One chart per
 * focal variable (per Lind–Mehlum test in the result).
 */
public final class TurningPointCharts implements ChartProvider {
    private static final int POINTS = 200;
    /** How far beyond the observed range (as a share of it) the curve is extended to reach a turning point. */
    static final double REACH = 0.5;

    @Override
    public List<Chart> charts(Result result) {
        List<Chart> charts = new ArrayList<>();
        for (TestResult test : result.tests()) {
            if (test.name().startsWith("lind_mehlum")) {
                Chart c = chart(result, test);
                if (c != null) {
                    charts.add(c);
                }
            }
        }
        return charts;
    }

    private static Chart chart(Result result, TestResult test) {
        Map<String, Object> extra = test.extra();
        String focal = String.valueOf(extra.get("focal"));
        List<String> terms = terms(extra.get("terms"));
        double xMin = number(extra.get("x_min"));
        double xMax = number(extra.get("x_max"));
        double[] b = coefficients(result, terms);
        if (b == null || !(xMax > xMin)) {
            return null;
        }
        // turning points of this focal variable, with their intervals
        List<double[]> points = new ArrayList<>(); // {value, low, high}
        ResultTable tp = result.tables().get("turning_points");
        if (ChartData.hasColumns(tp, "focal", "turning_point", "conf_low", "conf_high")) {
            String[] f = ChartData.texts(tp, "focal");
            double[] v = ChartData.numbers(tp, "turning_point");
            double[] lo = ChartData.numbers(tp, "conf_low");
            double[] hi = ChartData.numbers(tp, "conf_high");
            for (int i = 0; i < f.length; i++) {
                if (focal.equals(f[i]) && Double.isFinite(v[i])) {
                    points.add(new double[] {v[i], lo[i], hi[i]});
                }
            }
        }
        // The curve is drawn over the observed range, extended (dashed) to a turning point that lies at most
        // REACH of the range beyond it; farther ones are only named, so the data keep the chart's width.
        double span = xMax - xMin;
        double from = xMin;
        double to = xMax;
        for (double[] p : points) {
            if (p[0] < from && p[0] >= xMin - REACH * span) {
                from = p[0];
            }
            if (p[0] > to && p[0] <= xMax + REACH * span) {
                to = p[0];
            }
        }
        double pad = 0.03 * (to - from);
        double lo = from - (from < xMin ? pad : 0);
        double hi = to + (to > xMax ? pad : 0);
        double[] grid = ChartData.grid(lo, hi, POINTS);
        double[] fit = new double[POINTS];
        double[] inside = new double[POINTS];
        double[] outside = new double[POINTS];
        double tolerance = 1e-9 * span;
        for (int i = 0; i < POINTS; i++) {
            fit[i] = relative(b, grid[i], xMin);
            boolean in = grid[i] >= xMin - tolerance && grid[i] <= xMax + tolerance;
            inside[i] = in ? fit[i] : Double.NaN;
            outside[i] = in ? Double.NaN : fit[i];
        }
        double level = result.inference() != null ? result.inference().level() : 0.95;
        String percent = String.format(Locale.ROOT, "%.0f%%", 100 * level);
        String outcome = outcome(result);
        Chart.Builder c = Chart.builder("turning_point_" + safe(focal),
                        "Fitted " + (terms.size() == 2 ? "quadratic" : "cubic") + " in " + focal
                                + (outcome.isEmpty() ? "" : " (outcome " + outcome + ")"))
                .x(Axis.of(focal, null))
                .y(Axis.of("Change in fitted " + (outcome.isEmpty() ? "outcome" : outcome),
                        "vs. lowest " + focal + " = " + format(xMin)));
        double[][] band = band(result, terms, grid, xMin, level);
        if (band != null) {
            c.add(Series.band(percent + " pointwise confidence band", grid, band[0], band[1]).colour(Palette.BLUE));
        }
        c.add(Series.line("Full sample, observed range", grid, inside).colour(Palette.BLUE));
        boolean extrapolated = false;
        for (double v : outside) {
            extrapolated |= Double.isFinite(v);
        }
        if (extrapolated) {
            c.add(Series.line("Full sample, beyond the data", grid, outside).colour(Palette.BLUE).dashed());
        }
        Palette[] groupColours = {Palette.ORANGE, Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE, Palette.SKY_BLUE,
            Palette.YELLOW};
        int g = 0;
        for (ModelResult m : result.models()) {
            double[] bg = coefficients(m, terms);
            if (bg == null) {
                continue;
            }
            double[] range = groupRange(m, test.name(), xMin, xMax);
            double[] y = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                y[i] = grid[i] >= range[0] - tolerance && grid[i] <= range[1] + tolerance
                        ? relative(bg, grid[i], xMin) : Double.NaN;
            }
            c.add(Series.line("Group " + m.name(), grid, y).colour(groupColours[g++ % groupColours.length]));
        }
        StringBuilder subtitle = new StringBuilder();
        for (double[] p : points) {
            subtitle.append(subtitle.isEmpty() ? "Turning point " : "; turning point ").append(format(p[0]));
            if (Double.isFinite(p[1]) && Double.isFinite(p[2])) {
                subtitle.append(" (").append(percent).append(" CI ").append(format(p[1])).append(" to ")
                        .append(format(p[2])).append(')');
            }
            if (p[0] < lo || p[0] > hi) {
                subtitle.append(", far outside the observed range ").append(format(xMin)).append(" to ")
                        .append(format(xMax)).append(" (not drawn)");
            }
        }
        if (Double.isFinite(test.pValue())) {
            subtitle.append(subtitle.isEmpty() ? "" : "; ").append("Lind-Mehlum U test p = ")
                    .append(String.format(Locale.ROOT, "%.3g", test.pValue()));
        }
        c.subtitle(subtitle.toString());
        for (double[] p : points) {
            if (p[0] < lo || p[0] > hi) {
                continue;
            }
            c.add(Series.verticalMarker("Turning point", p[0]).colour(Palette.BLACK).solid());
            // interval ends beyond the drawn curve would stretch the axis over empty space
            double[] ends = java.util.Arrays.stream(new double[] {p[1], p[2]})
                    .filter(e -> Double.isFinite(e) && e >= lo && e <= hi).toArray();
            if (ends.length > 0) {
                c.add(Series.verticalMarker(percent + " CI of the turning point"
                        + (ends.length < 2 ? " (one end beyond the chart)" : ""), ends).colour(Palette.VERMILLION));
            }
        }
        if (extrapolated) {
            c.add(Series.verticalMarker("Ends of the observed range", xMin, xMax).colour(Palette.SKY_BLUE));
        }
        return c.build();
    }

    /** Σ b_k (x^k − x0^k): the fitted outcome at x relative to x0. */
    static double relative(double[] b, double x, double x0) {
        double s = 0;
        for (int k = 0; k < b.length; k++) {
            s += b[k] * (Math.pow(x, k + 1) - Math.pow(x0, k + 1));
        }
        return s;
    }

    /** Pointwise interval of {@link #relative} from the model's coefficient covariance; null without one. */
    private static double[][] band(Result result, List<String> terms, double[] grid, double x0, double level) {
        List<String> vTerms = result.vcovTerms();
        double[][] v = result.vcov();
        if (vTerms == null || v == null || result.inference() == null) {
            return null;
        }
        int d = terms.size();
        int[] idx = new int[d];
        for (int k = 0; k < d; k++) {
            idx[k] = vTerms.indexOf(terms.get(k));
            if (idx[k] < 0) {
                return null;
            }
        }
        double crit = Distributions.tCritical(level, result.inference().df());
        double[][] out = new double[2][grid.length];
        for (int i = 0; i < grid.length; i++) {
            double[] g = new double[d];
            for (int k = 0; k < d; k++) {
                g[k] = Math.pow(grid[i], k + 1) - Math.pow(x0, k + 1);
            }
            double var = 0;
            for (int a = 0; a < d; a++) {
                for (int c = 0; c < d; c++) {
                    var += g[a] * v[idx[a]][idx[c]] * g[c];
                }
            }
            double f = relative(coefficients(result, terms), grid[i], x0);
            double half = crit * Math.sqrt(Math.max(0, var));
            out[0][i] = f - half;
            out[1][i] = f + half;
        }
        return out;
    }

    private static double[] groupRange(ModelResult m, String testName, double xMin, double xMax) {
        for (TestResult t : m.tests()) {
            if (t.name().equals(testName) || t.name().startsWith("lind_mehlum")) {
                double lo = number(t.extra().get("x_min"));
                double hi = number(t.extra().get("x_max"));
                if (hi > lo) {
                    return new double[] {lo, hi};
                }
            }
        }
        return new double[] {xMin, xMax};
    }

    private static double[] coefficients(ModelResult m, List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        double[] b = new double[terms.size()];
        for (int k = 0; k < b.length; k++) {
            double v = m.coefficient(terms.get(k)).map(Coefficient::estimate).orElse(Double.NaN);
            if (!Double.isFinite(v)) {
                return null;
            }
            b[k] = v;
        }
        return b;
    }

    private static List<String> terms(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
        }
        return out.size() >= 2 && out.size() <= 3 ? out : List.of();
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The dependent variable: the result's {@code dependent} statistic, else the left side of the formula. */
    static String outcome(Result result) {
        if (result.statistic("dependent") instanceof String dependent && !dependent.isBlank()) {
            return dependent;
        }
        Object formula = result.parameters().get("formula");
        if (formula == null) {
            return "";
        }
        String f = String.valueOf(formula);
        int tilde = f.indexOf('~');
        return tilde < 0 ? "" : f.substring(0, tilde).strip();
    }

    static String safe(String s) {
        String out = s.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return out.isEmpty() ? "x" : out;
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
