package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartData;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.Tick;
import org.carbonlab.core.report.Numbers;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/**
 * The choropleth maps of {@code study.map} with {@code boundaries}: one map per period from {@code tables.shapes} and
 * {@code tables.map}, one polygon series per class in the sequential palette (light = low) with the class range as
 * its legend entry, and the units without a value that period as a hatched grey "No data" series. Classes without
 * units keep their legend entry, so the legend always shows the whole scale.
 */
final class PolygonMaps implements ChartProvider {
    @Override
    public List<Chart> charts(Result result) {
        ResultTable map = result.tables().get("map");
        ResultTable shapes = result.tables().get("shapes");
        if (!ChartData.hasColumns(shapes, "entity", "ring", "x", "y") || map == null || map.rows().isEmpty()) {
            return List.of();
        }
        // the rings of each unit, as one array with NaN between rings
        String[] shapeEntity = ChartData.texts(shapes, "entity");
        double[] ring = ChartData.numbers(shapes, "ring");
        double[] sx = ChartData.numbers(shapes, "x");
        double[] sy = ChartData.numbers(shapes, "y");
        Map<String, List<double[]>> outline = new LinkedHashMap<>();
        for (int i = 0; i < shapeEntity.length; i++) {
            List<double[]> pts = outline.computeIfAbsent(shapeEntity[i], k -> new ArrayList<>());
            if (i > 0 && shapeEntity[i].equals(shapeEntity[i - 1]) && ring[i] != ring[i - 1]) {
                pts.add(new double[] {Double.NaN, Double.NaN});
            }
            pts.add(new double[] {sx[i], sy[i]});
        }
        Map<Object, List<List<Object>>> byPeriod = new LinkedHashMap<>();
        for (List<Object> r : map.rows()) {
            byPeriod.computeIfAbsent(r.get(1) == null ? "" : r.get(1), k -> new ArrayList<>()).add(r);
        }
        int classes = ((Number) result.statistic("classes")).intValue();
        Palette[] colours = Palette.sequential(classes);
        String title = String.valueOf(result.statistic("title"));
        Object projection = result.statistic("projection");
        List<Tick> none = List.of(new Tick(-1e9, "")); // outside the range: no ticks on a map
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<Object, List<List<Object>>> e : byPeriod.entrySet()) {
            String period = MapStep.periodLabel(result, e.getKey());
            TreeMap<Integer, List<String>> members = new TreeMap<>();
            TreeMap<Integer, double[]> range = new TreeMap<>();
            Set<String> withValue = new LinkedHashSet<>();
            for (List<Object> r : e.getValue()) {
                int c = ((Number) r.get(3)).intValue();
                members.computeIfAbsent(c, k -> new ArrayList<>()).add((String) r.get(0));
                range.put(c, new double[] {((Number) r.get(4)).doubleValue(), ((Number) r.get(5)).doubleValue()});
                withValue.add((String) r.get(0));
            }
            Chart.Builder b = Chart.builder("map" + (period.isEmpty() ? "" : "_" + period),
                    title + (period.isEmpty() ? "" : ", " + period))
                    .subtitle(classify(result) + " classes of this period"
                            + (projection == null ? "" : "; " + projection))
                    .x(Axis.of("", null).ticks(none)).y(Axis.of("", null).ticks(none));
            for (int c = 1; c <= classes; c++) {
                double[] r = range.get(c);
                String label = r == null ? "class " + c + " (no units)"
                        : Numbers.auto(r[0]) + " \u2013 " + Numbers.auto(r[1]);
                b.add(polygons(label, members.getOrDefault(c, List.of()), outline).colour(colours[c - 1]));
            }
            List<String> noData = new ArrayList<>();
            for (String unit : outline.keySet()) {
                if (!withValue.contains(unit)) {
                    noData.add(unit);
                }
            }
            if (!noData.isEmpty()) {
                b.add(polygons("No data (" + noData.size() + ")", noData, outline).colour(Palette.NO_DATA).hatched());
            }
            charts.add(b.legend(true).build());
        }
        return charts;
    }

    /** The rings of the given units as one polygon series. */
    static Series polygons(String name, List<String> units, Map<String, List<double[]>> outline) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (String u : units) {
            List<double[]> pts = outline.get(u);
            if (pts == null) {
                continue;
            }
            if (!x.isEmpty()) {
                x.add(Double.NaN);
                y.add(Double.NaN);
            }
            for (double[] p : pts) {
                x.add(p[0]);
                y.add(p[1]);
            }
        }
        return Series.polygons(name, ChartData.toArray(x), ChartData.toArray(y));
    }

    private static String classify(Result result) {
        Object c = result.statistic("classify");
        return switch (c == null ? "quantile" : c.toString()) {
            case "equal" -> "Equal-interval";
            case "fixed" -> "Fixed-break";
            default -> "Quantile";
        };
    }
}
