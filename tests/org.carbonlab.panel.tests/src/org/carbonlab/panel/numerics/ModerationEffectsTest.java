package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carbonlab.core.inference.Distributions;
import org.junit.jupiter.api.Test;

/** The delta method of {@link ModerationEffects} against numbers worked out by hand. */
class ModerationEffectsTest {

    @Test
    void deltaMethodByHand() {
        // b1 = 0.5, b3 = -0.2, V11 = 0.04, V33 = 0.01, V13 = -0.006, at m = 2:
        // effect = 0.5 - 0.4 = 0.1; var = 0.04 + 4·0.01 + 2·2·(-0.006) = 0.056
        ModerationEffects.Effect[] e = ModerationEffects.at(0.5, -0.2, 0.04, 0.01, -0.006, new double[] {2.0, 0.0},
                Double.POSITIVE_INFINITY, 0.95);
        assertEquals(2.0, e[0].at());
        assertEquals(0.1, e[0].effect(), 1e-15);
        assertEquals(Math.sqrt(0.056), e[0].stdError(), 1e-15);
        assertEquals(0.1 / Math.sqrt(0.056), e[0].statistic(), 1e-14);
        assertEquals(Distributions.normalTwoSidedP(0.1 / Math.sqrt(0.056)), e[0].pValue(), 1e-15);
        double z = 1.959963984540054;
        assertEquals(0.1 - z * Math.sqrt(0.056), e[0].confLow(), 1e-12);
        assertEquals(0.1 + z * Math.sqrt(0.056), e[0].confHigh(), 1e-12);
        // at m = 0 the effect is b1 with its own SE
        assertEquals(0.5, e[1].effect(), 0);
        assertEquals(0.2, e[1].stdError(), 1e-15);
        // t(20): critical value 2.085963447265864 (scipy.stats.t.ppf(0.975, 20))
        ModerationEffects.Effect[] t = ModerationEffects.at(0.5, -0.2, 0.04, 0.01, -0.006, new double[] {2.0}, 20, 0.95);
        assertEquals(0.1 - 2.085963447265864 * Math.sqrt(0.056), t[0].confLow(), 1e-9);
        assertEquals(Distributions.tTwoSidedP(0.1 / Math.sqrt(0.056), 20), t[0].pValue(), 1e-15);
    }
}
