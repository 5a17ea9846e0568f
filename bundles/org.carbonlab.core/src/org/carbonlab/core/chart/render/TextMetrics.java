package org.carbonlab.core.chart.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate text widths for layout. Layout must not depend on the fonts installed (the SVG must be the same bytes on
 * every machine), so widths come from average glyph widths of a sans-serif face rather than from font metrics; the
 * margins leave room for the difference.
 */
final class TextMetrics {
    private TextMetrics() {
    }

    static double width(String s, double size, boolean bold) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x2E80) {
                w += 1.0; // CJK ideographs are square
            } else if ("il.,:;'|!() ".indexOf(c) >= 0) {
                w += 0.32;
            } else if ("mwMW@%".indexOf(c) >= 0) {
                w += 0.9;
            } else if (Character.isUpperCase(c)) {
                w += 0.68;
            } else {
                w += 0.56;
            }
        }
        return w * size * (bold ? 1.07 : 1.0);
    }

    /** Splits {@code text} into lines no wider than {@code max} (a single long word stays on its own line). */
    static List<String> wrap(String text, double size, boolean bold, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, size, bold) > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
