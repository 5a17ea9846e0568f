package org.carbonlab.core.data;

/**
 * Plain decimal numbers read straight from a CSV file's bytes, without a String per cell. Only the
 * common case is handled here: at most 15 significant digits and a decimal exponent within ±22, where
 * one correctly rounded multiplication or division of two exactly representable doubles gives the
 * correctly rounded value (Clinger's fast path), so the result is bit for bit what
 * {@link Double#parseDouble} returns. Anything else (more digits, large exponents, TRUE/FALSE, text)
 * is left to {@link Cells#parseNumber} by the caller.
 */
final class CsvNumbers {
    /** Returned when the bytes are not a plain number this class can convert exactly. */
    static final double NOT_PLAIN = Double.NaN;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22 };
    private static final int MAX_DIGITS = 15;
    private static final int MAX_EXPONENT_DIGITS = 4;

    private CsvNumbers() {
    }

    /**
     * The value of the ASCII bytes {@code [from, to)} (already trimmed, not empty) in the syntax of
     * {@link Cells#parseNumber}, or {@link #NOT_PLAIN} (NaN) when the fast path does not apply.
     */
    static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        byte c = b[i];
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0; // digits after the decimal point
        while (i < to && (c = b[i]) >= '0' && c <= '9') {
            if (mantissa != 0 || c != '0') {
                if (++significant > MAX_DIGITS) {
                    return NOT_PLAIN;
                }
                mantissa = mantissa * 10 + (c - '0');
            }
            digits++;
            i++;
        }
        if (i < to && b[i] == '.') {
            i++;
            while (i < to && (c = b[i]) >= '0' && c <= '9') {
                if (mantissa != 0 || c != '0') {
                    if (++significant > MAX_DIGITS) {
                        return NOT_PLAIN;
                    }
                    mantissa = mantissa * 10 + (c - '0');
                }
                scale++;
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            return NOT_PLAIN;
        }
        int exponent = 0;
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int expDigits = 0;
            while (i < to && (c = b[i]) >= '0' && c <= '9') {
                if (++expDigits > MAX_EXPONENT_DIGITS) {
                    return NOT_PLAIN;
                }
                exponent = exponent * 10 + (c - '0');
                i++;
            }
            if (expDigits == 0) {
                return NOT_PLAIN;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (i != to) {
            return NOT_PLAIN;
        }
        double value;
        if (mantissa == 0) {
            value = 0.0;
        } else {
            int e10 = exponent - scale;
            if (e10 < -22 || e10 > 22) {
                return NOT_PLAIN;
            }
            value = e10 >= 0 ? mantissa * POWERS_OF_TEN[e10] : mantissa / POWERS_OF_TEN[-e10];
        }
        return negative ? -value : value;
    }
}
