package org.carbonlab.panel.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * panel.unitroot against plm 2.6.2 purtest: resources/unitroot (Grunfeld inv, the shared reference, NOTES.md there)
 * and resources/unitroot_produc (plm::Produc log(gsp), its difference and log(emp), every exo, fixed/AIC/BIC lags,
 * both dfcor, and Phillips–Perron Z_t computed by lm() in script.R there). Statistics and p-values at rel 1e-9
 * wherever the reference uses the same MacKinnon (1994) surface; the MacKinnon (1996) entries of the shared
 * reference are compared on the individual t statistics only (their p-values come from urca's tables).
 */
class UnitRootReferenceTest {
    private static final double TOL = 1e-9;

    static PanelFrame csv(String dir, String entity, String time) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("resources", dir, "data.csv"));
        String[] header = lines.get(0).split(",");
        int n = lines.size() - 1;
        int[] ent = new int[n];
        int[] per = new int[n];
        double[][] cols = new double[header.length][n];
        for (int r = 0; r < n; r++) {
            String[] f = lines.get(r + 1).split(",");
            for (int c = 0; c < header.length; c++) {
                cols[c][r] = f[c].isEmpty() ? Double.NaN : Double.parseDouble(f[c]);
            }
            ent[r] = (int) cols[0][r];
            per[r] = (int) cols[1][r];
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn(entity).timeColumn(time).entities(ent).times(per)
                .source(dir + "/data.csv");
        for (int c = 2; c < header.length; c++) {
            b.column(header[c], cols[c]);
        }
        return b.build();
    }

    private static JsonObject grunfeld() throws IOException {
        return RandomEffectsEstimatorTest.json(Path.of("resources", "unitroot", "expected.json"))
                .getAsJsonObject("results");
    }

    static double[] values(JsonElement e) {
        List<Double> out = new ArrayList<>();
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                out.add(x.getAsDouble());
            }
        } else {
            for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                out.add(x.getValue().getAsDouble());
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static void rel(double want, double got, double tol, String what) {
        double err = Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
        assertTrue(err <= tol, what + ": expected " + want + " got " + got + " (rel " + err + ")");
    }

    static TestResult test(ModelResult m, String name) {
        return m.test(name).orElseThrow(() -> new AssertionError("no test " + name + " in " + m.name()));
    }

    static double[] column(Result r, String table, String column) {
        ResultTable t = r.tables().get(table);
        int c = t.columnIndex(column);
        return t.rows().stream().mapToDouble(row -> ((Number) row.get(c)).doubleValue()).toArray();
    }

    private static void statistic(JsonObject ref, TestResult t, String what) {
        if (ref.get("statistic").getAsString().contains("Inf")) {
            // a unit's p-value is 1 in double precision (t far right): Choi's Z and L* are infinite in R too
            assertEquals(ref.get("statistic").getAsString().startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY, t.statistic(), what);
            assertEquals(ref.get("p").getAsDouble(), t.pValue(), what + " p");
            return;
        }
        rel(ref.get("statistic").getAsDouble(), t.statistic(), TOL, what + " statistic");
        rel(ref.get("p").getAsDouble(), t.pValue(), TOL, what + " p");
    }

    /**
     * p_approx=mackinnon1996 reproduces plm's default (urca installed) unit p-values and the Maddala–Wu and Choi
     * statistics built on them (the shared reference's entries without the _MacKinnon1994 suffix) at rel 1e-5, the
     * tolerance of the MacKinnon (1996) surface against urca (see MacKinnon1996Test).
     */
    @Test
    void grunfeldMacKinnon1996MatchesPurtestDefault() throws IOException {
        PanelFrame data = csv("unitroot", "firm", "year");
        JsonObject results = grunfeld();
        for (String exo : new String[] {"intercept", "trend"}) {
            for (int lags : new int[] {0, 1}) {
                JsonObject ref = results.getAsJsonObject(exo + "_lags" + lags);
                Result r = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "inv", "exo",
                        exo, "lags", String.valueOf(lags), "convention", "plm", "p_approx", "mackinnon1996");
                ModelResult m = r.models().get(0);
                String key = exo + " lags " + lags + " MacKinnon 1996";
                assertEquals("MacKinnon (1996)", m.statistics().get("adf_p_values"));
                double[] wantP = values(ref.getAsJsonObject("madwu").getAsJsonObject("individual").get("p_trho"));
                double[] p = column(r, "adf", "p_value");
                for (int i = 0; i < p.length; i++) {
                    rel(wantP[i], p[i], 1e-5, key + " p firm " + (i + 1));
                }
                String[][] pairs = {{"madwu", "fisher_adf"}, {"Pm", "choi_pm_adf"}, {"invnormal", "choi_z_adf"},
                    {"logit", "choi_logit_adf"}};
                for (String[] pair : pairs) {
                    JsonObject want = ref.getAsJsonObject(pair[0]);
                    TestResult t = test(m, pair[1]);
                    rel(want.get("statistic").getAsDouble(), t.statistic(), 1e-5, key + " " + pair[1]);
                    rel(want.get("p").getAsDouble(), t.pValue(), 1e-5, key + " " + pair[1] + " p");
                }
            }
        }
    }

    @Test
    void grunfeldMatchesPurtestInPlmConvention() throws IOException {
        PanelFrame data = csv("unitroot", "firm", "year");
        JsonObject results = grunfeld();
        for (String exo : new String[] {"intercept", "trend"}) {
            for (int lags : new int[] {0, 1}) {
                JsonObject ref = results.getAsJsonObject(exo + "_lags" + lags);
                for (boolean dfcor : new boolean[] {false, true}) {
                    Result r = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "inv",
                            "exo", exo, "lags", String.valueOf(lags), "convention", "plm", "dfcor",
                            String.valueOf(dfcor));
                    ModelResult m = r.models().get(0);
                    String key = exo + " lags " + lags + (dfcor ? " dfcor" : "");
                    String sfx = dfcor ? "_dfcor" : "";
                    JsonObject ind = ref.getAsJsonObject("madwu" + sfx + "_MacKinnon1994").getAsJsonObject("individual");
                    double[] t = column(r, "adf", "t");
                    double[] rho = column(r, "adf", "rho");
                    double[] se = column(r, "adf", "std_error");
                    double[] p = column(r, "adf", "p_value");
                    double[] wantT = values(ind.get("trho"));
                    double[] wantRho = values(ind.get("rho"));
                    double[] wantSe = values(ind.get("sdrho"));
                    double[] wantP = values(ind.get("p_trho"));
                    for (int i = 0; i < t.length; i++) {
                        rel(wantT[i], t[i], TOL, key + " t firm " + (i + 1));
                        rel(wantRho[i], rho[i], TOL, key + " rho firm " + (i + 1));
                        rel(wantSe[i], se[i], TOL, key + " se firm " + (i + 1));
                        rel(wantP[i], p[i], TOL, key + " MacKinnon 1994 p firm " + (i + 1));
                    }
                    // the default (MacKinnon 1996) entries share the individual t statistics
                    double[] t96 = values(ref.getAsJsonObject(dfcor ? "madwu_dfcor" : "madwu")
                            .getAsJsonObject("individual").get("trho"));
                    for (int i = 0; i < t.length; i++) {
                        rel(t96[i], t[i], TOL, key + " t (1996 entry) firm " + (i + 1));
                    }
                    statistic(ref.getAsJsonObject("madwu" + sfx + "_MacKinnon1994"), test(m, "fisher_adf"),
                            key + " Maddala-Wu");
                    statistic(ref.getAsJsonObject("levinlin" + sfx), test(m, "llc"), key + " LLC");
                    statistic(ref.getAsJsonObject("ips_Wtbar" + sfx), test(m, "ips_wtbar"), key + " IPS W");
                    if (!dfcor) {
                        statistic(ref.getAsJsonObject("Pm_MacKinnon1994"), test(m, "choi_pm_adf"), key + " Pm");
                        statistic(ref.getAsJsonObject("invnormal_MacKinnon1994"), test(m, "choi_z_adf"), key + " Z");
                        statistic(ref.getAsJsonObject("logit_MacKinnon1994"), test(m, "choi_logit_adf"), key + " L*");
                        assertEquals(54.0, test(m, "choi_logit_adf").df()[0]);
                        assertEquals(20.0, test(m, "fisher_adf").df()[0]);
                        if (lags == 0) {
                            statistic(ref.getAsJsonObject("ips_Ztbar"), test(m, "ips_ztbar"), key + " IPS Z");
                            rel(ref.getAsJsonObject("ips_tbar").get("statistic").getAsDouble(),
                                    m.number("tbar"), TOL, key + " tbar");
                        }
                        JsonObject llc = ref.getAsJsonObject("levinlin").getAsJsonObject("llc_intermediate");
                        @SuppressWarnings("unchecked")
                        Map<String, Object> mine = (Map<String, Object>) m.statistic("llc");
                        rel(llc.get("delta").getAsDouble(), (Double) mine.get("delta"), TOL, key + " LLC delta");
                        rel(llc.get("sbar").getAsDouble(), (Double) mine.get("sbar"), TOL, key + " LLC sbar");
                        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("short")), r.warnings().toString());
                    }
                }
            }
            JsonObject hadri = results.getAsJsonObject(exo + "_hadri");
            Result r = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "inv", "exo", exo,
                    "lags", "0", "tests", "hadri");
            ModelResult m = r.models().get(0);
            statistic(hadri.getAsJsonObject("hadri_Hcons"), test(m, "hadri_hetero"), exo + " Hadri hetero");
            statistic(hadri.getAsJsonObject("hadri_homosk"), test(m, "hadri_homo"), exo + " Hadri homo");
            double[] lm = column(r, "hadri", "lm");
            double[] want = values(hadri.getAsJsonObject("hadri_Hcons").getAsJsonObject("individual").get("LM"));
            for (int i = 0; i < lm.length; i++) {
                rel(want[i], lm[i], TOL, exo + " Hadri LM_i " + i);
            }
            assertEquals(List.of("hadri_hetero", "hadri_homo"), m.tests().stream().map(TestResult::name).toList());
        }
    }

    /**
     * The published conventions (default): LLC with its own divisors equals plm's dfcor=FALSE LLC here (both table
     * lookups clamp to T = 25 on this T = 20 panel); Z_tbar under a trend uses the trend moments, which at p = 0 are
     * the moments of plm's trend W_tbar; the individual t statistics are the textbook (dfcor) ones.
     */
    @Test
    void publishedConventionDiffersFromPlmWhereDocumented() throws IOException {
        PanelFrame data = csv("unitroot", "firm", "year");
        JsonObject results = grunfeld();
        for (String exo : new String[] {"intercept", "trend"}) {
            JsonObject ref = results.getAsJsonObject(exo + "_lags0");
            Result r = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "inv", "exo", exo,
                    "lags", "0");
            ModelResult m = r.models().get(0);
            assertEquals(true, m.statistic("dfcor"));
            statistic(ref.getAsJsonObject("levinlin"), test(m, "llc"), exo + " published LLC");
            statistic(ref.getAsJsonObject("ips_Wtbar_dfcor"), test(m, "ips_wtbar"), exo + " published IPS W");
            statistic(ref.getAsJsonObject("madwu_dfcor_MacKinnon1994"), test(m, "fisher_adf"), exo + " published MW");
            Result plain = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "inv", "exo",
                    exo, "lags", "0", "dfcor", "false");
            TestResult z = test(plain.models().get(0), "ips_ztbar");
            // published Z_tbar with dfcor=false: the intercept case equals plm's Z_tbar, the trend case plm's W_tbar
            statistic(ref.getAsJsonObject(exo.equals("trend") ? "ips_Wtbar" : "ips_Ztbar"), z, exo + " published Z");
        }
    }

    @Test
    void producMatchesPurtestWithLagSelectionAndEveryExo() throws IOException {
        PanelFrame data = csv("unitroot_produc", "state", "year");
        JsonObject results = RandomEffectsEstimatorTest.json(Path.of("resources", "unitroot_produc",
                "expected.json")).getAsJsonObject("results");
        int checked = 0;
        for (String key : results.keySet()) {
            String[] k = key.split("_");
            if (k.length != 4 || !(k[3].equals("dfcor") || k[3].equals("nodfcor"))) {
                continue;
            }
            JsonObject ref = results.getAsJsonObject(key);
            String variable = k[0].equals("lemp") ? "log(emp)" : "log(gsp)";
            String lags = k[2].equals("AIC") ? "aic" : k[2].equals("SIC") ? "bic" : k[2].substring(4);
            Result r = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", variable,
                    "difference", k[0].equals("dlgsp") ? "first" : "levels", "exo", k[1], "lags", lags,
                    "max_lags", "3", "convention", "plm", "dfcor", String.valueOf(k[3].equals("dfcor")));
            ModelResult m = r.models().get(0);
            double[] wantLags = values(ref.getAsJsonObject("madwu").get("lags"));
            double[] gotLags = column(r, "adf", "lags");
            for (int i = 0; i < gotLags.length; i++) {
                assertEquals(wantLags[i], gotLags[i], key + " lags of state " + (i + 1));
            }
            double[] t = column(r, "adf", "t");
            double[] wantT = values(ref.getAsJsonObject("madwu").get("trho"));
            for (int i = 0; i < t.length; i++) {
                rel(wantT[i], t[i], TOL, key + " t of state " + (i + 1));
            }
            statistic(ref.getAsJsonObject("levinlin"), test(m, "llc"), key + " LLC");
            statistic(ref.getAsJsonObject("madwu"), test(m, "fisher_adf"), key + " Maddala-Wu");
            statistic(ref.getAsJsonObject("Pm"), test(m, "choi_pm_adf"), key + " Pm");
            statistic(ref.getAsJsonObject("invnormal"), test(m, "choi_z_adf"), key + " Z");
            statistic(ref.getAsJsonObject("logit"), test(m, "choi_logit_adf"), key + " L*");
            if (!k[1].equals("none")) {
                statistic(ref.getAsJsonObject("ips_Wtbar"), test(m, "ips_wtbar"), key + " IPS W");
                statistic(ref.getAsJsonObject("hadri_Hcons"), test(m, "hadri_hetero"), key + " Hadri hetero");
                statistic(ref.getAsJsonObject("hadri_homosk"), test(m, "hadri_homo"), key + " Hadri homo");
            } else {
                assertFalse(m.test("ips_wtbar").isPresent());
                assertTrue(r.warnings().stream().anyMatch(w -> w.contains("ips: not computed")), r.warnings().toString());
            }
            checked++;
        }
        assertEquals(54, checked);
        for (String s : new String[] {"lgsp", "dlgsp"}) {
            JsonObject ref = results.getAsJsonObject(s + "_intercept_lags0_Ztbar").getAsJsonObject("ips_Ztbar");
            Result r = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "log(gsp)",
                    "difference", s.equals("dlgsp") ? "first" : "levels", "lags", "0", "convention", "plm", "dfcor",
                    "true");
            statistic(ref, test(r.models().get(0), "ips_ztbar"), s + " Z_tbar");
        }
    }

    @Test
    void phillipsPerronFisherMatchesTheScript() throws IOException {
        PanelFrame data = csv("unitroot_produc", "state", "year");
        JsonObject results = RandomEffectsEstimatorTest.json(Path.of("resources", "unitroot_produc",
                "expected.json")).getAsJsonObject("results");
        for (String s : new String[] {"lgsp", "dlgsp"}) {
            for (String exo : new String[] {"none", "intercept", "trend"}) {
                for (int q : new int[] {0, 2}) {
                    String key = s + "_" + exo + "_pp" + q;
                    JsonObject ref = results.getAsJsonObject(key);
                    Result r = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "log(gsp)",
                            "difference", s.equals("dlgsp") ? "first" : "levels", "exo", exo, "lags", "0", "pp_lags",
                            String.valueOf(q), "tests", "fisher_pp,choi_pp");
                    ModelResult m = r.models().get(0);
                    double[] z = column(r, "adf", "pp_zt");
                    double[] want = values(ref.get("zt"));
                    for (int i = 0; i < z.length; i++) {
                        rel(want[i], z[i], TOL, key + " Z_t state " + (i + 1));
                    }
                    String[][] pairs = {{"madwu", "fisher_pp"}, {"Pm", "choi_pm_pp"}, {"invnormal", "choi_z_pp"},
                        {"logit", "choi_logit_pp"}};
                    for (String[] pr : pairs) {
                        TestResult t = test(m, pr[1]);
                        if (ref.get(pr[0]).getAsString().contains("Inf")) {
                            // a unit's p-value rounds to 1 in double precision: L* is infinite in R too
                            assertEquals(ref.get(pr[0]).getAsString().startsWith("-") ? Double.NEGATIVE_INFINITY
                                    : Double.POSITIVE_INFINITY, t.statistic(), key + " " + pr[1]);
                            continue;
                        }
                        rel(ref.get(pr[0]).getAsDouble(), t.statistic(), TOL, key + " " + pr[1]);
                        rel(ref.get(pr[0] + "_p").getAsDouble(), t.pValue(), TOL, key + " " + pr[1] + " p");
                    }
                    assertEquals(4, m.tests().size());
                }
            }
        }
    }

    /** Demeaning and differencing equal running on columns prepared by hand; difference=both gives two models. */
    @Test
    void demeanAndDifferenceEqualHandPreparedColumns() throws IOException {
        PanelFrame data = csv("unitroot", "firm", "year");
        double[] inv = data.numeric("inv");
        int n = data.nEntities();
        int t = data.nPeriods();
        double[] periodMean = new double[t];
        for (int r = 0; r < data.rows(); r++) {
            periodMean[data.timeIndex(r)] += inv[r] / n;
        }
        double[] demeaned = new double[data.rows()];
        double[] diff = new double[data.rows()];
        for (int r = 0; r < data.rows(); r++) {
            demeaned[r] = inv[r] - periodMean[data.timeIndex(r)];
            diff[r] = data.timeIndex(r) == 0 ? Double.NaN : inv[r] - inv[r - 1];
        }
        PanelFrame prepared = data.withColumn("inv_dm", demeaned).withColumn("dinv", diff);
        Result byOption = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "inv",
                "demean", "true", "lags", "aic", "max_lags", "2", "exo", "trend");
        Result byHand = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), prepared, "variables", "inv_dm",
                "lags", "aic", "max_lags", "2", "exo", "trend");
        sameTests(byHand.models().get(0), byOption.models().get(0));
        Result both = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "inv",
                "difference", "both", "lags", "bic", "max_lags", "2");
        assertEquals(2, both.models().size());
        assertEquals("inv (levels)", both.models().get(0).name());
        assertEquals("inv (first difference)", both.models().get(1).name());
        Result d = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), prepared, "variables", "dinv", "lags",
                "bic", "max_lags", "2");
        sameTests(d.models().get(0), both.models().get(1));
        assertTrue(both.tests().isEmpty(), "tests live in the models when there are several");
        assertEquals(2 * 10, both.tables().get("adf").rows().size());
    }

    private static void sameTests(ModelResult want, ModelResult got) {
        assertEquals(want.tests().size(), got.tests().size());
        for (TestResult w : want.tests()) {
            TestResult g = test(got, w.name());
            rel(w.statistic(), g.statistic(), 1e-12, w.name());
        }
    }

    /** The MacKinnon (2010) 5% and 1% asymptotic critical values sit at p ≈ 0.05 and 0.01 of the 1994 surface. */
    @Test
    void criticalValuesAgreeWithThePValueSurface() throws IOException {
        PanelFrame data = csv("unitroot", "firm", "year");
        for (String exo : new String[] {"none", "intercept", "trend"}) {
            var d = org.carbonlab.panel.numerics.unitroot.Deterministics.valueOf(exo.toUpperCase());
            double[] c = org.carbonlab.panel.numerics.unitroot.MacKinnon.criticalValues(d, 100000);
            double[] levels = {0.01, 0.05, 0.10};
            for (int i = 0; i < 3; i++) {
                double p = org.carbonlab.panel.numerics.unitroot.MacKinnon.pValue(c[i], d);
                assertEquals(levels[i], p, 0.1 * levels[i], exo + " level " + levels[i]);
            }
        }
        Result r = RandomEffectsEstimatorTest.fit(new UnitRootEstimator(), data, "variables", "inv", "lags", "1");
        double[] c5 = column(r, "adf", "crit_5pct");
        // MacKinnon (2010) Table 2, intercept, 5%: -2.86154 - 2.8903/T - 4.234/T^2 - 40.040/T^3 at T = 18
        double tt = 18;
        rel(-2.86154 - 2.8903 / tt - 4.234 / (tt * tt) - 40.040 / (tt * tt * tt), c5[0], 1e-12, "crit 5%");
        assertNotNull(r.tables().get("tests"));
        TestResult llc = test(r.models().get(0), "llc");
        assertEquals((llc.pValue() < 0.05 ? "reject" : "do not reject") + " at 5%", llc.extra().get("decision"));
    }
}
