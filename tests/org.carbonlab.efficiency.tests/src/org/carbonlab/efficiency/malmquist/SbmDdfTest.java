package org.carbonlab.efficiency.malmquist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram.Distance;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram.Model;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram.Status;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex.Frontier;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex.Kind;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex.Link;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex.LinkStatus;
import org.junit.jupiter.api.Test;

/**
 * The slacks-based directional distance function (Fukuyama &amp; Weber 2009) with direction
 * (x_o, y_o, b_o): hand-solved programs, sign and frontier properties, index identities and unit
 * invariance.
 */
class SbmDdfTest {
    private static final double TOL = 1e-9;

    private static Distance sbm(boolean vrs, double[][] x, double[][] y, double[][] b, int[] ref, double[] xo,
            double[] yo, double[] bo) {
        Distance d = DistanceProgram.solve(Model.SBM_DDF, vrs, x, y, b, ref, xo, yo, bo);
        return d;
    }

    /**
     * One input, one output, CRS, no bad outputs: S = max ½(s_x/x_o + s_y/y_o) with λ·x + s_x = x_o,
     * λ·y − s_y = y_o. The objective is ½λ(x_r/x_o)(P/p − 1) over λ ∈ [y_o/y_r, x_o/x_r], so
     * S = ½(P_max/p − 1) with P_max the best reference productivity and p the own productivity.
     */
    @Test
    void oneInputOneOutputClosedForm() {
        double[][] x = {{2}, {1}, {4}};
        double[][] y = {{1}, {1}, {1}};
        double[][] b = new double[3][0];
        Distance d = sbm(false, x, y, b, new int[] {0, 1}, x[2], y[2], new double[0]);
        assertEquals(Status.OPTIMAL, d.status());
        assertEquals(0.5 * (1.0 / 0.25 - 1), d.beta(), TOL); // 1.5
        // against a reference containing the DMU itself
        Distance own = sbm(false, x, y, b, new int[] {0, 1, 2}, x[2], y[2], new double[0]);
        assertEquals(1.5, own.beta(), TOL);
        Distance mid = sbm(false, x, y, b, new int[] {0, 1, 2}, x[0], y[0], new double[0]);
        assertEquals(0.5 * (1.0 / 0.5 - 1), mid.beta(), TOL); // 0.5
        // VRS with one reference (λ = 1): x = 4 against (1, 1): s_x = 3, s_y = 0, S = ½·3/4
        Distance v = sbm(true, x, y, b, new int[] {1}, x[2], y[2], new double[0]);
        assertEquals(0.375, v.beta(), TOL);
        // outside the technology: the program is infeasible (S cannot be negative)
        Distance out = sbm(false, x, y, b, new int[] {0, 2}, x[1], y[1], new double[0]);
        assertEquals(Status.INFEASIBLE, out.status());
        assertTrue(Double.isNaN(out.beta()));
    }

    /**
     * One input, one output, one bad output, reference (1, 1, 1). CRS: S = (1/3)[1 + λ(1/y_o − 1/x_o
     * − 1/b_o)] over 1/y_o ≤ λ ≤ min(x_o, b_o).
     */
    @Test
    void badOutputByHand() {
        double[][] x = {{1}};
        double[][] y = {{1}};
        double[][] b = {{1}};
        int[] ref = {0};
        // (2, 0.5, 2): coefficient 1, λ = 2: s_x = 0, s_y = 1.5, s_b = 0 → S = (1/3)(1.5/0.5) = 1
        assertEquals(1.0, sbm(false, x, y, b, ref, new double[] {2}, new double[] {0.5}, new double[] {2}).beta(), TOL);
        // VRS, λ = 1: s_x = 1, s_y = 0.5, s_b = 1 → S = (1/3)(1/2 + 1 + 1/2) = 2/3
        assertEquals(2.0 / 3.0, sbm(true, x, y, b, ref, new double[] {2}, new double[] {0.5}, new double[] {2}).beta(),
                TOL);
        // (0.5, 0.5, 2): λ = 0.5 forced: s_b = 1.5 → S = (1/3)(1.5/2) = 0.25
        assertEquals(0.25, sbm(false, x, y, b, ref, new double[] {0.5}, new double[] {0.5}, new double[] {2}).beta(),
                TOL);
        // (1, 0.5, 1): coefficient 0, S = 1/3 for every feasible λ ∈ [0.5, 1]
        assertEquals(1.0 / 3.0, sbm(false, x, y, b, ref, new double[] {1}, new double[] {0.5}, new double[] {1}).beta(),
                TOL);
        // the DMU itself: S = 0
        assertEquals(0.0, sbm(false, x, y, b, ref, x[0], y[0], b[0]).beta(), TOL);
    }

