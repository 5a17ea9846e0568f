package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.IvReferenceTest.test;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.close;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.fit;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.json;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.num;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.panel.numerics.AndersonRubin;
import org.carbonlab.panel.numerics.IvCovariance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * FE-2SLS ({@code y ~ x | id | endog ~ z}) against 2SLS with explicit dummies in R (resources/iv_fe/script.R:
 * AER::ivreg, sandwich's HC0/HC1/cluster covariances, hand-coded Cragg–Donald, Anderson LM, Hansen J, C statistic
 * and Anderson–Rubin F), at relative 1e-9 (1e-8 for the GMM-based J and C); several endogenous regressors, one- and
 * two-way effects, and the bad inputs that {@code panel.iv} names.
 */
class IvFixedEffectsTest {
    private static PanelFrame data;
    private static JsonObject ref;

    @BeforeAll
    static void load() throws IOException {
        data = DataReader.readPanel(resource("iv_fe", "data.csv"), null, "id", "year");
        ref = json(resource("iv_fe", "expected.json"));
    }

    private static Result iv(String formula, String... kv) {
        String[] all = new String[kv.length + 2];
        all[0] = "formula";
        all[1] = formula;
        System.arraycopy(kv, 0, all, 2, kv.length);
        return fit(new IvEstimator(), data, all);
    }

    private static void ses(Result r, String block, List<String> terms, double scale) {
        for (String t : terms) {
            close(num(ref, block + "." + t) * scale, r.coefficient(t).orElseThrow().stdError(), block + " " + t);
        }
    }

    @Test
    void twoEndogenousWithEntityEffects() {
        String f = "y ~ x1 | id | d1 + d2 ~ z1 + z2 + z3";
        List<String> terms = List.of("x1", "d1", "d2");
        Result r = iv(f);
        for (String t : terms) {
            close(num(ref, "fe2.coef." + t), r.coefficient(t).orElseThrow().estimate(), "coef " + t);
        }
        ses(r, "fe2.se_classical", terms, 1);
        assertEquals(147, ((Number) r.statistic("df_resid")).intValue());
        close(num(ref, "fe2.rss"), r.number("ssr"), "rss");
        close(num(ref, "fe2.weak_F_d1"), test(r, "first_stage_f:d1"), "weak F d1");
        close(num(ref, "fe2.weak_F_d2"), test(r, "first_stage_f:d2"), "weak F d2");
        close(num(ref, "fe2.wu_hausman_F"), test(r, "durbin_wu_hausman"), "Wu-Hausman");
        close(num(ref, "fe2.sargan"), test(r, "sargan"), "Sargan");
        close(num(ref, "fe2.cragg_donald_F"), r.number("cragg_donald_f"), "Cragg-Donald F");
        close(num(ref, "fe2.anderson_lm"), test(r, "underidentification_anderson_lm"), "Anderson LM");
        // Stock-Yogo: 2 endogenous, 3 excluded
        ResultTable sy = r.tables().get("stock_yogo");
        assertEquals(13.43, ((Number) sy.rows().get(0).get(3)).doubleValue());

        Result hc0 = iv(f, "vcov", "robust", "ssc", "none");
        ses(hc0, "fe2.se_hc0", terms, 1);
        // Kleibergen-Paap rk Wald F and LM with two endogenous regressors (R transcription of the 2006 paper)
        close(num(ref, "fe2_kp.kp_f_hc0"), hc0.number("kleibergen_paap_f"), "KP F (HC0)");
        close(num(ref, "fe2_kp.kp_lm_hc"), test(hc0, "underidentification_kp_lm"), "KP LM (robust)");
        Result hc1 = iv(f, "vcov", "robust");
        ses(hc1, "fe2.se_hc1", terms, 1);
        assertClose8(num(ref, "fe2.hansen_j_hc"), test(hc1, "hansen_j"), "Hansen J (robust)");
        assertClose8(num(ref, "fe2.c_stat_hc"), test(hc1, "endogeneity_c"), "C statistic (robust)");

        Result cl0 = iv(f, "vcov", "cluster", "ssc", "none");
        ses(cl0, "fe2.se_cluster_id_hc0", terms, 1);
        close(num(ref, "fe2_kp.kp_f_cluster_id_none"), cl0.number("kleibergen_paap_f"), "KP F (cluster)");
        close(num(ref, "fe2_kp.kp_lm_cluster_id"), test(cl0, "underidentification_kp_lm"), "KP LM (cluster)");
        assertEquals(true, cl0.statistic("fe_nested_in_clusters"));
        assertClose8(num(ref, "fe2.hansen_j_cluster_id"), test(cl0, "hansen_j"), "Hansen J (cluster)");
        assertClose8(num(ref, "fe2.c_stat_cluster_id"), test(cl0, "endogeneity_c"), "C statistic (cluster)");
        // Stata factor G/(G-1)(N-1)/(N-K), K = 3 slopes: the id effects are nested in the id clusters
        double g = 30;
        double n = 180;
        double factor = g / (g - 1) * (n - 1) / (n - 3);
        Result cl = iv(f, "vcov", "cluster");
        ses(cl, "fe2.se_cluster_id_hc0", terms, Math.sqrt(factor));
        close(factor, cl.number("ssc_factor"), "ssc factor");
        assertEquals(29.0, cl.inference().df());
        Result region = iv(f, "vcov", "cluster", "cluster", "region", "ssc", "none");
        ses(region, "fe2.se_cluster_region_hc0", terms, 1);
        // 5 region clusters cannot estimate the 6 x 6 score covariance of the C statistic: named, not garbage
        assertTrue(region.test("endogeneity_c").isEmpty());
        assertTrue(region.warnings().stream().anyMatch(w -> w.contains("C statistic not computed")
                && w.contains("5 clusters")), region.warnings().toString());
    }

