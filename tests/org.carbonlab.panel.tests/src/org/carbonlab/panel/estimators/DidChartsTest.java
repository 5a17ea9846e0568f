package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.SyntheticPanels.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.SeriesKind;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.panel.charts.EventStudyCharts;
import org.carbonlab.panel.charts.InTimePlaceboCharts;
import org.carbonlab.panel.charts.ParallelTrendsCharts;
import org.carbonlab.panel.charts.PlaceboCharts;
import org.junit.jupiter.api.Test;

/**
 * The DID charts: the event-study plot's points and whiskers are the result's event_study table (exactly), the
 * reference period sits at 0; the placebo histogram is the draws of tables.placebo (bar areas sum to 1, 1e-12) with the
 * true estimate and p-value of the result; panel.did's trends table equals group means computed by hand over the
 * regression sample (1e-12) and the parallel-trends lines equal it; the in-time placebo chart is tables.in_time
 * (exactly) with the real start marked by panel.did's estimate and interval (1e-12); all arrive through the extension point and render
 * to non-blank PNGs of the renderer's size.
 */
class DidChartsTest {
    private static final int[] STARTS = DidEstimatorTest.STARTS;
    private final PanelFrame data = DidPanels.staggered(STARTS, 8, 11L);

    private static Series named(Chart c, String prefix) {
        return c.series().stream().filter(s -> s.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no series '" + prefix + "' in " + c.series()));
    }

    @Test
    void eventStudyChartIsTheEventStudyTable() {
        for (String method : List.of("twfe", "cs")) {
            Result r = fit(new EventStudyEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat",
                    "bin_low", "-3", "bin_high", "3", "method", method));
            Chart c = new EventStudyCharts().charts(r).get(0);
            assertEquals("event_study", c.id());
            ResultTable t = r.tables().get("event_study");
            List<Double> e = new ArrayList<>();
            List<Double> est = new ArrayList<>();
            List<Double> lo = new ArrayList<>();
            List<Double> hi = new ArrayList<>();
            List<Double> ref = new ArrayList<>();
            for (List<Object> row : t.rows()) {
                if (Boolean.TRUE.equals(row.get(5))) {
                    ref.add(((Number) row.get(0)).doubleValue());
                    assertEquals(0.0, ((Number) row.get(1)).doubleValue());
                    continue;
                }
                e.add(((Number) row.get(0)).doubleValue());
                est.add(((Number) row.get(1)).doubleValue());
                lo.add(((Number) row.get(3)).doubleValue());
                hi.add(((Number) row.get(4)).doubleValue());
            }
            Series points = named(c, "Estimate, 95% confidence interval");
            assertEquals(SeriesKind.ERROR_BAR, points.kind());
            assertArrayEquals(ChartData.toArray(e), points.x(), method);
            assertArrayEquals(ChartData.toArray(est), points.y(), method);
            assertArrayEquals(ChartData.toArray(lo), points.low(), method);
            assertArrayEquals(ChartData.toArray(hi), points.high(), method);
            assertArrayEquals(ChartData.toArray(lo), named(c, "95% confidence band").low(), method);
            assertArrayEquals(new double[] {-0.5}, named(c, "Treatment starts").x());
            Series zero = c.series().stream().filter(s -> s.kind() == SeriesKind.HORIZONTAL_MARKER).findFirst()
                    .orElseThrow();
            assertArrayEquals(new double[] {0}, zero.y());
            assertTrue(zero.isDashed());
            if ("twfe".equals(method)) {
                assertEquals(List.of(-1.0), ref);
                Series reference = named(c, "Reference period");
                assertArrayEquals(new double[] {-1}, reference.x());
                assertArrayEquals(new double[] {0}, reference.y());
                double p = r.test("pretrend").orElseThrow().pValue();
                assertTrue(c.subtitle().contains("pre-trend test p "), c.subtitle());
                assertTrue(p >= 0 && p <= 1);
            }
        }
    }

