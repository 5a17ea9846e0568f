package org.carbonlab.core.inference;

import java.util.Locale;
import java.util.SplittableRandom;

/** The cluster weights v_g of a wild cluster bootstrap (mean 0, variance 1). */
public enum BootstrapWeights {
    /** ±1 with probability 1/2 each; only 2^G distinct draws, so with few clusters they are enumerated. */
    RADEMACHER,
    /** Webb's (2023) six-point distribution ±√(1/2), ±1, ±√(3/2), each 1/6: many more distinct draws for G ≤ 12. */
    WEBB;

    private static final double[] WEBB_POINTS = {-Math.sqrt(1.5), -1, -Math.sqrt(0.5), Math.sqrt(0.5), 1,
        Math.sqrt(1.5)};

    /** One weight from {@code random}. */
    public double draw(SplittableRandom random) {
        return this == RADEMACHER ? (random.nextBoolean() ? 1.0 : -1.0) : WEBB_POINTS[random.nextInt(6)];
    }

    /** The value as written in parameters ({@code rademacher}, {@code webb}). */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for a parameter value (case-insensitive). */
    public static BootstrapWeights fromParameter(String value) {
        for (BootstrapWeights w : values()) {
            if (w.parameterValue().equalsIgnoreCase(value)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown bootstrap weights '" + value + "'; use rademacher or webb");
    }
}
