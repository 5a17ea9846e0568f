package org.carbonlab.panel.numerics.gmm;

/** Small dense helpers for the GMM algebra: products and the inverse of a symmetric positive definite matrix. */
final class Spd {
    private Spd() {
    }

    /**
     * Inverse by Cholesky; throws {@link IllegalArgumentException} naming {@code what} when the matrix is not
     * positive definite (e.g. an instrument column that is zero for every entity).
     */
    static double[][] inverse(double[][] a, String what) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 1e-13 * Math.max(1.0, Math.abs(a[j][j])))) {
                throw new IllegalArgumentException(what + " is singular (column " + (j + 1) + " of " + n
                        + " is a linear combination of earlier ones or all zero)");
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        // inverse of L, then (L^-1)' L^-1
        double[][] li = new double[n][n];
        for (int j = 0; j < n; j++) {
            li[j][j] = 1.0 / l[j][j];
            for (int i = j + 1; i < n; i++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i][k] * li[k][j];
                }
                li[i][j] = s / l[i][i];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < n; k++) {
                    s += li[k][i] * li[k][j];
                }
                inv[i][j] = s;
                inv[j][i] = s;
            }
        }
        return inv;
    }

    /**
     * The inverse when {@code a} is positive definite, otherwise the Moore–Penrose inverse (eigenvalues below
     * sqrt(machine epsilon) times the largest count as zero, the tolerance of MASS::ginv), as xtabond2 and plm fall
     * back to a generalized inverse when instruments outnumber what the data identify. {@code used[0]} is set when
     * the generalized inverse was needed.
     */
    static double[][] inverseOrGeneralized(double[][] a, String what, boolean[] used) {
        try {
            return inverse(a, what);
        } catch (IllegalArgumentException e) {
            used[0] = true;
            org.apache.commons.math3.linear.EigenDecomposition eig = new org.apache.commons.math3.linear.EigenDecomposition(
                    new org.apache.commons.math3.linear.Array2DRowRealMatrix(a, false));
            double[] lambda = eig.getRealEigenvalues();
            double max = 0;
            for (double l : lambda) {
                max = Math.max(max, Math.abs(l));
            }
            double tol = Math.sqrt(Math.ulp(1.0)) * max;
            int n = a.length;
            double[][] out = new double[n][n];
            for (int k = 0; k < lambda.length; k++) {
                if (lambda[k] > tol) {
                    double[] v = eig.getEigenvector(k).toArray();
                    addOuter(out, v, v, 1.0 / lambda[k]);
                }
            }
            if (max == 0) {
                throw new IllegalArgumentException(what + " is zero");
            }
            return out;
        }
    }

    /** a' b for a (n×p), b (n×q). */
    static double[][] crossprod(double[][] a, double[][] b) {
        int p = a.length == 0 ? 0 : a[0].length;
        int q = b.length == 0 ? 0 : b[0].length;
        double[][] out = new double[p][q];
        for (int r = 0; r < a.length; r++) {
            double[] ar = a[r];
            double[] br = b[r];
            for (int i = 0; i < p; i++) {
                double v = ar[i];
                if (v != 0) {
                    double[] o = out[i];
                    for (int j = 0; j < q; j++) {
                        o[j] += v * br[j];
                    }
                }
            }
        }
        return out;
    }

    /** a' v for a (n×p). */
    static double[] crossprod(double[][] a, double[] v) {
        int p = a.length == 0 ? 0 : a[0].length;
        double[] out = new double[p];
        for (int r = 0; r < a.length; r++) {
            if (v[r] != 0) {
                for (int i = 0; i < p; i++) {
                    out[i] += a[r][i] * v[r];
                }
            }
        }
        return out;
    }

    static double[][] times(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < b.length; k++) {
                double v = a[i][k];
                if (v != 0) {
                    for (int j = 0; j < m; j++) {
                        out[i][j] += v * b[k][j];
                    }
                }
            }
        }
        return out;
    }

    static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int k = 0; k < v.length; k++) {
                s += a[i][k] * v[k];
            }
            out[i] = s;
        }
        return out;
    }

    static double[][] transpose(double[][] a) {
        int n = a.length;
        int m = n == 0 ? 0 : a[0].length;
        double[][] t = new double[m][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static void addOuter(double[][] acc, double[] a, double[] b, double w) {
        for (int i = 0; i < a.length; i++) {
            double v = a[i] * w;
            if (v != 0) {
                for (int j = 0; j < b.length; j++) {
                    acc[i][j] += v * b[j];
                }
            }
        }
    }

    static void add(double[][] acc, double[][] m) {
        for (int i = 0; i < acc.length; i++) {
            for (int j = 0; j < acc[i].length; j++) {
                acc[i][j] += m[i][j];
            }
        }
    }

    /** (a + a')/2: removes rounding asymmetry before an inversion. */
    static double[][] symmetrised(double[][] a) {
        int n = a.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        return s;
    }
}
