package org.carbonlab.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.Test;

/** The chart description: colours, validation, immutability; the provider registry's failure handling. */
class ChartModelTest {

    @Test
    void seriesWithoutColourGetTheOkabeItoColoursInOrder() {
        double[] x = {1, 2};
        Chart c = Chart.builder("c", "T")
                .add(Series.line("a", x, x))
                .add(Series.line("b", x, x).colour(Palette.BLACK))
                .add(Series.scatter("c", x, x))
                .build();
        assertEquals(Palette.BLUE, c.series().get(0).colour());
        assertEquals(Palette.BLACK, c.series().get(1).colour());
        assertEquals(Palette.VERMILLION, c.series().get(2).colour());
        assertEquals("#0072b2", Palette.BLUE.hex());
        assertEquals(0xD55E00, Palette.VERMILLION.rgb());
    }

    @Test
    void idsMustBeFileNameSafe() {
        assertThrows(IllegalArgumentException.class, () -> Chart.builder("../x", "T").build());
        assertThrows(IllegalArgumentException.class, () -> Chart.builder("a b", "T").build());
        assertEquals("scores_by-year.v2", Chart.builder("scores_by-year.v2", "T").build().id());
    }

    @Test
    void seriesCopyTheirArraysAndCheckLengths() {
        double[] x = {1, 2, 3};
        Series s = Series.line("a", x, new double[] {4, 5, 6});
        x[0] = 99;
        assertEquals(1, s.x()[0]);
        s.x()[1] = 99;
        assertEquals(2, s.x()[1]);
        assertThrows(IllegalArgumentException.class, () -> Series.band("b", x, new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> Series.errorBars("e", x, new double[3], new double[3], new double[1]));
    }

    @Test
    void markersAreDashedAndUnnamedSeriesStayOutOfTheLegend() {
        assertTrue(Series.verticalMarker("tp", 1.0).isDashed());
        assertFalse(Series.verticalMarker("tp", 1.0).solid().isDashed());
        assertFalse(Series.line("", new double[1], new double[1]).inLegend());
        assertFalse(Series.line("a", new double[1], new double[1]).hiddenFromLegend().inLegend());
        assertEquals(2, Series.horizontalMarker("zero", 0, 1).size());
    }

    @Test
    void axisTitleCarriesTheUnit() {
        assertEquals("Efficiency score (0-1)", Axis.of("Efficiency score", "0-1").title());
        assertEquals("Year", Axis.periods("Year").title());
        assertTrue(Axis.periods("Year").wholeNumbers());
    }

    @Test
    void aFailingProviderLosesItsChartsOnly() {
        ChartRegistry registry = new ChartRegistry()
                .register("x.est", r -> {
                    throw new IllegalStateException("boom");
                })
                .register("x.est", r -> List.of(Chart.builder("one", "One").build(), Chart.builder("one", "Again").build()))
                .register("x.est", r -> List.of(Chart.builder("two", r.estimatorId()).build()));
        List<String> warnings = new ArrayList<>();
        List<Chart> charts = registry.charts(new Result("x.est"), warnings::add);
        assertEquals(List.of("one", "two"), charts.stream().map(Chart::id).toList());
        assertEquals("x.est", charts.get(1).title());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("boom") && warnings.get(0).contains("failed"), warnings.get(0));
        assertTrue(warnings.get(1).contains("repeats a chart id"), warnings.get(1));
        assertTrue(registry.hasCharts("x.est"));
        assertTrue(registry.charts(new Result("other"), warnings::add).isEmpty());
    }

    @Test
    void theBuiltInProvidersAreContributedThroughTheExtensionPoint() {
        // core contributes none itself; the registry reads the platform without failing
        ChartRegistry registry = ChartRegistry.fromExtensions();
        assertFalse(registry.hasCharts("no.such.estimator"));
    }
}
