package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.core.inference.Distributions;
import org.junit.jupiter.api.Test;

/**
 * {@link TurningPoints} against hand formulas: the quadratic turning point −b1/(2b2) with its
 * delta-method SE, the cubic's roots (a polynomial with known roots) and their gradient (against central finite
 * differences), the Fieller interval (its endpoints solve the defining equation), the Lind–Mehlum test on a constructed
 * inverse-U case, a U case and a monotone case.
 */
class TurningPointsTest {

    static void close(double expected, double actual, double tol, String what) {
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(rel <= tol, what + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
    }

    private static final double[][] V2 = {{0.04, -0.003}, {-0.003, 0.0004}};

    @Test
    void quadraticTurningPointAndDeltaMethod() {
        double b1 = 1.2;
        double b2 = -0.08;
        double[] b = {b1, b2};
        TurningPoints.Point[] pts = TurningPoints.turningPoints(b, V2);
        assertEquals(1, pts.length);
        double x0 = -b1 / (2 * b2);
        close(7.5, pts[0].value(), 1e-15, "x*");
        double g1 = -1 / (2 * b2);
        double g2 = b1 / (2 * b2 * b2);
        double var = g1 * g1 * V2[0][0] + 2 * g1 * g2 * V2[0][1] + g2 * g2 * V2[1][1];
        close(Math.sqrt(var), pts[0].stdError(), 1e-13, "se");
        assertArrayEquals(new double[] {g1, g2}, pts[0].gradient(), 1e-13);
        assertTrue(pts[0].maximum(), "b2 < 0: a maximum");
        close(2 * b2, pts[0].curvature(), 1e-15, "curvature");
        assertEquals(0.0, TurningPoints.slope(b, x0), 1e-15, "slope at x*");
        assertEquals(0, TurningPoints.roots(new double[] {1, 0}).length, "b2 = 0: no turning point");
        assertFalse(TurningPoints.turningPoints(new double[] {-1.2, 0.08}, V2)[0].maximum(), "b2 > 0: a minimum");
    }

    @Test
    void cubicRootsAndTheirGradient() {
        // f'(x) = 3(x − 1)(x − 4) = 3x² − 15x + 12: b1 = 12, 2 b2 = −15, 3 b3 = 3
        double[] b = {12, -7.5, 1};
        double[] r = TurningPoints.roots(b);
        assertEquals(2, r.length);
        close(1.0, r[0], 1e-15, "root 1");
        close(4.0, r[1], 1e-15, "root 2");
        double[][] v = {{0.5, 0.01, -0.02}, {0.01, 0.3, 0.005}, {-0.02, 0.005, 0.01}};
        TurningPoints.Point[] pts = TurningPoints.turningPoints(b, v);
        assertTrue(pts[0].maximum() && !pts[1].maximum(), "x = 1 is the maximum, x = 4 the minimum");
        for (int i = 0; i < 2; i++) {
            double[] g = pts[i].gradient();
            for (int k = 0; k < 3; k++) {
                double h = 1e-6;
                double[] up = b.clone();
                double[] dn = b.clone();
                up[k] += h;
                dn[k] -= h;
                double fd = (TurningPoints.roots(up)[i] - TurningPoints.roots(dn)[i]) / (2 * h);
                close(fd, g[k], 1e-7, "d root" + i + "/d b" + (k + 1));
            }
            double var = 0;
            for (int a = 0; a < 3; a++) {
                for (int c = 0; c < 3; c++) {
                    var += g[a] * v[a][c] * g[c];
                }
            }
            close(Math.sqrt(var), pts[i].stdError(), 1e-14, "se of root " + i);
        }
        // large roots of very different size: no cancellation
        double[] wide = {3e-6, -(1 + 1e-6) * 1.5, 1}; // f'(x) = 3(x − 1e−6)(x − 1): roots 1e−6 and 1
        double[] rw = TurningPoints.roots(wide);
        close(1e-6, rw[0], 1e-12, "small root");
        close(1.0, rw[1], 1e-14, "large root");
        assertEquals(0, TurningPoints.roots(new double[] {1, 0, 1}).length, "3x² + 1 > 0: no turning point");
        assertEquals(1, TurningPoints.roots(new double[] {12, -7.5, 0}).length, "b3 = 0: the quadratic");
        assertThrows(IllegalArgumentException.class, () -> TurningPoints.roots(new double[] {1}));
    }

    @Test
    void fiellerEndpointsSolveTheDefiningEquation() {
        double[] b = {1.2, -0.08};
        double crit = 1.96;
        double[] ci = TurningPoints.fieller(b, V2, crit);
        for (double th : ci) {
            double s = b[0] + 2 * b[1] * th;
            double var = V2[0][0] + 4 * th * V2[0][1] + 4 * th * th * V2[1][1];
            close(s * s, crit * crit * var, 1e-10, "Fieller endpoint " + th);
        }
        assertTrue(ci[0] < 7.5 && 7.5 < ci[1], "the interval holds x*");
        assertNull(TurningPoints.fieller(new double[] {1.2, -0.01}, V2, crit), "b2 not significant: unbounded");
        assertNull(TurningPoints.fieller(new double[] {1, 2, 3}, new double[3][3], crit), "cubic: none");
    }

    @Test
    void lindMehlumInverseUCase() {
        double[] b = {1.2, -0.08};
        double lo = 1;
        double hi = 12;
        double df = 100;
        TurningPoints.UTest u = TurningPoints.uTest(b, V2, lo, hi, df);
        double sLo = 1.2 - 0.16 * lo;
        double sHi = 1.2 - 0.16 * hi;
        double seLo = Math.sqrt(V2[0][0] + 4 * lo * V2[0][1] + 4 * lo * lo * V2[1][1]);
        double seHi = Math.sqrt(V2[0][0] + 4 * hi * V2[0][1] + 4 * hi * hi * V2[1][1]);
        assertTrue(u.inverseU());
        assertTrue(u.extremumInside());
        close(sLo, u.slopeLow(), 1e-14, "slope at lo");
        close(sHi, u.slopeHigh(), 1e-14, "slope at hi");
        close(seLo, u.seLow(), 1e-14, "se at lo");
        close(seHi, u.seHigh(), 1e-14, "se at hi");
        double t = Math.min(sLo / seLo, -sHi / seHi);
        close(t, u.statistic(), 1e-14, "t");
        close(Distributions.tUpperP(t, df), u.pValue(), 1e-14, "p");
        close(Math.max(u.pLow(), u.pHigh()), u.pValue(), 1e-14, "p is the larger one-sided p");
    }

    @Test
    void lindMehlumUAndMonotoneCases() {
        double[] b = {-1.2, 0.08}; // a U with its minimum at 7.5
        TurningPoints.UTest u = TurningPoints.uTest(b, V2, 1, 12, Double.POSITIVE_INFINITY);
        assertFalse(u.inverseU());
        assertTrue(u.extremumInside());
        close(Math.min(-u.tLow(), u.tHigh()), u.statistic(), 1e-15, "U: min(−t_lo, t_hi)");
        close(Distributions.normalUpperP(u.statistic()), u.pValue(), 1e-13, "normal p");

        // monotone increasing on [1, 5]: both slopes positive, extremum (7.5) outside: trivial failure to reject
        TurningPoints.UTest m = TurningPoints.uTest(new double[] {1.2, -0.08}, V2, 1, 5, 50);
        assertTrue(m.inverseU());
        assertFalse(m.extremumInside());
        assertTrue(m.statistic() < 0, "statistic ≤ 0 when the extremum is outside");
        assertTrue(m.pValue() > 0.5, "p > 0.5");
    }
}
