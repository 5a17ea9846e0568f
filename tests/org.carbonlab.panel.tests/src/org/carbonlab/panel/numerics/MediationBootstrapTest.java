package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Resampling, reproducibility, failures, cancellation and the percentile / bias-corrected interval definitions of
 * {@link MediationBootstrap}, checked on small cases worked out by hand.
 */
class MediationBootstrapTest {

    /** 1..n in a shuffled order (the intervals must not depend on the order of the draws). */
    private static double[] shuffled(int n) {
        List<Double> v = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            v.add((double) i);
        }
        Collections.shuffle(v, new Random(7));
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void percentileIntervalUsesStataPercentiles() {
        // fewer than MIN_INTERVAL_REPS draws: no interval (10 draws would only give the extreme draws 1 and 10,
        // and a single draw a "point interval" that need not contain the estimate)
        assertEquals(50, MediationBootstrap.MIN_INTERVAL_REPS);
        for (int b : new int[] {1, 10, 49}) {
            MediationBootstrap.Interval few = MediationBootstrap.percentile(shuffled(b), 0.95);
            assertTrue(Double.isNaN(few.low()) && Double.isNaN(few.high()), b + " draws");
            MediationBootstrap.Interval fewBc = MediationBootstrap.biasCorrected(shuffled(b), b / 2.0, 0.95);
            assertTrue(Double.isNaN(fewBc.low()) && Double.isNaN(fewBc.high()), b + " draws (bc)");
        }
        // 50 draws 1..50: 2.5 % -> P = 1.25 -> x(2); 97.5 % -> P = 48.75 -> x(49)
        MediationBootstrap.Interval i50 = MediationBootstrap.percentile(shuffled(50), 0.95);
        assertEquals(2.0, i50.low());
        assertEquals(49.0, i50.high());
        // level 0.80 on 100 draws: P = 100·0.1 = 10 is whole -> (x(10)+x(11))/2 = 10.5; P = 90 -> 90.5
        MediationBootstrap.Interval i80 = MediationBootstrap.percentile(shuffled(100), 0.80);
        assertEquals(10.5, i80.low());
        assertEquals(90.5, i80.high());
        // 100 draws: 2.5 % -> P = 2.5 -> x(3); 97.5 % -> P = 97.5 -> x(98); 5 % -> P = 5 -> (x5+x6)/2
        MediationBootstrap.Interval h95 = MediationBootstrap.percentile(shuffled(100), 0.95);
        assertEquals(3.0, h95.low());
        assertEquals(98.0, h95.high());
        MediationBootstrap.Interval h90 = MediationBootstrap.percentile(shuffled(100), 0.90);
        assertEquals(5.5, h90.low());
        assertEquals(95.5, h90.high());
        assertEquals(0.025, MediationBootstrap.lowerTail(0.95), 0.0);
    }

    @Test
    void biasCorrectedIntervalByHand() {
        double[] d = shuffled(100);
        // estimate 50.5: 50 of 100 draws <= it, z0 = Φ⁻¹(0.5) = 0, so BC = percentile
        MediationBootstrap.Interval mid = MediationBootstrap.biasCorrected(d, 50.5, 0.95);
        assertEquals(3.0, mid.low());
        assertEquals(98.0, mid.high());
        assertEquals(0.0, MediationBootstrap.biasCorrection(d, 50.5), 1e-15);
        // estimate 30.5: 30 draws <= it, z0 = Φ⁻¹(0.3) = −0.5244005127080407;
        // p1 = Φ(2z0 − 1.959964) = 0.0013115596, p2 = Φ(2z0 + 1.959964) = 0.8188952412
        // -> P = 0.131 -> x(1) = 1 and P = 81.89 -> x(82) = 82
        assertEquals(-0.5244005127080407, MediationBootstrap.biasCorrection(d, 30.5), 1e-12);
        MediationBootstrap.Interval low = MediationBootstrap.biasCorrected(d, 30.5, 0.95);
        assertEquals(1.0, low.low());
        assertEquals(82.0, low.high());
        // level 0.90: p1 = Φ(2z0 − 1.644854) = 0.0035337, p2 = Φ(2z0 + 1.644854) = 0.7244300 -> x(1), x(73)
        MediationBootstrap.Interval low90 = MediationBootstrap.biasCorrected(d, 30.5, 0.90);
        assertEquals(1.0, low90.low());
        assertEquals(73.0, low90.high());
        // a draw equal to the estimate counts as "<=" (Stata): 30 draws <= 30 as well
        assertEquals(MediationBootstrap.biasCorrection(d, 30.5), MediationBootstrap.biasCorrection(d, 30.0), 0.0);
        // every draw on one side: undefined
        assertTrue(Double.isNaN(MediationBootstrap.biasCorrected(d, 0.5, 0.95).low()));
        assertTrue(Double.isNaN(MediationBootstrap.biasCorrected(d, 100.0, 0.95).high()));
    }

    @Test
    void standardErrorIsTheSampleStandardDeviation() {
        assertEquals(Math.sqrt(5.0 / 3.0), MediationBootstrap.standardError(new double[] {1, 2, 3, 4}), 1e-15);
        assertTrue(Double.isNaN(MediationBootstrap.standardError(new double[] {1})));
    }

    /** 4 entities with 3, 1, 2 and 2 rows. */
    private static final int[] ENTITY = {0, 0, 0, 1, 2, 2, 3, 3};

