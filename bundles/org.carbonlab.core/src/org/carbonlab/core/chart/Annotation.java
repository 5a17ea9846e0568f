package org.carbonlab.core.chart;

/**
 * A short text placed at a point given in data coordinates (quadrant names of a Moran scatter plot). The text is
 * centred on the point.
 */
public record Annotation(double x, double y, String text) {
    public Annotation {
        if (text == null) {
            throw new IllegalArgumentException("an annotation needs a text");
        }
    }
}
