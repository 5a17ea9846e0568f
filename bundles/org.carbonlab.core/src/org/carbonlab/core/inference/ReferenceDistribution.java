package org.carbonlab.core.inference;

/** The distribution that a model's coefficient statistics are referred to for p-values and intervals. */
public enum ReferenceDistribution {
    /** Student's t with the model's degrees of freedom (statistics printed as t). */
    T("t", "t"),
    /** The standard normal (statistics printed as z), e.g. random effects, GMM, ML. */
    NORMAL("normal", "z");

    private final String label;
    private final String symbol;

    ReferenceDistribution(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** The name written in JSON and in tests' {@code distribution} member ({@code t}, {@code normal}). */
    public String label() {
        return label;
    }

    /** The statistic's symbol in tables ({@code t}, {@code z}). */
    public String symbol() {
        return symbol;
    }

    /** The constant for a {@link #label()} (case-insensitive). */
    public static ReferenceDistribution fromLabel(String label) {
        for (ReferenceDistribution d : values()) {
            if (d.label.equalsIgnoreCase(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown reference distribution '" + label + "'; use t or normal");
    }
}
