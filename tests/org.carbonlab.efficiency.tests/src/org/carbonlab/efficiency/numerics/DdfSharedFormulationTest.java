package org.carbonlab.efficiency.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.carbonlab.efficiency.benchmark.DeaBenchmark;
import org.carbonlab.efficiency.numerics.dea.DeaEngine;
import org.carbonlab.efficiency.numerics.dea.DeaSpec;
import org.carbonlab.efficiency.numerics.dea.DmuSolution;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram.Distance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Malmquist distance program and efficiency.dea solve the same DDF (direction (0, y, b), bad outputs weakly
 * disposable): β agrees DMU by DMU, whichever data layout and scaling each uses (β is unit-invariant because the
 * direction is the evaluated data).
 */
class DdfSharedFormulationTest {

    @ParameterizedTest(name = "vrs={0}")
    @ValueSource(booleans = {false, true})
    void malmquistDistanceEqualsDeaDdf(boolean vrs) {
        int n = 60;
        double[][] d = DeaBenchmark.synthetic(n, 5L);
        double[][] x = {d[0], d[1], d[2]};
        double[][] g = {d[3]};
        double[][] b = {d[4]};
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        int[][] refs = new int[n][];
        Arrays.fill(refs, all);
        DeaSpec spec = new DeaSpec(DeaSpec.Model.DDF, DeaSpec.Orientation.NONORIENTED, vrs, false,
                DeaSpec.Fallback.SCORE, new boolean[] {false, true, true}, false);
        DmuSolution[] dea = DeaEngine.run(spec, x, g, b, refs, null, null);
        double[][] xr = new double[n][3];
        double[][] yr = new double[n][1];
        double[][] br = new double[n][1];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < 3; i++) {
                xr[j][i] = x[i][j];
            }
            yr[j][0] = g[0][j];
            br[j][0] = b[0][j];
        }
        int inefficient = 0;
        for (int o = 0; o < n; o++) {
            Distance m = DistanceProgram.solve(DistanceProgram.Model.DDF, vrs, xr, yr, br, all, xr[o], yr[o], br[o]);
            assertTrue(m.ok() && dea[o].optimal(), "DMU " + o);
            assertEquals(dea[o].score(), m.beta(), 1e-9, "DMU " + o);
            inefficient += m.beta() > 1e-6 ? 1 : 0;
        }
        assertTrue(inefficient > n / 4, "a discriminating case: " + inefficient + " inefficient DMUs");
    }
}
