package org.carbonlab.efficiency.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartData.Summary;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;

/**
 * Charts of {@code efficiency.dea}: the scores over time (mean and interquartile range per period, one mean line per
 * group when the scores table has a {@code group} column) and kernel densities of the scores in a few periods. The
 * score drawn is {@code combined} (super-efficiency where computed) when super-efficiency was asked for, else
 * {@code score}.
 */
public final class DeaCharts implements ChartProvider {
    /** Densities are drawn for at most this many periods (first, last and evenly spaced ones between). */
    static final int DENSITY_PERIODS = 4;

    @Override
    public List<Chart> charts(Result result) {
        ResultTable scores = result.tables().get("scores");
        if (!ChartData.hasColumns(scores, "score")) {
            return List.of();
        }
        // super-efficiency was computed when super_score holds values (whatever the recorded parameters say)
        boolean superEfficiency = ChartData.hasColumns(scores, "combined", "super_score")
                && java.util.Arrays.stream(ChartData.numbers(scores, "super_score")).anyMatch(Double::isFinite);
        double[] values = ChartData.numbers(scores, superEfficiency ? "combined" : "score");
        String what = scoreName(result, superEfficiency);
        String unit = "ddf".equals(String.valueOf(result.parameters().get("model"))) ? "beta, 0 = efficient"
                : "1 = on the frontier";
        List<Chart> charts = new ArrayList<>();
        if (ChartData.hasColumns(scores, RowKeys.TIME)) {
            double[] time = ChartData.numbers(scores, RowKeys.TIME);
            charts.add(overTime(result, time, values, what, unit, superEfficiency));
            if (ChartData.hasColumns(scores, "group")) {
                charts.add(byGroup(time, values, ChartData.texts(scores, "group"), what, unit));
            }
            charts.add(densities(time, values, what, unit, false));
        } else {
            charts.add(densities(new double[values.length], values, what, unit, true));
        }
        return charts;
    }

    private static String scoreName(Result result, boolean superEfficiency) {
        String model = String.valueOf(result.parameters().get("model"));
        String base = switch (model) {
            case "radial" -> "Radial efficiency";
            case "ddf" -> "Directional distance inefficiency";
            default -> "SBM efficiency";
        };
        return superEfficiency ? base.replace("efficiency", "super-efficiency") : base;
    }

    private static Chart overTime(Result result, double[] time, double[] values, String what, String unit,
            boolean superEfficiency) {
        Map<Double, Summary> byPeriod = ChartData.summariesBy(time, values);
        int n = byPeriod.size();
        double[] t = new double[n];
        double[] mean = new double[n];
        double[] median = new double[n];
        double[] q1 = new double[n];
        double[] q3 = new double[n];
        double[] min = new double[n];
        double[] max = new double[n];
        int i = 0;
        int dmus = 0;
        for (Map.Entry<Double, Summary> e : byPeriod.entrySet()) {
            Summary s = e.getValue();
            t[i] = e.getKey();
            mean[i] = s.mean();
            median[i] = s.median();
            q1[i] = s.q1();
            q3[i] = s.q3();
            min[i] = s.min();
            max[i] = s.max();
            dmus = Math.max(dmus, s.n());
            i++;
        }
        String frontier = String.valueOf(result.parameters().getOrDefault("frontier", ""));
        Chart.Builder b = Chart.builder("scores_over_time", what + " over time")
                .subtitle("Per period across up to " + dmus + " DMUs" + (frontier.isBlank() ? "" : "; " + frontier
                        + " frontier") + (superEfficiency ? "; efficient DMUs carry their super-efficiency" : ""))
                .x(Axis.periods("Period"))
                .y(Axis.of(what + " score", unit))
                .add(Series.band("Range (min to max)", t, min, max).colour(Palette.SKY_BLUE))
                .add(Series.band("Interquartile range", t, q1, q3).colour(Palette.BLUE))
                .add(Series.line("Median", t, median).colour(Palette.BLUE).dashed())
                .add(Series.line("Mean", t, mean).colour(Palette.VERMILLION));
        if (!"ddf".equals(String.valueOf(result.parameters().get("model")))) {
            b.add(Series.horizontalMarker("Frontier (score = 1)", 1.0).colour(Palette.BLACK));
        }
        return b.build();
    }

