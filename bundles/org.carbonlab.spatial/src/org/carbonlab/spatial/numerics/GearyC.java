package org.carbonlab.spatial.numerics;

import java.util.SplittableRandom;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * Geary's C = (n−1) Σ w_ij (x_i − x_j)² / (2 S0 Σz²), E[C] = 1, with the variance under normality and under
 * randomisation (Cliff and Ord 1981) and z = (E − C)/√Var, so that positive autocorrelation gives z &gt; 0 (as
 * spdep's {@code geary.test}).
 *
 * <p>With isolates, spdep's formulas mix the adjusted n ({@link WeightConstants#n()}: in n−1, n−2, n−3, n²) and
 * the number of all units ({@link WeightConstants#nAll()}: the linear n terms and the leading n of the
 * denominator); this reproduces them exactly. Without isolates both are the same n.
 */
public final class GearyC {
    private GearyC() {
    }

    public static double statistic(Centred x, SpatialWeights w, WeightConstants c) {
        return (c.n() - 1) / (2 * c.s0()) * squaredDifferences(x.z(), w) / x.sumSq();
    }

    /** Σ w_ij (z_i − z_j)². */
    static double squaredDifferences(double[] z, SpatialWeights w) {
        double s = 0.0;
        for (int i = 0; i < z.length; i++) {
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                double d = z[i] - z[w.columnAt(k)];
                s += w.valueAt(k) * d * d;
            }
        }
        return s;
    }

    /**
     * Result of the permutation test, R and two counts. Positive autocorrelation makes C small, so the one-sided
     * pseudo p counts the permuted values at most C: (1 + #{C_perm ≤ C})/(1 + R) (spdep's {@code geary.mc},
     * alternative "greater"); the two-sided one counts those at least as far from E[C] = 1:
     * (1 + #{|C_perm − 1| ≥ |C − 1|})/(1 + R).
     */
    public record Permutation(int permutations, int atMost, int atLeastAsFar) {
        public double pGreater() {
            return (1.0 + atMost) / (1.0 + permutations);
        }

        public double pTwoSided() {
            return (1.0 + atLeastAsFar) / (1.0 + permutations);
        }
    }

    /**
     * Permutation test drawing exactly as {@link GlobalMoran#permutationTest} (Fisher–Yates over all units with
     * {@code random}), so that both tests given generators of the same seed see the same permutations.
     */
    public static Permutation permutationTest(Centred x, SpatialWeights w, WeightConstants c, int permutations,
            SplittableRandom random) {
        double observed = statistic(x, w, c);
        double scale = (c.n() - 1) / (2 * c.s0()) / x.sumSq();
        double[] z = x.z().clone();
        double threshold = observed + GlobalMoran.TIE * Math.abs(observed);
        double distance = Math.abs(observed - 1.0) * (1 - GlobalMoran.TIE);
        int atMost = 0;
        int asFar = 0;
        for (int r = 0; r < permutations; r++) {
            for (int i = z.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = z[i];
                z[i] = z[j];
                z[j] = t;
            }
            double cp = scale * squaredDifferences(z, w);
            if (cp <= threshold) {
                atMost++;
            }
            if (Math.abs(cp - 1.0) >= distance) {
                asFar++;
            }
        }
        return new Permutation(permutations, atMost, asFar);
    }

    public static Moments normality(Centred x, SpatialWeights w, WeightConstants c) {
        double n1 = c.n() - 1;
        double all = c.nAll();
        double s02 = c.s0() * c.s0();
        double var = ((2 * c.s1() + c.s2()) * n1 - 4 * s02) / (2 * (all + 1) * s02);
        return Moments.lower(statistic(x, w, c), 1.0, var);
    }

    public static Moments randomisation(Centred x, SpatialWeights w, WeightConstants c) {
        double n = c.n();
        double n1 = n - 1;
        double nn = n * n;
        double all = c.nAll();
        double k = x.kurtosis();
        double s02 = c.s0() * c.s0();
        double v = n1 * c.s1() * (nn - 3 * all + 3 - k * n1);
        v -= 0.25 * (n1 * c.s2() * (nn + 3 * all - 6 - k * (nn - all + 2)));
        v += s02 * (nn - 3 - k * n1 * n1);
        v /= all * (n - 2) * (n - 3) * s02;
        return Moments.lower(statistic(x, w, c), 1.0, v);
    }
}
