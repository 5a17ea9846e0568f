package org.carbonlab.panel.charts;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/**
 * The parallel-trends chart of {@code panel.did} and {@code panel.eventstudy} from {@code tables.trends}: the mean
 * outcome of treated and never-treated (control) units per period, with the policy start(s) as dashed vertical lines.
 */
public final class ParallelTrendsCharts implements ChartProvider {
    @Override
    public List<Chart> charts(Result result) {
        ResultTable t = result.tables().get("trends");
        if (!ChartData.hasColumns(t, "time", "group", "mean") || t.rows().isEmpty()) {
            return List.of();
        }
        double[] time = ChartData.numbers(t, "time");
        String[] group = ChartData.texts(t, "group");
        double[] mean = ChartData.numbers(t, "mean");
        String outcome = DidChartText.outcome(result);
        Object how = result.statistic("trends_outcome");
        Chart.Builder c = Chart.builder("parallel_trends", "Mean " + outcome + " of treated and control units")
                .subtitle("Control: never-treated units" + (how == null ? "" : "; " + how)
                        + "; dashed line: the policy start")
                .x(Axis.periods("Period"))
                .y(Axis.of("Mean " + outcome, "units of " + outcome));
        c.add(line("Treated units", "treated", time, group, mean).colour(Palette.VERMILLION));
        c.add(line("Control units", "control", time, group, mean).colour(Palette.BLUE));
        if (result.statistic("policy_periods") instanceof List<?> starts && !starts.isEmpty()) {
            double[] at = starts.stream().filter(Number.class::isInstance)
                    .mapToDouble(s -> ((Number) s).doubleValue()).toArray();
            c.add(Series.verticalMarker("Policy start" + (at.length > 1 ? "s" : " " + (long) at[0]), at)
                    .colour(Palette.BLACK).dashed());
        }
        return List.of(c.build());
    }

    private static Series line(String name, String which, double[] time, String[] group, double[] mean) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < time.length; i++) {
            if (which.equals(group[i])) {
                x.add(time[i]);
                y.add(mean[i]);
            }
        }
        return Series.line(name, ChartData.toArray(x), ChartData.toArray(y));
    }
}
