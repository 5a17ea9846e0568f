package org.carbonlab.integration.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.integration.numerics.IndicatorWeights;
import org.carbonlab.integration.numerics.MinMax;
import org.junit.jupiter.api.Test;

/** Behaviour of index.entropy and index.ccd beyond the reference: periods, missing values, bad input. */
class IndexEstimatorsTest {

    /** 4 entities x 2 years; 'flat' is constant, 'flat2019' constant in 2019 only, 'gap' has a missing value. */
    static PanelFrame panel() {
        return PanelFrame.builder().entityColumn("id").timeColumn("year")
                .entities("A", "A", "B", "B", "C", "C", "D", "D")
                .times(2018, 2019, 2018, 2019, 2018, 2019, 2018, 2019)
                .column("gdp", 1, 2, 3, 5, 2, 4, 6, 7)
                .column("income", 10, 12, 9, 15, 14, 13, 8, 20)
                .column("pollution", 5, 4, 7, 6, 3, 2, 9, 1)
                .column("patents", 100, 130, 80, 90, 150, 160, 60, 200)
                .column("rd", 1.1, 1.3, 0.8, 1.0, 2.0, 2.1, 0.5, 2.5)
                .column("flat", 3, 3, 3, 3, 3, 3, 3, 3)
                .column("flat2019", 1, 7, 2, 7, 3, 7, 4, 7)
                .column("gap", 1, 2, Double.NaN, 4, 5, 6, 7, 8)
                .source("test panel").build();
    }

    private static Result entropy(String... kv) {
        return Fixtures.run(new EntropyIndexEstimator(), panel(), Fixtures.params(kv));
    }

    private static Result ccd(String... kv) {
        return Fixtures.run(new CouplingCoordinationEstimator(), panel(), Fixtures.params(kv));
    }

    private static List<String> entropyProblems(String... kv) {
        return Fixtures.problems(new EntropyIndexEstimator(), panel(), Fixtures.params(kv));
    }

    private static List<String> ccdProblems(String... kv) {
        return Fixtures.problems(new CouplingCoordinationEstimator(), panel(), Fixtures.params(kv));
    }

