package org.carbonlab.core.formula;

import java.util.List;

/**
 * One absorbed factor of a {@link ModelFrame}: its label as written ({@code entity},
 * {@code province^year}), the level code (0..levels−1) of every row used, and the level names
 * (codes in order of first appearance in the rows used; a combination's name joins its parts
 * with '_', e.g. {@code Hubei_2005}).
 */
public final class AbsorbedFactor {
    private final String label;
    private final int[] codes;
    private final List<String> levels;

    AbsorbedFactor(String label, int[] codes, List<String> levels) {
        this.label = label;
        this.codes = codes;
        this.levels = List.copyOf(levels);
    }

    public String label() {
        return label;
    }

    /** The level code of every row used (a copy). */
    public int[] codes() {
        return codes.clone();
    }

    /** Level names, by code. */
    public List<String> levels() {
        return levels;
    }

    public int nLevels() {
        return levels.size();
    }

    @Override
    public String toString() {
        return label + " (" + levels.size() + " levels)";
    }
}
