package org.carbonlab.integration.charts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * The chart of {@code index.ccd}: the coupling coordination degree D over time (mean and interquartile range across
 * units) with the mean coupling C, coordination T and subsystem scores U behind it. Needs a panel (a time column).
 */
public final class CouplingCoordinationCharts implements ChartProvider {
    private static final Palette[] SUBSYSTEM_COLOURS = {Palette.ORANGE, Palette.SKY_BLUE, Palette.REDDISH_PURPLE,
        Palette.YELLOW, Palette.BLACK};

    @Override
    public List<Chart> charts(Result result) {
        ResultTable ccd = result.tables().get("ccd");
        if (!ChartData.hasColumns(ccd, RowKeys.TIME, "C", "T", "D")) {
            return List.of();
        }
        double[] time = ChartData.numbers(ccd, RowKeys.TIME);
        Map<Double, Summary> d = ChartData.summariesBy(time, ChartData.numbers(ccd, "D"));
        double[] t = keys(d);
        double[] q1 = d.values().stream().mapToDouble(Summary::q1).toArray();
        double[] q3 = d.values().stream().mapToDouble(Summary::q3).toArray();
        Chart.Builder b = Chart.builder("ccd_over_time", "Coupling coordination over time")
                .x(Axis.periods("Period"))
                .y(Axis.of("Index value", "0-1"))
                .add(Series.band("D: interquartile range", t, q1, q3).colour(Palette.VERMILLION))
                .add(Series.line("D: coupling coordination degree (mean)", t, means(time, ChartData.numbers(ccd, "D"), t))
                        .colour(Palette.VERMILLION))
                .add(Series.line("C: coupling (mean)", t, means(time, ChartData.numbers(ccd, "C"), t))
                        .colour(Palette.BLUE))
                .add(Series.line("T: coordination (mean)", t,
                        means(time, ChartData.numbers(ccd, "T"), t)).colour(Palette.BLUISH_GREEN));
        int k = 0;
        for (String column : ccd.columns()) {
            if (column.startsWith("U_")) {
                double[] u = means(time, ChartData.numbers(ccd, column), t);
                b.add(Series.line("U " + column.substring(2) + " (mean)", t, u)
                        .colour(SUBSYSTEM_COLOURS[k++ % SUBSYSTEM_COLOURS.length]).dashed());
            }
        }
        int units = d.values().stream().mapToInt(Summary::n).max().orElse(0);
        String subtitle = "Per period across up to " + units + " units; D = sqrt(C T)";
        ResultTable byPeriod = result.tables().get("ccd_by_period");
        if (ChartData.hasColumns(byPeriod, RowKeys.TIME, "D", "level") && !byPeriod.rows().isEmpty()) {
            int last = byPeriod.rows().size() - 1;
            double lastD = ChartData.numbers(byPeriod, "D")[last];
            String level = ChartData.texts(byPeriod, "level")[last];
            subtitle += String.format(Locale.ROOT, "; mean D in %d: %.3f (%s)",
                    (long) ChartData.numbers(byPeriod, RowKeys.TIME)[last], lastD, level);
        }
        return List.of(b.subtitle(subtitle).build());
    }

    private static double[] keys(Map<Double, Summary> m) {
        return m.keySet().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Per-period means of a column on the periods {@code t} (NaN, a gap, where the column has no value). */
    private static double[] means(double[] time, double[] values, double[] t) {
        Map<Double, Summary> m = ChartData.summariesBy(time, values);
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            Summary s = m.get(t[i]);
            out[i] = s == null ? Double.NaN : s.mean();
        }
        return out;
    }
}
