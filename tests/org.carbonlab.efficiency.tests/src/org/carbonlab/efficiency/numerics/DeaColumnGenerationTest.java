package org.carbonlab.efficiency.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.carbonlab.efficiency.benchmark.DeaBenchmark;
import org.carbonlab.efficiency.numerics.dea.DeaEngine;
import org.carbonlab.efficiency.numerics.dea.DeaSpec;
import org.carbonlab.efficiency.numerics.dea.DmuSolution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column generation (used for large reference sets) gives the optimum of the full SBM program. */
class DeaColumnGenerationTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"NONORIENTED, false", "NONORIENTED, true", "INPUT, false", "OUTPUT, true"})
    void sameScoresAsTheFullProgram(DeaSpec.Orientation orientation, boolean vrs) {
        int n = 300;
        double[][] d = DeaBenchmark.synthetic(n, 77L);
        double[][] x = {d[0], d[1], d[2]};
        double[][] g = {d[3]};
        double[][] b = {d[4]};
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        int[][] refs = new int[n][];
        Arrays.fill(refs, all);
        DeaSpec spec = new DeaSpec(DeaSpec.Model.SBM, orientation, vrs, true, DeaSpec.Fallback.SCORE,
                new boolean[] {false, true, true}, false);
        DmuSolution[] full = DeaEngine.run(spec, x, g, b, refs, null, null, Integer.MAX_VALUE);
        DmuSolution[] cg = DeaEngine.run(spec, x, g, b, refs, null, null, 10);
        int efficient = 0;
        for (int o = 0; o < n; o++) {
            assertTrue(full[o].optimal() && cg[o].optimal());
            assertEquals(full[o].score(), cg[o].score(), 1e-9, "DMU " + o);
            if (full[o].superStatus() != null) {
                efficient++;
                assertEquals(full[o].superScore(), cg[o].superScore(), 1e-9, "super DMU " + o);
            }
            double lam = 0;
            for (double l : cg[o].lambda()) {
                lam += l;
            }
            assertTrue(lam > 0);
        }
        assertTrue(efficient > 0 && efficient < n);
    }
}
