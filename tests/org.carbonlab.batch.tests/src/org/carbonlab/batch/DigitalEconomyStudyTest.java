package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Replication study 5 (issue 18), examples/digital-economy-carbon-intensity, run end to end by {@code carbonlab run}:
 * digital-economy value added by the input-output method and the IPCC CO2 of seven fuels against a hand calculation
 * in R at 1e-12, FE(1) and FE(7) against lm with explicit province dummies at 1e-8, Moran's I and z by year under
 * adjacency and the nested geo-economic matrix against spdep at 1e-8 (resources/digital_economy_study/reference.R ->
 * expected.csv), and every table, map and chart of the study exists.
 */
class DigitalEconomyStudyTest {
    private static final double ACCOUNTING_REL = 1e-12;
    private static final double REGRESSION_REL = 1e-8;
    private static final double MORAN_REL = 1e-8;
    private static final Path STUDY = Path.of("..", "..", "examples", "digital-economy-carbon-intensity",
            "digital-economy-carbon-intensity.carbonlab");

    private double worstAccounting;
    private double worstOther;

    @Test
    void studyRunsAndMatchesTheReferences() {
        Path out = Cli.freshDir("study-digital-economy");
        long start = System.nanoTime();
        Cli.Run run = Cli.run("run", STUDY.toString(), "--out", out.toString(), "--no-record").ok();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> ref = TechImportStudyTest.expectedFrom("digital_economy_study/expected.csv");

        int rows = 0;
        for (List<Object> row : TechImportStudyTest.rows(out, "digital_economy_io", "digital", "entity", "time", "digital_va")) {
            worstAccounting = Math.max(worstAccounting, close(ref, "digital_va." + row.get(0) + "." + row.get(1),
                    (Double) row.get(2), ACCOUNTING_REL));
            rows++;
        }
        assertEquals(180, rows, "30 provinces x 2012-2017");
        for (List<Object> row : TechImportStudyTest.rows(out, "co2_ipcc", "emissions", "entity", "time", "co2_total")) {
            worstAccounting = Math.max(worstAccounting, close(ref, "co2_ipcc." + row.get(0) + "." + row.get(1),
                    (Double) row.get(2), ACCOUNTING_REL));
        }
        JsonObject stepwise = TechImportStudyTest.json(out, "fe_stepwise");
        JsonArray models = stepwise.getAsJsonArray("models");
        assertEquals(7, models.size(), "FE(1)-FE(7)");
        other(ref, "fe1.ln_de", GrunfeldEndToEndTest.coefficient(models.get(0).getAsJsonObject(), "ln_de")
                .get("estimate").getAsDouble());
        for (String v : List.of("ln_de", "ln_pgdp", "industry", "fiscal", "rd_int", "ln_patents", "ln_pop")) {
            other(ref, "fe7." + v, GrunfeldEndToEndTest.coefficient(models.get(6).getAsJsonObject(), v)
                    .get("estimate").getAsDouble());
            other(ref, "fe7." + v, GrunfeldEndToEndTest.coefficient(TechImportStudyTest.json(out, "select_fe_f"), v)
                    .get("estimate").getAsDouble());
        }
        int moranRows = 0;
        for (String[] m : new String[][] {{"moran_adj", "adj"}, {"moran_nested", "nested"}}) {
            JsonObject t = TechImportStudyTest.json(out, m[0]).getAsJsonObject("tables").getAsJsonObject("moran");
            List<String> cols = TechImportStudyTest.columns(t);
            for (JsonElement e : t.getAsJsonArray("rows")) {
                JsonArray c = e.getAsJsonArray();
                if (!c.get(cols.indexOf("assumption")).getAsString().equals("randomisation")) {
                    continue;
                }
                String key = "moran." + m[1] + "." + c.get(cols.indexOf("period")).getAsLong() + ".";
                other(ref, key + "I", c.get(cols.indexOf("I")).getAsDouble());
                other(ref, key + "z", c.get(cols.indexOf("z")).getAsDouble());
                moranRows++;
            }
        }
        assertEquals(12, moranRows, "two matrices x six years");

        // model selection: F test of the FE, Breusch-Pagan LM of the RE, Hausman
        assertTrue(names(TechImportStudyTest.json(out, "select_fe_f")).contains("f_effects"),
                names(TechImportStudyTest.json(out, "select_fe_f")).toString());
        assertTrue(names(TechImportStudyTest.json(out, "select_re_lm")).stream().anyMatch(n -> n.contains("breusch")),
                names(TechImportStudyTest.json(out, "select_re_lm")).toString());
        assertEquals("hausman", TechImportStudyTest.json(out, "select_hausman").getAsJsonArray("tests").get(0)
                .getAsJsonObject().get("name").getAsString());
        // the quadratic's turning point is checked against the sample range of ln_de; the cubic may have none (its
        // slope never changes sign), which the result then says
        for (String poly : List.of("fe_quadratic", "fe_cubic")) {
            JsonObject r = TechImportStudyTest.json(out, poly);
            JsonObject tp = r.getAsJsonObject("tables").getAsJsonObject("turning_points");
            boolean none = r.getAsJsonArray("warnings").toString().contains("has no turning point");
            assertTrue(tp != null ? TechImportStudyTest.columns(tp).contains("inside_range") : none, poly);
        }
        assertTrue(TechImportStudyTest.json(out, "fe_quadratic").getAsJsonObject("tables").has("turning_points"));
        assertEquals(4, TechImportStudyTest.json(out, "fe_regions").getAsJsonArray("models").size(), "four regions");
        for (String sdm : List.of("sdm_time", "sdm_time_nested")) {
            JsonObject r = TechImportStudyTest.json(out, sdm);
            assertTrue(names(r).size() >= 4, sdm + " LR/Wald tests " + names(r));
            assertTrue(r.getAsJsonObject("tables").has("effects"), sdm);
        }
        assertEquals(5, TechImportStudyTest.json(out, "lm_tests").getAsJsonObject("tables").getAsJsonObject("tests")
                .getAsJsonArray("rows").size());
        Set<String> gmm = names(TechImportStudyTest.json(out, "gmm_system"));
        assertTrue(gmm.toString().contains("ar2") && gmm.toString().contains("hansen"), gmm.toString());

        String report = Cli.read(out.resolve("report.md"));
        for (String section : List.of("digital_economy_io", "describe", "select_hausman", "fe_stepwise", "fe_quadratic",
                "fe_cubic", "map_ci", "moran_adj", "moran_nested", "lm_tests", "table_sdm", "fe_regions", "table_robustness")) {
            assertTrue(report.contains("## " + section), "report section " + section);
        }
        ReportChartsCheck.assertCharts(out, report, List.of("moran_adj-moran_by_period", "moran_adj-moran_scatter",
                "fe_quadratic-turning_point_ln_de"));
        assertTrue(Cli.list(out).stream().anyMatch(f -> f.startsWith("map_ci") && f.endsWith(".png")), Cli.list(out).toString());
        System.out.println("DigitalEconomyStudyTest: run " + String.format("%.1f", seconds) + " s; largest relative error: "
                + "accounting " + worstAccounting + ", regression and Moran " + worstOther + "; " + run.errLines().size()
                + " warning lines");
    }

    private static Set<String> names(JsonObject result) {
        Set<String> names = new HashSet<>();
        if (result.has("tests")) {
            result.getAsJsonArray("tests").forEach(t -> names.add(t.getAsJsonObject().get("name").getAsString().toLowerCase()));
        }
        return names;
    }

    private void other(Map<String, Double> ref, String key, double actual) {
        worstOther = Math.max(worstOther, close(ref, key, actual, key.startsWith("moran") ? MORAN_REL : REGRESSION_REL));
    }

    private static double close(Map<String, Double> ref, String key, double actual, double rel) {
        Double expected = ref.get(key);
        assertTrue(expected != null, "no reference value for " + key);
        assertEquals(expected, actual, rel * Math.abs(expected), key);
        return Math.abs(actual - expected) / Math.abs(expected);
    }
}
