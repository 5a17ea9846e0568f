package org.example.tapio;

/**
 * Tapio's (2005) eight degrees of decoupling, from the signs of the two growth rates and the elasticity
 * e = %ΔCO2 / %ΔGDP against the thresholds 0.8 and 1.2 (coupling is 0.8 ≤ e ≤ 1.2).
 */
public enum TapioState {
    STRONG_DECOUPLING("strong decoupling"),
    WEAK_DECOUPLING("weak decoupling"),
    EXPANSIVE_COUPLING("expansive coupling"),
    EXPANSIVE_NEGATIVE_DECOUPLING("expansive negative decoupling"),
    STRONG_NEGATIVE_DECOUPLING("strong negative decoupling"),
    WEAK_NEGATIVE_DECOUPLING("weak negative decoupling"),
    RECESSIVE_COUPLING("recessive coupling"),
    RECESSIVE_DECOUPLING("recessive decoupling"),
    /** GDP did not change: the elasticity is not defined. */
    UNDEFINED("undefined (no GDP change)");

    public static final double LOWER = 0.8;
    public static final double UPPER = 1.2;

    private final String label;

    TapioState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state of growth rates {@code emissionsGrowth} and {@code gdpGrowth} (fractions, e.g. 0.05). */
    public static TapioState of(double emissionsGrowth, double gdpGrowth) {
        if (gdpGrowth == 0) {
            return UNDEFINED;
        }
        double e = emissionsGrowth / gdpGrowth;
        if (gdpGrowth > 0) {
            if (emissionsGrowth < 0) {
                return STRONG_DECOUPLING;
            }
            return e < LOWER ? WEAK_DECOUPLING : e <= UPPER ? EXPANSIVE_COUPLING : EXPANSIVE_NEGATIVE_DECOUPLING;
        }
        if (emissionsGrowth > 0) {
            return STRONG_NEGATIVE_DECOUPLING;
        }
        return e < LOWER ? WEAK_NEGATIVE_DECOUPLING : e <= UPPER ? RECESSIVE_COUPLING : RECESSIVE_DECOUPLING;
    }
}
