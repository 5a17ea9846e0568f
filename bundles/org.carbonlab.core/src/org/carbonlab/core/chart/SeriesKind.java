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
    TILE
}
