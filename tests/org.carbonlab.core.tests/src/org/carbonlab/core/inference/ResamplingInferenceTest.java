package org.carbonlab.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Per-draw random streams, Webb weights, the two-way cluster meat and the wild cluster bootstrap's invariances.
 * Their values against brute-force LSDV fits are tested in the panel bundle (DidEstimatorTest).
 */
class ResamplingInferenceTest {

    @Test
    void drawStreamsDependOnSeedAndIndexOnly() {
        assertEquals(DrawStreams.of(7, 3).nextLong(), DrawStreams.of(7, 3).nextLong());
        assertNotEquals(DrawStreams.of(7, 3).nextLong(), DrawStreams.of(7, 4).nextLong());
        assertNotEquals(DrawStreams.of(7, 3).nextLong(), DrawStreams.of(8, 3).nextLong());
    }

    @Test
    void webbWeightsHaveMeanZeroAndVarianceOne() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 600_000;
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double w = BootstrapWeights.WEBB.draw(r);
            s += w;
            s2 += w * w;
        }
        assertEquals(0, s / n, 0.01);
        assertEquals(1, s2 / n, 0.01);
        assertEquals(BootstrapWeights.WEBB, BootstrapWeights.fromParameter("Webb"));
    }

    @Test
    void twoWayMeatWithTheSameDimensionTwiceIsTheOneWayMeat() {
        Random rnd = new Random(2);
        int n = 40;
        double[][] cols = new double[2][n];
        double[] u = new double[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            cols[0][i] = rnd.nextGaussian();
            cols[1][i] = rnd.nextGaussian();
            u[i] = rnd.nextGaussian();
            c[i] = i % 5;
        }
        TwoWayClustering.Meat m = TwoWayClustering.meat(cols, u, c, c);
        double[][] one = Sandwich.clusterMeat(cols, u, c, 5);
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                assertEquals(one[a][b], m.meat()[a][b], 1e-12 * Math.abs(one[a][b]) + 1e-14);
            }
        }
        assertEquals(5, m.minClusters());
        assertEquals(5, m.clustersBoth());
    }

    @Test
    void wildBootstrapIsScaleInvariantAndEnumeratesFewClusters() {
        Random rnd = new Random(4);
        int n = 48;
        double[][] x = new double[2][n];
        double[] y = new double[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = i / 8;
            x[0][i] = c[i] < 3 ? 1 : 0;
            x[1][i] = rnd.nextGaussian();
            y[i] = 0.3 * x[0][i] + x[1][i] + rnd.nextGaussian() + 0.5 * c[i];
        }
        WildClusterBootstrap.Options o = new WildClusterBootstrap.Options(true, BootstrapWeights.RADEMACHER, 999, 1,
                0.95);
        WildClusterBootstrap.Outcome a = WildClusterBootstrap.test(x, y, c, 0, 0, null, o);
        assertTrue(a.enumerated());
        assertEquals(64, a.replications());
        double[] y10 = y.clone();
        for (int i = 0; i < n; i++) {
            y10[i] *= 10;
        }
        WildClusterBootstrap.Outcome b = WildClusterBootstrap.test(x, y10, c, 0, 0, null, o);
        assertEquals(a.pValue(), b.pValue(), 0);
        assertEquals(a.statistic(), b.statistic(), 1e-10 * Math.abs(a.statistic()));
        WildClusterBootstrap.Options webb = new WildClusterBootstrap.Options(false, BootstrapWeights.WEBB, 299, 9,
                0.95);
        WildClusterBootstrap.Outcome w1 = WildClusterBootstrap.test(x, y, c, 0, 0, null, webb);
        WildClusterBootstrap.Outcome w2 = WildClusterBootstrap.test(x, y, c, 0, 0, null, webb);
        assertEquals(w1.pValue(), w2.pValue(), 0);
        assertTrue(w1.confLow() < w1.estimate() && w1.estimate() < w1.confHigh());
        assertEquals(299, w1.replications());
    }
}
