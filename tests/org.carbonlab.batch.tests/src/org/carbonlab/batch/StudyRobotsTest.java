package org.carbonlab.batch;

import static org.carbonlab.batch.StudyReferences.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Replication study 3 (examples/robots-industrial-carbon): the study runs end to end and its key numbers match
 * resources/study_robots/reference.R, which rebuilds them from the raw CSVs in R (shift-share sums, lpSolve super-SBM
 * per year, explicit-dummy two-way FE with Stata's clustered SEs, AER::ivreg, spdep::moran.test, and the two-way FE
 * SDM by its concentrated likelihood maximised with optimize()). Tolerances (relative, absolute below 1): 1e-8 for
 * exposure, efficiency scores, regressions and Moran's I; 1e-6 for the SDM (R's optimize() tolerance on rho).
 */
class StudyRobotsTest {
    private static final String FOLDER = "robots-industrial-carbon";
    private static final String REF = "study_robots/";
    private static final double TOL = 1e-8;
    private static final double SDM_TOL = 1e-6;

    @Test
    void studyRunsAndMatchesTheReferences() {
        Path out = StudyReferences.run(FOLDER);
        Map<String, Double> ref = StudyReferences.values(REF + "expected.csv");

        Map<String, Double> ice = StudyReferences.unitColumn(StudyReferences.result(out, "industrial_efficiency"),
                "scores", "combined");
        Map<String, Double> exposure = StudyReferences.unitColumn(StudyReferences.result(out, "shiftshare_exposure"),
                "shiftshare", "robot_exposure");
        Map<String, Double> iv = StudyReferences.unitColumn(StudyReferences.result(out, "shiftshare_instrument"),
                "shiftshare", "robot_iv");
        List<Map<String, String>> units = StudyReferences.csv(REF + "expected_units.csv");
        assertEquals(284 * 13, units.size(), "284 cities x 13 years");
        assertEquals(284 * 13, ice.size());
        for (Map<String, String> u : units) {
            String k = u.get("city") + "@" + u.get("year");
            close("ice " + k, Double.parseDouble(u.get("ice")), ice.get(k), TOL);
            close("exposure " + k, Double.parseDouble(u.get("robot_exposure")), exposure.get(k), TOL);
            close("instrument " + k, Double.parseDouble(u.get("robot_iv")), iv.get(k), TOL);
        }

        JsonObject baseline = StudyReferences.result(out, "baseline");
        JsonObject m2 = StudyReferences.model(baseline, "m2");
        for (String term : List.of("ln_robot", "ln_pgdp", "fdi_share", "fiscal_share", "finance_ratio", "urban_rate")) {
            JsonObject c = GrunfeldEndToEndTest.coefficient(m2, term);
            close("baseline " + term, ref.get("baseline." + term + ".estimate"), c.get("estimate").getAsDouble(), TOL);
            close("baseline se " + term, ref.get("baseline." + term + ".std_error"), c.get("std_error").getAsDouble(),
                    TOL);
        }
        close("baseline m1", ref.get("baseline_m1.ln_robot.estimate"),
                GrunfeldEndToEndTest.coefficient(StudyReferences.model(baseline, "m1"), "ln_robot").get("estimate")
                        .getAsDouble(), TOL);

        for (String[] m : new String[][] {{"mediation_energy", "ln_energy_intensity"},
                {"mediation_green_patents", "ln_green_patents"}}) {
            JsonObject s = StudyReferences.result(out, m[0]).getAsJsonObject("statistics");
            for (String k : List.of("a", "b", "c_prime")) {
                close(m[0] + " " + k, ref.get(m[1] + "." + k), s.get(k).getAsDouble(), TOL);
            }
        }
        JsonObject moderation = StudyReferences.result(out, "moderation_market");
        close("moderation interaction", ref.get("moderation_market.interaction"),
                GrunfeldEndToEndTest.coefficient(moderation, "ln_robot:market_index_c").get("estimate").getAsDouble(),
                TOL);
        close("moderation robots", ref.get("moderation_market.ln_robot"),
                GrunfeldEndToEndTest.coefficient(moderation, "ln_robot").get("estimate").getAsDouble(), TOL);
        JsonObject region = StudyReferences.result(out, "heterogeneity_region");
        close("east", ref.get("heterogeneity.east.ln_robot"), GrunfeldEndToEndTest
                .coefficient(StudyReferences.model(region, "east"), "ln_robot").get("estimate").getAsDouble(), TOL);
        GrunfeldEndToEndTest.test(region, "equal_across_groups");
        assertEquals(2, StudyReferences.result(out, "heterogeneity_resource").getAsJsonArray("models").size());

        close("did", ref.get("did.treat_post"), GrunfeldEndToEndTest.coefficient(
                StudyReferences.result(out, "did_pilot"), "treat_post").get("estimate").getAsDouble(), TOL);
        JsonObject ivResult = StudyReferences.result(out, "iv_2sls");
        close("iv", ref.get("iv.ln_robot"),
                GrunfeldEndToEndTest.coefficient(ivResult, "ln_robot").get("estimate").getAsDouble(), TOL);
        close("first stage", ref.get("iv.first_stage.ln_robot_iv"), GrunfeldEndToEndTest.coefficient(
                StudyReferences.model(ivResult, "first_stage:ln_robot"), "ln_robot_iv").get("estimate").getAsDouble(),
                TOL);

        JsonObject gmm = StudyReferences.result(out, "gmm_system");
        for (String t : List.of("ar1", "ar2", "hansen")) {
            assertTrue(Double.isFinite(GrunfeldEndToEndTest.test(gmm, t).get("p_value").getAsDouble()), t);
        }
        int instruments = gmm.getAsJsonObject("statistics").get("n_instruments").getAsInt();
        assertTrue(instruments > 0 && instruments < 284, "instrument count " + instruments);

        // Moran's I and its z under randomisation, every year, inverse distance
        JsonObject moran = StudyReferences.result(out, "moran_by_year").getAsJsonObject("tables").getAsJsonObject("moran");
        List<String> cols = moran.getAsJsonArray("columns").asList().stream().map(JsonElement::getAsString).toList();
        int seen = 0;
        for (JsonElement row : moran.getAsJsonArray("rows")) {
            JsonArray r = row.getAsJsonArray();
            if (!"randomisation".equals(r.get(cols.indexOf("assumption")).getAsString())) {
                continue;
            }
            long year = r.get(cols.indexOf("period")).getAsLong();
            close("moran I " + year, ref.get("moran." + year + ".I"), r.get(cols.indexOf("I")).getAsDouble(), TOL);
            close("moran z " + year, ref.get("moran." + year + ".z"), r.get(cols.indexOf("z")).getAsDouble(), TOL);
            seen++;
        }
        assertEquals(13, seen, "Moran's I for each year 2011-2023");

        for (String w : List.of("sdm_adjacency", "sdm_distance")) {
            JsonObject sdm = StudyReferences.result(out, w);
            for (String term : List.of("rho", "ln_robot", "W*ln_robot")) {
                close(w + " " + term, ref.get(w + "." + term),
                        GrunfeldEndToEndTest.coefficient(sdm, term).get("estimate").getAsDouble(), SDM_TOL);
            }
            close(w + " sigma2", ref.get(w + ".sigma2"), sdm.getAsJsonObject("statistics").get("sigma2").getAsDouble(),
                    SDM_TOL);
        }
        for (String w : List.of("sdm_adjacency", "sdm_distance", "sdm_economic", "sdm_nested")) {
            JsonObject effects = StudyReferences.result(out, w).getAsJsonObject("tables").getAsJsonObject("effects");
            assertEquals(18, effects.getAsJsonArray("rows").size(), w + ": direct, indirect, total for six regressors");
        }

        String report = Cli.read(out.resolve("report.md"));
        StudyReferences.assertSectionOrder(report, List.of("industrial_efficiency", "shiftshare_exposure",
                "shiftshare_instrument", "describe", "efficiency_region_year", "baseline", "mediation_energy",
                "mediation_green_patents", "moderation_market", "moderation_regulation", "heterogeneity_region",
                "heterogeneity_resource", "did_pilot", "iv_2sls", "gmm_system", "table_identification",
                "moran_by_year",
                "sdm_adjacency", "sdm_distance", "sdm_economic", "sdm_nested", "table_sdm"));
        assertTrue(report.contains("| Adjacency |  | Inverse distance |  | Economic |  | Nested |")
                && report.contains("| Main | Wx | Main | Wx |"), "the SDM table shows Main and Wx columns per matrix");
        ReportChartsCheck.assertCharts(out, report, List.of("industrial_efficiency-scores_over_time",
                "industrial_efficiency-scores_by_group", "moran_by_year-moran_by_period",
                "moran_by_year-moran_scatter_2011", "moran_by_year-moran_scatter_2015",
                "moran_by_year-moran_scatter_2019", "moran_by_year-moran_scatter_2023"));
        Cli.assertNoTempFiles(out);
    }
}
