package org.carbonlab.panel.numerics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Package-private exact annihilator of one or two sets of group dummies.
 * <p>
 * One factor A: M_A v = v - (group mean of v).<br>
 * Two factors A and B (Frisch-Waugh-Lovell): M_{[D_A, D_B]} v = M_Z M_A v with Z = M_A P, P = dummies of the
 * non-base levels of B (one base level per connected component of the bipartite A-B graph, so Z has full column rank
 * = levels(B) - components). Z'Z and Z'w are formed exactly from the cell counts (no n x levels(B) matrix),
 * Z'Z is factorized with Commons Math Cholesky (QR fallback), and one step of iterative refinement is applied. This
 * is exact for balanced and unbalanced panels alike (no alternating-projection iterations).
 */
final class EffectsProjector {

    final Codes a;
    final Codes b;
    /** Connected component per A level and per B level (two-way only). */
    final int[] compA;
    final int[] compB;
    final int components;
    /** Rank of [D_A, D_B] (or of D_A for one factor). */
    final int absorbedRank;

    private final int n;
    private final int[] colOfB;
    private final int m;
    private final DecompositionSolver solver;
    // CSR: for A level g, entries aStart[g]..aStart[g+1]-1 of (cellB, cellCount)
    private final int[] aStart;
    private final int[] cellB;
    private final double[] cellCount;

    EffectsProjector(Codes a) {
        this.a = a;
        this.b = null;
        this.n = a.code.length;
        this.compA = null;
        this.compB = null;
        this.components = 0;
        this.absorbedRank = a.levels;
        this.colOfB = null;
        this.m = 0;
        this.solver = null;
        this.aStart = null;
        this.cellB = null;
        this.cellCount = null;
    }

