package org.carbonlab.panel.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The panel regressions and the richer formula grammar: factor terms enter the design as named dummies (so
 * {@code factor(year)} in a one-way FE model reproduces the two-way FE slopes exactly, the Frisch–Waugh–Lovell
 * theorem), while the fixed-effects and instrument parts, which these estimators do not fit, are refused in
 * validation with a message instead of being silently ignored.
 */
class FormulaPartsTest {
    private static PanelFrame grunfeld;

    @BeforeAll
    static void load() throws IOException {
        grunfeld = DataReader.readPanel(RandomEffectsEstimatorTest.resource("grunfeld", "data.csv"), null, "firm",
                "year");
    }

    private static List<String> validate(Estimator e, String... kv) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put(kv[i], kv[i + 1]);
        }
        return e.validate(EstimationContext.of(grunfeld, e.parameters().resolve(params)));
    }

    @Test
    void yearFactorInOneWayFeEqualsTwoWayFe() {
        Result twoWay = RandomEffectsEstimatorTest.fit(new FixedEffectsEstimator(), grunfeld, "formula",
                "inv ~ value + capital", "effect", "twoways");
        Result dummies = RandomEffectsEstimatorTest.fit(new FixedEffectsEstimator(), grunfeld, "formula",
                "inv ~ value + capital + factor(year)");
        for (String term : List.of("value", "capital")) {
            double a = twoWay.coefficient(term).orElseThrow().estimate();
            double b = dummies.coefficient(term).orElseThrow().estimate();
            assertEquals(a, b, 1e-10 * Math.abs(a), term);
            double sa = twoWay.coefficient(term).orElseThrow().stdError();
            double sb = dummies.coefficient(term).orElseThrow().stdError();
            assertEquals(sa, sb, 1e-9 * sa, term + " classical SE (same residual df)");
        }
        assertTrue(dummies.coefficient("factor(year)1936").isPresent(), "dummies named R-style");
        assertTrue(dummies.coefficient("factor(year)1935").isEmpty(), "first year is the reference");
    }

    @Test
    void fixedEffectsAndInstrumentPartsAreRefusedNotIgnored() {
        for (Estimator e : List.of(new PooledOlsEstimator(), new FixedEffectsEstimator(), new RandomEffectsEstimator(),
                new HausmanEstimator())) {
            List<String> fe = validate(e, "formula", "inv ~ value | year");
            assertTrue(fe.stream().anyMatch(m -> m.contains("fixed-effects part '| year'")), e + ": " + fe);
            List<String> iv = validate(e, "formula", "inv ~ capital | value ~ firm");
            assertTrue(iv.stream().anyMatch(m -> m.contains("instrument part")), e + ": " + iv);
        }
        List<String> step = validate(new StepwiseEstimator(), "formula", "inv ~ value | year", "controls", "capital");
        assertTrue(step.stream().anyMatch(m -> m.contains("fixed-effects part")), step.toString());
    }
}
