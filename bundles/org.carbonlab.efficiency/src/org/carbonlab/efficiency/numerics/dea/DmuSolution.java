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

    /**
     * Serialised with λ sparse: λ has one entry per reference DMU (20,000 under a global frontier of 20,000 DMUs)
     * but only the peers are non-zero, and a remote DEA task must not ship n² doubles back.
     */
    private Object writeReplace() {
        return SerialForm.of(this);
    }

    /** λ by its entries whose bits are not those of +0.0 (so the dense array comes back bit for bit). */
    private record SerialForm(double score, String state, int lambdaLength, int[] at, double[] values,
            double[] slackX, double[] slackG, double[] slackB, double superScore, String superStatus)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        static SerialForm of(DmuSolution s) {
            int[] at = nonZero(s.lambda);
            return new SerialForm(s.score, s.state, s.lambda.length, at, values(s.lambda, at), s.slackX, s.slackG,
                    s.slackB, s.superScore, s.superStatus);
        }

        private static int[] nonZero(double[] v) {
            return java.util.stream.IntStream.range(0, v.length)
                    .filter(i -> Double.doubleToRawLongBits(v[i]) != 0L).toArray();
        }

        private static double[] values(double[] v, int[] at) {
            double[] out = new double[at.length];
            for (int k = 0; k < at.length; k++) {
                out[k] = v[at[k]];
            }
            return out;
        }

        private Object readResolve() {
            double[] lambda = new double[lambdaLength];
            for (int k = 0; k < at.length; k++) {
                lambda[at[k]] = values[k];
            }
            return new DmuSolution(score, state, lambda, slackX, slackG, slackB, superScore, superStatus);
        }
    }
}
