package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.spatial.charts.MoranCharts;
import org.junit.jupiter.api.Test;

/**
 * The charts of spatial.moran on Columbus: the Moran scatter plot's least-squares slope is spdep's Moran's I (row-
 * standardised W, rel 1e-10), its points are the result's (z, Wz) by quadrant; by period, the line is the result's I
 * and the band E[I] ± 1.96 sd under randomisation.
 */
class MoranChartsTest {

    private static Result run(PanelFrame data, SpatialWeights w, String... kv) {
        Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            raw.put(kv[i], kv[i + 1]);
        }
        MoranEstimator e = new MoranEstimator();
        return e.estimate(Columbus.context(e, data, w, 42L, raw));
    }

    private static Series named(Chart c, String prefix) {
        return c.series().stream().filter(s -> s.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no series '" + prefix + "…' in " + c.series()));
    }

    @Test
    void scatterSlopeIsMoransI() throws IOException {
        double iRef = Columbus.expected().getAsJsonObject("moran_I").getAsJsonObject("normality").get("I")
                .getAsDouble();
        Result r = run(Columbus.data(), Columbus.weights(false), "variable", "CRIME", "permutations", "99");
        List<Chart> charts = new MoranCharts().charts(r);
        // a cross-section: no chart over periods
        assertEquals(List.of("moran_scatter"), charts.stream().map(Chart::id).toList());
        Chart scatter = charts.get(0);
        Series line = named(scatter, "Least-squares line");
        double slope = line.y()[1] / line.x()[1];
        assertEquals(iRef, slope, 1e-10 * iRef);
        int points = 0;
        ResultTable table = r.tables().get("scatter");
        List<Object> quadrant = Columbus.cells(table, "quadrant");
        double[] z = Columbus.numbers(table, "z");
        for (String q : List.of("HH", "LL", "HL", "LH")) {
            Series s = named(scatter, q + ":");
            long expected = quadrant.stream().filter(q::equals).count();
            assertEquals(expected, s.size(), q);
            assertTrue(s.name().endsWith("(" + expected + ")"), s.name());
            for (double x : s.x()) {
                assertTrue(q.startsWith("H") ? x > 0 : x <= 0, q + " holds z = " + x);
            }
            points += s.size();
        }
        assertEquals(z.length, points);
        assertTrue(scatter.subtitle().contains(String.format(java.util.Locale.ROOT, "Moran's I = %.3f", iRef)),
                scatter.subtitle());
    }

    @Test
    void byPeriodShowsTheResultsIAndTheNullBand() throws IOException {
        double[] crime = Columbus.column("CRIME");
        String[] ids = new String[147];
        long[] years = new long[147];
        double[] v = new double[147];
        for (int i = 0; i < 49; i++) {
            for (int t = 0; t < 3; t++) {
                ids[3 * i + t] = Integer.toString(i + 1);
                years[3 * i + t] = 2000 + t;
                v[3 * i + t] = t == 1 ? crime[(i + 7) % 49] : crime[i] * (1 + t);
            }
        }
        PanelFrame data = PanelFrame.builder().entityColumn("POLYID").timeColumn("year").entities(ids).times(years)
                .column("CRIME", v).source("three years").build();
        Result r = run(data, Columbus.weights(true), "variable", "CRIME", "permutations", "0");
        List<Chart> charts = new MoranCharts().charts(r);
        assertEquals(List.of("moran_by_period", "moran_scatter"), charts.stream().map(Chart::id).toList());
        Chart byPeriod = charts.get(0);
        ResultTable moran = r.tables().get("moran");
        double[] i = Columbus.numbers(moran, "I");
        double[] e = Columbus.numbers(moran, "expected");
        double[] var = Columbus.numbers(moran, "variance");
        List<Object> assumption = Columbus.cells(moran, "assumption");
        List<Double> iRand = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        for (int k = 0; k < i.length; k++) {
            if ("randomisation".equals(assumption.get(k))) {
                iRand.add(i[k]);
                low.add(e[k] - 1.959963984540054 * Math.sqrt(var[k]));
            }
        }
        Series line = named(byPeriod, "Moran's I of CRIME");
        assertArrayEquals(new double[] {2000, 2001, 2002}, line.x());
        assertArrayEquals(iRand.stream().mapToDouble(Double::doubleValue).toArray(), line.y(), 0);
        Series band = named(byPeriod, "95% range without autocorrelation");
        assertArrayEquals(low.stream().mapToDouble(Double::doubleValue).toArray(), band.low(), 1e-12);
        assertTrue(charts.get(1).title().endsWith("in 2002"), charts.get(1).title());
    }

    @Test
    void contributedThroughTheExtensionPointAndDeterministic() throws IOException {
        List<String> warnings = new ArrayList<>();
        List<Chart> a = ChartRegistry.fromExtensions().charts(
                run(Columbus.data(), Columbus.weights(false), "variable", "CRIME"), warnings::add);
        List<Chart> b = new MoranCharts().charts(run(Columbus.data(), Columbus.weights(false), "variable", "CRIME"));
        assertTrue(warnings.isEmpty(), warnings.toString());
        HeadlessChartRenderer renderer = new HeadlessChartRenderer();
        assertEquals(renderer.svg(a.get(0)), renderer.svg(b.get(0)));
        assertTrue(renderer.png(a.get(0)).length > 20_000);
    }
}
