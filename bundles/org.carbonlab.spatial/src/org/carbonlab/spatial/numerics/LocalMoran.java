package org.carbonlab.spatial.numerics;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.weights.SpatialWeights;

/**
 * Local Moran's I (Anselin 1995) as spdep's {@code localmoran} with {@code mlvar=TRUE}: I_i = (z_i/m2) Σ_j w_ij z_j,
 * m2 = Σz²/n over all n units (isolates included; their I_i, E_i and variance are 0 and z is undefined).
 * Two variance conventions:
 * <ul>
 * <li>{@link Variance#CONDITIONAL} (spdep ≥ 1.1 default; Sokal et al. 1998): E_i = −z_i² W_i/((n−1) m2),
 * Var_i = (z_i/m2)² n/(n−2) (W_i(2) − W_i²/(n−1)) (m2 − z_i²/(n−1));</li>
 * <li>{@link Variance#TOTAL} (Anselin 1995, GeoDa/PySAL): E_i = −W_i/(n−1),
 * Var_i = A W_i(2) + B (W_i² − W_i(2)) − E_i², A = (n − b2)/(n−1), B = (2b2 − n)/((n−1)(n−2)), b2 = (Σz⁴/n)/m2²;</li>
 * </ul>
 * with W_i = Σ_j w_ij and W_i(2) = Σ_j w_ij². p-values are two-sided normal.
 *
 * <p>The conditional permutation test holds z_i fixed and gives unit i's neighbour weights to values drawn without
 * replacement from the other n−1 units. Each unit has its own generator seeded from {@code seeds[i]}, and a
 * thread's draw buffer is restored after every draw, so the numbers do not depend on how units are split between
 * threads; no allocation per draw. Sparse rows (k ≤ 16, 4k ≤ n) draw by rejection without a buffer.
 */
public final class LocalMoran {
    private LocalMoran() {
    }

    public enum Variance {
        CONDITIONAL("conditional randomisation (spdep >= 1.1 default)"),
        TOTAL("total randomisation (Anselin 1995; GeoDa/PySAL, spdep < 1.1)");

        private final String label;

        Variance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Per-unit results; {@code pPermutation} is null when no permutations were run. */
    public record Result(double[] z, double[] lag, double[] local, double[] expected, double[] variance,
            double[] deviate, double[] pValue, double[] pPermutation, String[] quadrant) {
    }

    /** The Moran-scatter quadrant: High or Low z (z &gt; 0 is High) then High or Low Wz; 0 counts as Low. */
    public static String quadrant(double z, double lag) {
        return (z > 0 ? "H" : "L") + (lag > 0 ? "H" : "L");
    }

    /**
     * Local Moran of x under w.
     *
     * @param seeds   one seed per unit for the permutation test (ignored when permutations is 0)
     * @param threads worker threads for the permutations (1 = the calling thread only)
     */
    public static Result compute(double[] x, SpatialWeights w, Variance convention, int permutations, long[] seeds,
            int threads) {
        Centred c = Centred.of(x);
        int n = c.n();
        double[] z = c.z();
        double m2 = c.m2();
        double b2 = (c.sumFourth() / n) / (m2 * m2);
        double[] lag = w.lag(z);
        double[] local = new double[n];
        double[] e = new double[n];
        double[] v = new double[n];
        double[] dev = new double[n];
        double[] p = new double[n];
        String[] quad = new String[n];
        for (int i = 0; i < n; i++) {
            double wi = 0.0;
            double wi2 = 0.0;
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                wi += w.valueAt(k);
                wi2 += w.valueAt(k) * w.valueAt(k);
            }
            local[i] = z[i] / m2 * lag[i];
            double zi2 = z[i] * z[i];
            if (convention == Variance.CONDITIONAL) {
                e[i] = -zi2 * wi / ((n - 1) * m2);
                v[i] = (zi2 / (m2 * m2)) * (n / (n - 2.0)) * (wi2 - wi * wi / (n - 1)) * (m2 - zi2 / (n - 1));
            } else {
                e[i] = -wi / (n - 1);
                double a = (n - b2) / (n - 1);
                double b = (2 * b2 - n) / ((n - 1.0) * (n - 2.0));
                v[i] = a * wi2 + b * (wi * wi - wi2) - e[i] * e[i];
            }
            dev[i] = v[i] > 0 ? (local[i] - e[i]) / Math.sqrt(v[i]) : Double.NaN;
            p[i] = Distributions.normalTwoSidedP(dev[i]);
            quad[i] = quadrant(z[i], lag[i]);
        }
        double[] perm = permutations > 0 ? permutationP(z, m2, local, w, permutations, seeds, threads) : null;
        return new Result(z, lag, local, e, v, dev, p, perm, quad);
    }

