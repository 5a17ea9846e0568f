package org.carbonlab.core.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A per-unit table (scores, index values, local statistics); cells are numbers, text, booleans or null. */
public final class ResultTable {
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public ResultTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public ResultTable addRow(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns.size() + " columns");
        }
        rows.add(Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(cells))));
        return this;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int columnIndex(String name) {
        return columns.indexOf(name);
    }
}