    /** Random data, 2 inputs, 1 output, 1 bad output. */
    private static MalmquistIndex.Panel randomPanel(long seed, int entities, int periods) {
        Random r = new Random(seed);
        int n = entities * periods;
        int[] e = new int[n];
        int[] t = new int[n];
        double[][] x = new double[n][2];
        double[][] y = new double[n][1];
        double[][] b = new double[n][1];
        for (int i = 0; i < n; i++) {
            e[i] = i % entities;
            t[i] = i / entities;
            x[i][0] = 1 + 9 * r.nextDouble();
            x[i][1] = 50 + 500 * r.nextDouble();
            y[i][0] = (x[i][0] * x[i][1]) * (0.5 + r.nextDouble()) * (1 + 0.1 * t[i]);
            b[i][0] = 0.2 * y[i][0] * (0.5 + r.nextDouble());
        }
        return new MalmquistIndex.Panel(entities, periods, e, t, x, y, b);
    }

    /**
     * S ≥ 0 against the own-period frontier (which contains the DMU); S = 0 for the DMU with the strictly
     * largest y/x_1 (CRS) and for the DMU with the strictly smallest x_1 (VRS): both are strongly efficient.
     */
    @Test
    void nonNegativeAndZeroOnTheFrontier() {
        MalmquistIndex.Panel p = randomPanel(7, 8, 3);
        for (boolean vrs : new boolean[] {false, true}) {
            for (int period = 0; period < 3; period++) {
                final int tt = period;
                int[] ref = java.util.stream.IntStream.range(0, p.entity().length).filter(o -> p.period()[o] == tt)
                        .toArray();
                int best = ref[0];
                for (int o : ref) {
                    boolean better = vrs ? p.x()[o][0] < p.x()[best][0]
                            : p.y()[o][0] / p.x()[o][0] > p.y()[best][0] / p.x()[best][0];
                    best = better ? o : best;
                }
                for (int o : ref) {
                    Distance d = sbm(vrs, p.x(), p.y(), p.b(), ref, p.x()[o], p.y()[o], p.b()[o]);
                    assertEquals(Status.OPTIMAL, d.status());
                    assertTrue(d.beta() >= -1e-12, "S >= 0: " + d.beta());
                    if (o == best) {
                        assertEquals(0.0, d.beta(), TOL, "frontier DMU " + o + (vrs ? " vrs" : " crs"));
                    }
                }
                // without bad outputs as well
                double[][] none = new double[p.entity().length][0];
                for (int o : ref) {
                    Distance d = sbm(vrs, p.x(), p.y(), none, ref, p.x()[o], p.y()[o], new double[0]);
                    assertTrue(d.ok() && d.beta() >= -1e-12);
                    if (o == best) {
                        assertEquals(0.0, d.beta(), TOL);
                    }
                }
            }
        }
    }

    /**
     * The Malmquist example of MalmquistNumericsTest with S = ½(P/p − 1): entity A has S^1(1) = 0.5,
     * S^2(2) = 0.25, S^1(2) = 0, S^2(1) = 1: L = ½[(1 − 0.25) + (0.5 − 0)] = 0.625, EC = 0.25,
     * TC = 0.375. Entity B in period 2 (p = 1.5) lies beyond the period-1 frontier (P = 1): infeasible.
     * Global (P = 1.5): S^G(A,1) = 1, S^G(A,2) = 0.25: GML = 2/1.25 = 1.6, EC = 1.5/1.25 = 1.2, BPC = 4/3.
     */
    @Test
    void indicesByHand() {
        int[] e = {0, 1, 0, 1};
        int[] t = {0, 0, 1, 1};
        double[][] x = {{2}, {1}, {1}, {2}};
        double[][] y = {{1}, {1}, {1}, {3}};
        MalmquistIndex.Panel panel = new MalmquistIndex.Panel(2, 2, e, t, x, y, new double[4][0]);
        List<Link> l = MalmquistIndex.compute(panel,
                new MalmquistIndex.Options(Kind.DIFFERENCE, Model.SBM_DDF, Frontier.CONTEMPORANEOUS, false), () -> false,
                k -> {
                }).links();
        Link a = l.get(0);
        assertEquals(LinkStatus.OPTIMAL, a.status());
        assertEquals(0.625, a.index(), TOL);
        assertEquals(0.25, a.ec(), TOL);
        assertEquals(0.375, a.tc(), TOL);
        assertEquals(1.625, a.cumulative(), TOL);
        Link bl = l.get(1);
        assertEquals(LinkStatus.INFEASIBLE, bl.status());
        assertTrue(Double.isNaN(bl.index()));
        assertTrue(bl.detail().contains("D^0(x_1) infeasible"), bl.detail());
        Link g = MalmquistIndex.compute(panel,
                new MalmquistIndex.Options(Kind.RATIO, Model.SBM_DDF, Frontier.GLOBAL, false), () -> false, k -> {
                }).links().get(0);
        assertEquals(LinkStatus.OPTIMAL, g.status());
        assertEquals(1.6, g.index(), TOL);
        assertEquals(1.2, g.ec(), TOL);
        assertEquals(4.0 / 3.0, g.tc(), TOL);
    }

