package org.carbonlab.core.data;

/**
 * The rules for single cells shared by the readers and {@link PanelFrame}: missing markers,
 * numbers and whole numbers (see the package documentation).
 */
public final class Cells {
    private Cells() {
    }

    /**
     * The cell as the frame stores it: trimmed, or {@code null} when it is missing (empty,
     * {@code NA}, {@code .} or {@code .a}–{@code .z}).
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.strip();
        return isMissingMarker(t) ? null : t;
    }

    /** True for an already trimmed cell that denotes a missing value. */
    public static boolean isMissingMarker(String t) {
        if (t.isEmpty() || t.equals("NA") || t.equals(".")) {
            return true;
        }
        return t.length() == 2 && t.charAt(0) == '.' && t.charAt(1) >= 'a' && t.charAt(1) <= 'z';
    }

    /** True if the trimmed text is a number in the accepted syntax (or TRUE/FALSE). */
    public static boolean isNumber(String t) {
        return !Double.isNaN(parseNumber(t));
    }

    /**
     * The value of a trimmed, non-missing cell, or NaN when it is not a number. Accepted:
     * {@code [+-]digits[.digits][(e|E)[+-]digits]}, a leading or trailing '.', and TRUE/FALSE
     * (1/0). Values that overflow a double are not numbers.
     */
    public static double parseNumber(String t) {
        if (t == null) {
            return Double.NaN;
        }
        int n = t.length();
        if (n == 0) {
            return Double.NaN;
        }
        if (n == 4 && t.equalsIgnoreCase("true")) {
            return 1.0;
        }
        if (n == 5 && t.equalsIgnoreCase("false")) {
            return 0.0;
        }
        int i = 0;
        char c = t.charAt(0);
        if (c == '+' || c == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        double v = Double.parseDouble(t);
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    /**
     * The whole number a trimmed cell holds ({@code 2005}, {@code 2005.0}, {@code 2.005e3}), or
     * {@code null} if it is not a number with an integral value within ±2^53.
     */
    public static Long parseWholeNumber(String t) {
        if (t == null || t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return null;
        }
        double v = parseNumber(t);
        if (Double.isNaN(v) || v != Math.rint(v) || Math.abs(v) > 9.007199254740992E15) {
            return null;
        }
        return (long) v;
    }

    /** Shortest text that reads back as the same double; integral values without ".0". */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
