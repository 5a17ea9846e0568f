package org.carbonlab.core.chart;

/**
 * How a {@link Series} is drawn. Every renderer (the headless PNG/SVG one in core, SWTChart in the desktop) draws a
 * kind the same way; the opacities named here are part of the description.
 */
public enum SeriesKind {
    /** A polyline through (x, y) in the order given; a NaN y breaks the line. */
    LINE,
    /** One filled circle per (x, y), 80 % opaque so that overlapping points stay visible. */
    SCATTER,
    /** The area between {@code low} and {@code high} over x (e.g. an interquartile range), 25 % opaque, no outline. */
    BAND,
    /** One bar per x from zero to y, 85 % opaque; its width is 80 % of the smallest gap between x values. */
    BAR,
    /** A density curve over the grid x: a line with the area under it filled 20 % opaque. */
    DENSITY,
    /** A vertical line across the plot at each x (a turning point, an estimate, a reference period). */
    VERTICAL_MARKER,
    /** A horizontal line across the plot at each y (zero, a mean). */
    HORIZONTAL_MARKER,
    /** A point at (x, y) with a whisker from {@code low} to {@code high} (a confidence interval). */
    ERROR_BAR,
    /** One unit square per point, centred on (x, y): a tile-grid map's cells, one series per class. */
    TILE,
    /**
     * Filled polygons (a choropleth map's units of one class): x and y are the vertices of the rings, one ring after
     * another with a NaN between them; drawn 90 % opaque under the even-odd rule (a ring inside another is a hole)
     * with thin white borders. A {@linkplain Series#hatched() hatched} series is drawn light grey with dark diagonal
     * hatching (units without data).
     */
    POLYGON;

    /**
     * Whether a chart with a series of this kind is a map: its renderer draws one unit of x as long as one unit of
     * y (the data are projected coordinates), widening the range of the axis that would otherwise be stretched.
     */
    public boolean isMap() {
        return this == TILE || this == POLYGON;
    }
}
