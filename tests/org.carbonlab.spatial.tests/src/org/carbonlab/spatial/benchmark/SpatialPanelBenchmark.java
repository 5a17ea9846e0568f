package org.carbonlab.spatial.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.Standardisation;
import org.carbonlab.spatial.estimators.SpatialPanelEstimator;

/**
 * Benchmark of {@code spatial.panel} (not a test; run by benchmarks/spatial-panel.sh): N units uniform in the unit
 * square (seeded) × T = 10 periods, W = 6 nearest neighbours row-standardised, data from a two-way fixed-effects
 * SDM (ρ = 0.4); the timed call is the whole estimator: the two-way SDM by ML with analytic SEs, the effects with
 * 1,000 simulated draws, and the LR/Wald tests (which refit SAR, SEM and the one-way models). Prints wall-clock and
 * CPU seconds per N after a warm-up (single-threaded: on a busy machine the CPU time is the fairer figure).
 */
public final class SpatialPanelBenchmark {
    private static final int K = 6;
    private static final int T = 10;
    /** logdet= of the timed runs (auto unless an argument logdet=eigen|lu|chebyshev forces a route). */
    private static String logdet = "auto";

    private SpatialPanelBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("logdet=")) {
                logdet = a.substring("logdet=".length());
            } else {
                sizes.add(Integer.parseInt(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 500, 1000, 3000);
        }
        run(200, false); // warm-up of both routes (exact and Chebyshev)
        run(1000, false);
        System.out.printf("spatial.panel: SDM, two-way fixed effects, T = %d, %d-nearest-neighbour W (row-standardised),"
                + " analytic SEs, effects with 1000 draws, LR/Wald tests, logdet=%s%n", T, K, logdet);
        for (int n : sizes) {
            run(n, true);
        }
    }

    private static void run(int n, boolean print) {
        SplittableRandom r = new SplittableRandom(20261203L + n);
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = r.nextDouble();
            py[i] = r.nextDouble();
        }
        SpatialWeights w = knn(px, py);
        int rows = n * T;
        String[] ids = new String[rows];
        long[] years = new long[rows];
        double[] y = new double[rows];
        double[] x1 = new double[rows];
        double[] x2 = new double[rows];
        double[] unit = new double[n];
        for (int i = 0; i < n; i++) {
            unit[i] = r.nextGaussian();
        }
        for (int t = 0; t < T; t++) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = r.nextGaussian() + px[i];
                b[i] = r.nextGaussian() + 0.1 * t;
            }
            double[] wa = w.lag(a);
            double[] rhs = new double[n];
            for (int i = 0; i < n; i++) {
                rhs[i] = 0.8 * a[i] - 0.5 * b[i] + 0.3 * wa[i] + unit[i] + 0.2 * t + r.nextGaussian();
            }
            double[] z = rhs.clone(); // (I − 0.4W)⁻¹ rhs by fixed point
            for (int it = 0; it < 60; it++) {
                double[] wz = w.lag(z);
                for (int i = 0; i < n; i++) {
                    z[i] = rhs[i] + 0.4 * wz[i];
                }
            }
            for (int i = 0; i < n; i++) {
                int row = i * T + t;
                ids[row] = "u" + i;
                years[row] = 2000 + t;
                y[row] = z[i];
                x1[row] = a[i];
                x2[row] = b[i];
            }
        }
        PanelFrame f = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(years)
                .column("y", y).column("x1", x1).column("x2", x2).source("benchmark").build();
        SpatialPanelEstimator e = new SpatialPanelEstimator();
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("formula", "y ~ x1 + x2");
        raw.put("model", "sdm");
        raw.put("effect", "twoways");
        raw.put("draws", "1000");
        raw.put("logdet", print ? logdet : "auto");
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Result res = e.estimate(new EstimationContext(f, e.parameters().resolve(raw), ProgressMonitor.NULL, 1L,
                Map.of("W", w)));
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        if (print) {
            System.out.printf("N = %6d (NT = %7d): %7.3f s wall, %7.3f s CPU   rho = %.4f  logdet: %s%n", n, rows, s, cpu,
                    res.coefficient("rho").orElseThrow().estimate(), res.statistic("logdet"));
        }
    }

    /** Brute-force k nearest neighbours on a grid of cells (outside the timing), row-standardised. */
    private static SpatialWeights knn(double[] px, double[] py) {
        int n = px.length;
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("u" + i);
        }
        int g = Math.max(1, (int) Math.sqrt(n / 4.0));
        List<List<Integer>> cells = new ArrayList<>();
        for (int c = 0; c < g * g; c++) {
            cells.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            cells.get(cell(px[i], g) * g + cell(py[i], g)).add(i);
        }
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "knn" + K, SpatialWeights.FORMAT_EDGE_LIST_CSV);
        int[] best = new int[K];
        double[] dist = new double[K];
        for (int i = 0; i < n; i++) {
            int cx = cell(px[i], g);
            int cy = cell(py[i], g);
            for (int radius = 1; ; radius++) {
                java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
                for (int a = Math.max(0, cx - radius); a <= Math.min(g - 1, cx + radius); a++) {
                    for (int c = Math.max(0, cy - radius); c <= Math.min(g - 1, cy + radius); c++) {
                        for (int j : cells.get(a * g + c)) {
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
                    }
                }
                // the k-th distance is final once it lies within the searched square
                if (dist[K - 1] <= Math.pow((double) radius / g, 2) || radius >= g) {
                    break;
                }
            }
            for (int m = 0; m < K; m++) {
                b.link(i, best[m], 1.0);
            }
        }
        return b.build().standardised(Standardisation.ROW);
    }

    private static int cell(double v, int g) {
        return Math.min(g - 1, (int) (v * g));
    }
}
