package org.carbonlab.core.formula;

/**
 * The response, design, endogenous and instrument columns of a {@link ModelFrame} with the
 * absorbed fixed effects projected out (rows × columns, like {@link ModelFrame#x()}), the degrees
 * of freedom the fixed effects absorb and the number of alternating-projection sweeps needed.
 * Without a fixed-effects part: the columns unchanged, 0 and 0.
 */
public record Demeaned(double[] y, double[][] x, double[][] endogenous, double[][] instruments, int absorbedDf,
        int iterations) {
}
