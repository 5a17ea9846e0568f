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
    private final CellColumn[] columns; // column-major: readers may keep numbers without per-cell strings
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
        this.columns = new CellColumn[header.size()];
        for (int c = 0; c < columns.length; c++) {
            String[] col = new String[cells.length];
            for (int r = 0; r < cells.length; r++) {
                col[r] = cells[r][c];
            }
            columns[c] = new CellColumn.Text(col);
        }
        this.lines = lines;
    }

    /** A table of columns as a reader built them (each as long as {@code lines}). */
    RawTable(String source, String sheet, String sha256, List<String> header, CellColumn[] columns, int[] lines) {
        this(source, sheet, sha256, header, columns, lines, List.of());
    }

    private RawTable(String source, String sheet, String sha256, List<String> header, CellColumn[] columns,
            int[] lines, List<String> notes) {
        this.source = Objects.requireNonNull(source, "source");
        this.sheet = sheet;
        this.sha256 = sha256;
        this.header = List.copyOf(header);
        if (columns.length != header.size()) {
            throw new IllegalArgumentException("columns and header differ in length");
        }
        for (CellColumn c : columns) {
            if (c.size() != lines.length) {
                throw new IllegalArgumentException("a column is not as long as the table");
            }
        }
        this.columns = columns;
        this.lines = lines;
        this.notes = List.copyOf(notes);
    }

    /** This table with notes added to its own (what the reader took without being told). */
    RawTable withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new RawTable(source, sheet, sha256, header, columns, lines, all);
    }

    /** The cells of a column as stored (not a copy), for the frame. */
    CellColumn cells(int column) {
        return columns[column];
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
        return lines.length;
    }

    public int columns() {
        return header.size();
    }

    /** The normalised cell, {@code null} when missing. */
    public String cell(int row, int column) {
        return columns[column].cell(row);
    }

    /** The cells of one column (a copy). */
    public String[] column(int column) {
        return columns[column].toArray();
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
        List<String> out = new ArrayList<>(columns.length);
        for (CellColumn c : columns) {
            out.add(c.cell(row));
        }
        return Collections.unmodifiableList(out);
    }
}
