package org.carbonlab.panel.numerics;

/** Package-private sandwich "meat" computations. Columns are column-major (r columns of length n). */
final class Sandwich {

    private Sandwich() {
    }

    /** sum_g s_g s_g' with s_g = sum_{i in g} x_i u_i. */
    static double[][] clusterMeat(double[][] cols, double[] u, Codes cluster) {
        int r = cols.length;
        int n = u.length;
        int g = cluster.levels;
        double[][] s = new double[g][r];
        for (int j = 0; j < r; j++) {
            double[] c = cols[j];
            for (int i = 0; i < n; i++) {
                s[cluster.code[i]][j] += c[i] * u[i];
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

    /** sum_i w_i x_i x_i'. */
    static double[][] weightedMeat(double[][] cols, double[] w) {
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

    /** Leverages h_i = x_i' (X'X)^{-1} x_i = ||R^{-T} x_i||^2. */
    static double[] leverages(double[][] cols, double[][] rInv) {
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

    static double[][] scale(double[][] m, double f) {
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