    @Test
    void didTrendsAreHandMeansOverTheRegressionSample() {
        // one row without x leaves the regression sample, so it must leave the means too
        double[] x = data.numeric("x");
        x[5] = Double.NaN;
        PanelFrame d = data.withColumn("x", x);
        Result r = fit(new DidEstimator(), d, params("formula", "y ~ x", "start_column", "first_treat", "bacon",
                "false", "heterogeneity", "none"));
        ResultTable trends = r.tables().get("trends");
        assertEquals(List.of("time", "group", "mean", "n"), trends.columns());
        double[] y = d.numeric("y");
        int checked = 0;
        for (List<Object> row : trends.rows()) {
            long year = ((Number) row.get(0)).longValue();
            boolean treated = "treated".equals(row.get(1));
            double s = 0;
            int n = 0;
            for (int i = 0; i < d.rows(); i++) {
                boolean isTreated = STARTS[Integer.parseInt(d.entityLabel(i)) - 1] > 0;
                if (d.time(i) == year && isTreated == treated && Double.isFinite(x[i])) {
                    s += y[i];
                    n++;
                }
            }
            DidPanels.close(s / n, ((Number) row.get(2)).doubleValue(), 1e-12, "mean " + year + " " + row.get(1));
            assertEquals(n, ((Number) row.get(3)).intValue());
            checked++;
        }
        assertEquals(16, checked);
        assertEquals(2004L, ((Number) r.statistic("policy_period")).longValue());
        assertEquals(List.of(2004L, 2006L), r.statistic("policy_periods"));

        Chart c = new ParallelTrendsCharts().charts(r).get(0);
        assertEquals("parallel_trends", c.id());
        Series treated = named(c, "Treated units");
        Series control = named(c, "Control units");
        double[] time = ChartData.numbers(trends, "time");
        double[] mean = ChartData.numbers(trends, "mean");
        String[] group = ChartData.texts(trends, "group");
        for (int i = 0; i < time.length; i++) {
            Series s = "treated".equals(group[i]) ? treated : control;
            int k = (int) (time[i] - 2001);
            assertEquals(time[i], s.x()[k]);
            assertEquals(mean[i], s.y()[k]);
        }
        assertArrayEquals(new double[] {2004, 2006}, named(c, "Policy starts").x());
    }

