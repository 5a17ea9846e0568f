package org.carbonlab.core.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The cells of one column as a reader produced them (normalised, {@code null} = missing). A column
 * of text keeps its strings; a CSV column whose present cells are all numbers keeps the parsed
 * values and where each cell's text lies in the file's bytes, so that no String is made per cell
 * unless someone asks for the text.
 */
abstract sealed class CellColumn permits CellColumn.Text, CellColumn.Numbers {

    /** Rows. */
    abstract int size();

    /** The normalised cell, {@code null} when missing. */
    abstract String cell(int row);

    /** The cells in the given row order. */
    abstract CellColumn permute(int[] order);

    /**
     * The values when the reader already knows every present cell is a number in the syntax of
     * {@link Cells#parseNumber} (not TRUE/FALSE), NaN for missing; {@code null} otherwise. Not a copy.
     */
    double[] knownNumbers() {
        return null;
    }

    /** All cells as strings (a new array). */
    String[] toArray() {
        String[] out = new String[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cell(i);
        }
        return out;
    }

    /** True when {@code order} is 0, 1, ..., n-1 (rows already sorted: nothing to copy). */
    static boolean identity(int[] order, int n) {
        if (order.length != n) {
            return false;
        }
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** Cells held as strings. */
    static final class Text extends CellColumn {
        private final String[] cells;

        Text(String[] cells) {
            this.cells = cells;
        }

        @Override
        int size() {
            return cells.length;
        }

        @Override
        String cell(int row) {
            return cells[row];
        }

        @Override
        CellColumn permute(int[] order) {
            if (identity(order, cells.length)) {
                return this;
            }
            String[] t = new String[order.length];
            for (int i = 0; i < order.length; i++) {
                t[i] = cells[order[i]];
            }
            return new Text(t);
        }

        @Override
        String[] toArray() {
            return cells.clone();
        }
    }

    /**
     * Numbers parsed from a CSV file; the text of cell {@code r} is the bytes {@code [start[r], end[r])}
     * (trimmed, UTF-8), {@code start[r] < 0} when the cell is missing.
     */
    static final class Numbers extends CellColumn {
        private final double[] values;
        private final byte[] bytes;
        private final int[] start;
        private final int[] end;

        Numbers(double[] values, byte[] bytes, int[] start, int[] end) {
            this.values = values;
            this.bytes = bytes;
            this.start = start;
            this.end = end;
        }

        @Override
        int size() {
            return values.length;
        }

        @Override
        String cell(int row) {
            int s = start[row];
            return s < 0 ? null : new String(bytes, s, end[row] - s, StandardCharsets.UTF_8);
        }

        @Override
        double[] knownNumbers() {
            return values;
        }

        /** True when two present cells have the same text. */
        boolean sameText(int a, int b) {
            int sa = start[a];
            int sb = start[b];
            return Arrays.equals(bytes, sa, end[a], bytes, sb, end[b]);
        }

        @Override
        CellColumn permute(int[] order) {
            if (identity(order, values.length)) {
                return this;
            }
            double[] v = new double[order.length];
            int[] s = new int[order.length];
            int[] e = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                v[i] = values[order[i]];
                s[i] = start[order[i]];
                e[i] = end[order[i]];
            }
            return new Numbers(v, bytes, s, e);
        }
    }
}
