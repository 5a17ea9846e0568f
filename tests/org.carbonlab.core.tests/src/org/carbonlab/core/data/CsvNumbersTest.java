package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The byte-level number parser of the CSV reader against {@link Double#parseDouble}: every value it
 * returns must be bit for bit the JDK's (tolerance 0: raw bits compared), and whatever it leaves to the
 * fallback must still come out of the reader exactly as {@link Cells#parseNumber} reads the text.
 */
class CsvNumbersTest {
    private static final String[] TRICKY = { "0", "-0", "+0", "0.0", "-0.0", ".0", "0.", "00000", "-.5", "+.5", "5.",
        "1", "01", "007.50", "1.0", "1e0", "1E0", "1e+0", "1e-0", "1e22", "1e-22", "1e23", "1e-23", "9e22", "123456789012345",
        "1234567890123456", "12345678901234567", "999999999999999", "999999999999999e7", "0.000000000000000000001",
        "0.1", "0.2", "0.3", "0.30000000000000004", "2.2250738585072014E-308", "4.9e-324", "1.7976931348623157e308",
        "9007199254740993", "9007199254740992", "1.5e-7", "-12.75", "3.141592653589793", "2.718281828459045",
        "100000000000000000000000", "0.000001", "1e-5", "1.0e-05", "123.456e-3", "0e400", "0.0e-999", "1e0001",
        "000000000000000000001.5", "1.500000000000000000000", "6.02214076e23", "1.602176634e-19", "-2147483648",
        "9223372036854775807", "4294967296.5" };

    private static double fast(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return CsvNumbers.parse(b, 0, b.length);
    }

    private static void assertSameAsJdk(String s) {
        double v = fast(s);
        if (!Double.isNaN(v)) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(v), s);
        }
    }

    @Test
    void trickyNumbersAreBitIdenticalOrLeftToTheFallback() {
        int fastOnes = 0;
        for (String s : TRICKY) {
            assertSameAsJdk(s);
            if (!Double.isNaN(fast(s))) {
                fastOnes++;
            }
        }
        assertTrue(fastOnes > TRICKY.length / 2, "the fast path should take most of these: " + fastOnes);
        // not numbers in the syntax of Cells: never a value from the fast path
        for (String s : new String[] { "", "+", "-", ".", "e5", "1e", "1e+", "1..2", "1.2.3", "0x10", "1,5", "NaN",
            "Infinity", "TRUE", "1 2", "1d", "1f", "--1", "+-1", "1e5.5" }) {
            assertTrue(s.isEmpty() || Double.isNaN(fast(s)), s);
        }
    }

    @Test
    void randomNumbersAreBitIdenticalToParseDouble() {
        Random rng = new Random(20261203L);
        int fastOnes = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = rng.nextGaussian() * Math.pow(10, rng.nextInt(60) - 30);
            String s = switch (i % 6) {
                case 0 -> String.format(Locale.ROOT, "%." + (1 + rng.nextInt(17)) + "g", x);
                case 1 -> Double.toString(x);
                case 2 -> new BigDecimal(x).round(new java.math.MathContext(1 + rng.nextInt(16))).toPlainString();
                case 3 -> String.format(Locale.ROOT, "%." + rng.nextInt(12) + "f", x);
                case 4 -> randomDigits(rng);
                default -> String.format(Locale.ROOT, "%." + (1 + rng.nextInt(15)) + "e", x);
            };
            assertSameAsJdk(s);
            if (!Double.isNaN(fast(s))) {
                fastOnes++;
            }
        }
        assertTrue(fastOnes > n / 3, "the fast path should take most short numbers: " + fastOnes);
    }

    private static String randomDigits(Random rng) {
        StringBuilder sb = new StringBuilder();
        if (rng.nextBoolean()) {
            sb.append(rng.nextBoolean() ? '-' : '+');
        }
        int digits = 1 + rng.nextInt(18);
        int point = rng.nextInt(digits + 1);
        for (int k = 0; k < digits; k++) {
            if (k == point) {
                sb.append('.');
            }
            sb.append((char) ('0' + rng.nextInt(10)));
        }
        if (rng.nextInt(3) == 0) {
            sb.append(rng.nextBoolean() ? 'e' : 'E').append(rng.nextBoolean() ? "-" : "").append(rng.nextInt(30));
        }
        return sb.toString();
    }

    @Test
    void theReaderGivesTheValuesOfCellsParseNumberForEveryCell() {
        // fast path, fallback and text columns alike: the frame's numbers are those of the text's rules
        Random rng = new Random(7L);
        List<String> cells = new ArrayList<>(List.of(TRICKY));
        for (int i = 0; i < 3000; i++) {
            cells.add(i % 2 == 0 ? randomDigits(rng)
                    : String.format(Locale.ROOT, "%." + (1 + rng.nextInt(17)) + "g", rng.nextGaussian() * 1e5));
        }
        StringBuilder csv = new StringBuilder("id,year,v,w\n");
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            // w holds the same numbers quoted and padded
            csv.append(i + 1).append(",2000,").append(c).append(",\" ").append(c).append(" \"\n");
        }
        RawTable t = CsvReader.read("numbers.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null);
        PanelFrame f = PanelFrame.of(t, "id", "year");
        double[] v = f.numeric("v");
        double[] w = f.numeric("w");
        String[] text = f.text("v");
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            long expected = Double.doubleToRawLongBits(Cells.parseNumber(c));
            assertEquals(expected, Double.doubleToRawLongBits(v[i]), c);
            assertEquals(expected, Double.doubleToRawLongBits(w[i]), c);
            assertEquals(c, text[i]); // the text as written, not a reformatted number
        }
    }
}
