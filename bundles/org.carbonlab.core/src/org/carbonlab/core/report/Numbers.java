package org.carbonlab.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for human-readable reports (JSON keeps full precision instead). */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Three decimals, or three significant digits for small magnitudes (like esttab's "a3"),
     * so 0.000123 does not print as 0.000.
     */
    public static String auto(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        double a = Math.abs(x);
        if (a == 0 || a >= 0.1) {
            return String.format(Locale.ROOT, "%.3f", x);
        }
        if (a < 1e-6) {
            return String.format(Locale.ROOT, "%.3g", x);
        }
        return new BigDecimal(x).round(new MathContext(3)).toPlainString();
    }

    /** p-values: four decimals, "<0.0001" below. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** Stars at 10/5/1 %. */
    public static String stars(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : "";
    }

    /**
     * Stars for {@code p} at the given significance levels, most lenient first (e.g. 0.1, 0.05, 0.01): one star
     * per level that {@code p} is below.
     */
    public static String stars(double p, java.util.List<Double> levels) {
        if (Double.isNaN(p)) {
            return "";
        }
        int n = 0;
        for (double level : levels) {
            if (p < level) {
                n++;
            }
        }
        return "*".repeat(n);
    }

    /** Any statistic value as text. */
    public static String any(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return auto(d);
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        return v.toString();
    }
}
