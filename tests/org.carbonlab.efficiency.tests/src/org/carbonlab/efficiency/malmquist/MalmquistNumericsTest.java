package org.carbonlab.efficiency.malmquist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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

/** Small cases solved by hand. */
class MalmquistNumericsTest {
    private static final double TOL = 1e-10;
    private static final double[][] NONE = new double[0][];

    /**
     * Reference (x, y, b) = (1, 1, 1); evaluated (1, 0.5, 1). λ ≤ 1, λ ≥ (1+β)/2, λ = 1−β gives β ≤ 1/3,
     * attained at λ = 2/3.
     */
    @Test
    void ddfWithBadOutputByHand() {
        double[][] x = {{1}};
        double[][] y = {{1}};
        double[][] b = {{1}};
        Distance d = DistanceProgram.solve(Model.DDF, false, x, y, b, new int[] {0}, new double[] {1},
                new double[] {0.5}, new double[] {1});
        assertEquals(Status.OPTIMAL, d.status());
        assertEquals(1.0 / 3.0, d.beta(), TOL);
    }

    /** Reference (2, 1, 1), evaluated (1, 1, 1): λ ≤ 1/2 but λ = 1−β ≥ 1+β needs β ≤ 0, i.e. λ ≥ 1. */
    @Test
    void crossPeriodProgramCanBeInfeasible() {
        Distance d = DistanceProgram.solve(Model.DDF, false, new double[][] {{2}}, new double[][] {{1}},
                new double[][] {{1}}, new int[] {0}, new double[] {1}, new double[] {1}, new double[] {1});
        assertEquals(Status.INFEASIBLE, d.status());
        assertTrue(Double.isNaN(d.beta()));
    }

    /** One input, one output, CRS: 1 + β = (best productivity of the reference) / (own productivity). */
    @Test
    void radialOneInputOneOutput() {
        double[][] x = {{2}, {1}, {4}};
        double[][] y = {{1}, {1}, {1}};
        for (Model m : new Model[] {Model.RADIAL, Model.DDF}) {
            Distance d = DistanceProgram.solve(m, false, x, y, new double[3][0], new int[] {0, 1}, x[2], y[2],
                    new double[0]);
            assertEquals(3.0, d.beta(), TOL); // best 1.0, own 0.25: φ = 4
        }
        // VRS: the evaluated x = 4 lies beyond the hull of x ∈ [1, 2]: max y is 1, φ = 1
        Distance v = DistanceProgram.solve(Model.RADIAL, true, x, y, new double[3][0], new int[] {0, 1}, x[2], y[2],
                new double[0]);
        assertEquals(0.0, v.beta(), TOL);
        // VRS, evaluated x = 0.5 below every reference input: infeasible
        Distance w = DistanceProgram.solve(Model.RADIAL, true, x, y, new double[3][0], new int[] {0, 1},
                new double[] {0.5}, new double[] {1}, new double[0]);
        assertEquals(Status.INFEASIBLE, w.status());
    }

    /**
     * Two entities, two periods, one input and one output (CRS): productivities p = y/x are period 1:
     * A 0.5, B 1; period 2: A 1, B 1.5. Frontier productivities P1 = 1, P2 = 1.5, global P = 1.5.
     * Malmquist = p2/p1 for every frontier; EC = (p2/P2)/(p1/P1); TC = P2/P1 (adjacent); global
     * BPC = (P/P1)/(P/P2) = P2/P1 as well.
     */
    @Test
    void malmquistOneInputOneOutputByHand() {
        int[] e = {0, 1, 0, 1};
        int[] t = {0, 0, 1, 1};
        double[][] x = {{2}, {1}, {1}, {2}};
        double[][] y = {{1}, {1}, {1}, {3}};
        MalmquistIndex.Panel panel = new MalmquistIndex.Panel(2, 2, e, t, x, y, new double[4][0]);
        double[][] expect = { // index, ec, tc per entity
                {2.0, (1 / 1.5) / 0.5, 1.5}, {1.5, 1.0, 1.5}};
        for (Frontier f : Frontier.values()) {
            for (Model m : new Model[] {Model.RADIAL, Model.DDF}) {
                List<Link> links = MalmquistIndex.compute(panel, new MalmquistIndex.Options(Kind.RATIO, m, f, false),
                        () -> false, k -> {
                        }).links();
                assertEquals(2, links.size());
                for (Link l : links) {
                    assertEquals(LinkStatus.OPTIMAL, l.status());
                    assertEquals(expect[l.entity()][0], l.index(), TOL, f + " " + m);
                    assertEquals(expect[l.entity()][1], l.ec(), TOL, f + " " + m);
                    assertEquals(expect[l.entity()][2], l.tc(), TOL, f + " " + m);
                    assertEquals(l.index(), l.cumulative(), TOL);
                }
            }
        }
    }

    /**
     * Luenberger by hand on the same data: β = P/p − 1. Entity A: β^1(1) = 1, β^2(2) = 0.5,
     * β^1(2) = 0, β^2(1) = 2: L = ½[(2 − 0.5) + (1 − 0)] = 1.25, EC = 0.5, TC = 0.75.
     */
    @Test
    void luenbergerByHand() {
        int[] e = {0, 1, 0, 1};
        int[] t = {0, 0, 1, 1};
        double[][] x = {{2}, {1}, {1}, {2}};
        double[][] y = {{1}, {1}, {1}, {3}};
        MalmquistIndex.Panel panel = new MalmquistIndex.Panel(2, 2, e, t, x, y, new double[4][0]);
        Link a = MalmquistIndex.compute(panel, new MalmquistIndex.Options(Kind.DIFFERENCE, Model.DDF,
                Frontier.CONTEMPORANEOUS, false), () -> false, k -> {
                }).links().get(0);
        assertEquals(1.25, a.index(), TOL);
        assertEquals(0.5, a.ec(), TOL);
        assertEquals(0.75, a.tc(), TOL);
        assertEquals(2.25, a.cumulative(), TOL);
    }

    /**
     * An infeasible adjacent-period program: period 1 has only (x, y, b) = (2, 1, 1); period 2 only
     * (1, 1, 1) (the same entity). D^1(x_2) is infeasible (see above): the link is reported infeasible,
     * with NaN index and tc, EC kept (its own programs are feasible: both 0, EC = 1), cumulative NaN.
     */
    @Test
    void infeasibleLinkIsReported() {
        MalmquistIndex.Panel panel = new MalmquistIndex.Panel(1, 2, new int[] {0, 0}, new int[] {0, 1},
                new double[][] {{2}, {1}}, new double[][] {{1}, {1}}, new double[][] {{1}, {1}});
        Link l = MalmquistIndex.compute(panel,
                new MalmquistIndex.Options(Kind.RATIO, Model.DDF, Frontier.CONTEMPORANEOUS, false), () -> false, k -> {
                }).links().get(0);
        assertEquals(LinkStatus.INFEASIBLE, l.status());
        assertTrue(Double.isNaN(l.index()));
        assertTrue(Double.isNaN(l.tc()));
        assertTrue(Double.isNaN(l.cumulative()));
        assertEquals(1.0, l.ec(), TOL);
        assertTrue(l.detail().contains("D^0(x_1) infeasible"), l.detail());
        // the global frontier contains both observations: always feasible
        Link g = MalmquistIndex.compute(panel,
                new MalmquistIndex.Options(Kind.RATIO, Model.DDF, Frontier.GLOBAL, false), () -> false, k -> {
                }).links().get(0);
        assertEquals(LinkStatus.OPTIMAL, g.status());
        assertEquals(g.index(), g.ec() * g.tc(), TOL);
    }
}
