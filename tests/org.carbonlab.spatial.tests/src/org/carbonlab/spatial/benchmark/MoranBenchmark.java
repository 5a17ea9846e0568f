package org.carbonlab.spatial.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.Standardisation;
import org.carbonlab.spatial.numerics.LocalMoran;

/**
 * Benchmark of local Moran with 999 conditional permutations (not a test; run by benchmarks/moran.sh): n points
 * uniform in the unit square (seeded), W = 6 nearest neighbours row-standardised, x = smooth trend plus noise.
 * Prints the seconds of {@link LocalMoran#compute} per n (after a warm-up at n = 1000), on all cores.
 */
public final class MoranBenchmark {
    private static final int K = 6;
    private static final int PERMUTATIONS = 999;

    private MoranBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10000);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        run(1000, threads); // warm-up
        System.out.printf("local Moran, %d conditional permutations, %d-nearest-neighbour W, %d threads%n",
                PERMUTATIONS, K, threads);
        for (int n : sizes) {
            double s = run(n, threads);
            System.out.printf("n = %6d: %.2f s%n", n, s);
        }
    }

    private static double run(int n, int threads) {
        SplittableRandom r = new SplittableRandom(20261203L + n);
        double[] px = new double[n];
        double[] py = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = r.nextDouble();
            py[i] = r.nextDouble();
            x[i] = Math.sin(4 * px[i]) + Math.cos(3 * py[i]) + 0.5 * r.nextGaussian();
        }
        SpatialWeights w = knn(px, py);
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = r.nextLong();
        }
        long t0 = System.nanoTime();
        LocalMoran.Result res = LocalMoran.compute(x, w, LocalMoran.Variance.CONDITIONAL, PERMUTATIONS, seeds, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (res.pPermutation().length != n) {
            throw new IllegalStateException();
        }
        return seconds;
    }

    /** Brute-force k nearest neighbours (O(n²), outside the timing), row-standardised. */
    private static SpatialWeights knn(double[] px, double[] py) {
        int n = px.length;
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("u" + i);
        }
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "knn" + K, SpatialWeights.FORMAT_EDGE_LIST_CSV);
        int[] best = new int[K];
        double[] dist = new double[K];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double d = (px[i] - px[j]) * (px[i] - px[j]) + (py[i] - py[j]) * (py[i] - py[j]);
                if (d < dist[K - 1]) {
                    int p = K - 1;
                    while (p > 0 && dist[p - 1] > d) {
                        dist[p] = dist[p - 1];
                        best[p] = best[p - 1];
                        p--;
                    }
                    dist[p] = d;
                    best[p] = j;
                }
            }
            for (int m = 0; m < K; m++) {
                b.link(i, best[m], 1.0);
            }
        }
        return b.build().standardised(Standardisation.ROW);
    }
}
