package org.carbonlab.panel.estimators;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.Cells;
import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;

/**
 * Reading the side tables of the shift-share builder (shares, shocks, industry mapping): finding a file named by
 * a parameter (as given, else next to the dataset's file, so a study can name files beside its data), and reading
 * its key and value cells with messages that name the file, column and line.
 */
final class ShiftShareTables {
    private ShiftShareTables() {
    }

    /** The file, or null if it exists neither as given nor beside the dataset. */
    static Path find(String name, PanelFrame data) {
        try {
            Path p = Path.of(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
            if (!p.isAbsolute() && data.source() != null) {
                Path dir = Path.of(data.source()).toAbsolutePath().getParent();
                if (dir != null && Files.isRegularFile(dir.resolve(p))) {
                    return dir.resolve(p);
                }
            }
        } catch (InvalidPathException e) {
            return null;
        }
        return null;
    }

    /** The table named by parameter {@code parameter}; an input error naming the parameter if absent. */
    static RawTable read(String parameter, String name, PanelFrame data) {
        Path p = find(name, data);
        if (p == null) {
            throw new InputException(parameter + "=" + name + ": no such file (looked as given and next to the data "
                    + "file " + data.source() + ")");
        }
        return DataReader.read(p, null);
    }

    /** The index of a column, or an input error naming the parameter that chose it and the columns present. */
    static int column(RawTable t, String column, String parameter) {
        int c = t.columnIndex(column);
        if (c < 0) {
            throw new InputException(t.origin() + " has no column '" + column + "' (parameter " + parameter
                    + "); columns: " + String.join(", ", t.columnNames()));
        }
        return c;
    }

    /** A key cell (unit, industry) as trimmed text; an input error when empty. */
    static String key(RawTable t, int row, int column) {
        String v = t.cell(row, column);
        if (v == null || v.isBlank()) {
            throw new InputException(t.origin() + ", " + t.lineWord() + " " + t.line(row) + ": column '"
                    + t.columnNames().get(column) + "' is empty");
        }
        return v.strip();
    }

    /** A whole-number period cell. */
    static long period(RawTable t, int row, int column) {
        Long v = Cells.parseWholeNumber(key(t, row, column));
        if (v == null) {
            throw new InputException(t.origin() + ", " + t.lineWord() + " " + t.line(row) + ": period '"
                    + t.cell(row, column) + "' in column '" + t.columnNames().get(column) + "' is not a whole number");
        }
        return v;
    }

    /** A numeric value; empty means missing (NaN), anything else not a number is an input error. */
    static double value(RawTable t, int row, int column, List<String> problems) {
        String v = t.cell(row, column);
        if (v == null || v.isBlank()) {
            return Double.NaN;
        }
        double d = Cells.parseNumber(v.strip());
        if (Double.isNaN(d) && problems.size() < 10) {
            problems.add(t.origin() + ", " + t.lineWord() + " " + t.line(row) + ": '" + v + "' in column '"
                    + t.columnNames().get(column) + "' is not a number");
        }
        return d;
    }

    /** At most {@code max} items, then "… (n more)". */
    static String list(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        List<String> head = new ArrayList<>(items.subList(0, max));
        return String.join(", ", head) + " … (" + (items.size() - max) + " more)";
    }
}
