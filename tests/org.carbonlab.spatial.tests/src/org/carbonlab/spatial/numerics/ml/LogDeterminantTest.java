package org.carbonlab.spatial.numerics.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.SpectralRadius;
import org.carbonlab.core.weights.Standardisation;
import org.carbonlab.spatial.estimators.Columbus;
import org.junit.jupiter.api.Test;

/**
 * The log-determinant and trace routes against dense brute force (commons-math LU determinant and inverse):
 * eigenvalues in the symmetric similar form and in the general form (rel 1e-10); DenseTraces (rel 1e-10); the
 * Chebyshev/Monte Carlo route on a 300-unit 6-nearest-neighbour W within its accuracy (Monte Carlo error is
 * absolute, of order √(n/probes)): ln|I − rW| within 1e-3·n for |r| ≤ 0.9, tr(G) and tr((I − rW)⁻¹) within 1e-2·n
 * for r < −0.5 (steep near the smallest eigenvalues) and 2e-3·n otherwise, exact totals rel 1e-12.
 */
class LogDeterminantTest {

    static double[][] dense(SpatialWeights w, double r) {
        double[][] d = w.toDense();
        int n = d.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? 1 : 0) - r * d[i][j];
            }
        }
        return a;
    }

    static double bruteLogDet(SpatialWeights w, double r) {
        return Math.log(new LUDecomposition(new Array2DRowRealMatrix(dense(w, r))).getDeterminant());
    }

    static SpatialWeights knn(int n, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] px = new double[n];
        double[] py = new double[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            px[i] = rng.nextDouble();
            py[i] = rng.nextDouble();
            ids.add("u" + i);
        }
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "knn", SpatialWeights.FORMAT_EDGE_LIST_CSV);
        for (int i = 0; i < n; i++) {
            final int ii = i;
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(
                    j -> (px[ii] - px[j]) * (px[ii] - px[j]) + (py[ii] - py[j]) * (py[ii] - py[j])));
            for (int m = 1; m <= k; m++) {
                b.link(i, order[m], 1.0);
            }
        }
        return b.build().standardised(Standardisation.ROW);
    }

    @Test
    void eigenvaluesGiveTheExactLogDeterminantAndTraces() throws IOException {
        SpatialWeights w = Columbus.weights(true);
        Spectrum s = Spectrum.of(w);
        assertTrue(s.symmetricForm(), "row-standardised from a symmetric matrix");
        assertEquals(1.0 / -0.65195459824239077, s.lower(), 1e-10);
        assertEquals(1.0, s.upper(), 1e-12);
        SpatialWeights asym = knn(60, 4, 3L);
        Spectrum g = Spectrum.of(asym);
        assertFalse(g.symmetricForm());
        DenseTraces dt = new DenseTraces(asym);
        for (double r : new double[] {-0.7, -0.2, 0.3, 0.8}) {
            assertEquals(bruteLogDet(w, r), s.value(r), 1e-10 * Math.abs(bruteLogDet(w, r)));
            assertEquals(bruteLogDet(asym, r), g.value(r), 1e-10 * Math.abs(bruteLogDet(asym, r)));
            RealMatrix inv = new LUDecomposition(new Array2DRowRealMatrix(dense(asym, r))).getSolver().getInverse();
            RealMatrix wd = new Array2DRowRealMatrix(asym.toDense());
            RealMatrix gm = wd.multiply(inv);
            assertEquals(inv.getTrace(), g.traceInverse(r), 1e-10 * inv.getTrace());
            assertEquals(gm.getTrace(), g.traceInverseTimesW(r), 1e-10 * Math.abs(gm.getTrace()) + 1e-12);
            assertEquals(-gm.getTrace(), g.derivative(r), 1e-10 * Math.abs(gm.getTrace()) + 1e-12);
            Traces t = dt.at(r, r);
            double gtg = gm.transpose().multiply(gm).getTrace();
            assertEquals(gm.multiply(gm).getTrace(), t.g1g1(), 1e-10 * Math.abs(t.g1g1()));
            assertEquals(gm.multiply(gm).getTrace(), g.traceProduct(r, r), 1e-10 * Math.abs(t.g1g1()));
            assertEquals(gtg, t.g1tg1(), 1e-10 * gtg);
        }
    }

    @Test
    void chebyshevRouteIsWithinItsStatedAccuracy() {
        SpatialWeights w = knn(300, 6, 11L);
        Spectrum exact = Spectrum.of(w);
        ProbeTraces pt = new ProbeTraces(w, SpectralRadius.of(w), 50, 60, 5L);
        ChebyshevLogDeterminant c = new ChebyshevLogDeterminant(pt);
        SpectralEffectTraces et = new SpectralEffectTraces(exact, w);
        for (double r : new double[] {-0.9, -0.5, 0.2, 0.5, 0.7, 0.9}) {
            double e = exact.value(r);
            assertEquals(e, c.value(r), 1e-3 * 300, "logdet at " + r);
            double tg = exact.traceInverseTimesW(r);
            assertEquals(tg, pt.traceInverseW(r), (r < -0.5 ? 1e-2 : 2e-3) * 300, "tr(G) at " + r);
            assertEquals(exact.traceInverse(r), pt.traceInverse(r), (r < -0.5 ? 1e-2 : 2e-3) * 300);
            assertEquals(et.sumInverse(r), pt.sumInverse(r), 1e-12 * et.sumInverse(r));
        }
        assertEquals(-0.995, c.lower(), 1e-12);
    }
}
