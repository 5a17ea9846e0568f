package org.carbonlab.efficiency.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

import org.carbonlab.efficiency.benchmark.DeaBenchmark;
import org.carbonlab.efficiency.numerics.dea.DeaEngine;
import org.carbonlab.efficiency.numerics.dea.DeaSpec;
import org.carbonlab.efficiency.numerics.dea.DmuSolution;
import org.junit.jupiter.api.Test;

/**
 * The DEA engine gives bit-for-bit the same solutions on one thread and on two (a parallel stream runs in the pool
 * of the task that starts it), on a set large enough for column generation of both the SBM and super-SBM programs.
 */
class DeaThreadCountTest {

    @Test
    void sameSolutionsOnOneAndTwoThreads() throws Exception {
        int n = 600;
        double[][] d = DeaBenchmark.synthetic(n, 4242L);
        double[][] x = {d[0], d[1], d[2]};
        double[][] g = {d[3]};
        double[][] b = {d[4]};
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        int[][] refs = new int[n][];
        Arrays.fill(refs, all);
        DeaSpec spec = new DeaSpec(DeaSpec.Model.SBM, DeaSpec.Orientation.NONORIENTED, false, true,
                DeaSpec.Fallback.SCORE, new boolean[] {false, true, true}, false);
        DmuSolution[] one = onThreads(1, spec, x, g, b, refs);
        DmuSolution[] two = onThreads(2, spec, x, g, b, refs);
        int efficient = 0;
        for (int o = 0; o < n; o++) {
            assertTrue(one[o].optimal(), "DMU " + o);
            assertEquals(one[o].state(), two[o].state());
            assertEquals(Double.doubleToLongBits(one[o].score()), Double.doubleToLongBits(two[o].score()), "DMU " + o);
            assertEquals(Double.doubleToLongBits(one[o].superScore()), Double.doubleToLongBits(two[o].superScore()));
            assertEquals(one[o].superStatus(), two[o].superStatus());
            assertArrayEquals(one[o].lambda(), two[o].lambda());
            assertArrayEquals(one[o].slackX(), two[o].slackX());
            assertArrayEquals(one[o].slackG(), two[o].slackG());
            assertArrayEquals(one[o].slackB(), two[o].slackB());
            efficient += one[o].superStatus() != null ? 1 : 0;
        }
        assertTrue(efficient > 0, "some super-efficiency programs were solved");
    }

    private static DmuSolution[] onThreads(int threads, DeaSpec spec, double[][] x, double[][] g, double[][] b,
            int[][] refs) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> DeaEngine.run(spec, x, g, b, refs, null, null)).get();
        } finally {
            pool.shutdown();
        }
    }
}
