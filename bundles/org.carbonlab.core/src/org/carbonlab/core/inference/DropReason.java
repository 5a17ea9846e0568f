package org.carbonlab.core.inference;

/** Why an input regressor column was dropped (omitted) from an estimation. */
public enum DropReason {
    /** The column is identically zero (before any transformation). */
    ALL_ZERO,
    /**
     * The column is (numerically) in the span of the absorbed fixed effects alone, e.g. constant within entity under
     * individual effects, constant within period under time effects, or additively separable under two-way effects.
     */
    ABSORBED_BY_EFFECTS,
    /**
     * The column is (numerically) a linear combination of earlier kept columns (plus the absorbed effects, if any).
     * As in Stata, earlier columns are kept and later ones dropped.
     */
    COLLINEAR
}
