package org.carbonlab.efficiency.numerics;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * A small dense linear program, minimise c'x subject to rows a'x {&le;, =, &ge;} b and bounds lo &le; x &le; hi,
 * solved with ojAlgo's {@link ExpressionsBasedModel}. Name-free and reusable (DEA envelopment programs, Malmquist
 * cross-period programs). Every solve reports the solver's state; callers must check {@link Solution#optimal()}.
 */
public final class LinearProgram {

    /** Row sense. */
    public enum Sense {
        LE, EQ, GE
    }

    private record Row(int[] index, double[] coef, Sense sense, double rhs) {
    }

    /** Simplex iteration cap of the direct path (a stalled solve falls back to the modelling layer). */
    static final int ITERATION_LIMIT = 20_000;
    static final long TIME_LIMIT_MS = 10_000L;

    /**
     * Options of the direct path, made once per thread: constructing them builds number formats, which cost as much as
     * solving one of the small DEA programs. Never modified after creation.
     */
    private static final ThreadLocal<Optimisation.Options> DIRECT_OPTIONS = ThreadLocal.withInitial(() -> {
        Optimisation.Options options = new Optimisation.Options();
        options.iterations_abort = ITERATION_LIMIT;
        options.time_abort = TIME_LIMIT_MS;
        return options;
    });

    private final int n;
    private final double[] objective;
    private final double[] lower;
    private final double[] upper;
    private final List<Row> rows = new ArrayList<>();

    /** A program in {@code n} variables, all with bounds [0, +inf) and a zero objective. */
    public LinearProgram(int n) {
        this.n = n;
        this.objective = new double[n];
        this.lower = new double[n];
        this.upper = new double[n];
        java.util.Arrays.fill(upper, Double.POSITIVE_INFINITY);
    }

    public int variables() {
        return n;
    }

    public LinearProgram objective(int j, double c) {
        objective[j] = c;
        return this;
    }

    /** Bounds of variable j; use infinities for free variables. */
    public LinearProgram bounds(int j, double lo, double hi) {
        lower[j] = lo;
        upper[j] = hi;
        return this;
    }

    /** A sparse row: the coefficients {@code coef[k]} of the variables {@code index[k]}. */
    public LinearProgram row(int[] index, double[] coef, Sense sense, double rhs) {
        rows.add(new Row(index.clone(), coef.clone(), sense, rhs));
        return this;
    }

    /** As {@link #row(int[], double[], Sense, double)}, taking ownership of the arrays (no copy). */
    LinearProgram rowOwned(int[] index, double[] coef, Sense sense, double rhs) {
        rows.add(new Row(index, coef, sense, rhs));
        return this;
    }

    /** A dense row of length {@link #variables()}; zeros are skipped. */
    public LinearProgram row(double[] dense, Sense sense, double rhs) {
        int k = 0;
        for (double v : dense) {
            if (v != 0.0) {
                k++;
            }
        }
        int[] idx = new int[k];
        double[] c = new double[k];
        k = 0;
        for (int j = 0; j < dense.length; j++) {
            if (dense[j] != 0.0) {
                idx[k] = j;
                c[k++] = dense[j];
            }
        }
        rows.add(new Row(idx, c, sense, rhs));
        return this;
    }

    /**
     * Minimises with the direct path only, returning the solver's multipliers: for a program whose rows are all
     * equalities they come in row order, and the reduced cost of a column a_j with cost c_j is c_j + Σ_i m_i a_ij
     * (callers verify the sign on a basic column before relying on them).
     */
    public Solution minimiseWithMultipliers() {
        return minimiseDirect();
    }