    @Test
    void entityResamplesKeepWholeEntitiesAndRelabelThem() {
        MediationBootstrap.Units units = new MediationBootstrap.Units(ENTITY);
        SplittableRandom check = new SplittableRandom(99);
        int[][] draw = units.resample(MediationBootstrap.Scheme.ENTITY, new SplittableRandom(99));
        int[] rows = draw[0];
        int[] codes = draw[1];
        // replay: 4 draws rng.nextInt(4); the k-th drawn entity becomes entity k with all its rows
        List<Integer> expectRows = new ArrayList<>();
        List<Integer> expectCodes = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int g = check.nextInt(4);
            for (int i = 0; i < ENTITY.length; i++) {
                if (ENTITY[i] == g) {
                    expectRows.add(i);
                    expectCodes.add(k);
                }
            }
        }
        assertArrayEquals(expectRows.stream().mapToInt(Integer::intValue).toArray(), rows);
        assertArrayEquals(expectCodes.stream().mapToInt(Integer::intValue).toArray(), codes);
        // observation resampling keeps the original entity of each drawn row
        int[][] obs = units.resample(MediationBootstrap.Scheme.OBSERVATION, new SplittableRandom(5));
        assertEquals(ENTITY.length, obs[0].length);
        for (int i = 0; i < obs[0].length; i++) {
            assertEquals(ENTITY[obs[0][i]], obs[1][i]);
        }
    }

    /** Mean of row values over the resample; fails ("row 0 drawn twice") when row 0 appears twice. */
    private static final double[] VALUE = {1.0, 4.0, 2.5, -3.0, 0.5, 7.0, 2.0, -1.0};

    private static double[] meanStatistic(int[] rows, int[] entity) {
        long zeros = Arrays.stream(rows).filter(r -> r == 0).count();
        if (zeros >= 2) {
            throw new IllegalStateException("row 0 drawn twice");
        }
        double s = 0;
        for (int r : rows) {
            s += VALUE[r];
        }
        return new double[] {s / rows.length, rows.length};
    }

    @Test
    void sameSeedSameDrawsWhateverTheThreads() {
        MediationBootstrap.Draws one = MediationBootstrap.run(ENTITY, MediationBootstrap.Scheme.OBSERVATION, 400, 2024L,
                1, 2, MediationBootstrapTest::meanStatistic, () -> false, u -> { });
        MediationBootstrap.Draws two = MediationBootstrap.run(ENTITY, MediationBootstrap.Scheme.OBSERVATION, 400, 2024L,
                2, 2, MediationBootstrapTest::meanStatistic, () -> false, u -> { });
        MediationBootstrap.Draws other = MediationBootstrap.run(ENTITY, MediationBootstrap.Scheme.OBSERVATION, 400, 2025L,
                2, 2, MediationBootstrapTest::meanStatistic, () -> false, u -> { });
        for (int b = 0; b < 400; b++) {
            assertArrayEquals(one.values()[b], two.values()[b], "replication " + b);
        }
        assertEquals(one.failures(), two.failures());
        assertFalse(Arrays.equals(one.column(0), other.column(0)));
    }

    @Test
    void replicationsFollowTheDocumentedGenerators() {
        // replication b uses the b-th split of new SplittableRandom(seed); replay them and count the failures
        int reps = 300;
        SplittableRandom root = new SplittableRandom(77L);
        MediationBootstrap.Units units = new MediationBootstrap.Units(ENTITY);
        int expectedFailed = 0;
        double[] expectedFirst = null;
        for (int b = 0; b < reps; b++) {
            int[][] draw = units.resample(MediationBootstrap.Scheme.OBSERVATION, root.split());
            try {
                double[] v = meanStatistic(draw[0], draw[1]);
                if (b == 0) {
                    expectedFirst = v;
                }
            } catch (IllegalStateException e) {
                expectedFailed++;
            }
        }
        AtomicInteger worked = new AtomicInteger();
        MediationBootstrap.Draws d = MediationBootstrap.run(ENTITY, MediationBootstrap.Scheme.OBSERVATION, reps, 77L, 2,
                2, MediationBootstrapTest::meanStatistic, () -> false, worked::addAndGet);
        assertTrue(expectedFailed > 0 && expectedFailed < reps, "the case should have some failures: " + expectedFailed);
        assertEquals(expectedFailed, d.failed());
        assertEquals(reps - expectedFailed, d.succeeded());
        assertEquals(expectedFailed, d.failures().get("row 0 drawn twice"));
        assertEquals(reps, worked.get(), "progress: one unit per replication");
        if (expectedFirst != null) {
            assertArrayEquals(expectedFirst, d.values()[0]);
        }
        assertEquals(reps - expectedFailed, d.column(0).length);
    }

    @Test
    void cancellationStopsTheRun() {
        assertThrows(CancellationException.class, () -> MediationBootstrap.run(ENTITY,
                MediationBootstrap.Scheme.ENTITY, 1000, 1L, 2, 2, MediationBootstrapTest::meanStatistic, () -> true,
                u -> { }));
        AtomicInteger worked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> MediationBootstrap.run(ENTITY,
                MediationBootstrap.Scheme.ENTITY, 100_000, 1L, 2, 2, MediationBootstrapTest::meanStatistic,
                () -> worked.get() >= 10, worked::addAndGet));
        assertTrue(worked.get() < 100_000);
    }

    @Test
    void zeroReplications() {
        MediationBootstrap.Draws d = MediationBootstrap.run(ENTITY, MediationBootstrap.Scheme.ENTITY, 0, 1L, 2, 2,
                MediationBootstrapTest::meanStatistic, () -> false, u -> { });
        assertEquals(0, d.reps());
        assertTrue(Double.isNaN(MediationBootstrap.percentile(d.column(0), 0.95).low()));
    }
}
