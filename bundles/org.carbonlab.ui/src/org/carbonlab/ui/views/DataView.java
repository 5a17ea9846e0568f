package org.carbonlab.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A dataset as a virtual table (rows are filled only when they scroll into view, so 100,000 rows scroll
 * smoothly), sortable by any column (click its header; again for descending), with a summary of every
 * column below: observations, missing values, mean, standard deviation, minimum and maximum for numeric
 * columns, distinct values for text.
 */
public final class DataView {
    private final Composite root;
    private final Label heading;
    private final Table table;
    private final Table summary;
    private PanelFrame frame;
    private List<String> columns = List.of();
    private String[][] text; // per column, lazily formatted cells
    private double[][] numbers;
    private Integer[] order = new Integer[0];
    private int sortColumn = -1;
    private boolean descending;

    public DataView(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        heading = new Label(root, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading.setText("Select a dataset to see its data.");
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int row = order[table.indexOf(item)];
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(c, row);
            }
            item.setText(cells);
        });
        summary = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        summary.setHeaderVisible(true);
        summary.setLinesVisible(true);
        for (String h : new String[] { "column", "type", "n", "missing", "mean", "sd", "min", "max / distinct" }) {
            new TableColumn(summary, SWT.LEFT).setText(h);
        }
        sash.setWeights(new int[] { 65, 35 });
    }

    public Control control() {
        return root;
    }

    public Table table() {
        return table;
    }

    public Table summaryTable() {
        return summary;
    }

    public PanelFrame frame() {
        return frame;
    }

    public void show(String name, PanelFrame f) {
        frame = f;
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        summary.removeAll();
        if (f == null) {
            heading.setText(name == null ? "Select a dataset to see its data." : name);
            table.setItemCount(0);
            return;
        }
        heading.setText(name + ": " + f.rows() + " rows, " + f.nEntities() + " entities"
                + (f.hasTime() ? ", " + f.nPeriods() + " periods, " + (f.balanced() ? "balanced" : "unbalanced")
                        : ", cross-section"));
        columns = new ArrayList<>(f.columnNames());
        text = new String[columns.size()][];
        numbers = new double[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            String col = columns.get(c);
            if (isKey(col) || !f.isNumeric(col)) {
                text[c] = keyOrText(col);
            } else {
                numbers[c] = f.numeric(col);
            }
            TableColumn tc = new TableColumn(table, SWT.RIGHT);
            tc.setText(col);
            tc.setWidth(Math.max(70, Math.min(180, 9 * col.length())));
            int index = c;
            tc.addListener(SWT.Selection, e -> sortBy(index));
        }
        order = new Integer[f.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        sortColumn = -1;
        table.setItemCount(f.rows());
        table.clearAll();
        fillSummary();
    }

    private boolean isKey(String col) {
        return col.equals(frame.entityColumn()) || col.equals(frame.timeColumn());
    }

    private String[] keyOrText(String col) {
        if (col.equals(frame.entityColumn())) {
            String[] s = new String[frame.rows()];
            for (int i = 0; i < s.length; i++) {
                s[i] = frame.entityLabel(i);
            }
            return s;
        }
        if (col.equals(frame.timeColumn())) {
            String[] s = new String[frame.rows()];
            for (int i = 0; i < s.length; i++) {
                s[i] = Long.toString(frame.time(i));
            }
            return s;
        }
        return frame.text(col);
    }

    private String cell(int c, int row) {
        if (numbers[c] != null) {
            double v = numbers[c][row];
            return Double.isNaN(v) ? "" : format(v);
        }
        String s = text[c][row];
        return s == null ? "" : s;
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.6g", v);
    }

    /** Sorts by a column (missing values last); a second click on the same column reverses the order. */
    public void sortBy(int c) {
        descending = sortColumn == c && !descending;
        sortColumn = c;
        Comparator<Integer> cmp;
        if (numbers[c] != null) {
            double[] v = numbers[c];
            cmp = (a, b) -> Double.isNaN(v[a]) ? (Double.isNaN(v[b]) ? 0 : 1)
                    : Double.isNaN(v[b]) ? -1 : descending ? Double.compare(v[b], v[a]) : Double.compare(v[a], v[b]);
        } else {
            String[] s = text[c];
            boolean timeKey = columns.get(c).equals(frame.timeColumn());
            cmp = (a, b) -> {
                if (s[a] == null || s[b] == null) {
                    return s[a] == null ? (s[b] == null ? 0 : 1) : -1;
                }
                int r = timeKey ? Long.compare(Long.parseLong(s[a]), Long.parseLong(s[b])) : s[a].compareTo(s[b]);
                return descending ? -r : r;
            };
        }
        Arrays.sort(order, cmp.thenComparing(Comparator.naturalOrder()));
        table.setSortColumn(table.getColumn(c));
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        table.clearAll();
    }

    private void fillSummary() {
        for (int c = 0; c < columns.size(); c++) {
            String[] cells;
            if (numbers[c] != null) {
                double[] v = numbers[c];
                int n = 0;
                double sum = 0;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double x : v) {
                    if (!Double.isNaN(x)) {
                        n++;
                        sum += x;
                        min = Math.min(min, x);
                        max = Math.max(max, x);
                    }
                }
                double mean = n == 0 ? Double.NaN : sum / n;
                double ss = 0;
                for (double x : v) {
                    if (!Double.isNaN(x)) {
                        ss += (x - mean) * (x - mean);
                    }
                }
                double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
                cells = new String[] { columns.get(c), "numeric", Integer.toString(n), Integer.toString(v.length - n),
                        num(mean), num(sd), n == 0 ? "" : num(min), n == 0 ? "" : num(max) };
            } else {
                String[] s = text[c];
                int n = 0;
                java.util.Set<String> distinct = new java.util.HashSet<>();
                for (String x : s) {
                    if (x != null) {
                        n++;
                        distinct.add(x);
                    }
                }
                String type = columns.get(c).equals(frame.entityColumn()) ? "entity"
                        : columns.get(c).equals(frame.timeColumn()) ? "time" : "text";
                cells = new String[] { columns.get(c), type, Integer.toString(n), Integer.toString(s.length - n), "", "",
                        "", distinct.size() + " distinct" };
            }
            new TableItem(summary, SWT.NONE).setText(cells);
        }
        for (TableColumn tc : summary.getColumns()) {
            tc.pack();
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
