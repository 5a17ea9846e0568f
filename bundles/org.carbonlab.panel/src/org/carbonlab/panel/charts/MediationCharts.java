package org.carbonlab.panel.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.Tick;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/**
 * Charts of {@code panel.mediation} with a bootstrap: the bootstrap distribution of each indirect effect (histogram
 * of {@code tables.bootstrap_draws} scaled to a density) with the estimate and its percentile and bias-corrected
 * intervals, and all effects (indirect, direct, total) with both intervals side by side.
 */
public final class MediationCharts implements ChartProvider {
    static final int BINS = 30;
    /** At most this many indirect effects get a distribution chart (one per mediator, plus the total indirect). */
    static final int MAX_DISTRIBUTIONS = 4;

    @Override
    public List<Chart> charts(Result result) {
        ResultTable boot = result.tables().get("bootstrap");
        if (!ChartData.hasColumns(boot, "effect", "estimate", "pct_low", "pct_high", "bc_low", "bc_high")) {
            return List.of();
        }
        String[] effects = ChartData.texts(boot, "effect");
        double[] est = ChartData.numbers(boot, "estimate");
        double[] pctLow = ChartData.numbers(boot, "pct_low");
        double[] pctHigh = ChartData.numbers(boot, "pct_high");
        double[] bcLow = ChartData.numbers(boot, "bc_low");
        double[] bcHigh = ChartData.numbers(boot, "bc_high");
        String percent = String.format(Locale.ROOT, "%.0f%%", 100 * level(result));
        String subject = subject(result);
        List<Chart> charts = new ArrayList<>();
        ResultTable draws = result.tables().get("bootstrap_draws");
        int shown = 0;
        for (int j = 0; j < effects.length && shown < MAX_DISTRIBUTIONS; j++) {
            if (effects[j] != null && effects[j].startsWith("indirect") && ChartData.hasColumns(draws, effects[j])) {
                charts.add(distribution(effects[j], ChartData.numbers(draws, effects[j]), est[j], pctLow[j],
                        pctHigh[j], bcLow[j], bcHigh[j], percent, subject));
                shown++;
            }
        }
        charts.add(effects(effects, est, pctLow, pctHigh, bcLow, bcHigh, percent, subject,
                result.statistic("bootstrap_ok")));
        return charts;
    }

    private static Chart distribution(String effect, double[] draws, double estimate, double pctLow, double pctHigh,
            double bcLow, double bcHigh, String percent, String subject) {
        double[] s = ChartData.sortedFinite(draws);
        Chart.Builder c = Chart.builder("bootstrap_" + TurningPointCharts.safe(effect),
                        "Bootstrap distribution of the " + effect.replace('_', ' ') + " effect")
                .subtitle(s.length + " bootstrap replications" + subject)
                .x(Axis.of(capitalised(effect.replace('_', ' ')) + " effect", "units of the outcome per unit of treatment"))
                .y(Axis.of("Density", null));
        Series histogram = ChartData.histogram("Bootstrap draws (histogram)", s, BINS);
        if (histogram.size() > 0) {
            c.add(histogram.colour(Palette.SKY_BLUE));
        }
        c.add(Series.verticalMarker("Estimate " + TurningPointCharts.format(estimate), estimate).colour(Palette.BLACK)
                .solid());
        if (Double.isFinite(pctLow) && Double.isFinite(pctHigh)) {
            c.add(Series.verticalMarker(percent + " percentile interval", pctLow, pctHigh).colour(Palette.BLUE));
        }
        if (Double.isFinite(bcLow) && Double.isFinite(bcHigh)) {
            c.add(Series.verticalMarker(percent + " bias-corrected interval", bcLow, bcHigh)
                    .colour(Palette.VERMILLION));
        }
        c.add(Series.verticalMarker("Zero (no effect)", 0).colour(Palette.REDDISH_PURPLE));
        return c.build();
    }

    private static Chart effects(String[] effects, double[] est, double[] pctLow, double[] pctHigh, double[] bcLow,
            double[] bcHigh, String percent, String subject, Object reps) {
        int n = effects.length;
        double[] x = new double[n];
        double[] xBc = new double[n];
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x[i] = i + 1 - 0.12;
            xBc[i] = i + 1 + 0.12;
            ticks.add(new Tick(i + 1, effects[i] == null ? "" : effects[i].replace('_', ' ')));
        }
        return Chart.builder("mediation_effects", "Mediation effects with bootstrap intervals")
                .subtitle((reps instanceof Number r ? r.intValue() + " bootstrap replications" : "Bootstrap") + subject)
                .x(new Axis("Effect", null, 0.4, n + 0.6, ticks, false))
                .y(Axis.of("Effect on the outcome", "per unit of treatment"))
                .add(Series.horizontalMarker("Zero", 0).colour(Palette.BLACK).hiddenFromLegend())
                .add(Series.errorBars("Estimate, " + percent + " percentile interval", x, est, pctLow, pctHigh)
                        .colour(Palette.BLUE))
                .add(Series.errorBars("Estimate, " + percent + " bias-corrected interval", xBc, est, bcLow, bcHigh)
                        .colour(Palette.VERMILLION))
                .build();
    }

    private static double level(Result result) {
        Object level = result.parameters().get("level");
        if (level instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return level == null ? 0.95 : Double.parseDouble(String.valueOf(level));
        } catch (NumberFormatException e) {
            return 0.95;
        }
    }

    /** "; treatment → mediator → outcome" from the parameters, or empty. */
    private static String subject(Result result) {
        Object t = result.parameters().get("treatment");
        Object m = result.parameters().get("mediator");
        Object y = result.parameters().get("outcome");
        if (t == null || m == null || y == null) {
            return "";
        }
        return "; " + text(t) + " \u2192 " + text(m) + " \u2192 " + text(y);
    }

    /** A parameter value as written: a list as its comma-separated items. */
    private static String text(Object value) {
        if (value instanceof java.util.Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
