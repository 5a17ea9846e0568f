package org.carbonlab.core.chart;

import java.util.List;

/**
 * One axis: its label, the unit of its values (shown as "label (unit)"), an optional fixed range and optional
 * explicit ticks. Without a range the renderer fits the data; without ticks it chooses round numbers.
 *
 * @param label what the values are ("Efficiency score"); never null
 * @param unit their unit ("score, 0–1", "Mt CO2"), or null when they have none
 * @param min the lower end, or NaN to fit the data
 * @param max the upper end, or NaN to fit the data
 * @param ticks explicit ticks (categories), or empty for automatic numeric ticks
 * @param wholeNumbers whether automatic ticks must be whole numbers (years, counts)
 */
public record Axis(String label, String unit, double min, double max, List<Tick> ticks, boolean wholeNumbers) {
    public Axis {
        if (label == null) {
            throw new IllegalArgumentException("an axis needs a label");
        }
        ticks = List.copyOf(ticks);
    }

    /** A numeric axis fitted to the data. */
    public static Axis of(String label, String unit) {
        return new Axis(label, unit, Double.NaN, Double.NaN, List.of(), false);
    }

    /** An axis of periods (years): whole-number ticks. */
    public static Axis periods(String label) {
        return new Axis(label, null, Double.NaN, Double.NaN, List.of(), true);
    }

    /** This axis with a fixed range; NaN for an end keeps that end fitted to the data. */
    public Axis range(double newMin, double newMax) {
        return new Axis(label, unit, newMin, newMax, ticks, wholeNumbers);
    }

    /** This axis with explicit (category) ticks. */
    public Axis ticks(List<Tick> newTicks) {
        return new Axis(label, unit, min, max, newTicks, wholeNumbers);
    }

    /** The label with the unit in parentheses, as printed. */
    public String title() {
        return unit == null || unit.isBlank() ? label : label + " (" + unit + ")";
    }
}
