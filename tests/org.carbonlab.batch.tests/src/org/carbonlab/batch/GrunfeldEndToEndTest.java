package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate} on the Grunfeld data (plm::Grunfeld, 10 firms x 20 years) against
 * resources/grunfeld/expected.json (R/plm/sandwich, cross-checked with gretl; see NOTES.md
 * there). Every number of the reference block is compared with the JSON the command prints, to
 * relative 1e-9 -- p-values too, even those below 1e-30 (NOTES.md would allow 1e-6 there because
 * tail evaluation differs across libraries, but 1e-9 holds).
 */
class GrunfeldEndToEndTest {
    private static final double REL = 1e-9;
    private static final List<String> SLOPES = List.of("value", "capital");
    private static final List<String> WITH_INTERCEPT = List.of("(Intercept)", "value", "capital");

    private static JsonObject expected;
    private static Path data;

    @BeforeAll
    static void load() {
        expected = Cli.parseObject(Cli.resourceText("grunfeld/expected.json"));
        data = Cli.grunfeld();
    }

    // ------------------------------------------------------------------ fixed effects, one-way

    @Test
    void feClusterStataConventionMatchesXtreg() {
        JsonObject r = estimate("panel.fe", "vcov=cluster");
        JsonObject block = expected.getAsJsonObject("fe_oneway").getAsJsonObject("cluster_firm_stata_xtreg");
        assertCoefficients(r, block, SLOPES);
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(block.get("p_df").getAsInt(), st.get("p_value_df").getAsInt(), "p-values from t(G-1)");
        assertRel(block.get("F").getAsDouble(), num(st, "f"), "robust Wald F");
        assertEquals(block.get("F_df1").getAsInt(), st.get("f_df1").getAsInt(), "F df1");
        assertEquals(block.get("F_df2").getAsInt(), st.get("f_df2").getAsInt(), "F df2");
        assertP(block.get("F_p").getAsDouble(), num(st, "f_p"), "F p-value");
        assertRel(block.get("factor").getAsDouble(), num(st, "ssc_factor"), "small-sample factor");
        assertEquals(block.get("K").getAsInt(), st.get("ssc_k").getAsInt(), "Stata's K");
        assertEquals(10, st.get("n_clusters").getAsInt(), "clusters");
        JsonObject fSlopes = test(r, "f_slopes");
        assertRel(block.get("F").getAsDouble(), num(fSlopes, "statistic"), "tests[f_slopes]");
        assertEquals(9, fSlopes.get("df2").getAsInt(), "tests[f_slopes].df2");

        assertFeCommon(r, expected.getAsJsonObject("fe_oneway"));
        assertIntervals(r, block.get("p_df").getAsInt(), 0.95);

        // Stata's published xtreg, fe vce(cluster firm) output for these data prints the _cons SE
        // as 27.60286 (7 significant digits).
        JsonObject cons = coefficient(r, "(Intercept)");
        assertRel(27.60286, num(cons, "std_error"), 1e-6, "(Intercept) cluster SE (Stata _cons)");
        assertRel(num(cons, "estimate") / num(cons, "std_error"), num(cons, "statistic"), "(Intercept) t");

        JsonObject p = r.getAsJsonObject("parameters");
        assertEquals("inv ~ value + capital", p.get("formula").getAsString());
        assertEquals("cluster", p.get("vcov").getAsString());
        assertEquals("individual", p.get("effect").getAsString(), "default effect resolved");
        assertEquals("stata", p.get("ssc").getAsString(), "default ssc resolved");
        assertRel(0.95, p.get("level").getAsDouble(), "default level resolved");
    }

    @Test
    void feClassicalMatchesWithinEstimator() {
        JsonObject r = estimate("panel.fe", "vcov=classical");
        JsonObject block = expected.getAsJsonObject("fe_oneway");
        assertCoefficients(r, block, SLOPES);
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(block.get("df_resid").getAsInt(), st.get("df_resid").getAsInt(), "df_resid");
        assertEquals(block.get("df_resid").getAsInt(), st.get("p_value_df").getAsInt(), "p-values from t(df_resid)");
        assertRel(block.get("F").getAsDouble(), num(st, "f"), "F");
        assertEquals(block.get("F_df1").getAsInt(), st.get("f_df1").getAsInt(), "F df1");
        assertEquals(block.get("F_df2").getAsInt(), st.get("f_df2").getAsInt(), "F df2");
        assertP(block.get("F_p").getAsDouble(), num(st, "f_p"), "F p-value");
        assertRel(block.get("ssr").getAsDouble(), num(st, "ssr"), "ssr");
        assertRel(block.get("sigma").getAsDouble(), num(st, "sigma"), "sigma");
        assertRel(block.get("tss_within").getAsDouble(), num(st, "tss_within"), "tss_within");
        assertRel(block.get("adj_r2_within_plm").getAsDouble(), num(st, "adj_r2_within"), "adj_r2_within (plm)");
        assertFalse(st.has("n_clusters"), "no clusters under classical SEs");
        assertFeCommon(r, block);
        assertIntervals(r, 188, 0.95);
    }

