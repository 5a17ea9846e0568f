package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.MediationEstimatorTest.close;
import static org.carbonlab.panel.estimators.MediationEstimatorTest.with;
import static org.carbonlab.panel.estimators.SyntheticPanels.coef;
import static org.carbonlab.panel.estimators.SyntheticPanels.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.inference.Distributions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * panel.moderation rebuilt from a separately fitted panel.fe / panel.ols model of y ~ x + z + x:z + controls, its
 * marginal effects from the hand delta method (b1 + b3·m, var = V11 + m²V33 + 2m V13), centring, and bad input.
 */
class ModerationEstimatorTest {
    private static final PanelFrame DATA = SyntheticPanels.mediation(25, 8, 777L);

    /** Marginal effects at {@code at} recomputed by hand from the separately fitted model. */
    static void checkMarginalEffects(Result separate, ResultTable table, double[] at, double level, String what) {
        double b1 = coef(separate, "x").estimate();
        double b3 = coef(separate, "x:z").estimate();
        List<String> terms = separate.vcovTerms();
        double[][] v = separate.vcov();
        int i1 = terms.indexOf("x");
        int i3 = terms.indexOf("x:z");
        double df = separate.number("p_value_df");
        double crit = Distributions.tCritical(level, df);
        assertEquals(List.of("moderator_value", "effect", "std_error", "statistic", "p_value", "conf_low", "conf_high"),
                table.columns());
        assertEquals(at.length, table.rows().size());
        for (int k = 0; k < at.length; k++) {
            List<Object> row = table.rows().get(k);
            double m = at[k];
            double effect = b1 + b3 * m;
            double se = Math.sqrt(v[i1][i1] + m * m * v[i3][i3] + 2 * m * v[i1][i3]);
            close(m, ((Number) row.get(0)).doubleValue(), 1e-12, what + " at");
            close(effect, ((Number) row.get(1)).doubleValue(), 1e-10, what + " effect at " + m);
            close(se, ((Number) row.get(2)).doubleValue(), 1e-10, what + " se at " + m);
            close(effect / se, ((Number) row.get(3)).doubleValue(), 1e-9, what + " t at " + m);
            close(Distributions.tTwoSidedP(effect / se, df), ((Number) row.get(4)).doubleValue(), 1e-8, what + " p");
            close(effect - crit * se, ((Number) row.get(5)).doubleValue(), 1e-9, what + " low");
            close(effect + crit * se, ((Number) row.get(6)).doubleValue(), 1e-9, what + " high");
        }
    }

    /** mean − sd, mean, mean + sd of z over all rows (no missing values here). */
    static double[] defaultAt(PanelFrame data) {
        double[] z = data.numeric("z");
        double mean = 0;
        for (double d : z) {
            mean += d;
        }
        mean /= z.length;
        double ss = 0;
        for (double d : z) {
            ss += (d - mean) * (d - mean);
        }
        double sd = Math.sqrt(ss / (z.length - 1));
        return new double[] {mean - sd, mean, mean + sd};
    }

