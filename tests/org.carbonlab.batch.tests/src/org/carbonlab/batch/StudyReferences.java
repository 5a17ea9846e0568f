package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Test support for the replication studies under examples/: runs a study with {@code carbonlab run --no-record}, reads
 * the reference values an R script wrote ({@code name,value} and per-unit CSVs with a header row, quoted fields
 * allowed), and compares numbers at a relative tolerance (absolute below 1, so values near zero are not over-tested).
 */
final class StudyReferences {
    private StudyReferences() {
    }

    /** The example study file {@code examples/FOLDER/FOLDER.carbonlab} of this checkout. */
    static Path study(String folder) {
        Path p = Path.of("..", "..", "examples", folder, folder + ".carbonlab").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(p), () -> "example study not found: " + p);
        return p;
    }

    /** Runs the study into a fresh folder (the study file is left untouched) and returns that folder. */
    static Path run(String folder) {
        Path out = Cli.freshDir("study-" + folder);
        Cli.run("run", study(folder).toString(), "--out", out.toString(), "--no-record").ok();
        return out;
    }

    /** The rows of a CSV test resource as header -> value maps (simple quoted fields, no embedded quotes). */
    static List<Map<String, String>> csv(String resource) {
        List<String> lines = Cli.resourceText(resource).lines().filter(l -> !l.isBlank()).toList();
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), f.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A {@code name,value} CSV test resource as a map. */
    static Map<String, Double> values(String resource) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map<String, String> row : csv(resource)) {
            m.put(row.get("name"), Double.parseDouble(row.get("value")));
        }
        return m;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** |actual - expected| <= tol * max(1, |expected|); returns the relative error for the report of largest errors. */
    static double close(String what, double expected, double actual, double tol) {
        double scale = Math.max(1.0, Math.abs(expected));
        double err = Math.abs(actual - expected) / scale;
        if (!(err <= tol)) {
            fail(what + ": expected " + expected + ", got " + actual + " (error " + err + " > " + tol + ")");
        }
        return err;
    }

    static JsonObject result(Path out, String analysis) {
        Path p = out.resolve(analysis + ".json");
        assertTrue(Files.isRegularFile(p), () -> analysis + ".json missing; folder holds " + Cli.list(out));
        return Cli.parseObject(Cli.read(p));
    }

    /** A per-unit table of a result as "entity@time" -> value of {@code column}. */
    static Map<String, Double> unitColumn(JsonObject result, String table, String column) {
        JsonObject t = result.getAsJsonObject("tables").getAsJsonObject(table);
        assertTrue(t != null, () -> "no table " + table);
        List<String> cols = new ArrayList<>();
        t.getAsJsonArray("columns").forEach(e -> cols.add(e.getAsString()));
        int e = cols.indexOf("entity");
        int time = cols.indexOf("time");
        int c = cols.indexOf(column);
        assertTrue(e >= 0 && c >= 0, () -> table + " lacks entity or " + column + ": " + cols);
        Map<String, Double> m = new LinkedHashMap<>();
        for (JsonElement row : t.getAsJsonArray("rows")) {
            JsonArray r = row.getAsJsonArray();
            String k = r.get(e).getAsString() + (time >= 0 ? "@" + r.get(time).getAsLong() : "");
            m.put(k, r.get(c).isJsonNull() ? Double.NaN : r.get(c).getAsDouble());
        }
        return m;
    }

    /** A model of a multi-model result by name. */
    static JsonObject model(JsonObject result, String name) {
        for (JsonElement m : result.getAsJsonArray("models")) {
            if (name.equals(m.getAsJsonObject().get("name").getAsString())) {
                return m.getAsJsonObject();
            }
        }
        throw new AssertionError("no model '" + name + "' in " + result.getAsJsonArray("models").size() + " models");
    }

    /** The sections of report.md appear in this order. */
    static void assertSectionOrder(String report, List<String> analyses) {
        int at = -1;
        for (String a : analyses) {
            int i = report.indexOf("\n## " + a + " (");
            assertTrue(i > at, () -> "section " + a + " missing or out of order in report.md");
            at = i;
        }
    }
}
