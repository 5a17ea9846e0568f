package org.carbonlab.core.fixedeffects;

import java.util.Arrays;

import org.carbonlab.core.errors.EstimationException;

/**
 * Exact absorption of any number of fixed effects: each column is replaced by its residual from
 * the projection on all factors' dummies, computed by the method of alternating projections
 * (Gauss–Seidel sweeps: subtract the group means of factor 1, then of factor 2, …, and repeat).
 *
 * <p><b>Convergence.</b> A column has converged when one full sweep changes no value by more than
 * {@code tolerance × scale}, scale being the column's largest absolute value (so the tolerance is
 * relative). One factor needs one sweep. If {@code maxIterations} sweeps do not converge, an
 * {@link EstimationException} says which column and by how much it still moved. The default
 * tolerance (1e-12) is below what later least-squares steps resolve in double precision.
 *
 * <p><b>Degrees of freedom absorbed</b> ({@link #absorbedDf}): the rank of the dummy matrix of all
 * factors, counted as follows. A factor whose levels are unions of the levels of another factor
 * (year inside province^year) adds nothing and is left out. Of the rest, one factor absorbs its
 * number of levels G; two absorb G1 + G2 − C, C the number of connected components of the
 * bipartite graph of their levels (exact); each further factor absorbs its G − 1 (reghdfe's
 * conservative "first pair exact, one redundant level per further factor" rule: never smaller
 * than the true rank, so residual degrees of freedom are never overstated).
 *
 * <p>Name-free: codes and columns in, columns and counts out. Codes are 0-based level indices per
 * observation; every factor has one code per observation.
 */
public final class AlternatingProjections {
    /** Default relative tolerance on the largest change in one sweep. */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Default cap on the number of sweeps. */
    public static final int DEFAULT_MAX_ITERATIONS = 100_000;

    private AlternatingProjections() {
    }

    /**
     * The demeaned columns, the number of sweeps the slowest column needed and the degrees of
     * freedom absorbed.
     */
    public record Result(double[][] columns, int iterations, int absorbedDf) {
    }

