package org.carbonlab.core.data;

import java.util.Locale;

import org.carbonlab.core.errors.InputException;

/**
 * The unit of the periods made from a time column of dates ({@link DatePeriods}). Periods stay whole numbers, so
 * that {@code lag(x,1)} means one period: a year is itself, a quarter is {@code year*4 + quarter-1}, a month
 * {@code year*12 + month-1}; {@link #label} turns a period back into what a reader expects ({@code 2015},
 * {@code 2015Q1}, {@code 2015-03}).
 */
public enum TimeUnit {
    YEAR, QUARTER, MONTH;

    /** The unit named {@code year}, {@code quarter} or {@code month} (any case); {@code where} names the option. */
    public static TimeUnit parse(String text, String where) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "year", "annual", "y" -> YEAR;
            case "quarter", "q" -> QUARTER;
            case "month", "m" -> MONTH;
            default -> throw new InputException(where + " must be year, quarter or month, not '" + text + "'");
        };
    }

    /** The period of a date: {@code month} is 1..12. */
    public long period(int year, int month) {
        return switch (this) {
            case YEAR -> year;
            case QUARTER -> year * 4L + (month - 1) / 3;
            case MONTH -> year * 12L + (month - 1);
        };
    }

    /** The period as a reader writes it: {@code 2015}, {@code 2015Q1}, {@code 2015-03}. */
    public String label(long period) {
        return switch (this) {
            case YEAR -> Long.toString(period);
            case QUARTER -> Math.floorDiv(period, 4) + "Q" + (Math.floorMod(period, 4) + 1);
            case MONTH -> Math.floorDiv(period, 12) + "-" + String.format(Locale.ROOT, "%02d", Math.floorMod(period, 12) + 1);
        };
    }

    /** {@code year}, {@code quarter} or {@code month}, as the option takes it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
