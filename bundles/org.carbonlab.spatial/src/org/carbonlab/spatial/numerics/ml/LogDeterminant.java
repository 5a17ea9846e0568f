package org.carbonlab.spatial.numerics.ml;

/**
 * ln|I − rW| of one n×n weight matrix as a function of r, with its derivative −tr(W(I − rW)⁻¹), and the interval
 * of r on which I − rW is non-singular (from W's extreme eigenvalues).
 */
public interface LogDeterminant {
    double value(double r);

    double derivative(double r);

    /** Lower end of the admissible interval (exclusive). */
    double lower();

    /** Upper end of the admissible interval (exclusive). */
    double upper();

    /** How the value is computed, for the result (e.g. "eigen (exact)"). */
    String method();

    /** True when {@link #value} is exact up to rounding (eigenvalues), false for an approximation. */
    boolean exact();
}
