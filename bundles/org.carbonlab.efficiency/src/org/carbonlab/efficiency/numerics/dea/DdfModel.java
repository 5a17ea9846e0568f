package org.carbonlab.efficiency.numerics.dea;

import org.carbonlab.efficiency.numerics.Envelopment;
import org.carbonlab.efficiency.numerics.LinearProgram;
import org.carbonlab.efficiency.numerics.LinearProgram.Sense;
import org.carbonlab.efficiency.numerics.LinearProgram.Solution;

/**
 * The directional distance function with weak disposability of bad outputs, the one formulation used by
 * efficiency.dea (model=ddf) and by the Malmquist-Luenberger distances: max β s.t. Xλ ≤ x_o − βg_x,
 * Y^gλ ≥ y^g_o + βg_y, Y^bλ = y^b_o − βg_b (VRS: Σλ = 1), with the direction g = (x_o, y^g_o, b_o) restricted to the
 * parts that move. β is free: an observation outside the technology (o left out of its own reference set, or another
 * period's frontier) has β &lt; 0. Name-free: data are variables × observations; the evaluated point is given by its
 * values, so it need not be one of the reference columns.
 */
public final class DdfModel {

    private DdfModel() {
    }

    /**
     * @param move which of inputs, good outputs and bad outputs move along the direction
     * @param ref  the columns spanning the technology
     * @return the solver's outcome; variables β (index 0), then λ over ref
     */
    public static Solution solve(boolean[] move, boolean vrs, double[][] x, double[][] g, double[][] b, int[] ref,
            double[] xo, double[] go, double[] bo) {
        LinearProgram lp = new LinearProgram(1 + ref.length);
        lp.bounds(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        lp.objective(0, -1.0);
        Envelopment env = new Envelopment(lp, ref, 1);
        for (int i = 0; i < x.length; i++) {
            env.row(x[i], 0, move[0] ? xo[i] : 0.0, Sense.LE, xo[i]);
        }
        for (int r = 0; r < g.length; r++) {
            env.row(g[r], 0, move[1] ? -go[r] : 0.0, Sense.GE, go[r]);
        }
        for (int k = 0; k < b.length; k++) {
            env.row(b[k], 0, move[2] ? bo[k] : 0.0, Sense.EQ, bo[k]);
        }
        if (vrs) {
            env.convexity();
        }
        return lp.minimise();
    }

    /** DMU o (a column of the data) against {@code ref}, with its slacks at the optimal β. */
    static DmuSolution dmu(DeaData d, boolean[] move, boolean vrs, int o, int[] ref) {
        double[] xo = DeaData.column(d.x, o);
        double[] go = DeaData.column(d.g, o);
        Solution sol = solve(move, vrs, d.x, d.g, d.b, ref, xo, go, DeaData.column(d.b, o));
        int nr = ref.length;
        if (!sol.optimal()) {
            return d.failed(sol.infeasible() ? "infeasible" : sol.state(), nr);
        }
        double[] v = sol.x();
        double beta = v[0];
        Intensities lam = Intensities.of(v, 1, nr, 1.0);
        double[] sx = new double[d.x.length];
        double[] sg = new double[d.g.length];
        double[] sb = new double[d.b.length];
        for (int i = 0; i < sx.length; i++) {
            double proj = lam.dot(d.x[i], ref);
            sx[i] = Math.max(0, xo[i] - (move[0] ? beta * xo[i] : 0) - proj);
        }
        for (int r = 0; r < sg.length; r++) {
            double proj = lam.dot(d.g[r], ref);
            sg[r] = Math.max(0, proj - go[r] - (move[1] ? beta * go[r] : 0));
        }
        return new DmuSolution(beta, "optimal", lam, sx, sg, sb, Double.NaN, null);
    }
}
