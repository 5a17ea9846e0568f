package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.panel.numerics.MediationStatistics.Verdict;
import org.junit.jupiter.api.Test;

/** Sobel, Aroian and Goodman standard errors and the Baron–Kenny rule, against numbers worked out by hand. */
class MediationStatisticsTest {

    @Test
    void productStandardErrorsByHand() {
        // a = 0.5 (s_a = 0.1), b = 0.4 (s_b = 0.2):
        // b²s_a² = 0.16·0.01 = 0.0016, a²s_b² = 0.25·0.04 = 0.01, s_a²s_b² = 0.01·0.04 = 0.0004
        double a = 0.5;
        double sa = 0.1;
        double b = 0.4;
        double sb = 0.2;
        assertEquals(Math.sqrt(0.0116), MediationStatistics.sobelSe(a, sa, b, sb), 1e-15);
        assertEquals(Math.sqrt(0.0120), MediationStatistics.aroianSe(a, sa, b, sb), 1e-15);
        assertEquals(Math.sqrt(0.0112), MediationStatistics.goodmanSe(a, sa, b, sb), 1e-15);
        double z = MediationStatistics.z(a * b, MediationStatistics.sobelSe(a, sa, b, sb));
        assertEquals(0.2 / Math.sqrt(0.0116), z, 1e-14);
        // 0.2/sqrt(0.0116) = 1.85695338177...; two-sided normal p = erfc(z/√2) = 0.0633177868300... (Python math.erfc)
        assertEquals(1.8569533817705186, z, 1e-12);
        assertEquals(0.06331778683004564, MediationStatistics.normalP(z), 1e-13);
        // the sign of a or b does not change the standard errors
        assertEquals(MediationStatistics.sobelSe(a, sa, b, sb), MediationStatistics.sobelSe(-a, sa, b, sb), 0);
    }

    @Test
    void goodmanUndefinedWhenRadicandNotPositive() {
        // a = b = 0: b²s_a² + a²s_b² − s_a²s_b² = −s_a²s_b² < 0
        assertTrue(Double.isNaN(MediationStatistics.goodmanSe(0, 0.3, 0, 0.2)));
        assertEquals(0.3 * 0.2, MediationStatistics.aroianSe(0, 0.3, 0, 0.2), 1e-16);
        assertTrue(Double.isNaN(MediationStatistics.z(1, 0)));
    }

    @Test
    void baronKennySteps() {
        double alpha = 0.05;
        // every path significant, c' not significant: complete
        assertEquals(Verdict.COMPLETE, MediationStatistics.baronKenny(1.0, 0.001, 0.01, 0.02, 0.1, 0.4, alpha));
        // c' significant, same sign and smaller: partial
        assertEquals(Verdict.PARTIAL, MediationStatistics.baronKenny(1.0, 0.001, 0.01, 0.02, 0.6, 0.01, alpha));
        assertEquals(Verdict.PARTIAL, MediationStatistics.baronKenny(-1.0, 0.001, 0.01, 0.02, -0.6, 0.01, alpha));
        // c' significant but larger than c or of the other sign (suppression): none
        assertEquals(Verdict.NONE, MediationStatistics.baronKenny(1.0, 0.001, 0.01, 0.02, 1.3, 0.01, alpha));
        assertEquals(Verdict.NONE, MediationStatistics.baronKenny(1.0, 0.001, 0.01, 0.02, -0.3, 0.01, alpha));
        // a failed step: none
        assertEquals(Verdict.NONE, MediationStatistics.baronKenny(1.0, 0.2, 0.01, 0.02, 0.1, 0.4, alpha));
        assertEquals(Verdict.NONE, MediationStatistics.baronKenny(1.0, 0.001, 0.06, 0.02, 0.1, 0.4, alpha));
        assertEquals(Verdict.NONE, MediationStatistics.baronKenny(1.0, 0.001, 0.01, 0.05, 0.1, 0.4, alpha));
        assertEquals(Verdict.NONE, MediationStatistics.baronKenny(1.0, Double.NaN, 0.01, 0.02, 0.1, 0.4, alpha));
        // the level matters: p = 0.07 passes at alpha = 0.10
        assertEquals(Verdict.COMPLETE, MediationStatistics.baronKenny(1.0, 0.07, 0.01, 0.02, 0.1, 0.4, 0.10));
        assertEquals("partial", Verdict.PARTIAL.label());
    }
}
