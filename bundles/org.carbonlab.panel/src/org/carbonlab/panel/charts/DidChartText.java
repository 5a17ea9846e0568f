package org.carbonlab.panel.charts;

import java.util.Locale;

import org.carbonlab.core.result.Result;

/** Texts the DID charts share: the outcome named by the formula, the confidence level, numbers as printed. */
final class DidChartText {
    private DidChartText() {
    }

    /** The left-hand side of the {@code formula} parameter ("ln_gtfp"), or "the outcome". */
    static String outcome(Result result) {
        Object f = result.parameters().get("formula");
        if (f != null) {
            String s = String.valueOf(f);
            int tilde = s.indexOf('~');
            if (tilde > 0 && !s.substring(0, tilde).isBlank()) {
                return s.substring(0, tilde).strip();
            }
        }
        return "the outcome";
    }

    /** The {@code level} parameter (default 0.95). */
    static double level(Result result) {
        Object level = result.parameters().get("level");
        if (level instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return level == null ? 0.95 : Double.parseDouble(String.valueOf(level));
        } catch (NumberFormatException e) {
            return 0.95;
        }
    }

    static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * level);
    }

    /** A p-value as papers print it: three decimals, "< 0.001" below. */
    static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p);
    }
}
