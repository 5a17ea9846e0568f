package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** panel.stepwise from the command line, and the publication-table options of {@code estimate}. */
class StepwiseTableCommandTest {

    @Test
    void stepwiseModelsEqualTheSingleEstimator() {
        JsonObject r = Cli.run("estimate", "panel.stepwise", "--data", Cli.grunfeld().toString(), "--entity", "firm",
                "--time", "year", "--set", "formula=inv ~ value", "--set", "controls=capital", "--set", "vcov=cluster").ok()
                .json();
        JsonArray models = r.getAsJsonArray("models");
        assertEquals(2, models.size());
        assertEquals("m1", models.get(0).getAsJsonObject().get("name").getAsString());
        JsonObject single = Cli.run("estimate", "panel.fe", "--data", Cli.grunfeld().toString(), "--entity", "firm",
                "--time", "year", "--set", "formula=inv ~ value + capital", "--set", "vcov=cluster").ok().json();
        JsonObject m2 = models.get(1).getAsJsonObject();
        for (int i = 0; i < 2; i++) {
            JsonObject a = m2.getAsJsonArray("coefficients").get(i).getAsJsonObject();
            JsonObject b = single.getAsJsonArray("coefficients").get(i).getAsJsonObject();
            assertEquals(b.get("term").getAsString(), a.get("term").getAsString());
            assertEquals(b.get("estimate").getAsDouble(), a.get("estimate").getAsDouble(), 0.0);
            assertEquals(b.get("std_error").getAsDouble(), a.get("std_error").getAsDouble(), 0.0);
        }
    }

    @Test
    void tableOptionsChangeTheParenthesesAndStars() {
        Cli.Run run = Cli.run("estimate", "panel.stepwise", "--data", Cli.grunfeld().toString(), "--entity", "firm",
                "--time", "year", "--set", "formula=inv ~ value", "--set", "controls=capital", "--format", "md",
                "--parenthesis", "t", "--stars", "0.05,0.01", "--notes", "Grunfeld data.").ok();
        assertTrue(run.out().contains("t statistics in parentheses"), run::describe);
        assertTrue(run.out().contains("Grunfeld data."), run::describe);
        assertTrue(!run.out().contains("p<0.1"), run::describe);
    }

    @Test
    void badTableOptionsAreUsageErrors() {
        Cli.Run run = Cli.run("estimate", "panel.fe", "--data", Cli.grunfeld().toString(), "--set",
                "formula=inv ~ value", "--parenthesis", "brackets").expectCode(CommandLine.BAD_INPUT);
        assertEquals("", run.out());
        assertTrue(run.err().contains("brackets"), run::describe);
    }
}
