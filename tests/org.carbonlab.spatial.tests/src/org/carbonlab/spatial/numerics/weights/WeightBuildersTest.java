package org.carbonlab.spatial.numerics.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.SpectralRadius;
import org.carbonlab.core.weights.Standardisation;
import org.carbonlab.spatial.estimators.Columbus;
import org.junit.jupiter.api.Test;

/**
 * The name-free builders against hand-solved cases (a 3×4 rectangle, three points on a line) and brute-force dense
 * computation on the Columbus centroids (X, Y of the reference data); the spectral radius against commons-math3's
 * dense eigen decomposition.
 */
class WeightBuildersTest {
    // the corners of a 3 × 4 rectangle: d01 = d23 = 3, d02 = d13 = 4, d03 = d12 = 5
    private static final double[] RX = {0, 3, 0, 3};
    private static final double[] RY = {0, 0, 4, 4};

    private static SpatialWeights matrix(Links l, int n) {
        List<String> ids = IntStream.range(0, n).mapToObj(Integer::toString).toList();
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "test", "test");
        for (int k = 0; k < l.size(); k++) {
            b.link(l.from(k), l.to(k), l.weight(k));
        }
        return b.build();
    }

    @Test
    void nearestNeighboursOfTheRectangle() {
        int[][] one = NearestNeighbours.of(RX, RY, Metric.EUCLIDEAN, 1);
        assertArrayEquals(new int[][] {{1}, {0}, {3}, {2}}, one);
        int[][] two = NearestNeighbours.of(RX, RY, Metric.EUCLIDEAN, 2);
        assertArrayEquals(new int[][] {{1, 2}, {0, 3}, {3, 0}, {2, 1}}, two);
    }

    @Test
    void tiesGoToTheFirstUnitAndMakeAnAsymmetricGraph() {
        // unit 1 is at distance 1 from both 0 and 2: it takes 0; unit 2 takes 1, unit 0 takes 1
        double[] x = {0, 1, 2};
        double[] y = {0, 0, 0};
        int[][] nn = NearestNeighbours.of(x, y, Metric.EUCLIDEAN, 1);
        assertArrayEquals(new int[][] {{1}, {0}, {1}}, nn);
        SpatialWeights w = matrix(NearestNeighbours.binaryLinks(nn, false), 3);
        assertTrue(!w.isSymmetric());
        SpatialWeights s = matrix(NearestNeighbours.binaryLinks(nn, true), 3);
        assertTrue(s.isSymmetric());
        assertEquals(4, s.links());
        assertEquals(1.0, s.weight(1, 2));
    }

    @Test
    void inverseDistanceOfTheRectangleByHand() {
        SpatialWeights w = matrix(InverseDistance.of(RX, RY, Metric.EUCLIDEAN, 1.0, Double.POSITIVE_INFINITY), 4);
        assertEquals(12, w.links());
        assertEquals(1.0 / 3, w.weight(0, 1), 1e-15);
        assertEquals(1.0 / 4, w.weight(0, 2), 1e-15);
        assertEquals(1.0 / 5, w.weight(0, 3), 1e-15);
        SpatialWeights squared = matrix(InverseDistance.of(RX, RY, Metric.EUCLIDEAN, 2.0, 4.0), 4);
        assertEquals(8, squared.links()); // the diagonals (d = 5) are beyond the band
        assertEquals(0.0, squared.weight(1, 2));
        assertEquals(1.0 / 16, squared.weight(3, 1), 1e-15);
        // cutoff = auto is the largest nearest distance, 3: only the two short sides stay, two components
        double auto = NearestNeighbours.largestNearestDistance(RX, RY, Metric.EUCLIDEAN);
        assertEquals(3.0, auto);
        SpatialWeights band = matrix(InverseDistance.of(RX, RY, Metric.EUCLIDEAN, 1.0, auto), 4);
        assertEquals(4, band.links());
        assertEquals(2, Components.count(band));
        assertArrayEquals(new int[] {0, 0, 1, 1}, Components.labels(band));
        assertEquals(1, Components.count(w));
    }

    @Test
    void haversineKnownArcs() {
        double r = Metric.EARTH_RADIUS_KM;
        double[] lat = {0, 0, 90, 0};
        double[] lon = {0, 1, 0, 180};
        assertEquals(r * Math.PI / 180, Metric.GREAT_CIRCLE.distance(lat, lon, 0, 1), 1e-9);
        assertEquals(r * Math.PI / 2, Metric.GREAT_CIRCLE.distance(lat, lon, 0, 2), 1e-9);
        assertEquals(r * Math.PI, Metric.GREAT_CIRCLE.distance(lat, lon, 0, 3), 1e-9);
    }

    /** The Columbus centroids read as degrees: haversine equals the spherical law of cosines (rel 1e-9). */
    @Test
    void haversineMatchesTheSphericalLawOfCosinesOnColumbus() throws IOException {
        double[] lat = Columbus.column("Y");
        double[] lon = Columbus.column("X");
        for (int i = 0; i < lat.length; i++) {
            for (int j = 0; j < lat.length; j++) {
                if (i == j) {
                    continue;
                }
                double p1 = Math.toRadians(lat[i]);
                double p2 = Math.toRadians(lat[j]);
                double c = Math.sin(p1) * Math.sin(p2)
                        + Math.cos(p1) * Math.cos(p2) * Math.cos(Math.toRadians(lon[j] - lon[i]));
                double expected = Metric.EARTH_RADIUS_KM * Math.acos(Math.min(1, c));
                assertEquals(expected, Metric.GREAT_CIRCLE.distance(lat, lon, i, j), 1e-9 * expected);
            }
        }
    }

    /** kNN on Columbus against a dense distance matrix sorted per row (brute force, with the tie rule). */
    @Test
    void knnMatchesBruteForceOnColumbus() throws IOException {
        double[] x = Columbus.column("X");
        double[] y = Columbus.column("Y");
        int n = x.length;
        for (int k : new int[] {1, 4, 10}) {
            int[][] nn = NearestNeighbours.of(x, y, Metric.EUCLIDEAN, k);
            for (int i = 0; i < n; i++) {
                int row = i;
                List<Integer> others = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        others.add(j);
                    }
                }
                others.sort(Comparator.<Integer>comparingDouble(j -> Math.hypot(x[row] - x[j], y[row] - y[j]))
                        .thenComparingInt(j -> j));
                int[] expected = others.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
                assertArrayEquals(expected, nn[i], "unit " + i + ", k=" + k);
            }
        }
    }

    /** Inverse distance on Columbus: every weight is 1/d² of the dense distance, and the band is d ≤ cutoff. */
    @Test
    void inverseDistanceMatchesBruteForceOnColumbus() throws IOException {
        double[] x = Columbus.column("X");
        double[] y = Columbus.column("Y");
        int n = x.length;
        double cutoff = 5.0;
        SpatialWeights w = matrix(InverseDistance.of(x, y, Metric.EUCLIDEAN, 2.0, cutoff), n);
        int links = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = Math.hypot(x[i] - x[j], y[i] - y[j]);
                double expected = i != j && d <= cutoff ? 1 / (d * d) : 0.0;
                links += expected > 0 ? 1 : 0;
                assertEquals(expected, w.weight(i, j), 1e-14 * expected);
            }
        }
        assertEquals(links, w.links());
    }

    /** cutoff=auto keeps a neighbour for every unit, and the pair at the largest nearest distance is linked. */
    @Test
    void autoCutoffKeepsEveryUnitLinked() throws IOException {
        double[] x = Columbus.column("X");
        double[] y = Columbus.column("Y");
        double auto = NearestNeighbours.largestNearestDistance(x, y, Metric.EUCLIDEAN);
        double[] nearest = NearestNeighbours.nearestDistances(x, y, Metric.EUCLIDEAN);
        int farthest = 0;
        for (int i = 1; i < nearest.length; i++) {
            farthest = nearest[i] > nearest[farthest] ? i : farthest;
        }
        int far = farthest;
        assertEquals(nearest[far], auto);
        SpatialWeights w = matrix(InverseDistance.of(x, y, Metric.EUCLIDEAN, 1.0, auto), x.length);
        assertEquals(0, w.isolates().length);
        int partner = NearestNeighbours.of(x, y, Metric.EUCLIDEAN, 1)[far][0];
        assertEquals(1 / auto, w.weight(far, partner), 1e-15);
        // just below the band the farthest unit loses its only neighbour
        SpatialWeights tight = matrix(InverseDistance.of(x, y, Metric.EUCLIDEAN, 1.0, Math.nextDown(auto)), x.length);
        assertTrue(Arrays.stream(tight.isolates()).anyMatch(i -> i == far));
    }

    /** The spectral radius against the largest |eigenvalue| of the dense matrix (commons-math3), rel 1e-9. */
    @Test
    void spectralRadiusMatchesDenseEigenvaluesOnColumbus() throws IOException {
        double[] x = Columbus.column("X");
        double[] y = Columbus.column("Y");
        List<SpatialWeights> cases = List.of(Columbus.weights(false), Columbus.weights(true),
                matrix(NearestNeighbours.binaryLinks(NearestNeighbours.of(x, y, Metric.EUCLIDEAN, 4), false), 49),
                matrix(InverseDistance.of(x, y, Metric.EUCLIDEAN, 1.0, Double.POSITIVE_INFINITY), 49));
        for (SpatialWeights w : cases) {
            EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(w.toDense()));
            double expected = 0.0;
            for (int i = 0; i < w.n(); i++) {
                expected = Math.max(expected, Math.hypot(e.getRealEigenvalue(i), e.getImagEigenvalue(i)));
            }
            double radius = SpectralRadius.of(w);
            assertEquals(expected, radius, 1e-9 * expected);
            SpatialWeights s = w.scaled(radius, Standardisation.SPECTRAL);
            assertEquals(1.0, SpectralRadius.of(s), 1e-9);
        }
        // a bipartite graph (eigenvalues ±1): the shift by I makes the iteration converge
        List<String> ids = List.of("a", "b");
        SpatialWeights pair = SpatialWeights.builder(ids, "t", "t").link(0, 1, 1).link(1, 0, 1).build();
        assertEquals(1.0, SpectralRadius.of(pair), 1e-12);
    }

    @Test
    void economicAndNestedByHand() {
        double[] means = {1, 2, 4};
        SpatialWeights e = matrix(EconomicDistance.of(means), 3);
        assertEquals(6, e.links());
        assertEquals(1.0, e.weight(0, 1), 1e-15);
        assertEquals(1.0 / 3, e.weight(2, 0), 1e-15);
        assertEquals(0.5, e.weight(1, 2), 1e-15);
        assertEquals(null, EconomicDistance.firstEqualPair(means));
        assertArrayEquals(new int[] {0, 2}, EconomicDistance.firstEqualPair(new double[] {3, 1, 3}));
        Links geo = new Links();
        geo.add(0, 1, 0.5);
        geo.add(1, 0, 0.5);
        geo.add(1, 2, 0.25);
        geo.add(2, 1, 0.25);
        // diag: w_ij = wd_ij · x̄_j / x̄ with x̄ = 7/3
        SpatialWeights d = matrix(EconomicDistance.nestedDiagonal(geo, means), 3);
        assertEquals(0.5 * 2 / (7.0 / 3), d.weight(0, 1), 1e-15);
        assertEquals(0.5 * 1 / (7.0 / 3), d.weight(1, 0), 1e-15);
        assertEquals(0.25 * 4 / (7.0 / 3), d.weight(1, 2), 1e-15);
        assertEquals(0.0, d.weight(0, 2));
        // product: w_ij = wd_ij / |x̄_i − x̄_j|
        SpatialWeights p = matrix(EconomicDistance.nestedProduct(geo, means), 3);
        assertEquals(0.5, p.weight(0, 1), 1e-15);
        assertEquals(0.125, p.weight(2, 1), 1e-15);
        assertEquals(4, p.links());
    }
}
