package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.Numbers;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;
import org.carbonlab.model.Analysis;

/**
 * The study step {@value #ID}: a per-unit table of an earlier analysis (efficiency scores, index values, local Moran)
 * summarised by group and period, as papers' "mean efficiency by region and year" table. Parameters: {@code analysis}
 * and {@code table} (which per-unit table), {@code columns} (its value columns, one summary table each), {@code by}
 * (a column of the step's dataset, looked up per unit and period; absent: one row, all units), {@code statistic}
 * (mean|median|sd|min|max|n; default mean; sd with n-1), {@code total} (true: a column over all periods and a row over
 * all units, each computed from the unit values, not from the cell statistics). Missing values are left out. Period
 * columns are headed as the dataset labels its periods (2015, 2015Q1, 2015-03).
 */
final class GroupSummaryStep {
    static final String ID = "study.summary";
    static final String ALL = "all";
    /** The group of units whose {@code by} value is missing. */
    static final String MISSING = "(missing)";
    private static final Set<String> KNOWN = Set.of("analysis", "table", "columns", "by", "statistic", "total");
    private static final List<String> STATISTICS = List.of("mean", "median", "sd", "min", "max", "n");

    private GroupSummaryStep() {
    }

    static StepOutput run(Analysis a, String name, Map<String, Result> done, PanelFrame frame) {
        StepParameters p = new StepParameters(a, name, KNOWN, Set.of());
        String analysis = p.required("analysis");
        String tableName = p.required("table");
        List<String> columns = p.list("columns");
        String by = p.optional("by", null);
        String statistic = p.optional("statistic", "mean").toLowerCase(Locale.ROOT);
        String totalText = p.optional("total", "true").toLowerCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (columns.isEmpty()) {
            problems.add(p.step() + ": parameter 'columns' is required: the value columns of table '" + tableName + "'");
        }
        if (!STATISTICS.contains(statistic)) {
            problems.add(p.step() + ": invalid value for 'statistic': '" + statistic + "'; use one of "
                    + String.join(", ", STATISTICS));
        }
        if (!totalText.equals("true") && !totalText.equals("false")) {
            problems.add(p.step() + ": invalid value for 'total': '" + totalText + "'; use true or false");
        }
        if (by != null && !frame.hasColumn(by)) {
            problems.add(p.step() + ": 'by' column '" + by + "' is not in the dataset; it has " + frame.columnNames());
        }
        Result source = done.get(analysis);
        ResultTable table = null;
        if (source == null) {
            problems.add(p.step() + ": no analysis '" + analysis + "' ran before this step"
                    + (done.isEmpty() ? "" : " (these did: " + String.join(", ", done.keySet()) + ")"));
        } else {
            table = source.tables().get(tableName);
            if (table == null) {
                problems.add(p.step() + ": analysis '" + analysis + "' has no table '" + tableName + "'; it has: "
                        + String.join(", ", source.tables().keySet()));
            } else {
                if (table.columnIndex(RowKeys.ENTITY) < 0) {
                    problems.add(p.step() + ": table '" + tableName + "' of '" + analysis + "' has no column '"
                            + RowKeys.ENTITY + "': it is not a per-unit table");
                }
                for (String c : columns) {
                    if (table.columnIndex(c) < 0) {
                        problems.add(p.step() + ": table '" + tableName + "' of '" + analysis + "' has no column '" + c
                                + "'; it has " + table.columns());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        boolean total = totalText.equals("true");
        boolean panel = frame.hasTime() && table.columnIndex(RowKeys.TIME) >= 0;
        Map<String, String> groupOf = by == null ? Map.of() : groups(frame, by);

        Result result = new Result(ID);
        result.parameters().putAll(p.all());
        List<Grid> grids = new ArrayList<>();
        for (String column : columns) {
            Cells cells = collect(table, column, panel, by, groupOf, p.step(), tableName, frame);
            String groupHeader = by == null ? "group" : by;
            List<String> header = new ArrayList<>();
            header.add(groupHeader);
            for (Long period : cells.periods) {
                header.add(frame.periodLabel(period)); // 2015Q1, 2015-03 for periods made from dates
            }
            if (total && panel || !panel) {
                header.add(ALL);
            }
            ResultTable out = new ResultTable(header);
            Grid grid = new Grid(header).caption(capitalised(statistic) + " of " + column + " by "
                    + (by == null ? "" : by + " and ") + "period (" + analysis + ", table " + tableName + ")");
            List<String> rows = new ArrayList<>(cells.values.keySet());
            if (total && by != null) {
                rows.add(ALL);
            }
            for (String group : rows) {
                List<Object> cellsOut = new ArrayList<>();
                List<String> text = new ArrayList<>();
                cellsOut.add(group);
                text.add(group);
                for (Long period : cells.periods) {
                    double v = apply(statistic, cells.values(group, period));
                    cellsOut.add(Double.isNaN(v) ? null : v);
                    text.add(Double.isNaN(v) ? "" : Numbers.auto(v));
                }
                if (total && panel || !panel) {
                    double v = apply(statistic, cells.values(group, null));
                    cellsOut.add(Double.isNaN(v) ? null : v);
                    text.add(Double.isNaN(v) ? "" : Numbers.auto(v));
                }
                out.addRow(cellsOut.toArray());
                grid.row(text);
            }
            result.table(column, out);
            grids.add(grid);
        }
        return new StepOutput(result, grids);
    }

    private static String capitalised(String s) {
        return s.equals("sd") ? "SD" : s.equals("n") ? "N" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Unit (and period) to group label, from the dataset. */
    private static Map<String, String> groups(PanelFrame frame, String by) {
        String[] labels = frame.text(by);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < frame.rows(); i++) {
            out.put(key(frame.entityLabel(i), frame.hasTime() ? frame.time(i) : null),
                    labels[i] == null ? MISSING : labels[i]);
        }
        return out;
    }

    private static String key(String entity, Long period) {
        return period == null ? entity : entity + "\u0000" + period;
    }

    /** The unit values of one column by group (in order of first appearance) and period (ascending). */
    private static final class Cells {
        final TreeSet<Long> periods = new TreeSet<>();
        final Map<String, Map<Long, List<Double>>> values = new LinkedHashMap<>();

        List<Double> values(String group, Long period) {
            List<Double> out = new ArrayList<>();
            for (Map.Entry<String, Map<Long, List<Double>>> g : values.entrySet()) {
                if (group.equals(ALL) || g.getKey().equals(group)) {
                    for (Map.Entry<Long, List<Double>> e : g.getValue().entrySet()) {
                        if (period == null || e.getKey().equals(period)) {
                            out.addAll(e.getValue());
                        }
                    }
                }
            }
            return out;
        }
    }

    private static Cells collect(ResultTable table, String column, boolean panel, String by,
            Map<String, String> groupOf, String step, String tableName, PanelFrame frame) {
        int ce = table.columnIndex(RowKeys.ENTITY);
        int ct = panel ? table.columnIndex(RowKeys.TIME) : -1;
        int cv = table.columnIndex(column);
        Cells cells = new Cells();
        for (List<Object> row : table.rows()) {
            String entity = String.valueOf(row.get(ce));
            Long period = panel && row.get(ct) instanceof Number n ? n.longValue() : null;
            long periodKey = period == null ? 0L : period;
            String group = ALL;
            if (by != null) {
                group = groupOf.get(key(entity, period));
                if (group == null) {
                    throw new InputException(step + ": unit '" + entity + "'" + (period == null ? "" : " in " + frame.periodLabel(period))
                            + " of table '" + tableName + "' is not in the dataset, so its '" + by + "' is unknown");
                }
            }
            cells.periods.add(periodKey);
            List<Double> bucket = cells.values.computeIfAbsent(group, g -> new HashMap<>())
                    .computeIfAbsent(periodKey, t -> new ArrayList<>());
            if (row.get(cv) instanceof Number n && !Double.isNaN(n.doubleValue())) {
                bucket.add(n.doubleValue());
            }
        }
        if (!panel) {
            cells.periods.clear(); // a cross-section: only the "all" column
        }
        return cells;
    }

    static double apply(String statistic, List<Double> values) {
        int n = values.size();
        if (statistic.equals("n")) {
            return n;
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= n;
        switch (statistic) {
            case "mean":
                return mean;
            case "min":
                return v[0];
            case "max":
                return v[n - 1];
            case "median":
                return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            case "sd":
                if (n < 2) {
                    return Double.NaN;
                }
                double ss = 0;
                for (double x : v) {
                    ss += (x - mean) * (x - mean);
                }
                return Math.sqrt(ss / (n - 1));
            default:
                throw new IllegalArgumentException(statistic);
        }
    }
}
