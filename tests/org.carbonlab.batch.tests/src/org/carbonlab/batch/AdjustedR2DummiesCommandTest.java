package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code panel.stepwise --set adj_r2=true}: every model's R² and adjusted R² with the fixed effects as explicit
 * dummies (statistics r2_lsdv, adj_r2_lsdv) equal R's summary(lm(inv ~ value [+ capital] + factor(firm) +
 * factor(year), grunfeld)) at 1e-12, and the publication table prints the row only when asked.
 */
class AdjustedR2DummiesCommandTest {
    // R 4.2: summary(lm(...))$r.squared and $adj.r.squared on tests/.../grunfeld/data.csv
    private static final double[] R2 = {0.88075133572959685, 0.95169339968122246};
    private static final double[] ADJ_R2 = {0.86040891653052809, 0.9431182635299602};

    private static String[] args(String format, boolean adj) {
        return new String[] {"estimate", "panel.stepwise", "--data", Cli.grunfeld().toString(), "--entity", "firm",
            "--time", "year", "--set", "formula=inv ~ value", "--set", "controls=capital", "--set", "effect=twoways",
            "--set", "adj_r2=" + adj, "--format", format};
    }

    @Test
    void dummyModelRSquaredMatchesLmWithFactors() {
        JsonObject r = Cli.run(args("json", true)).ok().json();
        JsonArray models = r.getAsJsonArray("models");
        for (int m = 0; m < 2; m++) {
            JsonObject s = models.get(m).getAsJsonObject().getAsJsonObject("statistics");
            assertEquals(R2[m], s.get("r2_lsdv").getAsDouble(), 1e-12, "R² m" + (m + 1));
            assertEquals(ADJ_R2[m], s.get("adj_r2_lsdv").getAsDouble(), 1e-12, "adjusted R² m" + (m + 1));
        }
        String md = Cli.run(args("md", true)).ok().out();
        String row = md.lines().filter(l -> l.contains("Adj. R² (FE as dummies)")).findFirst().orElseThrow(
                () -> new AssertionError("no adjusted R² row in\n" + md));
        assertTrue(row.contains("0.860") && row.contains("0.943"), row);
        assertFalse(Cli.run(args("md", false)).ok().out().contains("FE as dummies"));
    }
}
