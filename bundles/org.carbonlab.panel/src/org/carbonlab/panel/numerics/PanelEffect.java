package org.carbonlab.panel.numerics;

/** Which fixed effects the within estimator absorbs. */
public enum PanelEffect {
    /** Entity (individual) effects: demeaning by entity. */
    INDIVIDUAL,
    /** Period (time) effects: demeaning by period. */
    TIME,
    /** Entity and period effects (exact two-way within transformation, balanced or unbalanced). */
    TWOWAYS
}