    @ParameterizedTest
    @CsvSource({"fe,individual,classical", "fe,individual,cluster", "fe,twoways,classical", "ols,individual,robust",
            "ols,individual,classical"})
    void rebuildsFromTheSeparateModel(String model, String effect, String vcov) {
        Result mod = fit(new ModerationEstimator(), DATA, params("outcome", "ym", "treatment", "x", "moderator", "z",
                "controls", "w", "model", model, "effect", effect, "vcov", vcov));
        Estimator e = "fe".equals(model) ? new FixedEffectsEstimator() : new PooledOlsEstimator();
        Result separate = fit(e, DATA, params("formula", "ym ~ x + z + x:z + w", "effect", effect, "vcov", vcov)
                .entrySet().stream().filter(x -> !"ols".equals(model) || !"effect".equals(x.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals("panel.moderation", mod.estimatorId());
        for (Coefficient c : separate.coefficients()) {
            close(c.estimate(), coef(mod, c.term()).estimate(), 1e-12, c.term());
            close(c.stdError(), coef(mod, c.term()).stdError(), 1e-12, c.term() + " se");
        }
        close(coef(separate, "x:z").estimate(), mod.number("interaction"), 1e-12, "interaction");
        close(coef(separate, "x:z").stdError(), mod.number("interaction_se"), 1e-12, "interaction se");
        assertEquals("x:z", mod.statistic("interaction_term"));
        checkMarginalEffects(separate, mod.tables().get("marginal_effects"), defaultAt(DATA), 0.95, model + " " + vcov);
    }

    @Test
    void explicitValuesAndLevel() {
        Result mod = fit(new ModerationEstimator(), DATA, params("outcome", "ym", "treatment", "x", "moderator", "z",
                "at", "0, 2.5,4", "level", "0.9", "vcov", "cluster"));
        Result separate = fit(new FixedEffectsEstimator(), DATA, params("formula", "ym ~ x + z + x:z", "vcov", "cluster",
                "level", "0.9"));
        checkMarginalEffects(separate, mod.tables().get("marginal_effects"), new double[] {0, 2.5, 4}, 0.9, "at");
        // at z = 0 the marginal effect is b1 with its own standard error
        ResultTable t = mod.tables().get("marginal_effects");
        close(coef(separate, "x").stdError(), ((Number) t.rows().get(0).get(2)).doubleValue(), 1e-12, "se at 0");
    }

    @Test
    void centringKeepsTheInteractionAndTheMarginalEffects() {
        Map<String, String> p = params("outcome", "ym", "treatment", "x", "moderator", "z", "controls", "w");
        Result raw = fit(new ModerationEstimator(), DATA, p);
        Result centred = fit(new ModerationEstimator(), DATA, with(p, "center", "true"));
        assertEquals("z_c", centred.statistic("moderator_term"));
        assertEquals("x:z_c", centred.statistic("interaction_term"));
        assertEquals(Boolean.TRUE, centred.statistic("centered"));
        double mean = raw.number("moderator_mean");
        close(mean, defaultAt(DATA)[1], 1e-12, "mean");
        close(raw.number("interaction"), centred.number("interaction"), 1e-9, "interaction");
        // b1 of the centred model = the effect at the mean of the raw one
        close(coef(raw, "x").estimate() + raw.number("interaction") * mean, coef(centred, "x").estimate(), 1e-9,
                "b1 centred");
        ResultTable a = raw.tables().get("marginal_effects");
        ResultTable b = centred.tables().get("marginal_effects");
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 7; j++) {
                close(((Number) a.rows().get(k).get(j)).doubleValue(), ((Number) b.rows().get(k).get(j)).doubleValue(),
                        1e-8, "row " + k + " column " + a.columns().get(j));
            }
        }
    }

    @Test
    void timeInvariantModeratorUnderFixedEffects() {
        Result mod = fit(new ModerationEstimator(), DATA, params("outcome", "ym", "treatment", "x", "moderator", "flat"));
        assertTrue(mod.coefficient("flat").isEmpty(), "main effect absorbed");
        assertTrue(mod.coefficient("x:flat").isPresent());
        assertTrue(mod.warnings().stream().anyMatch(w -> w.contains("flat (absorbed by the fixed effects)")),
                mod.warnings().toString());
        assertEquals(3, mod.tables().get("marginal_effects").rows().size());
    }

    @Test
    void badInputIsNamedAtOnce() {
        List<String> problems = SyntheticPanels.validate(new ModerationEstimator(), DATA, params("outcome", "ymm",
                "treatment", "x", "moderator", "x", "at", "1,abc", "controls", "z"));
        String all = String.join("\n", problems);
        assertTrue(all.contains("moderator 'x' is the treatment"), all);
        assertTrue(all.contains("at value 'abc' is not a number"), all);
        assertTrue(all.contains("column 'ymm' not found"), all);
        List<String> flat = SyntheticPanels.validate(new ModerationEstimator(), DATA, params("outcome", "ym",
                "treatment", "flat", "moderator", "z"));
        assertEquals(1, flat.size(), flat.toString());
        assertTrue(flat.get(0).startsWith("treatment 'flat' does not vary within entities"), flat.get(0));
        assertFalse(SyntheticPanels.validate(new ModerationEstimator(), DATA, params("outcome", "ym", "treatment",
                "x", "moderator", "z", "controls", "w")).iterator().hasNext());
    }
}
