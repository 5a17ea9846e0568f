package org.carbonlab.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.Test;

/**
 * The winsor data-preparation step against hand calculations with Stata's _pctile definition (R type 2): with n
 * values and p, P = n·p; a whole P gives (x(P) + x(P+1))/2, otherwise x(floor(P)+1). Exact equality (tolerance 0):
 * cuts are averages of two data values or data values.
 */
class WinsorizingTest {
    /** Entities A, B with ten periods each; x = 1..20 in row order, y = 2x, y missing where x = 20. */
    private static PanelFrame frame() {
        String[] e = new String[20];
        long[] t = new long[20];
        double[] x = new double[20];
        double[] y = new double[20];
        String[] grp = new String[20];
        for (int i = 0; i < 20; i++) {
            e[i] = i < 10 ? "A" : "B";
            t[i] = 2000 + i % 10;
            x[i] = i + 1;
            y[i] = i == 19 ? Double.NaN : 2 * (i + 1);
            grp[i] = i < 10 ? "g1" : "g2";
        }
        return PanelFrame.builder().entityColumn("id").timeColumn("year").entities(e).times(t).column("x", x)
                .column("y", y).textColumn("grp", grp).build();
    }

    private static double[] winsorised(Result result, String... params) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            raw.put(p.substring(0, eq), p.substring(eq + 1));
        }
        SampleSelection s = SampleSelection.take(raw, ParameterSchema.of());
        PanelFrame out = s.apply(frame());
        s.report(result);
        return out.numeric("x");
    }

    private static double[] oneToTwenty(double lo, double hi) {
        double[] w = new double[20];
        for (int i = 0; i < 20; i++) {
            w[i] = Math.min(Math.max(i + 1, lo), hi);
        }
        return w;
    }

    @Test
    void allRowsAtFiveAndNinetyFivePercent() {
        // n = 20: P = 1 → (1 + 2)/2 = 1.5; P = 19 → (19 + 20)/2 = 19.5
        Result r = new Result("t");
        assertArrayEquals(oneToTwenty(1.5, 19.5), winsorised(r, "winsor=x", "winsor_cuts=5,95", "winsor_sample=all"));
        @SuppressWarnings("unchecked")
        Map<String, Object> w = (Map<String, Object>) r.sample().get("winsor");
        @SuppressWarnings("unchecked")
        Map<String, Object> x = (Map<String, Object>) ((Map<String, Object>) w.get("columns")).get("x");
        assertEquals(1.5, x.get("cut_low"));
        assertEquals(19.5, x.get("cut_high"));
        assertEquals(1, x.get("clipped_low"));
        assertEquals(1, x.get("clipped_high"));
        assertEquals("Stata _pctile (R type 2)", w.get("quantile_definition"));
        assertEquals("x", r.parameters().get("winsor"));
    }

    @Test
    void theEstimationSampleDefinesTheCuts() {
        // y is missing where x = 20: the cuts come from x = 1..19 (n = 19: P = 0.95 → x(1) = 1; P = 18.05 → x(19) =
        // 19), and x = 20 outside the sample is clipped to 19 as well
        assertArrayEquals(oneToTwenty(1, 19), winsorised(new Result("t"), "winsor=x", "winsor_cuts=5,95",
                "formula=y ~ x"));
        // default cuts 1,99 on 19 values: P = 0.19 → x(1); P = 18.81 → x(19)
        assertArrayEquals(oneToTwenty(1, 19), winsorised(new Result("t"), "winsor=x", "formula=y ~ x"));
        // a lag in the formula takes each entity's first period out of the sample: 2..10 and 12..19 remain
        // (n = 17); P = 0.85 → x(1) = 2; P = 16.15 → x(17) = 19
        assertArrayEquals(oneToTwenty(2, 19), winsorised(new Result("t"), "winsor=x", "winsor_cuts=5,95",
                "formula=y ~ lag(x,1)"));
    }

    @Test
    void cutsWithinGroupsAsWinsor2By() {
        // g1: 1..10, P = 1 → 1.5, P = 9 → 9.5; g2: 11..20 → 11.5, 19.5
        double[] w = winsorised(new Result("t"), "winsor=x", "winsor_cuts=10,90", "winsor_by=grp",
                "winsor_sample=all");
        double[] expected = new double[20];
        for (int i = 0; i < 20; i++) {
            expected[i] = i < 10 ? Math.min(Math.max(i + 1, 1.5), 9.5) : Math.min(Math.max(i + 1, 11.5), 19.5);
        }
        assertArrayEquals(expected, w);
        // by period: two values a period, cuts 10,90 → P = 0.2 → x(1), P = 1.8 → x(2): nothing moves
        double[] p = winsorised(new Result("t"), "winsor=x", "winsor_cuts=10,90", "winsor_by=period",
                "winsor_sample=all");
        assertArrayEquals(oneToTwenty(1, 20), p);
    }

    @Test
    void badParametersAreNamed() {
        InputException e = assertThrows(InputException.class, () -> SampleSelection.take(
                new LinkedHashMap<>(Map.of("winsor", "x", "winsor_cuts", "99,1", "winsor_sample", "some")),
                ParameterSchema.of()));
        assertTrue(e.getMessage().contains("parameter 'winsor_cuts' takes two percentiles LOW,HIGH with 0 <= LOW < "
                + "HIGH <= 100") && e.getMessage().contains("parameter 'winsor_sample' must be estimation or all"),
                e.getMessage());
        InputException alone = assertThrows(InputException.class, () -> SampleSelection.take(
                new LinkedHashMap<>(Map.of("winsor_cuts", "1,99")), ParameterSchema.of()));
        assertTrue(alone.getMessage().contains("parameter 'winsor_cuts' needs 'winsor'"), alone.getMessage());
        SampleSelection s = SampleSelection.take(new LinkedHashMap<>(Map.of("winsor", "z")), ParameterSchema.of());
        InputException unknown = assertThrows(InputException.class, () -> s.apply(frame()));
        assertTrue(unknown.getMessage().contains("parameter 'winsor': column 'z' not found"), unknown.getMessage());
    }
}
