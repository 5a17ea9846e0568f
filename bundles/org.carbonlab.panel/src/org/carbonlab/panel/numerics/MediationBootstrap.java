package org.carbonlab.panel.numerics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.tasks.TaskRunners;
import org.carbonlab.core.transform.Percentiles;

/**
 * Nonparametric bootstrap of panel statistics (resampling whole entities or single observations) and its
 * percentile and bias-corrected intervals (numbers in, numbers out).
 *
 * <h2>Resampling</h2>
 * {@link Scheme#ENTITY} draws G entities with replacement (G = number of entities) and keeps all rows of each
 * draw; the k-th draw becomes entity k, so an entity drawn twice enters as two distinct entities (Stata's
 * {@code bootstrap, cluster(id) idcluster(newid)}), which is what fixed-effects refits need. {@link Scheme#OBSERVATION}
 * draws N rows with replacement and keeps their entity codes.
 *
 * <h2>Reproducibility and parallelism</h2>
 * The generator of replication b is the b-th {@link SplittableRandom#split()} of {@code new SplittableRandom(seed)},
 * made in order; replication b's draws depend only on it, and its result is stored at index b. So the numbers depend
 * on the seed only, not on the number of threads, their scheduling or the machines the replications run on
 * ({@link BootstrapReplications}, handed to the task runner; SplittableRandom's algorithm is fixed by the JDK
 * specification).
 *
 * <h2>Failures and cancellation</h2>
 * A replication fails when the statistic throws a {@link RuntimeException} (e.g. a singular resample) or returns a
 * non-finite value; its row of {@link Draws#values()} is NaN and the reason is counted. Cancellation is polled by
 * the calling thread (which also reports progress, one unit per finished replication) and ends the run with a
 * {@link java.util.concurrent.CancellationException}.
 */
public final class MediationBootstrap {

    /**
     * Fewest successful replications from which percentile and bias-corrected intervals are computed. Their ends
     * are the 2.5 % and 97.5 % (or more extreme) quantiles of the draws; with a handful of draws these are just the
     * smallest and largest draw and need not even contain the estimate (reps = 1 gives a single point). Below this
     * count the intervals are NaN and the estimator warns; the standard error needs only two draws.
     */
    public static final int MIN_INTERVAL_REPS = 50;

    private MediationBootstrap() {
    }

    /** What is resampled. */
    public enum Scheme {
        ENTITY, OBSERVATION
    }

    /**
     * The statistic recomputed on a resample: the original rows drawn (with repeats) and their entity codes.
     * Serializable (with what it captures) so that replications can run on other machines.
     */
    @FunctionalInterface
    public interface Statistic extends java.io.Serializable {
        /**
         * @param rows   indices of the original rows, one per resampled row
         * @param entity entity code of each resampled row (0..G'-1)
         * @return the statistics, all finite for a successful replication
         */
        double[] compute(int[] rows, int[] entity);
    }

    /**
     * The replications: {@code values[b][j]} is statistic j in replication b (NaN for failed ones), and the failure
     * reasons with their counts (sorted by reason).
     */
    public record Draws(double[][] values, int failed, Map<String, Integer> failures) {

        public int reps() {
            return values.length;
        }

        public int succeeded() {
            return values.length - failed;
        }

        /** The successful draws of statistic j, in replication order. */
        public double[] column(int j) {
            double[] out = new double[succeeded()];
            int m = 0;
            for (double[] row : values) {
                if (!Double.isNaN(row[j])) {
                    out[m++] = row[j];
                }
            }
            return Arrays.copyOf(out, m);
        }
    }

    /** A two-sided interval; both ends NaN when it cannot be computed. */
    public record Interval(double low, double high) {
    }

    /**
     * Runs {@code reps} replications on {@code threads} worker threads.
     *
     * @param entity   entity code of every original row (non-negative integers)
     * @param scheme   entity or observation resampling
     * @param reps     number of replications (&gt;= 0)
     * @param seed     seed of the root generator
     * @param threads  worker threads (at least 1; capped at reps)
     * @param width    number of statistics the statistic returns
     * @param stat     the statistic; called concurrently, so it must not share mutable state
     * @param canceled polled by the calling thread about every 100 ms and after each replication
     * @param worked   called by the calling thread with 1 for each finished replication
     */
    public static Draws run(int[] entity, Scheme scheme, int reps, long seed, int threads, int width, Statistic stat,
            BooleanSupplier canceled, IntConsumer worked) {
        if (reps < 0 || width < 1 || threads < 1) {
            throw new IllegalArgumentException("reps " + reps + ", width " + width + ", threads " + threads);
        }
        BootstrapReplications plan = new BootstrapReplications(new Units(entity), scheme, reps, seed, width, stat);
        List<BootstrapReplications.Replication> done = TaskRunners.current().run("bootstrap: " + reps
                + " replications", plan, threads, new ProgressMonitor() {
                    @Override
                    public void begin(String task, int totalWork) {
                    }

                    @Override
                    public void worked(int units) {
                        for (int u = 0; u < units; u++) {
                            worked.accept(1);
                        }
                    }

                    @Override
                    public boolean isCanceled() {
                        return canceled.getAsBoolean();
                    }
                });
        double[][] values = new double[reps][];
        Map<String, Integer> failures = new TreeMap<>();
        int failed = 0;
        for (int b = 0; b < reps; b++) {
            BootstrapReplications.Replication r = done.get(b);
            values[b] = r.values();
            if (r.failure() != null) {
                failed++;
                failures.merge(r.failure(), 1, Integer::sum);
            }
        }
        return new Draws(values, failed, failures);
    }

