package org.carbonlab.efficiency.numerics.malmquist;

import java.util.Locale;

import org.carbonlab.efficiency.numerics.Envelopment;
import org.carbonlab.efficiency.numerics.LinearProgram;
import org.carbonlab.efficiency.numerics.LinearProgram.Sense;
import org.carbonlab.efficiency.numerics.LinearProgram.Solution;
import org.carbonlab.efficiency.numerics.dea.DdfModel;

/**
 * One output-side distance-function linear program, solved through {@link LinearProgram} (its iteration and time
 * limits, and its second solver path before a non-optimal state is reported). Name-free: observations are
 * rows of the matrices {@code x} (inputs), {@code y} (desirable outputs) and {@code b} (undesirable
 * outputs, possibly with zero columns).
 *
 * <p>Both models return the expansion β of the evaluated observation (x_o, y_o, b_o) against the
 * technology spanned by the reference rows:
 * <ul>
 * <li>{@link Model#DDF} (Chung, Färe &amp; Grosskopf 1997; Oh 2010), direction g = (0, y_o, −b_o):
 * max β s.t. Σλx ≤ x_o, Σλy ≥ (1+β) y_o, Σλb = (1−β) b_o, λ ≥ 0 (the equality is weak disposability
 * of the bad outputs);</li>
 * <li>{@link Model#RADIAL}, the output-oriented Farrell/Shephard program: max φ s.t. Σλx ≤ x_o,
 * Σλy ≥ φ y_o, λ ≥ 0, reported as β = φ − 1, so that the Shephard output distance is 1/(1+β). Bad
 * outputs are not allowed in this model.</li>
 * <li>{@link Model#SBM_DDF}, the directional slacks-based inefficiency measure of Fukuyama &amp; Weber
 * (2009, Socio-Economic Planning Sciences 43(4) 274–287) with bad outputs, as used for SBM-DDF
 * Luenberger and (G)ML productivity, with direction g = (g_x, g_y, g_b) = (x_o, y_o, b_o):
 * <pre>
 * S = max (1/3)[(1/N) Σ_n s_x,n/g_x,n + (1/M) Σ_m s_y,m/g_y,m + (1/J) Σ_j s_b,j/g_b,j]
 * s.t. Σλx + s_x = x_o,  Σλy − s_y = y_o,  Σλb + s_b = b_o,  λ ≥ 0, s_x, s_y, s_b ≥ 0
 * </pre>
 * (N inputs, M desirable and J undesirable outputs). Without bad outputs (J = 0) the bad-output term
 * and row are dropped and the weight is 1/2: S = max ½[(1/N) Σ s_x/g_x + (1/M) Σ s_y/g_y]. S is
 * reported as β. Because the directions are the evaluated data, S is invariant to the units of each
 * variable; all data must be strictly positive. The slacks are non-negative, so S ≥ 0 whenever the
 * program is feasible, and S = 0 exactly when the observation is on the strongly efficient part of the
 * reference frontier; an observation outside another period's technology (which the DDF would report
 * with β &lt; 0) makes this program infeasible.</li>
 * </ul>
 * With {@code vrs} the convexity row Σλ = 1 is added. β is a free variable: against another period's
 * frontier the evaluated observation may lie outside the technology (β &lt; 0), or the program may be
 * infeasible (no λ meets the bad-output equality or, under VRS, the input bounds); the status says so.
 * Without bad outputs the DDF and radial models are the same program: both are efficiency.dea's DDF formulation
 * ({@link DdfModel}) with the direction moving the good and the bad outputs only.
 */
public final class DistanceProgram {

    /** The distance-function model. */
    public enum Model {
        RADIAL, DDF,
        /** Fukuyama &amp; Weber (2009) directional slacks-based measure, direction (x_o, y_o, b_o). */
        SBM_DDF
    }

    /** Outcome of one program. */
    public enum Status {
        OPTIMAL, INFEASIBLE, UNBOUNDED, FAILED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A solved distance: β (NaN unless {@code status} is OPTIMAL) and the solver's own state.
     */
    public record Distance(double beta, Status status, String solverState) {
        public boolean ok() {
            return status == Status.OPTIMAL;
        }

        /** 1 + β: the reciprocal of the Shephard output distance when there are no bad outputs. */
        public double expansion() {
            return 1.0 + beta;
        }
    }

    private DistanceProgram() {
    }

    /** The DDF direction of these distances: inputs stay, good outputs expand, bad outputs contract. */
    private static final boolean[] OUTPUT_DIRECTION = {false, true, true};

