package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Replication study 4 (examples/carbon-trading-pilots): {@code carbonlab run} of the study file, its key numbers
 * against values made independently by resources/carbon-trading-pilots/make_reference.R (green TFP from lpSolve
 * distance functions; each stepwise DID model by lm with explicit city and year dummies and a hand-written cluster
 * sandwich: coefficient, SE, R² and adjusted R² of the dummy model; the Callaway–Sant'Anna post-period ATTs as
 * differences of group means), all at rel 1e-8; panel.did's TWFE and the placebo's true estimate equal the last
 * stepwise column; the permutation p-value recounted from the draws; the charts written and linked in paper order.
 */
class ReplicationCarbonTradingTest {
    private static final Path STUDY = Path.of("..", "..", "examples", "carbon-trading-pilots",
            "carbon-trading-pilots.carbonlab");
    private static final double REL = 1e-8;

    private static Map<String, Double> reference() {
        Map<String, Double> ref = new HashMap<>();
        List<String> lines = Cli.resourceText("carbon-trading-pilots/reference.csv").lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] kv = line.split(",");
            ref.put(kv[0], Double.parseDouble(kv[1]));
        }
        return ref;
    }

    private static void close(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= REL * Math.max(1e-3, Math.abs(expected)),
                what + ": expected " + expected + ", got " + actual + " (rel " + (actual - expected) / expected + ")");
    }

    private static JsonObject json(Path out, String analysis) {
        return Cli.parseObject(Cli.read(out.resolve(analysis + ".json")));
    }

    private static double coefficient(JsonObject model, String term, String field) {
        for (JsonElement c : model.getAsJsonArray("coefficients")) {
            if (term.equals(c.getAsJsonObject().get("term").getAsString())) {
                return c.getAsJsonObject().get(field).getAsDouble();
            }
        }
        throw new AssertionError("no term " + term + " in " + model.get("coefficients"));
    }

    private static JsonArray rows(JsonObject result, String table) {
        return result.getAsJsonObject("tables").getAsJsonObject(table).getAsJsonArray("rows");
    }

    private static int column(JsonObject result, String table, String name) {
        JsonArray cols = result.getAsJsonObject("tables").getAsJsonObject(table).getAsJsonArray("columns");
        for (int i = 0; i < cols.size(); i++) {
            if (name.equals(cols.get(i).getAsString())) {
                return i;
            }
        }
        throw new AssertionError("no column " + name + " in " + cols);
    }

    @Test
    void studyReproducesTheIndependentReference() throws Exception {
        Path out = Cli.freshDir("carbon-trading-pilots");
        Cli.Run run = Cli.run("run", STUDY.toString(), "--out", out.toString(), "--no-record").ok();
        Map<String, Double> ref = reference();

        // green TFP: the chained GML level bound as the variable gtfp
        JsonObject gml = json(out, "gml_index");
        int ce = column(gml, "levels", "entity");
        int ct = column(gml, "levels", "time");
        int cl = column(gml, "levels", "level");
        double sum2019 = 0;
        int n2019 = 0;
        for (JsonElement e : rows(gml, "levels")) {
            JsonArray r = e.getAsJsonArray();
            String city = r.get(ce).getAsString();
            long year = r.get(ct).getAsLong();
            double level = r.get(cl).getAsDouble();
            if (year == 2019) {
                sum2019 += level;
                n2019++;
            }
            if (city.equals("Shenzhen") && year == 2019) {
                close(ref.get("gtfp.Shenzhen_2019"), level, "gtfp Shenzhen 2019");
            }
            if (city.equals("Hefei") && year == 2015) {
                close(ref.get("gtfp.Hefei_2015"), level, "gtfp Hefei 2015");
            }
        }
        assertEquals(77, n2019);
        close(ref.get("gtfp.mean_2019"), sum2019 / n2019, "mean gtfp 2019");

        // the stepwise baseline table: every column against lm with dummies
        JsonObject stepwise = json(out, "did_baseline");
        JsonArray models = stepwise.getAsJsonArray("models");
        assertEquals(5, models.size());
        for (int m = 0; m < 5; m++) {
            JsonObject model = models.get(m).getAsJsonObject();
            String k = "m" + (m + 1);
            close(ref.get(k + ".did"), coefficient(model, "did", "estimate"), k + " did");
            close(ref.get(k + ".did_se"), coefficient(model, "did", "std_error"), k + " did SE");
            JsonObject stats = model.getAsJsonObject("statistics");
            close(ref.get(k + ".r2_lsdv"), stats.get("r2_lsdv").getAsDouble(), k + " R² with dummies");
            close(ref.get(k + ".adj_r2_lsdv"), stats.get("adj_r2_lsdv").getAsDouble(), k + " adjusted R² with dummies");
            assertEquals(ref.get(k + ".n").intValue(), stats.get("n_obs").getAsInt(), k + " N");
        }
        // panel.did and the placebo's real model are the full baseline model
        double full = ref.get("m5.did");
        close(full, coefficient(json(out, "did_pilots"), "treat_post", "estimate"), "panel.did TWFE");
        JsonObject placebo = json(out, "placebo");
        JsonObject ps = placebo.getAsJsonObject("statistics");
        close(full, ps.get("true_estimate").getAsDouble(), "placebo true estimate");
        int extreme = 0;
        int valid = 0;
        int cEst = column(placebo, "placebo", "estimate");
        for (JsonElement e : rows(placebo, "placebo")) {
            JsonElement est = e.getAsJsonArray().get(cEst);
            if (!est.isJsonNull()) {
                valid++;
                extreme += Math.abs(est.getAsDouble()) >= Math.abs(full) ? 1 : 0;
            }
        }
        assertEquals(500, valid);
        assertEquals((1.0 + extreme) / (valid + 1.0), ps.get("p_permutation").getAsDouble(), 1e-15);

        // heterogeneity-robust event study: post-period ATTs
        JsonObject cs = json(out, "event_study_cs");
        int cE = column(cs, "event_study", "event_time");
        int cB = column(cs, "event_study", "estimate");
        int post = 0;
        for (JsonElement e : rows(cs, "event_study")) {
            long et = e.getAsJsonArray().get(cE).getAsLong();
            if (et >= 0) {
                close(ref.get("cs.e" + et), e.getAsJsonArray().get(cB).getAsDouble(), "CS ATT e=" + et);
                post++;
            }
        }
        assertEquals(7, post);

        // charts beside the report, linked from it, and the report in the paper's order
        String report = Cli.read(out.resolve("report.md"));
        for (String chart : List.of("did_pilots-parallel_trends", "event_study-event_study",
                "event_study-parallel_trends", "event_study_cs-event_study", "placebo-placebo_distribution")) {
            assertTrue(Files.size(out.resolve(chart + ".png")) > 10_000, chart);
            assertTrue(Files.exists(out.resolve(chart + ".svg")), chart);
            assertTrue(report.contains("(" + chart + ".png)"), chart + " not linked from report.md");
        }
        assertTrue(report.contains("Adj. R² (FE as dummies)"), "the stepwise table prints the dummy-model adjusted R²");
        int last = -1;
        for (String section : List.of("## gml_index", "## describe_variables", "## did_baseline", "## did_pilots",
                "## event_study ", "## event_study_cs", "## placebo")) {
            int at = report.indexOf(section);
            assertTrue(at > last, section + " out of the paper's order");
            last = at;
        }
        assertTrue(run.err().isEmpty() || !run.err().contains("Exception"), run::describe);
    }
}