    EffectsProjector(Codes a, Codes b) {
        this.a = a;
        this.b = b;
        this.n = a.code.length;
        int na = a.levels;
        int nb = b.levels;
        // connected components (union-find over A levels 0..na-1 and B levels na..na+nb-1)
        int[] parent = new int[na + nb];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            union(parent, a.code[i], na + b.code[i]);
        }
        int[] label = new int[na + nb];
        java.util.Arrays.fill(label, -1);
        int comps = 0;
        int[] rootLabel = new int[na + nb];
        java.util.Arrays.fill(rootLabel, -1);
        for (int v = 0; v < na + nb; v++) {
            int r = find(parent, v);
            if (rootLabel[r] < 0) {
                rootLabel[r] = comps++;
            }
            label[v] = rootLabel[r];
        }
        this.components = comps;
        this.compA = java.util.Arrays.copyOfRange(label, 0, na);
        this.compB = java.util.Arrays.copyOfRange(label, na, na + nb);
        // base level of B per component = its first level; others get columns
        boolean[] seen = new boolean[comps];
        this.colOfB = new int[nb];
        int cols = 0;
        for (int l = 0; l < nb; l++) {
            int c = compB[l];
            if (!seen[c]) {
                seen[c] = true;
                colOfB[l] = -1;
            } else {
                colOfB[l] = cols++;
            }
        }
        this.m = cols;
        this.absorbedRank = na + nb - comps;
        // CSR of cell counts per A level
        int[] order = new int[n];
        int[] start = new int[na + 1];
        for (int i = 0; i < n; i++) {
            start[a.code[i] + 1]++;
        }
        for (int g = 0; g < na; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            order[fill[a.code[i]]++] = i;
        }
        int[] mark = new int[nb];
        java.util.Arrays.fill(mark, -1);
        int[] tmpB = new int[n];
        double[] tmpC = new double[n];
        int[] cStart = new int[na + 1];
        int cells = 0;
        for (int g = 0; g < na; g++) {
            cStart[g] = cells;
            for (int p = start[g]; p < start[g + 1]; p++) {
                int l = b.code[order[p]];
                if (mark[l] >= cStart[g]) { // cell already opened for this A level
                    tmpC[mark[l]] += 1.0;
                } else {
                    mark[l] = cells;
                    tmpB[cells] = l;
                    tmpC[cells] = 1.0;
                    cells++;
                }
            }
        }
        cStart[na] = cells;
        this.aStart = cStart;
        this.cellB = java.util.Arrays.copyOf(tmpB, cells);
        this.cellCount = java.util.Arrays.copyOf(tmpC, cells);
        // Z'Z (Σ_g T_g² terms: the column of each cell is looked up once)
        if (m > 0) {
            double[][] ztz = new double[m][m];
            int[] cellCol = new int[cells];
            for (int p = 0; p < cells; p++) {
                cellCol[p] = colOfB[cellB[p]];
            }
            for (int g = 0; g < na; g++) {
                double ng = a.counts[g];
                int from = aStart[g];
                int to = aStart[g + 1];
                for (int p = from; p < to; p++) {
                    int s = cellCol[p];
                    if (s < 0) {
                        continue;
                    }
                    double cs = cellCount[p];
                    double[] row = ztz[s];
                    row[s] += cs;
                    for (int q = from; q < to; q++) {
                        int t = cellCol[q];
                        if (t >= 0) {
                            row[t] -= cs * cellCount[q] / ng;
                        }
                    }
                }
            }
            for (int s = 0; s < m; s++) {
                for (int t = 0; t < s; t++) {
                    double avg = 0.5 * (ztz[s][t] + ztz[t][s]);
                    ztz[s][t] = avg;
                    ztz[t][s] = avg;
                }
            }
            RealMatrix mz = new Array2DRowRealMatrix(ztz, false);
            DecompositionSolver sv;
            try {
                sv = new CholeskyDecomposition(mz, 1e-12, 1e-13).getSolver();
            } catch (NonPositiveDefiniteMatrixException e) {
                sv = new QRDecomposition(mz, 0.0).getSolver();
            }
            this.solver = sv;
        } else {
            this.solver = null;
        }
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int x, int y) {
        int rx = find(parent, x);
        int ry = find(parent, y);
        if (rx != ry) {
            parent[Math.max(rx, ry)] = Math.min(rx, ry);
        }
    }

    /** Deviations from A-level means. */
    double[] demeanA(double[] v) {
        double[] mean = a.levelMeans(v);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = v[i] - mean[a.code[i]];
        }
        return out;
    }

    /** Exact residual of v after projection on the absorbed dummies. */
    double[] residualize(double[] v) {
        double[] w = demeanA(v);
        if (b == null || m == 0) {
            return w;
        }
        for (int pass = 0; pass < 2; pass++) {
            double[] delta = solveDelta(w);
            subtractZDelta(w, delta);
        }
        return w;
    }

    /**
     * Decomposes the projection of r on the absorbed dummies as u[a] + v[b] (v null for one factor).
     *
     * @return {u (per A level), v (per B level) or null}
     */
    double[][] effects(double[] r) {
        if (b == null) {
            return new double[][] {a.levelMeans(r), null};
        }
        double[] deltaB = new double[b.levels];
        if (m > 0) {
            double[] w = demeanA(r);
            for (int pass = 0; pass < 2; pass++) {
                double[] delta = solveDelta(w);
                for (int l = 0; l < b.levels; l++) {
                    deltaB[l] += colOfB[l] < 0 ? 0.0 : delta[colOfB[l]];
                }
                subtractZDelta(w, delta);
            }
        }
        double[] rest = new double[n];
        for (int i = 0; i < n; i++) {
            rest[i] = r[i] - deltaB[b.code[i]];
        }
        return new double[][] {a.levelMeans(rest), deltaB};
    }

    private double[] solveDelta(double[] w) {
        double[] rhs = new double[m];
        for (int i = 0; i < n; i++) {
            int s = colOfB[b.code[i]];
            if (s >= 0) {
                rhs[s] += w[i];
            }
        }
        return solver.solve(new ArrayRealVector(rhs, false)).toArray();
    }

    /** w -= Z delta, with (Z delta)_i = d_{b_i} - (sum_b n_{a_i b} d_b)/n_{a_i}. */
    private void subtractZDelta(double[] w, double[] delta) {
        int na = a.levels;
        double[] avg = new double[na];
        for (int g = 0; g < na; g++) {
            double s = 0;
            for (int p = aStart[g]; p < aStart[g + 1]; p++) {
                int c = colOfB[cellB[p]];
                if (c >= 0) {
                    s += cellCount[p] * delta[c];
                }
            }
            avg[g] = s / a.counts[g];
        }
        for (int i = 0; i < n; i++) {
            int c = colOfB[b.code[i]];
            double d = c >= 0 ? delta[c] : 0.0;
            w[i] -= d - avg[a.code[i]];
        }
    }
}
