package org.carbonlab.batch;

import static org.carbonlab.batch.StudyReferences.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Replication study 1 (examples/city-efficiency-integration): the study runs end to end and its key numbers match
 * resources/study_city_efficiency/reference.R, which rebuilds everything from the raw CSV in R (lpSolve super-SBM,
 * entropy/coupling coordination, explicit-dummy FE with Stata's clustered SEs, plm's phtest, hand-written two-step
 * difference GMM). Tolerances (relative, absolute below 1): measured variables and FE/mediation 1e-8, super-SBM
 * scores 1e-8, GMM coefficients and Hansen J 1e-7.
 */
class StudyCityEfficiencyTest {
    private static final String FOLDER = "city-efficiency-integration";
    private static final String REF = "study_city_efficiency/";
    private static final double TOL = 1e-8;
    private static final double GMM_TOL = 1e-7;
    private static final List<String> CONTROLS = List.of("ccd", "ln_pgdp", "urban_rate", "gov_share", "fdi_share",
            "ln_students", "secondary_share");

    @Test
    void studyRunsAndMatchesTheReferences() {
        Path out = StudyReferences.run(FOLDER);
        Map<String, Double> ref = StudyReferences.values(REF + "expected.csv");

        // measured variables, every city-year: capital stock, CO2, super-SBM efficiency, coupling coordination
        Map<String, Double> capital = StudyReferences.unitColumn(StudyReferences.result(out, "capital_stock"), "capital",
                "capital");
        Map<String, Double> co2 = StudyReferences.unitColumn(StudyReferences.result(out, "emissions"), "emissions",
                "co2_total");
        Map<String, Double> energy = StudyReferences.unitColumn(StudyReferences.result(out, "emissions"), "emissions",
                "energy_tce");
        Map<String, Double> cee = StudyReferences.unitColumn(StudyReferences.result(out, "carbon_efficiency"), "scores",
                "combined");
        Map<String, Double> ccd = StudyReferences.unitColumn(StudyReferences.result(out, "integration_ccd"), "ccd", "D");
        List<Map<String, String>> units = StudyReferences.csv(REF + "expected_units.csv");
        assertEquals(143, units.size(), "13 cities x 11 years");
        assertEquals(143, cee.size(), "one score per city-year");
        for (Map<String, String> u : units) {
            String k = u.get("city") + "@" + u.get("year");
            close("capital " + k, Double.parseDouble(u.get("capital")), capital.get(k), TOL);
            close("co2 " + k, Double.parseDouble(u.get("co2")), co2.get(k), TOL);
            close("cee " + k, Double.parseDouble(u.get("cee")), cee.get(k), TOL);
            close("ccd " + k, Double.parseDouble(u.get("ccd")), ccd.get(k), TOL);
        }
        for (String k : List.of("Nanjing@2010", "Suzhou@2020", "Suqian@2015", "Huai'an@2012")) {
            close("energy " + k, ref.get("energy." + k), energy.get(k), TOL);
        }

        // Table 6 column 7 = fe_full; Table 9 column 2 = carbon intensity: coefficients and clustered SEs
        for (String analysis : List.of("fe_full", "fe_carbon_intensity")) {
            JsonObject r = StudyReferences.result(out, analysis);
            for (String term : CONTROLS) {
                JsonObject c = GrunfeldEndToEndTest.coefficient(r, term);
                close(analysis + " " + term, ref.get(analysis + "." + term + ".estimate"),
                        c.get("estimate").getAsDouble(), TOL);
                close(analysis + " se " + term, ref.get(analysis + "." + term + ".std_error"),
                        c.get("std_error").getAsDouble(), TOL);
            }
        }
        JsonObject stepwise = StudyReferences.result(out, "stepwise_fe");
        assertEquals(7, stepwise.getAsJsonArray("models").size(), "seven stepwise models");
        JsonObject m1 = GrunfeldEndToEndTest.coefficient(StudyReferences.model(stepwise, "m1"), "ccd");
        close("stepwise m1 ccd", ref.get("stepwise_m1.ccd.estimate"), m1.get("estimate").getAsDouble(), TOL);
        close("stepwise m1 se", ref.get("stepwise_m1.ccd.std_error"), m1.get("std_error").getAsDouble(), TOL);
        JsonObject m7 = GrunfeldEndToEndTest.coefficient(StudyReferences.model(stepwise, "m7"), "ccd");
        close("stepwise m7 ccd", ref.get("fe_full.ccd.estimate"), m7.get("estimate").getAsDouble(), TOL);

        JsonObject hausman = StudyReferences.result(out, "hausman");
        close("hausman", ref.get("hausman.statistic"),
                GrunfeldEndToEndTest.test(hausman, "hausman").get("statistic").getAsDouble(), TOL);

        JsonObject ms = StudyReferences.result(out, "mediation_patents").getAsJsonObject("statistics");
        for (String k : List.of("a", "b", "c", "c_prime", "indirect", "by.Sunan.a", "by.Sunan.b", "by.Sunan.c",
                "by.Sunan.c_prime", "by.Sunan.indirect")) {
            close("mediation " + k, ref.get("mediation." + k), ms.get(k).getAsDouble(), TOL);
        }
        assertTrue(ms.has("by.Subei.c") && ms.has("by.Suzhong.c"), "mediation by each sub-region");

        JsonObject gmm = StudyReferences.result(out, "gmm_difference");
        for (String term : List.of("lag(cee, 1)", "ccd", "ln_pgdp", "urban_rate", "gov_share", "fdi_share",
                "ln_students", "secondary_share")) {
            close("gmm " + term, ref.get("gmm." + term + ".estimate"),
                    GrunfeldEndToEndTest.coefficient(gmm, term).get("estimate").getAsDouble(), GMM_TOL);
        }
        close("gmm hansen", ref.get("gmm.hansen"),
                GrunfeldEndToEndTest.test(gmm, "hansen").get("statistic").getAsDouble(), GMM_TOL);
        for (String t : List.of("ar1", "ar2", "sargan")) {
            assertTrue(Double.isFinite(GrunfeldEndToEndTest.test(gmm, t).get("p_value").getAsDouble()), t);
        }
        assertEquals(9, gmm.getAsJsonObject("statistics").get("n_instruments").getAsInt());

        // the robustness step re-runs fe_full as variants
        JsonObject robustness = StudyReferences.result(out, "robustness_ccd");
        for (String[] v : new String[][] {{"carbon_intensity", "fe_carbon_intensity"},
                {"before_2020", "robust_before_2020"}, {"without_nanjing", "robust_without_nanjing"}}) {
            JsonObject c = GrunfeldEndToEndTest.coefficient(StudyReferences.model(robustness, v[0]), "ccd");
            close("robustness " + v[0], ref.get(v[1] + ".ccd.estimate"), c.get("estimate").getAsDouble(), TOL);
            close("robustness se " + v[0], ref.get(v[1] + ".ccd.std_error"), c.get("std_error").getAsDouble(), TOL);
        }

        // the summaries by city and by sub-region average the same scores
        JsonObject byCity = StudyReferences.result(out, "efficiency_city_year");
        JsonObject all = byCity.getAsJsonObject("tables").getAsJsonObject("combined");
        var lastRow = all.getAsJsonArray("rows").get(all.getAsJsonArray("rows").size() - 1).getAsJsonArray();
        close("mean efficiency", ref.get("cee.mean"), lastRow.get(lastRow.size() - 1).getAsDouble(), TOL);
        assertEquals(14, all.getAsJsonArray("rows").size(), "13 cities and the all row");

        // the report: every table and chart, in the paper's order
        String report = Cli.read(out.resolve("report.md"));
        StudyReferences.assertSectionOrder(report, List.of("capital_stock", "emissions", "carbon_efficiency",
                "integration_ccd", "describe", "efficiency_city_year", "efficiency_subregion_year",
                "ccd_subregion_year", "hausman", "stepwise_fe", "mediation_patents", "fe_full", "fe_carbon_intensity",
                "gmm_difference", "robustness_ccd", "table_robustness"));
        assertTrue(Files.isRegularFile(out.resolve("report.html")), "report.html");
        ReportChartsCheck.assertCharts(out, report, List.of("carbon_efficiency-scores_over_time",
                "carbon_efficiency-scores_by_group", "carbon_efficiency-score_density", "integration_ccd-ccd_over_time",
                "mediation_patents-bootstrap_indirect", "mediation_patents-mediation_effects",
                "robustness_ccd-focal_coefficient"));
        Cli.assertNoTempFiles(out);
    }
}
