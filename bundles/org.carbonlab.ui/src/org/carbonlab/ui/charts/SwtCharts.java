package org.carbonlab.ui.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.chart.Annotation;
import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.SeriesKind;
import org.carbonlab.core.chart.Tick;
import org.carbonlab.core.io.AtomicFiles;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Draws core's renderer-neutral {@link Chart} descriptions with SWTChart, as the batch report's headless renderer
 * draws them: lines, scatters (70 % opaque points), densities (area filled), bars by SWTChart's series; bands (25 %
 * opaque), vertical and horizontal markers, error bars and annotations painted on the plot area in data coordinates;
 * axis titles with units, whole-number and category ticks, the Okabe–Ito colours of the description. Maps (tiles,
 * polygons with hatched no-data units) are painted on the plot area too, with one unit of x as long as one of y.
 */
public final class SwtCharts {
    /** Size of an exported PNG (the headless renderer's chart size × its PNG scale). */
    public static final int PNG_WIDTH = 1000;
    public static final int PNG_HEIGHT = 625;

    private static final String SUBTITLE = "org.carbonlab.ui.chart.subtitle";
    /** A map's axis ranges before {@link #equalScales}: x lower, x upper, y lower, y upper. */
    private static final String MAP_RANGES = "org.carbonlab.ui.chart.mapRanges";
    /** The no-data hatching of core's renderers (SvgCanvas): light grey ground, dark grey diagonals. */
    private static final int HATCH_BACKGROUND = 0xE6E6E6;
    private static final int HATCH_LINE = 0x6E6E6E;
    /** Opacity of map units and of their white borders, as core's headless renderer draws them (0.9 and 0.8). */
    private static final int MAP_ALPHA = 230;
    private static final int BORDER_ALPHA = 204;

    private SwtCharts() {
    }

