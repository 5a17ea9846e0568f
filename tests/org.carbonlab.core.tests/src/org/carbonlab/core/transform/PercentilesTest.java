package org.carbonlab.core.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.core.transform.Percentiles.Type;
import org.junit.jupiter.api.Test;

/** Hand-checked values of the four definitions (R: quantile(1:10, p, type = k)). */
class PercentilesTest {
    private static final double[] ONE_TO_TEN = {10, 3, 1, 2, 4, 5, 9, 6, 8, 7};

    private static double q(double p, Type t) {
        return Percentiles.quantile(ONE_TO_TEN, p, t);
    }

    @Test
    void type7InterpolatesOnNMinusOne() {
        assertEquals(3.25, q(0.25, Type.TYPE7), 1e-15);
        assertEquals(5.5, q(0.5, Type.TYPE7));
        assertEquals(9.91, q(0.99, Type.TYPE7), 1e-12);
        assertEquals(1.0, q(0, Type.TYPE7));
        assertEquals(10.0, q(1, Type.TYPE7));
    }

    @Test
    void type6InterpolatesOnNPlusOne() {
        assertEquals(2.75, q(0.25, Type.TYPE6), 1e-15);
        assertEquals(5.5, q(0.5, Type.TYPE6));
        assertEquals(1.0, q(0.05, Type.TYPE6), "below 1/(n+1) the minimum");
        assertEquals(10.0, q(0.95, Type.TYPE6), "above n/(n+1) the maximum");
    }

    @Test
    void type2AveragesAtWholeNpLikeStata() {
        assertEquals(3.0, q(0.25, Type.TYPE2), "np = 2.5 -> x(3)");
        assertEquals(5.5, q(0.5, Type.TYPE2), "np = 5 -> (x(5) + x(6))/2");
        assertEquals(1.5, q(0.1, Type.TYPE2), "np = 1 -> (x(1) + x(2))/2");
        // Statalist example: the 1st percentile of 1..100 is 1.5
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertEquals(1.5, Percentiles.quantile(hundred, 0.01, Type.STATA));
        assertEquals(99.5, Percentiles.quantile(hundred, 0.99, Type.STATA));
        // np = 0.7 * 10 = 7.000000000000001 in floating point: R's fuzz still treats it as whole
        assertEquals(7.5, q(0.7, Type.TYPE2));
    }

    @Test
    void type1IsTheInverseEmpiricalCdf() {
        assertEquals(3.0, q(0.25, Type.TYPE1));
        assertEquals(5.0, q(0.5, Type.TYPE1));
        assertEquals(1.0, q(0.1, Type.TYPE1));
        assertEquals(1.0, q(0, Type.TYPE1));
        assertEquals(10.0, q(1, Type.TYPE1));
    }

    @Test
    void missingValuesAreIgnored() {
        double[] x = {Double.NaN, 4, Double.NaN, 1, 3, 2};
        assertEquals(2.5, Percentiles.quantile(x, 0.5, Type.TYPE7));
        assertTrue(Double.isNaN(Percentiles.quantile(new double[] {Double.NaN}, 0.5, Type.TYPE2)));
        assertArrayEquals(new double[] {1, 2, 3, 4}, Percentiles.sortedNonMissing(x));
    }

    @Test
    void typesAndProbabilitiesAreChecked() {
        assertEquals(Type.TYPE2, Type.of(2));
        assertEquals(7, Type.TYPE7.rType());
        assertThrows(IllegalArgumentException.class, () -> Type.of(3));
        assertThrows(IllegalArgumentException.class, () -> q(1.5, Type.TYPE7));
        assertThrows(IllegalArgumentException.class, () -> q(Double.NaN, Type.TYPE7));
    }

    @Test
    void winsorizeClipsAndKeepsMissing() {
        double[] x = {Double.NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
        Winsorize.Result r = Winsorize.winsorize(x, 0.1, 0.9, Type.TYPE2);
        // n = 10 non-missing: np = 1 -> (1+2)/2 = 1.5; np = 9 -> (9+100)/2 = 54.5
        assertEquals(1.5, r.cutLow());
        assertEquals(54.5, r.cutHigh());
        assertEquals(1, r.clippedLow());
        assertEquals(1, r.clippedHigh());
        assertArrayEquals(new double[] {Double.NaN, 1.5, 2, 3, 4, 5, 6, 7, 8, 9, 54.5}, r.values());
        Winsorize.Result t = Winsorize.trim(x, 0.1, 0.9, Type.TYPE2);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 2, 3, 4, 5, 6, 7, 8, 9, Double.NaN}, t.values());
        assertThrows(IllegalArgumentException.class, () -> Winsorize.winsorize(x, 0.9, 0.1));
        assertThrows(IllegalArgumentException.class, () -> Winsorize.winsorize(x, -0.1, 0.9));
    }

    @Test
    void winsorizeByGroupUsesEachGroupsOwnCuts() {
        double[] x = {1, 2, 3, 4, 100, 10, 20, 30, 40, 1000, 5};
        int[] g = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, -1};
        Winsorize.GroupedResult r = Winsorize.winsorizeByGroup(x, g, 0.2, 0.8, Type.TYPE7);
        double[] a = Winsorize.winsorize(new double[] {1, 2, 3, 4, 100}, 0.2, 0.8, Type.TYPE7).values();
        double[] b = Winsorize.winsorize(new double[] {10, 20, 30, 40, 1000}, 0.2, 0.8, Type.TYPE7).values();
        assertArrayEquals(new double[] {a[0], a[1], a[2], a[3], a[4], b[0], b[1], b[2], b[3], b[4], Double.NaN},
                r.values());
        assertEquals(1.8, r.cutLow()[0], 1e-15);
        assertEquals(18, r.cutLow()[1], 1e-13);
        assertArrayEquals(new int[] {1, 1}, r.clippedHigh());
    }
}
