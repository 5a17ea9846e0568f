package org.carbonlab.core.data;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carbonlab.core.errors.InputException;

/**
 * A time column of dates made into whole-number periods ({@link TimeUnit}). Three spellings are dates: ISO dates
 * {@code 2015-03-31} (optionally with a time, as the XLSX reader writes date cells), quarters {@code 2015Q1}
 * ({@code 2015-Q1}, {@code 2015 q1}) and months {@code 2015-03} ({@code 2015/03}, Stata's {@code 2015m3}); one column
 * holds one spelling. The unit is the one asked for, else inferred: quarters for quarter spellings, months for month
 * spellings unless they are one a year; for ISO dates years when every date is January 1 or each entity has at most
 * one date a year (annual data stored as 2020-12-31), quarters when every date is a quarter end (or every one a
 * quarter start), else months. What was taken is said in {@link Periods#note()}.
 */
final class DatePeriods {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-/]|[mM])(\\d{1,2})");

    private enum Kind {
        DATE("dates"), QUARTER("quarters"), MONTH("months");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    /** The periods of a column of dates: one per row as text (null where missing), the unit, and what was taken. */
    record Periods(String[] codes, TimeUnit unit, String note) {
    }

    private DatePeriods() {
    }

    /**
     * The periods of every row when every present time value is a date in one spelling; null when the column holds
     * anything else (it is then read as whole numbers, as before).
     *
     * @param wanted the unit asked for ({@code --time-unit}), or null to infer it
     * @throws InputException when quarters are asked to be months, or a date is not a calendar date
     */
    static Periods periods(RawTable table, int timeIndex, int entityIndex, String timeColumn, TimeUnit wanted) {
        int n = table.rows();
        int[] year = new int[n];
        int[] month = new int[n];
        int[] day = new int[n];
        Kind kind = null;
        String first = null;
        for (int r = 0; r < n; r++) {
            String t = table.cell(r, timeIndex);
            if (t == null) {
                continue;
            }
            Kind k;
            Matcher m;
            if ((m = ISO_DATE.matcher(t)).matches()) {
                k = Kind.DATE;
                day[r] = Integer.parseInt(m.group(3));
                month[r] = Integer.parseInt(m.group(2));
            } else if ((m = QUARTER.matcher(t)).matches()) {
                k = Kind.QUARTER;
                month[r] = 3 * Integer.parseInt(m.group(2)); // the quarter's last month
            } else if ((m = MONTH.matcher(t)).matches()) {
                k = Kind.MONTH;
                month[r] = Integer.parseInt(m.group(2));
            } else {
                return null;
            }
            if (kind != null && k != kind) {
                return null; // mixed spellings: the whole-number reading reports the odd cells
            }
            kind = k;
            first = first == null ? t : first;
            year[r] = Integer.parseInt(m.group(1));
            if (month[r] < 1 || month[r] > 12 || k == Kind.DATE && (day[r] < 1 || day[r] > 31)) {
                throw new InputException(table.lineWord() + " " + table.line(r) + " of " + table.origin()
                        + ": the time column '" + timeColumn + "' holds '" + t + "', which is not a calendar date");
            }
        }
        if (kind == null) {
            return null;
        }
        String why;
        TimeUnit unit = wanted;
        if (wanted != null) {
            if (kind == Kind.QUARTER && wanted == TimeUnit.MONTH) {
                throw new InputException("the time column '" + timeColumn + "' of " + table.origin()
                        + " holds quarters (" + first + "), which cannot be read as months; use --time-unit quarter"
                        + " or year (in a study: the dataset's timeUnit)");
            }
            why = "as given by the time unit";
        } else if (kind == Kind.QUARTER) {
            unit = TimeUnit.QUARTER;
            why = "they are written as quarters";
        } else if (allJanuaryFirst(kind, month, day, table, timeIndex)) {
            unit = TimeUnit.YEAR;
            why = kind == Kind.DATE ? "every date is January 1" : "every month is January";
        } else if (atMostOnePerYear(table, timeIndex, entityIndex, year)) {
            unit = TimeUnit.YEAR;
            why = entityIndex < 0 ? "there is at most one date a year" : "no entity has two dates in one year";
        } else if (kind == Kind.DATE && quarterDates(month, day, table, timeIndex)) {
            unit = TimeUnit.QUARTER;
            why = "every date is a quarter end, or every one a quarter start";
        } else {
            unit = TimeUnit.MONTH;
            why = kind == Kind.MONTH ? "they are written as months" : "the dates are not all quarter ends";
        }
        String[] codes = new String[n];
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int r = 0; r < n; r++) {
            if (table.cell(r, timeIndex) != null) {
                long p = unit.period(year[r], month[r]);
                codes[r] = Long.toString(p);
                lo = Math.min(lo, p);
                hi = Math.max(hi, p);
            }
        }
        String note = table.origin() + ": the time column '" + timeColumn + "' holds " + kind.words + " (" + first
                + ", …), read as " + unit.word() + "s " + unit.label(lo) + " to " + unit.label(hi) + " (" + why
                + "; --time-unit year|quarter|month chooses, in a study the dataset's timeUnit); lag(x,1) is one "
                + unit.word();
        return new Periods(codes, unit, note);
    }

    private static boolean allJanuaryFirst(Kind kind, int[] month, int[] day, RawTable table, int timeIndex) {
        for (int r = 0; r < month.length; r++) {
            if (table.cell(r, timeIndex) != null && (month[r] != 1 || kind == Kind.DATE && day[r] != 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean atMostOnePerYear(RawTable table, int timeIndex, int entityIndex, int[] year) {
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < year.length; r++) {
            if (table.cell(r, timeIndex) == null) {
                continue;
            }
            String e = entityIndex < 0 ? "" : table.cell(r, entityIndex);
            if (!seen.add(e + "\u0000" + year[r])) {
                return false;
            }
        }
        return true;
    }

    /** Every date the last day of March, June, September or December; or every date the first of a quarter. */
    private static boolean quarterDates(int[] month, int[] day, RawTable table, int timeIndex) {
        boolean ends = true;
        boolean starts = true;
        for (int r = 0; r < month.length; r++) {
            if (table.cell(r, timeIndex) == null) {
                continue;
            }
            int m = month[r];
            int lastDay = m == 3 || m == 12 ? 31 : 30;
            ends &= m % 3 == 0 && day[r] == lastDay;
            starts &= m % 3 == 1 && day[r] == 1;
        }
        return ends || starts;
    }
}
