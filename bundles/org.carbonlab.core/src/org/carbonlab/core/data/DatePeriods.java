package org.carbonlab.core.data;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.carbonlab.core.errors.InputException;

/**
 * A time column of ISO dates ({@code yyyy-MM-dd}, optionally with a time, as the XLSX reader writes date cells) made
 * into periods. Periods are whole numbers, and the one period a date gives without a choice of frequency is its
 * year: when no entity has two dates in the same year, every date becomes its year (annual data stored as dates,
 * such as 2020-12-31 or 2020-01-01). Otherwise the data are not annual and the choice is the user's: the column is
 * refused with the first clash, and the message suggests deriving a period column.
 */
final class DatePeriods {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");

    private DatePeriods() {
    }

    /**
     * The year of every row's time value, as text (null where the value is missing), when every present value is an
     * ISO date; null when the column holds anything else (it is then read as whole numbers, as before).
     *
     * @throws InputException when an entity has two dates in one year
     */
    static String[] years(RawTable table, int timeIndex, int entityIndex, String timeColumn, String entityColumn) {
        int n = table.rows();
        boolean any = false;
        for (int r = 0; r < n; r++) {
            String t = table.cell(r, timeIndex);
            if (t != null) {
                if (!ISO_DATE.matcher(t).matches()) {
                    return null;
                }
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        String[] years = new String[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < n; r++) {
            String t = table.cell(r, timeIndex);
            if (t == null) {
                continue;
            }
            years[r] = t.substring(0, 4);
            String e = table.cell(r, entityIndex);
            Integer before = e == null ? null : seen.putIfAbsent(e + "\u0000" + years[r], r);
            if (before != null) {
                throw new InputException("the time column '" + timeColumn + "' of " + table.origin()
                        + " holds dates, and " + entityColumn + " " + e + " has two in " + years[r] + " ("
                        + table.lineWord() + " " + table.line(before) + ": " + table.cell(before, timeIndex) + ", "
                        + table.lineWord() + " " + table.line(r) + ": " + t + "); periods must be whole numbers, and "
                        + "dates become years only when each entity has at most one date per year: add a period "
                        + "column derived from the dates (e.g. year*12 + month for monthly data, year*4 + quarter for "
                        + "quarterly) and use it as the time column");
            }
        }
        return years;
    }
}
