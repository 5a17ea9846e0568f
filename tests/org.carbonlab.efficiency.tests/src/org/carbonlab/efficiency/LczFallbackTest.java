package org.carbonlab.efficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.efficiency.estimators.DeaEstimator;
import org.junit.jupiter.api.Test;

/**
 * fallback=lcz: the two-stage super-efficiency of Lee, Chu and Zhu (2011) for infeasible radial input-oriented
 * super-efficiency programs. Expected values are solved by hand.
 */
class LczFallbackTest {
    private final DeaEstimator dea = new DeaEstimator();

    private static PanelFrame panel(double[] x, double[]... y) {
        int n = x.length;
        String[] ids = new String[n];
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "D" + (i + 1);
            t[i] = 2020;
        }
        PanelFrame.Builder pb = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(t)
                .column("x", x);
        for (int r = 0; r < y.length; r++) {
            pb.column("y" + (r + 1), y[r]);
        }
        return pb.build();
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private Result run(PanelFrame data, Map<String, String> raw) {
        EstimationContext c = EstimationContext.of(data, dea.parameters().resolve(raw));
        List<String> problems = dea.validate(c);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return dea.estimate(c);
    }

    private static List<Object> cells(ResultTable t, String name) {
        int c = t.columnIndex(name);
        List<Object> out = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            out.add(row.get(c));
        }
        return out;
    }

    private static double[] column(ResultTable t, String name) {
        List<Object> c = cells(t, name);
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.get(i) == null ? Double.NaN : ((Number) c.get(i)).doubleValue();
        }
        return out;
    }

    /** x = (2, 3, 4, 5), y = (1, 2, 5, 2): under VRS no convex combination of the others reaches D3's output. */
    private static PanelFrame oneOutput() {
        return panel(new double[] {2, 3, 4, 5}, new double[] {1, 2, 5, 2});
    }

    @Test
    void infeasibleDmuGetsTheTwoStageScore() {
        // D3 (x=4, y=5) against D1 (2,1), D2 (3,2), D4 (5,2), VRS.
        // Stage 1: the others reach at most y = 2, so min beta s.t. 2 >= (1 - beta) 5 gives beta* = 0.6.
        // Stage 2: min theta s.t. sum(lambda x) <= 4 theta, sum(lambda y) >= 2, sum(lambda) = 1: the cheapest way to
        // produce 2 is D2 alone (x = 3; any mix with D1 produces less, with D4 costs more): theta* = 3/4.
        // LCZ score = theta* + beta*/s = 0.75 + 0.6 = 1.35.
        Result r = run(oneOutput(), params("inputs", "x", "outputs", "y1", "model", "radial", "orientation", "input",
                "rts", "vrs", "super", "true", "fallback", "lcz"));
        ResultTable t = r.tables().get("scores");
        assertEquals("fallback", cells(t, "status").get(2));
        assertEquals(1.35, column(t, "super_score")[2], 1e-9);
        assertEquals(1.35, column(t, "combined")[2], 1e-9);
        assertEquals(1.0, column(t, "score")[2], 1e-9);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("D3@2020") && w.contains("Lee-Chu-Zhu")),
                r.warnings().toString());
        assertEquals(1, ((Number) r.statistics().get("n_fallback")).intValue());
    }

    @Test
    void feasibleDmusAreUnaffected() {
        Map<String, String> p = params("inputs", "x", "outputs", "y1", "model", "radial", "orientation", "input",
                "rts", "vrs", "super", "true");
        ResultTable base = run(oneOutput(), p).tables().get("scores");
        p.put("fallback", "lcz");
        ResultTable lcz = run(oneOutput(), p).tables().get("scores");
        // D1 (x=2, y=1): its super-efficiency program is feasible; D2 alone: theta = 3/2 (Andersen-Petersen)
        assertEquals(1.5, column(lcz, "super_score")[0], 1e-9);
        assertEquals("optimal", cells(lcz, "status").get(0));
        // D2 and D4 are inefficient (frontier D1-D3 at y = 2: x = 2.5): 2.5/3 and 2.5/5
        assertEquals(2.5 / 3.0, column(lcz, "score")[1], 1e-9);
        assertEquals(0.5, column(lcz, "score")[3], 1e-9);
        for (int o : new int[] {0, 1, 3}) {
            assertEquals(base.rows().get(o), lcz.rows().get(o));
        }
        // the default is still fallback=score
        assertEquals("infeasible", cells(base, "status").get(2));
        assertEquals(1.0, column(base, "super_score")[2], 1e-12);
    }

    @Test
    void twoOutputsAverageTheShortfall() {
        // A (x=1; y=4,4), B (1; 2,1), C (2; 1,3), VRS input. A is efficient; its super-efficiency program is infeasible
        // (nobody reaches y1 = 4). Stage 1 with lambda_B = a, lambda_C = 1 - a: beta1 = 1 - (1 + a)/4,
        // beta2 = 1 - (3 - 2a)/4, sum = 1 + a/4, minimal at a = 0: beta* = (0.75, 0.25).
        // Stage 2: y >= (1, 3) forces C alone: 2 <= theta * 1, theta* = 2. Score = 2 + (0.75 + 0.25)/2 = 2.5.
        PanelFrame d = panel(new double[] {1, 1, 2}, new double[] {4, 2, 1}, new double[] {4, 1, 3});
        Result r = run(d, params("inputs", "x", "outputs", "y1,y2", "model", "radial", "orientation", "input", "rts",
                "vrs", "super", "true", "fallback", "lcz"));
        ResultTable t = r.tables().get("scores");
        assertEquals("fallback", cells(t, "status").get(0));
        assertEquals(2.5, column(t, "super_score")[0], 1e-9);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("D1@2020") && w.contains("Lee-Chu-Zhu")),
                r.warnings().toString());
    }

    @Test
    void outsideRadialInputOrientationItIsAnInputError() {
        // LCZ is defined here for input orientation only: asking for it elsewhere is refused before any work.
        InputException e = assertThrows(InputException.class, () -> run(oneOutput(), params("inputs", "x", "outputs",
                "y1", "model", "radial", "orientation", "output", "rts", "vrs", "super", "true", "fallback", "lcz")));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("fallback=lcz") && p.contains("orientation=output")),
                e.problems().toString());
    }
}
