package org.carbonlab.panel.numerics;

/**
 * Immutable options shared by {@link PooledOls} and {@link FixedEffects}.
 * <ul>
 * <li>{@code confidenceLevel} (default 0.95): level of the two-sided confidence intervals in every
 * {@link org.carbonlab.core.inference.CoefficientTable}; the intervals use the same t degrees of freedom as the p-values.</li>
 * <li>{@code collinearityTolerance} (default 1e-9): a regressor column is dropped when the Euclidean norm of its
 * part orthogonal to the absorbed effects and to the earlier kept columns is at most
 * {@code tolerance * ||x_j||}, where ||x_j|| is the norm of the raw (untransformed, uncentred) input column.
 * Columns are examined in input order, so earlier columns are kept and later ones dropped (Stata's order).</li>
 * <li>{@code interceptColumn} (pooled OLS only; default {@link #AUTO_INTERCEPT}): index of the intercept column in
 * X, {@link #NO_INTERCEPT} for a model without intercept, or {@link #AUTO_INTERCEPT} to use the first column whose
 * entries are all exactly 1.0 (none found = no intercept). Ignored by {@link FixedEffects}.</li>
 * </ul>
 */
public final class FitOptions {

    /** Detect the intercept column automatically (first column of exact ones). */
    public static final int AUTO_INTERCEPT = -2;
    /** The model has no intercept (R-squared and F use the uncentred conventions of R's summary.lm). */
    public static final int NO_INTERCEPT = -1;

    private static final FitOptions DEFAULTS = new FitOptions(0.95, 1e-9, AUTO_INTERCEPT);

    private final double confidenceLevel;
    private final double collinearityTolerance;
    private final int interceptColumn;

    private FitOptions(double confidenceLevel, double collinearityTolerance, int interceptColumn) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0,1): " + confidenceLevel);
        }
        if (!(collinearityTolerance >= 0 && collinearityTolerance < 1)) {
            throw new IllegalArgumentException("collinearity tolerance must be in [0,1): " + collinearityTolerance);
        }
        if (interceptColumn < AUTO_INTERCEPT) {
            throw new IllegalArgumentException("invalid intercept column: " + interceptColumn);
        }
        this.confidenceLevel = confidenceLevel;
        this.collinearityTolerance = collinearityTolerance;
        this.interceptColumn = interceptColumn;
    }

    public static FitOptions defaults() {
        return DEFAULTS;
    }

    public FitOptions withConfidenceLevel(double level) {
        return new FitOptions(level, collinearityTolerance, interceptColumn);
    }

    public FitOptions withCollinearityTolerance(double tol) {
        return new FitOptions(confidenceLevel, tol, interceptColumn);
    }

    /** @param column index of the intercept column, {@link #NO_INTERCEPT} or {@link #AUTO_INTERCEPT} */
    public FitOptions withInterceptColumn(int column) {
        return new FitOptions(confidenceLevel, collinearityTolerance, column);
    }

    public FitOptions withoutIntercept() {
        return withInterceptColumn(NO_INTERCEPT);
    }

    public double confidenceLevel() {
        return confidenceLevel;
    }

    public double collinearityTolerance() {
        return collinearityTolerance;
    }

    public int interceptColumn() {
        return interceptColumn;
    }

    @Override
    public String toString() {
        return "FitOptions[level=" + confidenceLevel + ", tol=" + collinearityTolerance + ", intercept="
                + interceptColumn + "]";
    }
}
