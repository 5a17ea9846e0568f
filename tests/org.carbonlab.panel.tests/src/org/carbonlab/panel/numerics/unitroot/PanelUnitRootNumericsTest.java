package org.carbonlab.panel.numerics.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pieces of the panel unit-root numerics against R 4.2 (values printed with sprintf("%.17g")). */
class PanelUnitRootNumericsTest {

    /** Φ^{-1} as used by Choi's Z, against R's qnorm, down to a denormal p (Commons Math alone gives −∞ there). */
    @Test
    void probitMatchesQnormIntoTheFarTails() {
        double[][] cases = {
            {9.9998886718268301e-321, -38.269125343032648}, {1e-300, -37.047096299361201},
            {1e-100, -21.273453560965319}, {1e-53, -15.3870313177038}, {1e-10, -6.3613409024040557},
            {0.001, -3.0902323061678132}, {0.3, -0.52440051270804067}, {0.7, 0.52440051270804067},
            {0.999, 3.0902323061678132}, {0.99999999999900002, 7.0344869100478356}};
        for (double[] c : cases) {
            double z = PanelUnitRoot.probit(c[0]);
            // 1 - p near 1 carries the rounding of p itself; at a denormal p the tail probability (erfc) has lost
            // digits to underflow, so only 1e-6 there
            double tol = c[0] < Double.MIN_NORMAL ? 1e-6 : c[0] > 0.9 ? 1e-11 : 1e-13;
            assertTrue(Math.abs(z - c[1]) <= tol * Math.abs(c[1]), "probit(" + c[0] + ") = " + z + ", R " + c[1]);
        }
        assertEquals(0.0, PanelUnitRoot.probit(0.5), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, PanelUnitRoot.probit(0));
    }
}
