package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carbonlab.model.ResultStatus;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** {@code carbonlab demo --out DIR}: the embedded example study runs end to end. */
class DemoCommandTest {

    @Test
    void demoWritesTheReportAndThreeResults() {
        Path out = Cli.freshDir("demo");
        Cli.Run run = Cli.run("demo", "--out", out.toString()).ok();

        for (String name : List.of("report.md", "hausman.json", "hausman_robust.json", "pooled_ols.json",
                "fe_province.json", "fe_twoways.json", "mediation_rd.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), () -> name + " missing; folder holds " + Cli.list(out)
                    + "\n" + run.describe());
        }
        assertTrue(Files.isRegularFile(out.resolve("study").resolve("china-provinces.carbonlab")),
                "the example study is extracted beside the results");
        assertTrue(run.out().contains("report.md"), run::describe);

        String[] expectedEffect = {"none", "individual", "twoways"};
        String[] expectedId = {"panel.ols", "panel.fe", "panel.fe"};
        String[] names = {"pooled_ols", "fe_province", "fe_twoways"};
        for (int i = 0; i < names.length; i++) {
            JsonObject r = Cli.parseObject(Cli.read(out.resolve(names[i] + ".json")));
            assertEquals("carbonlab.result/1", r.get("schema").getAsString(), names[i]);
            assertEquals(expectedId[i], r.getAsJsonObject("estimator").get("id").getAsString(), names[i]);
            assertEquals(expectedEffect[i], r.getAsJsonObject("statistics").get("effect").getAsString(), names[i]);
            assertEquals("ln_ci", r.getAsJsonObject("statistics").get("dependent").getAsString(), names[i]);
            JsonObject lnGdppc = GrunfeldEndToEndTest.coefficient(r, "ln_gdppc");
            for (String m : List.of("estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high")) {
                JsonElement e = lnGdppc.get(m);
                assertTrue(e != null && !e.isJsonNull() && Double.isFinite(e.getAsDouble()), names[i] + " ln_gdppc " + m);
            }
            JsonObject data = r.getAsJsonObject("data");
            assertEquals(30, data.get("n_entities").getAsInt(), names[i] + ": 30 provinces");
            assertEquals("cluster", r.getAsJsonObject("parameters").get("vcov").getAsString(), names[i]);
        }

        JsonObject hausman = Cli.parseObject(Cli.read(out.resolve("hausman.json")));
        assertEquals("hausman", hausman.getAsJsonArray("tests").get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(2, hausman.getAsJsonArray("models").size(), "FE and RE are both shown");
        JsonObject mediation = Cli.parseObject(Cli.read(out.resolve("mediation_rd.json")));
        JsonObject ms = mediation.getAsJsonObject("statistics");
        // The identity of the mediation decomposition holds on the common sample of the three FE equations.
        assertEquals(ms.get("c").getAsDouble() - ms.get("c_prime").getAsDouble(), ms.get("indirect").getAsDouble(), 1e-12);
        assertEquals(3, mediation.getAsJsonArray("models").size());
        assertTrue(mediation.getAsJsonObject("tables").has("bootstrap"));

        JsonObject ekc = Cli.parseObject(Cli.read(out.resolve("ekc_regions.json")));
        assertTrue(ekc.getAsJsonObject("tables").has("turning_points"), "the EKC reports its turning point");
        assertEquals(3, ekc.getAsJsonArray("models").size(), "one model per region");
        java.util.Set<String> tests = new java.util.HashSet<>();
        ekc.getAsJsonArray("tests").forEach(t -> tests.add(t.getAsJsonObject().get("name").getAsString()));
        assertTrue(tests.contains("lind_mehlum") && tests.contains("equal_across_groups"), tests.toString());
        JsonObject stepwise = Cli.parseObject(Cli.read(out.resolve("stepwise_fe.json")));
        assertEquals(4, stepwise.getAsJsonArray("models").size(), "base model plus three controls");

        JsonObject emissions = Cli.parseObject(Cli.read(out.resolve("emissions_ipcc.json")));
        assertTrue(emissions.getAsJsonObject("tables").has("emissions") && emissions.getAsJsonObject("tables").has("factors"));
        JsonObject ccd = Cli.parseObject(Cli.read(out.resolve("ccd_economy_innovation.json")));
        assertTrue(ccd.getAsJsonObject("tables").has("ccd"));
        JsonObject capital = Cli.parseObject(Cli.read(out.resolve("capital_stock.json")));
        assertTrue(capital.getAsJsonObject("tables").has("capital"));
        // The IPCC estimate tracks CEADs: the slope of the comparison regression is near 1.
        double slope = GrunfeldEndToEndTest.coefficient(Cli.parseObject(Cli.read(out.resolve("ipcc_vs_ceads.json"))),
                "co2_ceads_energy_mt").get("estimate").getAsDouble();
        assertTrue(slope > 0.8 && slope < 1.3, "IPCC vs CEADs slope " + slope);

        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.startsWith("# "), report);
        assertTrue(report.contains("Regression models of the study"), report);
        assertTrue(report.contains("ln_gdppc") && report.contains("| Entity FE") && report.contains("| Time FE"), report);
        for (String n : names) {
            assertTrue(report.contains("## " + n), "section " + n + ":\n" + report);
        }
        // The extracted example (a version 1 file) records the run: one result per analysis, all succeeded.
        Study recorded = loadStudy(out.resolve("study").resolve("china-provinces.carbonlab"));
        assertEquals(recorded.getAnalyses().size(), recorded.getResults().size());
        for (org.carbonlab.model.Result r : recorded.getResults()) {
            assertTrue(r.getStatus() == ResultStatus.OK || r.getStatus() == ResultStatus.WARNING,
                    r.getAnalysis().getName() + ": " + r.getStatus() + " " + r.getSummary());
            assertTrue(r.getSha256() != null && r.getPath().startsWith("../"), r.getPath());
        }
        Cli.assertNoTempFiles(out);
    }

