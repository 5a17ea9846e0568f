package org.carbonlab.core.chart.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.carbonlab.core.chart.Annotation;
import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.SeriesKind;
import org.carbonlab.core.chart.Tick;
import org.carbonlab.core.chart.render.Canvas.Anchor;

/**
 * Lays a {@link Chart} out on a page of {@link #WIDTH} × {@link #HEIGHT} chart pixels and paints it on a
 * {@link Canvas}: title and subtitle on top, the plot with grid and axes, the legend below. The layout uses only the
 * chart and {@link TextMetrics}, so it is the same on every machine.
 */
final class ChartPainter {
    static final int WIDTH = 1000;
    static final int HEIGHT = 640;

    private static final double PAD = 24;
    private static final double TITLE = 22;
    private static final double SUBTITLE = 15;
    private static final double AXIS_TITLE = 16;
    private static final double TICK_LABEL = 14;
    private static final double LEGEND = 15;
    private static final double ANNOTATION = 14;
    private static final int INK = 0x222222;
    private static final int GREY = 0x555555;
    private static final int GRID = 0xE3E3E3;
    private static final double LINE_WIDTH = 2.5;

    private final Chart chart;
    private final Canvas canvas;
    private double left;
    private double right;
    private double top;
    private double bottom;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;

    private ChartPainter(Chart chart, Canvas canvas) {
        this.chart = chart;
        this.canvas = canvas;
    }

    static void paint(Chart chart, Canvas canvas) {
        new ChartPainter(chart, canvas).paint();
    }

    private void paint() {
        canvas.fillRect(0, 0, WIDTH, HEIGHT, 0xFFFFFF, 1);
        double y = PAD;
        for (String line : TextMetrics.wrap(chart.title(), TITLE, true, WIDTH - 2 * PAD)) {
            y += TITLE * 1.2;
            canvas.text(line, PAD, y, TITLE, true, INK, Anchor.START, false);
        }
        if (!chart.subtitle().isBlank()) {
            y += 4;
            for (String line : TextMetrics.wrap(chart.subtitle(), SUBTITLE, false, WIDTH - 2 * PAD)) {
                y += SUBTITLE * 1.3;
                canvas.text(line, PAD, y, SUBTITLE, false, GREY, Anchor.START, false);
            }
        }
        top = y + 22;

        List<Series> legendItems = chart.legend() ? chart.series().stream().filter(Series::inLegend).toList() : List.of();
        List<List<Series>> legendRows = legendRows(legendItems);
        double legendHeight = legendRows.isEmpty() ? 0 : legendRows.size() * LEGEND * 1.7 + 8;

        fitRanges();
        List<Tick> yTicks = ticks(chart.y(), yMin, yMax, 6);
        double yLabelWidth = 0;
        for (Tick t : yTicks) {
            yLabelWidth = Math.max(yLabelWidth, TextMetrics.width(t.label(), TICK_LABEL, false));
        }
        left = PAD + AXIS_TITLE * 1.4 + yLabelWidth + 14;
        right = WIDTH - PAD - 10;
        double xTitleBaseline = HEIGHT - PAD - legendHeight;
        bottom = xTitleBaseline - AXIS_TITLE - 34;
        if (chart.series().stream().anyMatch(s -> s.kind().isMap())) {
            equalScales();
            yTicks = ticks(chart.y(), yMin, yMax, 6);
        }
        List<Tick> xTicks = ticks(chart.x(), xMin, xMax, xTickTarget());

        drawGridAndAxes(xTicks, yTicks);
        canvas.clip(left, top, right - left, bottom - top);
        for (Series s : chart.series()) {
            drawSeries(s);
        }
        for (Annotation a : chart.annotations()) {
            if (Double.isFinite(a.x()) && Double.isFinite(a.y())) {
                canvas.text(a.text(), px(a.x()), py(a.y()) + ANNOTATION * 0.35, ANNOTATION, true, GREY, Anchor.MIDDLE,
                        false);
            }
        }
        canvas.unclip();
        // axis titles
        axisTitle(chart.x().title(), (left + right) / 2, xTitleBaseline, right - left, false);
        axisTitle(chart.y().title(), PAD + AXIS_TITLE, (top + bottom) / 2, bottom - top, true);
        drawLegend(legendRows, xTitleBaseline + 14);
    }

