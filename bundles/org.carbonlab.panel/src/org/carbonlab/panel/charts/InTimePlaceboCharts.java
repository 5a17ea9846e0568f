package org.carbonlab.panel.charts;

import java.util.List;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/**
 * The chart of {@code panel.placebo kind=in_time} ({@code tables.in_time}): the DID estimate at each fake policy
 * date of the pre-period sample with its confidence interval, zero dashed, and the real policy start marked with
 * the true (full-sample) estimate and its interval, so that one sees whether fake dates give "effects" as large.
 */
public final class InTimePlaceboCharts implements ChartProvider {
    @Override
    public List<Chart> charts(Result result) {
        ResultTable t = result.tables().get("in_time");
        if (!ChartData.hasColumns(t, "fake_start", "estimate", "conf_low", "conf_high") || t.rows().isEmpty()) {
            return List.of();
        }
        double[] fake = ChartData.numbers(t, "fake_start");
        String percent = DidChartText.percent(DidChartText.level(result));
        String outcome = DidChartText.outcome(result);
        Object term = result.statistic("treatment_term");
        String termText = term == null ? "the treatment" : String.valueOf(term);
        Chart.Builder c = Chart.builder("placebo_in_time", "In-time placebo: DID estimates at fake policy dates")
                .x(Axis.periods("Fake policy start (period)"))
                .y(Axis.of("Placebo estimate of " + termText, "units of " + outcome));
        c.add(Series.errorBars("Placebo estimate, " + percent + " confidence interval", fake,
                ChartData.numbers(t, "estimate"), ChartData.numbers(t, "conf_low"), ChartData.numbers(t, "conf_high"))
                .colour(Palette.BLUE));
        c.add(Series.horizontalMarker("Zero", 0).colour(Palette.BLACK).dashed().hiddenFromLegend());
        String subtitle = fake.length + " fake start" + (fake.length == 1 ? "" : "s")
                + " in the sample before the real start";
        if (result.statistic("real_start") instanceof Number real) {
            double start = real.doubleValue();
            subtitle += " " + real.longValue();
            c.add(Series.verticalMarker("Real policy start " + real.longValue(), start).colour(Palette.VERMILLION)
                    .dashed());
            Coefficient truth = trueCoefficient(result, termText);
            if (truth != null) {
                c.add(Series.errorBars("True estimate " + TurningPointCharts.format(truth.estimate())
                        + " (whole sample), " + percent + " confidence interval", new double[] {start},
                        new double[] {truth.estimate()}, new double[] {truth.confLow()},
                        new double[] {truth.confHigh()}).colour(Palette.VERMILLION));
            }
        }
        return List.of(c.subtitle(subtitle + ", with the real treated group and model").build());
    }

    /** The treatment's coefficient in the real (whole-sample) fit, the result's own model, or null. */
    private static Coefficient trueCoefficient(Result result, String term) {
        if (result.coefficient(term).isPresent()) {
            return result.coefficient(term).get();
        }
        for (ModelResult m : result.models()) {
            var c = m.coefficient(term);
            if (c.isPresent()) {
                return c.get();
            }
        }
        return null;
    }
}
