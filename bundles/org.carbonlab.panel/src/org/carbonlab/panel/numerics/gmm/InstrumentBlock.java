package org.carbonlab.panel.numerics.gmm;

/**
 * One entity's instrument block Z_i stored by rows as its non-zero entries (GMM-style columns are non-zero in one
 * row each unless collapsed), with Z_i'X_i and Z_i'y_i computed once: the per-entity products of GMM then cost in
 * proportion to the non-zeros, not to rows × L. Z_i'X_i is one flat row-major L × k array (no array per row).
 */
final class InstrumentBlock {
    final GmmGroup group;
    final int instruments;
    private final int[][] cols;
    private final double[][] vals;
    /** Z_i'X_i (L × k, row-major: entry (j, c) at j k + c) and Z_i'y_i. */
    final double[] zx;
    final double[] zy;

    InstrumentBlock(GmmGroup g) {
        this.group = g;
        int n = g.rows();
        this.instruments = n == 0 ? 0 : g.z()[0].length;
        cols = new int[n][];
        vals = new double[n][];
        for (int r = 0; r < n; r++) {
            double[] row = g.z()[r];
            int nz = 0;
            for (double v : row) {
                if (v != 0) {
                    nz++;
                }
            }
            cols[r] = new int[nz];
            vals[r] = new double[nz];
            int a = 0;
            for (int j = 0; j < row.length; j++) {
                if (row[j] != 0) {
                    cols[r][a] = j;
                    vals[r][a++] = row[j];
                }
            }
        }
        int k = n == 0 ? 0 : g.x()[0].length;
        zx = new double[instruments * k];
        for (int r = 0; r < n; r++) {
            double[] x = g.x()[r];
            for (int a = 0; a < cols[r].length; a++) {
                int at = cols[r][a] * k;
                double v = vals[r][a];
                for (int c = 0; c < k; c++) {
                    zx[at + c] += v * x[c];
                }
            }
        }
        zy = zt(g.y());
    }

    /** Z_i'v. */
    double[] zt(double[] v) {
        double[] out = new double[instruments];
        for (int r = 0; r < cols.length; r++) {
            double w = v[r];
            if (w != 0) {
                for (int a = 0; a < cols[r].length; a++) {
                    out[cols[r][a]] += vals[r][a] * w;
                }
            }
        }
        return out;
    }

    /** acc += Z_i' H Z_i over the non-zeros of H (see {@link NonZeros}) and of the rows of Z_i. */
    void addZhz(double[][] acc, NonZeros h) {
        for (int e = 0; e < h.value.length; e++) {
            int r = h.row[e];
            int s = h.col[e];
            if (r >= cols.length || cols[r].length == 0 || cols[s].length == 0) {
                continue;
            }
            double hv = h.value[e];
            for (int a = 0; a < cols[r].length; a++) {
                double[] target = acc[cols[r][a]];
                double va = hv * vals[r][a];
                for (int b = 0; b < cols[s].length; b++) {
                    target[cols[s][b]] += va * vals[s][b];
                }
            }
        }
    }

    /** The non-zero entries of a square matrix, row by row (the order in which a dense loop would visit them). */
    static final class NonZeros {
        final int[] row;
        final int[] col;
        final double[] value;

        NonZeros(double[][] m) {
            int count = 0;
            for (double[] r : m) {
                for (double v : r) {
                    if (v != 0) {
                        count++;
                    }
                }
            }
            row = new int[count];
            col = new int[count];
            value = new double[count];
            int e = 0;
            for (int r = 0; r < m.length; r++) {
                for (int c = 0; c < m[r].length; c++) {
                    if (m[r][c] != 0) {
                        row[e] = r;
                        col[e] = c;
                        value[e++] = m[r][c];
                    }
                }
            }
        }
    }
}
