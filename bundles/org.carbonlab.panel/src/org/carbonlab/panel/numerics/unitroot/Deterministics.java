package org.carbonlab.panel.numerics.unitroot;

/** The deterministic terms of a unit-root regression: none, an intercept, or an intercept and a linear trend. */
public enum Deterministics {
    NONE, INTERCEPT, TREND;

    /** Number of deterministic columns. */
    public int columns() {
        return ordinal();
    }
}
