package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.SeriesKind;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.panel.charts.MediationCharts;
import org.carbonlab.panel.charts.TurningPointCharts;
import org.carbonlab.panel.numerics.MediationBootstrap;
import org.junit.jupiter.api.Test;

/**
 * The charts of the panel family: the fitted polynomial and its band rebuilt by hand from the coefficients and their
 * covariance (rel 1e-12), the mediation bootstrap distribution from the draws the result keeps (their standard error
 * is the table's boot_se), the contribution through the extension point and byte-identical SVG for the same result.
 */
class PanelChartsTest {
    private static final PanelFrame MEDIATION = SyntheticPanels.mediation(30, 8, 20240601L);

    private static Series named(Chart c, String name) {
        return c.series().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series '" + name + "' in " + c.series()));
    }

    @Test
    void theFittedQuadraticAndItsBandAreTheModels() {
        Result r = NonLinearEffectsTest.fit("fe", NonLinearEffectsTest.DATA,
                params("formula", "y ~ x + I(x^2) + z", "vcov", "cluster"));
        List<Chart> charts = new TurningPointCharts().charts(r);
        assertEquals(1, charts.size());
        Chart c = charts.get(0);
        assertEquals("turning_point_x", c.id());
        assertEquals("Fitted quadratic in x (outcome y)", c.title());
        double b1 = r.coefficient("x").orElseThrow().estimate();
        double b2 = r.coefficient("I(x^2)").orElseThrow().estimate();
        int i1 = r.vcovTerms().indexOf("x");
        int i2 = r.vcovTerms().indexOf("I(x^2)");
        double[][] v = r.vcov();
        double crit = Distributions.tCritical(0.95, r.inference().df());
        ResultTable tp = r.tables().get("turning_points");
        double xMin = ChartData.numbers(tp, "x_min")[0];
        Series curve = named(c, "Full sample, observed range");
        Series band = named(c, "95% pointwise confidence band");
        double[] x = curve.x();
        double[] y = curve.y();
        int checked = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(y[i])) {
                continue;
            }
            double g1 = x[i] - xMin;
            double g2 = x[i] * x[i] - xMin * xMin;
            double fit = b1 * g1 + b2 * g2;
            NonLinearEffectsTest.close(fit, y[i], 1e-12, "curve at " + x[i]);
            double half = crit * Math.sqrt(g1 * g1 * v[i1][i1] + 2 * g1 * g2 * v[i1][i2] + g2 * g2 * v[i2][i2]);
            if (half > 0) {
                NonLinearEffectsTest.close(fit - half, band.low()[i], 1e-12, "band at " + x[i]);
                NonLinearEffectsTest.close(fit + half, band.high()[i], 1e-12, "band at " + x[i]);
            }
            checked++;
        }
        assertTrue(checked > 100, "points on the observed range: " + checked);
        double turningPoint = ChartData.numbers(tp, "turning_point")[0];
        NonLinearEffectsTest.close(-b1 / (2 * b2), turningPoint, 1e-12, "turning point");
        Series marker = named(c, "Turning point");
        assertEquals(SeriesKind.VERTICAL_MARKER, marker.kind());
        assertEquals(turningPoint, marker.x()[0], 0);
        assertTrue(c.subtitle().contains("Lind-Mehlum U test p = "), c.subtitle());
    }

    @Test
    void groupModelsGetTheirOwnCurves() {
        Result r = NonLinearEffectsTest.fit("fe", NonLinearEffectsTest.DATA,
                params("formula", "y ~ x + I(x^2) + z", "by", "region"));
        Chart c = new TurningPointCharts().charts(r).get(0);
        List<String> groups = c.series().stream().map(Series::name).filter(n -> n.startsWith("Group ")).toList();
        assertEquals(r.models().size(), groups.size(), groups.toString());
        assertTrue(groups.size() >= 2, groups.toString());
    }

    @Test
    void aRegressionWithoutAPolynomialHasNoChart() {
        Result r = NonLinearEffectsTest.fit("fe", NonLinearEffectsTest.DATA, params("formula", "y ~ x + z"));
        assertTrue(new TurningPointCharts().charts(r).isEmpty());
        assertTrue(ChartRegistry.fromExtensions().charts(r, w -> {
            throw new AssertionError(w);
        }).isEmpty());
    }

    private static Result mediation(long seed) {
        return SyntheticPanels.fit(new MediationEstimator(), MEDIATION, params("outcome", "y", "treatment", "x",
                "mediator", "m", "controls", "w", "reps", "199"), seed, ProgressMonitor.NULL);
    }

    @Test
    void theBootstrapDistributionIsTheDrawsOfTheResult() {
        Result r = mediation(7);
        ResultTable boot = r.tables().get("bootstrap");
        ResultTable draws = r.tables().get("bootstrap_draws");
        assertEquals(List.of("replication", "indirect", "direct", "total"), draws.columns());
        int ok = ((Number) r.statistic("bootstrap_ok")).intValue();
        assertEquals(ok, draws.rows().size());
        String[] effects = ChartData.texts(boot, "effect");
        double[] se = ChartData.numbers(boot, "boot_se");
        for (int j = 0; j < effects.length; j++) {
            // the kept draws are the ones behind the reported standard errors
            assertEquals(se[j], MediationBootstrap.standardError(ChartData.numbers(draws, effects[j])), 1e-15 * se[j]);
        }
        List<Chart> charts = new MediationCharts().charts(r);
        assertEquals(List.of("bootstrap_indirect", "mediation_effects"), charts.stream().map(Chart::id).toList());
        Chart dist = charts.get(0);
        Series hist = named(dist, "Bootstrap draws (histogram)");
        double[] mid = hist.x();
        double width = mid[1] - mid[0];
        double area = 0;
        for (double h : hist.y()) {
            area += h * width;
        }
        assertEquals(1, area, 1e-12);
        double[] indirect = ChartData.sortedFinite(ChartData.numbers(draws, "indirect"));
        assertEquals(indirect[0] + width / 2, mid[0], 1e-12 * Math.abs(mid[0]) + 1e-15);
        double pctLow = ChartData.numbers(boot, "pct_low")[0];
        double pctHigh = ChartData.numbers(boot, "pct_high")[0];
        assertArrayEquals(new double[] {pctLow, pctHigh}, named(dist, "95% percentile interval").x());
        assertArrayEquals(new double[] {ChartData.numbers(boot, "estimate")[0]},
                dist.series().stream().filter(s -> s.name().startsWith("Estimate")).findFirst().orElseThrow().x());

        Chart effectsChart = charts.get(1);
        Series pct = named(effectsChart, "Estimate, 95% percentile interval");
        assertArrayEquals(ChartData.numbers(boot, "estimate"), pct.y());
        assertArrayEquals(ChartData.numbers(boot, "pct_low"), pct.low());
        assertArrayEquals(ChartData.numbers(boot, "bc_high"),
                named(effectsChart, "Estimate, 95% bias-corrected interval").high());
        assertEquals(List.of("indirect", "direct", "total"),
                effectsChart.x().ticks().stream().map(t -> t.label()).toList());
    }

    @Test
    void contributedThroughTheExtensionPointAndTheSameSeedGivesTheSameSvg() {
        List<String> warnings = new ArrayList<>();
        ChartRegistry registry = ChartRegistry.fromExtensions();
        List<Chart> a = registry.charts(mediation(11), warnings::add);
        List<Chart> b = registry.charts(mediation(11), warnings::add);
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(2, a.size());
        HeadlessChartRenderer renderer = new HeadlessChartRenderer();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(renderer.svg(a.get(i)), renderer.svg(b.get(i)), a.get(i).id());
            assertTrue(renderer.png(a.get(i)).length > 20_000, a.get(i).id());
        }
        Map<String, Boolean> drawn = Map.of("panel.ols", registry.hasCharts("panel.ols"), "panel.fe",
                registry.hasCharts("panel.fe"), "panel.re", registry.hasCharts("panel.re"));
        assertEquals(Map.of("panel.ols", true, "panel.fe", true, "panel.re", true), drawn);
    }
}