    /** An axis title centred on (x, y), made smaller (down to 12 px) and then shortened to fit {@code room}. */
    private void axisTitle(String text, double x, double y, double room, boolean vertical) {
        double size = AXIS_TITLE;
        while (size > 12 && TextMetrics.width(text, size, false) > room) {
            size -= 0.5;
        }
        String shown = text;
        while (shown.length() > 1 && TextMetrics.width(shown, size, false) > room) {
            shown = shown.substring(0, shown.length() - 2) + "\u2026";
        }
        canvas.text(shown, x, y, size, false, INK, Anchor.MIDDLE, vertical);
    }

    private int xTickTarget() {
        return Math.max(3, (int) ((right - left) / 110));
    }

    private static List<Tick> ticks(Axis axis, double min, double max, int target) {
        if (!axis.ticks().isEmpty()) {
            return axis.ticks().stream().filter(t -> t.value() >= min - 1e-9 && t.value() <= max + 1e-9).toList();
        }
        return Ticks.nice(min, max, target, axis.wholeNumbers());
    }

    // ---- ranges -------------------------------------------------------------------------------------------------

    private void fitRanges() {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        boolean yFromZero = false;
        double barHalf = 0;
        for (Series s : chart.series()) {
            switch (s.kind()) {
                case VERTICAL_MARKER -> addAll(xs, s.x());
                case HORIZONTAL_MARKER -> addAll(ys, s.y());
                case BAND -> {
                    addAll(xs, s.x());
                    addAll(ys, s.low());
                    addAll(ys, s.high());
                }
                case ERROR_BAR -> {
                    addAll(xs, s.x());
                    addAll(ys, s.y());
                    addAll(ys, s.low());
                    addAll(ys, s.high());
                }
                case BAR -> {
                    addAll(xs, s.x());
                    addAll(ys, s.y());
                    yFromZero = true;
                    barHalf = Math.max(barHalf, barWidth(s.x()) / 2);
                }
                case DENSITY -> {
                    addAll(xs, s.x());
                    addAll(ys, s.y());
                    yFromZero = true;
                }
                case TILE -> {
                    for (int i = 0; i < s.x().length; i++) {
                        addAll(xs, new double[] {s.x()[i] - 0.5, s.x()[i] + 0.5});
                        addAll(ys, new double[] {s.y()[i] - 0.5, s.y()[i] + 0.5});
                    }
                }
                default -> {
                    addAll(xs, s.x());
                    addAll(ys, s.y());
                }
            }
        }
        for (Annotation a : chart.annotations()) {
            xs.add(a.x());
            ys.add(a.y());
        }
        double[] xr = range(xs, false, chart.x().min(), chart.x().max(), barHalf);
        double[] yr = range(ys, yFromZero, chart.y().min(), chart.y().max(), 0);
        xMin = xr[0];
        xMax = xr[1];
        yMin = yr[0];
        yMax = yr[1];
    }

    /**
     * A map: one unit of x as long as one unit of y, by widening the range of the axis that has more pixels per unit
     * about its centre (axes with a fixed range are widened too: a map must not be stretched).
     */
    private void equalScales() {
        double w = right - left;
        double h = bottom - top;
        double perX = (xMax - xMin) / w;
        double perY = (yMax - yMin) / h;
        if (!(perX > 0) || !(perY > 0)) {
            return;
        }
        if (perX > perY) {
            double mid = (yMin + yMax) / 2;
            yMin = mid - perX * h / 2;
            yMax = mid + perX * h / 2;
        } else {
            double mid = (xMin + xMax) / 2;
            xMin = mid - perY * w / 2;
            xMax = mid + perY * w / 2;
        }
    }

