package org.carbonlab.efficiency.numerics.dea;

/**
 * The solution for one DMU, in the units of the data handed to the solver (the caller unscales slacks). Serializable:
 * it is the result of one DEA task, which may be solved on another machine.
 *
 * @param score       θ (radial input), 1/φ (radial output), ρ (SBM) or β (DDF, 0 = efficient)
 * @param state       solver state of the main program(s): optimal, or ojAlgo's state name
 * @param lambda      intensities over the reference set (same order as the reference indices)
 * @param slackX      input slacks
 * @param slackG      good-output slacks
 * @param slackB      bad-output slacks
 * @param superScore  super-efficiency score, NaN when not computed
 * @param superStatus optimal, infeasible, fallback, or a solver state; null when not computed
 */
public record DmuSolution(double score, String state, double[] lambda, double[] slackX, double[] slackG, double[] slackB,
        double superScore, String superStatus) implements java.io.Serializable {

    public boolean optimal() {
        return "optimal".equals(state);
    }

    DmuSolution withSuper(double s, String status) {
        return new DmuSolution(score, state, lambda, slackX, slackG, slackB, s, status);
    }
}