    /** A new SWTChart widget showing {@code chart}. */
    public static org.eclipse.swtchart.Chart create(Composite parent, Chart chart) {
        org.eclipse.swtchart.Chart sw = new org.eclipse.swtchart.Chart(parent, SWT.NONE);
        sw.suspendUpdate(true);
        Color white = parent.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        Color black = parent.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        sw.setBackground(white);
        sw.setBackgroundInPlotArea(white);
        // on screen the subtitle goes into a wrapping label beside the widget (SWTChart clips long titles); the
        // exported PNG carries both (see writePng)
        sw.getTitle().setText(chart.title());
        sw.setData(SUBTITLE, chart.subtitle());
        sw.getTitle().setForeground(black);
        IAxis x = sw.getAxisSet().getXAxis(0);
        IAxis y = sw.getAxisSet().getYAxis(0);
        axis(x, chart.x(), black);
        axis(y, chart.y(), black);
        sw.getLegend().setVisible(chart.legend() && chart.series().stream().anyMatch(Series::inLegend));
        sw.getLegend().setPosition(SWT.BOTTOM);

        Set<String> ids = new HashSet<>();
        List<Series> behind = new ArrayList<>();
        List<Series> front = new ArrayList<>();
        List<Series> maps = new ArrayList<>();
        double[] xr = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        double[] yr = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (Series s : chart.series()) {
            Color colour = colour(parent, s.colour());
            switch (s.kind()) {
                case LINE, DENSITY, SCATTER -> {
                    // SWTChart joins every point: a NaN breaks the line into segments (one legend entry)
                    List<double[][]> parts = s.kind() == SeriesKind.SCATTER ? java.util.Collections.singletonList(finite(s.x(), s.y()))
                            : segments(s.x(), s.y());
                    boolean first = true;
                    for (double[][] part : parts) {
                        ILineSeries<?> ls = (ILineSeries<?>) sw.getSeriesSet().createSeries(SeriesType.LINE,
                                first ? id(ids, s) : id(ids, s.hiddenFromLegend()));
                        ls.setXSeries(part[0]);
                        ls.setYSeries(part[1]);
                        ls.setVisibleInLegend(first && s.inLegend());
                        ls.setAntialias(SWT.ON);
                        if (s.kind() == SeriesKind.SCATTER) {
                            ls.setLineStyle(LineStyle.NONE);
                            ls.setSymbolType(PlotSymbolType.CIRCLE);
                            ls.setSymbolSize(3);
                            ls.setSymbolColor(colour);
                        } else {
                            ls.setSymbolType(PlotSymbolType.NONE);
                            ls.setLineColor(colour);
                            ls.setLineWidth(2);
                            ls.setLineStyle(s.isDashed() ? LineStyle.DASH : LineStyle.SOLID);
                            ls.enableArea(s.kind() == SeriesKind.DENSITY);
                        }
                        first = false;
                    }
                    extend(xr, s.x());
                    extend(yr, s.y());
                }
                case BAR -> {
                    IBarSeries<?> bs = (IBarSeries<?>) sw.getSeriesSet().createSeries(SeriesType.BAR, id(ids, s));
                    bs.setXSeries(s.x());
                    bs.setYSeries(s.y());
                    bs.setBarColor(colour);
                    bs.setVisibleInLegend(s.inLegend());
                    extend(xr, s.x());
                    extend(yr, s.y());
                    extend(yr, new double[] { 0 });
                }
                case BAND -> {
                    behind.add(s);
                    legendOnly(sw, ids, s, colour);
                    extend(xr, s.x());
                    extend(yr, s.low());
                    extend(yr, s.high());
                }
                case ERROR_BAR -> {
                    front.add(s);
                    legendOnly(sw, ids, s, colour);
                    extend(xr, s.x());
                    extend(yr, s.low());
                    extend(yr, s.high());
                    extend(yr, s.y());
                }
                case VERTICAL_MARKER -> {
                    front.add(s);
                    legendOnly(sw, ids, s, colour);
                    extend(xr, s.x());
                }
                case HORIZONTAL_MARKER -> {
                    front.add(s);
                    legendOnly(sw, ids, s, colour);
                    extend(yr, s.y());
                }
                case TILE -> {
                    maps.add(s);
                    legendOnly(sw, ids, s, colour);
                    for (int i = 0; i < s.x().length; i++) {
                        extend(xr, new double[] { s.x()[i] - 0.5, s.x()[i] + 0.5 });
                        extend(yr, new double[] { s.y()[i] - 0.5, s.y()[i] + 0.5 });
                    }
                }
                case POLYGON -> {
                    maps.add(s);
                    legendOnly(sw, ids, s, colour);
                    extend(xr, s.x());
                    extend(yr, s.y());
                }
            }
        }
        boolean map = chart.series().stream().anyMatch(s -> s.kind().isMap());
        range(x, chart.x(), xr, 0.02);
        range(y, chart.y(), yr, map ? 0.02 : 0.05);
        if (map) {
            // a map keeps one unit of x as long as one unit of y whatever the widget's size (see equalScales)
            Range rx = x.getRange();
            Range ry = y.getRange();
            sw.setData(MAP_RANGES, new double[] { rx.lower, rx.upper, ry.lower, ry.upper });
            // map coordinates mean nothing to the reader: no tick marks (core's renderer draws none either)
            x.getTick().setVisible(false);
            y.getTick().setVisible(false);
            sw.getPlotArea().getControl().addListener(SWT.Resize, e -> equalScales(sw));
            sw.getPlotArea().addCustomPaintListener(new MapLayer(sw, maps));
        }
        sw.getPlotArea().addCustomPaintListener(new Layer(sw, behind, List.of(), true));
        sw.getPlotArea().addCustomPaintListener(new Layer(sw, front, chart.annotations(), false));
        sw.suspendUpdate(false);
        return sw;
    }

