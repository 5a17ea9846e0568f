package org.carbonlab.core.inference;

/** What {@code vcov=robust} means for an estimator (Stata's convention differs between regress and xtreg). */
public enum RobustMeaning {
    /**
     * White's heteroskedasticity-consistent sandwich, HC1 or HC0 by {@code ssc} (Stata {@code regress, vce(robust)}).
     */
    HETEROSKEDASTICITY_CONSISTENT,
    /** Clustered by the entity (Stata {@code xtreg, fe/re vce(robust)}; plm's {@code vcovHC}). */
    CLUSTERED_BY_ENTITY
}
