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
 * The study step {@value #ID}: a map of a dataset column ({@code variable}) for chosen {@code periods}, one map per
 * period, classed per period ({@code classify}: {@code quantile} (default; R's type-7 quantiles), {@code equal}
 * intervals, or {@code fixed} inner {@code breaks}; {@code classes} 2-5 for tile grids, 2-7 for polygons; a value
 * equal to a break falls in the lower class). Two kinds:
 * <ul>
 * <li>a tile grid ({@code layout}, a CSV file relative to the study: {@code entity,row,col} and optionally
 * {@code label}; row 0 at the top): one square per unit; tables {@code map} and {@code layout};</li>
 * <li>polygons ({@code boundaries}, a GeoJSON FeatureCollection of Polygon/MultiPolygon features relative to the
 * study, lon/lat degrees, the property {@code id_property} (default {@code name}) holding the entity ids; see
 * {@link GeoJsonBoundaries}): a choropleth in the sequential colour-blind-safe palette, units of the map without a
 * value drawn hatched grey and named in a warning; tables {@code map} and {@code shapes} (entity, ring, x, y: the
 * projected vertices, rings in order).</li>
 * </ul>
 * Table {@code map}: entity, period, value, class, class_low, class_high. Units of the layout or boundaries that the
 * data do not have are warned about; units of the data without a tile or polygon are an error.
 */
final class MapStep {
    static final String ID = "study.map";
    private static final Set<String> KNOWN = Set.of("variable", "layout", "boundaries", "id_property", "periods",
            "classes", "classify", "breaks", "title");
    private static final Palette[] COLOURS = {Palette.YELLOW, Palette.ORANGE, Palette.VERMILLION,
            Palette.REDDISH_PURPLE, Palette.BLUE};

    private MapStep() {
    }

    static StepOutput run(Analysis a, String name, PanelFrame frame, Path studyFolder) {
        StepParameters p = new StepParameters(a, name, KNOWN, Set.of());
        String variable = p.required("variable");
        String layoutFile = p.optional("layout", null);
        String boundaryFile = p.optional("boundaries", null);
        List<String> problems = new ArrayList<>();
        if ((layoutFile == null) == (boundaryFile == null)) {
            problems.add(p.step() + ": give either 'layout' (a tile-grid CSV) or 'boundaries' (a GeoJSON file), "
                    + (layoutFile == null ? "neither is set" : "not both"));
        }
        boolean polygons = boundaryFile != null;
        int maxClasses = polygons ? Palette.maxSequentialClasses() : COLOURS.length;
        MapClasses.Method method = MapClasses.Method.QUANTILE;
        String classify = p.optional("classify", "quantile");
        switch (classify) {
            case "quantile" -> method = MapClasses.Method.QUANTILE;
            case "equal" -> method = MapClasses.Method.EQUAL;
            case "fixed" -> method = MapClasses.Method.FIXED;
            default -> problems.add(p.step() + ": invalid value for 'classify': '" + classify
                    + "'; use quantile, equal or fixed");
        }
        List<Double> fixed = new ArrayList<>();
        for (String b : p.list("breaks")) {
            try {
                double v = Double.parseDouble(b);
                if (!Double.isFinite(v) || !fixed.isEmpty() && v <= fixed.get(fixed.size() - 1)) {
                    problems.add(p.step() + ": 'breaks' must be finite numbers in increasing order; got '"
                            + p.optional("breaks", "") + "'");
                    break;
                }
                fixed.add(v);
            } catch (NumberFormatException e) {
                problems.add(p.step() + ": invalid number '" + b + "' in 'breaks'");
            }
        }
        if (method == MapClasses.Method.FIXED && fixed.isEmpty()) {
            problems.add(p.step() + ": classify=fixed needs 'breaks', the inner class limits, e.g. breaks=0.5,0.7,0.9");
        } else if (method != MapClasses.Method.FIXED && !fixed.isEmpty()) {
            problems.add(p.step() + ": 'breaks' is only used with classify=fixed");
        }
        int classes = 4;
        try {
            classes = method == MapClasses.Method.FIXED && p.optional("classes", null) == null ? fixed.size() + 1
                    : Integer.parseInt(p.optional("classes", "4"));
        } catch (NumberFormatException e) {
            classes = -1;
        }
        if (classes < 2 || classes > maxClasses) {
            problems.add(p.step() + ": invalid value for 'classes': '" + p.optional("classes", String.valueOf(classes))
                    + "'; use 2 to " + maxClasses + (method == MapClasses.Method.FIXED ? " (breaks + 1)" : ""));
        } else if (method == MapClasses.Method.FIXED && classes != fixed.size() + 1 && !fixed.isEmpty()) {
            problems.add(p.step() + ": classes=" + classes + " does not match the " + fixed.size()
                    + " breaks (classes = breaks + 1)");
        }
        if (!frame.hasColumn(variable)) {
            problems.add(p.step() + ": 'variable' column '" + variable + "' is not in the dataset; it has "
                    + frame.columnNames());
        }
        List<Long> periods = new ArrayList<>();
        for (String t : p.list("periods")) {
            Long period = period(frame, t);
            if (period != null) {
                if (frame.hasTime() && Arrays.stream(frame.periods()).noneMatch(x -> x == period)) {
                    problems.add(p.step() + ": period " + t + " is not in the dataset");
                }
                periods.add(period);
            } else {
                problems.add(p.step() + ": invalid period '" + t + "' in 'periods'" + (frame.timeUnit() == null ? ""
                        : "; the dataset's periods are " + frame.timeUnit().word() + "s such as "
                                + frame.periodLabel(frame.periods()[0])));
            }
        }
        if (frame.hasTime() && periods.isEmpty()) {
            problems.add(p.step() + ": parameter 'periods' is required for a panel: the periods to map, comma-separated");
        }
        Map<String, double[]> layout = new LinkedHashMap<>();
        GeoJsonBoundaries shapes = null;
        if (layoutFile != null) {
            layout = readLayout(studyFolder.resolve(layoutFile), p.step(), problems);
        } else if (boundaryFile != null) {
            try {
                shapes = GeoJsonBoundaries.read(studyFolder.resolve(boundaryFile), p.optional("id_property", "name"),
                        p.step());
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Set<String> units = shapes != null ? shapes.rings.keySet() : layout.keySet();
        String unitFile = shapes != null ? "boundaries file " + boundaryFile : "layout file " + layoutFile;
        Result result = new Result(ID);
        result.parameters().putAll(p.all());
        result.timeUnit(frame.timeUnit()); // the table's and the maps' periods print as 2015Q1, 2015-03
        result.statistic("title", p.optional("title", variable));
        result.statistic("classify", classify);
        result.statistic("classes", classes);
        if (shapes != null) {
            ResultTable st = new ResultTable(List.of("entity", "ring", "x", "y"));
            shapes.rings.forEach((e, rings) -> {
                for (int r = 0; r < rings.size(); r++) {
                    double[][] ring = rings.get(r);
                    for (int i = 0; i < ring[0].length; i++) {
                        st.addRow(e, r, ring[0][i], ring[1][i]);
                    }
                }
            });
            result.table("shapes", st);
            result.statistic("projection", "equirectangular, x = longitude · cos(" + Numbers.auto(shapes.centralLatitude)
                    + "°), y = latitude");
        } else {
            ResultTable lt = new ResultTable(List.of("entity", "row", "col", "label"));
            Map<String, String> labels = labels(studyFolder.resolve(layoutFile));
            layout.forEach((e, rc) -> lt.addRow(e, (int) rc[0], (int) rc[1], labels.getOrDefault(e, e)));
            result.table("layout", lt);
        }
        double[] values = frame.numeric(variable);
        ResultTable map = new ResultTable(List.of("entity", "period", "value", "class", "class_low", "class_high"));
        String how = switch (method) {
            case QUANTILE -> "quantiles";
            case EQUAL -> "equal intervals";
            case FIXED -> "fixed breaks";
        };
        Grid grid = new Grid(List.of("Period", "Class", "From", "To", "Units")).caption(name + ": classes of "
                + variable + " (" + how + ")");
        List<Long> loop = frame.hasTime() ? periods : List.of(0L);
        for (long period : loop) {
            String in = frame.hasTime() ? " in " + frame.periodLabel(period) : "";
            Map<String, Double> byEntity = new LinkedHashMap<>();
            for (int i = 0; i < frame.rows(); i++) {
                if (!frame.hasTime() || frame.time(i) == period) {
                    byEntity.put(frame.entityLabel(i), values[i]);
                }
            }
            List<String> absent = new ArrayList<>();
            for (String e : units) {
                if (!byEntity.containsKey(e)) {
                    absent.add(e);
                }
            }
            if (!absent.isEmpty()) {
                result.warn((absent.size() == 1 ? "unit " : absent.size() + " units ") + quoted(absent) + " of the "
                        + unitFile + (absent.size() == 1 ? " is" : " are") + " not in the dataset" + in
                        + (shapes != null ? "; drawn hatched as 'no data'" : ""));
            }
            for (String e : byEntity.keySet()) {
                if (!units.contains(e)) {
                    throw new InputException(p.step() + ": unit '" + e + "' is not in the " + unitFile);
                }
            }
            double[] finite = byEntity.values().stream().mapToDouble(Double::doubleValue).filter(Double::isFinite)
                    .sorted().toArray();
            if (finite.length == 0) {
                throw new InputException(p.step() + ": '" + variable + "' has no values" + in);
            }
            double[] breaks = MapClasses.breaks(method, finite, classes, fixed);
            int[] counts = new int[classes];
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, Double> e : byEntity.entrySet()) {
                double v = e.getValue();
                if (!Double.isFinite(v)) {
                    missing.add(e.getKey());
                    continue;
                }
                int c = MapClasses.classOf(v, breaks);
                counts[c - 1]++;
                map.addRow(e.getKey(), frame.hasTime() ? period : null, v, c, low(c, breaks, finite),
                        high(c, classes, breaks, finite));
            }
            if (!missing.isEmpty()) {
                result.warn((missing.size() == 1 ? "unit " : missing.size() + " units ") + quoted(missing)
                        + (missing.size() == 1 ? " has" : " have") + " no value of '" + variable + "'" + in
                        + (shapes != null ? "; drawn hatched as 'no data'" : "; left empty"));
            }
            for (int c = 1; c <= classes; c++) {
                grid.row(List.of(frame.hasTime() ? frame.periodLabel(period) : "", String.valueOf(c),
                        Numbers.auto(low(c, breaks, finite)), Numbers.auto(high(c, classes, breaks, finite)),
                        String.valueOf(counts[c - 1])));
            }
        }
        result.table("map", map);
        return new StepOutput(result, List.of(grid));
    }

    /**
     * A period of {@code periods}: its label when the dataset's periods came from dates ({@code 2015Q1}), or the
     * whole number; null when it is neither.
     */
    private static Long period(PanelFrame frame, String text) {
        if (frame.hasTime() && frame.timeUnit() != null) {
            for (long x : frame.periods()) {
                if (frame.periodLabel(x).equalsIgnoreCase(text)) {
                    return x;
                }
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A map's period as its title and file name show it: the label of a period made from dates, or the number. */
    static String periodLabel(Result result, Object period) {
        return String.valueOf(result.cellForOutput("period", period));
    }

    /** The lower end of class c: the smallest value for the first class, else the break below it. */
    private static double low(int c, double[] breaks, double[] sorted) {
        return c == 1 ? Math.min(sorted[0], breaks.length > 0 ? breaks[0] : sorted[0]) : breaks[c - 2];
    }

    /** The upper end of class c: the largest value for the last class, else its break. */
    private static double high(int c, int classes, double[] breaks, double[] sorted) {
        return c == classes ? Math.max(sorted[sorted.length - 1], breaks[classes - 2]) : breaks[c - 1];
    }

    private static String quoted(List<String> names) {
        List<String> shown = names.size() > 10 ? names.subList(0, 10) : names;
        return "'" + String.join("', '", shown) + "'" + (names.size() > 10 ? " and " + (names.size() - 10) + " more" : "");
    }

    /** The k-1 inner quantile breaks of sorted values (R type 7). */
    static double[] breaks(double[] sorted, int k) {
        return MapClasses.quantileBreaks(sorted, k);
    }

    /** 1-based class: one plus the number of breaks strictly below the value. */
    static int classOf(double v, double[] breaks) {
        return MapClasses.classOf(v, breaks);
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
                String period = periodLabel(result, e.getKey());
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
