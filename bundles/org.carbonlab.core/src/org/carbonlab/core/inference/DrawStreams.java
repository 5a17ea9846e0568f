package org.carbonlab.core.inference;

import java.util.SplittableRandom;

/**
 * The random stream of one draw of a resampling procedure (bootstrap replication, placebo draw), derived from the
 * seed and the draw's index alone. Because no stream depends on which thread ran the earlier draws, the numbers are
 * the same with any number of threads and any scheduling.
 */
public final class DrawStreams {

    private DrawStreams() {
    }

    /** The generator of draw {@code index} (0, 1, ...) under {@code seed}. */
    public static SplittableRandom of(long seed, long index) {
        // two rounds of the SplitMix64 finaliser decorrelate neighbouring seeds and indices
        return new SplittableRandom(mix(mix(seed) + 0x9E3779B97F4A7C15L * (index + 1)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
