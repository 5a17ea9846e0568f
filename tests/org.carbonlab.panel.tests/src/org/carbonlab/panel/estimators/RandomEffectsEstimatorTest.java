package org.carbonlab.panel.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * panel.re and panel.hausman through the estimator API: formula binding, parameters, result members and messages,
 * against the shared grunfeld reference (random_effects, tests.*) and the own plm reference
 * resources/grunfeld_unbalanced/expected_re.json (script_re.R). Tolerance relative 1e-9 (1e-6 for p-values
 * below 1e-30).
 */
class RandomEffectsEstimatorTest {
    private static final String FORMULA = "inv ~ value + capital";
    private static final String[] TERMS = {"(Intercept)", "value", "capital"};

    private static PanelFrame balanced;
    private static PanelFrame unbalanced;
    private static JsonObject shared;
    private static JsonObject own;

    @BeforeAll
    static void load() throws IOException {
        balanced = DataReader.readPanel(resource("grunfeld", "data.csv"), null, "firm", "year");
        unbalanced = DataReader.readPanel(resource("grunfeld_unbalanced", "data.csv"), null, "firm", "year");
        shared = json(resource("grunfeld", "expected.json"));
        own = json(resource("grunfeld_unbalanced", "expected_re.json"));
    }

    static Path resource(String dir, String name) {
        Path p = Path.of("resources", dir, name);
        assertTrue(Files.exists(p), "test resource missing: " + p.toAbsolutePath());
        return p;
    }

    static JsonObject json(Path p) throws IOException {
        return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
    }

    static Result fit(Estimator e, PanelFrame data, String... keyValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return e.estimate(EstimationContext.of(data, e.parameters().resolve(params)));
    }

    static double num(JsonObject o, String path) {
        String[] parts = path.split("\\.");
        JsonObject cur = o;
        for (int i = 0; i < parts.length - 1; i++) {
            cur = cur.getAsJsonObject(parts[i]);
        }
        return cur.get(parts[parts.length - 1]).getAsDouble();
    }

