package org.example.tapio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/**
 * Reference values computed by hand from the data below (the same file as examples/plugin-example/data/tapio.csv).
 * Four provinces over three years reach all eight Tapio states:
 * A 2000-01: +10% CO2, +5% GDP, e = 2 (expansive negative decoupling); A 2001-02: -10%, +10%, e = -1 (strong decoupling);
 * B: +5%/+10% e = 0.5 (weak decoupling), then -10%/-10% e = 1 (recessive coupling);
 * C: +10%/-10% e = -1 (strong negative decoupling), then (95/110-1)/(88/90-1) = 675/110 (recessive decoupling);
 * D: -1%/-10% e = 0.1 (weak negative decoupling), then +10%/+10% e = 1 (expansive coupling).
 */
class TapioEstimatorTest {
    private static final double TOL = 1e-12;

    static PanelFrame data() {
        return PanelFrame.builder()
                .entities("A", "A", "A", "B", "B", "B", "C", "C", "C", "D", "D", "D")
                .times(2000, 2001, 2002, 2000, 2001, 2002, 2000, 2001, 2002, 2000, 2001, 2002)
                .column("co2", 100, 110, 99, 100, 105, 94.5, 100, 110, 95, 100, 99, 108.9)
                .column("gdp", 200, 210, 231, 100, 110, 99, 100, 90, 88, 100, 90, 99)
                .build();
    }

    private static ResultTable run(String span) {
        TapioEstimator estimator = new TapioEstimator();
        EstimationContext c = EstimationContext.of(data(),
                estimator.parameters().resolve(Map.of("emissions", "co2", "gdp", "gdp", "span", span)));
        assertEquals(List.of(), estimator.validate(c));
        Result r = estimator.estimate(c);
        return r.tables().get("decoupling");
    }

    private static void assertRow(List<Object> row, String entity, double co2Pct, double gdpPct, double e, String state) {
        assertEquals(entity, row.get(0));
        assertEquals(co2Pct, (Double) row.get(3), 1e-10);
        assertEquals(gdpPct, (Double) row.get(4), 1e-10);
        assertEquals(e, (Double) row.get(5), TOL);
        assertEquals(state, row.get(6));
    }

    @Test
    void consecutivePeriodsReachAllEightStates() {
        List<List<Object>> rows = run("consecutive").rows();
        assertEquals(8, rows.size());
        assertRow(rows.get(0), "A", 10, 5, 2.0, "expansive negative decoupling");
        assertRow(rows.get(1), "A", -10, 10, -1.0, "strong decoupling");
        assertRow(rows.get(2), "B", 5, 10, 0.5, "weak decoupling");
        assertRow(rows.get(3), "B", -10, -10, 1.0, "recessive coupling");
        assertRow(rows.get(4), "C", 10, -10, -1.0, "strong negative decoupling");
        assertRow(rows.get(5), "C", -1500.0 / 110, -200.0 / 90, 675.0 / 110, "recessive decoupling");
        assertRow(rows.get(6), "D", -1, -10, 0.1, "weak negative decoupling");
        assertRow(rows.get(7), "D", 10, 10, 1.0, "expansive coupling");
        assertEquals(2000L, rows.get(0).get(1));
        assertEquals(2001L, rows.get(0).get(2));
    }

    @Test
    void baseEndComparesFirstAndLastPeriod() {
        List<List<Object>> rows = run("base-end").rows();
        assertEquals(4, rows.size());
        // A: 99/100 - 1 = -1%, 231/200 - 1 = +15.5%: e = -1/15.5
        assertRow(rows.get(0), "A", -1, 15.5, -1 / 15.5, "strong decoupling");
        // B: -5.5% and -1%: e = 5.5 (recessive decoupling)
        assertRow(rows.get(1), "B", -5.5, -1, 5.5, "recessive decoupling");
    }

    @Test
    void thresholdsAreTapios() {
        // 0.2 / 0.25 and 0.3 / 0.25 are exactly the doubles 0.8 and 1.2: the bounds belong to coupling
        assertEquals(TapioState.EXPANSIVE_COUPLING, TapioState.of(0.2, 0.25));
        assertEquals(TapioState.EXPANSIVE_COUPLING, TapioState.of(0.3, 0.25));
        assertEquals(TapioState.RECESSIVE_COUPLING, TapioState.of(-0.2, -0.25));
        assertEquals(TapioState.WEAK_DECOUPLING, TapioState.of(0.19, 0.25));
        assertEquals(TapioState.RECESSIVE_DECOUPLING, TapioState.of(-0.31, -0.25));
        assertEquals(TapioState.WEAK_DECOUPLING, TapioState.of(0.0, 0.1));
        assertEquals(TapioState.UNDEFINED, TapioState.of(0.1, 0.0));
    }
}