    public static Result demean(int[][] codes, double[][] columns) {
        return demean(codes, columns, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * Demeans every column ({@code columns[k]} has one value per observation) with respect to all
     * factors ({@code codes[f][i]} is the level of observation i in factor f).
     */
    public static Result demean(int[][] codes, double[][] columns, double tolerance, int maxIterations) {
        int n = check(codes);
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be positive and maxIterations at least 1");
        }
        int[] levels = new int[codes.length];
        int[][] counts = new int[codes.length][];
        for (int f = 0; f < codes.length; f++) {
            levels[f] = maxCode(codes[f]) + 1;
            counts[f] = new int[levels[f]];
            for (int c : codes[f]) {
                counts[f][c]++;
            }
        }
        double[][] out = new double[columns.length][];
        int worst = 0;
        for (int k = 0; k < columns.length; k++) {
            if (columns[k].length != n) {
                throw new IllegalArgumentException("column " + k + " has " + columns[k].length + " values, codes " + n);
            }
            double[] r = columns[k].clone();
            double scale = 0;
            for (double v : r) {
                scale = Math.max(scale, Math.abs(v));
            }
            double limit = tolerance * scale;
            int it = 0;
            double change = Double.POSITIVE_INFINITY;
            while (change > limit) {
                if (it == maxIterations) {
                    throw new EstimationException("demeaning column " + (k + 1) + " by alternating projections did not"
                            + " converge in " + maxIterations + " sweeps (largest change " + change + " > tolerance "
                            + limit + "); the fixed effects may be nearly collinear");
                }
                change = 0;
                for (int f = 0; f < codes.length; f++) {
                    change = Math.max(change, sweep(codes[f], counts[f], r));
                }
                it++;
                if (codes.length == 1) {
                    break; // one projection is exact
                }
            }
            worst = Math.max(worst, it);
            out[k] = r;
        }
        return new Result(out, worst, absorbedDf(codes));
    }

    /** Subtracts the group means of one factor; returns the largest absolute change. */
    private static double sweep(int[] code, int[] count, double[] r) {
        double[] sum = new double[count.length];
        for (int i = 0; i < r.length; i++) {
            sum[code[i]] += r[i];
        }
        double change = 0;
        for (int g = 0; g < sum.length; g++) {
            if (count[g] > 0) {
                sum[g] /= count[g];
                change = Math.max(change, Math.abs(sum[g]));
            }
        }
        for (int i = 0; i < r.length; i++) {
            r[i] -= sum[code[i]];
        }
        return change;
    }

    /** The degrees of freedom absorbed by the factors (see the class comment for the rule). */
    public static int absorbedDf(int[][] codes) {
        check(codes);
        int k = codes.length;
        boolean[] dropped = new boolean[k];
        for (int f = 0; f < k; f++) {
            for (int g = 0; g < k && !dropped[f]; g++) {
                if (g != f && !dropped[g] && finerOrEqual(codes[g], codes[f])) {
                    dropped[f] = true;
                }
            }
        }
        int total = 0;
        int kept = 0;
        int first = -1;
        for (int f = 0; f < k; f++) {
            if (dropped[f]) {
                continue;
            }
            int g = distinct(codes[f]);
            if (kept == 0) {
                first = f;
                total += g;
            } else if (kept == 1) {
                total += g - components(codes[first], codes[f]);
            } else {
                total += g - 1;
            }
            kept++;
        }
        return total;
    }

    /**
     * The number of connected components of the bipartite graph whose vertices are the levels of
     * two factors, joined when an observation has both.
     */
    public static int components(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("factors of different lengths");
        }
        int na = maxCode(a) + 1;
        int nb = maxCode(b) + 1;
        int[] parent = new int[na + nb];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        boolean[] used = new boolean[na + nb];
        for (int i = 0; i < a.length; i++) {
            used[a[i]] = true;
            used[na + b[i]] = true;
            int ra = find(parent, a[i]);
            int rb = find(parent, na + b[i]);
            if (ra != rb) {
                parent[ra] = rb;
            }
        }
        int c = 0;
        for (int v = 0; v < parent.length; v++) {
            if (used[v] && find(parent, v) == v) {
                c++;
            }
        }
        return c;
    }

    /**
     * Observations alone in their level of some factor (singletons): their fixed effect fits them
     * exactly, so they carry no information about the slopes.
     */
    public static boolean[] singletons(int[][] codes) {
        int n = check(codes);
        boolean[] out = new boolean[n];
        for (int[] code : codes) {
            int[] count = new int[maxCode(code) + 1];
            for (int c : code) {
                count[c]++;
            }
            for (int i = 0; i < n; i++) {
                if (count[code[i]] == 1) {
                    out[i] = true;
                }
            }
        }
        return out;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** True when every level of {@code fine} falls within one level of {@code coarse}. */
    private static boolean finerOrEqual(int[] fine, int[] coarse) {
        int[] map = new int[maxCode(fine) + 1];
        Arrays.fill(map, -1);
        for (int i = 0; i < fine.length; i++) {
            int m = map[fine[i]];
            if (m < 0) {
                map[fine[i]] = coarse[i];
            } else if (m != coarse[i]) {
                return false;
            }
        }
        return true;
    }

    private static int distinct(int[] code) {
        boolean[] seen = new boolean[maxCode(code) + 1];
        int d = 0;
        for (int c : code) {
            if (!seen[c]) {
                seen[c] = true;
                d++;
            }
        }
        return d;
    }

    private static int maxCode(int[] code) {
        int m = -1;
        for (int c : code) {
            if (c < 0) {
                throw new IllegalArgumentException("negative level code " + c);
            }
            m = Math.max(m, c);
        }
        return m;
    }

    private static int check(int[][] codes) {
        if (codes.length == 0) {
            throw new IllegalArgumentException("no factors");
        }
        int n = codes[0].length;
        for (int[] c : codes) {
            if (c.length != n) {
                throw new IllegalArgumentException("factors of different lengths");
            }
        }
        return n;
    }
}
