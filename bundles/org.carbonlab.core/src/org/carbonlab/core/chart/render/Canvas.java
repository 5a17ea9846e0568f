package org.carbonlab.core.chart.render;

/**
 * The drawing operations {@link ChartPainter} needs, in chart pixels (origin top left). Implemented once for SVG text and
 * once for Java2D, so both files of a chart come from one layout.
 */
interface Canvas {
    /** Where a text's reference point is: its start, centre or end. */
    enum Anchor {
        START, MIDDLE, END
    }

    void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, int rgb, double width, boolean dashed);

    void fillPolygon(double[] xs, double[] ys, int rgb, double opacity);

    /**
     * Fills closed rings as one shape under the even-odd rule (a ring inside another is a hole); {@code hatched}
     * fills light grey with dark diagonal lines instead of {@code rgb} (a map's units without data).
     */
    void fillRings(java.util.List<double[]> xs, java.util.List<double[]> ys, int rgb, double opacity, boolean hatched);

    void fillRect(double x, double y, double w, double h, int rgb, double opacity);

    void circle(double cx, double cy, double r, int rgb, double opacity);

    /** Text with its baseline at y; {@code vertical} turns it 90° counter-clockwise about (x, y). */
    void text(String s, double x, double y, double size, boolean bold, int rgb, Anchor anchor, boolean vertical);

    /** Restricts the following drawing to a rectangle, until {@link #unclip()}. */
    void clip(double x, double y, double w, double h);

    void unclip();
}