    /**
     * Solves the program for observation {@code o}'s data against the reference rows {@code ref}.
     *
     * @param x   inputs, one row per observation (already scaled)
     * @param y   desirable outputs, one row per observation
     * @param b   undesirable outputs, one row per observation (rows of length 0 when there are none)
     * @param ref indices of the rows spanning the technology
     * @param xo  evaluated inputs
     * @param yo  evaluated desirable outputs
     * @param bo  evaluated undesirable outputs
     */
    public static Distance solve(Model model, boolean vrs, double[][] x, double[][] y, double[][] b, int[] ref,
            double[] xo, double[] yo, double[] bo) {
        if (model == Model.RADIAL && bo.length > 0) {
            throw new IllegalArgumentException("the radial model takes no undesirable outputs");
        }
        double[][] xt = transpose(x, xo.length);
        double[][] yt = transpose(y, yo.length);
        double[][] bt = transpose(b, bo.length);
        if (model == Model.SBM_DDF) {
            return solveSbm(vrs, xt, yt, bt, ref, xo, yo, bo);
        }
        Solution s = DdfModel.solve(OUTPUT_DIRECTION, vrs, xt, yt, bt, ref, xo, yo, bo);
        return outcome(s, s.optimal() ? s.x()[0] : Double.NaN);
    }

    /** Variables × observations, as the DEA programs take them. */
    private static double[][] transpose(double[][] rows, int k) {
        double[][] t = new double[k][rows.length];
        for (int j = 0; j < rows.length; j++) {
            for (int i = 0; i < k; i++) {
                t[i][j] = rows[j][i];
            }
        }
        return t;
    }

    /**
     * The slacks-based DDF (see {@link Model#SBM_DDF}): variables λ (n), s_x (N), s_y (M), s_b (J), all
     * ≥ 0; S is the weighted sum of the optimal slacks. Data are variables × observations.
     */
    private static Distance solveSbm(boolean vrs, double[][] x, double[][] y, double[][] b, int[] ref, double[] xo,
            double[] yo, double[] bo) {
        int n = ref.length;
        int parts = bo.length > 0 ? 3 : 2;
        check(xo, "inputs (direction g_x = x_o)");
        check(yo, "outputs (direction g_y = y_o)");
        check(bo, "bad outputs (direction g_b = b_o)");
        int sx = n;
        int sy = sx + xo.length;
        int sb = sy + yo.length;
        LinearProgram lp = new LinearProgram(sb + bo.length);
        double[] w = new double[xo.length + yo.length + bo.length];
        Envelopment env = new Envelopment(lp, ref, 0);
        for (int i = 0; i < xo.length; i++) {
            w[i] = 1.0 / (parts * xo.length * xo[i]);
            env.row(x[i], sx + i, 1.0, Sense.EQ, xo[i]); // Σλx + s_x = x_o
        }
        for (int r = 0; r < yo.length; r++) {
            w[xo.length + r] = 1.0 / (parts * yo.length * yo[r]);
            env.row(y[r], sy + r, -1.0, Sense.EQ, yo[r]); // Σλy − s_y = y_o
        }
        for (int k = 0; k < bo.length; k++) {
            w[xo.length + yo.length + k] = 1.0 / (parts * bo.length * bo[k]);
            env.row(b[k], sb + k, 1.0, Sense.EQ, bo[k]); // Σλb + s_b = b_o
        }
        if (vrs) {
            env.convexity();
        }
        for (int k = 0; k < w.length; k++) {
            lp.objective(n + k, -w[k]); // max S = min −S
        }
        Solution s = lp.minimise();
        double sbm = 0;
        if (s.optimal()) {
            for (int k = 0; k < w.length; k++) {
                sbm += w[k] * s.x()[n + k];
            }
        }
        return outcome(s, sbm);
    }

    private static void check(double[] direction, String what) {
        for (double v : direction) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("sbm-ddf needs strictly positive " + what);
            }
        }
    }

    /** The distance from a solved program whose optimal value (if any) is {@code v}; the state is checked. */
    private static Distance outcome(Solution s, double v) {
        String state = s.state().toUpperCase(Locale.ROOT);
        if (s.optimal()) {
            if (Double.isFinite(v)) {
                return new Distance(v, Status.OPTIMAL, state);
            }
            return new Distance(Double.NaN, Status.FAILED, state + " (non-finite value)");
        }
        Status status = s.infeasible() ? Status.INFEASIBLE : "UNBOUNDED".equals(state) ? Status.UNBOUNDED : Status.FAILED;
        return new Distance(Double.NaN, status, state);
    }
}