    /**
     * A fast solve of a program whose rows are all equalities and whose variables all have bounds [0, +inf), by
     * {@link SmallSimplex}, with multipliers in the convention of {@link #minimiseWithMultipliers()} (reduced cost of
     * column j = c_j + Σ_i m_i a_ij). For choosing columns only: reported numbers come from {@link #minimise()} or
     * {@link #minimiseWithMultipliers()}. Null when the program has another form or the fast solve did not reach an
     * optimum.
     */
    public Solution minimiseQuick() {
        for (int j = 0; j < n; j++) {
            if (lower[j] != 0.0 || upper[j] != Double.POSITIVE_INFINITY) {
                return null;
            }
        }
        int m = rows.size();
        double[][] a = new double[m][n];
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            Row row = rows.get(i);
            if (row.sense != Sense.EQ) {
                return null;
            }
            for (int k = 0; k < row.index.length; k++) {
                a[i][row.index[k]] += row.coef[k];
            }
            b[i] = row.rhs;
        }
        SmallSimplex.Optimum opt = SmallSimplex.minimise(a, b, objective);
        if (opt == null) {
            return null;
        }
        double[] mult = new double[m];
        for (int i = 0; i < m; i++) {
            mult[i] = -opt.y()[i];
        }
        return new Solution("optimal", true, false, opt.value(), opt.x(), mult);
    }

    /** Outcome of one solve. {@code state} is ojAlgo's state name in lower case (optimal, infeasible, ...). */
    public record Solution(String state, boolean optimal, boolean infeasible, double value, double[] x,
            double[] multipliers) {
    }

    /**
     * Minimises with ojAlgo's {@link LinearSolver} builder (dense rows, no modelling layer). A result that is not
     * optimal is re-solved with the {@link ExpressionsBasedModel} (presolve, different code path) before it is
     * reported, so that a non-optimal state is confirmed by two solver paths.
     */
    public Solution minimise() {
        Solution s = minimiseDirect();
        if (s.optimal()) {
            return s;
        }
        return minimiseModel();
    }

    @SuppressWarnings("deprecation")
    Solution minimiseDirect() {
        LinearSolver.Builder builder = LinearSolver.newGeneralBuilder(objective.clone());
        double[] dense = new double[n];
        for (Row row : rows) {
            java.util.Arrays.fill(dense, 0.0);
            double sign = row.sense == Sense.GE ? -1.0 : 1.0;
            for (int k = 0; k < row.index.length; k++) {
                dense[row.index[k]] += sign * row.coef[k];
            }
            if (row.sense == Sense.EQ) {
                builder.equality(row.rhs, dense.clone());
            } else {
                builder.inequality(sign * row.rhs, dense.clone());
            }
        }
        boolean bounded = false;
        for (int j = 0; j < n; j++) {
            if (lower[j] != 0.0 || upper[j] != Double.POSITIVE_INFINITY) {
                bounded = true;
                break;
            }
        }
        if (bounded) {
            builder.lower(lower.clone());
            builder.upper(upper.clone());
        }
        Optimisation.Result res = builder.build(DIRECT_OPTIONS.get()).solve();
        return toSolution(res);
    }

    private Solution toSolution(Optimisation.Result res) {
        Optimisation.State st = res.getState();
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = res.doubleValue(j);
        }
        double[] mult = null;
        if (res.getMultipliers().isPresent()) {
            org.ojalgo.structure.Access1D<?> m = res.getMultipliers().get();
            mult = new double[(int) m.count()];
            for (int i = 0; i < mult.length; i++) {
                mult[i] = m.doubleValue(i);
            }
        }
        return new Solution(st.name().toLowerCase(java.util.Locale.ROOT), st.isOptimal(),
                st == Optimisation.State.INFEASIBLE, res.getValue(), x, mult);
    }

    /** Minimises through ojAlgo's modelling layer. */
    Solution minimiseModel() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] v = new Variable[n];
        for (int j = 0; j < n; j++) {
            Variable var = model.addVariable("x" + j);
            if (lower[j] != Double.NEGATIVE_INFINITY) {
                var.lower(lower[j]);
            }
            if (upper[j] != Double.POSITIVE_INFINITY) {
                var.upper(upper[j]);
            }
            if (objective[j] != 0.0) {
                var.weight(objective[j]);
            }
            v[j] = var;
        }
        int r = 0;
        for (Row row : rows) {
            Expression e = model.addExpression("r" + r++);
            for (int k = 0; k < row.index.length; k++) {
                e.set(v[row.index[k]], row.coef[k]);
            }
            switch (row.sense) {
                case LE -> e.upper(row.rhs);
                case GE -> e.lower(row.rhs);
                default -> e.level(row.rhs);
            }
        }
        return toSolution(model.minimise());
    }
}
