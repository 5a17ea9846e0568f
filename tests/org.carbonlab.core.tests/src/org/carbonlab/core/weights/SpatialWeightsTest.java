package org.carbonlab.core.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/**
 * The CSR operations against dense brute force on a random sparse matrix (with isolates), the
 * standardisations against their definitions, alignment, and the build-time checks. Tolerance:
 * 1e-12 absolute on sums of a few products of numbers in [0, 3] (exact up to rounding order).
 */
class SpatialWeightsTest {
    private static final double TOL = 1e-12;

    /** A random n×n matrix with about 4 links per row, every 7th row an isolate; also its dense twin. */
    private record Random(SpatialWeights w, double[][] d) {
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("u" + i);
        }
        return ids;
    }

    private static Random random(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] d = new double[n][n];
        SpatialWeights.Builder b = SpatialWeights.builder(ids(n), "random", "memory");
        for (int i = 0; i < n; i++) {
            if (i % 7 == 3) {
                continue;
            }
            for (int k = 0; k < 4; k++) {
                int j = rnd.nextInt(n);
                if (j != i && d[i][j] == 0) {
                    d[i][j] = 0.1 + 2.9 * rnd.nextDouble();
                    b.link(i, j, d[i][j]);
                }
            }
        }
        return new Random(b.build(), d);
    }

    private static double[] vector(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble(-3, 3);
        }
        return x;
    }

    @Test
    void sparseOperationsEqualDenseBruteForce() {
        int n = 60;
        Random r = random(n, 7);
        SpatialWeights w = r.w();
        double[][] d = r.d();
        double[] x = vector(n, 11);
        double[] wx = new double[n];
        double[] wtx = new double[n];
        double[] rows = new double[n];
        double[] cols = new double[n];
        int links = 0;
        double s0 = 0;
        List<String> isolates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                wx[i] += d[i][j] * x[j];
                wtx[i] += d[j][i] * x[j];
                rows[i] += d[i][j];
                cols[j] += d[i][j];
                s0 += d[i][j];
                links += d[i][j] != 0 ? 1 : 0;
            }
            if (rows[i] == 0) {
                isolates.add("u" + i);
            }
        }
        assertArrayEquals(wx, w.lag(x), TOL);
        double[] into = new double[n];
        w.lag(x, into);
        assertArrayEquals(wx, into, TOL);
        assertArrayEquals(wtx, w.transposeLag(x), TOL);
        assertArrayEquals(wtx, w.transpose().lag(x), TOL);
        assertArrayEquals(rows, w.rowSums(), TOL);
        assertArrayEquals(cols, w.columnSums(), TOL);
        assertEquals(s0, w.sum(), 1e-10);
        assertEquals(links, w.links());
        assertEquals(isolates, w.isolateIds());
        assertEquals(9, isolates.size());
        for (int i = 0; i < n; i++) {
            assertArrayEquals(d[i], w.toDense()[i], 0.0);
            int[] nb = w.neighbours(i);
            assertEquals(nb.length, w.neighbourCount(i));
            for (int k = 0; k < nb.length; k++) {
                assertTrue(k == 0 || nb[k] > nb[k - 1], "neighbours ascend");
                assertEquals(d[i][nb[k]], w.neighbourWeights(i)[k], 0.0);
            }
            for (int j = 0; j < n; j++) {
                assertEquals(d[i][j], w.weight(i, j), 0.0);
            }
        }
        // Strided: a balanced panel of T = 3 periods stored entity by entity, period 1.
        double[] panel = new double[3 * n];
        for (int i = 0; i < n; i++) {
            panel[3 * i + 1] = x[i];
            panel[3 * i] = 1e6; // must not leak into period 1
        }
        double[] out = new double[3 * n];
        w.lag(panel, 1, 3, out, 1, 3);
        for (int i = 0; i < n; i++) {
            assertEquals(wx[i], out[3 * i + 1], TOL);
            assertEquals(0.0, out[3 * i], 0.0);
        }
    }

    @Test
    void symmetryIsDetected() {
        int n = 30;
        Random r = random(n, 3);
        assertFalse(r.w().isSymmetric());
        SpatialWeights.Builder b = SpatialWeights.builder(ids(n), "sym", "memory");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = r.d()[i][j] + r.d()[j][i];
                if (i != j) {
                    b.link(i, j, v);
                }
            }
        }
        SpatialWeights sym = b.build();
        assertTrue(sym.isSymmetric());
        assertFalse(sym.standardised(Standardisation.ROW).isSymmetric(), "row standardisation breaks symmetry here");
        assertTrue(sym.standardised(Standardisation.BINARY).isSymmetric());
    }

    @Test
    void standardisationsFollowTheirDefinitions() {
        int n = 40;
        Random r = random(n, 5);
        double[][] d = r.d();
        SpatialWeights w = r.w();
        double[] rows = w.rowSums();
        double[] cols = w.columnSums();
        double s0 = w.sum();
        double maxRow = 0;
        double maxCol = 0;
        for (int i = 0; i < n; i++) {
            maxRow = Math.max(maxRow, rows[i]);
            maxCol = Math.max(maxCol, cols[i]);
        }
        double[][] row = w.standardised(Standardisation.ROW).toDense();
        double[][] bin = w.standardised(Standardisation.BINARY).toDense();
        double[][] glob = w.standardised(Standardisation.GLOBAL).toDense();
        double[][] mm = w.standardised(Standardisation.MINMAX).toDense();
        double[][] spec = w.scaled(2.5, Standardisation.SPECTRAL).toDense();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(rows[i] == 0 ? 0 : d[i][j] / rows[i], row[i][j], TOL);
                assertEquals(d[i][j] != 0 ? 1.0 : 0.0, bin[i][j], 0.0);
                assertEquals(d[i][j] * n / s0, glob[i][j], TOL);
                assertEquals(d[i][j] / Math.min(maxRow, maxCol), mm[i][j], TOL);
                assertEquals(d[i][j] / 2.5, spec[i][j], TOL);
            }
        }
        double[] rs = w.standardised(Standardisation.ROW).rowSums();
        for (int i = 0; i < n; i++) {
            assertEquals(rows[i] == 0 ? 0.0 : 1.0, rs[i], TOL, "row " + i);
        }
        assertEquals(n, w.standardised(Standardisation.GLOBAL).sum(), 1e-10);
        assertSame(w, w.standardised(Standardisation.NONE));
        assertEquals(Standardisation.ROW, w.standardised(Standardisation.ROW).provenance().standardisation());
        assertEquals(w.sha256(), w.standardised(Standardisation.ROW).sha256(), "the source's hash is kept");
        // spectral: divided by the spectral radius, so the standardised matrix has radius 1
        SpatialWeights spectral = w.standardised(Standardisation.SPECTRAL);
        assertEquals(1.0, SpectralRadius.of(spectral), 1e-9);
        assertEquals(w.sum() / SpectralRadius.of(w), spectral.sum(), 1e-9 * spectral.sum());
        assertEquals(Standardisation.ROW, Standardisation.parse("W"));
        assertEquals(Standardisation.GLOBAL, Standardisation.parse("c"));
        assertEquals(Standardisation.MINMAX, Standardisation.parse("MinMax"));
        InputException e = assertThrows(InputException.class, () -> Standardisation.parse("rows"));
        assertTrue(e.getMessage().contains("'rows'"), e.getMessage());
    }

    @Test
    void alignmentReordersRestrictsAndNamesMissingEntities() {
        SpatialWeights w = SpatialWeights.builder(List.of("A", "B", "C", "D"), "abcd.csv", "memory")
                .link("A", "B", 1).link("B", "A", 1).link("B", "C", 1).link("C", "B", 1).link("C", "D", 1)
                .link("D", "C", 1).build().standardised(Standardisation.ROW);
        // Same order: the same matrix.
        assertSame(w, w.alignTo(List.of("A", "B", "C", "D")).weights());
        // Reordered: row i is the new entity i.
        SpatialWeights r = w.alignTo(List.of("D", "C", "B", "A")).weights();
        assertEquals(List.of("D", "C", "B", "A"), r.entities());
        double[] x = {4, 3, 2, 1}; // D, C, B, A
        // (W x)_B = (x_A + x_C)/2 = (1 + 3)/2; (W x)_C = (x_B + x_D)/2 = (2 + 4)/2
        assertArrayEquals(new double[] {3, 3, 2, 2}, r.lag(x), 0.0);
        // Restricted: D dropped, C keeps only B, row standardisation re-applied.
        WeightsAlignment a = w.alignTo(List.of("C", "A", "B"));
        assertEquals(List.of("D"), a.dropped());
        assertTrue(a.restandardised());
        assertArrayEquals(new double[] {1, 1, 1}, a.weights().rowSums(), 0.0);
        assertEquals(1.0, a.weights().weight(0, 2), 0.0);
        List<String> warnings = a.warnings("W");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("'D'") && warnings.get(0).contains("re-applied"), warnings.toString());
        // Dropping B leaves A without neighbours: warned as an isolate.
        List<String> iso = w.alignTo(List.of("A", "C", "D")).warnings("W");
        assertTrue(iso.get(1).contains("isolates") && iso.get(1).contains("'A'"), iso.toString());
        // Missing from W: an input error naming them.
        InputException e = assertThrows(InputException.class, () -> w.alignTo(List.of("A", "B", "C", "D", "E", "F")));
        assertTrue(e.getMessage().contains("'E', 'F'") && e.getMessage().contains("abcd.csv"), e.getMessage());
    }

    @Test
    void buildRejectsSelfLinksNegativeWeightsDuplicatesAndRepeatedIds() {
        InputException self = assertThrows(InputException.class,
                () -> SpatialWeights.builder(List.of("A", "B"), "m", "memory").link("A", "A", 1).build());
        assertTrue(self.getMessage().contains("'A' is linked to itself"), self.getMessage());
        InputException neg = assertThrows(InputException.class,
                () -> SpatialWeights.builder(List.of("A", "B"), "m", "memory").link("A", "B", -1).build());
        assertTrue(neg.getMessage().contains("'A' -> 'B' is -1.0"), neg.getMessage());
        InputException inf = assertThrows(InputException.class, () -> SpatialWeights
                .builder(List.of("A", "B"), "m", "memory").link("A", "B", Double.POSITIVE_INFINITY).build());
        assertTrue(inf.getMessage().contains("finite"), inf.getMessage());
        InputException dup = assertThrows(InputException.class,
                () -> SpatialWeights.builder(List.of("A", "B"), "m", "memory").link("A", "B", 1).link(0, 1, 2).build());
        assertTrue(dup.getMessage().contains("'A' -> 'B' is given twice"), dup.getMessage());
        InputException ids = assertThrows(InputException.class,
                () -> SpatialWeights.builder(List.of("A", "B", "A"), "m", "memory"));
        assertTrue(ids.getMessage().contains("'A' appears more than once"), ids.getMessage());
        InputException unknown = assertThrows(InputException.class,
                () -> SpatialWeights.builder(List.of("A", "B"), "m", "memory").link("A", "Z", 1));
        assertTrue(unknown.getMessage().contains("'Z' is not one of its entities"), unknown.getMessage());
    }

    @Test
    void canonicalHashIdentifiesTheMatrix() {
        SpatialWeights a = SpatialWeights.builder(List.of("A", "B"), "m", "memory").link("A", "B", 1).link("B", "A", 1)
                .build();
        SpatialWeights same = SpatialWeights.builder(List.of("A", "B"), "other", "memory").link("B", "A", 1)
                .link("A", "B", 1).build();
        SpatialWeights other = SpatialWeights.builder(List.of("A", "B"), "m", "memory").link("A", "B", 1)
                .link("B", "A", 0.5).build();
        assertEquals(64, a.sha256().length());
        assertEquals(a.sha256(), same.sha256(), "the order links were added in does not matter");
        assertNotEquals(a.sha256(), other.sha256());
        WeightsProvenance p = a.provenance();
        assertEquals(2, p.n());
        assertEquals(2, p.links());
        assertEquals("none", p.asMap().get("standardisation"));
    }
}
