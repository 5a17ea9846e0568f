package org.carbonlab.panel.numerics.gmm;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The moment blocks of one set of entity equations, computed once and reused by every estimate made from them: per
 * entity Z_i'X_i and Z_i'y_i, and the sums Σ Z_i'H_i Z_i, Σ Z_i'X_i, Σ Z_i'y_i. The one-step and two-step estimates,
 * the Windmeijer correction and the difference-in-Hansen refits (which use rows and columns of these blocks only)
 * then never go back to the rows: Z_i'ê_i = Z_i'y_i − Z_i'X_i β costs L × k per entity.
 * <p>
 * Per-entity blocks are built in parallel on large panels; every sum over entities runs in entity order (parallel
 * only across the entries of the result), so the numbers do not depend on the number of threads.
 */
public final class GmmMoments {
    final List<GmmGroup> groups;
    final List<InstrumentBlock> blocks;
    final int n;
    final int l;
    final int k;
    /** Σ Z_i'H_i Z_i (L × L), Σ Z_i'X_i (L × k), Σ Z_i'y_i. */
    final double[][] zhz;
    final double[][] zx;
    final double[] zy;
    /** Transformed (differenced or deviation) and level equations with data. */
    final int diffUsed;
    final int levelUsed;
    /** Whether the per-entity work is large enough to be worth the fork-join overhead (see {@link #worthParallel}). */
    final boolean parallel;

    private GmmMoments(List<GmmGroup> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no entities");
        }
        this.groups = groups;
        this.n = groups.size();
        this.k = groups.get(0).x()[0].length;
        this.l = groups.get(0).z()[0].length;
        this.parallel = worthParallel(n, (long) l * k);
        this.blocks = (parallel ? groups.parallelStream() : groups.stream()).map(InstrumentBlock::new).toList();
        zhz = new double[l][l];
        zx = new double[l][k];
        zy = new double[l];
        int diff = 0;
        int level = 0;
        // H of first-differenced (and level) equations depends only on the row counts: built once per shape
        InstrumentBlock.NonZeros shared = null;
        int sharedRows = -1;
        int sharedDiff = -1;
        for (int i = 0; i < n; i++) {
            GmmGroup g = groups.get(i);
            InstrumentBlock b = blocks.get(i);
            InstrumentBlock.NonZeros h;
            if (g.orthogonal()) {
                h = new InstrumentBlock.NonZeros(g.h());
            } else {
                if (g.rows() != sharedRows || g.diffRows() != sharedDiff) {
                    shared = new InstrumentBlock.NonZeros(DynamicPanelGmm.transformCovariance(g));
                    sharedRows = g.rows();
                    sharedDiff = g.diffRows();
                }
                h = shared;
            }
            b.addZhz(zhz, h);
            double[] zxi = b.zx;
            for (int j = 0; j < l; j++) {
                double[] row = zx[j];
                for (int c = 0; c < k; c++) {
                    row[c] += zxi[j * k + c];
                }
                zy[j] += b.zy[j];
            }
            for (int r = 0; r < g.rows(); r++) {
                if (!zeroRow(g, r)) {
                    if (r < g.diffRows()) {
                        diff++;
                    } else {
                        level++;
                    }
                }
            }
        }
        diffUsed = diff;
        levelUsed = level;
    }

    /** The moment blocks of {@code groups} (every group with the same number of instruments and regressors). */
    public static GmmMoments of(List<GmmGroup> groups) {
        return new GmmMoments(groups);
    }

    public int instruments() {
        return l;
    }

    public int coefficients() {
        return k;
    }

    /** g_i = Z_i'(y_i − X_i β) = Z_i'y_i − Z_i'X_i β for every entity (N × L). */
    double[][] residualMoments(double[] beta) {
        double[][] g = new double[n][];
        stream(n, parallel).forEach(i -> {
            InstrumentBlock b = blocks.get(i);
            double[] zxi = b.zx;
            double[] out = b.zy.clone();
            for (int j = 0; j < l; j++) {
                double s = 0;
                int at = j * k;
                for (int c = 0; c < k; c++) {
                    s += zxi[at + c] * beta[c];
                }
                out[j] -= s;
            }
            g[i] = out;
        });
        return g;
    }

    /**
     * Σ_i g_i[cols] g_i[cols]' (upper triangle, mirrored). The rows of the result are split into fixed chunks filled
     * in parallel, each chunk by one task looping over the entities in order, so the bits do not depend on the thread
     * count.
     */
    static double[][] outerSum(double[][] g, int[] cols, boolean parallel) {
        int m = cols.length;
        double[][] s = new double[m][m];
        boolean identity = g.length == 0 || m == g[0].length;
        for (int a = 0; a < m && identity; a++) {
            identity = cols[a] == a;
        }
        boolean all = identity;
        stream(CHUNKS, parallel).forEach(chunk -> {
            int from = chunk * m / CHUNKS;
            int to = (chunk + 1) * m / CHUNKS;
            double[] sub = new double[m];
            for (double[] full : g) {
                // the selected entries first, so that the inner loop runs over contiguous memory
                double[] gi = full;
                if (!all) {
                    for (int b = 0; b < m; b++) {
                        sub[b] = full[cols[b]];
                    }
                    gi = sub;
                }
                for (int a = from; a < to; a++) {
                    double v = gi[a];
                    if (v != 0) {
                        double[] row = s[a];
                        for (int b = a; b < m; b++) {
                            row[b] += v * gi[b];
                        }
                    }
                }
            }
        });
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < a; b++) {
                s[a][b] = s[b][a];
            }
        }
        return s;
    }

    /**
     * Fork-join pays off only for large panels: below about a million multiply-adds per pass (N × L × k) the
     * hand-off costs more than it saves, and on a loaded machine idle workers still take CPU from the caller. The
     * choice changes no number (every sum runs in entity order either way).
     */
    static boolean worthParallel(int entities, long perEntity) {
        return entities * perEntity >= 1_000_000L;
    }

    static IntStream stream(int n, boolean parallel) {
        IntStream s = IntStream.range(0, n);
        return parallel ? s.parallel() : s;
    }

    /** Number of row chunks of the parallel sums: fixed, so that the work split does not depend on the machine. */
    static final int CHUNKS = 8;

    /** Σ_i Z_i'X_i β subtracted from Σ_i Z_i'y_i: the summed moments at β without a pass over the entities. */
    static double[] summedMoments(double[][] zx, double[] zy, double[] beta) {
        double[] out = zy.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] -= Spd.dot(zx[j], beta);
        }
        return out;
    }

    /** Σ_i g_i[cols] in entity order. */
    static double[] sum(double[][] g, int[] cols) {
        double[] s = new double[cols.length];
        for (double[] gi : g) {
            for (int a = 0; a < cols.length; a++) {
                s[a] += gi[cols[a]];
            }
        }
        return s;
    }

    /** 0 … L−1. */
    int[] allColumns() {
        return IntStream.range(0, l).toArray();
    }

    private static boolean zeroRow(GmmGroup g, int r) {
        if (g.y()[r] != 0) {
            return false;
        }
        for (double v : g.x()[r]) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
