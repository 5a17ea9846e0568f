package org.carbonlab.emissions.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sums of sources solved by hand. */
class EmissionTotalsTest {
    private static final double TOL = 1e-12;

    @Test
    void sourcesTotalsAndMissingValues() {
        // fuel a: 2 t CO2/unit, 0.5 tce/unit, in both sums; fuel b: 3 t CO2/unit, out of both; electricity:
        // 0.1 MWh/unit times a row factor, 0.2 tce/unit, in energy only
        EmissionTotals.Source a = new EmissionTotals.Source(new double[] {1, Double.NaN}, 2, null, 0.5, true, true);
        EmissionTotals.Source b = new EmissionTotals.Source(new double[] {Double.NaN, 4}, 3, null, 1, false, false);
        EmissionTotals.Source e = new EmissionTotals.Source(new double[] {10, 20}, 0.1, new double[] {0.5, 2}, 0.2,
                false, true);
        EmissionTotals.Totals p = EmissionTotals.compute(List.of(a, b, e), 2, false, 1e-3, 10);
        assertArrayEquals(new double[] {2e-3, Double.NaN}, p.co2()[0], TOL);
        assertArrayEquals(new double[] {Double.NaN, 12e-3}, p.co2()[1], TOL);
        assertArrayEquals(new double[] {0.5e-3, 4e-3}, p.co2()[2], TOL);
        assertArrayEquals(new double[] {2e-3, Double.NaN}, p.total(), TOL);
        assertArrayEquals(new double[] {5 + 20, Double.NaN}, p.energy(), TOL);
        assertEquals(1, p.missing(), "b's missing value enters no sum and is not counted");
        EmissionTotals.Totals z = EmissionTotals.compute(List.of(a, b, e), 2, true, 1, 1);
        assertArrayEquals(new double[] {2, 0}, z.total(), TOL);
        assertArrayEquals(new double[] {0, 12}, z.co2()[1], TOL);
        assertArrayEquals(new double[] {0.5 + 2, 4}, z.energy(), TOL);
    }

    @Test
    void sumsByCellAndPresentValues() {
        double[][] s = EmissionTotals.sumByCell(new int[] {0, 1, 0, -1, 1}, new int[] {1, 0, 1, 0, -1},
                new double[] {1, 2, 4, 8, 16}, 2, 2);
        assertArrayEquals(new double[] {0, 5}, s[0], TOL);
        assertArrayEquals(new double[] {2, 0}, s[1], TOL);
        EmissionTotals.Sum sum = EmissionTotals.sumPresent(new double[] {1, Double.NaN, 2.5});
        assertEquals(3.5, sum.value(), TOL);
        assertEquals(2, sum.present());
    }
}
