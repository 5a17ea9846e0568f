package org.carbonlab.core.data;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Date cells of a workbook. A spreadsheet stores a date as a number, the days since an epoch (the serial), and marks
 * it as a date only through the cell's number format. This class decides which formats are dates and turns serials
 * into ISO text: {@code yyyy-MM-dd} for a date format, {@code yyyy-MM-ddTHH:mm:ss} for a format with a time part,
 * {@code HH:mm:ss} for a time-only format and a serial below 1 (a time of day), rounded to the second.
 *
 * <p>Date formats: the built-in ids 14–22 and 45–47, the East Asian built-in date and time ids 27–36 and 50–58
 * (ECMA-376 Part 1, 18.8.30), and any custom format code with one of y, m, d, h, s outside quoted text,
 * {@code [...]} sections (colours, locales, elapsed-time brackets) and escaped or padding characters.
 *
 * <p>Date systems: 1900 (the default) counts 1900-01-01 as 1 and, as Lotus 1-2-3 did, also has the non-existent
 * 1900-02-29 as serial 60; serials from 61 on are therefore one day ahead of a true count, and serial 60 reads as the
 * text {@code 1900-02-29} (what the spreadsheet shows; it is no valid ISO date). 1904 ({@code <workbookPr
 * date1904="1"/>}, old Mac workbooks) counts 1904-01-01 as 0. Negative serials and serials past 9999-12-31 are no
 * dates and stay numbers.
 */
final class XlsxDates {
    /** What a cell's format makes of its number. */
    enum Kind {
        NUMBER, DATE, DATE_TIME, TIME
    }

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final double LAST_SERIAL = 2_958_465.99999; // 9999-12-31 23:59:59 in the 1900 system

    private XlsxDates() {
    }

    /** The kind of a number format: its id and, for ids defined by the workbook, its format code (else null). */
    static Kind kind(int numFmtId, String formatCode) {
        if (formatCode != null) {
            return kindOfCode(formatCode);
        }
        if (numFmtId >= 14 && numFmtId <= 17 || numFmtId >= 27 && numFmtId <= 31 || numFmtId == 36
                || numFmtId >= 50 && numFmtId <= 54 || numFmtId == 57 || numFmtId == 58) {
            return Kind.DATE;
        }
        if (numFmtId == 22) {
            return Kind.DATE_TIME;
        }
        if (numFmtId >= 18 && numFmtId <= 21 || numFmtId >= 45 && numFmtId <= 47 || numFmtId >= 32 && numFmtId <= 35
                || numFmtId == 55 || numFmtId == 56) {
            return Kind.TIME;
        }
        return Kind.NUMBER;
    }

    /** The kind of a custom format code, from its date and time letters outside literals and brackets. */
    static Kind kindOfCode(String code) {
        boolean year = false;
        boolean month = false;
        boolean day = false;
        boolean time = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            switch (c) {
                case '"' -> {
                    int end = code.indexOf('"', i + 1);
                    i = end < 0 ? code.length() : end;
                }
                case '[' -> {
                    int end = code.indexOf(']', i + 1);
                    if (end > i && code.substring(i + 1, end).matches("(?i)h+|m+|s+")) {
                        time = true; // elapsed time: [h]:mm:ss
                    }
                    i = end < 0 ? code.length() : end;
                }
                case '\\', '_', '*' -> i++; // escaped literal, padding, repeat: the next character is no code
                default -> {
                    switch (Character.toLowerCase(c)) {
                        case 'y' -> year = true;
                        case 'd' -> day = true;
                        case 'm' -> month = true;
                        case 'h', 's' -> time = true;
                        default -> {
                        }
                    }
                }
            }
        }
        boolean date = year || day || month && !time;
        if (date && time) {
            return Kind.DATE_TIME;
        }
        return date ? Kind.DATE : time ? Kind.TIME : Kind.NUMBER;
    }

    /**
     * The ISO text of a serial, or null when it is no date (negative, too large, not a number).
     *
     * @param date1904 whether the workbook uses the 1904 date system
     */
    static String iso(double serial, Kind kind, boolean date1904) {
        if (kind == Kind.NUMBER || !(serial >= 0) || serial > LAST_SERIAL) {
            return null;
        }
        long seconds = Math.round(serial * 86_400.0);
        long days = seconds / 86_400;
        LocalTime clock = LocalTime.ofSecondOfDay(seconds % 86_400);
        if (kind == Kind.TIME && days == 0) {
            return clock.toString().length() == 5 ? clock + ":00" : clock.toString();
        }
        String day;
        if (date1904) {
            day = EPOCH_1904.plusDays(days).toString();
        } else if (days == 60) {
            day = "1900-02-29"; // the leap day that 1900 did not have
        } else {
            day = EPOCH_1900.plusDays(days < 60 ? days : days - 1).toString();
        }
        if (kind == Kind.DATE) {
            return day;
        }
        String t = clock.toString();
        return day + "T" + (t.length() == 5 ? t + ":00" : t);
    }
}
