package org.carbonlab.integration.estimators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.integration.charts.CouplingCoordinationCharts;
import org.junit.jupiter.api.Test;

/** The chart of index.ccd: its lines are the result's per-period means, its band the quartiles of D. */
class CouplingCoordinationChartsTest {

    private static Result ccd() {
        return Fixtures.run(new CouplingCoordinationEstimator(), IndexEstimatorsTest.panel(),
                Fixtures.params("subsystem.econ", "gdp,income", "subsystem.inno", "patents,rd"));
    }

    private static Series named(Chart c, String name) {
        return c.series().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series '" + name + "' in " + c.series()));
    }

    @Test
    void linesAreThePeriodMeansOfTheResult() {
        Result r = ccd();
        List<Chart> charts = new CouplingCoordinationCharts().charts(r);
        assertEquals(1, charts.size());
        Chart c = charts.get(0);
        assertEquals("ccd_over_time", c.id());
        assertEquals("Index value (0-1)", c.y().title());
        ResultTable byPeriod = r.tables().get("ccd_by_period");
        // the estimator's own per-period means
        assertArrayEquals(Fixtures.column(byPeriod, "D"), named(c, "D: coupling coordination degree (mean)").y(), 1e-12);
        assertArrayEquals(Fixtures.column(byPeriod, "C"), named(c, "C: coupling (mean)").y(), 1e-12);
        assertArrayEquals(Fixtures.column(byPeriod, "T"), named(c, "T: coordination (mean)").y(), 1e-12);
        assertArrayEquals(Fixtures.column(byPeriod, "U_econ"), named(c, "U econ (mean)").y(), 1e-12);
        assertArrayEquals(Fixtures.column(byPeriod, "U_inno"), named(c, "U inno (mean)").y(), 1e-12);
        assertArrayEquals(new double[] {2018, 2019}, named(c, "C: coupling (mean)").x());
        // quartiles of the four D values of 2019, R's type 7: h = 3p
        ResultTable t = r.tables().get("ccd");
        double[] time = Fixtures.column(t, "time");
        double[] d = Fixtures.column(t, "D");
        List<Double> d2019 = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            if (time[i] == 2019) {
                d2019.add(d[i]);
            }
        }
        double[] s = d2019.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Series band = named(c, "D: interquartile range");
        assertEquals(s[0] + 0.75 * (s[1] - s[0]), band.low()[1], 1e-12);
        assertEquals(s[2] + 0.25 * (s[3] - s[2]), band.high()[1], 1e-12);
        assertTrue(c.subtitle().contains("mean D in 2019"), c.subtitle());
    }

    @Test
    void contributedThroughTheExtensionPointAndDeterministic() {
        List<String> warnings = new ArrayList<>();
        List<Chart> charts = ChartRegistry.fromExtensions().charts(ccd(), warnings::add);
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(List.of("ccd_over_time"), charts.stream().map(Chart::id).toList());
        HeadlessChartRenderer renderer = new HeadlessChartRenderer();
        assertEquals(renderer.svg(charts.get(0)), renderer.svg(new CouplingCoordinationCharts().charts(ccd()).get(0)));
        assertTrue(renderer.png(charts.get(0)).length > 20_000);
    }

    @Test
    void aSinglePeriodGivesOnePointPerLine() {
        Result r = Fixtures.run(new CouplingCoordinationEstimator(),
                IndexEstimatorsTest.panel().subset(new int[] {0, 2, 4, 6}), Fixtures.params("subsystem.econ", "gdp,income", "subsystem.inno", "patents,rd"));
        List<Chart> charts = new CouplingCoordinationCharts().charts(r);
        assertEquals(1, charts.size());
        assertEquals(1, charts.get(0).series().get(1).size());
    }
}