    static void close(double expected, double actual, String what) {
        double tol = Math.abs(expected) < 1e-30 ? 1e-6 : 1e-9;
        double rel = expected == actual ? 0 : Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(rel <= tol, what + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
    }

    @Test
    void grunfeldMatchesSharedReference() {
        Result r = fit(new RandomEffectsEstimator(), balanced, "formula", FORMULA);
        assertEquals("panel.re", r.estimatorId());
        String b = "random_effects.";
        for (String t : TERMS) {
            Coefficient c = r.coefficient(t).orElseThrow();
            close(num(shared, b + "coef." + t), c.estimate(), "coef " + t);
            close(num(shared, b + "se." + t), c.stdError(), "se " + t);
            close(num(shared, b + "z." + t), c.statistic(), "z " + t);
            close(num(shared, b + "p_normal." + t), c.pValue(), "p " + t);
            double crit = 1.959963984540054;
            close(c.estimate() - crit * c.stdError(), c.confLow(), "normal interval " + t);
        }
        assertEquals("z", r.statistic("statistic_type"));
        close(num(shared, b + "sigma_u"), r.number("sigma_u"), "sigma_u");
        close(num(shared, b + "sigma_e"), r.number("sigma_e"), "sigma_e");
        close(num(shared, b + "rho"), r.number("rho"), "rho");
        close(num(shared, b + "theta"), r.number("theta"), "theta");
        close(num(shared, b + "r2_plm_cor"), r.number("r2"), "r2");
        close(num(shared, b + "r2_rss_transformed"), r.number("r2_rss"), "r2_rss");
        close(num(shared, b + "ssr_transformed"), r.number("ssr"), "ssr");
        close(num(shared, b + "wald_chisq"), r.number("wald_chi2"), "wald");
        close(num(shared, b + "wald_p"), r.number("wald_p"), "wald p");
        assertEquals(197, ((Number) r.statistic("df_resid")).intValue());
        assertEquals("individual", r.statistic("effect"));
        assertEquals(200, ((Number) r.statistic("n_obs")).intValue());
        assertNotNull(r.statistic("vcov_description"));
        // Stata's R-squared (xtreg, re prints within 0.7668, between 0.8196, overall 0.8061 for these data)
        close(num(own, "balanced.re.r2_within_stata"), r.number("r2_within"), "r2 within");
        close(num(own, "balanced.re.r2_between_stata"), r.number("r2_between"), "r2 between");
        close(num(own, "balanced.re.r2_overall_stata"), r.number("r2_overall"), "r2 overall");

        TestResult bp = r.test("breusch_pagan").orElseThrow();
        close(num(shared, "tests.bp_lm_random_effects.chisq"), bp.statistic(), "BP");
        close(num(shared, "tests.bp_lm_random_effects.p"), bp.pValue(), "BP p");
        close(num(shared, "tests.bp_lm_random_effects.p_chibar2_half"), (Double) bp.extra().get("p_value_chibar2"),
                "BP chibar2 p");
        assertEquals("chi2", bp.distribution());
        assertEquals(1.0, bp.df()[0]);
        TestResult honda = r.test("honda").orElseThrow();
        close(num(shared, "tests.honda_lm.z"), honda.statistic(), "Honda");
        close(num(shared, "tests.honda_lm.p_one_sided"), honda.pValue(), "Honda p");
        assertEquals("normal", honda.distribution());
        TestResult wald = r.test("wald_slopes").orElseThrow();
        assertEquals(2.0, wald.df()[0]);
        assertTrue(r.tables().isEmpty(), "balanced panel: theta is a scalar, no table");
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertEquals(List.of("(Intercept)", "value", "capital"), r.vcovTerms());
        close(num(shared, b + "vcov.value.capital"), r.vcov()[1][2], "vcov");
    }

    @Test
    void unbalancedMatchesOwnPlmReference() {
        Result r = fit(new RandomEffectsEstimator(), unbalanced, "formula", FORMULA);
        String b = "unbalanced.re.";
        for (String t : TERMS) {
            Coefficient c = r.coefficient(t).orElseThrow();
            close(num(own, b + "coef." + t), c.estimate(), "coef " + t);
            close(num(own, b + "se." + t), c.stdError(), "se " + t);
        }
        close(Math.sqrt(num(own, b + "sigma2_id")), r.number("sigma_u"), "sigma_u");
        close(Math.sqrt(num(own, b + "sigma2_idios")), r.number("sigma_e"), "sigma_e");
        close(num(own, b + "r2_cor"), r.number("r2"), "r2");
        close(num(own, b + "r2_rss"), r.number("r2_rss"), "r2 rss");
        assertNull(r.statistic("theta"));
        ResultTable theta = r.tables().get("theta");
        assertEquals(List.of("entity", "theta", "n_obs"), theta.columns());
        assertEquals(10, theta.rows().size());
        for (List<Object> row : theta.rows()) {
            close(num(own, b + "theta." + row.get(0)), (Double) row.get(1), "theta firm " + row.get(0));
        }
        close(0.81337792127478148, r.number("theta_min"), "theta min");
        close(0.8486149696012899, r.number("theta_max"), "theta max");
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("unbalanced panel")), r.warnings().toString());
        close(num(own, "unbalanced.bp.chisq"), r.test("breusch_pagan").orElseThrow().statistic(), "BP");
        close(num(own, "unbalanced.honda.z"), r.test("honda").orElseThrow().statistic(), "Honda");
    }

    @Test
    void robustMeansClusteredByEntity() {
        for (String which : new String[] {"balanced", "unbalanced"}) {
            PanelFrame d = which.equals("balanced") ? balanced : unbalanced;
            Result robust = fit(new RandomEffectsEstimator(), d, "formula", FORMULA, "vcov", "robust");
            Result cluster = fit(new RandomEffectsEstimator(), d, "formula", FORMULA, "vcov", "cluster", "cluster", "firm");
            Result hc0 = fit(new RandomEffectsEstimator(), d, "formula", FORMULA, "vcov", "robust", "ssc", "none");
            for (String t : TERMS) {
                close(num(own, which + ".re_cluster_stata.se." + t), robust.coefficient(t).orElseThrow().stdError(),
                        which + " robust se " + t);
                close(num(own, which + ".re_cluster_stata.se." + t), cluster.coefficient(t).orElseThrow().stdError(),
                        which + " cluster se " + t);
                close(num(own, which + ".re_cluster_hc0.se." + t), hc0.coefficient(t).orElseThrow().stdError(),
                        which + " HC0 se " + t);
            }
            close(num(own, which + ".re_cluster_stata.wald_chisq"), robust.number("wald_chi2"), which + " wald");
            assertEquals(10, ((Number) robust.statistic("n_clusters")).intValue());
            assertEquals(3, ((Number) robust.statistic("ssc_k")).intValue());
            assertEquals("z", robust.statistic("statistic_type"));
        }
    }

    @Test
    void classicalHausmanMatchesPhtest() {
        Result r = fit(new HausmanEstimator(), balanced, "formula", FORMULA);
        TestResult h = r.test("hausman").orElseThrow();
        close(num(shared, "tests.hausman.chisq"), h.statistic(), "hausman");
        close(num(shared, "tests.hausman.p"), h.pValue(), "hausman p");
        assertEquals(2.0, h.df()[0]);
        assertEquals("chi2", h.distribution());
        assertEquals("classical", h.extra().get("method"));
        assertEquals("re", r.statistic("preferred_model"));
        assertEquals(List.of("value", "capital"), r.statistic("compared_terms"));
        assertEquals(List.of("fe", "re"), r.models().stream().map(ModelResult::name).toList());
        ModelResult fe = r.models().get(0);
        close(num(shared, "fe_oneway.coef.value"), fe.coefficient("value").orElseThrow().estimate(), "fe coef");
        close(num(shared, "fe_oneway.se.value"), fe.coefficient("value").orElseThrow().stdError(), "fe se");
        ModelResult re = r.models().get(1);
        close(num(shared, "random_effects.se.capital"), re.coefficient("capital").orElseThrow().stdError(), "re se");
        ResultTable t = r.tables().get("hausman");
        assertEquals(List.of("term", "fe", "re", "difference", "se_difference"), t.columns());
        assertEquals("value", t.rows().get(0).get(0));

        Result u = fit(new HausmanEstimator(), unbalanced, "formula", FORMULA);
        close(num(own, "unbalanced.hausman.chisq"), u.test("hausman").orElseThrow().statistic(), "unbalanced hausman");
        close(num(own, "unbalanced.hausman.p"), u.test("hausman").orElseThrow().pValue(), "unbalanced hausman p");
    }

    @Test
    void regressionHausman() {
        for (String which : new String[] {"balanced", "unbalanced"}) {
            PanelFrame d = which.equals("balanced") ? balanced : unbalanced;
            Result def = fit(new HausmanEstimator(), d, "formula", FORMULA, "method", "regression");
            close(num(own, which + ".mundlak.cluster_stata.chisq"), def.test("hausman").orElseThrow().statistic(),
                    which + " regression, cluster stata");
            close(num(own, which + ".mundlak.cluster_stata.p"), def.test("hausman").orElseThrow().pValue(),
                    which + " regression p");
            assertEquals(List.of("fe", "re", "mundlak"), def.models().stream().map(ModelResult::name).toList());
            ModelResult aux = def.models().get(2);
            for (String t : new String[] {"(Intercept)", "value", "capital", "mean(value)", "mean(capital)"}) {
                close(num(own, which + ".mundlak.coef." + t), aux.coefficient(t).orElseThrow().estimate(),
                        which + " mundlak coef " + t);
            }
            // the two models carry the test's covariance (clustered by firm)
            assertEquals("cluster", def.models().get(1).statistic("vcov"));
            Result hc0 = fit(new HausmanEstimator(), d, "formula", FORMULA, "method", "regression", "ssc", "none");
            close(num(own, which + ".mundlak.cluster_hc0.chisq"), hc0.number("hausman_chi2"), which + " HC0");
            Result cl = fit(new HausmanEstimator(), d, "formula", FORMULA, "method", "regression", "vcov", "classical");
            close(num(own, which + ".mundlak.classical.chisq"), cl.number("hausman_chi2"), which + " classical");
            if (which.equals("balanced")) {
                close(num(own, "balanced.plm_aux.classical"), cl.number("hausman_chi2"), "plm aux classical");
                close(num(own, "balanced.plm_aux.cluster_hc0"), hc0.number("hausman_chi2"), "plm aux HC0");
            }
        }
    }

    @Test
    void resultsSerializeWithoutNonFiniteNumbers(@TempDir Path dir) {
        for (Result r : new Result[] {fit(new RandomEffectsEstimator(), unbalanced, "formula", FORMULA, "vcov", "robust"),
                fit(new HausmanEstimator(), unbalanced, "formula", FORMULA),
                fit(new HausmanEstimator(), unbalanced, "formula", FORMULA, "method", "regression")}) {
            String json = new JsonResultWriter().write(r);
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            assertFalse(json.contains("non-finite"), json);
            assertTrue(o.has("tests"));
        }
    }

    @Test
    void timeInvariantRegressors(@TempDir Path dir) throws IOException {
        // a firm-level constant: estimated by RE, not comparable by Hausman
        StringBuilder csv = new StringBuilder("firm,year,inv,value,capital,big\n");
        List<String> lines = Files.readAllLines(resource("grunfeld", "data.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String firm = line.split(",")[0];
            csv.append(line).append(',').append(Integer.parseInt(firm) <= 4 ? 1 : 0).append('\n');
        }
        Path file = dir.resolve("g.csv");
        Files.writeString(file, csv);
        PanelFrame d = DataReader.readPanel(file, null, "firm", "year");
        Result re = fit(new RandomEffectsEstimator(), d, "formula", "inv ~ value + capital + big");
        assertTrue(re.coefficient("big").isPresent());
        Result h = fit(new HausmanEstimator(), d, "formula", "inv ~ value + capital + big");
        assertEquals(List.of("value", "capital"), h.statistic("compared_terms"));
        assertEquals(2.0, h.test("hausman").orElseThrow().df()[0]);

        Result onlyBetween = fit(new RandomEffectsEstimator(), d, "formula", "inv ~ big");
        assertTrue(onlyBetween.warnings().stream().anyMatch(w -> w.contains("varies within entities")),
                onlyBetween.warnings().toString());
        EstimationException e = assertThrows(EstimationException.class,
                () -> fit(new HausmanEstimator(), d, "formula", "inv ~ big"));
        assertTrue(e.getMessage().contains("varies over time within firm"), e.getMessage());
    }

    @Test
    void clearMessagesForUnusableInput(@TempDir Path dir) throws IOException {
        // three firms, two coefficients plus intercept: the between regression has no degrees of freedom
        StringBuilder csv = new StringBuilder("firm,year,inv,value,capital\n");
        List<String> lines = Files.readAllLines(resource("grunfeld", "data.csv"));
        for (String line : lines.subList(1, lines.size())) {
            if (Integer.parseInt(line.split(",")[0]) <= 3) {
                csv.append(line).append('\n');
            }
        }
        Path file = dir.resolve("three.csv");
        Files.writeString(file, csv);
        PanelFrame d = DataReader.readPanel(file, null, "firm", "year");
        EstimationException e = assertThrows(EstimationException.class,
                () -> fit(new RandomEffectsEstimator(), d, "formula", FORMULA));
        assertTrue(e.getMessage().contains("more entities than coefficients"), e.getMessage());

        InputException bad = assertThrows(InputException.class,
                () -> fit(new HausmanEstimator(), balanced, "formula", FORMULA, "method", "fe"));
        assertTrue(bad.getMessage().contains("method"), bad.getMessage());
        InputException unknown = assertThrows(InputException.class,
                () -> fit(new RandomEffectsEstimator(), balanced, "formula", "inv ~ value + nosuch"));
        assertTrue(unknown.getMessage().contains("nosuch"), unknown.getMessage());
    }

    @Test
    void negativeSigmaUWarns(@TempDir Path dir) throws IOException {
        // y = 1 + 0.5 x + e with the entity means of e removed: sigma_u^2 is estimated negative
        StringBuilder csv = new StringBuilder("id,t,y,x\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int i = 1; i <= 8; i++) {
            double[] e = new double[6];
            double m = 0;
            for (int t = 0; t < 6; t++) {
                e[t] = rnd.nextDouble() - 0.5;
                m += e[t] / 6;
            }
            for (int t = 0; t < 6; t++) {
                double x = rnd.nextDouble() * 10;
                csv.append(i).append(',').append(2000 + t).append(',').append(1 + 0.5 * x + e[t] - m).append(',')
                        .append(x).append('\n');
            }
        }
        Path file = dir.resolve("neg.csv");
        Files.writeString(file, csv);
        PanelFrame d = DataReader.readPanel(file, null, "id", "t");
        Result r = fit(new RandomEffectsEstimator(), d, "formula", "y ~ x");
        assertEquals(0.0, r.number("sigma_u"));
        assertEquals(0.0, r.number("theta"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("sigma_u^2 is negative")), r.warnings().toString());
        Result ols = fit(new PooledOlsEstimator(), d, "formula", "y ~ x");
        close(ols.coefficient("x").orElseThrow().estimate(), r.coefficient("x").orElseThrow().estimate(), "pooled");
        assertEquals(1.0, (Double) r.test("breusch_pagan").orElseThrow().extra().get("p_value_chibar2"));
    }
}
