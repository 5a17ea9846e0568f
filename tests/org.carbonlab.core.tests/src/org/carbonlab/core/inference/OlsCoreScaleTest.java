package org.carbonlab.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rank detection and the solution of {@link OlsCore} do not depend on the units of the data: hand-solved designs
 * give the same decisions and the same (rescaled) coefficients at 1e-150, 1 and 1e150, and a single cell of 1e200
 * no longer turns every column into "collinear".
 */
class OlsCoreScaleTest {

    private static final double TOL = 1e-9;

    private static double[] norms(double[][] cols) {
        double[] n = new double[cols.length];
        for (int j = 0; j < cols.length; j++) {
            n[j] = LinAlg.norm(cols[j]);
        }
        return n;
    }

    private static void rel(String what, double expected, double actual, double tol) {
        double err = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(err <= tol, what + ": expected " + expected + " got " + actual + " (relative error " + err + ")");
    }

    @Test
    void normNeitherOverflowsNorUnderflows() {
        rel("huge", Math.sqrt(2) * 1e200, LinAlg.norm(new double[] {1e200, -1e200}), 1e-15);
        rel("tiny", 5e-200, LinAlg.norm(new double[] {3e-200, 4e-200}), 1e-15);
        rel("mixed", 1e200, LinAlg.norm(new double[] {1e200, 1.0, 2.0}), 1e-15);
        assertEquals(5.0, LinAlg.norm(new double[] {3, 4}), 0.0);
        assertEquals(0.0, LinAlg.norm(new double[] {0, 0}), 0.0);
        // the plain sum (5.5e308) overflows
        rel("mean near the top of the range", 1.375e308, LinAlg.mean(new double[] {1e308, 1.5e308, 1.7e308,
            1.3e308}), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, LinAlg.mean(new double[] {1, Double.POSITIVE_INFINITY}));
        assertTrue(Double.isNaN(LinAlg.mean(new double[] {1, Double.NaN})));
    }

    @Test
    void exactCollinearityIsFoundAtEveryScale() {
        // y = 3 + 2 x exactly; the third column is 2 x (exactly collinear); kept: intercept and x, beta = (3, 2/s)
        double[] x = {1, 2, 3, 4, 5, 7};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 + 2 * x[i];
        }
        for (double s : new double[] {1e-150, 1.0, 1e150, 1e200}) {
            double[] ones = new double[x.length];
            double[] xs = new double[x.length];
            double[] twice = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                ones[i] = 1;
                xs[i] = x[i] * s;
                twice[i] = 2 * x[i] * s;
            }
            double[][] cols = {ones, xs, twice};
            OlsCore f = OlsCore.fit(cols, y, norms(cols), null, TOL);
            assertArrayEquals(new DropReason[] {null, null, DropReason.COLLINEAR}, f.reasons(), "scale " + s);
            rel("intercept at " + s, 3.0, f.coefficient(0), 1e-12);
            rel("slope at " + s, 2.0 / s, f.coefficient(1), 1e-12);
            assertTrue(f.ssr() < 1e-20, "exact fit at " + s + ": ssr " + f.ssr());
            // (X'X)^{-1} scales with 1/s^2 (up to 1e150; beyond, its entries are below the double range)
            if (s <= 1e150) {
                double[][] unitCols = {ones, x, twice};
                OlsCore unit = OlsCore.fit(unitCols, y, norms(unitCols), null, TOL);
                rel("(X'X)^-1 slope at " + s, unit.xtxInv()[1][1] / (s * s), f.xtxInv()[1][1], 1e-12);
                rel("R^-1 slope at " + s, unit.rInv()[1][1] / s, f.rInv()[1][1], 1e-12);
            }
        }
    }

    @Test
    void nearCollinearityIsJudgedRelativeToTheColumnNorm() {
        // z = x + 1 + d: relative distance from the span of (1, x) about 1e-13 (dropped at 1e-9) or 1e-5 (kept),
        // at any scale of z
        double[] x = {1, 2, 3, 4, 5, 7, 8};
        double[] y = {2, 1, 4, 3, 6, 5, 9};
        double[] wiggle = {1, -1, 1, -1, 1, -1, 0};
        for (double s : new double[] {1e-150, 1.0, 1e150}) {
            for (double eps : new double[] {1e-13, 1e-5}) {
                double[] ones = new double[x.length];
                double[] z = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    ones[i] = 1;
                    z[i] = (x[i] + 1 + eps * 10 * wiggle[i]) * s;
                }
                double[][] cols = {ones, x, z};
                OlsCore f = OlsCore.fit(cols, y, norms(cols), null, TOL);
                DropReason expected = eps < TOL ? DropReason.COLLINEAR : null;
                assertEquals(expected, f.reasons()[2], "scale " + s + ", relative distance " + eps);
            }
        }
    }

    @Test
    void oneHugeCellKeepsEveryColumn() {
        // column x has 1e200 in row 0: that row is then fitted exactly, and the intercept and z are those of the
        // least-squares fit of y on (1, z) over the other rows, here y = 1 + 2 z exactly: (1, 2)
        double[] z = {5, 1, 2, 3, 4, 6, 8};
        double[] x = {1e200, 2, 1, 4, 3, 5, 5};
        double[] y = new double[z.length];
        double[] ones = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            y[i] = 1 + 2 * z[i];
            ones[i] = 1;
        }
        y[0] = 50;
        double[][] cols = {ones, x, z};
        OlsCore f = OlsCore.fit(cols, y, norms(cols), null, TOL);
        assertArrayEquals(new DropReason[] {null, null, null}, f.reasons());
        rel("intercept", 1.0, f.coefficient(0), 1e-9);
        rel("z", 2.0, f.coefficient(2), 1e-9);
        rel("x", (50 - 1 - 2 * 5) / 1e200, f.coefficient(1), 1e-9);
    }

    @Test
    void anInterceptOnlyModelIsAModel() {
        double[] y = {1, 2, 3, 6};
        double[][] cols = {{1, 1, 1, 1}};
        OlsCore f = OlsCore.fit(cols, y, norms(cols), null, TOL);
        assertEquals(1, f.rank());
        assertEquals(3.0, f.coefficient(0), 1e-15);
        assertEquals(14.0, f.ssr(), 1e-12);
        assertEquals(0.25, f.xtxInv()[0][0], 1e-15);
    }

    @Test
    void nonFiniteDataAreRejectedNamingTheCell() {
        double[][] cols = {{1, 1, 1}, {1, Double.POSITIVE_INFINITY, 2}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OlsCore.fit(cols, new double[] {1, 2, 3}, new double[] {1, 1}, null, TOL));
        assertTrue(e.getMessage().contains("column 1") && e.getMessage().contains("row 1"), e.getMessage());
    }
}
