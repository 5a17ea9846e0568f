package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.close;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.fit;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.json;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.num;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code panel.iv} against the shared reference (resources/iv: AER::ivreg on CigarettesSW 1995, classical, HC1,
 * HC0 with z statistics, Stata's default RSS/N; weak-instrument F, Wu–Hausman, Sargan; the first stage), all at
 * relative 1e-9. The first-stage F equals the Cragg–Donald F and the robust first-stage Wald F the
 * Kleibergen–Paap F for one endogenous regressor.
 */
class IvReferenceTest {
    static final String FORMULA = "log(packs) ~ log(rincome) | log(rprice) ~ tdiff + tax_cpi";
    static final List<String> TERMS = List.of("(Intercept)", "log(rprice)", "log(rincome)");
    private static PanelFrame cig;
    private static JsonObject ref;

    @BeforeAll
    static void load() throws IOException {
        cig = DataReader.readPanel(resource("iv", "data.csv"), null, "state", "year");
        ref = json(resource("iv", "expected.json"));
    }

    private static Result iv(String... kv) {
        String[] all = new String[kv.length + 2];
        all[0] = "formula";
        all[1] = FORMULA;
        System.arraycopy(kv, 0, all, 2, kv.length);
        return fit(new IvEstimator(), cig, all);
    }

    static double test(ModelResult r, String name) {
        return r.test(name).orElseThrow(() -> new AssertionError("no test " + name + " in " + r.tests())).statistic();
    }

    static double testP(ModelResult r, String name) {
        return r.test(name).orElseThrow().pValue();
    }

    private static void vcov(Result r, String block) {
        List<String> terms = r.vcovTerms();
        double[][] v = r.vcov();
        for (int a = 0; a < terms.size(); a++) {
            for (int b = 0; b < terms.size(); b++) {
                double e = num(ref, block + ".vcov." + terms.get(a) + "." + terms.get(b));
                double tol = 1e-9 * Math.sqrt(Math.abs(v[a][a] * v[b][b]));
                assertEquals(e, v[a][b], tol, block + " vcov " + terms.get(a) + "," + terms.get(b));
            }
        }
    }

    @Test
    void classicalMatchesAer() {
        Result r = iv();
        String b = "tsls_classical.";
        for (String t : TERMS) {
            var c = r.coefficient(t).orElseThrow();
            close(num(ref, b + "coef." + t), c.estimate(), "coef " + t);
            close(num(ref, b + "se." + t), c.stdError(), "se " + t);
            close(num(ref, b + "t." + t), c.statistic(), "t " + t);
            close(num(ref, b + "p." + t), c.pValue(), "p " + t);
        }
        vcov(r, "tsls_classical");
        assertEquals(45, ((Number) r.statistic("df_resid")).intValue());
        close(num(ref, b + "sigma"), r.number("sigma"), "sigma");
        close(num(ref, b + "rss"), r.number("ssr"), "rss");
        close(num(ref, b + "r2"), r.number("r2"), "r2");
        close(num(ref, b + "adj_r2"), r.number("adj_r2"), "adj r2");
        close(num(ref, b + "wald_F"), test(r, "wald"), "wald F");
        close(num(ref, b + "wald_p"), testP(r, "wald"), "wald p");
        close(num(ref, b + "diagnostics.weak_instruments_F.statistic"), test(r, "first_stage_f:log(rprice)"), "weak F");
        close(num(ref, b + "diagnostics.weak_instruments_F.p"), testP(r, "first_stage_f:log(rprice)"), "weak p");
        close(num(ref, b + "diagnostics.weak_instruments_F.statistic"), r.number("cragg_donald_f"),
                "Cragg-Donald = first-stage F with one endogenous regressor");
        close(num(ref, b + "diagnostics.wu_hausman_F.statistic"), test(r, "durbin_wu_hausman"), "Wu-Hausman");
        close(num(ref, b + "diagnostics.wu_hausman_F.p"), testP(r, "durbin_wu_hausman"), "Wu-Hausman p");
        close(num(ref, b + "diagnostics.sargan.statistic"), test(r, "sargan"), "Sargan");
        close(num(ref, b + "diagnostics.sargan.p"), testP(r, "sargan"), "Sargan p");
        // Stock-Yogo 2SLS size critical values for 1 endogenous, 2 excluded instruments (Table 5.2)
        ResultTable sy = r.tables().get("stock_yogo");
        assertEquals(19.93, ((Number) sy.rows().get(0).get(3)).doubleValue());
        assertEquals(7.25, ((Number) sy.rows().get(3).get(3)).doubleValue());
    }

    @Test
    void firstStageMatchesLm() {
        Result r = iv();
        ModelResult fs = r.models().stream().filter(m -> m.name().equals("first_stage:log(rprice)")).findFirst()
                .orElseThrow();
        for (String t : List.of("(Intercept)", "log(rincome)", "tdiff", "tax_cpi")) {
            close(num(ref, "first_stage.coef." + t), fs.coefficient(t).orElseThrow().estimate(), "fs coef " + t);
            close(num(ref, "first_stage.se." + t), fs.coefficient(t).orElseThrow().stdError(), "fs se " + t);
        }
        close(num(ref, "first_stage.r2"), fs.number("r2"), "fs r2");
        close(num(ref, "first_stage.partial_r2_excluded"), fs.number("partial_r2"), "partial r2");
        close(num(ref, "first_stage.excluded_instruments_F"), test(fs, "excluded_instruments"), "fs F");
    }

    @Test
    void hc1MatchesSandwich() {
        Result r = iv("vcov", "robust");
        String b = "tsls_hc1.";
        for (String t : TERMS) {
            var c = r.coefficient(t).orElseThrow();
            close(num(ref, b + "se." + t), c.stdError(), "se " + t);
            close(num(ref, b + "t." + t), c.statistic(), "t " + t);
            close(num(ref, b + "p_t." + t), c.pValue(), "p " + t);
        }
        vcov(r, "tsls_hc1");
        close(num(ref, b + "wald_F"), test(r, "wald"), "wald F");
        close(num(ref, b + "wald_p"), testP(r, "wald"), "wald p");
        close(num(ref, b + "diagnostics_hc1.weak_instruments_F.statistic"), test(r, "first_stage_f:log(rprice)"),
                "robust weak F");
        close(num(ref, b + "diagnostics_hc1.weak_instruments_F.statistic"), r.number("kleibergen_paap_f"),
                "KP F = HC1 first-stage Wald F (one endogenous)");
        close(num(ref, b + "diagnostics_hc1.wu_hausman_F.statistic"), test(r, "durbin_wu_hausman"), "robust WH");
        close(num(ref, b + "diagnostics_hc1.sargan.statistic"), test(r, "sargan"), "Sargan");
        Result z = iv("vcov", "robust", "distribution", "normal");
        for (String t : TERMS) {
            close(num(ref, b + "p_normal." + t), z.coefficient(t).orElseThrow().pValue(), "Stata robust p " + t);
        }
    }

    @Test
    void hc0WithNormalMatchesAerHelpPage() {
        Result r = iv("vcov", "robust", "ssc", "none", "distribution", "normal");
        String b = "tsls_hc0_dfInf.";
        for (String t : TERMS) {
            var c = r.coefficient(t).orElseThrow();
            close(num(ref, b + "se." + t), c.stdError(), "se " + t);
            close(num(ref, b + "z." + t), c.statistic(), "z " + t);
            close(num(ref, b + "p." + t), c.pValue(), "p " + t);
        }
        vcov(r, "tsls_hc0_dfInf");
        close(num(ref, b + "wald_chisq"), test(r, "wald"), "wald chi2");
        close(num(ref, b + "wald_p"), testP(r, "wald"), "wald p");
        close(num(ref, b + "diagnostics_hc0.weak_instruments_F.statistic"), test(r, "first_stage_f:log(rprice)"),
                "HC0 weak F");
        close(num(ref, b + "diagnostics_hc0.weak_instruments_F.statistic"), r.number("kleibergen_paap_f"),
                "KP F with ssc=none = HC0 first-stage Wald F");
        close(num(ref, b + "diagnostics_hc0.wu_hausman_F.statistic"), test(r, "durbin_wu_hausman"), "HC0 WH");
    }

    @Test
    void stataDefaultIsClassicalWithoutSmall() {
        Result r = iv("ssc", "none", "distribution", "normal");
        String b = "tsls_stata_default.";
        for (String t : TERMS) {
            var c = r.coefficient(t).orElseThrow();
            close(num(ref, b + "se." + t), c.stdError(), "se " + t);
            close(num(ref, b + "t." + t), c.statistic(), "z " + t);
            close(num(ref, b + "p." + t), c.pValue(), "p " + t);
        }
        assertEquals("z", r.statistic("statistic_type"));
    }
}
