package org.carbonlab.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The parallel reduction over the fixed row partition of {@link RowBlocks}: the R factor of a tall matrix cut into
 * several blocks satisfies R'R = X'X (brute-force cross-products), and it is bit for bit the same with 1 and 2 threads.
 */
class RowBlocksTest {

    /** Runs {@code work} with {@value RowBlocks#THREADS_PROPERTY} set to {@code threads}, restoring it afterwards. */
    static <T> T withThreads(int threads, Supplier<T> work) {
        String old = System.getProperty(RowBlocks.THREADS_PROPERTY);
        System.setProperty(RowBlocks.THREADS_PROPERTY, Integer.toString(threads));
        try {
            return work.get();
        } finally {
            if (old == null) {
                System.clearProperty(RowBlocks.THREADS_PROPERTY);
            } else {
                System.setProperty(RowBlocks.THREADS_PROPERTY, old);
            }
        }
    }

    private static double[][] tallColumns(int n, int p, long seed) {
        Random rnd = new Random(seed);
        double[][] cols = new double[p][n];
        for (int i = 0; i < n; i++) {
            double common = rnd.nextGaussian();
            for (int j = 0; j < p; j++) {
                cols[j][i] = 10.0 * j + common + rnd.nextGaussian() * (j + 1); // correlated, different scales
            }
        }
        return cols;
    }

    @Test
    void blockedRFactorReproducesTheCrossProducts() {
        int n = 3 * RowBlocks.BLOCK_ROWS + 12_345; // four blocks, the last one short
        int p = 4;
        double[][] cols = tallColumns(n, p, 11);
        double[][] r = LinAlg.rFactor(cols);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double xtx = 0;
                for (int i = 0; i < n; i++) {
                    xtx += cols[a][i] * cols[b][i];
                }
                double rtr = 0;
                for (int l = 0; l < p; l++) {
                    rtr += r[l][a] * r[l][b];
                }
                double scale = Math.sqrt(LinAlg.sumSquares(cols[a]) * LinAlg.sumSquares(cols[b]));
                assertEquals(xtx, rtr, 1e-12 * scale, "(R'R)[" + a + "][" + b + "]");
            }
            for (int l = a + 1; l < p; l++) {
                assertEquals(0.0, r[l][a], "R is upper triangular");
            }
        }
    }

    @Test
    void nearlyCollinearColumnsTakeHouseholderAndExactlyCollinearOnesAreDropped() {
        int n = 2 * RowBlocks.BLOCK_ROWS + 99;
        double[][] cols = tallColumns(n, 3, 23);
        double[][] near = {cols[0], cols[1], new double[n]};
        double[][] exact = {cols[0], cols[1], new double[n]};
        Random rnd = new Random(4);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            near[2][i] = cols[0][i] - 2 * cols[1][i] + 1e-7 * rnd.nextGaussian(); // condition number near 1e8
            exact[2][i] = cols[0][i] - 2 * cols[1][i];
            y[i] = cols[0][i] + cols[1][i] + rnd.nextGaussian();
        }
        double[][] r = LinAlg.rFactor(near);
        double xtx = LinAlg.sumSquares(near[2]);
        double rtr = r[0][2] * r[0][2] + r[1][2] * r[1][2] + r[2][2] * r[2][2];
        assertEquals(xtx, rtr, 1e-12 * xtx, "(R'R)[2][2] of the ill-conditioned matrix");
        // the part of column 3 orthogonal to the others is the noise: about 1e-7 * sqrt(n)
        assertEquals(1e-7 * Math.sqrt(n), Math.abs(r[2][2]), 0.05e-7 * Math.sqrt(n), "orthogonal part");

        double[] norms = {LinAlg.norm(exact[0]), LinAlg.norm(exact[1]), LinAlg.norm(exact[2])};
        OlsCore fit = OlsCore.fit(exact, y, norms, null, 1e-9);
        assertEquals(2, fit.rank(), "x3 = x1 - 2 x2 is dropped");
        assertEquals(DropReason.COLLINEAR, fit.reasons()[2]);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        int n = 2 * RowBlocks.BLOCK_ROWS + 777;
        double[][] cols = tallColumns(n, 3, 5);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 1.5 * cols[0][i] - 0.5 * cols[2][i] + Math.sin(i);
        }
        double[] norms = {LinAlg.norm(cols[0]), LinAlg.norm(cols[1]), LinAlg.norm(cols[2])};
        OlsCore one = withThreads(1, () -> OlsCore.fit(cols, y, norms, null, 1e-9));
        OlsCore two = withThreads(2, () -> OlsCore.fit(cols, y, norms, null, 1e-9));
        double[] b1 = one.beta();
        double[] b2 = two.beta();
        double[][] v1 = one.xtxInv();
        double[][] v2 = two.xtxInv();
        for (int a = 0; a < b1.length; a++) {
            assertEquals(Double.doubleToLongBits(b1[a]), Double.doubleToLongBits(b2[a]), "beta " + a);
            for (int b = 0; b < b1.length; b++) {
                assertEquals(Double.doubleToLongBits(v1[a][b]), Double.doubleToLongBits(v2[a][b]), "xtxInv " + a + b);
            }
        }
        assertEquals(Double.doubleToLongBits(one.ssr()), Double.doubleToLongBits(two.ssr()), "ssr");
        assertEquals(1.5, b1[0], 0.01, "the coefficient itself");
    }

    @Test
    void everyTaskRunsOnceAndFailuresSurface() {
        int tasks = 37;
        int[] seen = new int[tasks];
        withThreads(2, () -> {
            RowBlocks.forEach(tasks, b -> seen[b]++);
            return null;
        });
        for (int b = 0; b < tasks; b++) {
            assertEquals(1, seen[b], "task " + b);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withThreads(2, () -> {
            RowBlocks.forEach(4, b -> {
                if (b == 3) {
                    throw new IllegalArgumentException("block 3 failed");
                }
            });
            return null;
        }));
        assertTrue(e.getMessage().contains("block 3"), e.getMessage());
        assertEquals(4, RowBlocks.count(3 * RowBlocks.BLOCK_ROWS + 1));
        assertEquals(1, RowBlocks.count(0));
        assertEquals(2 * RowBlocks.BLOCK_ROWS + 5, RowBlocks.end(2, 2 * RowBlocks.BLOCK_ROWS + 5));
    }
}