    /** Writes what the widget shows as a PNG of {@value #PNG_WIDTH} × {@value #PNG_HEIGHT} pixels, atomically. */
    public static ImageData writePng(org.eclipse.swtchart.Chart sw, Path file) throws IOException {
        Point old = sw.getSize();
        String title = sw.getTitle().getText();
        Object subtitle = sw.getData(SUBTITLE);
        Image image = new Image(sw.getDisplay(), PNG_WIDTH, PNG_HEIGHT);
        ImageData data;
        try {
            if (subtitle instanceof String sub && !sub.isBlank()) {
                sw.getTitle().setText(wrap(sw, title + "\n" + sub, PNG_WIDTH - 60));
            } else {
                sw.getTitle().setText(wrap(sw, title, PNG_WIDTH - 60));
            }
            sw.setSize(PNG_WIDTH, PNG_HEIGHT);
            sw.updateLayout();
            equalScales(sw);
            sw.renderOffscreenImage(image);
            data = image.getImageData();
        } finally {
            image.dispose();
            sw.getTitle().setText(title);
            sw.setSize(old);
            sw.updateLayout();
            equalScales(sw);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        loader.save(out, SWT.IMAGE_PNG);
        AtomicFiles.writeBytes(file, out.toByteArray());
        return data;
    }

    private static void axis(IAxis a, Axis spec, Color black) {
        a.getTitle().setText(spec.title());
        a.getTitle().setForeground(black);
        a.getTick().setForeground(black);
        a.getGrid().setStyle(LineStyle.NONE);
        if (!spec.ticks().isEmpty()) {
            a.getTick().setFormat(new TickFormat(spec.ticks(), false));
        } else if (spec.wholeNumbers()) {
            a.getTick().setFormat(new TickFormat(List.of(), true));
        }
    }

    private static void range(IAxis a, Axis spec, double[] data, double pad) {
        double lo = Double.isNaN(spec.min()) ? data[0] : spec.min();
        double hi = Double.isNaN(spec.max()) ? data[1] : spec.max();
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi <= lo) {
            hi = lo + 1;
            lo = lo - 1;
        }
        double margin = (hi - lo) * pad;
        a.setRange(new Range(Double.isNaN(spec.min()) ? lo - margin : lo, Double.isNaN(spec.max()) ? hi + margin : hi));
    }

    /**
     * A map: one unit of x as long as one unit of y on the plot area's current size, by widening about its centre
     * the axis that would otherwise be stretched (as core's headless renderer does). Not a map: nothing.
     */
    static void equalScales(org.eclipse.swtchart.Chart sw) {
        if (sw.isDisposed() || !(sw.getData(MAP_RANGES) instanceof double[] r)) {
            return;
        }
        Point size = sw.getPlotArea().getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        double xLo = r[0];
        double xHi = r[1];
        double yLo = r[2];
        double yHi = r[3];
        double perX = (xHi - xLo) / size.x;
        double perY = (yHi - yLo) / size.y;
        if (perX > perY) {
            double mid = (yLo + yHi) / 2;
            yLo = mid - perX * size.y / 2;
            yHi = mid + perX * size.y / 2;
        } else {
            double mid = (xLo + xHi) / 2;
            xLo = mid - perY * size.x / 2;
            xHi = mid + perY * size.x / 2;
        }
        sw.getAxisSet().getXAxis(0).setRange(new Range(xLo, xHi));
        sw.getAxisSet().getYAxis(0).setRange(new Range(yLo, yHi));
    }

