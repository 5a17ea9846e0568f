package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code carbonlab estimators [--json]}: the installed estimators with their parameter schemas. */
class EstimatorsCommandTest {

    @Test
    void jsonListsPanelEstimatorsWithTheirParameters() {
        Cli.Run run = Cli.run("estimators", "--json").ok();
        assertTrue(run.err().isBlank(), run::describe);
        JsonElement parsed = JsonParser.parseString(run.out());
        assertTrue(parsed.isJsonArray(), run::describe);
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        for (JsonElement e : parsed.getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            byId.put(o.get("id").getAsString(), o);
        }
        assertTrue(byId.containsKey("panel.ols"), () -> "panel.ols missing: " + byId.keySet());
        assertTrue(byId.containsKey("panel.fe"), () -> "panel.fe missing: " + byId.keySet());

        for (String id : List.of("panel.ols", "panel.fe")) {
            JsonObject o = byId.get(id);
            assertEquals("panel", o.get("category").getAsString(), id + " category");
            assertFalse(o.get("name").getAsString().isBlank(), id + " name");
            assertEquals("org.carbonlab.panel", o.get("bundle").getAsString(), id + " contributor");
            assertTrue(o.has("version") && !o.get("version").getAsString().isBlank(), id + " version");
            assertTrue(o.has("description"), id + " description");

            Map<String, JsonObject> params = params(o);
            JsonObject formula = params.get("formula");
            assertNotNull(formula, id + " formula parameter");
            assertEquals("formula", formula.get("type").getAsString());
            assertTrue(formula.get("required").getAsBoolean(), "formula is required");
            assertFalse(formula.has("default"), "formula has no default");

            assertChoice(params.get("vcov"), "classical", List.of("classical", "robust", "cluster"));
            assertChoice(params.get("ssc"), "stata", List.of("stata", "none"));

            JsonObject cluster = params.get("cluster");
            assertNotNull(cluster, id + " cluster parameter");
            assertEquals("column", cluster.get("type").getAsString());
            assertFalse(cluster.get("required").getAsBoolean());

            JsonObject level = params.get("level");
            assertNotNull(level, id + " level parameter");
            assertEquals("double", level.get("type").getAsString());
            assertEquals(0.95, Double.parseDouble(level.get("default").getAsString()), 0.0);
            assertTrue(level.get("min").getAsDouble() > 0 && level.get("max").getAsDouble() < 1, "level bounds in (0,1)");

            for (JsonObject p : params.values()) {
                assertTrue(p.has("doc") && !p.get("doc").getAsString().isBlank(),
                        id + " parameter " + p.get("name") + " is documented");
            }
        }
        assertChoice(params(byId.get("panel.fe")).get("effect"), "individual", List.of("individual", "time", "twoways"));
        assertFalse(params(byId.get("panel.ols")).containsKey("effect"), "pooled OLS has no effect parameter");
    }

    @Test
    void textListingShowsIdsParametersAndDefaults() {
        Cli.Run run = Cli.run("estimators").ok();
        String out = run.out();
        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("panel.ols ")), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("panel.fe ")), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.contains("formula") && l.contains("(required)")), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.contains("vcov") && l.contains("classical|robust|cluster")
                && l.contains("(default classical)")), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.contains("effect") && l.contains("individual|time|twoways")
                && l.contains("(default individual)")), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.contains("ssc") && l.contains("stata|none")), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.contains("level") && l.contains("(default 0.95)")), run::describe);
    }

    @Test
    void unknownOptionOfEstimatorsIsBadUsage() {
        Cli.Run run = Cli.run("estimators", "--yaml").expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("--yaml"), run::describe);
    }

    private static Map<String, JsonObject> params(JsonObject estimator) {
        JsonArray list = estimator.getAsJsonArray("parameters");
        assertNotNull(list, "parameters of " + estimator.get("id"));
        Map<String, JsonObject> byName = new LinkedHashMap<>();
        for (JsonElement e : list) {
            byName.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
        }
        return byName;
    }

    private static void assertChoice(JsonObject p, String defaultValue, List<String> allowed) {
        assertNotNull(p, "choice parameter with allowed " + allowed);
        assertEquals("choice", p.get("type").getAsString(), p.toString());
        assertEquals(defaultValue, p.get("default").getAsString(), p.toString());
        List<String> actual = new ArrayList<>();
        p.getAsJsonArray("allowed").forEach(e -> actual.add(e.getAsString()));
        assertEquals(allowed, actual, p.toString());
    }
}
