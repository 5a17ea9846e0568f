package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Replication study 2 (issue 18), examples/technology-import-key-industries, run end to end by {@code carbonlab run}:
 * every accounting step (technology stock, industrial CO2 with heat and regional grid factors, downscaled key-industry
 * CO2 with the steel carbon balance) against a hand calculation in R at 1e-12, the one- and two-way FE coefficients
 * against lm with explicit dummies at 1e-8, Moran's I and z by year under the three distance matrices against spdep at
 * 1e-8, the robustness step's focal coefficient per variant (the lagged technology stock among them) against lm at
 * 1e-8 (resources/tech_import_study/reference.R -> expected.csv), and every table and chart of the study exists.
 */
class TechImportStudyTest {
    private static final double ACCOUNTING_REL = 1e-12;
    private static final double REGRESSION_REL = 1e-8;
    private static final double MORAN_REL = 1e-8;
    private static final Path STUDY = Path.of("..", "..", "examples", "technology-import-key-industries",
            "technology-import-key-industries.carbonlab");

    private double worstAccounting;
    private double worstOther;

    @Test
    void studyRunsAndMatchesTheReferences() {
        Path out = Cli.freshDir("study-tech-import");
        long start = System.nanoTime();
        Cli.Run run = Cli.run("run", STUDY.toString(), "--out", out.toString(), "--no-record").ok();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> ref = expected();

        // accounting steps, every province-year
        int rows = 0;
        for (List<Object> row : rows(out, "tech_stock_pim", "capital", "entity", "time", "tech_stock")) {
            accounting(ref, "tech_stock." + row.get(0) + "." + row.get(1), (Double) row.get(2));
            rows++;
        }
        assertEquals(270, rows, "30 provinces x 2011-2019");
        for (List<Object> row : rows(out, "co2_industry_ipcc", "emissions", "entity", "time", "co2_total")) {
            accounting(ref, "co2_industry." + row.get(0) + "." + row.get(1), (Double) row.get(2));
        }
        for (List<Object> row : rows(out, "co2_key_industries", "downscaled", "entity", "time",
                "co2_industry_mt_steel_net", "co2_industry_mt_building", "co2_industry_mt_nonferrous",
                "co2_industry_mt_petrochem")) {
            String k = row.get(0) + "." + row.get(1);
            accounting(ref, "co2_steel." + k, (Double) row.get(2));
            accounting(ref, "co2_key." + k, (Double) row.get(2) + (Double) row.get(3) + (Double) row.get(4) + (Double) row.get(5));
        }
        // fixed effects: lm with explicit province (and year) dummies
        for (String model : List.of("fe_oneway", "fe_twoways")) {
            JsonObject r = json(out, model);
            for (String v : List.of("ln_tech", "ln_pgdp", "ln_pop", "rd_int")) {
                other(ref, model + "." + v, GrunfeldEndToEndTest.coefficient(r, v).get("estimate").getAsDouble(), REGRESSION_REL);
            }
            assertEquals(270, r.getAsJsonObject("data").get("n_obs").getAsInt(), model);
        }
        // Moran's I by year, randomisation z, under the three matrices
        String[][] moran = {{"moran_co2_inv", "ln_co2_key", "inv"}, {"moran_co2_inv2", "ln_co2_key", "inv2"},
                {"moran_co2_band", "ln_co2_key", "band"}, {"moran_tech_inv", "ln_tech", "inv"},
                {"moran_tech_inv2", "ln_tech", "inv2"}, {"moran_tech_band", "ln_tech", "band"}};
        int moranRows = 0;
        for (String[] m : moran) {
            JsonObject t = json(out, m[0]).getAsJsonObject("tables").getAsJsonObject("moran");
            List<String> cols = columns(t);
            for (JsonElement e : t.getAsJsonArray("rows")) {
                JsonArray c = e.getAsJsonArray();
                if (!c.get(cols.indexOf("assumption")).getAsString().equals("randomisation")) {
                    continue;
                }
                String key = "moran." + m[1] + "." + m[2] + "." + c.get(cols.indexOf("period")).getAsLong() + ".";
                other(ref, key + "I", c.get(cols.indexOf("I")).getAsDouble(), MORAN_REL);
                other(ref, key + "z", c.get(cols.indexOf("z")).getAsDouble(), MORAN_REL);
                moranRows++;
            }
        }
        assertEquals(6 * 9, moranRows, "six analyses x nine years");

        // the other steps ran with what the paper reports
        JsonObject units = json(out, "unit_roots");
        Set<String> tests = new HashSet<>();
        for (JsonElement e : units.getAsJsonObject("tables").getAsJsonObject("tests").getAsJsonArray("rows")) {
            tests.add(e.getAsJsonArray().get(columns(units.getAsJsonObject("tables").getAsJsonObject("tests")).indexOf("test"))
                    .getAsString());
        }
        assertTrue(tests.containsAll(List.of("llc", "fisher_adf", "fisher_pp")), tests.toString());
        assertTrue(json(out, "vif_pooled").getAsJsonObject("statistics").getAsJsonObject("vif").has("ln_tech"));
        assertEquals("hausman", json(out, "hausman").getAsJsonArray("tests").get(0).getAsJsonObject().get("name").getAsString());
        JsonObject lm = json(out, "lm_tests");
        assertEquals(5, lm.getAsJsonObject("tables").getAsJsonObject("tests").getAsJsonArray("rows").size());
        for (String sdm : List.of("sdm_inv", "sdm_inv2", "sdm_band")) {
            JsonObject r = json(out, sdm);
            Set<String> names = new HashSet<>();
            r.getAsJsonArray("tests").forEach(t -> names.add(t.getAsJsonObject().get("name").getAsString()));
            assertTrue(names.size() >= 4, sdm + " LR/Wald tests: " + names);
            assertTrue(r.getAsJsonObject("tables").has("effects"), sdm);
            for (String s : List.of("sigma2", "r2")) {
                assertTrue(r.getAsJsonObject("statistics").has(s), sdm + " " + s);
            }
        }
        JsonObject med = json(out, "mediation_patents");
        JsonObject ms = med.getAsJsonObject("statistics");
        assertEquals(ms.get("c").getAsDouble() - ms.get("c_prime").getAsDouble(), ms.get("indirect").getAsDouble(), 1e-12);
        assertEquals(0.99, med.getAsJsonObject("parameters").get("level").getAsDouble());
        assertEquals(500, med.getAsJsonObject("parameters").get("reps").getAsInt());
        for (String s : List.of("sobel_z", "sobel_p", "aroian_p", "goodman_p")) {
            assertTrue(Double.isFinite(ms.get(s).getAsDouble()), s);
        }
        assertEquals(500, ms.get("bootstrap_reps").getAsInt());
        assertTrue(med.getAsJsonObject("tables").has("bootstrap"));
        // robustness: the focal coefficient of each variant against lm with explicit dummies; the lagged variant
        // stands in with its term lag(ln_tech,1) over 2012-2019
        JsonObject robustness = json(out, "robustness");
        assertEquals(5, robustness.getAsJsonArray("models").size(), "baseline and four variants");
        JsonObject focal = robustness.getAsJsonObject("tables").getAsJsonObject("robustness");
        List<String> fc = columns(focal);
        List<String> variants = new ArrayList<>();
        for (JsonElement e : focal.getAsJsonArray("rows")) {
            JsonArray c = e.getAsJsonArray();
            String variant = c.get(fc.indexOf("variant")).getAsString();
            variants.add(variant);
            String key = variant.equals("baseline") ? "fe_twoways.ln_tech" : "robustness." + variant;
            other(ref, key, c.get(fc.indexOf("estimate")).getAsDouble(), REGRESSION_REL);
            assertEquals(variant.equals("lagged_tech") ? "lag(ln_tech,1)" : "ln_tech",
                    c.get(fc.indexOf("term")).getAsString(), variant);
            assertEquals(variant.equals("baseline") ? 270 : ref.get(key + ".n").intValue(),
                    c.get(fc.indexOf("n_obs")).getAsInt(), variant);
        }
        assertEquals(List.of("baseline", "steel_outcome", "no_municipalities", "ceads_outcome", "lagged_tech"), variants);

        String report = Cli.read(out.resolve("report.md"));
        for (String section : List.of("describe", "unit_roots", "vif_pooled", "hausman", "table_fe", "moran_co2_inv",
                "lm_tests", "table_sdm", "mediation_patents", "robustness")) {
            assertTrue(report.contains("## " + section), "report section " + section);
        }
        ReportChartsCheck.assertCharts(out, report, List.of("moran_co2_inv-moran_by_period", "moran_tech_band-moran_by_period",
                "mediation_patents-bootstrap_indirect", "robustness-focal_coefficient"));
        System.out.println("TechImportStudyTest: run " + String.format("%.1f", seconds) + " s; largest relative error: "
                + "accounting " + worstAccounting + ", regression and Moran " + worstOther + "\n" + run.errLines().size()
                + " warning lines");
    }

