package org.carbonlab.efficiency.numerics.dea;

/**
 * What to solve for every DMU.
 *
 * @param model       radial (CCR/BCC envelopment, two-phase max-slack), sbm (Tone 2001, with undesirable outputs
 *                    Tone 2003) or ddf (directional distance function, weak disposability of bad outputs)
 * @param orientation input, output or nonoriented (radial: nonoriented is not defined; ddf ignores it)
 * @param vrs         variable returns to scale (Σλ = 1) instead of constant
 * @param superEff    compute super-efficiency (the DMU left out of its own reference set) for efficient DMUs
 * @param fallback    what to do when a super-efficiency program is infeasible
 * @param direction   DDF direction: which of inputs (contract by x_o), good outputs (expand by y_o) and bad outputs
 *                    (contract by b_o) move
 * @param zeroRule    Tone's rule for zero data in the SBM objective (else zeros are an error upstream)
 */
public record DeaSpec(Model model, Orientation orientation, boolean vrs, boolean superEff, Fallback fallback,
        boolean[] direction, boolean zeroRule) implements java.io.Serializable {

    public enum Model {
        RADIAL, SBM, DDF
    }

    public enum Orientation {
        INPUT, OUTPUT, NONORIENTED
    }

    /**
     * infeasible super-efficiency program: SCORE reports super_score = the efficiency score (1) with status
     * infeasible; SBM solves the non-oriented super-SBM of the same returns to scale instead (always feasible under
     * VRS; status fallback); LCZ (radial input orientation only) solves the two-stage super-efficiency of Lee, Chu
     * and Zhu (2011): the least output shortfall that makes the program feasible, then the radial program with the
     * outputs so reduced; score θ* + (1/s)Σβ* (status fallback). Where LCZ is not defined it behaves as SCORE.
     */
    public enum Fallback {
        SCORE, SBM, LCZ
    }
}
