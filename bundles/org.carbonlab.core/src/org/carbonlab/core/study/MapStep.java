package org.carbonlab.core.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.Tick;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.Numbers;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.model.Analysis;

/**
 * The study step {@value #ID}: a tile-grid map, one square per unit placed by a layout file, of a dataset column
 * ({@code variable}) for chosen {@code periods}, classed by quantiles of each period's values ({@code classes}, 2-5;
 * R's type-7 quantiles; a value equal to a break falls in the lower class). The layout ({@code layout}, a CSV file
 * relative to the study: {@code entity,row,col} and optionally {@code label}) puts row 0 at the top. Result tables:
 * {@code map} (entity, period, value, class, class_low, class_high) and {@code layout}; the chart provider draws one
 * map per period with a legend of the class ranges.
 */
final class MapStep {
    static final String ID = "study.map";
    private static final Set<String> KNOWN = Set.of("variable", "layout", "periods", "classes", "title");
    private static final Palette[] COLOURS = {Palette.YELLOW, Palette.ORANGE, Palette.VERMILLION,
            Palette.REDDISH_PURPLE, Palette.BLUE};

    private MapStep() {
    }

    static StepOutput run(Analysis a, String name, PanelFrame frame, Path studyFolder) {
        StepParameters p = new StepParameters(a, name, KNOWN, Set.of());
        String variable = p.required("variable");
        String layoutFile = p.required("layout");
        List<String> problems = new ArrayList<>();
        int classes = 4;
        try {
            classes = Integer.parseInt(p.optional("classes", "4"));
        } catch (NumberFormatException e) {
            classes = -1;
        }
        if (classes < 2 || classes > COLOURS.length) {
            problems.add(p.step() + ": invalid value for 'classes': '" + p.optional("classes", "") + "'; use 2 to "
                    + COLOURS.length);
        }
        if (!frame.hasColumn(variable)) {
            problems.add(p.step() + ": 'variable' column '" + variable + "' is not in the dataset; it has "
                    + frame.columnNames());
        }
        List<Long> periods = new ArrayList<>();
        for (String t : p.list("periods")) {
            try {
                long period = Long.parseLong(t);
                if (frame.hasTime() && Arrays.stream(frame.periods()).noneMatch(x -> x == period)) {
                    problems.add(p.step() + ": period " + t + " is not in the dataset");
                }
                periods.add(period);
            } catch (NumberFormatException e) {
                problems.add(p.step() + ": invalid period '" + t + "' in 'periods'");
            }
        }
        if (frame.hasTime() && periods.isEmpty()) {
            problems.add(p.step() + ": parameter 'periods' is required for a panel: the periods to map, comma-separated");
        }
        Map<String, double[]> layout = readLayout(studyFolder.resolve(layoutFile), p.step(), problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Result result = new Result(ID);
        result.parameters().putAll(p.all());
        result.statistic("title", p.optional("title", variable));
        ResultTable lt = new ResultTable(List.of("entity", "row", "col", "label"));
        Map<String, String> labels = labels(studyFolder.resolve(layoutFile));
        layout.forEach((e, rc) -> lt.addRow(e, (int) rc[0], (int) rc[1], labels.getOrDefault(e, e)));
        result.table("layout", lt);
        double[] values = frame.numeric(variable);
        ResultTable map = new ResultTable(List.of("entity", "period", "value", "class", "class_low", "class_high"));
        Grid grid = new Grid(List.of("Period", "Class", "From", "To", "Units")).caption(name + ": classes of "
                + variable + " (quantiles)");
        List<Long> loop = frame.hasTime() ? periods : List.of(0L);
        for (long period : loop) {
            Map<String, Double> byEntity = new LinkedHashMap<>();
            for (int i = 0; i < frame.rows(); i++) {
                if (!frame.hasTime() || frame.time(i) == period) {
                    byEntity.put(frame.entityLabel(i), values[i]);
                }
            }
            for (String e : layout.keySet()) {
                if (!byEntity.containsKey(e)) {
                    result.warn("unit '" + e + "' of the layout is not in the dataset" + (frame.hasTime() ? " in " + period : ""));
                }
            }
            for (String e : byEntity.keySet()) {
                if (!layout.containsKey(e)) {
                    throw new InputException(p.step() + ": unit '" + e + "' is not in the layout file " + layoutFile);
                }
            }
            double[] finite = byEntity.values().stream().mapToDouble(Double::doubleValue).filter(Double::isFinite)
                    .sorted().toArray();
            if (finite.length == 0) {
                throw new InputException(p.step() + ": '" + variable + "' has no values" + (frame.hasTime() ? " in " + period : ""));
            }
            double[] breaks = breaks(finite, classes);
            int[] counts = new int[classes];
            for (Map.Entry<String, Double> e : byEntity.entrySet()) {
                double v = e.getValue();
                if (!Double.isFinite(v)) {
                    result.warn("unit '" + e.getKey() + "' has no value of '" + variable + "'"
                            + (frame.hasTime() ? " in " + period : "") + "; its tile is left empty");
                    continue;
                }
                int c = classOf(v, breaks);
                counts[c - 1]++;
                map.addRow(e.getKey(), frame.hasTime() ? period : null, v, c, c == 1 ? finite[0] : breaks[c - 2],
                        c == classes ? finite[finite.length - 1] : breaks[c - 1]);
            }
            for (int c = 1; c <= classes; c++) {
                grid.row(List.of(frame.hasTime() ? String.valueOf(period) : "", String.valueOf(c),
                        Numbers.auto(c == 1 ? finite[0] : breaks[c - 2]),
                        Numbers.auto(c == classes ? finite[finite.length - 1] : breaks[c - 1]), String.valueOf(counts[c - 1])));
            }
        }
        result.table("map", map);
        return new StepOutput(result, List.of(grid));
    }

    /** The k-1 inner quantile breaks of sorted values (R type 7). */
    static double[] breaks(double[] sorted, int k) {
        double[] b = new double[k - 1];
        int n = sorted.length;
        for (int j = 1; j < k; j++) {
            double h = (n - 1) * (double) j / k;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, n - 1);
            b[j - 1] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
        return b;
    }

    /** 1-based class: one plus the number of breaks strictly below the value. */
    static int classOf(double v, double[] breaks) {
        int c = 1;
        for (double b : breaks) {
            if (v > b) {
                c++;
            }
        }
        return c;
    }

    private static Map<String, double[]> readLayout(Path file, String step, List<String> problems) {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            problems.add(step + ": cannot read the layout file " + file + ": " + e.getMessage());
            return out;
        }
        if (lines.isEmpty() || !lines.get(0).strip().toLowerCase(java.util.Locale.ROOT).startsWith("entity,row,col")) {
            problems.add(step + ": layout file " + file.getFileName() + " must start with the header entity,row,col");
            return out;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            try {
                double[] rc = {Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip())};
                if (out.put(f[0].strip(), rc) != null) {
                    problems.add(step + ": layout file " + file.getFileName() + " line " + (i + 1) + ": unit '"
                            + f[0].strip() + "' is listed twice");
                }
            } catch (RuntimeException e) {
                problems.add(step + ": layout file " + file.getFileName() + " line " + (i + 1)
                        + ": expected entity,row,col with whole numbers, got '" + line + "'");
            }
        }
        return out;
    }

    private static Map<String, String> labels(Path file) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split(",");
                if (f.length > 3 && !f[3].isBlank()) {
                    out.put(f[0].strip(), f[3].strip());
                }
            }
        } catch (IOException e) {
            // already reported by readLayout
        }
        return out;
    }

    /** One map per period: a tile per unit coloured by its class, labelled, north (row 0) on top. */
    static final class TileMaps implements ChartProvider {
        @Override
        public List<Chart> charts(Result result) {
            ResultTable map = result.tables().get("map");
            ResultTable layout = result.tables().get("layout");
            if (map == null || layout == null || map.rows().isEmpty()) {
                return List.of();
            }
            Map<String, int[]> place = new HashMap<>();
            Map<String, String> label = new HashMap<>();
            for (List<Object> r : layout.rows()) {
                place.put((String) r.get(0), new int[] {((Number) r.get(1)).intValue(), ((Number) r.get(2)).intValue()});
                label.put((String) r.get(0), String.valueOf(r.get(3)));
            }
            Map<Object, List<List<Object>>> byPeriod = new LinkedHashMap<>();
            for (List<Object> r : map.rows()) {
                byPeriod.computeIfAbsent(r.get(1) == null ? "" : r.get(1), k -> new ArrayList<>()).add(r);
            }
            List<Chart> charts = new ArrayList<>();
            String title = String.valueOf(result.statistic("title"));
            List<Tick> none = List.of(new Tick(-1e9, "")); // outside the range: no ticks on a map
            for (Map.Entry<Object, List<List<Object>>> e : byPeriod.entrySet()) {
                String period = e.getKey().toString();
                Map<Integer, List<List<Object>>> byClass = new java.util.TreeMap<>();
                for (List<Object> r : e.getValue()) {
                    byClass.computeIfAbsent(((Number) r.get(3)).intValue(), k -> new ArrayList<>()).add(r);
                }
                Chart.Builder b = Chart.builder("map" + (period.isEmpty() ? "" : "_" + period),
                        title + (period.isEmpty() ? "" : ", " + period))
                        .x(Axis.of("", null).ticks(none)).y(Axis.of("", null).ticks(none));
                for (Map.Entry<Integer, List<List<Object>>> c : byClass.entrySet()) {
                    List<List<Object>> rows = c.getValue();
                    double[] x = new double[rows.size()];
                    double[] y = new double[rows.size()];
                    for (int i = 0; i < rows.size(); i++) {
                        int[] rc = place.get((String) rows.get(i).get(0));
                        x[i] = rc[1];
                        y[i] = -rc[0];
                    }
                    List<Object> first = rows.get(0);
                    String range = Numbers.auto(((Number) first.get(4)).doubleValue()) + " – "
                            + Numbers.auto(((Number) first.get(5)).doubleValue());
                    b.add(Series.tiles(range, x, y).colour(COLOURS[c.getKey() - 1]));
                }
                for (Map.Entry<String, int[]> u : place.entrySet()) {
                    b.annotate(u.getValue()[1], -u.getValue()[0], label.get(u.getKey()));
                }
                charts.add(b.legend(true).build());
            }
            return charts;
        }
    }
}