    /**
     * The example's dynamic model and unit-root tests: system GMM two-step collapsed keeps 8 instruments for 30
     * provinces (instrument count, groups and AR(2)/Hansen in the result and in the report's table); the unit-root
     * tests of ln_ci in levels match plm 2.6.2 purtest (resources/china_dynamic, script.R there) at rel 1e-9.
     */
    @Test
    void demoReportsTheDynamicModelAndUnitRoots() {
        Path out = Cli.freshDir("demo-dynamic");
        Cli.run("demo", "--out", out.toString()).ok();
        JsonObject gmm = Cli.parseObject(Cli.read(out.resolve("gmm_dynamic_ci.json")));
        JsonObject st = gmm.getAsJsonObject("statistics");
        assertEquals(8, st.get("n_instruments").getAsInt());
        assertEquals(30, st.get("n_groups").getAsInt());
        assertEquals("system", st.get("transformation").getAsString());
        assertEquals(false, st.get("instruments_exceed_groups").getAsBoolean());
        // 2011-2019 differenced and 2010-2019 level equations: patents and fiscal data start in 2010
        assertEquals(270, st.get("n_diff_equations").getAsInt());
        assertEquals(300, st.get("n_level_equations").getAsInt());
        JsonObject hansen = GrunfeldEndToEndTest.test(gmm, "hansen");
        assertEquals(2, hansen.get("df").getAsInt(), "8 instruments, 6 coefficients");
        double ar2p = GrunfeldEndToEndTest.test(gmm, "ar2").get("p_value").getAsDouble();
        assertTrue(ar2p > 0.1, "no second-order autocorrelation: AR(2) p = " + ar2p);
        double rho = GrunfeldEndToEndTest.coefficient(gmm, "lag(ln_ci, 1)").get("estimate").getAsDouble();
        assertTrue(rho > 0.9 && rho < 1.1, "carbon intensity is highly persistent: " + rho);

        JsonObject ur = Cli.parseObject(Cli.read(out.resolve("unit_roots.json")));
        assertEquals(10, ur.getAsJsonArray("models").size(), "five variables in levels and first differences");
        JsonObject levels = ur.getAsJsonArray("models").get(0).getAsJsonObject();
        assertEquals("ln_ci (levels)", levels.get("name").getAsString());
        JsonObject ref = Cli.parseObject(Cli.resourceText("china_dynamic/expected.json"))
                .getAsJsonObject("unitroot_ln_ci_levels");
        for (String test : ref.keySet()) {
            JsonObject want = ref.getAsJsonObject(test);
            JsonObject got = null;
            for (JsonElement e : levels.getAsJsonArray("tests")) {
                if (e.getAsJsonObject().get("name").getAsString().equals(test)) {
                    got = e.getAsJsonObject();
                }
            }
            assertTrue(got != null, test);
            for (String[] k : new String[][] {{"statistic", "statistic"}, {"p", "p_value"}}) {
                double w = want.get(k[0]).getAsDouble();
                double g = got.get(k[1]).getAsDouble();
                assertTrue(Math.abs(g - w) <= 1e-9 * Math.abs(w), test + " " + k[0] + ": " + g + " vs plm " + w);
            }
        }
        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.contains("## gmm_dynamic_ci") && report.contains("## unit_roots"), "sections");
        assertTrue(report.contains("instruments: 8, groups: 30"), "the GMM column's note under the study table");
    }

    private static Study loadStudy(Path file) {
        try {
            return StudyFiles.load(file);
        } catch (StudyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void demoRejectsUnknownOptions() {
        Cli.Run run = Cli.run("demo", "--fast").expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("--fast"), run::describe);
    }

    @Test
    void demoOutWithoutAValueIsBadUsage() {
        Cli.Run run = Cli.run("demo", "--out").expectCode(CommandLine.BAD_INPUT);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("--out") && run.err().contains("value"), run::describe);
    }
}
