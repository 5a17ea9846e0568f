package org.carbonlab.efficiency.estimators;

import static org.carbonlab.efficiency.estimators.DeaFixtures.column;
import static org.carbonlab.efficiency.estimators.DeaFixtures.params;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.SeriesKind;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.efficiency.charts.DeaCharts;
import org.junit.jupiter.api.Test;

/**
 * The charts of efficiency.dea: the series are the scores of the result (checked against the estimator's own
 * period means and hand-computed medians, quartiles and group means), the provider is contributed through the
 * extension point, and the same estimation gives the same SVG bytes.
 */
class DeaChartsTest {
    private static final String[] REGIONS = {"east", "central", "west"};

    /** The 30 synthetic provinces over three years (GDP growing unevenly), with a region column. */
    static PanelFrame threeYears() throws IOException {
        PanelFrame one = DeaFixtures.panel("dea/sbm_undesirable/synthetic_carbon30.csv");
        int n = one.rows();
        int periods = 3;
        String[] ids = new String[periods * n];
        long[] t = new long[periods * n];
        String[] region = new String[periods * n];
        String[] cols = {"labour", "capital", "energy", "gdp", "co2"};
        double[][] v = new double[cols.length][periods * n];
        for (int p = 0; p < periods; p++) {
            for (int i = 0; i < n; i++) {
                int r = p * n + i;
                ids[r] = one.entityLabel(i);
                t[r] = 2018 + p;
                region[r] = REGIONS[i % 3];
                for (int c = 0; c < cols.length; c++) {
                    double x = one.numeric(cols[c])[i];
                    v[c][r] = cols[c].equals("gdp") ? x * (1 + 0.04 * p * ((i % 5) - 1)) : x;
                }
            }
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("province").timeColumn("year").entities(ids).times(t)
                .textColumn("region", region);
        for (int c = 0; c < cols.length; c++) {
            b.column(cols[c], v[c]);
        }
        return b.build();
    }

    static Result estimate() throws IOException {
        Map<String, String> p = params("inputs", "labour,capital,energy", "outputs", "gdp", "undesirable", "co2",
                "super", "true", "frontier", "global", "fallback", "sbm", "group", "region");
        Result r = DeaFixtures.run(new DeaEstimator(), threeYears(), p);
        r.parameters().putAll(p); // as the runner records them
        return r;
    }

    private static Series named(Chart c, String name) {
        return c.series().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series '" + name + "' in " + c.series()));
    }

    /** The combined scores of one year (and region, unless null), sorted. */
    private static double[] scores(Result r, long year, String region) {
        ResultTable t = r.tables().get("scores");
        double[] time = column(t, "time");
        double[] combined = column(t, "combined");
        List<Object> groups = DeaFixtures.cells(t, "group");
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < time.length; i++) {
            if (time[i] == year && (region == null || region.equals(groups.get(i)))) {
                out.add(combined[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    @Test
    void groupColumnIsCopiedIntoTheScores() throws IOException {
        Result r = estimate();
        ResultTable t = r.tables().get("scores");
        assertEquals(List.of("entity", "time", "group", "score"), t.columns().subList(0, 4));
        assertEquals("east", t.rows().get(0).get(2));
        assertEquals("central", t.rows().get(31).get(2));
        List<String> problems = DeaFixtures.problems(new DeaEstimator(), threeYears(),
                params("inputs", "labour", "outputs", "gdp", "group", "province_type"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("group column 'province_type'"), problems.get(0));
    }

    @Test
    void scoresOverTimeShowTheResultsMeansMediansAndQuartiles() throws IOException {
        Result r = estimate();
        List<Chart> charts = new DeaCharts().charts(r);
        assertEquals(List.of("scores_over_time", "scores_by_group", "score_density"),
                charts.stream().map(Chart::id).toList());
        Chart over = charts.get(0);
        assertEquals("SBM super-efficiency over time", over.title());
        assertEquals("Period", over.x().label());
        assertTrue(over.y().title().contains("1 = on the frontier"), over.y().title());
        Series mean = named(over, "Mean");
        assertArrayEquals(new double[] {2018, 2019, 2020}, mean.x());
        // the estimator's own period means of the combined score
        assertArrayEquals(column(r.tables().get("period_means"), "mean_combined"), mean.y(), 1e-12);
        Series median = named(over, "Median");
        Series iqr = named(over, "Interquartile range");
        Series range = named(over, "Range (min to max)");
        for (int k = 0; k < 3; k++) {
            double[] s = scores(r, 2018 + k, null);
            assertEquals(30, s.length);
            assertEquals((s[14] + s[15]) / 2, median.y()[k], 1e-12);
            // R's type 7: h = (n - 1) p = 7.25 for the lower quartile, 21.75 for the upper
            assertEquals(s[7] + 0.25 * (s[8] - s[7]), iqr.low()[k], 1e-12);
            assertEquals(s[21] + 0.75 * (s[22] - s[21]), iqr.high()[k], 1e-12);
            assertEquals(s[0], range.low()[k], 0);
            assertEquals(s[29], range.high()[k], 0);
        }
        assertEquals(SeriesKind.HORIZONTAL_MARKER, named(over, "Frontier (score = 1)").kind());
    }

    @Test
    void byGroupDrawsOneMeanLinePerGroup() throws IOException {
        Result r = estimate();
        Chart byGroup = new DeaCharts().charts(r).get(1);
        assertEquals(List.of("central", "east", "west"), byGroup.series().stream().map(Series::name).toList());
        for (Series s : byGroup.series()) {
            for (int k = 0; k < 3; k++) {
                double[] v = scores(r, 2018 + k, s.name());
                assertEquals(10, v.length);
                assertEquals(Arrays.stream(v).sum() / 10, s.y()[k], 1e-12, s.name() + " " + (2018 + k));
            }
        }
    }

    @Test
    void densitiesAreProperDensitiesOfEachYear() throws IOException {
        Chart density = new DeaCharts().charts(estimate()).get(2);
        assertEquals(3, density.series().size());
        assertEquals("2018 (n = 30)", density.series().get(0).name());
        for (Series s : density.series()) {
            assertEquals(SeriesKind.DENSITY, s.kind());
            double[] x = s.x();
            double[] y = s.y();
            double area = 0;
            for (int i = 1; i < x.length; i++) {
                area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
            }
            // the grid reaches two bandwidths beyond the extreme scores: at least 97.7 % of the mass
            assertTrue(area > 0.97 && area < 1.0 + 1e-9, s.name() + ": area " + area);
        }
    }

    @Test
    void contributedThroughTheExtensionPointAndDeterministic() throws IOException {
        Result a = estimate();
        Result b = estimate();
        List<String> warnings = new ArrayList<>();
        List<Chart> charts = ChartRegistry.fromExtensions().charts(a, warnings::add);
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(3, charts.size());
        List<Chart> again = new DeaCharts().charts(b);
        HeadlessChartRenderer renderer = new HeadlessChartRenderer();
        for (int i = 0; i < charts.size(); i++) {
            assertEquals(charts.get(i), again.get(i));
            assertEquals(renderer.svg(charts.get(i)), renderer.svg(again.get(i)), charts.get(i).id());
            assertTrue(renderer.png(charts.get(i)).length > 20_000, charts.get(i).id());
        }
    }

    @Test
    void aCrossSectionGetsOneDensity() throws IOException {
        Result r = DeaFixtures.run(new DeaEstimator(), DeaFixtures.panel("dea/sbm_undesirable/synthetic_carbon30.csv"),
                params("inputs", "labour,capital,energy", "outputs", "gdp", "model", "radial", "orientation", "input"));
        r.parameters().put("model", "radial");
        List<Chart> charts = new DeaCharts().charts(r);
        // one period: the over-time chart has one point per series, the density one curve
        Chart density = charts.get(charts.size() - 1);
        assertEquals("score_density", density.id());
        assertEquals(1, density.series().size());
        assertTrue(density.title().startsWith("Distribution of radial efficiency scores"), density.title());
    }
}