    @Test
    void placeboChartShowsTheDrawsAndTheTrueEstimate() {
        Result r = fit(new PlaceboEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat", "reps",
                "200", "seed", "5"));
        Chart c = new PlaceboCharts().charts(r).get(0);
        assertEquals("placebo_distribution", c.id());
        double[] draws = ChartData.sortedFinite(ChartData.numbers(r.tables().get("placebo"), "estimate"));
        assertEquals(((Number) r.statistic("valid_draws")).intValue(), draws.length);
        Series hist = named(c, "Placebo estimates (histogram)");
        assertEquals(ChartData.histogram("Placebo estimates (histogram)", draws, PlaceboCharts.bins(draws.length))
                .y().length, hist.y().length);
        double width = hist.x()[1] - hist.x()[0];
        double area = 0;
        for (double h : hist.y()) {
            area += h * width;
        }
        assertEquals(1, area, 1e-12);
        assertEquals(draws[0] + width / 2, hist.x()[0], 1e-12 * Math.max(1, Math.abs(draws[0])));
        double truth = ((Number) r.statistic("true_estimate")).doubleValue();
        Series mark = named(c, "True estimate");
        assertArrayEquals(new double[] {truth}, mark.x());
        double p = ((Number) r.statistic("p_permutation")).doubleValue();
        String pText = p < 0.001 ? "< 0.001" : String.format(java.util.Locale.ROOT, "= %.3f", p);
        assertTrue(c.title().contains("two-sided permutation p " + pText), c.title());
        assertTrue(mark.name().contains("two-sided permutation p " + pText), mark.name());
    }

    @Test
    void inTimePlaceboChartIsTheInTimeTableWithTheRealStartMarked() {
        Map<String, String> p = params("formula", "y ~ x", "start_column", "first_treat", "kind", "in_time");
        Result r = fit(new PlaceboEstimator(), data, p);
        assertEquals(List.of(), new PlaceboCharts().charts(r), "no permutation draws: no distribution chart");
        Chart c = new InTimePlaceboCharts().charts(r).get(0);
        assertEquals("placebo_in_time", c.id());
        ResultTable t = r.tables().get("in_time");
        Series bars = named(c, "Placebo estimate, 95% confidence interval");
        assertEquals(SeriesKind.ERROR_BAR, bars.kind());
        // the points and whiskers are the table's numbers, exactly
        assertArrayEquals(ChartData.numbers(t, "fake_start"), bars.x());
        assertArrayEquals(ChartData.numbers(t, "estimate"), bars.y());
        assertArrayEquals(ChartData.numbers(t, "conf_low"), bars.low());
        assertArrayEquals(ChartData.numbers(t, "conf_high"), bars.high());
        assertArrayEquals(new double[] {2002, 2003}, bars.x());
        Series start = named(c, "Real policy start 2004");
        assertEquals(SeriesKind.VERTICAL_MARKER, start.kind());
        assertArrayEquals(new double[] {2004}, start.x());
        // the true estimate at the real start is panel.did's coefficient and interval on the whole sample (1e-12)
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat"));
        String term = String.valueOf(r.statistic("treatment_term"));
        var truth = SyntheticPanels.coef(did, term);
        Series mark = named(c, "True estimate");
        assertArrayEquals(new double[] {2004}, mark.x());
        assertEquals(truth.estimate(), mark.y()[0], 1e-12 * Math.max(1, Math.abs(truth.estimate())));
        assertEquals(truth.confLow(), mark.low()[0], 1e-12 * Math.max(1, Math.abs(truth.confLow())));
        assertEquals(truth.confHigh(), mark.high()[0], 1e-12 * Math.max(1, Math.abs(truth.confHigh())));
        // a single fake start gives one point: the same estimate as among all fake starts
        p.put("fake_start", "2003");
        Series one = named(new InTimePlaceboCharts().charts(fit(new PlaceboEstimator(), data, p)).get(0),
                "Placebo estimate");
        assertArrayEquals(new double[] {2003}, one.x());
        assertArrayEquals(new double[] {bars.y()[1]}, one.y());
    }

    @Test
    void contributedThroughTheExtensionPointAndRenderedNonBlank() throws IOException {
        ChartRegistry registry = ChartRegistry.fromExtensions();
        List<String> warnings = new ArrayList<>();
        Result es = fit(new EventStudyEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat"));
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat"));
        Result placebo = fit(new PlaceboEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat",
                "reps", "50", "seed", "3"));
        List<Chart> esCharts = registry.charts(es, warnings::add);
        assertEquals(List.of("event_study", "parallel_trends"), esCharts.stream().map(Chart::id).toList());
        assertEquals(List.of("parallel_trends"), registry.charts(did, warnings::add).stream().map(Chart::id).toList());
        List<Chart> pl = registry.charts(placebo, warnings::add);
        assertEquals(List.of("placebo_distribution"), pl.stream().map(Chart::id).toList());
        Result inTime = fit(new PlaceboEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat",
                "kind", "in_time"));
        List<Chart> it = registry.charts(inTime, warnings::add);
        assertEquals(List.of("placebo_in_time"), it.stream().map(Chart::id).toList());
        assertTrue(warnings.isEmpty(), warnings.toString());
        HeadlessChartRenderer renderer = new HeadlessChartRenderer();
        List<Chart> all = new ArrayList<>(esCharts);
        all.addAll(pl);
        all.addAll(it);
        for (Chart c : all) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(renderer.png(c)));
            assertEquals(Math.round(HeadlessChartRenderer.WIDTH * HeadlessChartRenderer.PNG_SCALE), img.getWidth());
            assertEquals(Math.round(HeadlessChartRenderer.HEIGHT * HeadlessChartRenderer.PNG_SCALE), img.getHeight());
            Set<Integer> colours = new HashSet<>();
            int ink = 0;
            for (int yy = 0; yy < img.getHeight(); yy += 2) {
                for (int xx = 0; xx < img.getWidth(); xx += 2) {
                    int rgb = img.getRGB(xx, yy) & 0xFFFFFF;
                    colours.add(rgb);
                    ink += rgb != 0xFFFFFF ? 1 : 0;
                }
            }
            assertTrue(colours.size() > 20, c.id() + ": " + colours.size() + " colours");
            assertTrue(ink > 5_000, c.id() + ": " + ink + " non-white pixels");
            assertTrue(renderer.svg(c).contains(c.title().substring(0, 20)), c.id());
        }
    }
}
