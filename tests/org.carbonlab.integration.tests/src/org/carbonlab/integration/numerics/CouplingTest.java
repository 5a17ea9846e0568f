package org.carbonlab.integration.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CouplingTest {

    @Test
    void twoSubsystemFormulaEqualsTheGeneralOne() {
        double[] u = {0.3, 0.7};
        double two = Coupling.coupling(u, Coupling.Variant.TWO_SUBSYSTEM);
        assertEquals(2 * Math.sqrt(0.21) / 1.0, two, 1e-15);
        assertEquals(two, Coupling.coupling(u, Coupling.Variant.GENERAL), 1e-15);
        assertEquals(two / 2, Coupling.coupling(u, Coupling.Variant.WITHOUT_N), 1e-15);
        // modified distance, n = 2: sqrt((1 - |U1 - U2|) * U_min / U_max)
        assertEquals(Math.sqrt((1 - 0.4) * (0.3 / 0.7)), Coupling.coupling(u, Coupling.Variant.MODIFIED_DISTANCE), 1e-15);
    }

    @Test
    void equalScoresAreFullyCoupled() {
        for (double[] u : new double[][] {{0.4, 0.4}, {0.2, 0.2, 0.2}, {1, 1, 1, 1}}) {
            assertEquals(1.0, Coupling.coupling(u, Coupling.Variant.GENERAL), 1e-14);
            assertEquals(1.0, Coupling.coupling(u, Coupling.Variant.MODIFIED_DISTANCE), 1e-14);
            assertEquals(1.0 / u.length, Coupling.coupling(u, Coupling.Variant.WITHOUT_N), 1e-14);
        }
    }

    @Test
    void threeSubsystemsByHand() {
        double[] u = {0.2, 0.5, 0.8};
        double c = 3 * Math.cbrt(0.2 * 0.5 * 0.8 / (1.5 * 1.5 * 1.5));
        assertEquals(c, Coupling.coupling(u, Coupling.Variant.GENERAL), 1e-14);
        double dsum = 0.3 + 0.6 + 0.3;
        double m = Math.sqrt((1 - dsum / 3) * Math.sqrt((0.2 / 0.8) * (0.5 / 0.8) * 1));
        assertEquals(m, Coupling.coupling(u, Coupling.Variant.MODIFIED_DISTANCE), 1e-14);
        assertEquals(0.5, Coupling.coordination(u, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}), 1e-15);
        assertEquals(0.2 * 0.5 + 0.5 * 0.3 + 0.8 * 0.2, Coupling.coordination(u, new double[] {0.5, 0.3, 0.2}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Coupling.coupling(u, Coupling.Variant.TWO_SUBSYSTEM));
        assertThrows(IllegalArgumentException.class, () -> Coupling.coupling(new double[] {0.5}, Coupling.Variant.GENERAL));
    }

    @Test
    void allZeroScoresGiveUndefinedCButZeroD() {
        double[] u = {0, 0};
        double c = Coupling.coupling(u, Coupling.Variant.GENERAL);
        assertTrue(Double.isNaN(c));
        assertEquals(0.0, Coupling.degree(c, Coupling.coordination(u, new double[] {0.5, 0.5})));
        assertEquals(0.0, Coupling.coupling(new double[] {0, 0.5}, Coupling.Variant.GENERAL));
        assertEquals(0.0, Coupling.coupling(new double[] {0, 0.5}, Coupling.Variant.MODIFIED_DISTANCE));
    }

    @Test
    void tenLevels() {
        assertEquals(1, Coupling.level(0));
        assertEquals(1, Coupling.level(0.0999999));
        assertEquals(2, Coupling.level(0.1));
        assertEquals(4, Coupling.level(0.3));
        assertEquals(5, Coupling.level(0.45));
        assertEquals(6, Coupling.level(0.5));
        assertEquals(9, Coupling.level(0.8999));
        assertEquals(10, Coupling.level(0.9));
        assertEquals(10, Coupling.level(1.0));
        assertEquals(0, Coupling.level(Double.NaN));
        assertEquals("extreme imbalance", Coupling.levelName(1));
        assertEquals("on the verge of imbalance", Coupling.levelName(5));
        assertEquals("barely coordinated", Coupling.levelName(6));
        assertEquals("high-quality coordination", Coupling.levelName(10));
        assertNull(Coupling.levelName(0));
        assertEquals(10, Coupling.LEVELS.size());
    }
}