    @Test
    void feClusterWithoutSmallSampleCorrectionMatchesPlmHc0() {
        JsonObject r = estimate("panel.fe", "vcov=cluster", "ssc=none");
        JsonObject block = expected.getAsJsonObject("fe_oneway").getAsJsonObject("cluster_firm_hc0_plm");
        assertCoefficients(r, block, SLOPES);
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(block.get("p_df").getAsInt(), st.get("p_value_df").getAsInt(), "p from t(df_resid) = t(188)");
        assertRel(1.0, num(st, "ssc_factor"), "no small-sample factor");
        assertFeCommon(r, expected.getAsJsonObject("fe_oneway"));
        assertEquals("none", r.getAsJsonObject("parameters").get("ssc").getAsString());
    }

    @Test
    void feRobustIsClusteredByEntity() {
        JsonObject robust = estimate("panel.fe", "vcov=robust");
        JsonObject block = expected.getAsJsonObject("fe_oneway").getAsJsonObject("cluster_firm_stata_xtreg");
        assertCoefficients(robust, block, SLOPES);
        assertEquals(9, robust.getAsJsonObject("statistics").get("p_value_df").getAsInt());
    }

    @Test
    void feNamedClusterColumnEqualsDefaultEntityClusters() {
        JsonObject r = estimate("panel.fe", "vcov=cluster", "cluster=firm");
        assertCoefficients(r, expected.getAsJsonObject("fe_oneway").getAsJsonObject("cluster_firm_stata_xtreg"), SLOPES);
        assertEquals("firm", r.getAsJsonObject("parameters").get("cluster").getAsString());
    }

    // ------------------------------------------------------------------ fixed effects, two-way

    @Test
    void feTwowaysClassical() {
        JsonObject r = estimate("panel.fe", "effect=twoways", "vcov=classical");
        JsonObject block = expected.getAsJsonObject("fe_twoway");
        assertCoefficients(r, block, SLOPES);
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(block.get("df_resid").getAsInt(), st.get("df_resid").getAsInt(), "df_resid");
        assertEquals(block.get("df_resid").getAsInt(), st.get("p_value_df").getAsInt(), "p from t(169)");
        assertRel(block.get("F").getAsDouble(), num(st, "f"), "F");
        assertEquals(block.get("F_df1").getAsInt(), st.get("f_df1").getAsInt(), "F df1");
        assertEquals(block.get("F_df2").getAsInt(), st.get("f_df2").getAsInt(), "F df2");
        assertP(block.get("F_p").getAsDouble(), num(st, "f_p"), "F p-value");
        assertRel(block.get("ssr").getAsDouble(), num(st, "ssr"), "ssr");
        assertRel(Math.sqrt(block.get("sigma2").getAsDouble()), num(st, "sigma"), "sigma");
        assertRel(block.get("r2_within").getAsDouble(), num(st, "r2_within"), "r2_within");
        assertRel(block.get("adj_r2_within_plm").getAsDouble(), num(st, "adj_r2_within"), "adj_r2_within (plm)");
        assertEquals("twoways", st.get("effect").getAsString());
        assertTwowaysEffectsTest(r);
        assertIntervals(r, 169, 0.95);
    }

