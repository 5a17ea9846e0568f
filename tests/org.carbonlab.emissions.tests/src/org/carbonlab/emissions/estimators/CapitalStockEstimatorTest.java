package org.carbonlab.emissions.estimators;

import static org.carbonlab.emissions.estimators.Harness.cell;
import static org.carbonlab.emissions.estimators.Harness.pim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/** capital.pim against hand-computed series. */
class CapitalStockEstimatorTest {
    private static final double TOL = 1e-9;

    @Test
    void steadyStateStartWithEstimatedGrowth() {
        PanelFrame d = PanelFrame.builder().entities("A", "A", "A", "A", "A").times(2000, 2001, 2002, 2003, 2004)
                .column("inv", 100, 110, 121, 133.1, 146.41).build();
        Result r = pim(d, "investment", "inv", "depreciation", "0.1", "growth_years", "2");
        ResultTable t = r.tables().get("capital");
        assertEquals(List.of("entity", "time", "capital_stock", "real_investment"), t.columns());
        // g = (121/100)^(1/2) - 1 = 0.1; K2000 = 100/(0.1 + 0.1) = 500; then K = 0.9 K + I
        double[] expected = {500, 560, 625, 695.6, 772.45};
        for (int k = 0; k < 5; k++) {
            assertEquals(expected[k], cell(t, "A", 2000 + k, "capital_stock"), TOL);
        }
        ResultTable init = r.tables().get("initial");
        assertEquals(0.1, ((Number) init.rows().get(0).get(init.columnIndex("growth"))).doubleValue(), 1e-12);
    }

    @Test
    void gapIsAnErrorByDefaultAndInterpolatedOnRequest() {
        // B has no row for 2002; C has a row with a missing value in 2001
        PanelFrame d = PanelFrame.builder().entities("B", "B", "B", "C", "C", "C").times(2000, 2001, 2003, 2000, 2001, 2002)
                .column("inv", 100, 120, 160, 50, Double.NaN, 70).build();
        InputException e = assertThrows(InputException.class, () -> pim(d, "investment", "inv", "growth", "0.05",
                "depreciation", "0.1"));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("gap for entity B in time 2002"), e.problems().toString());
        assertTrue(e.problems().get(1).contains("gap for entity C in time 2001"), e.problems().toString());

        Result r = pim(d, "investment", "inv", "growth", "0.05", "depreciation", "0.1", "gaps", "interpolate", "name", "k");
        ResultTable t = r.tables().get("capital");
        // B: I = 100, 120, (140), 160; K = 100/0.15, then 0.9 K + I
        double k0 = 100 / 0.15;
        double k1 = 0.9 * k0 + 120;
        double k2 = 0.9 * k1 + 140;
        double k3 = 0.9 * k2 + 160;
        assertEquals(k0, cell(t, "B", 2000, "k"), TOL);
        assertEquals(k1, cell(t, "B", 2001, "k"), TOL);
        assertEquals(k3, cell(t, "B", 2003, "k"), TOL);
        // C: the 2001 row gets the interpolated 60
        assertEquals(60, cell(t, "C", 2001, "real_investment"), TOL);
        assertEquals(0.9 * (0.9 * 50 / 0.15 + 60) + 70, cell(t, "C", 2002, "k"), TOL);
        assertTrue(r.warnings().get(0).contains("interpolated linearly for 2 missing years: B 2002, C 2001"), r.warnings().toString());
    }

    @Test
    void deflatorRebasedToTheBaseYear() {
        PanelFrame d = PanelFrame.builder().entities("D", "D", "D").times(1999, 2000, 2001)
                .column("inv", 100, 110, 121).column("p", 1.0, 1.1, 1.21).build();
        Result r = pim(d, "investment", "inv", "deflator", "p", "base_year", "2000", "growth", "0", "depreciation", "0.1");
        ResultTable t = r.tables().get("capital");
        // prices of 2000: real I = 110 every year; K = 110/0.1 = 1100 throughout
        for (int y = 1999; y <= 2001; y++) {
            assertEquals(110, cell(t, "D", y, "real_investment"), TOL);
            assertEquals(1100, cell(t, "D", y, "capital_stock"), TOL);
        }
        InputException e = assertThrows(InputException.class,
                () -> pim(d, "investment", "inv", "deflator", "p", "base_year", "1990"));
        assertTrue(e.problems().get(0).contains("no positive value for entity D in base_year 1990"), e.problems().toString());
    }

    @Test
    void technologyStockAndArithmeticGrowth() {
        PanelFrame d = PanelFrame.builder().entities("E", "E", "E").times(2010, 2011, 2012).column("imports", 100, 110, 132).build();
        ResultTable t = pim(d, "investment", "imports", "start", "technology", "growth", "0.05", "depreciation", "0.15")
                .tables().get("capital");
        double k1 = 100 * 1.05 / 1.15;
        assertEquals(k1, cell(t, "E", 2010, "capital_stock"), TOL);
        assertEquals(0.85 * k1 + 110, cell(t, "E", 2011, "capital_stock"), TOL);
        Result a = pim(d, "investment", "imports", "growth_method", "arithmetic", "depreciation", "0.1");
        ResultTable init = a.tables().get("initial");
        assertEquals(0.15, ((Number) init.rows().get(0).get(init.columnIndex("growth"))).doubleValue(), 1e-12);
        assertEquals(100 / 0.25, cell(a.tables().get("capital"), "E", 2010, "capital_stock"), TOL);
        Result g = pim(d, "investment", "imports", "depreciation", "0.1");
        double geo = Math.sqrt(1.32) - 1;
        assertEquals(100 / (geo + 0.1), cell(g.tables().get("capital"), "E", 2010, "capital_stock"), TOL);
    }

    @Test
    void badInput() {
        PanelFrame d = PanelFrame.builder().entities("F", "F").times(2000, 2001).column("inv", 10, -5).build();
        InputException e = assertThrows(InputException.class, () -> pim(d, "investment", "inv", "growth", "0"));
        assertTrue(e.problems().get(0).contains("negative investment for entity F, time 2001"), e.problems().toString());
        InputException g = assertThrows(InputException.class, () -> pim(d, "investment", "nope"));
        assertTrue(g.problems().get(0).contains("column 'nope' not found"), g.problems().toString());
        PanelFrame one = PanelFrame.builder().entities("G").times(2000).column("inv", 10).build();
        InputException h = assertThrows(InputException.class, () -> pim(one, "investment", "inv"));
        assertTrue(h.problems().get(0).contains("at least two years"), h.problems().toString());
        InputException neg = assertThrows(InputException.class,
                () -> pim(one, "investment", "inv", "growth", "-0.2", "depreciation", "0.1"));
        assertTrue(neg.problems().get(0).contains("g + delta"), neg.problems().toString());
    }
}
