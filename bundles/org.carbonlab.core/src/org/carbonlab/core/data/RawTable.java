package org.carbonlab.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table as read from a file, before any panel structure: the header, and for each data row its
 * cells (already {@linkplain Cells#normalize normalised}: trimmed, {@code null} when missing) and
 * its location in the file (CSV line or XLSX row number, 1-based). Immutable.
 */
public final class RawTable {
    private final String source;
    private final String sheet;
    private final String sha256;
    private final List<String> header;
    private final String[][] cells;
    private final int[] lines;
    private final List<String> notes;

    /**
     * @param source the file path as given
     * @param sheet the XLSX sheet name, or {@code null} for CSV
     * @param sha256 hex SHA-256 of the file bytes (may be {@code null} for tables built in memory)
     * @param header column names, unique and non-empty
     * @param cells row-major cells, each row as wide as the header, {@code null} = missing
     * @param lines the file line (CSV) or sheet row (XLSX) of each row, 1-based
     */
    public RawTable(String source, String sheet, String sha256, List<String> header, String[][] cells, int[] lines) {
        this(source, sheet, sha256, header, cells, lines, List.of());
    }

    /**
     * As {@link #RawTable(String, String, String, List, String[][], int[])}, with notes on what the reader took
     * (a title row skipped, numbers stored as text read as numbers ...) for the user to see on standard error.
     */
    public RawTable(String source, String sheet, String sha256, List<String> header, String[][] cells, int[] lines,
            List<String> notes) {
        this.notes = List.copyOf(notes);
        this.source = Objects.requireNonNull(source, "source");
        this.sheet = sheet;
        this.sha256 = sha256;
        this.header = List.copyOf(header);
        if (cells.length != lines.length) {
            throw new IllegalArgumentException("cells and lines differ in length");
        }
        for (String[] row : cells) {
            if (row.length != header.size()) {
                throw new IllegalArgumentException("a row is not as wide as the header");
            }
        }
        this.cells = cells;
        this.lines = lines;
    }

    /** What the reader took without being told (one line each), for standard error; empty when nothing. */
    public List<String> notes() {
        return notes;
    }

    public String source() {
        return source;
    }

    /** The sheet read from an XLSX workbook, or {@code null} for CSV. */
    public String sheet() {
        return sheet;
    }

    public String sha256() {
        return sha256;
    }

    /** The file (and sheet) for messages: {@code data.csv} or {@code data.xlsx, sheet 'Panel'}. */
    public String origin() {
        return sheet == null ? source : source + ", sheet '" + sheet + "'";
    }

    /** "line" for CSV files, "row" for XLSX sheets. */
    public String lineWord() {
        return sheet == null ? "line" : "row";
    }

    public List<String> columnNames() {
        return header;
    }

    public int columnIndex(String name) {
        return header.indexOf(name);
    }

    public int rows() {
        return cells.length;
    }

    public int columns() {
        return header.size();
    }

    /** The normalised cell, {@code null} when missing. */
    public String cell(int row, int column) {
        return cells[row][column];
    }

    /** The cells of one column (a copy). */
    public String[] column(int column) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i][column];
        }
        return out;
    }

    /** 1-based file line (CSV) or sheet row (XLSX) of a data row. */
    public int line(int row) {
        return lines[row];
    }

    /** The rows' lines (a copy). */
    public int[] lines() {
        return lines.clone();
    }

    /** One data row as a list (for tests and previews). */
    public List<String> row(int row) {
        return Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(cells[row])));
    }
}
