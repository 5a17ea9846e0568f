package org.carbonlab.efficiency.numerics.dea;

import org.carbonlab.core.tasks.TaskPlan;

/**
 * The DEA programs as independent tasks, task o = DMU o against its reference set: the scaled data (the reference
 * set every task reads, shipped once to remote workers), the spec and each DMU's reference indices. DMUs sharing a
 * frontier share one reference array, which serialisation keeps shared. The solver is rebuilt on first use where
 * the plan is run; its results depend only on the data and the DMU, so every worker gives the same numbers. Each
 * result holds its λ sparse ({@link Intensities}), so the results of a run (kept by the caller, shipped back by
 * remote workers) grow with n, not n².
 */
final class DeaTaskPlan implements TaskPlan<DmuSolution> {
    private static final long serialVersionUID = 1L;

    private final DeaSpec spec;
    private final double[][] x;
    private final double[][] g;
    private final double[][] b;
    private final double[] mx;
    private final double[] mg;
    private final double[] mb;
    private final int[][] refs;
    private final int columnGenerationMin;
    private transient volatile DeaSolver solver;

    /** @param x, g, b the data scaled by their means {@code mx, mg, mb} (slacks are unscaled per task) */
    DeaTaskPlan(DeaSpec spec, double[][] x, double[][] g, double[][] b, double[] mx, double[] mg, double[] mb,
            int[][] refs, int columnGenerationMin) {
        this.spec = spec;
        this.x = x;
        this.g = g;
        this.b = b;
        this.mx = mx;
        this.mg = mg;
        this.mb = mb;
        this.refs = refs;
        this.columnGenerationMin = columnGenerationMin;
    }

    @Override
    public int size() {
        return refs.length;
    }

    @Override
    public DmuSolution run(int o) {
        return DeaEngine.unscale(solver().solve(o, refs[o]), mx, mg, mb);
    }

    private DeaSolver solver() {
        DeaSolver s = solver;
        if (s == null) {
            synchronized (this) {
                s = solver;
                if (s == null) {
                    s = new DeaSolver(spec, x, g, b, mx, mg, mb).columnGenerationFrom(columnGenerationMin);
                    solver = s;
                }
            }
        }
        return s;
    }
}
