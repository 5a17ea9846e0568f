package org.carbonlab.core.inference;

import java.util.Locale;

/** The kind of covariance a user asks for with the {@code vcov} parameter. */
public enum VcovType {
    /** The classical (homoskedastic) covariance sigma^2 (X'X)^-1. */
    CLASSICAL,
    /**
     * A robust covariance; what "robust" means is the estimator's choice ({@link RobustMeaning}): White's
     * heteroskedasticity-consistent sandwich for a cross-section or pooled model, clustered by entity for panel
     * estimators (Stata's {@code xtreg, vce(robust)}).
     */
    ROBUST,
    /** Clustered by a column (the {@code cluster} parameter; default the entity). */
    CLUSTER;

    /** The value as written in the {@code vcov} parameter ({@code classical}, {@code robust}, {@code cluster}). */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for a {@code vcov} parameter value (case-insensitive). */
    public static VcovType fromParameter(String value) {
        for (VcovType t : values()) {
            if (t.parameterValue().equalsIgnoreCase(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown vcov '" + value + "'; use classical, robust or cluster");
    }
}
