package org.carbonlab.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link XlsxReader} saw about a sheet's cells beyond their text: formulas (with or without a cached value),
 * error cells and numbers stored as text. Cached formula values are all the reader has; a writer that does not
 * compute formulas (many export libraries) stores none, or a placeholder 0, and reading those silently would give
 * missing rows or estimates of 0, so they are reported here.
 */
final class XlsxCellKinds {
    private static final int MAX_NAMED = 10;

    private record Cell(int row, int col, String ref, String text) {
    }

    private final List<Cell> formulaWithoutValue = new ArrayList<>();
    private final Map<Integer, List<Cell>> formulas = new TreeMap<>();
    private final List<Cell> errors = new ArrayList<>();
    private final Map<Integer, List<Cell>> numbersAsText = new TreeMap<>();

    /** Records one cell as parsed: its type attribute, raw cached value, resulting text and whether it has a formula. */
    void record(int row, int col, String ref, String type, String value, String text, boolean formula) {
        if ("e".equals(type)) {
            errors.add(new Cell(row, col, ref, value == null ? "" : value.strip()));
            return;
        }
        if (formula) {
            // a string result may be empty (="" is a common way to leave a cell blank); a number never is
            boolean emptyString = "str".equals(type) && value != null;
            if (value == null || value.isBlank()) {
                if (!emptyString) {
                    formulaWithoutValue.add(new Cell(row, col, ref, null));
                }
            } else {
                formulas.computeIfAbsent(col, k -> new ArrayList<>()).add(new Cell(row, col, ref, value.strip()));
            }
            return;
        }
        if (("s".equals(type) || "inlineStr".equals(type)) && text != null) {
            String t = Cells.normalize(text);
            if (t != null && !t.equalsIgnoreCase("TRUE") && !t.equalsIgnoreCase("FALSE") && Cells.isNumber(t)) {
                numbersAsText.computeIfAbsent(col, k -> new ArrayList<>()).add(new Cell(row, col, ref, t));
            }
        }
    }

    /** Problems that make the sheet unreadable: formulas without a computed value, columns of placeholder zeros. */
    List<String> problems(String origin, int headerRow, List<String> header) {
        List<String> out = new ArrayList<>();
        if (!formulaWithoutValue.isEmpty()) {
            out.add(origin + " has " + formulaWithoutValue.size() + " formula cell"
                    + (formulaWithoutValue.size() == 1 ? "" : "s") + " without a computed value ("
                    + refs(formulaWithoutValue) + "), as written by tools that store formulas without computing "
                    + "them; open and save the workbook in Excel or LibreOffice to compute them (or paste the values)");
        }
        for (Map.Entry<Integer, List<Cell>> e : formulas.entrySet()) {
            int col = e.getKey();
            List<Cell> data = e.getValue().stream().filter(c -> c.row > headerRow).toList();
            if (data.size() < 2 || col >= header.size()) {
                continue;
            }
            boolean allZero = data.stream().allMatch(c -> Cells.isNumber(c.text) && Cells.parseNumber(c.text) == 0);
            if (allZero) {
                out.add("column " + name(header, col) + " of " + origin + ": all " + data.size()
                        + " formula cells hold the cached value 0 (" + refs(data) + "), the placeholder some writers "
                        + "store instead of computing the formula; open and save the workbook in Excel or LibreOffice "
                        + "to compute them (if the zeros are real, paste them as values)");
            }
        }
        return out;
    }

    /** Notes on what was taken: error cells in data rows, numbers stored as text in numeric columns. */
    List<String> notes(String origin, int headerRow, List<String> header, String[][] cells) {
        List<String> out = new ArrayList<>();
        List<Cell> dataErrors = errors.stream().filter(c -> c.row > headerRow).toList();
        if (!dataErrors.isEmpty()) {
            StringBuilder sb = new StringBuilder(origin + " has " + dataErrors.size() + " error cell"
                    + (dataErrors.size() == 1 ? "" : "s") + ": ");
            for (int i = 0; i < Math.min(MAX_NAMED, dataErrors.size()); i++) {
                Cell c = dataErrors.get(i);
                sb.append(i == 0 ? "" : ", ").append(c.ref).append(" ").append(c.text);
            }
            if (dataErrors.size() > MAX_NAMED) {
                sb.append(" and ").append(dataErrors.size() - MAX_NAMED).append(" more");
            }
            sb.append(" (#N/A reads as missing; a column with another error is refused when a model uses it)");
            out.add(sb.toString());
        }
        for (Map.Entry<Integer, List<Cell>> e : numbersAsText.entrySet()) {
            int col = e.getKey();
            List<Cell> data = e.getValue().stream().filter(c -> c.row > headerRow).toList();
            if (data.isEmpty() || col >= header.size() || !allNumbers(cells, col)) {
                continue;
            }
            out.add("column " + name(header, col) + " of " + origin + ": " + data.size() + " number"
                    + (data.size() == 1 ? "" : "s") + " stored as text (" + refs(data) + ") read as number"
                    + (data.size() == 1 ? "" : "s"));
        }
        return out;
    }

    private static boolean allNumbers(String[][] cells, int col) {
        for (String[] row : cells) {
            if (row[col] != null && !Cells.isNumber(row[col])) {
                return false;
            }
        }
        return true;
    }

    private static String name(List<String> header, int col) {
        String letters = XlsxReader.columnLetters(col);
        String n = header.get(col);
        return n == null ? letters : "'" + n + "' (" + letters + ")";
    }

    private static String refs(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_NAMED, cells.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append(cells.get(i).ref);
        }
        if (cells.size() > MAX_NAMED) {
            sb.append(" and ").append(cells.size() - MAX_NAMED).append(" more");
        }
        return sb.toString();
    }
}
