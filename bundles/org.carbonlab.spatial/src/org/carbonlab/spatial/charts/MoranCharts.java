package org.carbonlab.spatial.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/**
 * Charts of {@code spatial.moran}: global Moran's I by period for each variable, with the range a spatially random
 * pattern would give (E[I] ± critical value × sd under randomisation), and the Moran scatter plot (standardised value
 * z against its spatial lag Wz, coloured by quadrant, with the least-squares line through the origin, whose slope is
 * Moran's I for a row-standardised W) for the last period of each variable, or one per period listed in the
 * result's {@code scatter_periods} statistic. The scatter shows z standardised as R's scale() does (deviation from the
 * period's mean over its sd with divisor n − 1) and the spatial lag of that standardised z; the scale leaves the
 * slope, Moran's I, unchanged.
 */
public final class MoranCharts implements ChartProvider {
    /** Scatter plots are drawn for at most this many variables. */
    static final int MAX_SCATTERS = 3;
    private static final String[] QUADRANTS = {"HH", "LL", "HL", "LH"};
    private static final Palette[] QUADRANT_COLOURS = {Palette.VERMILLION, Palette.BLUE, Palette.REDDISH_PURPLE,
        Palette.SKY_BLUE};
    private static final String[] QUADRANT_NAMES = {"HH: high, high neighbours", "LL: low, low neighbours",
        "HL: high, low neighbours", "LH: low, high neighbours"};

    @Override
    public List<Chart> charts(Result result) {
        List<Chart> charts = new ArrayList<>();
        ResultTable moran = result.tables().get("moran");
        if (ChartData.hasColumns(moran, "variable", "period", "I", "expected", "variance", "assumption")) {
            Chart byPeriod = byPeriod(result, moran);
            if (byPeriod != null) {
                charts.add(byPeriod);
            }
        }
        ResultTable scatter = result.tables().get("scatter");
        if (ChartData.hasColumns(scatter, "variable", "z", "wz", "quadrant")) {
            Set<String> variables = new LinkedHashSet<>(List.of(ChartData.texts(scatter, "variable")));
            long[] periods = chosenPeriods(result);
            for (String v : variables.stream().limit(MAX_SCATTERS).toList()) {
                String id = "moran_scatter" + (variables.size() > 1 ? "_" + safe(v) : "");
                if (periods == null || scatter.columnIndex("time") < 0) {
                    charts.add(scatter(result, scatter, v, lastPeriod(scatter, v), id));
                } else {
                    for (long t : periods) {
                        charts.add(scatter(result, scatter, v, t, id + "_" + t));
                    }
                }
            }
        }
        return charts;
    }

    private static double level(Result result) {
        Object level = result.parameters().get("level");
        try {
            return level == null ? 0.05 : Double.parseDouble(String.valueOf(level));
        } catch (NumberFormatException e) {
            return 0.05;
        }
    }

