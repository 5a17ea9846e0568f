package org.carbonlab.efficiency.numerics.dea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;

import org.carbonlab.efficiency.benchmark.DeaBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * λ is held sparse ({@link Intensities}) without changing any number: the kept entries give back the dense array bit
 * for bit, the projections summed over them equal the dense sums bit for bit, and a DMU's λ has no more non-zeros
 * than its program has rows (a basic solution), whatever the size of the reference set.
 */
class SparseIntensitiesTest {

    @Test
    void keptEntriesGiveBackTheDenseArrayAndItsSums() {
        // zeros, a negative zero, a tiny value and ordinary values; from 2, 7 entries, divided by 3 (as SBM's Λ/t)
        double[] v = {9.0, 9.0, 0.0, 1.5, -0.0, 0.0, Double.MIN_NORMAL, 0.25, 0.0};
        double t = 3.0;
        Intensities s = Intensities.of(v, 2, 7, t);
        double[] dense = new double[7];
        for (int k = 0; k < 7; k++) {
            dense[k] = v[2 + k] / t;
        }
        assertEquals(7, s.length());
        assertEquals(Arrays.toString(new int[] {1, 2, 4, 5}), Arrays.toString(s.at()), "-0.0 and the tiny value kept");
        double[] back = s.toDense();
        for (int k = 0; k < 7; k++) {
            assertEquals(Double.doubleToRawLongBits(dense[k]), Double.doubleToRawLongBits(back[k]), "entry " + k);
        }
        double[] data = {3.7, 0.0, 12.25, 1e-300, 8.0, 2.5, 6.125, 4.0};
        int[] ref = {0, 2, 3, 4, 5, 6, 7};
        double sum = 0;
        for (int k = 0; k < ref.length; k++) {
            sum += dense[k] * data[ref[k]];
        }
        assertEquals(Double.doubleToRawLongBits(sum), Double.doubleToRawLongBits(s.dot(data, ref)));
        Intensities moved = s.moved(20, k -> 2 * k + 1);
        assertEquals(Arrays.toString(new int[] {3, 5, 9, 11}), Arrays.toString(moved.at()));
        assertEquals(0, Intensities.zero(5).size());
    }

    /**
     * Every model on a global frontier of 400 DMUs (SBM by column generation from 100): at most rows non-zero λ,
     * where rows = 1 (t or θ) + variables + 1 (VRS convexity) bounds the basis of every program; the dense view
     * (what the reference tests read) has the same entries.
     */
    @ParameterizedTest(name = "{0} {1} vrs={2}")
    @CsvSource({"RADIAL, INPUT, false", "RADIAL, OUTPUT, true", "SBM, NONORIENTED, false", "SBM, INPUT, true",
            "DDF, NONORIENTED, false", "DDF, NONORIENTED, true"})
    void atMostOneNonZeroPerRow(DeaSpec.Model model, DeaSpec.Orientation orientation, boolean vrs) throws Exception {
        int n = 400;
        double[][] d = DeaBenchmark.synthetic(n, 515L);
        double[][] x = {d[0], d[1], d[2]};
        double[][] g = {d[3]};
        double[][] b = {d[4]};
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        int[][] refs = new int[n][];
        Arrays.fill(refs, all);
        DeaSpec spec = new DeaSpec(model, orientation, vrs, true, DeaSpec.Fallback.SCORE,
                new boolean[] {false, true, true}, false);
        DmuSolution[] s = DeaEngine.run(spec, x, g, b, refs, null, null, 100);
        int rows = 1 + 5 + (vrs ? 1 : 0);
        int optimal = 0;
        for (int o = 0; o < n; o++) {
            Intensities lam = s[o].intensities();
            assertEquals(n, lam.length());
            if (!s[o].optimal()) {
                continue;
            }
            optimal++;
            assertTrue(lam.size() <= rows, "DMU " + o + ": " + lam.size() + " non-zero λ for " + rows + " rows");
            assertTrue(lam.size() > 0, "DMU " + o + " has a peer");
            double[] dense = s[o].lambda();
            int nonZero = 0;
            for (int k = 0; k < n; k++) {
                nonZero += Double.doubleToRawLongBits(dense[k]) != 0L ? 1 : 0;
            }
            assertEquals(lam.size(), nonZero);
            for (int q = 1; q < lam.size(); q++) {
                assertTrue(lam.position(q - 1) < lam.position(q), "ascending positions");
            }
            assertSameSolution(s[o], roundTrip(s[o]));
        }
        assertTrue(optimal > n / 2, optimal + " optimal programs");
        // a remote task ships its solution with λ sparse: a few hundred bytes, not n doubles
        assertTrue(bytes(s[0]).length < 1200, bytes(s[0]).length + " bytes");
    }

    private static void assertSameSolution(DmuSolution a, DmuSolution b) {
        assertEquals(Double.doubleToRawLongBits(a.score()), Double.doubleToRawLongBits(b.score()));
        assertEquals(a.state(), b.state());
        assertEquals(a.intensities(), b.intensities());
        assertTrue(Arrays.equals(a.slackX(), b.slackX()) && Arrays.equals(a.slackG(), b.slackG())
                && Arrays.equals(a.slackB(), b.slackB()));
        assertEquals(Double.doubleToRawLongBits(a.superScore()), Double.doubleToRawLongBits(b.superScore()));
        assertEquals(a.superStatus(), b.superStatus());
    }

    private static DmuSolution roundTrip(DmuSolution s) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes(s)))) {
            return (DmuSolution) in.readObject();
        }
    }

    private static byte[] bytes(DmuSolution s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(s);
        }
        return out.toByteArray();
    }
}
