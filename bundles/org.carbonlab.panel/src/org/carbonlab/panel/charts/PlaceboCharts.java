package org.carbonlab.panel.charts;

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
 * The distribution chart of {@code panel.placebo} (permutation and in-space placebos, {@code tables.placebo}): a
 * histogram of the placebo estimates scaled to a density with its kernel density (Silverman bandwidth), the true
 * estimate as a solid line and zero as a dashed one; the two-sided permutation p-value in the title and legend.
 */
public final class PlaceboCharts implements ChartProvider {
    @Override
    public List<Chart> charts(Result result) {
        ResultTable t = result.tables().get("placebo");
        if (!ChartData.hasColumns(t, "estimate") || !(result.statistic("true_estimate") instanceof Number truth)) {
            return List.of();
        }
        double[] draws = ChartData.sortedFinite(ChartData.numbers(t, "estimate"));
        if (draws.length < 2) {
            return List.of();
        }
        double b = truth.doubleValue();
        double p = result.statistic("p_permutation") instanceof Number n ? n.doubleValue() : Double.NaN;
        String pText = Double.isFinite(p) ? "two-sided permutation p " + DidChartText.p(p) : "";
        Chart.Builder c = Chart.builder("placebo_distribution", "Placebo distribution of the DID estimate"
                        + (pText.isEmpty() ? "" : " (" + pText + ")"))
                .subtitle(draws.length + " placebo estimates" + kind(result) + "; mean "
                        + TurningPointCharts.format(mean(draws)) + ", SD "
                        + TurningPointCharts.format(number(result.statistic("placebo_sd"))))
                .x(Axis.of("Placebo estimate of " + term(result), "units of " + DidChartText.outcome(result)))
                .y(Axis.of("Density", null));
        Series histogram = ChartData.histogram("Placebo estimates (histogram)", draws, bins(draws.length));
        if (histogram.size() > 0) {
            c.add(histogram.colour(Palette.SKY_BLUE));
        }
        double h = ChartData.silvermanBandwidth(draws);
        if (h > 0) {
            double lo = Math.min(draws[0], b) - 3 * h;
            double hi = Math.max(draws[draws.length - 1], b) + 3 * h;
            double[] grid = ChartData.grid(lo, hi, 200);
            c.add(Series.density("Kernel density", grid, ChartData.kernelDensity(draws, h, grid))
                    .colour(Palette.BLUE));
        }
        c.add(Series.verticalMarker("Zero", 0).colour(Palette.BLACK).dashed().hiddenFromLegend());
        c.add(Series.verticalMarker("True estimate " + TurningPointCharts.format(b)
                + (pText.isEmpty() ? "" : " (" + pText + ")"), b).colour(Palette.VERMILLION).solid());
        return List.of(c.build());
    }

    /** The histogram's bins for n draws: about √n, 10 to 40. */
    public static int bins(int n) {
        return Math.max(10, Math.min(40, (int) Math.round(Math.sqrt(n))));
    }

    private static String kind(Result result) {
        Object kind = result.parameters().get("kind");
        Object assign = result.parameters().get("assign");
        if (kind == null) {
            return "";
        }
        return " (" + kind + ("permutation".equals(String.valueOf(kind)) && assign != null ? ", " + assign + " reassigned" : "")
                + ")";
    }

    private static String term(Result result) {
        Object term = result.statistic("treatment_term");
        return term == null ? "the treatment" : String.valueOf(term);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
