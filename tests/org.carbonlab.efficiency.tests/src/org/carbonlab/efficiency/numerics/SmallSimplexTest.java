package org.carbonlab.efficiency.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.carbonlab.efficiency.numerics.LinearProgram.Sense;
import org.junit.jupiter.api.Test;

/** The small simplex behind column generation: hand-solved programs and ojAlgo's optimum on random ones. */
class SmallSimplexTest {

    /** min −x1 − x2, x1 + 2x2 + s1 = 4, 3x1 + x2 + s2 = 6: x = (1.6, 1.2), value −2.8, duals (−0.4, −0.2). */
    @Test
    void handSolvedProgram() {
        SmallSimplex.Optimum o = SmallSimplex.minimise(new double[][] {{1, 2, 1, 0}, {3, 1, 0, 1}},
                new double[] {4, 6}, new double[] {-1, -1, 0, 0});
        assertNotNull(o);
        assertEquals(-2.8, o.value(), 1e-14);
        assertEquals(1.6, o.x()[0], 1e-14);
        assertEquals(1.2, o.x()[1], 1e-14);
        assertEquals(-0.4, o.y()[0], 1e-14);
        assertEquals(-0.2, o.y()[1], 1e-14);
    }

    @Test
    void infeasibleAndUnboundedGiveNull() {
        // x1 + x2 = −1 with x ≥ 0
        assertNull(SmallSimplex.minimise(new double[][] {{1, 1}}, new double[] {-1}, new double[] {1, 1}));
        // min −x1 with x1 − x2 = 0: unbounded
        assertNull(SmallSimplex.minimise(new double[][] {{1, -1}}, new double[] {0}, new double[] {-1, 0}));
    }

    /** Random feasible, bounded programs (b = A·x0 with a sparse x0 ≥ 0, so often degenerate; c ≥ 0): ojAlgo's optimum. */
    @Test
    void sameOptimumAsOjAlgoAndMultipliersPriceTheBasis() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int m = 2 + rnd.nextInt(6);
            int n = m + 1 + rnd.nextInt(40);
            LinearProgram lp = new LinearProgram(n);
            double[][] a = new double[m][n];
            double[] x0 = new double[n];
            double[] cost = new double[n];
            for (int j = 0; j < n; j++) {
                x0[j] = rnd.nextDouble() < 0.5 ? 0.0 : rnd.nextDouble();
                cost[j] = rnd.nextDouble();
                lp.objective(j, cost[j]);
            }
            for (int i = 0; i < m; i++) {
                double rhs = 0;
                for (int j = 0; j < n; j++) {
                    a[i][j] = rnd.nextDouble() < 0.3 ? 0.0 : rnd.nextDouble() * 4 - 2;
                    rhs += a[i][j] * x0[j];
                }
                lp.row(a[i], Sense.EQ, rhs);
            }
            LinearProgram.Solution quick = lp.minimiseQuick();
            LinearProgram.Solution ref = lp.minimise();
            assertTrue(ref.optimal(), "trial " + trial);
            assertNotNull(quick, "trial " + trial);
            assertEquals(ref.value(), quick.value(), 1e-9 * (1 + Math.abs(ref.value())), "trial " + trial);
            // reduced costs c_j + Σ m_i a_ij: ≥ 0 everywhere, 0 on positive columns
            for (int j = 0; j < n; j++) {
                double r = 0;
                for (int i = 0; i < m; i++) {
                    r += quick.multipliers()[i] * a[i][j];
                }
                double c = cost[j];
                assertTrue(c + r > -1e-9, "trial " + trial + " column " + j);
                if (quick.x()[j] > 1e-9) {
                    assertEquals(0.0, c + r, 1e-9, "trial " + trial + " column " + j);
                }
            }
        }
    }
}
