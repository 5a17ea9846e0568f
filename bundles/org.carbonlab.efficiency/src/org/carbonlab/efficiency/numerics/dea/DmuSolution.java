package org.carbonlab.efficiency.numerics.dea;

/**
 * The solution for one DMU, in the units of the data handed to the solver (the caller unscales slacks). Serializable:
 * it is the result of one DEA task, which may be solved on another machine. λ is held sparse ({@link Intensities}):
 * a run keeps one solution per DMU, and a dense λ over a global frontier would make that n² doubles.
 *
 * @param score       θ (radial input), 1/φ (radial output), ρ (SBM) or β (DDF, 0 = efficient)
 * @param state       solver state of the main program(s): optimal, or ojAlgo's state name
 * @param intensities λ over the reference set (positions in the order of the reference indices), zeros dropped
 * @param slackX      input slacks
 * @param slackG      good-output slacks
 * @param slackB      bad-output slacks
 * @param superScore  super-efficiency score, NaN when not computed
 * @param superStatus optimal, infeasible, fallback, or a solver state; null when not computed
 */
public record DmuSolution(double score, String state, Intensities intensities, double[] slackX, double[] slackG,
        double[] slackB, double superScore, String superStatus) implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    public boolean optimal() {
        return "optimal".equals(state);
    }

    /**
     * λ as a dense array over the reference set. Allocates one double per reference DMU on every call: for small
     * reference sets and tests; large runs read {@link #intensities()}.
     */
    public double[] lambda() {
        return intensities.toDense();
    }

    DmuSolution withSuper(double s, String status) {
        return new DmuSolution(score, state, intensities, slackX, slackG, slackB, s, status);
    }
}