    private static Chart byPeriod(Result result, ResultTable moran) {
        String[] variable = ChartData.texts(moran, "variable");
        double[] period = ChartData.numbers(moran, "period");
        double[] value = ChartData.numbers(moran, "I");
        double[] expected = ChartData.numbers(moran, "expected");
        double[] variance = ChartData.numbers(moran, "variance");
        String[] assumption = ChartData.texts(moran, "assumption");
        Set<String> variables = new LinkedHashSet<>(List.of(variable));
        // significance level of the tests: the interval is its two-sided counterpart
        double alpha = level(result);
        double alphaTwoSided = alpha > 0 && alpha < 1 ? alpha : 0.05;
        double crit = Distributions.tCritical(1 - alphaTwoSided, Double.POSITIVE_INFINITY);
        Chart.Builder c = Chart.builder("moran_by_period", "Global Moran's I by period")
                .subtitle(String.format(Locale.ROOT, "Band: where %.0f%% of values of I fall without spatial "
                        + "autocorrelation (E[I] \u00b1 %.2f sd, randomisation assumption)", 100 * (1 - alphaTwoSided),
                        crit))
                .x(Axis.periods("Period"))
                .y(Axis.of("Moran's I", null));
        Palette[] colours = {Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN, Palette.ORANGE};
        int k = 0;
        boolean any = false;
        for (String v : variables) {
            List<Double> t = new ArrayList<>();
            List<Double> i = new ArrayList<>();
            List<Double> lo = new ArrayList<>();
            List<Double> hi = new ArrayList<>();
            for (int r = 0; r < variable.length; r++) {
                if (v.equals(variable[r]) && "randomisation".equals(assumption[r]) && Double.isFinite(period[r])) {
                    t.add(period[r]);
                    i.add(value[r]);
                    double sd = Math.sqrt(variance[r]);
                    lo.add(expected[r] - crit * sd);
                    hi.add(expected[r] + crit * sd);
                }
            }
            if (t.size() < 2) {
                continue; // one period (a cross-section or pooled): nothing to draw over time
            }
            any = true;
            Palette colour = colours[k++ % colours.length];
            double[] ts = ChartData.toArray(t);
            String suffix = variables.size() > 1 ? ": " + v : "";
            c.add(Series.band(String.format(Locale.ROOT, "%.0f%% range without autocorrelation", 100 * (1 - alphaTwoSided))
                    + suffix, ts, ChartData.toArray(lo), ChartData.toArray(hi))
                    .colour(colour));
            c.add(Series.line("Moran's I of " + v, ts, ChartData.toArray(i))
                    .colour(colour));
            c.add(Series.scatter("", ts, ChartData.toArray(i)).colour(colour));
        }
        return any ? c.add(Series.horizontalMarker("", 0).colour(Palette.BLACK).hiddenFromLegend()).build() : null;
    }