    /** Rows grouped by entity, for drawing resamples. */
    static final class Units implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final int[] entity;
        private final int[][] rowsOf;

        Units(int[] entity) {
            this.entity = entity.clone();
            int max = -1;
            for (int e : entity) {
                if (e < 0) {
                    throw new IllegalArgumentException("negative entity code " + e);
                }
                max = Math.max(max, e);
            }
            int[] count = new int[max + 1];
            for (int e : entity) {
                count[e]++;
            }
            List<int[]> groups = new ArrayList<>();
            int[][] byCode = new int[max + 1][];
            for (int e = 0; e <= max; e++) {
                byCode[e] = new int[count[e]];
            }
            int[] fill = new int[max + 1];
            for (int i = 0; i < entity.length; i++) {
                byCode[entity[i]][fill[entity[i]]++] = i;
            }
            for (int[] g : byCode) {
                if (g.length > 0) {
                    groups.add(g);
                }
            }
            this.rowsOf = groups.toArray(new int[0][]);
        }

        /** {rows, entity codes} of one resample. */
        int[][] resample(Scheme scheme, SplittableRandom rng) {
            int n = entity.length;
            if (scheme == Scheme.OBSERVATION) {
                int[] rows = new int[n];
                int[] codes = new int[n];
                for (int i = 0; i < n; i++) {
                    rows[i] = rng.nextInt(n);
                    codes[i] = entity[rows[i]];
                }
                return new int[][] {rows, codes};
            }
            int g = rowsOf.length;
            int[] pick = new int[g];
            int total = 0;
            for (int k = 0; k < g; k++) {
                pick[k] = rng.nextInt(g);
                total += rowsOf[pick[k]].length;
            }
            int[] rows = new int[total];
            int[] codes = new int[total];
            int m = 0;
            for (int k = 0; k < g; k++) {
                for (int r : rowsOf[pick[k]]) {
                    rows[m] = r;
                    codes[m++] = k;
                }
            }
            return new int[][] {rows, codes};
        }
    }

    /** Bootstrap standard error: the standard deviation of the draws (divisor B − 1, as Stata); NaN if B &lt; 2. */
    public static double standardError(double[] draws) {
        int b = draws.length;
        if (b < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double d : draws) {
            mean += d;
        }
        mean /= b;
        double ss = 0;
        for (double d : draws) {
            ss += (d - mean) * (d - mean);
        }
        return Math.sqrt(ss / (b - 1));
    }

    /**
     * Percentile interval: the 100·α/2 and 100·(1 − α/2) percentiles of the draws, α = 1 − level, with Stata's
     * {@code _pctile} definition ({@link Percentiles.Type#STATA}), as Stata's {@code estat bootstrap, percentile}.
     * NaN with fewer than {@link #MIN_INTERVAL_REPS} draws.
     */
    public static Interval percentile(double[] draws, double level) {
        if (draws.length < MIN_INTERVAL_REPS) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double[] sorted = Percentiles.sortedNonMissing(draws);
        double lowP = lowerTail(level);
        return new Interval(Percentiles.ofSorted(sorted, lowP, Percentiles.Type.STATA),
                Percentiles.ofSorted(sorted, 1.0 - lowP, Percentiles.Type.STATA));
    }

    /**
     * Bias-corrected interval (Efron 1982) as Stata's {@code estat bootstrap, bc}: z0 = Φ⁻¹(#{θ*_b ≤ θ̂}/B),
     * p1 = Φ(2 z0 − z_{1−α/2}), p2 = Φ(2 z0 + z_{1−α/2}); the interval is the p1 and p2 quantiles of the draws
     * (Stata's {@code _pctile} definition). NaN when every draw lies on one side of θ̂ (z0 infinite) or with fewer
     * than {@link #MIN_INTERVAL_REPS} draws.
     */
    public static Interval biasCorrected(double[] draws, double estimate, double level) {
        int b = draws.length;
        if (b < MIN_INTERVAL_REPS || !Double.isFinite(estimate)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        int below = 0;
        for (double d : draws) {
            if (d <= estimate) {
                below++;
            }
        }
        if (below == 0 || below == b) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double z0 = Distributions.normalQuantile((double) below / b);
        double zc = Distributions.normalQuantile(1.0 - lowerTail(level));
        double p1 = normalCdf(2 * z0 - zc);
        double p2 = normalCdf(2 * z0 + zc);
        double[] sorted = Percentiles.sortedNonMissing(draws);
        return new Interval(Percentiles.ofSorted(sorted, p1, Percentiles.Type.STATA),
                Percentiles.ofSorted(sorted, p2, Percentiles.Type.STATA));
    }

    /** z0 of the bias-corrected interval (for reports and tests); ±Infinity when all draws lie on one side. */
    public static double biasCorrection(double[] draws, double estimate) {
        int below = 0;
        for (double d : draws) {
            if (d <= estimate) {
                below++;
            }
        }
        return Distributions.normalQuantile((double) below / draws.length);
    }

    /** α/2 for a level, computed in percent as Stata does ((100 − 100·level)/2 %), so 0.95 gives exactly 0.025. */
    static double lowerTail(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0,1): " + level);
        }
        double pct = Math.rint((100.0 - 100.0 * level) * 1e9) / 1e9;
        return pct / 2.0 / 100.0;
    }

    private static double normalCdf(double x) {
        return Distributions.normalUpperP(-x);
    }
}
