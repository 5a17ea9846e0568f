package org.carbonlab.spatial.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.spatial.estimators.Columbus;
import org.junit.jupiter.api.Test;

/**
 * The permutation tests: reproducible by seed, independent of the thread count, and agreeing with the exact
 * permutation distribution enumerated by brute force on a 6-unit case (Monte Carlo tolerance 4 standard errors
 * of a proportion at R = 40,000).
 */
class PermutationTest {

    private static long[] seeds(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] s = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextLong();
        }
        return s;
    }

    @Test
    void localPermutationsAreReproducibleAndThreadIndependent() throws IOException {
        SpatialWeights w = Columbus.weights(true);
        double[] crime = Columbus.column("CRIME");
        LocalMoran.Result one = LocalMoran.compute(crime, w, LocalMoran.Variance.CONDITIONAL, 999, seeds(7, 49), 1);
        LocalMoran.Result two = LocalMoran.compute(crime, w, LocalMoran.Variance.CONDITIONAL, 999, seeds(7, 49), 2);
        LocalMoran.Result again = LocalMoran.compute(crime, w, LocalMoran.Variance.CONDITIONAL, 999, seeds(7, 49), 1);
        LocalMoran.Result other = LocalMoran.compute(crime, w, LocalMoran.Variance.CONDITIONAL, 999, seeds(8, 49), 1);
        assertArrayEquals(one.pPermutation(), two.pPermutation(), 0.0);
        assertArrayEquals(one.pPermutation(), again.pPermutation(), 0.0);
        assertNotEquals(java.util.Arrays.toString(one.pPermutation()), java.util.Arrays.toString(other.pPermutation()));
        for (double p : one.pPermutation()) {
            assertEquals(0.0, (p * 1000) - Math.rint(p * 1000), 1e-9, "p = (1 + count)/1000");
        }
    }

    @Test
    void globalPermutationsAreReproducible() throws IOException {
        SpatialWeights w = Columbus.weights(true);
        Centred x = Centred.of(Columbus.column("CRIME"));
        WeightConstants c = WeightConstants.of(w, true);
        GlobalMoran.Permutation a = GlobalMoran.permutationTest(x, w, c, 999, new SplittableRandom(3));
        GlobalMoran.Permutation b = GlobalMoran.permutationTest(x, w, c, 999, new SplittableRandom(3));
        assertEquals(a, b);
        // I = 0.486 is about 5.3 sd above E[I]: no permutation of 999 reaches it
        assertEquals(0.001, a.pGreater(), 1e-15);
        assertEquals(0.001, a.pTwoSided(), 1e-15);
    }

    /** A 6-unit ring with one chord, asymmetric weights after row standardisation. */
    private static SpatialWeights tiny() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f");
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "tiny", SpatialWeights.FORMAT_EDGE_LIST_CSV);
        int[][] edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}, {0, 3}};
        for (int[] e : edges) {
            b.link(e[0], e[1], 1.0);
            b.link(e[1], e[0], 1.0);
        }
        return b.build().standardised(org.carbonlab.core.weights.Standardisation.ROW);
    }

    private static final double[] X = {3.0, 1.5, 4.2, 0.7, 2.9, 5.1};
    private static final int R = 40_000;

    @Test
    void globalPseudoPMatchesTheExactPermutationDistribution() {
        SpatialWeights w = tiny();
        Centred x = Centred.of(X);
        WeightConstants c = WeightConstants.of(w, true);
        double observed = GlobalMoran.statistic(x, w, c);
        int[] perm = {0, 1, 2, 3, 4, 5};
        int[] counts = new int[3]; // total, >=, |.|>=
        enumerate(perm, 0, () -> {
            double[] xp = new double[6];
            for (int i = 0; i < 6; i++) {
                xp[i] = X[perm[i]];
            }
            double ip = GlobalMoran.statistic(Centred.of(xp), w, c);
            counts[0]++;
            counts[1] += ip >= observed - 1e-12 ? 1 : 0;
            counts[2] += Math.abs(ip) >= Math.abs(observed) - 1e-12 ? 1 : 0;
        });
        double exactGreater = (double) counts[1] / counts[0];
        double exactAbs = (double) counts[2] / counts[0];
        GlobalMoran.Permutation p = GlobalMoran.permutationTest(x, w, c, R, new SplittableRandom(11));
        assertEquals(exactGreater, p.pGreater(), 4 * Math.sqrt(exactGreater * (1 - exactGreater) / R) + 1.0 / R);
        assertEquals(exactAbs, p.pTwoSided(), 4 * Math.sqrt(exactAbs * (1 - exactAbs) / R) + 1.0 / R);
    }

    /**
     * Geary's C: the pseudo p-values against the exact permutation distribution of the 6-unit case (same Monte
     * Carlo tolerance), and the same permutations as Moran's for the same seed (brute-force replay of the draws).
     */
    @Test
    void gearyPseudoPMatchesTheExactPermutationDistribution() {
        SpatialWeights w = tiny();
        Centred x = Centred.of(X);
        WeightConstants c = WeightConstants.of(w, true);
        double observed = GearyC.statistic(x, w, c);
        int[] perm = {0, 1, 2, 3, 4, 5};
        int[] counts = new int[3]; // total, <=, |C - 1| >=
        enumerate(perm, 0, () -> {
            double[] xp = new double[6];
            for (int i = 0; i < 6; i++) {
                xp[i] = X[perm[i]];
            }
            double cp = GearyC.statistic(Centred.of(xp), w, c);
            counts[0]++;
            counts[1] += cp <= observed + 1e-12 ? 1 : 0;
            counts[2] += Math.abs(cp - 1) >= Math.abs(observed - 1) - 1e-12 ? 1 : 0;
        });
        double exactLess = (double) counts[1] / counts[0];
        double exactAbs = (double) counts[2] / counts[0];
        GearyC.Permutation p = GearyC.permutationTest(x, w, c, R, new SplittableRandom(11));
        assertEquals(exactLess, p.pGreater(), 4 * Math.sqrt(exactLess * (1 - exactLess) / R) + 1.0 / R);
        assertEquals(exactAbs, p.pTwoSided(), 4 * Math.sqrt(exactAbs * (1 - exactAbs) / R) + 1.0 / R);

        // replay: the same generator's Fisher-Yates draws, counted by brute force
        SplittableRandom replay = new SplittableRandom(5);
        double[] z = X.clone();
        int atMost = 0;
        for (int r = 0; r < 99; r++) {
            for (int i = z.length - 1; i > 0; i--) {
                int j = replay.nextInt(i + 1);
                double t = z[i];
                z[i] = z[j];
                z[j] = t;
            }
            atMost += GearyC.statistic(Centred.of(z), w, c) <= observed * (1 + GlobalMoran.TIE) ? 1 : 0;
        }
        assertEquals(atMost, GearyC.permutationTest(x, w, c, 99, new SplittableRandom(5)).atMost());
    }

    @Test
    void localPseudoPMatchesTheExactConditionalDistribution() {
        SpatialWeights w = tiny();
        LocalMoran.Result r = LocalMoran.compute(X, w, LocalMoran.Variance.CONDITIONAL, R, seeds(5, 6), 2);
        Centred c = Centred.of(X);
        for (int i = 0; i < 6; i++) {
            // all ordered draws of k distinct other units for i's k neighbour weights
            int k = w.neighbourCount(i);
            double[] wi = w.neighbourWeights(i);
            int[] counts = new int[2];
            int unit = i;
            drawAll(new int[k], 0, new boolean[6], unit, () -> {
            }, counts, wi, c, r.local()[i]);
            double atLeast = (double) counts[1] / counts[0];
            double exact = Math.min(atLeast, 1 - atLeast);
            assertEquals(exact, r.pPermutation()[i], 4 * Math.sqrt(exact * (1 - exact) / R) + 2.0 / R,
                    "unit " + i);
        }
    }

    /**
     * The rejection draw of sparse rows (k ≤ 16, 4k ≤ n) against the exact conditional distribution: a 12-unit ring
     * with chords (k = 2 or 3, row-standardised), every ordered draw of k distinct other units enumerated (same
     * Monte Carlo tolerance as above); thread-count independent.
     */
    @Test
    void sparseRowsPseudoPMatchesTheExactConditionalDistribution() {
        int n = 12;
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("u" + i);
        }
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "ring12", SpatialWeights.FORMAT_EDGE_LIST_CSV);
        for (int i = 0; i < n; i++) {
            b.link(i, (i + 1) % n, 1.0);
            b.link((i + 1) % n, i, 1.0);
        }
        b.link(0, 6, 2.0).link(6, 0, 2.0).link(3, 9, 1.0).link(9, 3, 1.0);
        SpatialWeights w = b.build().standardised(org.carbonlab.core.weights.Standardisation.ROW);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(1.7 * i) + 0.3 * i;
        }
        LocalMoran.Result r = LocalMoran.compute(x, w, LocalMoran.Variance.CONDITIONAL, R, seeds(9, n), 2);
        LocalMoran.Result one = LocalMoran.compute(x, w, LocalMoran.Variance.CONDITIONAL, R, seeds(9, n), 1);
        assertArrayEquals(r.pPermutation(), one.pPermutation(), 0.0);
        Centred c = Centred.of(x);
        for (int i = 0; i < n; i++) {
            int k = w.neighbourCount(i);
            int[] counts = new int[2];
            drawAll(new int[k], 0, new boolean[n], i, () -> {
            }, counts, w.neighbourWeights(i), c, r.local()[i]);
            double atLeast = (double) counts[1] / counts[0];
            double exact = Math.min(atLeast, 1 - atLeast);
            assertEquals(exact, r.pPermutation()[i], 4 * Math.sqrt(exact * (1 - exact) / R) + 2.0 / R,
                    "unit " + i);
        }
    }

    private static void drawAll(int[] chosen, int depth, boolean[] used, int unit, Runnable unused, int[] counts,
            double[] wi, Centred c, double observed) {
        if (depth == chosen.length) {
            double s = 0;
            for (int m = 0; m < chosen.length; m++) {
                s += wi[m] * c.z()[chosen[m]];
            }
            double ip = c.z()[unit] / c.m2() * s;
            counts[0]++;
            counts[1] += ip >= observed - 1e-12 ? 1 : 0;
            return;
        }
        for (int j = 0; j < used.length; j++) {
            if (j != unit && !used[j]) {
                used[j] = true;
                chosen[depth] = j;
                drawAll(chosen, depth + 1, used, unit, unused, counts, wi, c, observed);
                used[j] = false;
            }
        }
    }

    private static void enumerate(int[] a, int k, Runnable visit) {
        if (k == a.length) {
            visit.run();
            return;
        }
        for (int i = k; i < a.length; i++) {
            swap(a, k, i);
            enumerate(a, k + 1, visit);
            swap(a, k, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