    /** The points where both coordinates are numbers. */
    private static double[][] finite(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                out[0][k] = x[i];
                out[1][k++] = y[i];
            }
        }
        return out;
    }

    /** The runs of consecutive points where both coordinates are numbers (at least one run, maybe empty). */
    private static List<double[][]> segments(double[] x, double[] y) {
        List<double[][]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= x.length; i++) {
            boolean ok = i < x.length && Double.isFinite(x[i]) && Double.isFinite(y[i]);
            if (ok && start < 0) {
                start = i;
            } else if (!ok && start >= 0) {
                out.add(new double[][] { java.util.Arrays.copyOfRange(x, start, i), java.util.Arrays.copyOfRange(y, start, i) });
                start = -1;
            }
        }
        if (out.isEmpty()) {
            out.add(new double[][] { new double[0], new double[0] });
        }
        return out;
    }

    /** Breaks a text into lines no wider than {@code width} pixels in the chart title's font. */
    private static String wrap(org.eclipse.swtchart.Chart sw, String text, int width) {
        GC gc = new GC(sw);
        try {
            if (sw.getTitle().getFont() != null) {
                gc.setFont(sw.getTitle().getFont());
            }
            StringBuilder out = new StringBuilder();
            for (String paragraph : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (line.length() > 0 && gc.textExtent(candidate).x > width) {
                        out.append(line).append('\n');
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                out.append(line).append('\n');
            }
            return out.toString().strip();
        } finally {
            gc.dispose();
        }
    }

    private static void extend(double[] range, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                range[0] = Math.min(range[0], v);
                range[1] = Math.max(range[1], v);
            }
        }
    }

    /** A legend entry for a kind SWTChart does not draw itself (the drawing is a custom paint). */
    private static void legendOnly(org.eclipse.swtchart.Chart sw, Set<String> ids, Series s, Color colour) {
        if (!s.inLegend()) {
            return;
        }
        ILineSeries<?> ls = (ILineSeries<?>) sw.getSeriesSet().createSeries(SeriesType.LINE, id(ids, s));
        ls.setXSeries(new double[0]);
        ls.setYSeries(new double[0]);
        ls.setLineColor(s.isHatched() ? new Color(sw.getDisplay(), rgb(HATCH_LINE)) : colour);
        ls.setLineWidth(s.kind() == SeriesKind.BAND || s.kind().isMap() ? 8 : 2);
        ls.setLineStyle(s.isDashed() ? LineStyle.DASH : LineStyle.SOLID);
        ls.setSymbolType(PlotSymbolType.NONE);
    }

    /** SWTChart names series by id (the legend text): unique ids, the name where possible. */
    private static String id(Set<String> ids, Series s) {
        String base = s.name().isBlank() ? "series" : s.name();
        String id = base;
        for (int i = 2; !ids.add(id); i++) {
            id = s.inLegend() ? base + " (" + i + ")" : base + "#" + i;
        }
        return id;
    }

    static Color colour(Composite parent, Palette p) {
        int rgb = p == null ? 0 : p.rgb();
        return new Color(parent.getDisplay(), (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private static org.eclipse.swt.graphics.RGB rgb(int rgb) {
        return new org.eclipse.swt.graphics.RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /**
     * A map's units in data coordinates, behind everything else: tiles (unit squares, 92 % of a cell wide) and
     * polygons (rings filled under the even-odd rule, so that a ring inside another is a hole, with thin white
     * borders); a hatched series gets core's no-data hatching instead of its colour.
     */
    private static final class MapLayer implements ICustomPaintListener {
        private final org.eclipse.swtchart.Chart sw;
        private final List<Series> series;

        MapLayer(org.eclipse.swtchart.Chart sw, List<Series> series) {
            this.sw = sw;
            this.series = series;
        }

        @Override
        public boolean drawBehindSeries() {
            return true;
        }

        @Override
        public void paintControl(PaintEvent e) {
            GC gc = e.gc;
            IAxis xa = sw.getAxisSet().getXAxis(0);
            IAxis ya = sw.getAxisSet().getYAxis(0);
            gc.setAntialias(SWT.ON);
            gc.setLineStyle(SWT.LINE_SOLID);
            for (Series s : series) {
                Color c = colour(sw, s.colour());
                gc.setBackground(c);
                double[] x = s.x();
                double[] y = s.y();
                if (s.kind() == SeriesKind.TILE) {
                    gc.setAlpha(MAP_ALPHA);
                    for (int i = 0; i < x.length; i++) {
                        if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                            int x0 = xa.getPixelCoordinate(x[i] - 0.46);
                            int x1 = xa.getPixelCoordinate(x[i] + 0.46);
                            int y0 = ya.getPixelCoordinate(y[i] + 0.46);
                            int y1 = ya.getPixelCoordinate(y[i] - 0.46);
                            gc.fillRectangle(x0, y0, x1 - x0, y1 - y0);
                        }
                    }
                    gc.setAlpha(255);
                    continue;
                }
                org.eclipse.swt.graphics.Path path = rings(xa, ya, x, y);
                if (path == null) {
                    continue;
                }
                Image tile = null;
                org.eclipse.swt.graphics.Pattern hatch = null;
                try {
                    gc.setFillRule(SWT.FILL_EVEN_ODD);
                    if (s.isHatched()) {
                        tile = hatchTile();
                        hatch = new org.eclipse.swt.graphics.Pattern(sw.getDisplay(), tile);
                        gc.setBackgroundPattern(hatch);
                        gc.setAlpha(255);
                    } else {
                        gc.setAlpha(MAP_ALPHA);
                    }
                    gc.fillPath(path);
                    gc.setBackgroundPattern(null);
                    gc.setAlpha(BORDER_ALPHA);
                    gc.setLineWidth(1);
                    gc.setForeground(sw.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                    gc.drawPath(path);
                    gc.setAlpha(255);
                } finally {
                    path.dispose();
                    if (hatch != null) {
                        hatch.dispose();
                    }
                    if (tile != null) {
                        tile.dispose();
                    }
                }
            }
        }

        /** The rings (runs of at least three finite vertices between NaNs) as one closed path; null: none. */
        private org.eclipse.swt.graphics.Path rings(IAxis xa, IAxis ya, double[] x, double[] y) {
            org.eclipse.swt.graphics.Path path = new org.eclipse.swt.graphics.Path(sw.getDisplay());
            boolean any = false;
            int start = -1;
            for (int i = 0; i <= x.length; i++) {
                boolean ok = i < x.length && Double.isFinite(x[i]) && Double.isFinite(y[i]);
                if (ok && start < 0) {
                    start = i;
                } else if (!ok && start >= 0) {
                    if (i - start >= 3) {
                        path.moveTo(xa.getPixelCoordinate(x[start]), ya.getPixelCoordinate(y[start]));
                        for (int k = start + 1; k < i; k++) {
                            path.lineTo(xa.getPixelCoordinate(x[k]), ya.getPixelCoordinate(y[k]));
                        }
                        path.close();
                        any = true;
                    }
                    start = -1;
                }
            }
            if (!any) {
                path.dispose();
                return null;
            }
            return path;
        }

        /** The 8 × 8 pixel tile of the no-data hatching: a diagonal from bottom left, continued across the edges. */
        private Image hatchTile() {
            Image tile = new Image(sw.getDisplay(), 8, 8);
            GC t = new GC(tile);
            try {
                t.setBackground(new Color(sw.getDisplay(), rgb(HATCH_BACKGROUND)));
                t.fillRectangle(0, 0, 8, 8);
                t.setAntialias(SWT.ON);
                t.setForeground(new Color(sw.getDisplay(), rgb(HATCH_LINE)));
                t.setLineWidth(1);
                t.drawLine(0, 8, 8, 0);
                t.drawLine(-2, 2, 2, -2);
                t.drawLine(6, 10, 10, 6);
            } finally {
                t.dispose();
            }
            return tile;
        }
    }

    /** Bands (behind the series) or markers, error bars and annotations (in front), in data coordinates. */
    private static final class Layer implements ICustomPaintListener {
        private final org.eclipse.swtchart.Chart sw;
        private final List<Series> series;
        private final List<Annotation> annotations;
        private final boolean behind;

        Layer(org.eclipse.swtchart.Chart sw, List<Series> series, List<Annotation> annotations, boolean behind) {
            this.sw = sw;
            this.series = series;
            this.annotations = annotations;
            this.behind = behind;
        }

        @Override
        public boolean drawBehindSeries() {
            return behind;
        }

        @Override
        public void paintControl(PaintEvent e) {
            GC gc = e.gc;
            IAxis xa = sw.getAxisSet().getXAxis(0);
            IAxis ya = sw.getAxisSet().getYAxis(0);
            Point size = sw.getPlotArea().getSize();
            gc.setAntialias(SWT.ON);
            for (Series s : series) {
                Color c = colour(sw, s.colour());
                gc.setForeground(c);
                gc.setBackground(c);
                gc.setLineWidth(s.kind() == SeriesKind.ERROR_BAR ? 2 : 1);
                gc.setLineStyle(s.isDashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
                double[] x = s.x();
                switch (s.kind()) {
                    case BAND -> {
                        double[] lo = s.low();
                        double[] hi = s.high();
                        List<Integer> up = new ArrayList<>();
                        List<Integer> down = new ArrayList<>();
                        for (int i = 0; i < x.length; i++) {
                            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                                up.add(xa.getPixelCoordinate(x[i]));
                                up.add(ya.getPixelCoordinate(hi[i]));
                                down.add(0, ya.getPixelCoordinate(lo[i]));
                                down.add(0, xa.getPixelCoordinate(x[i]));
                            }
                        }
                        up.addAll(down);
                        gc.setAlpha(64);
                        gc.fillPolygon(up.stream().mapToInt(Integer::intValue).toArray());
                        gc.setAlpha(255);
                    }
                    case VERTICAL_MARKER -> {
                        gc.setLineWidth(2);
                        for (double v : x) {
                            int px = xa.getPixelCoordinate(v);
                            gc.drawLine(px, 0, px, size.y);
                        }
                    }
                    case HORIZONTAL_MARKER -> {
                        for (double v : s.y()) {
                            int py = ya.getPixelCoordinate(v);
                            gc.drawLine(0, py, size.x, py);
                        }
                    }
                    case ERROR_BAR -> {
                        double[] y = s.y();
                        double[] lo = s.low();
                        double[] hi = s.high();
                        for (int i = 0; i < x.length; i++) {
                            int px = xa.getPixelCoordinate(x[i]);
                            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                                int p1 = ya.getPixelCoordinate(lo[i]);
                                int p2 = ya.getPixelCoordinate(hi[i]);
                                gc.drawLine(px, p1, px, p2);
                                gc.drawLine(px - 4, p1, px + 4, p1);
                                gc.drawLine(px - 4, p2, px + 4, p2);
                            }
                            if (Double.isFinite(y[i])) {
                                int py = ya.getPixelCoordinate(y[i]);
                                gc.fillOval(px - 4, py - 4, 8, 8);
                            }
                        }
                    }
                    default -> {
                        // lines, scatters, densities and bars are SWTChart's series; map units are the MapLayer's
                    }
                }
            }
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setForeground(sw.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            for (Annotation a : annotations) {
                Point extent = gc.textExtent(a.text());
                gc.drawText(a.text(), xa.getPixelCoordinate(a.x()) - extent.x / 2,
                        ya.getPixelCoordinate(a.y()) - extent.y / 2, true);
            }
        }
    }

    /** Tick labels: the category label at a tick's value, or whole numbers only (years). */
    private static final class TickFormat extends Format {
        private static final long serialVersionUID = 1L;
        private final List<Tick> ticks;
        private final boolean wholeNumbers;

        TickFormat(List<Tick> ticks, boolean wholeNumbers) {
            this.ticks = ticks;
            this.wholeNumbers = wholeNumbers;
        }

        @Override
        public StringBuffer format(Object obj, StringBuffer to, FieldPosition pos) {
            double v = ((Number) obj).doubleValue();
            if (!ticks.isEmpty()) {
                for (Tick t : ticks) {
                    if (Math.abs(t.value() - v) <= 1e-9 * (1 + Math.abs(v))) {
                        return to.append(t.label());
                    }
                }
                return to;
            }
            if (wholeNumbers) {
                return Math.abs(v - Math.rint(v)) < 1e-9 ? to.append((long) Math.rint(v)) : to;
            }
            return to.append(v);
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            return null;
        }
    }
}
