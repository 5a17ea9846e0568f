package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Runs that succeed with warnings (on standard error and in the JSON {@code warnings}), and the
 * documented defaults of {@code carbonlab estimate}.
 */
class WarningsAndDefaultsTest {
    private static Path grunfeld;
    private static List<String> lines;

    @BeforeAll
    static void load() {
        grunfeld = Cli.grunfeld();
        lines = Cli.read(grunfeld).lines().toList();
    }

    @Test
    void entityAndTimeDefaultToTheFirstTwoColumns() {
        Cli.Run run = Cli.run("estimate", "panel.fe", "--data", grunfeld.toString(), "--set",
                "formula=inv ~ value + capital", "--set", "vcov=cluster").ok();
        JsonObject r = run.json();
        assertEquals(0.11012380412071845, GrunfeldEndToEndTest.coefficient(r, "value").get("estimate").getAsDouble(),
                1e-9 * 0.11);
        assertEquals(0.015194493942717381, GrunfeldEndToEndTest.coefficient(r, "value").get("std_error").getAsDouble(),
                1e-9 * 0.0152);
        assertEquals(10, r.getAsJsonObject("data").get("n_entities").getAsInt(), "firm is the entity");
        assertEquals(20, r.getAsJsonObject("data").get("n_periods").getAsInt(), "year is the time");
    }

    @Test
    void unbalancedPanelIsEstimatedWithAWarning() {
        // drop firm 4, year 1950
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            if (!l.startsWith("4,1950,")) {
                kept.add(l);
            }
        }
        assertEquals(lines.size() - 1, kept.size());
        Path file = Cli.write(Cli.freshDir("warn-unbalanced"), "unbalanced.csv", String.join("\n", kept) + "\n");
        Cli.Run run = Cli.run("estimate", "panel.fe", "--data", file.toString(), "--entity", "firm", "--time", "year",
                "--set", "formula=inv ~ value + capital").ok();
        JsonObject r = run.json();
        assertEquals(199, r.getAsJsonObject("data").get("n_obs").getAsInt());
        assertFalse(r.getAsJsonObject("data").get("balanced").getAsBoolean());
        assertEquals(187, r.getAsJsonObject("statistics").get("df_resid").getAsInt(), "199 - 10 - 2");
        assertTrue(contains(r.getAsJsonArray("warnings"), "unbalanced"), run::describe);
        assertTrue(run.err().contains("warning") && run.err().contains("unbalanced"), run::describe);
    }

    @Test
    void missingCellsDropRowsWithAWarning() {
        // inv of firm 2, year 1940 and capital of firm 5, year 1945 are missing (NA and empty)
        List<String> edited = new ArrayList<>();
        for (String l : lines) {
            String[] c = l.split(",", -1);
            if (l.startsWith("2,1940,")) {
                c[2] = "NA";
            } else if (l.startsWith("5,1945,")) {
                c[4] = "";
            }
            edited.add(String.join(",", c));
        }
        Path file = Cli.write(Cli.freshDir("warn-missing"), "missing.csv", String.join("\n", edited) + "\n");
        Cli.Run run = Cli.run("estimate", "panel.ols", "--data", file.toString(), "--entity", "firm", "--time", "year",
                "--set", "formula=inv ~ value + capital").ok();
        JsonObject r = run.json();
        assertEquals(198, r.getAsJsonObject("statistics").get("n_obs").getAsInt(), run::describe);
        assertEquals(195, r.getAsJsonObject("statistics").get("df_resid").getAsInt(), run::describe);
        JsonArray warnings = r.getAsJsonArray("warnings");
        assertTrue(contains(warnings, "2 of 200 rows"), () -> "the warning counts the dropped rows: " + warnings);
        assertTrue(run.err().contains("2 of 200 rows"), run::describe);
    }

    @Test
    void formulaWithTransformsNamesTermsAsWritten() {
        Cli.Run run = Cli.run("estimate", "panel.fe", "--data", grunfeld.toString(), "--entity", "firm", "--time", "year",
                "--set", "formula=log(inv) ~ log(value) + lag(capital,1) + I(value^2)").ok();
        JsonObject r = run.json();
        List<String> terms = new ArrayList<>();
        for (JsonElement e : r.getAsJsonArray("coefficients")) {
            terms.add(e.getAsJsonObject().get("term").getAsString());
        }
        assertTrue(terms.containsAll(List.of("log(value)", "lag(capital,1)", "I(value^2)")), terms::toString);
        // the first year of every firm has no lag
        assertEquals(190, r.getAsJsonObject("statistics").get("n_obs").getAsInt(), run::describe);
    }

    private static boolean contains(JsonArray warnings, String fragment) {
        for (JsonElement w : warnings) {
            if (w.getAsString().contains(fragment)) {
                return true;
            }
        }
        return false;
    }
}
