package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * by= for panel.mediation and panel.stepwise: each group's models equal the same analysis run with
 * subset=region == "GROUP" (estimates and standard errors to 1e-12 relative), and the full-sample models stay
 * those of the run without by. Grunfeld with region east (firms 1-5) / west (6-10).
 */
class ByGroupCommandTest {
    private static Path data;

    @BeforeAll
    static void write() {
        StringBuilder sb = new StringBuilder("firm,year,inv,value,capital,region\n");
        for (String line : Cli.read(Cli.grunfeld()).lines().skip(1).toList()) {
            String[] c = line.split(",");
            sb.append(line).append(',').append(Integer.parseInt(c[0]) <= 5 ? "east" : "west").append('\n');
        }
        data = Cli.write(Cli.freshDir("by-group"), "grunfeld_region.csv", sb.toString());
    }

    private static JsonObject run(String id, List<String> sets) {
        List<String> args = new ArrayList<>(List.of("estimate", id, "--data", data.toString(), "--entity", "firm",
                "--time", "year"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new)).ok().json();
    }

    private static JsonObject model(JsonObject r, String name) {
        for (JsonElement m : r.getAsJsonArray("models")) {
            if (m.getAsJsonObject().get("name").getAsString().equals(name)) {
                return m.getAsJsonObject();
            }
        }
        throw new AssertionError("no model '" + name + "' in " + r.getAsJsonArray("models"));
    }

    private static void same(JsonObject expected, JsonObject actual) {
        JsonArray e = expected.getAsJsonArray("coefficients");
        JsonArray a = actual.getAsJsonArray("coefficients");
        assertEquals(e.size(), a.size());
        for (int i = 0; i < e.size(); i++) {
            for (String k : List.of("estimate", "std_error")) {
                double x = e.get(i).getAsJsonObject().get(k).getAsDouble();
                double y = a.get(i).getAsJsonObject().get(k).getAsDouble();
                assertTrue(Math.abs(x - y) <= 1e-12 * Math.abs(x), k + " " + i + ": " + x + " vs " + y);
            }
        }
    }

    private static void check(String id, List<String> sets) {
        List<String> withBy = new ArrayList<>(sets);
        withBy.add("by=region");
        JsonObject by = run(id, withBy);
        JsonObject full = run(id, sets);
        List<String> names = new ArrayList<>();
        full.getAsJsonArray("models").forEach(m -> names.add(m.getAsJsonObject().get("name").getAsString()));
        assertEquals(3 * names.size(), by.getAsJsonArray("models").size(), by.getAsJsonArray("models")::toString);
        for (String g : List.of("east", "west")) {
            List<String> subset = new ArrayList<>(sets);
            subset.add("subset=region == \"" + g + "\"");
            JsonObject only = run(id, subset);
            for (String n : names) {
                same(model(full, n), model(by, n));
                same(model(only, n), model(by, g + ": " + n));
            }
        }
    }

    @Test
    void mediationByGroupEqualsSubsetRuns() {
        check("panel.mediation", List.of("outcome=inv", "treatment=value", "mediator=capital", "reps=0"));
    }

    @Test
    void stepwiseByGroupEqualsSubsetRuns() {
        check("panel.stepwise", List.of("formula=inv ~ value", "controls=capital", "vcov=cluster"));
    }

    @Test
    void byGroupFromAStudy() {
        Path dir = data.getParent();
        Path study = Cli.write(dir, "by.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="By group">
                  <datasets name="g" source="grunfeld_region.csv" entityColumn="firm" timeColumn="year"/>
                  <analyses name="med" estimatorId="panel.mediation" dataset="g">
                    <parameters name="outcome" value="inv"/>
                    <parameters name="treatment" value="value"/>
                    <parameters name="mediator" value="capital"/>
                    <parameters name="reps" value="0"/>
                    <parameters name="by" value="region"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out-by");
        Cli.run("run", study.toString(), "--out", out.toString(), "--no-record").ok();
        JsonObject fromStudy = Cli.parseObject(Cli.read(out.resolve("med.json")));
        JsonObject only = run("panel.mediation", List.of("outcome=inv", "treatment=value", "mediator=capital", "reps=0",
                "subset=region == \"west\""));
        same(model(only, "outcome"), model(fromStudy, "west: outcome"));
    }
}
