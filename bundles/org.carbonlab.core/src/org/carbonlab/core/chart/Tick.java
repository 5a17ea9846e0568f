package org.carbonlab.core.chart;

/** A labelled position on an axis, for axes whose ticks are categories (effects, regions) rather than numbers. */
public record Tick(double value, String label) {
    public Tick {
        if (label == null) {
            throw new IllegalArgumentException("a tick needs a label");
        }
    }
}
