package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.carbonlab.core.errors.InputException;
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

    /** Columbus CRIME over three years 2000-2002: CRIME, a reshuffled CRIME, 3 x CRIME. */
    private static double[][] threeYearValues() throws IOException {
        double[] crime = Columbus.column("CRIME");
        double[][] v = new double[3][49];
        for (int i = 0; i < 49; i++) {
            for (int t = 0; t < 3; t++) {
                v[t][i] = t == 1 ? crime[(i + 7) % 49] : crime[i] * (1 + t);
            }
        }
        return v;
    }

    private static PanelFrame threeYears() throws IOException {
        double[][] values = threeYearValues();
        String[] ids = new String[147];
        long[] years = new long[147];
        double[] v = new double[147];
        for (int i = 0; i < 49; i++) {
            for (int t = 0; t < 3; t++) {
                ids[3 * i + t] = Integer.toString(i + 1);
                years[3 * i + t] = 2000 + t;
                v[3 * i + t] = values[t][i];
            }
        }
        return PanelFrame.builder().entityColumn("POLYID").timeColumn("year").entities(ids).times(years)
                .column("CRIME", v).source("three years").build();
    }

    /**
     * scatter_periods gives one scatter per listed period, in the order given; each one's points are the period's
     * standardised z (R's scale(): sd with divisor n - 1) and its lag W z computed by brute force with the dense W
     * (abs 1e-12), in unit order within each quadrant, and the line's slope is the period's Moran's I (rel 1e-10).
     * The same with local=false, where the scatter data are kept for the listed periods only.
     */
    @Test
    void scatterPeriodsGiveOneChartPerPeriodWithTheStandardisedValues() throws IOException {
        double[][] values = threeYearValues();
        SpatialWeights w = Columbus.weights(true);
        double[][] dense = w.toDense();
        for (String local : List.of("true", "false")) {
            Result r = run(threeYears(), w, "variable", "CRIME", "permutations", "0", "local", local,
                    "scatter_periods", "2002, 2000");
            List<Chart> charts = new MoranCharts().charts(r);
            assertEquals(List.of("moran_by_period", "moran_scatter_2002", "moran_scatter_2000"),
                    charts.stream().map(Chart::id).toList(), "local=" + local);
            assertEquals("2002,2000", r.statistics().get("scatter_periods"));
            if ("false".equals(local)) {
                assertEquals(2 * 49, r.tables().get("scatter").rows().size(), "only the listed periods are kept");
            }
            for (Chart chart : charts.subList(1, 3)) {
                int year = Integer.parseInt(chart.id().substring("moran_scatter_".length()));
                assertTrue(chart.title().endsWith("in " + year), chart.title());
                double[] x = values[year - 2000];
                double mean = java.util.Arrays.stream(x).average().orElseThrow();
                double ss = 0;
                for (double v : x) {
                    ss += (v - mean) * (v - mean);
                }
                double sd = Math.sqrt(ss / (x.length - 1));
                double[] z = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    z[i] = (x[i] - mean) / sd;
                }
                double[] wz = new double[x.length];
                double zwz = 0;
                double zz = 0;
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < x.length; j++) {
                        wz[i] += dense[i][j] * z[j];
                    }
                    zwz += z[i] * wz[i];
                    zz += z[i] * z[i];
                }
                for (String q : List.of("HH", "LL", "HL", "LH")) {
                    List<Double> ex = new ArrayList<>();
                    List<Double> ey = new ArrayList<>();
                    for (int i = 0; i < x.length; i++) {
                        if (q.equals((z[i] > 0 ? "H" : "L") + (wz[i] > 0 ? "H" : "L"))) {
                            ex.add(z[i]);
                            ey.add(wz[i]);
                        }
                    }
                    Series s = named(chart, q + ":");
                    assertArrayEquals(ex.stream().mapToDouble(Double::doubleValue).toArray(), s.x(), 1e-12, q);
                    assertArrayEquals(ey.stream().mapToDouble(Double::doubleValue).toArray(), s.y(), 1e-12, q);
                }
                Series line = named(chart, "Least-squares line");
                double iPeriod = periodI(r, year);
                assertEquals(iPeriod, line.y()[1] / line.x()[1], 1e-10 * Math.abs(iPeriod));
                assertEquals(zwz / zz, iPeriod, 1e-10 * Math.abs(iPeriod), "brute-force I of " + year);
                assertTrue(chart.subtitle().contains(String.format(java.util.Locale.ROOT, "Moran's I = %.3f",
                        iPeriod)), chart.subtitle());
            }
        }
        List<Chart> all = new MoranCharts().charts(run(threeYears(), w, "variable", "CRIME", "permutations", "0",
                "scatter_periods", "all"));
        assertEquals(List.of("moran_by_period", "moran_scatter_2000", "moran_scatter_2001", "moran_scatter_2002"),
                all.stream().map(Chart::id).toList());
    }

    private static double periodI(Result r, int year) {
        ResultTable moran = r.tables().get("moran");
        double[] i = Columbus.numbers(moran, "I");
        List<Object> period = Columbus.cells(moran, "period");
        List<Object> assumption = Columbus.cells(moran, "assumption");
        for (int k = 0; k < i.length; k++) {
            if ("randomisation".equals(assumption.get(k)) && ((Number) period.get(k)).longValue() == year) {
                return i[k];
            }
        }
        throw new AssertionError("no Moran's I for " + year);
    }

    /** A period the analysis did not use, or not a period at all, is an input error naming it. */
    @Test
    void unknownScatterPeriodsAreNamed() throws IOException {
        SpatialWeights w = Columbus.weights(true);
        InputException e = assertThrows(InputException.class, () -> run(threeYears(), w, "variable", "CRIME",
                "permutations", "0", "scatter_periods", "2000,2007"));
        assertTrue(e.getMessage().contains("2007") && e.getMessage().contains("scatter_periods"), e.getMessage());
        e = assertThrows(InputException.class, () -> run(threeYears(), w, "variable", "CRIME", "permutations", "0",
                "periods", "2001:2002", "scatter_periods", "2000"));
        assertTrue(e.getMessage().contains("period 2000") && e.getMessage().contains("2001, 2002"), e.getMessage());
        e = assertThrows(InputException.class, () -> run(threeYears(), w, "variable", "CRIME", "permutations", "0",
                "scatter_periods", "2000;2001"));
        assertTrue(e.getMessage().contains("'2000;2001'"), e.getMessage());
        MoranEstimator m = new MoranEstimator();
        List<String> problems = m.validate(Columbus.context(m, Columbus.data(), w, 1L,
                Map.of("variable", "CRIME", "scatter_periods", "2000")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("scatter_periods=2000") && p.contains("cross-section")),
                problems.toString());
    }

    @Test
    void byPeriodShowsTheResultsIAndTheNullBand() throws IOException {
        PanelFrame data = threeYears();
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
