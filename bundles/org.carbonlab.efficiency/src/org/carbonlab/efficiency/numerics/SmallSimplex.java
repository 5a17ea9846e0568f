package org.carbonlab.efficiency.numerics;

/**
 * A dense two-phase primal simplex for small programs in equality form: minimise c'x subject to Ax = b, x &ge; 0
 * (a full tableau with one artificial column per row; Dantzig's rule, Bland's rule after a run of degenerate steps).
 * Meant as a fast oracle for column generation: the columns it selects are confirmed by a final solve of
 * {@link LinearProgram}'s regular path, so it never decides a reported number. Returns null when it does not reach
 * an optimum (infeasible, unbounded or iteration cap): the caller then uses the regular path.
 */
final class SmallSimplex {
    private static final double PIVOT_TOL = 1e-9;
    private static final double COST_TOL = 1e-11;
    private static final double FEASIBILITY_TOL = 1e-9;
    private static final int DEGENERATE_RUN = 20;

    /** Optimal value, primal x and duals y (reduced cost of column j = c_j − y'a_j). */
    record Optimum(double value, double[] x, double[] y) {
    }

    private SmallSimplex() {
    }

    /**
     * @param a rows × n coefficients (not modified)
     * @param b right-hand sides
     * @param c costs
     */
    static Optimum minimise(double[][] a, double[] b, double[] c) {
        int m = a.length;
        int n = c.length;
        int w = n + m + 1; // columns: x, artificials, rhs
        double[][] t = new double[m][w];
        for (int i = 0; i < m; i++) {
            double s = b[i] < 0 ? -1.0 : 1.0;
            for (int j = 0; j < n; j++) {
                t[i][j] = s * a[i][j];
            }
            t[i][n + i] = 1.0;
            t[i][w - 1] = s * b[i];
        }
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            basis[i] = n + i;
        }
        // z: the reduced costs of all columns and, in the rhs place, minus the objective; updated by every pivot
        double[] z = new double[w];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                z[j] -= t[i][j];
            }
            z[w - 1] -= t[i][w - 1];
        }
        int cap = 50 * (n + m) + 100;
        if (!iterate(t, z, basis, n + m, n, cap)) {
            return null;
        }
        if (-z[w - 1] > FEASIBILITY_TOL) {
            return null; // phase 1 ends with artificials carrying weight: infeasible
        }
        double[] cost = new double[n + m];
        System.arraycopy(c, 0, cost, 0, n);
        for (int j = 0; j < w - 1; j++) {
            double v = cost[j];
            for (int i = 0; i < m; i++) {
                v -= cost[basis[i]] * t[i][j];
            }
            z[j] = v;
        }
        if (!iterate(t, z, basis, n, n, cap)) {
            return null;
        }
        double[] x = new double[n];
        double value = 0;
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = t[i][w - 1];
                value += c[basis[i]] * t[i][w - 1];
            } else if (Math.abs(t[i][w - 1]) > FEASIBILITY_TOL) {
                return null;
            }
        }
        // the reduced cost of artificial k (cost 0 in phase 2) is −y_k of the sign-adjusted rows
        double[] y = new double[m];
        for (int k = 0; k < m; k++) {
            y[k] = (b[k] < 0 ? -1.0 : 1.0) * -z[n + k];
        }
        return new Optimum(value, x, y);
    }

    /**
     * Pivots until no column among the first {@code enter} has a negative reduced cost (row {@code z}); artificial columns (index ≥
     * {@code n}) still basic in phase 2 leave at the first chance (ratio 0). False on the cap or unboundedness.
     */
    private static boolean iterate(double[][] t, double[] z, int[] basis, int enter, int n, int cap) {
        int m = t.length;
        int w = t[0].length;
        double[] d = z;
        int degenerate = 0;
        for (int it = 0; it < cap; it++) {
            boolean bland = degenerate >= DEGENERATE_RUN;
            int q = -1;
            for (int j = 0; j < enter; j++) {
                if (d[j] < -COST_TOL && (q < 0 || (!bland && d[j] < d[q]))) {
                    q = j;
                    if (bland) {
                        break;
                    }
                }
            }
            if (q < 0) {
                return true;
            }
            int p = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double e = t[i][q];
                if (enter == n && basis[i] >= n && Math.abs(e) > PIVOT_TOL) {
                    p = i; // an artificial left in the basis at zero goes out first
                    best = 0;
                    break;
                }
                if (e > PIVOT_TOL) {
                    double r = t[i][w - 1] / e;
                    if (r < best || (r == best && basis[i] < basis[p])) {
                        best = r;
                        p = i;
                    }
                }
            }
            if (p < 0) {
                return false; // unbounded
            }
            degenerate = best == 0 ? degenerate + 1 : 0;
            double[] pr = t[p];
            double pv = pr[q];
            for (int j = 0; j < w; j++) {
                pr[j] /= pv;
            }
            pr[q] = 1.0;
            for (int i = 0; i < m; i++) {
                if (i != p) {
                    double f = t[i][q];
                    if (f != 0.0) {
                        double[] ri = t[i];
                        for (int j = 0; j < w; j++) {
                            ri[j] -= f * pr[j];
                        }
                        ri[q] = 0.0;
                    }
                }
            }
            double f = z[q];
            for (int j = 0; j < w; j++) {
                z[j] -= f * pr[j];
            }
            z[q] = 0.0;
            basis[p] = q;
        }
        return false;
    }
}
