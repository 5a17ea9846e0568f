package org.carbonlab.spatial.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Benjamini–Hochberg by hand: p = (0.01, 0.04, 0.03, 0.005) gives (0.02, 0.04, 0.04, 0.02); NaN stays out. */
class FalseDiscoveryRateTest {
    @Test
    void handSolvedCase() {
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02},
                FalseDiscoveryRate.adjust(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-15);
        // m = 3: sorted 0.2, 0.5, 0.9 -> 0.6, 0.75, 0.9; NaN is not counted
        assertArrayEquals(new double[] {0.9, Double.NaN, 0.6, 0.75},
                FalseDiscoveryRate.adjust(new double[] {0.9, Double.NaN, 0.2, 0.5}), 1e-15);
    }
}
