package org.carbonlab.core.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A renderer-neutral chart: what to draw, not how. The headless renderer in
 * {@code org.carbonlab.core.chart.render} writes it as PNG and SVG for batch reports; the desktop draws the same
 * description with SWTChart. Series are drawn in order (later ones on top); the legend lists the series that have a
 * name, in order. Immutable; build one with {@link #builder(String, String)}.
 *
 * @param id a file-name-safe identifier, unique among the charts of one result ({@code scores_over_time}); report
 *        files are named {@code <analysis>-<id>.png}
 * @param title the heading
 * @param subtitle a line under the heading (sample, method, what the band is), or empty
 * @param x the horizontal axis
 * @param y the vertical axis
 * @param series the data, every one with a colour
 * @param annotations texts at data coordinates
 * @param legend whether to draw the legend
 */
public record Chart(String id, String title, String subtitle, Axis x, Axis y, List<Series> series,
        List<Annotation> annotations, boolean legend) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    public Chart {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id '" + id + "' is not a file-name-safe identifier");
        }
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        Objects.requireNonNull(x, "x axis");
        Objects.requireNonNull(y, "y axis");
        List<Series> coloured = new ArrayList<>();
        int auto = 0;
        for (Series s : series) {
            coloured.add(s.colour() != null ? s : s.colour(Palette.automatic(auto++)));
        }
        series = List.copyOf(coloured);
        annotations = List.copyOf(annotations);
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Collects a chart's parts; series without a colour get the palette's colours in the order they are added. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String subtitle = "";
        private Axis x = Axis.of("x", null);
        private Axis y = Axis.of("y", null);
        private final List<Series> series = new ArrayList<>();
        private final List<Annotation> annotations = new ArrayList<>();
        private boolean legend = true;

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder subtitle(String text) {
            this.subtitle = text;
            return this;
        }

        public Builder x(Axis axis) {
            this.x = axis;
            return this;
        }

        public Builder y(Axis axis) {
            this.y = axis;
            return this;
        }

        public Builder add(Series s) {
            series.add(Objects.requireNonNull(s));
            return this;
        }

        public Builder annotate(double atX, double atY, String text) {
            annotations.add(new Annotation(atX, atY, text));
            return this;
        }

        public Builder legend(boolean show) {
            this.legend = show;
            return this;
        }

        public Chart build() {
            return new Chart(id, title, subtitle, x, y, series, annotations, legend);
        }
    }
}