    @Test
    void feTwowaysClusterStataConvention() {
        JsonObject r = estimate("panel.fe", "effect=twoways", "vcov=cluster");
        JsonObject block = expected.getAsJsonObject("fe_twoway").getAsJsonObject("cluster_firm_stata_xtreg");
        assertCoefficients(r, block, SLOPES);
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(block.get("p_df").getAsInt(), st.get("p_value_df").getAsInt(), "p from t(G-1)");
        assertRel(block.get("factor").getAsDouble(), num(st, "ssc_factor"), "factor with K = 22");
        assertEquals(block.get("K").getAsInt(), st.get("ssc_k").getAsInt(), "Stata's K counts the year dummies");
        assertRel(expected.getAsJsonObject("fe_twoway").get("r2_within").getAsDouble(), num(st, "r2_within"), "r2_within");
        assertTwowaysEffectsTest(r);
        assertIntervals(r, 9, 0.95);
    }

    @Test
    void feTwowaysClusterWithoutSmallSampleCorrection() {
        JsonObject r = estimate("panel.fe", "effect=twoways", "vcov=cluster", "ssc=none");
        JsonObject block = expected.getAsJsonObject("fe_twoway").getAsJsonObject("cluster_firm_hc0_plm");
        assertCoefficients(r, block, SLOPES);
        assertEquals(block.get("p_df").getAsInt(), r.getAsJsonObject("statistics").get("p_value_df").getAsInt());
    }

    // ------------------------------------------------------------------ pooled OLS

    @Test
    void pooledOlsClassical() {
        JsonObject r = estimate("panel.ols", "vcov=classical");
        JsonObject block = expected.getAsJsonObject("pooled_ols");
        assertCoefficients(r, block, WITH_INTERCEPT);
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(block.get("df_resid").getAsInt(), st.get("df_resid").getAsInt(), "df_resid");
        assertEquals(block.get("df_resid").getAsInt(), st.get("p_value_df").getAsInt(), "p from t(197)");
        assertEquals(block.get("n_obs").getAsInt(), st.get("n_obs").getAsInt(), "n_obs");
        assertRel(block.get("r2").getAsDouble(), num(st, "r2"), "r2");
        assertRel(block.get("adj_r2").getAsDouble(), num(st, "adj_r2"), "adj_r2");
        assertRel(block.get("F").getAsDouble(), num(st, "f"), "F");
        assertEquals(block.get("F_df1").getAsInt(), st.get("f_df1").getAsInt(), "F df1");
        assertEquals(block.get("F_df2").getAsInt(), st.get("f_df2").getAsInt(), "F df2");
        assertP(block.get("F_p").getAsDouble(), num(st, "f_p"), "F p-value");
        assertRel(block.get("ssr").getAsDouble(), num(st, "ssr"), "ssr");
        assertRel(block.get("sigma").getAsDouble(), num(st, "sigma"), "sigma");
        JsonObject vif = st.getAsJsonObject("vif");
        assertNotNull(vif, "statistics.vif");
        JsonObject expVif = expected.getAsJsonObject("vif").getAsJsonObject("vif");
        for (String term : SLOPES) {
            assertRel(expVif.get(term).getAsDouble(), num(vif, term), "vif[" + term + "]");
        }
        assertFalse(vif.has("(Intercept)"), "no VIF for the intercept");
        assertEquals("none", st.get("effect").getAsString());
        JsonObject fSlopes = test(r, "f_slopes");
        assertRel(block.get("F").getAsDouble(), num(fSlopes, "statistic"), "tests[f_slopes]");
        assertIntervals(r, 197, 0.95);
        assertGrunfeldData(r);
        assertEquals("panel.ols", r.getAsJsonObject("estimator").get("id").getAsString());
    }

    @Test
    void pooledOlsRobustIsHc1() {
        JsonObject r = estimate("panel.ols", "vcov=robust");
        JsonObject block = expected.getAsJsonObject("pooled_ols");
        JsonObject hc1 = block.getAsJsonObject("se_hc1");
        for (String term : WITH_INTERCEPT) {
            JsonObject c = coefficient(r, term);
            double b = block.getAsJsonObject("coef").get(term).getAsDouble();
            double se = hc1.get(term).getAsDouble();
            assertRel(b, num(c, "estimate"), term + " estimate");
            assertRel(se, num(c, "std_error"), term + " HC1 std_error");
            assertRel(b / se, num(c, "statistic"), term + " t");
            assertP(2 * new TDistribution(197).cumulativeProbability(-Math.abs(b / se)), num(c, "p_value"),
                    term + " p from t(197)");
        }
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(197, st.get("p_value_df").getAsInt(), "Stata's regress, vce(robust) uses t(N-K)");
        assertRel(200.0 / 197.0, num(st, "ssc_factor"), "HC1 factor N/(N-K)");
    }