    private static void assertClose8(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-8 * Math.abs(expected), what);
    }

    @Test
    void kleibergenPaapIsInvariantToRecombiningTheInstruments() {
        String f1 = "y ~ x1 | id | d1 + d2 ~ z1 + z2 + z3";
        String f2 = "y ~ x1 | id | d1 + d2 ~ I(z1 + z2) + I(z2 - z3) + I(2 * z3)";
        for (String vcov : List.of("robust", "cluster")) {
            Result a = iv(f1, "vcov", vcov);
            Result b = iv(f2, "vcov", vcov);
            assertClose8(a.number("kleibergen_paap_f"), b.number("kleibergen_paap_f"), vcov + " KP F");
            assertClose8(test(a, "underidentification_kp_lm"), test(b, "underidentification_kp_lm"), vcov + " KP LM");
            assertClose8(a.coefficient("d1").orElseThrow().estimate(), b.coefficient("d1").orElseThrow().estimate(),
                    "2SLS invariant");
            assertTrue(a.number("kleibergen_paap_f") > 0, "KP F positive");
        }
    }

    @Test
    void oneEndogenousClusteredKpEqualsFirstStageClusterWaldF() {
        String f = "y ~ x1 | id | d1 ~ z1 + z2";
        Result r = iv(f);
        for (String t : List.of("x1", "d1")) {
            close(num(ref, "fe1.coef." + t), r.coefficient(t).orElseThrow().estimate(), "coef " + t);
        }
        // brute force: 2SLS = OLS of y on the first-stage fitted values (R lm with dummies)
        close(num(ref, "fe1.coef_two_ols.d1h"), r.coefficient("d1").orElseThrow().estimate(), "two OLS");
        ses(r, "fe1.se_classical", List.of("x1", "d1"), 1);
        close(num(ref, "fe1.weak_F"), test(r, "first_stage_f:d1"), "weak F");
        close(num(ref, "fe1.sargan"), test(r, "sargan"), "Sargan");
        close(num(ref, "fe1.wu_hausman_F"), test(r, "durbin_wu_hausman"), "WH");
        close(num(ref, "fe1.ar_F_at_0"), test(r, "anderson_rubin"), "AR F at 0");

        Result cl0 = iv(f, "vcov", "cluster", "ssc", "none");
        ses(cl0, "fe1.se_cluster_id_hc0", List.of("x1", "d1"), 1);
        close(num(ref, "fe1.first_stage_cluster_wald_hc0") / 2, cl0.number("kleibergen_paap_f"), "KP F, ssc none");
        // with Stata's factor for the first stage: K = L = 3 instruments (x1, z1, z2; id effects nested)
        double factor = 30.0 / 29 * 179.0 / (180 - 3);
        Result cl = iv(f, "vcov", "cluster");
        close(num(ref, "fe1.first_stage_cluster_wald_hc0") / 2 / factor, cl.number("kleibergen_paap_f"),
                "KP F, ssc stata");
        close(num(ref, "fe1.first_stage_cluster_wald_hc0") / 2 / factor, test(cl, "first_stage_f:d1"),
                "cluster first-stage F = KP F");
        Result hc0 = iv(f, "vcov", "robust", "ssc", "none");
        close(num(ref, "fe1.first_stage_hc0_wald") / 2, hc0.number("kleibergen_paap_f"), "KP F robust");
        assertTrue(cl.tables().get("anderson_rubin").rows().size() >= 1, "AR set by grid under clustering");
        assertEquals("grid", cl.statistic("anderson_rubin_method"));
    }

    @Test
    void andersonRubinEqualsDummyRegressionAndItsSetInvertsTheTest() {
        // explicit id dummies as exogenous columns: the AR F of R's anova at several beta0
        int n = data.rows();
        double[] y = data.numeric("y");
        double[] d1 = data.numeric("d1");
        double[] x1 = data.numeric("x1");
        double[] z1 = data.numeric("z1");
        double[] z2 = data.numeric("z2");
        int[] ent = data.entityIndices();
        double[][] exog = new double[n][31];
        double[][] z = new double[n][2];
        for (int i = 0; i < n; i++) {
            exog[i][0] = x1[i];
            exog[i][1 + ent[i]] = 1;
            z[i][0] = z1[i];
            z[i][1] = z2[i];
        }
        IvCovariance classical = new IvCovariance(IvCovariance.Kind.CLASSICAL, true, false, null, 0, 0, false);
        AndersonRubin ar = new AndersonRubin(y, d1, exog, z, classical, 0.95);
        close(num(ref, "fe1.ar_F_at_0"), ar.statistic(0), "AR(0)");
        close(num(ref, "fe1.ar_F_at_1"), ar.statistic(1), "AR(1)");
        close(num(ref, "fe1.ar_F_at_1_5"), ar.statistic(1.5), "AR(1.5)");
        assertEquals(num(ref, "fe1.ar_df2"), ar.df2());
        AndersonRubin.ConfidenceSet analytic = ar.analytic();
        AndersonRubin.ConfidenceSet grid = ar.grid(0.9, 0.3, 30, 3001);
        assertEquals(analytic.intervals().size(), grid.intervals().size());
        for (int k = 0; k < analytic.intervals().size(); k++) {
            AndersonRubin.Interval a = analytic.intervals().get(k);
            AndersonRubin.Interval b = grid.intervals().get(k);
            assertEquals(a.lower(), b.lower(), 1e-8 * Math.max(1, Math.abs(a.lower())), "lower");
            assertEquals(a.upper(), b.upper(), 1e-8 * Math.max(1, Math.abs(a.upper())), "upper");
            for (double edge : new double[] {a.lower(), a.upper()}) {
                if (Double.isFinite(edge)) {
                    assertEquals(0.05, ar.pValue(edge), 1e-9, "p at the edge " + edge);
                }
            }
        }
        // the estimator's set (FE absorbed) equals the explicit-dummy set
        ResultTable t = iv("y ~ x1 | id | d1 ~ z1 + z2").tables().get("anderson_rubin");
        Object lo = t.rows().get(0).get(0);
        if (lo instanceof Number num) {
            close(analytic.intervals().get(0).lower(), num.doubleValue(), "AR lower (FE)");
        }
    }

    @Test
    void twoWayEffectsEqualYearAndIdDummies() {
        String f = "y ~ x1 | id + year | d1 ~ z1 + z2";
        Result r = iv(f);
        for (String t : List.of("x1", "d1")) {
            close(num(ref, "twoway.coef." + t), r.coefficient(t).orElseThrow().estimate(), "coef " + t);
        }
        ses(r, "twoway.se_classical", List.of("x1", "d1"), 1);
        assertEquals((int) num(ref, "twoway.df_resid"), ((Number) r.statistic("df_resid")).intValue());
        close(num(ref, "twoway.weak_F"), test(r, "first_stage_f:d1"), "weak F");
        close(num(ref, "twoway.wu_hausman_F"), test(r, "durbin_wu_hausman"), "WH");
        close(num(ref, "twoway.sargan"), test(r, "sargan"), "Sargan");
        ses(iv(f, "vcov", "robust"), "twoway.se_hc1", List.of("x1", "d1"), 1);
        ses(iv(f, "vcov", "cluster", "ssc", "none"), "twoway.se_cluster_id_hc0", List.of("x1", "d1"), 1);
        // year effects are not nested in id clusters: K of the Stata factor counts the 5 year levels too
        Result cl = iv(f, "vcov", "cluster");
        assertEquals(false, cl.statistic("fe_nested_in_clusters"));
    }

    @Test
    void limlEqualsTheKClassEstimatorWithExplicitDummies() {
        String f = "y ~ x1 | id | d1 + d2 ~ z1 + z2 + z3";
        List<String> terms = List.of("x1", "d1", "d2");
        Result r = iv(f, "method", "liml");
        close(num(ref, "liml.kappa"), r.number("liml_kappa"), "kappa");
        for (String t : terms) {
            close(num(ref, "liml.coef." + t), r.coefficient(t).orElseThrow().estimate(), "LIML coef " + t);
        }
        ses(r, "liml.se_classical", terms, 1);
        ses(iv(f, "method", "liml", "vcov", "robust", "ssc", "none"), "liml.se_hc0", terms, 1);
        // exactly identified: kappa = 1 and LIML = 2SLS
        Result just = iv("y ~ x1 | id | d1 ~ z1", "method", "liml");
        Result tsls = iv("y ~ x1 | id | d1 ~ z1");
        assertEquals(1.0, just.number("liml_kappa"), 1e-10);
        close(tsls.coefficient("d1").orElseThrow().estimate(), just.coefficient("d1").orElseThrow().estimate(),
                "just-identified LIML = 2SLS");
        // Stock-Yogo LIML size table (5.4): 2 endogenous, 3 excluded instruments, 10% maximal size
        assertEquals(5.44, ((Number) r.tables().get("stock_yogo").rows().get(0).get(3)).doubleValue());
    }

    @Test
    void unbalancedWithoutExogenousRegressors() {
        int[] keep = java.util.stream.IntStream.range(0, data.rows())
                .filter(i -> !(Integer.parseInt(data.entityLabel(i)) % 7 == 0 && data.time(i) > 2004)).toArray();
        PanelFrame sub = data.subset(keep);
        assertEquals((int) num(ref, "unbalanced.rows"), sub.rows());
        String f = "y ~ 1 | id | d1 ~ z1 + z2";
        Result r = fit(new IvEstimator(), sub, "formula", f);
        close(num(ref, "unbalanced.coef.d1"), r.coefficient("d1").orElseThrow().estimate(), "coef");
        close(num(ref, "unbalanced.se_classical.d1"), r.coefficient("d1").orElseThrow().stdError(), "se");
        close(num(ref, "unbalanced.weak_F"), test(r, "first_stage_f:d1"), "weak F");
        close(num(ref, "unbalanced.sargan"), test(r, "sargan"), "Sargan");
        close(num(ref, "unbalanced.wu_hausman_F"), test(r, "durbin_wu_hausman"), "WH");
        Result hc1 = fit(new IvEstimator(), sub, "formula", f, "vcov", "robust");
        close(num(ref, "unbalanced.se_hc1.d1"), hc1.coefficient("d1").orElseThrow().stdError(), "HC1 se");
        assertEquals(1, r.coefficients().size());
    }

    @Test
    void factorInstrumentsEqualHandBuiltInteractions() {
        // z1 interacted with each region (i(region, z1) keeps every level): five instruments
        String[] region = data.text("region");
        double[] z1 = data.numeric("z1");
        PanelFrame manual = data;
        List<String> names = new java.util.ArrayList<>();
        for (String r : new java.util.TreeSet<>(List.of(region))) {
            double[] c = new double[data.rows()];
            for (int i = 0; i < c.length; i++) {
                c[i] = region[i].equals(r) ? z1[i] : 0;
            }
            manual = manual.withColumn("z1_" + r, c);
            names.add("z1_" + r);
        }
        Result a = fit(new IvEstimator(), data, "formula", "y ~ x1 | id | d1 ~ i(region, z1)", "vcov", "robust");
        Result b = fit(new IvEstimator(), manual, "formula", "y ~ x1 | id | d1 ~ " + String.join(" + ", names),
                "vcov", "robust");
        for (String t : List.of("x1", "d1")) {
            close(b.coefficient(t).orElseThrow().estimate(), a.coefficient(t).orElseThrow().estimate(), "coef " + t);
            close(b.coefficient(t).orElseThrow().stdError(), a.coefficient(t).orElseThrow().stdError(), "se " + t);
        }
        close(b.number("kleibergen_paap_f"), a.number("kleibergen_paap_f"), "KP F");
        close(test(b, "hansen_j"), test(a, "hansen_j"), "Hansen J");
        assertEquals(5, ((List<?>) a.statistic("excluded_instruments")).size());
    }

    private static List<String> problems(String formula) {
        IvEstimator e = new IvEstimator();
        Map<String, String> p = new HashMap<>();
        p.put("formula", formula);
        return e.validate(EstimationContext.of(data, e.parameters().resolve(p)));
    }

    @Test
    void badInputIsNamed() {
        List<String> fewer = problems("y ~ x1 | id | d1 + d2 ~ z1");
        assertTrue(fewer.stream().anyMatch(m -> m.contains("fewer excluded instruments (1: z1)")
                && m.contains("endogenous regressors (2: d1, d2)")), fewer.toString());
        List<String> none = problems("y ~ x1 + d1");
        assertTrue(none.stream().anyMatch(m -> m.contains("no instrument part")), none.toString());
        // an instrument constant within units is absorbed by the entity effects
        double[] unitLevel = new double[data.rows()];
        for (int i = 0; i < unitLevel.length; i++) {
            unitLevel[i] = 0.5 + data.entityIndex(i) % 7;
        }
        PanelFrame withZ = data.withColumn("zu", unitLevel);
        InputException e = assertThrows(InputException.class,
                () -> fit(new IvEstimator(), withZ, "formula", "y ~ x1 | id | d1 ~ zu + z1"));
        assertTrue(e.getMessage().contains("instrument 'zu' does not vary within the absorbed fixed effects (id)"),
                e.getMessage());
        // redundant instrument dropped leaves too few
        InputException f = assertThrows(InputException.class,
                () -> fit(new IvEstimator(), data, "formula", "y ~ x1 | id | d1 + d2 ~ z1 + I(2 * z1)"));
        assertTrue(f.getMessage().contains("fewer excluded instruments (1: z1)"), f.getMessage());
    }
}