    /** GML = EC × BPC, ML = EC × TC and Luenberger = EC + TC, for CRS and VRS and every frontier. */
    @Test
    void identities() {
        MalmquistIndex.Panel p = randomPanel(11, 10, 4);
        for (boolean vrs : new boolean[] {false, true}) {
            for (Kind kind : Kind.values()) {
                for (Frontier f : Frontier.values()) {
                    MalmquistIndex.Outcome out = MalmquistIndex.compute(p,
                            new MalmquistIndex.Options(kind, Model.SBM_DDF, f, vrs), () -> false, k -> {
                            });
                    int optimal = 0;
                    for (Link l : out.links()) {
                        if (l.status() != LinkStatus.OPTIMAL) {
                            assertTrue(Double.isNaN(l.index()));
                            continue;
                        }
                        optimal++;
                        double rebuilt = kind == Kind.RATIO ? l.ec() * l.tc() : l.ec() + l.tc();
                        assertEquals(l.index(), rebuilt, 1e-12, kind + " " + f + " vrs=" + vrs);
                    }
                    if (f == Frontier.GLOBAL) {
                        assertEquals(out.links().size(), optimal, "the global frontier contains every observation");
                        for (MalmquistIndex.Distances d : out.distances()) {
                            assertTrue(d.global().beta() >= d.own().beta() - 1e-10, "S^G >= S^t");
                            assertTrue(d.own().beta() >= -1e-12);
                        }
                    } else {
                        assertTrue(optimal > 0);
                    }
                }
            }
        }
    }

    /** Rescaling any variable (a change of units) leaves S and every index unchanged. */
    @Test
    void unitInvariance() {
        MalmquistIndex.Panel p = randomPanel(3, 6, 3);
        double[] factors = {1000, 0.001, 3.7, 1e-4};
        int n = p.entity().length;
        double[][] x = new double[n][2];
        double[][] y = new double[n][1];
        double[][] b = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = p.x()[i][0] * factors[0];
            x[i][1] = p.x()[i][1] * factors[1];
            y[i][0] = p.y()[i][0] * factors[2];
            b[i][0] = p.b()[i][0] * factors[3];
        }
        MalmquistIndex.Panel q = new MalmquistIndex.Panel(p.nEntities(), p.nPeriods(), p.entity(), p.period(), x, y, b);
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        for (int o = 0; o < n; o++) {
            Distance d0 = sbm(true, p.x(), p.y(), p.b(), all, p.x()[o], p.y()[o], p.b()[o]);
            Distance d1 = sbm(true, x, y, b, all, x[o], y[o], b[o]);
            assertEquals(d0.beta(), d1.beta(), 1e-9);
        }
        for (Kind kind : Kind.values()) {
            for (Frontier f : Frontier.values()) {
                List<Link> a = MalmquistIndex.compute(p, new MalmquistIndex.Options(kind, Model.SBM_DDF, f, false),
                        () -> false, k -> {
                        }).links();
                List<Link> c = MalmquistIndex.compute(q, new MalmquistIndex.Options(kind, Model.SBM_DDF, f, false),
                        () -> false, k -> {
                        }).links();
                for (int i = 0; i < a.size(); i++) {
                    assertEquals(a.get(i).status(), c.get(i).status());
                    if (a.get(i).status() == LinkStatus.OPTIMAL) {
                        assertEquals(a.get(i).index(), c.get(i).index(), 1e-9);
                        assertEquals(a.get(i).ec(), c.get(i).ec(), 1e-9);
                        assertEquals(a.get(i).tc(), c.get(i).tc(), 1e-9);
                    }
                }
            }
        }
    }

    /** The estimator on the panel3x12 case: sbm-ddf GML and Luenberger decompose exactly. */
    @Test
    void estimatorRunsSbmDdf() throws IOException {
        GmlPanelTest h = new GmlPanelTest();
        PanelFrame data = GmlPanelTest.panel();
        for (String index : new String[] {"gml", "ml", "luenberger"}) {
            Result r = h.run(data, "inputs", "labour,capital,energy", "outputs", "gdp", "undesirable", "co2", "model",
                    "sbm-ddf", "index", index);
            ResultTable t = r.tables().get("index");
            double[] v = GmlPanelTest.col(t, "index");
            double[] ec = GmlPanelTest.col(t, "ec");
            double[] tc = GmlPanelTest.col(t, "tc");
            int optimal = 0;
            for (int i = 0; i < v.length; i++) {
                if ("optimal".equals(t.rows().get(i).get(7))) {
                    optimal++;
                    assertEquals(v[i], index.equals("luenberger") ? ec[i] + tc[i] : ec[i] * tc[i], 1e-12);
                }
            }
            if (index.equals("gml")) {
                assertEquals(v.length, optimal);
            }
            assertFalse(r.warnings().stream().anyMatch(w -> w.contains("reduces to")));
            for (List<Object> row : r.tables().get("distances").rows()) {
                if (row.get(2).equals("own")) {
                    assertTrue(((Number) row.get(3)).doubleValue() >= -1e-12);
                }
            }
        }
    }
}
