package org.carbonlab.core.formula;

import java.util.function.DoubleUnaryOperator;

import org.carbonlab.core.data.PanelFrame;

/**
 * A function that formulas and expressions can call, registered in a {@link FunctionRegistry}.
 * Arguments are vectors (any expression, evaluated per row), constants (numbers written
 * in the formula, such as the k of {@code lag(x, k)}) or groups (a column name, or entity or time); the parser checks the number and kind of
 * the arguments and {@link #checkConstants} their values, so mistakes surface before evaluation.
 */
public interface FormulaFunction {

    /** How an argument is passed. */
    enum ArgKind {
        /** An expression, evaluated to one value per frame row. */
        VECTOR,
        /** A number (or arithmetic on numbers) written in the formula. */
        CONSTANT,
        /**
         * A grouping: a column name of any type, or the words {@code entity} and {@code time} for the panel's
         * own. Passed to {@link #apply} as group numbers per row (0, 1, ... in order of first appearance; NaN
         * where the column is missing), e.g. the g of {@code mean_by(x, g)}.
         */
        GROUP
    }

    /** The name used in formulas. */
    String name();

    int minArgs();

    int maxArgs();

    ArgKind argKind(int index);

    /** The default of an optional constant argument (index ≥ minArgs()). */
    default double defaultValue(int index) {
        throw new IllegalStateException(name() + "() has no default for argument " + (index + 1));
    }

    /** True if labels spell out omitted optional arguments ({@code lag(x)} → {@code lag(x,1)}). */
    default boolean labelWithDefaults() {
        return false;
    }

    /**
     * Checks the constant arguments (all of them, defaults filled in; vector positions are NaN).
     * Returns a description of the problem, or {@code null} when they are fine.
     */
    default String checkConstants(double[] constants) {
        return null;
    }

    /**
     * For element-wise functions: how to describe a row whose inputs are present but whose result
     * is not a finite number ("is undefined for a non-positive argument"); such rows become
     * missing and are counted in a warning. {@code null} (the default) means missing results are
     * expected (as for lags) and are not reported.
     */
    default String invalidReason() {
        return null;
    }

    /** One line of documentation: the signature and what it computes. */
    String usage();

    /**
     * Computes the function. {@code vectors[i]} holds argument i's values in frame row order for
     * vector arguments and the group numbers for group arguments (null for constants and for optional
     * arguments not given); {@code constants[i]} holds constant arguments, with
     * defaults filled in (NaN for vectors). Returns one value per frame row, NaN for missing.
     */
    double[] apply(double[][] vectors, double[] constants, PanelFrame frame);

    /** An element-wise function of one vector argument. */
    static FormulaFunction elementwise(String name, DoubleUnaryOperator f, String invalidReason, String usage) {
        return new FormulaFunction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int minArgs() {
                return 1;
            }

            @Override
            public int maxArgs() {
                return 1;
            }

            @Override
            public ArgKind argKind(int index) {
                return ArgKind.VECTOR;
            }

            @Override
            public String invalidReason() {
                return invalidReason;
            }

            @Override
            public String usage() {
                return usage;
            }

            @Override
            public double[] apply(double[][] vectors, double[] constants, PanelFrame frame) {
                double[] x = vectors[0];
                double[] out = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    out[i] = Double.isNaN(x[i]) ? Double.NaN : f.applyAsDouble(x[i]);
                }
                return out;
            }
        };
    }
}
