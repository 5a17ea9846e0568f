package org.carbonlab.spatial.numerics;

import java.util.SplittableRandom;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * Global Moran's I = (n/S0) z'Wz / z'z with its moments under normality and under randomisation (Cliff and Ord
 * 1981, as spdep's {@code moran.test}), n and S0..S2 from {@link WeightConstants} (isolates as spdep's
 * zero.policy), and a permutation test.
 */
public final class GlobalMoran {
    /**
     * Relative tolerance under which a permuted statistic counts as equal to the observed one: a permutation that
     * only reorders equal weights gives the same value up to rounding, and ties count as "at least as large".
     */
    public static final double TIE = 1e-10;

    private GlobalMoran() {
    }

    /** Moran's I of x (all units of w, in w's order). */
    public static double statistic(Centred x, SpatialWeights w, WeightConstants c) {
        return c.n() / c.s0() * crossProduct(x.z(), w) / x.sumSq();
    }

    /** z'Wz. */
    static double crossProduct(double[] z, SpatialWeights w) {
        double s = 0.0;
        for (int i = 0; i < z.length; i++) {
            double lag = 0.0;
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                lag += w.valueAt(k) * z[w.columnAt(k)];
            }
            s += z[i] * lag;
        }
        return s;
    }

    /** E[I] = −1/(n−1) and the variance under normality. */
    public static Moments normality(Centred x, SpatialWeights w, WeightConstants c) {
        double n = c.n();
        double e = -1.0 / (n - 1);
        double s02 = c.s0() * c.s0();
        double var = (n * n * c.s1() - n * c.s2() + 3 * s02) / (s02 * (n * n - 1)) - e * e;
        return Moments.upper(statistic(x, w, c), e, var);
    }

    /** E[I] = −1/(n−1) and the variance under randomisation, with the kurtosis b2 of all units. */
    public static Moments randomisation(Centred x, SpatialWeights w, WeightConstants c) {
        double n = c.n();
        double e = -1.0 / (n - 1);
        double s02 = c.s0() * c.s0();
        double b2 = x.kurtosis();
        double a = n * (c.s1() * (n * n - 3 * n + 3) - n * c.s2() + 3 * s02);
        double b = b2 * (c.s1() * (n * n - n) - 2 * n * c.s2() + 6 * s02);
        double var = (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - e * e;
        return Moments.upper(statistic(x, w, c), e, var);
    }

    /** Result of a permutation test: R, the two counts and the pseudo p-values (1 + count)/(1 + R). */
    public record Permutation(int permutations, int atLeast, int atLeastAbsolute, double mean, double variance) {
        /** One-sided ('greater'): (1 + #{I_perm ≥ I})/(1 + R). */
        public double pGreater() {
            return (1.0 + atLeast) / (1.0 + permutations);
        }

        /** Two-sided: (1 + #{|I_perm| ≥ |I|})/(1 + R). */
        public double pTwoSided() {
            return (1.0 + atLeastAbsolute) / (1.0 + permutations);
        }
    }

    /**
     * Permutation test: x is shuffled over all units R times (Fisher–Yates with {@code random}), I recomputed
     * each time. Sequential, so the result depends only on the generator's state.
     */
    public static Permutation permutationTest(Centred x, SpatialWeights w, WeightConstants c, int permutations,
            SplittableRandom random) {
        double observed = statistic(x, w, c);
        double[] z = x.z().clone();
        double scale = c.n() / c.s0() / x.sumSq();
        double threshold = observed - TIE * Math.abs(observed);
        double thresholdAbs = Math.abs(observed) * (1 - TIE);
        int atLeast = 0;
        int atLeastAbs = 0;
        double sum = 0.0;
        double sumSq = 0.0;
        for (int r = 0; r < permutations; r++) {
            for (int i = z.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = z[i];
                z[i] = z[j];
                z[j] = t;
            }
            double ip = scale * crossProduct(z, w);
            if (ip >= threshold) {
                atLeast++;
            }
            if (Math.abs(ip) >= thresholdAbs) {
                atLeastAbs++;
            }
            sum += ip;
            sumSq += ip * ip;
        }
        double mean = permutations > 0 ? sum / permutations : Double.NaN;
        double var = permutations > 1 ? (sumSq - permutations * mean * mean) / (permutations - 1) : Double.NaN;
        return new Permutation(permutations, atLeast, atLeastAbs, mean, var);
    }
}
