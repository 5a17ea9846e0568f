package org.carbonlab.core.inference;

/**
 * The meat of the two-way cluster-robust covariance of Cameron, Gelbach and Miller (2011): M_A + M_B - M_{A∩B},
 * the one-way cluster meats of the two dimensions minus that of their intersection (Stata's
 * {@code reghdfe/ivreg2 ..., cluster(a b)}, fixest's {@code cluster = ~a + b}). Numerics only.
 * <p>
 * The Stata convention scales the sandwich by G/(G-1)·(N-1)/(N-K) with G = min(G_A, G_B) and takes p-values from
 * t(G - 1) (fixest's {@code cluster.df = "min"}); the factor is {@link ClusterCorrection#stataFactor} of
 * {@link Meat#minClusters()}. The result need not be positive semi-definite; a negative variance is reported as a
 * missing standard error by {@link CoefficientTable}.
 */
public final class TwoWayClustering {

    private TwoWayClustering() {
    }

    /** The meat and the cluster counts of the two dimensions and their intersection. */
    public record Meat(double[][] meat, int clustersA, int clustersB, int clustersBoth) {
        /** min(G_A, G_B), the G of the small-sample factor and of the t degrees of freedom. */
        public int minClusters() {
            return Math.min(clustersA, clustersB);
        }
    }

    /**
     * @param cols the r score columns (length n each), e.g. the within-transformed kept regressors
     * @param u    residuals (length n)
     * @param a    first cluster code per observation (any non-negative integers)
     * @param b    second cluster code per observation
     */
    public static Meat meat(double[][] cols, double[] u, int[] a, int[] b) {
        int n = u.length;
        if (a.length != n || b.length != n) {
            throw new IllegalArgumentException("cluster codes must have one entry per observation");
        }
        int[] ca = dense(a);
        int[] cb = dense(b);
        int ga = levels(ca);
        int gb = levels(cb);
        long[] pair = new long[n];
        for (int i = 0; i < n; i++) {
            pair[i] = (long) ca[i] * gb + cb[i];
        }
        int[] cab = dense(pair);
        int gab = levels(cab);
        double[][] ma = Sandwich.clusterMeat(cols, u, ca, ga);
        double[][] mb = Sandwich.clusterMeat(cols, u, cb, gb);
        double[][] mab = Sandwich.clusterMeat(cols, u, cab, gab);
        int r = cols.length;
        double[][] m = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                m[i][j] = ma[i][j] + mb[i][j] - mab[i][j];
            }
        }
        return new Meat(m, ga, gb, gab);
    }

    private static int levels(int[] codes) {
        int g = 0;
        for (int c : codes) {
            g = Math.max(g, c + 1);
        }
        return g;
    }

    /** Codes 0, 1, ... in order of first appearance. */
    static int[] dense(int[] codes) {
        long[] l = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0) {
                throw new IllegalArgumentException("negative cluster code at observation " + i);
            }
            l[i] = codes[i];
        }
        return dense(l);
    }

    private static int[] dense(long[] codes) {
        java.util.HashMap<Long, Integer> ids = new java.util.HashMap<>();
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = ids.computeIfAbsent(codes[i], k -> ids.size());
        }
        return out;
    }
}
