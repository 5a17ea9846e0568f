package org.carbonlab.panel.numerics;

/** Package-private input checks. */
final class Validation {

    private Validation() {
    }

    /**
     * Checks that y and x are non-null, of matching length, rectangular and finite.
     *
     * @return n
     */
    /** As {@link #checkData}, for regressors given column by column ({@code columns[j][row]}); k may be 0. */
    static int checkColumns(double[] y, double[][] columns) {
        if (y == null) {
            throw new IllegalArgumentException("y is null");
        }
        if (columns == null) {
            throw new IllegalArgumentException("X is null");
        }
        int n = y.length;
        if (n == 0) {
            throw new IllegalArgumentException("no observations");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is not finite: " + y[i]);
            }
        }
        for (int j = 0; j < columns.length; j++) {
            double[] c = columns[j];
            if (c == null || c.length != n) {
                throw new IllegalArgumentException("X column " + j + " has " + (c == null ? 0 : c.length)
                        + " rows, y has " + n);
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(c[i])) {
                    throw new IllegalArgumentException("X[" + i + "][" + j + "] is not finite: " + c[i]);
                }
            }
        }
        return n;
    }

    static int checkData(double[] y, double[][] x) {
        if (y == null) {
            throw new IllegalArgumentException("y is null");
        }
        if (x == null) {
            throw new IllegalArgumentException("X is null");
        }
        int n = y.length;
        if (n == 0) {
            throw new IllegalArgumentException("no observations");
        }
        if (x.length != n) {
            throw new IllegalArgumentException("X has " + x.length + " rows, y has " + n);
        }
        int k = x[0] == null ? -1 : x[0].length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is not finite: " + y[i]);
            }
            double[] row = x[i];
            if (row == null || row.length != k) {
                throw new IllegalArgumentException("X row " + i + " has a different number of columns");
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("X[" + i + "][" + j + "] is not finite: " + row[j]);
                }
            }
        }
        return n;
    }
}