    private static void addAll(List<Double> list, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                list.add(v);
            }
        }
    }

    private static double[] range(List<Double> values, boolean fromZero, double fixedMin, double fixedMax,
            double extra) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (fromZero) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            double half = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= half;
            hi += half;
        }
        double pad = 0.04 * (hi - lo);
        // an axis that starts at zero because of bars or densities starts exactly there
        double newLo = fromZero && lo == 0 ? 0 : lo - pad - extra;
        double newHi = fromZero && hi == 0 ? 0 : hi + pad + extra;
        return new double[] {Double.isFinite(fixedMin) ? fixedMin : newLo, Double.isFinite(fixedMax) ? fixedMax : newHi};
    }

    private static double barWidth(double[] x) {
        double[] s = Arrays.stream(x).filter(Double::isFinite).sorted().distinct().toArray();
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < s.length; i++) {
            gap = Math.min(gap, s[i] - s[i - 1]);
        }
        return 0.8 * (Double.isFinite(gap) ? gap : 1);
    }

    private double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * (right - left);
    }

    private double py(double y) {
        return bottom - (y - yMin) / (yMax - yMin) * (bottom - top);
    }

    // ---- frame --------------------------------------------------------------------------------------------------

    private void drawGridAndAxes(List<Tick> xTicks, List<Tick> yTicks) {
        for (Tick t : yTicks) {
            double y = py(t.value());
            canvas.line(left, y, right, y, GRID, 1, false);
            canvas.line(left - 5, y, left, y, INK, 1.2, false);
            canvas.text(t.label(), left - 9, y + TICK_LABEL * 0.35, TICK_LABEL, false, INK, Anchor.END, false);
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (Tick t : xTicks) {
            double x = px(t.value());
            canvas.line(x, top, x, bottom, GRID, 1, false);
            canvas.line(x, bottom, x, bottom + 5, INK, 1.2, false);
            double w = TextMetrics.width(t.label(), TICK_LABEL, false);
            if (x - w / 2 > lastEnd + 6) { // skip a category label that would overlap the previous one
                canvas.text(t.label(), x, bottom + 22, TICK_LABEL, false, INK, Anchor.MIDDLE, false);
                lastEnd = x + w / 2;
            }
        }
        if (chart.series().stream().noneMatch(s -> s.kind().isMap())) { // a map has no axes
            canvas.line(left, top, left, bottom, INK, 1.2, false);
            canvas.line(left, bottom, right, bottom, INK, 1.2, false);
        }
    }

    // ---- series -------------------------------------------------------------------------------------------------

    private void drawSeries(Series s) {
        int rgb = s.colour().rgb();
        double[] x = s.x();
        double[] y = s.y();
        switch (s.kind()) {
            case LINE -> drawLine(x, y, rgb, s.isDashed());
            case SCATTER -> {
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                        canvas.circle(px(x[i]), py(y[i]), 4.5, rgb, 0.8);
                    }
                }
            }
            case BAND -> drawBand(x, s.low(), s.high(), rgb);
            case BAR -> {
                double half = barWidth(x) / 2;
                double base = py(Math.max(yMin, Math.min(yMax, 0)));
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                        double x0 = px(x[i] - half);
                        double x1 = px(x[i] + half);
                        double yy = py(y[i]);
                        canvas.fillRect(x0, Math.min(yy, base), x1 - x0, Math.abs(base - yy), rgb, 0.85);
                    }
                }
            }
            case TILE -> {
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                        double x0 = px(x[i] - 0.46);
                        double x1 = px(x[i] + 0.46);
                        double y0 = py(y[i] + 0.46);
                        double y1 = py(y[i] - 0.46);
                        canvas.fillRect(x0, y0, x1 - x0, y1 - y0, rgb, 0.9);
                    }
                }
            }
            case POLYGON -> drawPolygons(x, y, rgb, s.isHatched());
            case DENSITY -> {
                double[] zero = new double[x.length];
                Arrays.fill(zero, Math.max(yMin, 0));
                drawBand(x, zero, y, rgb, 0.2);
                drawLine(x, y, rgb, s.isDashed());
            }
            case VERTICAL_MARKER -> {
                for (double v : x) {
                    if (Double.isFinite(v)) {
                        canvas.line(px(v), top, px(v), bottom, rgb, 2, s.isDashed());
                    }
                }
            }
            case HORIZONTAL_MARKER -> {
                for (double v : y) {
                    if (Double.isFinite(v)) {
                        canvas.line(left, py(v), right, py(v), rgb, 2, s.isDashed());
                    }
                }
            }
            case ERROR_BAR -> {
                double[] lo = s.low();
                double[] hi = s.high();
                for (int i = 0; i < x.length; i++) {
                    if (!Double.isFinite(x[i])) {
                        continue;
                    }
                    double cx = px(x[i]);
                    if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                        canvas.line(cx, py(lo[i]), cx, py(hi[i]), rgb, 2, s.isDashed());
                        canvas.line(cx - 7, py(lo[i]), cx + 7, py(lo[i]), rgb, 2, false);
                        canvas.line(cx - 7, py(hi[i]), cx + 7, py(hi[i]), rgb, 2, false);
                    }
                    if (Double.isFinite(y[i])) {
                        canvas.circle(cx, py(y[i]), 5.5, rgb, 1);
                    }
                }
            }
            default -> throw new IllegalStateException("unknown series kind " + s.kind());
        }
    }

    /** Rings separated by NaN, filled as one even-odd shape, each outlined in white. */
    private void drawPolygons(double[] x, double[] y, int rgb, boolean hatched) {
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= x.length; i++) {
            boolean ok = i < x.length && Double.isFinite(x[i]) && Double.isFinite(y[i]);
            if (ok) {
                run.add(new double[] {px(x[i]), py(y[i])});
            } else if (!run.isEmpty()) {
                if (run.size() >= 3) {
                    xs.add(run.stream().mapToDouble(p -> p[0]).toArray());
                    ys.add(run.stream().mapToDouble(p -> p[1]).toArray());
                }
                run.clear();
            }
        }
        if (xs.isEmpty()) {
            return;
        }
        canvas.fillRings(xs, ys, rgb, 0.9, hatched);
        for (int r = 0; r < xs.size(); r++) {
            double[] rx = Arrays.copyOf(xs.get(r), xs.get(r).length + 1);
            double[] ry = Arrays.copyOf(ys.get(r), ys.get(r).length + 1);
            rx[rx.length - 1] = rx[0];
            ry[ry.length - 1] = ry[0];
            canvas.polyline(rx, ry, 0xFFFFFF, 0.8, false);
        }
    }

    /** A polyline through the finite points; a NaN breaks it. */
    private void drawLine(double[] x, double[] y, int rgb, boolean dashed) {
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= x.length; i++) {
            boolean ok = i < x.length && Double.isFinite(x[i]) && Double.isFinite(y[i]);
            if (ok) {
                run.add(new double[] {px(x[i]), py(y[i])});
            } else if (!run.isEmpty()) {
                if (run.size() == 1) {
                    canvas.circle(run.get(0)[0], run.get(0)[1], 3, rgb, 1); // an isolated point stays visible
                } else {
                    canvas.polyline(run.stream().mapToDouble(p -> p[0]).toArray(),
                            run.stream().mapToDouble(p -> p[1]).toArray(), rgb, LINE_WIDTH, dashed);
                }
                run.clear();
            }
        }
    }

    private void drawBand(double[] x, double[] low, double[] high, int rgb) {
        drawBand(x, low, high, rgb, 0.25);
    }

    /** Filled area between low and high over each run of finite points. */
    private void drawBand(double[] x, double[] low, double[] high, int rgb, double opacity) {
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= x.length; i++) {
            boolean ok = i < x.length && Double.isFinite(x[i]) && Double.isFinite(low[i]) && Double.isFinite(high[i]);
            if (ok) {
                run.add(new double[] {px(x[i]), py(low[i]), py(high[i])});
            } else if (!run.isEmpty()) {
                int n = run.size();
                double[] xs = new double[2 * n];
                double[] ys = new double[2 * n];
                for (int k = 0; k < n; k++) {
                    xs[k] = run.get(k)[0];
                    ys[k] = run.get(k)[2];
                    xs[2 * n - 1 - k] = run.get(k)[0];
                    ys[2 * n - 1 - k] = run.get(k)[1];
                }
                canvas.fillPolygon(xs, ys, rgb, opacity);
                run.clear();
            }
        }
    }

    // ---- legend -------------------------------------------------------------------------------------------------

    private static final double SWATCH = 30;

    private static double itemWidth(Series s) {
        return SWATCH + 8 + TextMetrics.width(s.name(), LEGEND, false) + 26;
    }

    private static List<List<Series>> legendRows(List<Series> items) {
        List<List<Series>> rows = new ArrayList<>();
        List<Series> row = new ArrayList<>();
        double used = 0;
        for (Series s : items) {
            double w = itemWidth(s);
            if (!row.isEmpty() && used + w > WIDTH - 2 * PAD) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(s);
            used += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private void drawLegend(List<List<Series>> rows, double y0) {
        double y = y0;
        for (List<Series> row : rows) {
            double total = row.stream().mapToDouble(ChartPainter::itemWidth).sum() - 26;
            double x = Math.max(PAD, (WIDTH - total) / 2);
            double mid = y + LEGEND * 0.85;
            for (Series s : row) {
                swatch(s, x, mid);
                canvas.text(s.name(), x + SWATCH + 8, mid + LEGEND * 0.35, LEGEND, false, INK, Anchor.START, false);
                x += itemWidth(s);
            }
            y += LEGEND * 1.7;
        }
    }

    private void swatch(Series s, double x, double mid) {
        int rgb = s.colour().rgb();
        switch (s.kind()) {
            case SCATTER -> canvas.circle(x + SWATCH / 2, mid, 5, rgb, 0.8);
            case BAND -> canvas.fillRect(x, mid - 7, SWATCH, 14, rgb, 0.25);
            case BAR -> canvas.fillRect(x, mid - 7, SWATCH, 14, rgb, 0.85);
            case TILE -> canvas.fillRect(x, mid - 7, SWATCH, 14, rgb, 0.9);
            case POLYGON -> canvas.fillRings(List.of(new double[] {x, x + SWATCH, x + SWATCH, x}),
                    List.of(new double[] {mid - 7, mid - 7, mid + 7, mid + 7}), rgb, 0.9, s.isHatched());
            case DENSITY -> {
                canvas.fillRect(x, mid - 7, SWATCH, 14, rgb, 0.2);
                canvas.line(x, mid - 7, x + SWATCH, mid - 7, rgb, LINE_WIDTH, s.isDashed());
            }
            case ERROR_BAR -> {
                canvas.line(x + SWATCH / 2, mid - 8, x + SWATCH / 2, mid + 8, rgb, 2, s.isDashed());
                canvas.circle(x + SWATCH / 2, mid, 5, rgb, 1);
            }
            case VERTICAL_MARKER, HORIZONTAL_MARKER -> canvas.line(x, mid, x + SWATCH, mid, rgb, 2, s.isDashed());
            default -> canvas.line(x, mid, x + SWATCH, mid, rgb, LINE_WIDTH, s.isDashed());
        }
    }
}
