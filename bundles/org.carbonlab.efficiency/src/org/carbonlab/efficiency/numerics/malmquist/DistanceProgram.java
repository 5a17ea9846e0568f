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
 * </ul>
 * With {@code vrs} the convexity row Σλ = 1 is added. β is a free variable: against another period's
 * frontier the evaluated observation may lie outside the technology (β &lt; 0), or the program may be
 * infeasible (no λ meets the bad-output equality or, under VRS, the input bounds); the status says so.
 * Without bad outputs the two models are the same program.
 */
public final class DistanceProgram {

    /** The distance-function model. */
    public enum Model {
        RADIAL, DDF
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
        Optimisation.State state = result.getState();
        if (state.isOptimal()) {
            double v = result.doubleValue(n); // β is the last variable
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
