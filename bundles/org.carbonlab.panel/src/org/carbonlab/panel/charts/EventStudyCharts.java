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
import org.carbonlab.core.result.TestResult;

/**
 * The coefficient plot of {@code panel.eventstudy} from {@code tables.event_study}: each event time's estimate with
 * its confidence interval (whiskers over a shaded band), the reference period drawn at its fixed 0, a dashed zero
 * line and a dashed vertical line between the last pre-treatment period (−1) and the first treated one (0); the
 * pre-trend test in the subtitle.
 */
public final class EventStudyCharts implements ChartProvider {
    @Override
    public List<Chart> charts(Result result) {
        ResultTable t = result.tables().get("event_study");
        if (!ChartData.hasColumns(t, "event_time", "estimate", "conf_low", "conf_high", "reference")
                || t.rows().isEmpty()) {
            return List.of();
        }
        double[] e = ChartData.numbers(t, "event_time");
        double[] est = ChartData.numbers(t, "estimate");
        double[] low = ChartData.numbers(t, "conf_low");
        double[] high = ChartData.numbers(t, "conf_high");
        String[] reference = ChartData.texts(t, "reference");
        List<Integer> free = new ArrayList<>();
        List<Integer> fixed = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            ("true".equals(reference[i]) ? fixed : free).add(i);
        }
        String percent = DidChartText.percent(DidChartText.level(result));
        String outcome = DidChartText.outcome(result);
        Chart.Builder c = Chart.builder("event_study", "Event study: effect on " + outcome + " by event time")
                .subtitle(subtitle(result))
                .x(Axis.periods("Event time (periods since the first treated period)"))
                .y(Axis.of("Effect on " + outcome, "units of " + outcome));
        c.add(Series.band(percent + " confidence band", pick(e, free), pick(low, free), pick(high, free))
                .colour(Palette.SKY_BLUE));
        c.add(Series.horizontalMarker("Zero", 0).colour(Palette.BLACK).dashed().hiddenFromLegend());
        c.add(Series.verticalMarker("Treatment starts (between −1 and 0)", -0.5).colour(Palette.VERMILLION)
                .dashed());
        c.add(Series.errorBars("Estimate, " + percent + " confidence interval", pick(e, free), pick(est, free),
                pick(low, free), pick(high, free)).colour(Palette.BLUE));
        if (!fixed.isEmpty()) {
            c.add(Series.scatter("Reference period (fixed at 0)", pick(e, fixed), pick(est, fixed))
                    .colour(Palette.VERMILLION));
        }
        return List.of(c.build());
    }

    private static String subtitle(Result result) {
        StringBuilder s = new StringBuilder();
        Object method = result.statistic("method");
        s.append(method == null ? "Event-study regression" : String.valueOf(method));
        Object ref = result.statistic("ref");
        if (ref != null && !String.valueOf(method).contains("Callaway")) {
            s.append("; reference period ").append(ref);
        }
        result.test("pretrend").map(TestResult::pValue).filter(Double::isFinite)
                .ifPresent(p -> s.append("; pre-trend test p ").append(DidChartText.p(p)));
        return s.toString();
    }

    private static double[] pick(double[] values, List<Integer> rows) {
        return rows.stream().mapToDouble(i -> values[i]).toArray();
    }
}