    @Test
    void pooledOlsClusterStataConvention() {
        JsonObject r = estimate("panel.ols", "vcov=cluster");
        JsonObject block = expected.getAsJsonObject("pooled_ols").getAsJsonObject("cluster_firm_stata");
        assertCoefficients(r, block, WITH_INTERCEPT);
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(9, st.get("p_value_df").getAsInt(), "p from t(G-1)");
        assertEquals(10, st.get("n_clusters").getAsInt(), "clusters");
        assertRel(10.0 / 9.0 * 199.0 / 197.0, num(st, "ssc_factor"), "G/(G-1)(N-1)/(N-K), K=3");
        assertIntervals(r, 9, 0.95);
    }

    @Test
    void confidenceLevelParameterChangesIntervalsOnly() {
        JsonObject r = estimate("panel.fe", "vcov=cluster", "level=0.9");
        assertCoefficients(r, expected.getAsJsonObject("fe_oneway").getAsJsonObject("cluster_firm_stata_xtreg"), SLOPES);
        assertIntervals(r, 9, 0.9);
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject estimate(String id, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", id, "--data", data.toString(), "--entity", "firm", "--time",
                "year", "--set", "formula=inv ~ value + capital"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new)).ok();
        assertTrue(run.errLines().isEmpty(), () -> "no warnings expected on the Grunfeld data:\n" + run.describe());
        JsonObject r = run.json();
        assertEquals("carbonlab.result/1", r.get("schema").getAsString(), "schema");
        assertEquals(id, r.getAsJsonObject("estimator").get("id").getAsString(), "estimator id");
        assertTrue(r.getAsJsonArray("warnings").isEmpty(), () -> "warnings: " + r.getAsJsonArray("warnings"));
        return r;
    }

    /** Coefficients, standard errors, t statistics and p-values of {@code block} for the given terms. */
    private static void assertCoefficients(JsonObject r, JsonObject block, List<String> terms) {
        List<String> actualTerms = new ArrayList<>();
        for (JsonElement e : r.getAsJsonArray("coefficients")) {
            actualTerms.add(e.getAsJsonObject().get("term").getAsString());
        }
        for (String term : terms) {
            assertTrue(actualTerms.contains(term), () -> "term " + term + " missing; terms: " + actualTerms);
            JsonObject c = coefficient(r, term);
            assertRel(block.getAsJsonObject("coef").get(term).getAsDouble(), num(c, "estimate"), term + " estimate");
            assertRel(block.getAsJsonObject("se").get(term).getAsDouble(), num(c, "std_error"), term + " std_error");
            assertRel(block.getAsJsonObject("t").get(term).getAsDouble(), num(c, "statistic"), term + " statistic");
            assertP(block.getAsJsonObject("p").get(term).getAsDouble(), num(c, "p_value"), term + " p_value");
        }
    }

    /** What every one-way FE run shares: Stata's _cons, the three R², the F test of the effects, the data. */
    private static void assertFeCommon(JsonObject r, JsonObject feOneway) {
        assertEquals(List.of("value", "capital", "(Intercept)"), terms(r), "terms in formula order, _cons last");
        assertRel(feOneway.get("stata_cons").getAsDouble(), num(coefficient(r, "(Intercept)"), "estimate"),
                "(Intercept) = Stata's _cons");
        JsonObject st = r.getAsJsonObject("statistics");
        assertRel(feOneway.get("r2_within").getAsDouble(), num(st, "r2_within"), "r2_within");
        assertRel(feOneway.get("stata_r2_between_corr2").getAsDouble(), num(st, "r2_between"), "r2_between");
        assertRel(feOneway.get("stata_r2_overall_corr2").getAsDouble(), num(st, "r2_overall"), "r2_overall");
        assertEquals(188, st.get("df_resid").getAsInt(), "df_resid");
        assertEquals("individual", st.get("effect").getAsString());
        JsonObject ref = expected.getAsJsonObject("tests").getAsJsonObject("F_individual_effects");
        JsonObject f = test(r, "f_effects");
        assertRel(ref.get("F").getAsDouble(), num(f, "statistic"), "f_effects statistic");
        assertEquals(ref.get("df1").getAsInt(), f.get("df1").getAsInt(), "f_effects df1");
        assertEquals(ref.get("df2").getAsInt(), f.get("df2").getAsInt(), "f_effects df2");
        assertP(ref.get("p").getAsDouble(), num(f, "p_value"), "f_effects p");
        assertEquals("F", f.get("distribution").getAsString());
        assertGrunfeldData(r);
    }

    private static void assertTwowaysEffectsTest(JsonObject r) {
        JsonObject ref = expected.getAsJsonObject("fe_twoway").getAsJsonObject("pFtest_twoways_vs_pooled");
        JsonObject f = test(r, "f_effects");
        assertRel(ref.get("F").getAsDouble(), num(f, "statistic"), "f_effects statistic (twoways vs pooled)");
        assertEquals(ref.get("df1").getAsInt(), f.get("df1").getAsInt(), "f_effects df1");
        assertEquals(ref.get("df2").getAsInt(), f.get("df2").getAsInt(), "f_effects df2");
        assertP(ref.get("p").getAsDouble(), num(f, "p_value"), "f_effects p");
        assertGrunfeldData(r);
    }

    private static void assertGrunfeldData(JsonObject r) {
        JsonObject d = r.getAsJsonObject("data");
        assertNotNull(d, "data member");
        assertEquals(200, d.get("n_obs").getAsInt(), "n_obs");
        assertEquals(10, d.get("n_entities").getAsInt(), "n_entities");
        assertEquals(20, d.get("n_periods").getAsInt(), "n_periods");
        assertTrue(d.get("balanced").getAsBoolean(), "balanced");
        assertTrue(d.get("sha256").getAsString().matches("[0-9a-f]{64}"), "sha256");
        assertTrue(d.get("source").getAsString().endsWith("data.csv"), "source");
        JsonObject prov = r.getAsJsonObject("provenance");
        assertEquals("test", prov.get("carbonlab").getAsString(), "provenance.carbonlab");
        assertTrue(prov.has("java") && prov.has("elapsed_ms"), "provenance: " + prov);
    }

    /** Intervals: estimate ± t_{(1+level)/2, df} · SE for every coefficient. */
    private static void assertIntervals(JsonObject r, int df, double level) {
        double crit = new TDistribution(df).inverseCumulativeProbability((1 + level) / 2);
        for (JsonElement e : r.getAsJsonArray("coefficients")) {
            JsonObject c = e.getAsJsonObject();
            String term = c.get("term").getAsString();
            double b = num(c, "estimate");
            double se = num(c, "std_error");
            assertRel(b - crit * se, num(c, "conf_low"), 1e-8, term + " conf_low (t(" + df + "), level " + level + ")");
            assertRel(b + crit * se, num(c, "conf_high"), 1e-8, term + " conf_high (t(" + df + "), level " + level + ")");
        }
    }

    private static List<String> terms(JsonObject r) {
        List<String> t = new ArrayList<>();
        for (JsonElement e : r.getAsJsonArray("coefficients")) {
            t.add(e.getAsJsonObject().get("term").getAsString());
        }
        return t;
    }

    static JsonObject coefficient(JsonObject r, String term) {
        JsonArray coefs = r.getAsJsonArray("coefficients");
        assertNotNull(coefs, "coefficients member");
        for (JsonElement e : coefs) {
            if (term.equals(e.getAsJsonObject().get("term").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no coefficient '" + term + "' in " + coefs);
    }

    static JsonObject test(JsonObject r, String name) {
        JsonArray tests = r.getAsJsonArray("tests");
        assertNotNull(tests, "tests member");
        for (JsonElement e : tests) {
            if (name.equals(e.getAsJsonObject().get("name").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no test '" + name + "' in " + tests);
    }

    private static double num(JsonObject o, String member) {
        JsonElement e = o.get(member);
        assertTrue(e != null && !e.isJsonNull(), () -> "member '" + member + "' missing or null in " + o);
        return e.getAsDouble();
    }

    private static void assertRel(double expectedValue, double actual, String what) {
        assertRel(expectedValue, actual, REL, what);
    }

    private static void assertRel(double expectedValue, double actual, double rel, String what) {
        double err = expectedValue == 0 ? Math.abs(actual) : Math.abs(actual - expectedValue) / Math.abs(expectedValue);
        assertTrue(err <= rel, () -> what + ": expected " + expectedValue + ", got " + actual + " (relative error " + err
                + " > " + rel + ")");
    }

    private static void assertP(double expectedValue, double actual, String what) {
        assertRel(expectedValue, actual, REL, what);
    }
}