    private void accounting(Map<String, Double> ref, String key, double actual) {
        worstAccounting = Math.max(worstAccounting, close(ref, key, actual, ACCOUNTING_REL));
    }

    private void other(Map<String, Double> ref, String key, double actual, double rel) {
        worstOther = Math.max(worstOther, close(ref, key, actual, rel));
    }

    private static double close(Map<String, Double> ref, String key, double actual, double rel) {
        Double expected = ref.get(key);
        assertTrue(expected != null, "no reference value for " + key);
        assertEquals(expected, actual, rel * Math.abs(expected), key);
        return Math.abs(actual - expected) / Math.abs(expected);
    }

    static Map<String, Double> expectedFrom(String resource) {
        Map<String, Double> ref = new HashMap<>();
        for (String line : Cli.resourceText(resource).split("\\R")) {
            if (!line.isBlank() && !line.startsWith("key,")) {
                String[] kv = line.split(",");
                ref.put(kv[0], Double.parseDouble(kv[1]));
            }
        }
        return ref;
    }

    private static Map<String, Double> expected() {
        return expectedFrom("tech_import_study/expected.csv");
    }

    static JsonObject json(Path out, String analysis) {
        Path p = out.resolve(analysis + ".json");
        assertTrue(Files.isRegularFile(p), analysis + ".json missing; folder holds " + Cli.list(out));
        return Cli.parseObject(Cli.read(p));
    }

    static List<String> columns(JsonObject table) {
        List<String> cols = new ArrayList<>();
        table.getAsJsonArray("columns").forEach(c -> cols.add(c.getAsString()));
        return cols;
    }

    /** The named columns of a result table, row by row (entity and time as text, numbers as Double). */
    static List<List<Object>> rows(Path out, String analysis, String table, String... names) {
        JsonObject t = json(out, analysis).getAsJsonObject("tables").getAsJsonObject(table);
        List<String> cols = columns(t);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonElement e : t.getAsJsonArray("rows")) {
            JsonArray c = e.getAsJsonArray();
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                int k = cols.indexOf(names[i]);
                assertTrue(k >= 0, analysis + "." + table + " has no column " + names[i] + ": " + cols);
                row.add(i < 2 ? c.get(k).getAsString() : Double.valueOf(c.get(k).getAsDouble()));
            }
            rows.add(row);
        }
        return rows;
    }
}
