package org.carbonlab.efficiency.numerics.malmquist;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * One output-side distance-function linear program, solved with ojAlgo. Name-free: observations are
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
 * Without bad outputs the DDF and radial models are the same program.
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
        if (model == Model.SBM_DDF) {
            return solveSbm(vrs, x, y, b, ref, xo, yo, bo);
        }
        int n = ref.length;
        ExpressionsBasedModel lp = new ExpressionsBasedModel();
        Variable[] lambda = new Variable[n];
        for (int j = 0; j < n; j++) {
            lambda[j] = lp.addVariable("l" + j).lower(0);
        }
        Variable beta = lp.addVariable("beta").weight(1);
        for (int i = 0; i < xo.length; i++) {
            Expression e = lp.addExpression("x" + i).upper(xo[i]);
            for (int j = 0; j < n; j++) {
                e.set(lambda[j], x[ref[j]][i]);
            }
        }
        for (int r = 0; r < yo.length; r++) {
            // Σλy − β y_o ≥ y_o
            Expression e = lp.addExpression("y" + r).lower(yo[r]);
            for (int j = 0; j < n; j++) {
                e.set(lambda[j], y[ref[j]][r]);
            }
            e.set(beta, -yo[r]);
        }
        for (int k = 0; k < bo.length; k++) {
            // Σλb + β b_o = b_o
            Expression e = lp.addExpression("b" + k).level(bo[k]);
            for (int j = 0; j < n; j++) {
                e.set(lambda[j], b[ref[j]][k]);
            }
            e.set(beta, bo[k]);
        }
        if (vrs) {
            Expression e = lp.addExpression("convexity").level(1);
            for (int j = 0; j < n; j++) {
                e.set(lambda[j], 1);
            }
        }
        Optimisation.Result result = lp.maximise();
        return outcome(result, result.getState().isOptimal() ? result.doubleValue(n) : Double.NaN); // β is the last variable
    }

    /**
     * The slacks-based DDF (see {@link Model#SBM_DDF}): variables λ (n), s_x (N), s_y (M), s_b (J), all
     * ≥ 0; the objective is S directly, so the optimum is read from the objective value.
     */
    private static Distance solveSbm(boolean vrs, double[][] x, double[][] y, double[][] b, int[] ref, double[] xo,
            double[] yo, double[] bo) {
        int n = ref.length;
        int parts = bo.length > 0 ? 3 : 2;
        ExpressionsBasedModel lp = new ExpressionsBasedModel();
        Variable[] lambda = new Variable[n];
        for (int j = 0; j < n; j++) {
            lambda[j] = lp.addVariable("l" + j).lower(0);
        }
        for (int i = 0; i < xo.length; i++) {
            if (!(xo[i] > 0)) {
                throw new IllegalArgumentException("sbm-ddf needs strictly positive inputs (direction g_x = x_o)");
            }
            // Σλx + s_x = x_o
            Variable s = lp.addVariable("sx" + i).lower(0).weight(1.0 / (parts * xo.length * xo[i]));
            Expression e = lp.addExpression("x" + i).level(xo[i]);
            for (int j = 0; j < n; j++) {
                e.set(lambda[j], x[ref[j]][i]);
            }
            e.set(s, 1);
        }
        for (int r = 0; r < yo.length; r++) {
            if (!(yo[r] > 0)) {
                throw new IllegalArgumentException("sbm-ddf needs strictly positive outputs (direction g_y = y_o)");
            }
            // Σλy − s_y = y_o
            Variable s = lp.addVariable("sy" + r).lower(0).weight(1.0 / (parts * yo.length * yo[r]));
            Expression e = lp.addExpression("y" + r).level(yo[r]);
            for (int j = 0; j < n; j++) {
                e.set(lambda[j], y[ref[j]][r]);
            }
            e.set(s, -1);
        }
        for (int k = 0; k < bo.length; k++) {
            if (!(bo[k] > 0)) {
                throw new IllegalArgumentException("sbm-ddf needs strictly positive bad outputs (direction g_b = b_o)");
            }
            // Σλb + s_b = b_o
            Variable s = lp.addVariable("sb" + k).lower(0).weight(1.0 / (parts * bo.length * bo[k]));
            Expression e = lp.addExpression("b" + k).level(bo[k]);
            for (int j = 0; j < n; j++) {
                e.set(lambda[j], b[ref[j]][k]);
            }
            e.set(s, 1);
        }
        if (vrs) {
            Expression e = lp.addExpression("convexity").level(1);
            for (int j = 0; j < n; j++) {
                e.set(lambda[j], 1);
            }
        }
        Optimisation.Result result = lp.maximise();
        // S from the slacks (variables n.. in the order added) and their weights
        double[] w = new double[xo.length + yo.length + bo.length];
        int q = 0;
        for (double v : xo) {
            w[q++] = 1.0 / (parts * xo.length * v);
        }
        for (double v : yo) {
            w[q++] = 1.0 / (parts * yo.length * v);
        }
        for (double v : bo) {
            w[q++] = 1.0 / (parts * bo.length * v);
        }
        double sbm = 0;
        if (result.getState().isOptimal()) {
            for (int k = 0; k < w.length; k++) {
                sbm += w[k] * result.doubleValue(n + k);
            }
        }
        return outcome(result, sbm);
    }

    /** The distance from a solved program whose optimal value (if any) is {@code v}; the state is checked. */
    private static Distance outcome(Optimisation.Result result, double v) {
        Optimisation.State state = result.getState();
        if (state.isOptimal()) {
            if (Double.isFinite(v)) {
                return new Distance(v, Status.OPTIMAL, state.name());
            }
            return new Distance(Double.NaN, Status.FAILED, state.name() + " (non-finite value)");
        }
        Status s = switch (state) {
            case INFEASIBLE -> Status.INFEASIBLE;
            case UNBOUNDED -> Status.UNBOUNDED;
            default -> Status.FAILED;
        };
        return new Distance(Double.NaN, s, state.name());
    }
}
