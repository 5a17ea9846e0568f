package org.carbonlab.core.inference;

/**
 * The "meat" of sandwich covariance estimators (V = B M B with bread B = (X'X)^-1 and a meat M), for any estimator
 * whose scores are x_i u_i: cluster-robust (sum over clusters of the outer products of the summed scores),
 * heteroskedasticity-robust (weighted sum of x_i x_i'), and the leverages the HC2/HC3 weights need. Columns are
 * column-major ({@code double[r][n]}: r columns of length n). Numerics only: no names, no I/O.
 */
public final class Sandwich {

    private Sandwich() {
    }

    /**
     * sum_g s_g s_g' with s_g = sum_{i in g} x_i u_i.
     *
     * @param cols     the r regressor columns (length n each)
     * @param u        residuals (length n)
     * @param cluster  dense cluster code of each observation, 0..clusters-1
     * @param clusters number of clusters G
     * @return the r x r meat
     */
    public static double[][] clusterMeat(double[][] cols, double[] u, int[] cluster, int clusters) {
        int r = cols.length;
        int n = u.length;
        int g = clusters;
        double[][] s = new double[g][r];
        for (int j = 0; j < r; j++) {
            double[] c = cols[j];
            for (int i = 0; i < n; i++) {
                s[cluster[i]][j] += c[i] * u[i];
            }
        }
        double[][] meat = new double[r][r];
        for (int h = 0; h < g; h++) {
            double[] sg = s[h];
            for (int a = 0; a < r; a++) {
                for (int b = 0; b <= a; b++) {
                    meat[a][b] += sg[a] * sg[b];
                }
            }
        }
        symmetrizeLower(meat);
        return meat;
    }

    /** sum_i w_i x_i x_i' (w_i = u_i^2 for HC0; scaled for HC2/HC3). */
    public static double[][] weightedMeat(double[][] cols, double[] w) {
        int r = cols.length;
        int n = w.length;
        double[][] meat = new double[r][r];
        for (int a = 0; a < r; a++) {
            double[] ca = cols[a];
            for (int b = 0; b <= a; b++) {
                double[] cb = cols[b];
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += w[i] * ca[i] * cb[i];
                }
                meat[a][b] = s;
            }
        }
        symmetrizeLower(meat);
        return meat;
    }

    /**
     * Leverages h_i = x_i' (X'X)^{-1} x_i = ||R^{-T} x_i||^2.
     *
     * @param cols the r columns of X (length n each)
     * @param rInv R^{-1} of X = QR (r x r upper triangular), e.g. {@link OlsCore#rInv()}
     */
    public static double[] leverages(double[][] cols, double[][] rInv) {
        int r = cols.length;
        int n = r == 0 ? 0 : cols[0].length;
        double[] h = new double[n];
        double[] z = new double[r];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < r; k++) {
                double zk = 0;
                for (int l = 0; l <= k; l++) {
                    zk += rInv[l][k] * cols[l][i];
                }
                z[k] = zk;
                s += zk * zk;
            }
            h[i] = s;
        }
        return h;
    }

    /** A copy of {@code m} with every entry multiplied by {@code f} (a small-sample factor or sigma^2). */
    public static double[][] scale(double[][] m, double f) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= f;
            }
        }
        return out;
    }

    private static void symmetrizeLower(double[][] m) {
        for (int a = 0; a < m.length; a++) {
            for (int b = 0; b < a; b++) {
                m[b][a] = m[a][b];
            }
        }
    }
}
