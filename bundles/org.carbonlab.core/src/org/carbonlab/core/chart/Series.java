package org.carbonlab.core.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One data series of a {@link Chart}: a {@link SeriesKind}, the name the legend shows, and name-free numbers. Which
 * arrays a kind uses:
 * <ul>
 * <li>{@code LINE}, {@code SCATTER}, {@code BAR}, {@code DENSITY}: x and y;</li>
 * <li>{@code BAND}: x, low and high;</li>
 * <li>{@code ERROR_BAR}: x, y (the point), low and high (the whisker);</li>
 * <li>{@code VERTICAL_MARKER}: x (one line per value); {@code HORIZONTAL_MARKER}: y.</li>
 * </ul>
 * Missing values are NaN and are skipped. Immutable: the factories copy the arrays and the accessors return copies.
 * Without an explicit colour the chart gives the series the next {@link Palette} colour.
 */
public final class Series {
    private static final double[] NONE = new double[0];

    private final SeriesKind kind;
    private final String name;
    private final double[] x;
    private final double[] y;
    private final double[] low;
    private final double[] high;
    private final Palette colour;
    private final boolean dashed;
    private final boolean inLegend;
    private final boolean hatched;

    private Series(SeriesKind kind, String name, double[] x, double[] y, double[] low, double[] high, Palette colour,
            boolean dashed, boolean inLegend) {
        this(kind, name, x, y, low, high, colour, dashed, inLegend, false);
    }

    private Series(SeriesKind kind, String name, double[] x, double[] y, double[] low, double[] high, Palette colour,
            boolean dashed, boolean inLegend, boolean hatched) {
        this.kind = Objects.requireNonNull(kind);
        this.name = name == null ? "" : name;
        this.x = x;
        this.y = y;
        this.low = low;
        this.high = high;
        this.colour = colour;
        this.dashed = dashed;
        this.inLegend = inLegend && !this.name.isEmpty();
        this.hatched = hatched;
    }

    private static Series of(SeriesKind kind, String name, double[] x, double[] y, double[] low, double[] high) {
        return new Series(kind, name, x.clone(), y.clone(), low.clone(), high.clone(), null,
                kind == SeriesKind.VERTICAL_MARKER || kind == SeriesKind.HORIZONTAL_MARKER, true);
    }

    private static void sameLength(double[] x, double[]... others) {
        for (double[] o : others) {
            if (o.length != x.length) {
                throw new IllegalArgumentException("series arrays differ in length: " + x.length + " and " + o.length);
            }
        }
    }

    public static Series line(String name, double[] x, double[] y) {
        sameLength(x, y);
        return of(SeriesKind.LINE, name, x, y, NONE, NONE);
    }

    public static Series scatter(String name, double[] x, double[] y) {
        sameLength(x, y);
        return of(SeriesKind.SCATTER, name, x, y, NONE, NONE);
    }

    public static Series band(String name, double[] x, double[] low, double[] high) {
        sameLength(x, low, high);
        return of(SeriesKind.BAND, name, x, NONE, low, high);
    }

    public static Series bar(String name, double[] x, double[] y) {
        sameLength(x, y);
        return of(SeriesKind.BAR, name, x, y, NONE, NONE);
    }

    /** A density curve already evaluated on the grid x (see {@link ChartData#kernelDensity}). */
    public static Series density(String name, double[] x, double[] y) {
        sameLength(x, y);
        return of(SeriesKind.DENSITY, name, x, y, NONE, NONE);
    }

    /** Vertical lines at the given x values; dashed unless {@link #solid()} is asked for. */
    public static Series verticalMarker(String name, double... x) {
        return of(SeriesKind.VERTICAL_MARKER, name, x, NONE, NONE, NONE);
    }

    /** Horizontal lines at the given y values; dashed unless {@link #solid()} is asked for. */
    public static Series horizontalMarker(String name, double... y) {
        return of(SeriesKind.HORIZONTAL_MARKER, name, NONE, y, NONE, NONE);
    }

    /** Unit squares centred on the points (a tile-grid map's cells of one class). */
    public static Series tiles(String name, double[] x, double[] y) {
        sameLength(x, y);
        return of(SeriesKind.TILE, name, x, y, NONE, NONE);
    }

    /**
     * Filled polygons: the rings' vertices in x and y, rings separated by NaN (see {@link SeriesKind#POLYGON}); a
     * choropleth map's units of one class.
     */
    public static Series polygons(String name, double[] x, double[] y) {
        sameLength(x, y);
        return of(SeriesKind.POLYGON, name, x, y, NONE, NONE);
    }

    public static Series errorBars(String name, double[] x, double[] y, double[] low, double[] high) {
        sameLength(x, y, low, high);
        return of(SeriesKind.ERROR_BAR, name, x, y, low, high);
    }

    /** This series in the given colour. */
    public Series colour(Palette newColour) {
        return new Series(kind, name, x, y, low, high, Objects.requireNonNull(newColour), dashed, inLegend, hatched);
    }

    /** This series drawn with a dashed line (lines, densities, markers, whiskers). */
    public Series dashed() {
        return new Series(kind, name, x, y, low, high, colour, true, inLegend, hatched);
    }

    /** This series drawn with a solid line. */
    public Series solid() {
        return new Series(kind, name, x, y, low, high, colour, false, inLegend, hatched);
    }

    /** This series left out of the legend (e.g. a reference line at zero). */
    public Series hiddenFromLegend() {
        return new Series(kind, name, x, y, low, high, colour, dashed, false, hatched);
    }

    /** This series hatched: for polygons, units without data (light grey with diagonal lines, whatever the colour). */
    public Series hatched() {
        return new Series(kind, name, x, y, low, high, colour, dashed, inLegend, true);
    }

    public boolean isHatched() {
        return hatched;
    }

    public SeriesKind kind() {
        return kind;
    }

    /** The legend text; empty for a series without a legend entry. */
    public String name() {
        return name;
    }

    public double[] x() {
        return x.clone();
    }

    public double[] y() {
        return y.clone();
    }

    public double[] low() {
        return low.clone();
    }

    public double[] high() {
        return high.clone();
    }

    /** The colour; never null once the series is part of a {@link Chart}. */
    public Palette colour() {
        return colour;
    }

    public boolean isDashed() {
        return dashed;
    }

    public boolean inLegend() {
        return inLegend;
    }

    /** Number of points (of x, or of y for a horizontal marker). */
    public int size() {
        return kind == SeriesKind.HORIZONTAL_MARKER ? y.length : x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && kind == s.kind && name.equals(s.name) && Arrays.equals(x, s.x)
                && Arrays.equals(y, s.y) && Arrays.equals(low, s.low) && Arrays.equals(high, s.high)
                && colour == s.colour && dashed == s.dashed && inLegend == s.inLegend && hatched == s.hatched;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, Arrays.hashCode(x), Arrays.hashCode(y), colour);
    }

    @Override
    public String toString() {
        return kind + " '" + name + "' (" + size() + " points)";
    }
}