    private static Chart byGroup(double[] time, double[] values, String[] groups, String what, String unit) {
        TreeSet<String> names = new TreeSet<>();
        for (String g : groups) {
            if (g != null && !g.isBlank()) {
                names.add(g);
            }
        }
        Chart.Builder b = Chart.builder("scores_by_group", what + " over time by group")
                .subtitle("Mean score per period within each group")
                .x(Axis.periods("Period"))
                .y(Axis.of(what + " score", unit));
        for (String name : names) {
            List<Double> ts = new ArrayList<>();
            List<Double> vs = new ArrayList<>();
            for (int i = 0; i < groups.length; i++) {
                if (name.equals(groups[i])) {
                    ts.add(time[i]);
                    vs.add(values[i]);
                }
            }
            Map<Double, Summary> byPeriod = ChartData.summariesBy(ChartData.toArray(ts), ChartData.toArray(vs));
            double[] t = byPeriod.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            double[] mean = byPeriod.values().stream().mapToDouble(Summary::mean).toArray();
            b.add(Series.line(name, t, mean));
        }
        return b.build();
    }

    private static Chart densities(double[] time, double[] values, String what, String unit,
            boolean crossSection) {
        Map<Double, List<Double>> byPeriod = new LinkedHashMap<>();
        for (Map.Entry<Double, Summary> e : ChartData.summariesBy(time, values).entrySet()) {
            if (e.getValue().n() >= 2) {
                byPeriod.put(e.getKey(), new ArrayList<>());
            }
        }
        for (int i = 0; i < time.length; i++) {
            List<Double> list = byPeriod.get(time[i]);
            if (list != null && Double.isFinite(values[i])) {
                list.add(values[i]);
            }
        }
        List<Double> periods = new ArrayList<>(byPeriod.keySet());
        List<Double> chosen = pick(periods);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double hMax = 0;
        Map<Double, Double> bandwidth = new LinkedHashMap<>();
        for (double p : chosen) {
            double[] v = ChartData.toArray(byPeriod.get(p));
            double h = ChartData.silvermanBandwidth(v);
            bandwidth.put(p, h);
            hMax = Math.max(hMax, h);
            for (double x : v) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        Chart.Builder b = Chart.builder("score_density",
                crossSection ? "Distribution of " + lowerFirst(what) + " scores"
                        : "Distribution of " + lowerFirst(what) + " scores by period")
                .subtitle("Gaussian kernel density, Silverman's bandwidth per period"
                        + (periods.size() > chosen.size() ? "; " + chosen.size() + " of " + periods.size()
                                + " periods shown" : ""))
                .x(Axis.of(what + " score", unit))
                .y(Axis.of("Density", null));
        if (chosen.isEmpty()) {
            return b.subtitle("Too few scores for a density").build();
        }
        double[] grid = ChartData.grid(lo - 2 * hMax, hi + 2 * hMax, 256);
        Palette[] colours = {Palette.BLUE, Palette.ORANGE, Palette.BLUISH_GREEN, Palette.VERMILLION};
        int k = 0;
        for (double p : chosen) {
            double[] v = ChartData.toArray(byPeriod.get(p));
            String name = crossSection ? "Scores (n = " + v.length + ")"
                    : String.valueOf((long) p) + " (n = " + v.length + ")";
            b.add(Series.density(name, grid, ChartData.kernelDensity(v, bandwidth.get(p), grid))
                    .colour(colours[k++ % colours.length]));
        }
        return b.build();
    }

    /** First, last and evenly spaced periods between, at most {@link #DENSITY_PERIODS}. */
    static List<Double> pick(List<Double> periods) {
        int n = periods.size();
        if (n <= DENSITY_PERIODS) {
            return periods;
        }
        TreeSet<Integer> idx = new TreeSet<>();
        for (int k = 0; k < DENSITY_PERIODS; k++) {
            idx.add((int) Math.round(k * (n - 1) / (double) (DENSITY_PERIODS - 1)));
        }
        return idx.stream().map(periods::get).toList();
    }

    private static String lowerFirst(String s) {
        // "SBM ..." keeps its acronym; "Radial ..." becomes "radial ..."
        boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
        return s.isEmpty() || acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
