package org.carbonlab.core.estimator;

import java.util.SplittableRandom;

import org.carbonlab.core.data.PanelFrame;

/**
 * What an estimator gets: the dataset, its validated parameters, a progress monitor and a seeded
 * random source (SplittableRandom's algorithm is fixed by the JDK specification, so the same seed
 * gives the same numbers on every machine).
 */
public record EstimationContext(PanelFrame data, Parameters parameters, ProgressMonitor monitor, long seed) {
    /** Seed used when an estimator's {@code seed} parameter is left unset. */
    public static final long DEFAULT_SEED = 12345L;

    /** A fresh generator from the context's seed; split it for parallel work. */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }

    public static EstimationContext of(PanelFrame data, Parameters parameters) {
        return new EstimationContext(data, parameters, ProgressMonitor.NULL, DEFAULT_SEED);
    }
}
