package org.carbonlab.panel.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * panel.fe through the estimator API on an unbalanced panel (Grunfeld with 20 rows removed),
 * against plm 2.6-2: resources/grunfeld_unbalanced/script.R wrote expected.json with
 * plm(model="within", effect=…), vcovHC(method="arellano", type="HC0", cluster="group") and
 * pFtest(fe, pooling). Tolerance: relative 1e-9.
 */
class UnbalancedReferenceTest {
    private static final double TOL = 1e-9;

    static Path resource(String name) {
        Path p = Path.of("resources", "grunfeld_unbalanced", name);
        assertTrue(Files.exists(p), "test resource missing: " + p.toAbsolutePath());
        return p;
    }

    static Result fit(Estimator e, PanelFrame data, Map<String, String> params) {
        return e.estimate(EstimationContext.of(data, e.parameters().resolve(params)));
    }

    static void close(double expected, double actual, String what) {
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(rel <= TOL, what + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"individual", "time", "twoways"})
    void matchesPlm(String effect) throws IOException {
        JsonObject expected = JsonParser.parseString(Files.readString(resource("expected.json"))).getAsJsonObject();
        JsonObject block = expected.getAsJsonObject("fe_" + effect);
        PanelFrame data = DataReader.readPanel(resource("data.csv"), null, "firm", "year");
        assertFalse(data.balanced());
        assertEquals(expected.get("n_obs").getAsInt(), data.rows());

        Result classical = fit(new FixedEffectsEstimator(), data,
                Map.of("formula", "inv ~ value + capital", "effect", effect));
        Result clustered = fit(new FixedEffectsEstimator(), data,
                Map.of("formula", "inv ~ value + capital", "effect", effect, "vcov", "cluster", "ssc", "none"));
        for (String term : new String[] {"value", "capital"}) {
            double b = block.getAsJsonObject("coef").get(term).getAsDouble();
            close(b, classical.coefficient(term).orElseThrow().estimate(), effect + " coef " + term);
            close(block.getAsJsonObject("se").get(term).getAsDouble(), classical.coefficient(term).orElseThrow().stdError(),
                    effect + " classical se " + term);
            close(block.getAsJsonObject("se_cluster_hc0").get(term).getAsDouble(),
                    clustered.coefficient(term).orElseThrow().stdError(), effect + " cluster HC0 se " + term);
        }
        close(block.get("ssr").getAsDouble(), classical.number("ssr"), effect + " ssr");
        assertEquals(block.get("df_resid").getAsInt(), ((Number) classical.statistic("df_resid")).intValue());
        close(block.get("r2").getAsDouble(), classical.number("r2_within"), effect + " r2 within");
        TestResult f = classical.test("f_effects").orElseThrow();
        JsonObject ef = block.getAsJsonObject("F_effects");
        close(ef.get("F").getAsDouble(), f.statistic(), effect + " F effects");
        assertEquals(ef.get("df1").getAsDouble(), f.df()[0]);
        assertEquals(ef.get("df2").getAsDouble(), f.df()[1]);
        assertTrue(classical.warnings().stream().anyMatch(w -> w.startsWith("unbalanced panel")), classical.warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"individual", "twoways"})
    void stataClusterIsHc0TimesTheXtregFactor(String effect) throws IOException {
        PanelFrame data = DataReader.readPanel(resource("data.csv"), null, "firm", "year");
        Result hc0 = fit(new FixedEffectsEstimator(), data,
                Map.of("formula", "inv ~ value + capital", "effect", effect, "vcov", "cluster", "ssc", "none"));
        Result stata = fit(new FixedEffectsEstimator(), data,
                Map.of("formula", "inv ~ value + capital", "effect", effect, "vcov", "cluster"));
        int n = data.rows();
        int g = data.nEntities();
        // xtreg: K = slopes + constant (+ the T-1 year dummies of i.year under two-way effects).
        int k = 2 + 1 + ("twoways".equals(effect) ? data.nPeriods() - 1 : 0);
        double factor = (double) g / (g - 1) * (n - 1.0) / (n - k);
        close(factor, stata.number("ssc_factor"), "factor");
        for (String term : new String[] {"value", "capital"}) {
            close(hc0.coefficient(term).orElseThrow().stdError() * Math.sqrt(factor),
                    stata.coefficient(term).orElseThrow().stdError(), effect + " stata se " + term);
        }
        assertEquals(g - 1.0, stata.number("p_value_df"));
        // robust under FE = clustered by entity
        Result robust = fit(new FixedEffectsEstimator(), data,
                Map.of("formula", "inv ~ value + capital", "effect", effect, "vcov", "robust"));
        close(stata.coefficient("value").orElseThrow().stdError(), robust.coefficient("value").orElseThrow().stdError(),
                "robust = cluster by entity");
    }
}
