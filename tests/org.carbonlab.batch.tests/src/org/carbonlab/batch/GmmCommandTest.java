package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate panel.gmm} on plm::EmplUK (resources/emplUK, plm 2.6.2 pgmm; NOTES.md there): the
 * two-step difference GMM of Arellano and Bond (1991) Table 4(b) matches the reference (coefficients and
 * Windmeijer SEs rel 1e-8, Hansen/AR(2)/Wald rel 1e-7, instrument and group counts exactly); bad input exits 2 with
 * the parameter named.
 */
class GmmCommandTest {
    private static final String FORMULA = "formula=log(emp) ~ lag(log(emp), 1:2) + log(wage) + lag(log(wage), 1)"
            + " + log(capital) + log(output) + lag(log(output), 1)";
    private static JsonObject expected;
    private static Path data;

    @BeforeAll
    static void load() {
        expected = Cli.parseObject(Cli.resourceText("emplUK/expected.json")).getAsJsonObject("difference_gmm_twosteps");
        data = Cli.resource("emplUK/data.csv");
    }

    private static Cli.Run run(String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", "panel.gmm", "--data", data.toString(), "--entity",
                "firm", "--time", "year"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void differenceTwoStepMatchesReference() {
        Cli.Run run = run(FORMULA, "gmm=lag(log(emp), 2:.)").ok();
        JsonObject r = run.json();
        JsonObject coef = expected.getAsJsonObject("coef");
        JsonObject se = expected.getAsJsonObject("se_robust");
        List<String> keys = new ArrayList<>(coef.keySet());
        int j = 0;
        for (JsonElement e : r.getAsJsonArray("coefficients")) {
            JsonObject c = e.getAsJsonObject();
            rel(coef.get(keys.get(j)).getAsDouble(), c.get("estimate").getAsDouble(), 1e-8, "coef " + keys.get(j));
            rel(se.get(keys.get(j)).getAsDouble(), c.get("std_error").getAsDouble(), 1e-8, "se " + keys.get(j));
            j++;
        }
        assertEquals(keys.size(), j, "coefficient count");
        JsonObject st = r.getAsJsonObject("statistics");
        assertEquals(38, st.get("n_instruments").getAsInt());
        assertEquals(140, st.get("n_groups").getAsInt());
        assertEquals(611, st.get("n_obs").getAsInt());
        assertEquals("z", st.get("statistic_type").getAsString());
        rel(expected.getAsJsonObject("sargan_hansen").get("statistic").getAsDouble(),
                GrunfeldEndToEndTest.test(r, "hansen").get("statistic").getAsDouble(), 1e-7, "hansen");
        rel(expected.getAsJsonObject("ar2_robust").get("statistic").getAsDouble(),
                GrunfeldEndToEndTest.test(r, "ar2").get("statistic").getAsDouble(), 1e-7, "ar2");
        rel(expected.getAsJsonObject("wald_coef_robust").get("statistic").getAsDouble(),
                GrunfeldEndToEndTest.test(r, "wald_slopes").get("statistic").getAsDouble(), 1e-7, "wald");
    }

    @Test
    void lagRangeBeyondThePanelIsNamed() {
        Cli.Run run = run(FORMULA, "gmm=lag(log(emp), 12:15)").expectCode(2);
        assertTrue(run.err().contains("lag(log(emp), 12:15)") && run.err().contains("beyond"), run.describe());
    }

    @Test
    void underIdentifiedIsNamed() {
        Cli.Run run = run(FORMULA, "gmm=lag(log(emp), 2:2)", "iv=none", "effect=individual", "collapse=true")
                .expectCode(2);
        assertTrue(run.err().contains("under-identified") && run.err().contains("1 instruments for 7 coefficients"),
                run.describe());
    }

    @Test
    void tooFewPeriodsAreNamed() {
        Path two = Cli.testRoot().resolve("gmm-two-periods.csv");
        try {
            List<String> lines = java.nio.file.Files.readAllLines(data);
            List<String> keep = new ArrayList<>(List.of(lines.get(0)));
            for (String l : lines.subList(1, lines.size())) {
                if (l.contains(",1980,") || l.contains(",1981,")) {
                    keep.add(l);
                }
            }
            java.nio.file.Files.write(two, keep);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli.Run run = Cli.run("estimate", "panel.gmm", "--data", two.toString(), "--entity", "firm", "--time", "year",
                "--set", "formula=log(emp) ~ lag(log(emp), 1)", "--set", "gmm=lag(log(emp), 2:.)").expectCode(2);
        assertTrue(run.err().contains("at least 3 periods") && run.err().contains("year"), run.describe());
    }

    private static void rel(double want, double got, double tol, String what) {
        double e = Math.abs(got - want) / Math.abs(want);
        assertTrue(e <= tol, what + ": expected " + want + " got " + got + " (rel " + e + ")");
    }
}