    /** The periods of the {@code scatter_periods} statistic, or null (the default: the last period). */
    private static long[] chosenPeriods(Result result) {
        Object value = result.statistics().get("scatter_periods");
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        List<Long> out = new ArrayList<>();
        for (String part : String.valueOf(value).split(",")) {
            try {
                out.add((long) Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                return null; // not written by spatial.moran: fall back to the default chart
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** The variable's last period in the scatter table (NaN for a cross-section). */
    private static double lastPeriod(ResultTable table, String variable) {
        if (table.columnIndex("time") < 0) {
            return Double.NaN;
        }
        String[] vars = ChartData.texts(table, "variable");
        double[] time = ChartData.numbers(table, "time");
        double last = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < vars.length; r++) {
            if (variable.equals(vars[r]) && time[r] > last) {
                last = time[r];
            }
        }
        return last;
    }

    /** The scatter of the variable in one period (NaN: a cross-section, every row). */
    private static Chart scatter(Result result, ResultTable table, String variable, double period, String id) {
        String[] vars = ChartData.texts(table, "variable");
        boolean hasTime = !Double.isNaN(period);
        double[] time = hasTime ? ChartData.numbers(table, "time") : new double[vars.length];
        double[] z = ChartData.numbers(table, "z");
        double[] wz = ChartData.numbers(table, "wz");
        String[] quadrant = ChartData.texts(table, "quadrant");
        List<Integer> rows = new ArrayList<>();
        double szz = 0;
        for (int r = 0; r < vars.length; r++) {
            if (variable.equals(vars[r]) && (!hasTime || time[r] == period) && Double.isFinite(z[r])
                    && Double.isFinite(wz[r])) {
                rows.add(r);
                szz += z[r] * z[r];
            }
        }
        int n = rows.size();
        // R's scale(): sd with divisor n - 1; W is linear, so the lag of z/sd is Wz/sd
        double sd = n > 1 && szz > 0 ? Math.sqrt(szz / (n - 1)) : 1.0;
        double szw = 0;
        double maxAbsZ = 0;
        double maxAbsW = 0;
        List<List<double[]>> byQuadrant = new ArrayList<>();
        for (int q = 0; q < QUADRANTS.length; q++) {
            byQuadrant.add(new ArrayList<>());
        }
        for (int r : rows) {
            double x = z[r] / sd;
            double y = wz[r] / sd;
            szw += x * y;
            maxAbsZ = Math.max(maxAbsZ, Math.abs(x));
            maxAbsW = Math.max(maxAbsW, Math.abs(y));
            for (int q = 0; q < QUADRANTS.length; q++) {
                if (QUADRANTS[q].equals(quadrant[r])) {
                    byQuadrant.get(q).add(new double[] {x, y});
                }
            }
        }
        double sxx = szz / (sd * sd);
        double slope = sxx > 0 ? szw / sxx : Double.NaN;
        String when = hasTime ? " in " + (long) period : "";
        Chart.Builder c = Chart.builder(id, "Moran scatter plot of " + variable + when)
                .subtitle(String.format(Locale.ROOT, "%d units; z = %s standardised (minus its mean, over its sd),"
                        + " Wz = spatial lag of z%s", n, variable, globalI(result, variable, period)))
                .x(Axis.of("z: " + variable + " standardised", "standard deviations from the mean"))
                .y(Axis.of("Wz: spatial lag of z", "weighted mean of the neighbours' z"))
                .add(Series.horizontalMarker("", 0).colour(Palette.BLACK).hiddenFromLegend())
                .add(Series.verticalMarker("", 0).colour(Palette.BLACK).hiddenFromLegend());
        for (int q = 0; q < QUADRANTS.length; q++) {
            List<double[]> pts = byQuadrant.get(q);
            c.add(Series.scatter(QUADRANT_NAMES[q] + " (" + pts.size() + ")",
                    pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray())
                    .colour(QUADRANT_COLOURS[q]));
        }
        if (Double.isFinite(slope) && maxAbsZ > 0) {
            double ext = maxAbsZ * 1.05;
            c.add(Series.line(String.format(Locale.ROOT, "Least-squares line, slope %.3f", slope),
                    new double[] {-ext, ext}, new double[] {-slope * ext, slope * ext}).colour(Palette.BLACK));
        }
        if (maxAbsZ > 0 && maxAbsW > 0) {
            double ax = 0.8 * maxAbsZ;
            double ay = 0.85 * maxAbsW;
            c.annotate(ax, ay, "HH").annotate(-ax, -ay, "LL").annotate(ax, -ay, "HL").annotate(-ax, ay, "LH");
        }
        return c.build();
    }

    /** "; Moran's I = …, permutation p = …" of the variable in the period (NaN: the one sample), or "". */
    private static String globalI(Result result, String variable, double period) {
        ResultTable moran = result.tables().get("moran");
        if (!ChartData.hasColumns(moran, "variable", "period", "I", "assumption")) {
            return "";
        }
        String[] vars = ChartData.texts(moran, "variable");
        double[] periods = ChartData.numbers(moran, "period");
        double[] values = ChartData.numbers(moran, "I");
        double[] p = moran.columnIndex("p_permutation") >= 0 ? ChartData.numbers(moran, "p_permutation")
                : new double[vars.length];
        String[] assumption = ChartData.texts(moran, "assumption");
        for (int r = 0; r < vars.length; r++) {
            boolean samePeriod = Double.isNaN(period) || periods[r] == period;
            if (variable.equals(vars[r]) && samePeriod && "randomisation".equals(assumption[r])) {
                return String.format(Locale.ROOT, "; Moran's I = %.3f", values[r])
                        + (Double.isFinite(p[r]) && moran.columnIndex("p_permutation") >= 0
                                ? String.format(Locale.ROOT, " (permutation p = %.3g)", p[r]) : "");
            }
        }
        return "";
    }

    private static String safe(String s) {
        String out = s.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return out.isEmpty() ? "x" : out;
    }
}
