package org.carbonlab.panel.numerics;

import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.carbonlab.core.tasks.TaskPlan;

/**
 * The replications of a {@link MediationBootstrap} as independent tasks. Replication b draws its resample with the
 * b-th {@link SplittableRandom#split()} of {@code new SplittableRandom(seed)}, recomputed from the seed in each task
 * (b + 1 splits, nanoseconds each against a refit of every equation), because a generator cannot be copied: a task
 * that is run again (a retried Spark task) starts from the same stream and gives the same numbers.
 */
final class BootstrapReplications implements TaskPlan<BootstrapReplications.Replication> {
    private static final long serialVersionUID = 1L;

    /** One replication: its statistics (NaN when it failed) and the reason it failed, or null. */
    record Replication(double[] values, String failure) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final MediationBootstrap.Units units;
    private final MediationBootstrap.Scheme scheme;
    private final int reps;
    private final long seed;
    private final int width;
    private final MediationBootstrap.Statistic stat;

    BootstrapReplications(MediationBootstrap.Units units, MediationBootstrap.Scheme scheme, int reps, long seed,
            int width, MediationBootstrap.Statistic stat) {
        this.units = units;
        this.scheme = scheme;
        this.reps = reps;
        this.seed = seed;
        this.width = width;
        this.stat = stat;
    }

    @Override
    public int size() {
        return reps;
    }

    @Override
    public Replication run(int b) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom rng = root.split();
        for (int k = 0; k < b; k++) {
            rng = root.split();
        }
        int[][] draw = units.resample(scheme, rng);
        try {
            double[] v = stat.compute(draw[0], draw[1]);
            if (v == null || v.length != width) {
                throw new IllegalStateException("the statistic returned "
                        + (v == null ? "null" : v.length + " values instead of " + width));
            }
            for (double d : v) {
                if (!Double.isFinite(d)) {
                    throw new ArithmeticException("a statistic is not finite");
                }
            }
            return new Replication(v, null);
        } catch (RuntimeException e) {
            double[] nan = new double[width];
            Arrays.fill(nan, Double.NaN);
            return new Replication(nan, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
