package org.carbonlab.core.data;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.errors.InputException;

/**
 * How to read a data file, as {@code --sheet}, {@code --header-row}/{@code --skip} and {@code --time-unit} say it
 * (in a study: the dataset's {@code sheet}, {@code headerRow}/{@code skip} and {@code timeUnit}).
 *
 * @param sheet the XLSX sheet, or {@code null} for the first
 * @param headerRow the 1-based line (CSV) or row (XLSX) of the header, or 0 for the first filled one (a single-cell
 *            title above a wider row is then skipped)
 * @param timeUnit the unit of periods made from a time column of dates, or {@code null} to infer it
 */
public record ReadOptions(String sheet, int headerRow, TimeUnit timeUnit) {
    /** The first sheet, the header found, the time unit inferred. */
    public static final ReadOptions DEFAULT = new ReadOptions(null, 0, null);

    public ReadOptions {
        sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
        if (headerRow < 0) {
            throw new IllegalArgumentException("headerRow < 0");
        }
    }

    /** Only a sheet (or none), as before these options. */
    public static ReadOptions sheet(String sheet) {
        return new ReadOptions(sheet, 0, null);
    }

    /**
     * The options from their text ({@code null} or blank = not given), every problem reported at once, naming the
     * option as the command line and the study spell it. {@code --skip N} is {@code --header-row N+1}.
     */
    public static ReadOptions parse(String sheet, String headerRow, String skip, String timeUnit) {
        List<String> problems = new ArrayList<>();
        int header = count(headerRow, "--header-row (in a study: headerRow)", 1, problems);
        int skipped = count(skip, "--skip (in a study: skip)", 0, problems);
        if (header > 0 && skipped >= 0 && header != skipped + 1) {
            problems.add("--header-row " + header + " and --skip " + skipped + " disagree (--skip N is --header-row "
                    + "N+1); give one of them");
        }
        TimeUnit unit = null;
        if (timeUnit != null && !timeUnit.isBlank()) {
            try {
                unit = TimeUnit.parse(timeUnit, "--time-unit (in a study: timeUnit)");
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new ReadOptions(sheet, header > 0 ? header : skipped > 0 ? skipped + 1 : 0, unit);
    }

    /** The whole number of an option, at least {@code min}; -1 when not given or wrong (then a problem is added). */
    private static int count(String text, String option, int min, List<String> problems) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(option + " must be a whole number of at least " + min + ", not '" + text.strip() + "'");
        return -1;
    }
}