    /**
     * Folded pseudo p-values of the conditional permutation test (GeoDa/PySAL): with c = #{I_perm ≥ I_i}, the
     * count in the direction of the observed value is min(c, R − c), and p = (1 + that)/(1 + R). NaN for isolates.
     */
    static double[] permutationP(double[] z, double m2, double[] local, SpatialWeights w, int permutations,
            long[] seeds, int threads) {
        int n = z.length;
        double[] out = new double[n];
        int chunks = threads <= 1 ? 1 : Math.min(n, threads * 8);
        if (chunks == 1) {
            permuteRange(0, n, z, m2, local, w, permutations, seeds, out);
            return out;
        }
        Runnable work = () -> IntStream.range(0, chunks).parallel().forEach(chunk -> permuteRange(
                (int) ((long) n * chunk / chunks), (int) ((long) n * (chunk + 1) / chunks), z, m2, local, w,
                permutations, seeds, out));
        ForkJoinPool fj = new ForkJoinPool(threads);
        try {
            fj.submit(work).get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("local Moran permutations were interrupted", ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("local Moran permutations failed", ex.getCause());
        } finally {
            fj.shutdown();
        }
        return out;
    }

    /** Units [from, to) with one draw buffer. */
    private static void permuteRange(int from, int to, double[] z, double m2, double[] local, SpatialWeights w,
            int permutations, long[] seeds, double[] out) {
        int n = z.length;
        int[] pool = new int[n];
        for (int j = 0; j < n; j++) {
            pool[j] = j;
        }
        int maxK = 0;
        for (int i = from; i < to; i++) {
            maxK = Math.max(maxK, w.neighbourCount(i));
        }
        int[] swapped = new int[maxK];
        for (int i = from; i < to; i++) {
            out[i] = unitP(i, z, m2, local[i], w, permutations, new SplittableRandom(seeds[i]), pool, swapped);
        }
    }

    /**
     * Largest neighbour count drawn by rejection ({@link #unitPSparse}): k values out of n−1 without replacement by
     * redrawing a repeat, which is cheaper than maintaining a permutation buffer while repeats are rare (k ≤ 16 and
     * 4k ≤ n); denser rows use the buffer ({@link #unitP}).
     */
    static final int REJECTION_MAX_K = 16;

    /**
     * One unit's permutations. {@code pool} holds the identity permutation on entry and on exit; unit i is moved
     * to the last place so that draws come from the first n−1 places (partial Fisher–Yates), and every draw's
     * swaps are undone in reverse, so each draw maps the generator's numbers to values the same way.
     */
    private static double unitP(int i, double[] z, double m2, double observed, SpatialWeights w, int permutations,
            SplittableRandom random, int[] pool, int[] swapped) {
        int k = w.neighbourCount(i);
        if (k == 0) {
            return Double.NaN;
        }
        int n = z.length;
        if (k <= REJECTION_MAX_K && 4 * k <= n) {
            return unitPSparse(i, k, z, m2, observed, w, permutations, random, swapped);
        }
        int last = n - 1;
        pool[i] = last;
        pool[last] = i;
        int start = w.rowStart(i);
        double factor = z[i] / m2;
        double threshold = observed - GlobalMoran.TIE * Math.abs(observed);
        int atLeast = 0;
        for (int r = 0; r < permutations; r++) {
            double s = 0.0;
            for (int m = 0; m < k; m++) {
                int j = m + random.nextInt(last - m);
                int t = pool[m];
                pool[m] = pool[j];
                pool[j] = t;
                swapped[m] = j;
                s += w.valueAt(start + m) * z[pool[m]];
            }
            for (int m = k - 1; m >= 0; m--) {
                int j = swapped[m];
                int t = pool[m];
                pool[m] = pool[j];
                pool[j] = t;
            }
            if (factor * s >= threshold) {
                atLeast++;
            }
        }
        pool[i] = i;
        pool[last] = last;
        int extreme = Math.min(atLeast, permutations - atLeast);
        return (1.0 + extreme) / (1.0 + permutations);
    }

    /**
     * One unit's permutations for a sparse row: each of the k neighbour weights gets the value of a unit drawn
     * uniformly from the n−1 others (index j of 0..n−2, with n−1 standing in for i), a unit already drawn in this
     * permutation being redrawn, so the k units are a uniform draw without replacement. Indices come from Lemire's
     * multiply-and-reject mapping of 32-bit numbers (unbiased, no division per draw).
     */
    private static double unitPSparse(int i, int k, double[] z, double m2, double observed, SpatialWeights w,
            int permutations, SplittableRandom random, int[] drawn) {
        int bound = z.length - 1;
        long range = bound;
        // 2^32 mod bound: a 32-bit number whose low product part falls below it is rejected (Lemire 2019)
        long reject = (1L << 32) % range;
        int start = w.rowStart(i);
        double factor = z[i] / m2;
        double threshold = observed - GlobalMoran.TIE * Math.abs(observed);
        int atLeast = 0;
        for (int r = 0; r < permutations; r++) {
            double s = 0.0;
            for (int m = 0; m < k; m++) {
                int j;
                boolean repeat;
                do {
                    long product;
                    do {
                        product = (random.nextInt() & 0xFFFFFFFFL) * range;
                    } while ((product & 0xFFFFFFFFL) < reject);
                    j = (int) (product >>> 32);
                    if (j == i) {
                        j = bound; // 0..n−2 without i, plus n−1 in its place: the n−1 others, a rare branch
                    }
                    repeat = false;
                    for (int q = 0; q < m; q++) {
                        if (drawn[q] == j) {
                            repeat = true;
                            break;
                        }
                    }
                } while (repeat);
                drawn[m] = j;
                s += w.valueAt(start + m) * z[j];
            }
            if (factor * s >= threshold) {
                atLeast++;
            }
        }
        int extreme = Math.min(atLeast, permutations - atLeast);
        return (1.0 + extreme) / (1.0 + permutations);
    }
}
