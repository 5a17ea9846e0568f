package org.carbonlab.core.weights;

import java.util.Locale;

import org.carbonlab.core.errors.InputException;

/**
 * How a weight matrix is scaled, with spdep's style letters where spdep has one. Isolates (rows
 * without neighbours) stay zero rows under every style (spdep's {@code zero.policy = TRUE}).
 */
public enum Standardisation {
    /** The weights as given. */
    NONE("none", null),
    /** spdep "B": every link has weight 1. */
    BINARY("binary", "B"),
    /** spdep "W": each row divided by its sum, so non-isolated rows sum to 1. */
    ROW("row", "W"),
    /** spdep "C": all weights multiplied by n / S0, so they sum to n (n counts isolates too). */
    GLOBAL("global", "C"),
    /**
     * Kelejian–Prucha: all weights divided by min(largest row sum, largest column sum), which
     * bounds the spectral radius by 1 without an eigenvalue.
     */
    MINMAX("minmax", null),
    /**
     * All weights divided by the largest eigenvalue modulus. Core has no eigenvalue solver: the
     * spatial family computes the radius and calls {@link SpatialWeights#scaled(double, Standardisation)}.
     */
    SPECTRAL("spectral", null);

    private final String label;
    private final String spdepStyle;

    Standardisation(String label, String spdepStyle) {
        this.label = label;
        this.spdepStyle = spdepStyle;
    }

    /** The name used in parameters, study files and provenance. */
    public String label() {
        return label;
    }

    /** spdep's {@code style} letter, or {@code null} where spdep has none. */
    public String spdepStyle() {
        return spdepStyle;
    }

    /** Parses a label (any case) or an spdep style letter (B, W, C). */
    public static Standardisation parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Standardisation s : values()) {
            if (s.label.equalsIgnoreCase(t) || (s.spdepStyle != null && s.spdepStyle.equalsIgnoreCase(t))) {
                return s;
            }
        }
        throw new InputException("unknown standardisation '" + t + "' of a spatial weight matrix; use one of "
                + "none, binary (B), row (W), global (C), minmax, spectral");
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
