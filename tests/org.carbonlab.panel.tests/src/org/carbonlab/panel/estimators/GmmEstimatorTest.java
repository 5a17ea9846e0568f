package org.carbonlab.panel.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * panel.gmm end to end on plm::EmplUK (resources/emplUK): the parameters give the reference models (plm 2.6.2 pgmm),
 * coefficients and robust SEs at rel 1e-8, Hansen/AR/Wald at rel 1e-7, counts exactly; and the bad inputs named.
 */
class GmmEstimatorTest {
    private static final String DIFF = "log(emp) ~ lag(log(emp), 1:2) + log(wage) + lag(log(wage), 1) + log(capital)"
            + " + log(output) + lag(log(output), 1)";
    private static final String SYS = "log(emp) ~ lag(log(emp), 1) + log(wage) + lag(log(wage), 1) + log(capital)"
            + " + lag(log(capital), 1)";

    static PanelFrame emplUk() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("resources", "emplUK", "data.csv"));
        String[] header = lines.get(0).split(",");
        int n = lines.size() - 1;
        int[] firm = new int[n];
        int[] year = new int[n];
        double[][] cols = new double[header.length][n];
        for (int r = 0; r < n; r++) {
            String[] f = lines.get(r + 1).split(",");
            for (int c = 0; c < header.length; c++) {
                cols[c][r] = Double.parseDouble(f[c]);
            }
            firm[r] = (int) cols[0][r];
            year[r] = (int) cols[1][r];
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("firm").timeColumn("year").entities(firm).times(year)
                .source("emplUK/data.csv");
        for (int c = 2; c < header.length; c++) {
            b.column(header[c], cols[c]);
        }
        return b.build();
    }

    private static JsonObject expected(String key) throws IOException {
        return RandomEffectsEstimatorTest.json(Path.of("resources", "emplUK", "expected.json")).getAsJsonObject(key);
    }

    @Test
    void differenceTwoStepMatchesPgmm() throws IOException {
        Result r = RandomEffectsEstimatorTest.fit(new GmmEstimator(), emplUk(), "formula", DIFF,
                "gmm", "lag(log(emp), 2:.)");
        check(r, expected("difference_gmm_twosteps"), 7);
        assertEquals("z", r.statistic("statistic_type"));
        assertTrue(r.inference().normal());
    }

    @Test
    void differenceOneStepMatchesPgmm() throws IOException {
        Result r = RandomEffectsEstimatorTest.fit(new GmmEstimator(), emplUk(), "formula", DIFF,
                "gmm", "lag(log(emp), 2:99)", "steps", "onestep");
        check(r, expected("difference_gmm_onestep"), 7);
    }

    @Test
    void systemMatchesPgmmAndWarnsAboutInstrumentCount() throws IOException {
        for (String steps : new String[] {"onestep", "twostep"}) {
            Result r = RandomEffectsEstimatorTest.fit(new GmmEstimator(), emplUk(), "formula", SYS,
                    "gmm", "lag(log(emp), 2:.); lag(log(wage), 2:.); lag(log(capital), 2:.)",
                    "transformation", "system", "steps", steps);
            check(r, expected(steps.equals("onestep") ? "system_gmm_onestep" : "system_gmm_twosteps"), 5);
            // difference-in-Hansen for the 21 level GMM-style instruments: J(full) - J(without them), the restricted
            // model (92 instruments, df 79) fitted on its own
            TestResult dih = r.test("diff_hansen_levels").orElseThrow();
            TestResult restricted = r.test("hansen_excluding_levels").orElseThrow();
            assertEquals(21.0, dih.df()[0]);
            assertEquals(79.0, restricted.df()[0]);
            close(r.test("hansen").orElseThrow().statistic() - restricted.statistic(), dih.statistic(), 1e-12, "dih");
            assertTrue(dih.statistic() > 0, "difference-in-Hansen " + dih.statistic());
            System.out.println("emplUK system " + steps + ": diff-in-Hansen(levels) = " + dih.statistic() + ", J without "
                    + "level instruments = " + restricted.statistic());
            // 113 instruments for 140 firms: no warning; difference GMM with 38 neither
            assertFalse(r.warnings().stream().anyMatch(w -> w.contains("outnumber")));
        }
    }

    @Test
    void collapseReducesInstrumentsAndTooManyInstrumentsWarn() throws IOException {
        PanelFrame data = emplUk();
        Result collapsed = RandomEffectsEstimatorTest.fit(new GmmEstimator(), data, "formula", SYS,
                "gmm", "lag(log(emp), 2:.); lag(log(wage), 2:.); lag(log(capital), 2:.)",
                "transformation", "system", "collapse", "true");
        // per variable 7 lags (2..8) in differences, 1 in levels; + intercept + 7 dummies
        assertEquals(3 * 7 + 3 + 8, ((Number) collapsed.statistic("n_instruments")).intValue());
        PanelFrame few = data.subset(firstFirms(data, 25));
        Result many = RandomEffectsEstimatorTest.fit(new GmmEstimator(), few, "formula", SYS,
                "gmm", "lag(log(emp), 2:.); lag(log(wage), 2:.); lag(log(capital), 2:.)", "transformation", "system");
        assertTrue(many.warnings().stream().anyMatch(w -> w.contains("113 instruments for 25 groups")
                && w.contains("collapse=true") && w.contains("shorter lag ranges")), many.warnings().toString());
        assertEquals(Boolean.TRUE, many.statistic("instruments_exceed_groups"));
    }

    private static int[] firstFirms(PanelFrame data, int count) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < data.rows(); r++) {
            if (data.entityIndex(r) < count) {
                rows.add(r);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void badInputIsNamed() throws IOException {
        PanelFrame data = emplUk();
        InputException beyond = assertThrows(InputException.class, () -> RandomEffectsEstimatorTest.fit(
                new GmmEstimator(), data, "formula", DIFF, "gmm", "lag(log(emp), 12:15)"));
        assertTrue(beyond.getMessage().contains("lag(log(emp), 12:15)") && beyond.getMessage().contains("beyond"),
                beyond.getMessage());
        InputException under = assertThrows(InputException.class, () -> RandomEffectsEstimatorTest.fit(
                new GmmEstimator(), data, "formula", DIFF, "gmm", "lag(log(emp), 2:2)", "iv", "none",
                "effect", "individual", "collapse", "true"));
        assertTrue(under.getMessage().contains("under-identified") && under.getMessage().contains("1 instruments for 7"),
                under.getMessage());
        PanelFrame shortPanel = data.subset(rowsOfYears(data, 1980, 1981));
        InputException tooShort = assertThrows(InputException.class, () -> RandomEffectsEstimatorTest.fit(
                new GmmEstimator(), shortPanel, "formula", "log(emp) ~ lag(log(emp), 1)", "gmm", "lag(log(emp), 2:.)"));
        assertTrue(tooShort.getMessage().contains("at least 3 periods") && tooShort.getMessage().contains("year"),
                tooShort.getMessage());
        InputException syntax = assertThrows(InputException.class, () -> RandomEffectsEstimatorTest.fit(
                new GmmEstimator(), data, "formula", DIFF, "gmm", "log(emp) 2:4"));
        assertTrue(syntax.getMessage().contains("gmm="), syntax.getMessage());
    }

    private static int[] rowsOfYears(PanelFrame data, long from, long to) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < data.rows(); r++) {
            if (data.time(r) >= from && data.time(r) <= to) {
                rows.add(r);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void check(Result r, JsonObject e, int slopes) {
        assertEquals(e.get("n_instruments").getAsInt(), ((Number) r.statistic("n_instruments")).intValue());
        assertEquals(e.get("n_groups").getAsInt(), ((Number) r.statistic("n_groups")).intValue());
        assertEquals(e.get("n_obs_used").getAsInt(), ((Number) r.statistic("n_obs")).intValue());
        JsonObject coef = e.getAsJsonObject("coef");
        JsonObject se = e.getAsJsonObject("se_robust");
        List<String> keys = new ArrayList<>(coef.keySet());
        assertEquals(keys.size(), r.coefficients().size());
        for (int j = 0; j < keys.size(); j++) {
            Coefficient c = r.coefficients().get(j);
            close(coef.get(keys.get(j)).getAsDouble(), c.estimate(), 1e-8, "coef " + c.term());
            close(se.get(keys.get(j)).getAsDouble(), c.stdError(), 1e-8, "se " + c.term());
        }
        TestResult hansen = r.test("hansen").orElseThrow();
        close(e.getAsJsonObject("sargan_hansen").get("statistic").getAsDouble(),
                hansen.statistic(), 1e-7, "hansen");
        close(e.getAsJsonObject("sargan_hansen").get("p").getAsDouble(), hansen.pValue(),
                1e-7, "hansen p");
        assertEquals(e.getAsJsonObject("sargan_hansen").get("df").getAsDouble(), hansen.df()[0]);
        close(e.getAsJsonObject("ar1_robust").get("statistic").getAsDouble(),
                r.test("ar1").orElseThrow().statistic(), 1e-7, "ar1");
        close(e.getAsJsonObject("ar2_robust").get("statistic").getAsDouble(),
                r.test("ar2").orElseThrow().statistic(), 1e-7, "ar2");
        close(e.getAsJsonObject("ar2_robust").get("p").getAsDouble(),
                r.test("ar2").orElseThrow().pValue(), 1e-7, "ar2 p");
        TestResult wald = r.test("wald_slopes").orElseThrow();
        close(e.getAsJsonObject("wald_coef_robust").get("statistic").getAsDouble(),
                wald.statistic(), 1e-7, "wald");
        assertEquals(slopes, wald.df()[0]);
        close(e.getAsJsonObject("wald_time_robust").get("statistic").getAsDouble(),
                r.test("wald_time").orElseThrow().statistic(), 1e-7, "wald time");
    }

    private static void close(double expected, double actual, double tol, String what) {
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(rel <= tol, what + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
    }
}
