package org.carbonlab.core.chart.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carbonlab.core.chart.Tick;

/** Round-number axis ticks (steps of 1, 2 or 5 times a power of ten) and their labels. */
final class Ticks {
    private Ticks() {
    }

    static List<Tick> nice(double min, double max, int target, boolean wholeNumbers) {
        double span = max - min;
        double raw = span / Math.max(1, target);
        int exponent = (int) Math.floor(Math.log10(raw));
        double magnitude = Math.pow(10, exponent);
        double m = raw / magnitude;
        double mult = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
        if (mult == 10) {
            mult = 1;
            exponent++;
            magnitude *= 10;
        }
        double step = mult * magnitude;
        if (wholeNumbers && step < 1) {
            step = 1;
            exponent = 0;
        }
        int decimals = Math.max(0, -exponent);
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        for (long k = first; k * step <= max + step * 1e-9; k++) {
            double v = k * step;
            ticks.add(new Tick(v, format(v, decimals)));
            if (ticks.size() > 100) {
                break; // a degenerate range; never more ticks than can be drawn
            }
        }
        return ticks;
    }

    static String format(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