    private static boolean any(List<String> problems, String... fragments) {
        return problems.stream().anyMatch(p -> {
            for (String f : fragments) {
                if (!p.contains(f)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void pooledScoresMatchTheNumericsOnTheWholePanel() {
        Result r = entropy("indicators", "gdp,income,pollution", "negative", "pollution");
        PanelFrame p = panel();
        double[][] z = new double[8][3];
        String[] ind = {"gdp", "income", "pollution"};
        for (int j = 0; j < 3; j++) {
            double[] zj = MinMax.normalise(p.numeric(ind[j]), j < 2);
            for (int i = 0; i < 8; i++) {
                z[i][j] = zj[i];
            }
        }
        double[] w = IndicatorWeights.entropy(z, 0).weights();
        double[] u = IndicatorWeights.scores(z, w, 0);
        ResultTable scores = r.tables().get("scores");
        assertEquals(8, scores.rows().size());
        double[] got = Fixtures.column(scores, "score");
        for (int i = 0; i < 8; i++) {
            assertEquals(u[i], got[i], 1e-15);
        }
        ResultTable weights = r.tables().get("weights");
        assertEquals(List.of("indicator", "direction", "entropy", "divergence", "weight"), weights.columns());
        assertEquals("negative", Fixtures.cells(weights, "direction").get(2));
        double sum = 0;
        for (double x : Fixtures.column(weights, "weight")) {
            sum += x;
        }
        assertEquals(1.0, sum, 1e-15);
        assertEquals("B", scores.rows().get(2).get(0));
        assertEquals(2018L, scores.rows().get(2).get(1));
        assertTrue(new JsonResultWriter().write(r).contains("\"scores\""));
    }

    @Test
    void byPeriodWeighsEachPeriodSeparately() {
        Result r = entropy("indicators", "gdp,income", "by_period", "true");
        ResultTable weights = r.tables().get("weights");
        assertEquals(List.of("time", "indicator", "direction", "entropy", "divergence", "weight"), weights.columns());
        assertEquals(4, weights.rows().size());
        // 2019 alone, as a pooled index of the 2019 rows
        PanelFrame p = panel();
        double[][] z = new double[4][2];
        String[] ind = {"gdp", "income"};
        for (int j = 0; j < 2; j++) {
            double[] all = p.numeric(ind[j]);
            double[] x = {all[1], all[3], all[5], all[7]};
            double[] zj = MinMax.normalise(x, true);
            for (int i = 0; i < 4; i++) {
                z[i][j] = zj[i];
            }
        }
        double[] w = IndicatorWeights.entropy(z, 0).weights();
        assertEquals(2019L, weights.rows().get(2).get(0));
        assertEquals(w[0], ((Number) weights.rows().get(2).get(5)).doubleValue(), 1e-15);
        double[] u = IndicatorWeights.scores(z, w, 0);
        double[] got = Fixtures.column(r.tables().get("scores"), "score");
        assertEquals(u[3], got[7], 1e-15);
    }

    @Test
    void criticAndEqualWeights() {
        Result c = entropy("indicators", "gdp,income,patents", "weights", "critic");
        assertEquals(List.of("indicator", "direction", "sd", "conflict", "information", "weight"),
                c.tables().get("weights").columns());
        Result e = entropy("indicators", "gdp,income", "weights", "equal");
        PanelFrame p = panel();
        double[] z1 = MinMax.normalise(p.numeric("gdp"), true);
        double[] z2 = MinMax.normalise(p.numeric("income"), true);
        double[] got = Fixtures.column(e.tables().get("scores"), "score");
        for (int i = 0; i < 8; i++) {
            assertEquals(0.5 * z1[i] + 0.5 * z2[i], got[i], 1e-15);
        }
    }

    @Test
    void anIndicatorWithoutVariationIsNamed() {
        List<String> problems = entropyProblems("indicators", "gdp,flat");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(any(problems, "indicator 'flat' does not vary", "entropy weight is undefined"), problems.toString());
        // constant in one period only: fine pooled, an error per period, naming the period
        assertTrue(entropyProblems("indicators", "gdp,flat2019").isEmpty());
        assertTrue(any(entropyProblems("indicators", "gdp,flat2019", "by_period", "true"),
                "indicator 'flat2019' does not vary", "year 2019"));
        assertThrows(InputException.class, () -> entropy("indicators", "gdp,flat"));
        assertTrue(any(ccdProblems("subsystem.econ", "gdp,flat", "subsystem.inno", "patents,rd"),
                "indicator 'flat' of subsystem 'econ' does not vary"));
    }

    @Test
    void unknownColumnsAndStrayNegatives() {
        List<String> problems = entropyProblems("indicators", "gdp,gpd2,income", "negative", "pollution");
        assertTrue(any(problems, "column 'gpd2' not found"), problems.toString());
        assertTrue(any(problems, "negative indicator 'pollution' is not one of the indicators"), problems.toString());
        List<String> cp = ccdProblems("subsystem.econ", "gdp,income", "subsystem.inno", "patents,nope",
                "negative", "rd2");
        assertTrue(any(cp, "column 'nope' not found"), cp.toString());
        assertTrue(any(cp, "negative indicator 'rd2'"), cp.toString());
    }

    @Test
    void missingValuesDropRowsWithAWarning() {
        Result r = entropy("indicators", "gdp,gap");
        assertEquals(7, r.tables().get("scores").rows().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("1 of 8 rows left out") && w.contains("id B, year 2018")
                && w.contains("gap 1")), r.warnings().toString());
    }

    @Test
    void aSubsystemWithOneIndicatorIsItsNormalisedValue() {
        Result r = ccd("subsystem.econ", "gdp", "subsystem.inno", "patents,rd");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("subsystem 'econ' has a single indicator 'gdp'")),
                r.warnings().toString());
        double[] u = Fixtures.column(r.tables().get("ccd"), "U_econ");
        double[] z = MinMax.normalise(panel().numeric("gdp"), true);
        for (int i = 0; i < 8; i++) {
            assertEquals(z[i], u[i], 1e-15);
        }
        assertEquals(1.0, Fixtures.lookup(r.tables().get("weights"), "indicator", "gdp", "weight"));
        // also with CRITIC, whose formula would be 0/0 for a single indicator
        Result c = ccd("subsystem.econ", "gdp", "subsystem.inno", "patents,rd", "weights.econ", "critic");
        assertEquals(1.0, Fixtures.lookup(c.tables().get("weights"), "indicator", "gdp", "weight"));
    }

    @Test
    void subsystemProblemsAreReportedTogether() {
        List<String> one = ccdProblems("subsystem.econ", "gdp,income");
        assertTrue(any(one, "at least 2 subsystems"), one.toString());
        List<String> p = ccdProblems("subsystem.econ", "gdp,income", "subsystem.inno", "patents,gdp",
                "alpha.econ", "0.7", "alpha.envi", "0.3", "weights.foo", "critic");
        assertTrue(any(p, "'gdp' is listed in subsystems 'econ' and 'inno'"), p.toString());
        assertTrue(any(p, "alpha.envi names no subsystem"), p.toString());
        assertTrue(any(p, "alpha.inno is missing"), p.toString());
        assertTrue(any(p, "weights.foo names no subsystem"), p.toString());
        List<String> sum = ccdProblems("subsystem.econ", "gdp,income", "subsystem.inno", "patents,rd",
                "alpha.econ", "0.7", "alpha.inno", "0.2");
        assertTrue(any(sum, "sum to 0.9"), sum.toString());
        List<String> two = ccdProblems("subsystem.a", "gdp", "subsystem.b", "income", "subsystem.c", "patents",
                "coupling", "two_subsystem");
        assertTrue(any(two, "needs exactly 2 subsystems"), two.toString());
        InputException e = assertThrows(InputException.class, () -> new CouplingCoordinationEstimator().parameters()
                .resolve(Fixtures.params("negative", "gdp")));
        assertTrue(e.problems().stream().anyMatch(s -> s.contains("'subsystem.*' is required")), e.problems().toString());
    }

    @Test
    void ccdTableWeightsAndPeriodSummary() {
        Result r = ccd("subsystem.econ", "gdp,income,pollution", "subsystem.inno", "patents,rd",
                "negative", "pollution", "alpha.econ", "0.6", "alpha.inno", "0.4", "weights.inno", "critic");
        ResultTable t = r.tables().get("ccd");
        assertEquals(List.of("entity", "time", "U_econ", "U_inno", "C", "T", "D", "level", "lagging", "level_code"),
                t.columns());
        double[] u1 = Fixtures.column(t, "U_econ");
        double[] u2 = Fixtures.column(t, "U_inno");
        double[] c = Fixtures.column(t, "C");
        double[] tt = Fixtures.column(t, "T");
        double[] d = Fixtures.column(t, "D");
        for (int i = 0; i < 8; i++) {
            assertEquals(2 * Math.sqrt(u1[i] * u2[i]) / (u1[i] + u2[i]), c[i], 1e-14);
            assertEquals(0.6 * u1[i] + 0.4 * u2[i], tt[i], 1e-15);
            assertEquals(Math.sqrt(c[i] * tt[i]), d[i], 1e-15);
            String lag = (String) t.rows().get(i).get(8);
            assertEquals(u1[i] < u2[i] ? "econ" : u2[i] < u1[i] ? "inno" : "synchronous", lag);
            int code = ((Number) t.rows().get(i).get(9)).intValue();
            assertTrue(d[i] >= (code - 1) / 10.0 && (d[i] < code / 10.0 || code == 10));
        }
        ResultTable w = r.tables().get("weights");
        assertEquals(List.of("subsystem", "indicator", "direction", "entropy", "divergence", "sd", "conflict",
                "information", "weight"), w.columns());
        assertNull(w.rows().get(0).get(5), "CRITIC columns are empty for an entropy subsystem");
        assertNull(w.rows().get(3).get(3), "entropy columns are empty for a CRITIC subsystem");
        ResultTable per = r.tables().get("ccd_by_period");
        assertEquals(2, per.rows().size());
        assertEquals((d[0] + d[2] + d[4] + d[6]) / 4, ((Number) per.rows().get(0).get(6)).doubleValue(), 1e-15);
        assertEquals(0.6, r.number("alpha_econ"));
        assertFalse(r.warnings().stream().anyMatch(s -> s.contains("single indicator")));
        assertTrue(new JsonResultWriter().write(r).contains("\"U_econ\""));
    }

    @Test
    void allSubsystemsAtZeroLeaveCUndefinedAndDZero() {
        // entity A in 2018 is the worst on gdp (1) and on patents? make it so with single-indicator subsystems
        PanelFrame p = PanelFrame.builder().entityColumn("id").timeColumn("year").entities("A", "B", "C")
                .times(2020, 2020, 2020).column("x", 0, 1, 2).column("y", 5, 9, 7).build();
        Result r = Fixtures.run(new CouplingCoordinationEstimator(), p, Fixtures.params("subsystem.x", "x",
                "subsystem.y", "y"));
        ResultTable t = r.tables().get("ccd");
        assertNull(t.rows().get(0).get(4));
        assertEquals(0.0, ((Number) t.rows().get(0).get(6)).doubleValue());
        assertEquals("extreme imbalance", t.rows().get(0).get(7));
        assertEquals("synchronous", t.rows().get(0).get(8));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("C is 0/0")), r.warnings().toString());
    }

    @Test
    void syncToleranceAndTies() {
        assertEquals("synchronous", CouplingCoordinationEstimator.lagging(new double[] {0.5, 0.55}, List.of("a", "b"), 0.1));
        assertEquals("a", CouplingCoordinationEstimator.lagging(new double[] {0.5, 0.55}, List.of("a", "b"), 0));
        assertEquals("a+c", CouplingCoordinationEstimator.lagging(new double[] {0.2, 0.6, 0.2}, List.of("a", "b", "c"), 0));
    }

    @Test
    void schemasListThePrefixParameters() {
        Map<String, ?> names = new CouplingCoordinationEstimator().parameters().specs().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.name(), s -> s.isPrefix()));
        assertEquals(Boolean.TRUE, names.get("subsystem.*"));
        assertEquals(Boolean.TRUE, names.get("alpha.*"));
        assertEquals(Boolean.TRUE, names.get("weights.*"));
        assertEquals(Boolean.FALSE, names.get("weights"));
    }
}
