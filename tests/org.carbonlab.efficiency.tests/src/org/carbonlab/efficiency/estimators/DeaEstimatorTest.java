package org.carbonlab.efficiency.estimators;

import static org.carbonlab.efficiency.estimators.DeaFixtures.cells;
import static org.carbonlab.efficiency.estimators.DeaFixtures.column;
import static org.carbonlab.efficiency.estimators.DeaFixtures.params;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/** Behaviour of efficiency.dea: table contract, bad input, infeasibility, frontiers, DDF, parallel runs. */
class DeaEstimatorTest {
    private final DeaEstimator dea = new DeaEstimator();

    private static PanelFrame small(double[] x, double[] y, double[] b) {
        int n = x.length;
        String[] ids = new String[n];
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "D" + (i + 1);
            t[i] = 2020;
        }
        PanelFrame.Builder pb = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(t)
                .column("x", x).column("y", y);
        if (b != null) {
            pb.column("b", b);
        }
        return pb.build();
    }

    /** Two periods of the synthetic carbon data: the 30 provinces as given (2019) and with 10% more GDP (2020). */
    private static PanelFrame twoPeriods() throws IOException {
        PanelFrame one = DeaFixtures.panel("dea/sbm_undesirable/synthetic_carbon30.csv");
        int n = one.rows();
        String[] ids = new String[2 * n];
        long[] t = new long[2 * n];
        String[] cols = {"labour", "capital", "energy", "gdp", "co2"};
        double[][] v = new double[cols.length][2 * n];
        for (int c = 0; c < cols.length; c++) {
            double[] src = one.numeric(cols[c]);
            for (int i = 0; i < n; i++) {
                v[c][i] = src[i];
                v[c][n + i] = cols[c].equals("gdp") ? src[i] * (1.0 + 0.1 * ((i % 3) - 1) + 0.05) : src[i];
            }
        }
        for (int i = 0; i < n; i++) {
            ids[i] = one.entityLabel(i);
            ids[n + i] = one.entityLabel(i);
            t[i] = 2019;
            t[n + i] = 2020;
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("province").timeColumn("year").entities(ids).times(t);
        for (int c = 0; c < cols.length; c++) {
            b.column(cols[c], v[c]);
        }
        return b.build();
    }

    private static Map<String, String> carbon(String... more) {
        Map<String, String> p = params("inputs", "labour,capital,energy", "outputs", "gdp", "undesirable", "co2");
        for (int i = 0; i < more.length; i += 2) {
            p.put(more[i], more[i + 1]);
        }
        return p;
    }

    @Test
    void scoreTableHasTheContractColumns() throws IOException {
        Result r = DeaFixtures.run(dea, twoPeriods(), carbon("super", "true", "frontier", "global"));
        ResultTable t = r.tables().get("scores");
        assertEquals(List.of("entity", "time", "score", "efficient", "super_score", "combined", "slack_labour",
                "slack_capital", "slack_energy", "slack_gdp", "slack_co2", "peers", "status"), t.columns());
        assertEquals(60, t.rows().size());
        double[] score = column(t, "score");
        double[] combined = column(t, "combined");
        List<Object> eff = cells(t, "efficient");
        List<Object> peers = cells(t, "peers");
        for (int i = 0; i < score.length; i++) {
            assertTrue(score[i] > 0 && score[i] <= 1 + 1e-12);
            if ((Boolean) eff.get(i)) {
                assertTrue(combined[i] >= 1 - 1e-9);
            } else {
                assertEquals(score[i], combined[i], 0.0);
                assertTrue(((String) peers.get(i)).matches("P\\d\\d@20(19|20):[0-9.e+-]+(; .*)?"), peers.get(i).toString());
            }
        }
        assertTrue(r.tables().containsKey("period_means"));
        assertEquals(2, r.tables().get("period_means").rows().size());
    }

    @Test
    void parallelRunsAreDeterministic() throws IOException {
        PanelFrame d = twoPeriods();
        Result a = DeaFixtures.run(dea, d, carbon("super", "true", "frontier", "global"));
        Result b = DeaFixtures.run(dea, d, carbon("super", "true", "frontier", "global"));
        assertEquals(a.tables().get("scores").rows(), b.tables().get("scores").rows());
    }

    @Test
    void cancellationStopsTheRun() throws IOException {
        PanelFrame d = twoPeriods();
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int units) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        EstimationContext c = new EstimationContext(d, dea.parameters().resolve(carbon()), cancelled, 1L);
        assertThrows(CancellationException.class, () -> dea.estimate(c));
    }

    @Test
    void progressIsReportedPerDmu() throws IOException {
        PanelFrame d = twoPeriods();
        int[] total = new int[2];
        ProgressMonitor m = new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                total[0] = totalWork;
            }

            @Override
            public void worked(int units) {
                total[1] += units;
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
        dea.estimate(new EstimationContext(d, dea.parameters().resolve(carbon()), m, 1L));
        assertEquals(60, total[0]);
        assertEquals(60, total[1]);
    }

    @Test
    void frontiersNest() throws IOException {
        PanelFrame d = twoPeriods();
        double[] cont = column(DeaFixtures.run(dea, d, carbon("frontier", "contemporaneous")).tables().get("scores"),
                "score");
        double[] seq = column(DeaFixtures.run(dea, d, carbon("frontier", "sequential")).tables().get("scores"),
                "score");
        double[] glob = column(DeaFixtures.run(dea, d, carbon("frontier", "global")).tables().get("scores"), "score");
        double[] win1 = column(DeaFixtures.run(dea, d, carbon("frontier", "window", "window", "1")).tables()
                .get("scores"), "score");
        double[] win2 = column(DeaFixtures.run(dea, d, carbon("frontier", "window", "window", "2")).tables()
                .get("scores"), "score");
        for (int i = 0; i < cont.length; i++) {
            assertTrue(glob[i] <= seq[i] + 1e-9);
            assertTrue(seq[i] <= cont[i] + 1e-9);
            assertEquals(cont[i], win1[i], 1e-12);
            assertEquals(glob[i], win2[i], 1e-12);
        }
        // sequential = contemporaneous in the first period, = global in the last
        List<Object> time = cells(DeaFixtures.run(dea, d, carbon()).tables().get("scores"), "time");
        for (int i = 0; i < cont.length; i++) {
            if (((Number) time.get(i)).longValue() == 2019L) {
                assertEquals(cont[i], seq[i], 1e-9);
            } else {
                assertEquals(glob[i], seq[i], 1e-9);
            }
        }
    }

    @Test
    void radialOutputOrientedEqualsInputUnderCrs() throws IOException {
        PanelFrame d = DeaFixtures.panel("dea/ccr_bcc/charnes1981_medium.csv");
        Map<String, String> p = params("inputs", "x1,x2,x3,x4,x5", "outputs", "y1,y2,y3", "model", "radial",
                "orientation", "input");
        double[] in = column(DeaFixtures.run(dea, d, p).tables().get("scores"), "score");
        p.put("orientation", "output");
        double[] out = column(DeaFixtures.run(dea, d, p).tables().get("scores"), "score");
        assertArrayEquals(in, out, 1e-9);
    }

    @Test
    void ddfWithWeakDisposabilityByHand() {
        // A (x=1, y=2, b=1), B (x=1, y=1, b=1); g = (0, y, -b), CRS: beta_A = 0, beta_B = 1/3 (solved by hand)
        PanelFrame d = small(new double[] {1, 1}, new double[] {2, 1}, new double[] {1, 1});
        Result r = DeaFixtures.run(dea, d, params("inputs", "x", "outputs", "y", "undesirable", "b", "model", "ddf"));
        double[] beta = column(r.tables().get("scores"), "score");
        assertEquals(0.0, beta[0], 1e-9);
        assertEquals(1.0 / 3.0, beta[1], 1e-9);
        assertEquals(List.of(true, false), cells(r.tables().get("scores"), "efficient"));
        // direction (-x, y, -b): B also contracts its input: lambda_A <= 1 - beta, 2 lambda_A >= 1 + beta,
        // lambda_A = 1 - beta (b equality) -> beta = 1/3 again
        Result r2 = DeaFixtures.run(dea, d, params("inputs", "x", "outputs", "y", "undesirable", "b", "model", "ddf",
                "direction", "-x,y,-b"));
        assertEquals(1.0 / 3.0, column(r2.tables().get("scores"), "score")[1], 1e-9);
    }

    @Test
    void infeasibleSuperEfficiencyIsReportedAndFallsBack() {
        // D3 has the largest output: under VRS no convex combination of the others reaches it
        PanelFrame d = small(new double[] {2, 3, 4, 5}, new double[] {1, 2, 5, 2}, null);
        Map<String, String> p = params("inputs", "x", "outputs", "y", "model", "radial", "orientation", "input", "rts",
                "vrs", "super", "true");
        Result r = DeaFixtures.run(dea, d, p);
        ResultTable t = r.tables().get("scores");
        assertEquals("infeasible", cells(t, "status").get(2));
        assertEquals(1.0, column(t, "super_score")[2], 1e-12);
        assertEquals(1.0, column(t, "combined")[2], 1e-12);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("infeasible") && w.contains("D3@2020")),
                r.warnings().toString());
        p.put("fallback", "sbm");
        Result f = DeaFixtures.run(dea, d, p);
        ResultTable ft = f.tables().get("scores");
        assertEquals("fallback", cells(ft, "status").get(2));
        assertTrue(column(ft, "super_score")[2] >= 1.0);
        assertTrue(f.warnings().stream().anyMatch(w -> w.contains("D3@2020") && w.contains("fallback")));
        // never dropped: every DMU has a row and a score
        for (double s : column(ft, "score")) {
            assertFalse(Double.isNaN(s));
        }
    }

    @Test
    void zeroInputIsAnErrorNamingTheCellOrToneRule() {
        PanelFrame d = small(new double[] {2, 0, 4, 5}, new double[] {1, 2, 5, 2}, null);
        Map<String, String> p = params("inputs", "x", "outputs", "y");
        List<String> problems = DeaFixtures.problems(dea, d, p);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("'x'") && problems.get(0).contains("D2") && problems.get(0).contains("2020"),
                problems.get(0));
        p.put("zeros", "tone");
        Result r = DeaFixtures.run(dea, d, p);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Tone's rule")));
        assertEquals(4, r.tables().get("scores").rows().size());
        // radial models accept zeros
        assertTrue(DeaFixtures.problems(dea, d, params("inputs", "x", "outputs", "y", "model", "radial",
                "orientation", "input")).isEmpty());
    }

    @Test
    void missingAndNegativeValuesAreReported() {
        PanelFrame d = small(new double[] {2, Double.NaN, 4, 5}, new double[] {1, 2, -5, 2}, null);
        List<String> problems = DeaFixtures.problems(dea, d, params("inputs", "x", "outputs", "y"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("missing") && problems.get(0).contains("D2"));
        assertTrue(problems.get(1).contains("negative") && problems.get(1).contains("D3"));
    }

    @Test
    void constantInputAndFewDmusWarn() {
        PanelFrame d = small(new double[] {3, 3, 3, 3}, new double[] {1, 2, 5, 2}, null);
        Result r = DeaFixtures.run(dea, d, params("inputs", "x", "outputs", "y"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("constant")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("weak discrimination")), r.warnings().toString());
    }

    @Test
    void windowLargerThanThePanelIsAProblem() throws IOException {
        List<String> problems = DeaFixtures.problems(dea, twoPeriods(), carbon("frontier", "window", "window", "5"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("window=5") && problems.get(0).contains("2 period"));
    }

    @Test
    void radialNeedsAnOrientationAndDirectionIsChecked() throws IOException {
        PanelFrame d = twoPeriods();
        assertTrue(DeaFixtures.problems(dea, d, carbon("model", "radial")).get(0).contains("orientation"));
        assertTrue(DeaFixtures.problems(dea, d, carbon("model", "ddf", "direction", "0,y")).get(0)
                .contains("three"));
        assertTrue(DeaFixtures.problems(dea, d, carbon("model", "ddf", "direction", "0,z,-b")).get(0)
                .contains("item 2"));
    }

    @Test
    void orientedSbmScoresBoundTheNonOrientedOne() throws IOException {
        PanelFrame d = DeaFixtures.panel("dea/sbm/charnes1981_medium.csv");
        Map<String, String> p = params("inputs", "x1,x2,x3,x4,x5", "outputs", "y1,y2,y3");
        double[] non = column(DeaFixtures.run(dea, d, p).tables().get("scores"), "score");
        p.put("orientation", "input");
        double[] in = column(DeaFixtures.run(dea, d, p).tables().get("scores"), "score");
        p.put("orientation", "output");
        double[] out = column(DeaFixtures.run(dea, d, p).tables().get("scores"), "score");
        for (int i = 0; i < non.length; i++) {
            assertTrue(in[i] >= non[i] - 1e-9 && out[i] >= non[i] - 1e-9);
        }
    }

    @Test
    void superScoreIsNullWhenNotRequested() throws IOException {
        ResultTable t = DeaFixtures.run(dea, twoPeriods(), carbon()).tables().get("scores");
        for (Object o : cells(t, "super_score")) {
            assertNull(o);
        }
    }
}
