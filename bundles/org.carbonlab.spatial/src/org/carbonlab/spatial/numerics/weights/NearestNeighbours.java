package org.carbonlab.spatial.numerics.weights;

import java.util.Arrays;

/**
 * k nearest neighbours by brute force (O(n² log n); fine for the few thousand units of provincial and city
 * panels). Ties in distance are broken by unit order, the lower index first, as spdep's knearneigh keeps the first
 * of equally distant points.
 */
public final class NearestNeighbours {
    private NearestNeighbours() {
    }

    /** For each unit, its k nearest other units, nearest first. Needs 1 ≤ k < n. */
    public static int[][] of(double[] a, double[] b, Metric metric, int k) {
        int n = a.length;
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be in [1, n-1]: k=" + k + ", n=" + n);
        }
        int[][] out = new int[n][];
        Integer[] order = new Integer[n - 1];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    d[j] = metric.distance(a, b, i, j);
                    order[m++] = j;
                }
            }
            // a stable sort on distance keeps equal distances in unit order
            Arrays.sort(order, (p, q) -> Double.compare(d[p], d[q]));
            out[i] = new int[k];
            for (int r = 0; r < k; r++) {
                out[i][r] = order[r];
            }
        }
        return out;
    }

    /** The distance from each unit to its nearest other unit. */
    public static double[] nearestDistances(double[] a, double[] b, Metric metric) {
        int n = a.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    best = Math.min(best, metric.distance(a, b, i, j));
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** The largest nearest-neighbour distance: the smallest band in which every unit keeps a neighbour. */
    public static double largestNearestDistance(double[] a, double[] b, Metric metric) {
        double max = 0.0;
        for (double d : nearestDistances(a, b, metric)) {
            max = Math.max(max, d);
        }
        return max;
    }

    /** The kNN graph as 0/1 links; with {@code symmetrise}, j→i is added wherever i→j is (W ∨ Wᵀ). */
    public static Links binaryLinks(int[][] neighbours, boolean symmetrise) {
        int n = neighbours.length;
        Links out = new Links();
        if (!symmetrise) {
            for (int i = 0; i < n; i++) {
                for (int j : neighbours[i]) {
                    out.add(i, j, 1.0);
                }
            }
            return out;
        }
        java.util.List<java.util.TreeSet<Integer>> rows = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new java.util.TreeSet<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j : neighbours[i]) {
                rows.get(i).add(j);
                rows.get(j).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j : rows.get(i)) {
                out.add(i, j, 1.0);
            }
        }
        return out;
    }
}
