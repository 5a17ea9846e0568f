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
        ReportChartsCheck.assertCharts(out, report, List.of(
                "carbon_efficiency_sbm-scores_over_time", "carbon_efficiency_sbm-score_density",
                "ccd_economy_innovation-ccd_over_time", "ekc_regions-turning_point_ln_gdppc",
                "mediation_rd-bootstrap_indirect", "mediation_rd-mediation_effects",
                "moran_co2_pc-moran_by_period", "moran_co2_pc-moran_scatter"));
        Cli.assertNoTempFiles(out);
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
