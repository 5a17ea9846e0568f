package org.carbonlab.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.errors.InputException;

/**
 * Which columns of a table identify its rows: the entity column, and the time column or none (a
 * cross-section), with the reason, so that the command line and studies can say what they chose.
 *
 * <h2>The rule</h2>
 * The entity column is the one given, else the first column (the second when the first is the
 * given time column). The time column is the one given; {@value #NONE} (any case) declares a
 * cross-section. When none is given, the candidate is the first of the first two columns that is not
 * the entity column, and it is the time column only if
 * <ul>
 * <li>its name looks like a period ({@code year}, {@code time}, {@code period}, {@code t},
 * {@code date}, {@code yr}, {@code month}, {@code quarter}, …, {@code 年}, {@code 年份}, …, any case;
 * or a name with such a word between separators, as {@code survey_year}), or</li>
 * <li>every cell of it is a whole number and some entity appears in more than one row (a panel
 * whose period column has an unusual name).</li>
 * </ul>
 * Otherwise the table is a cross-section. A cross-section whose entity repeats is an error naming
 * the entity and its lines, because its periods column was not recognised: guessing a time column
 * silently (the old rule, the second column) turned a cross-section's first variable into periods.
 */
public final class PanelLayout {
    /** The time column value that declares a cross-section. */
    public static final String NONE = "none";

    /** Whole names (lower case) that mark a period column. */
    private static final Set<String> PERIOD_NAMES = Set.of("year", "years", "yr", "yyyy", "time", "period", "t",
            "date", "month", "quarter", "qtr", "week", "wave", "fy", "年", "年份", "年度", "时间", "日期", "时期", "期", "期间",
            "月份", "季度", "年月");
    /** Words that mark a period column inside a longer name such as {@code survey_year} or {@code time_id}. */
    private static final Set<String> PERIOD_WORDS = Set.of("year", "yr", "time", "period", "date", "month", "quarter");
    private static final int MAX_LINES = 5;

    /** How the time column was settled. */
    public enum Basis {
        /** the caller named the time column */
        GIVEN,
        /** the caller declared a cross-section ({@value PanelLayout#NONE}) */
        GIVEN_NONE,
        /** the candidate's name looks like a period */
        NAME,
        /** the candidate holds whole numbers and entities repeat */
        VALUES,
        /** no time column was found: a cross-section */
        NOT_FOUND
    }

    private final String origin;
    private final String entityColumn;
    private final String timeColumn;
    private final Basis basis;
    private final String reason;

    private PanelLayout(String origin, String entityColumn, String timeColumn, Basis basis, String reason) {
        this.origin = origin;
        this.entityColumn = entityColumn;
        this.timeColumn = timeColumn;
        this.basis = basis;
        this.reason = reason;
    }

    /**
     * Settles the entity and time columns of {@code table} by the rule in the class comment.
     *
     * @param entityColumn the entity column, or {@code null} for the default
     * @param timeColumn the time column, {@value #NONE} for a cross-section, or {@code null} to detect it
     * @throws InputException when no time column is found but an entity has several rows
     */
    public static PanelLayout choose(RawTable table, String entityColumn, String timeColumn) {
        List<String> names = table.columnNames();
        String origin = table.origin();
        boolean none = timeColumn != null && timeColumn.strip().equalsIgnoreCase(NONE);
        String given = none ? null : timeColumn;
        String entity = entityColumn;
        if (entity == null) {
            if (names.isEmpty()) {
                throw new InputException(origin + " has no columns");
            }
            entity = names.size() > 1 && names.get(0).equals(given) ? names.get(1) : names.get(0);
        }
        if (none) {
            return new PanelLayout(origin, entity, null, Basis.GIVEN_NONE, "time " + NONE);
        }
        if (given != null) {
            return new PanelLayout(origin, entity, given, Basis.GIVEN, "as given");
        }
        int ei = table.columnIndex(entity);
        String candidate = null;
        for (int c = 0; c < Math.min(2, names.size()) && candidate == null; c++) {
            if (!names.get(c).equals(entity)) {
                candidate = names.get(c);
            }
        }
        if (ei < 0) {
            // the frame reports the unknown entity column; only a named period can be trusted here
            return candidate != null && looksLikePeriod(candidate)
                    ? new PanelLayout(origin, entity, candidate, Basis.NAME, "its name looks like a period")
                    : new PanelLayout(origin, entity, null, Basis.NOT_FOUND, "");
        }
        if (candidate != null && looksLikePeriod(candidate)) {
            return new PanelLayout(origin, entity, candidate, Basis.NAME, "its name looks like a period");
        }
        Map<String, List<Integer>> repeated = repeatedEntities(table, ei);
        if (candidate != null && !repeated.isEmpty() && allWholeNumbers(table, table.columnIndex(candidate))) {
            return new PanelLayout(origin, entity, candidate, Basis.VALUES,
                    "whole numbers, and entities have several rows");
        }
        if (!repeated.isEmpty()) {
            throw new InputException(noTimeColumn(table, entity, candidate, repeated));
        }
        String why = candidate == null ? "no other column could hold periods"
                : "column '" + candidate + "' is not named like a period and every entity has one row";
        return new PanelLayout(origin, entity, null, Basis.NOT_FOUND, why);
    }

    /** True if a column name looks like a period (see the class comment). */
    public static boolean looksLikePeriod(String columnName) {
        String name = columnName.strip().toLowerCase(Locale.ROOT);
        if (PERIOD_NAMES.contains(name)) {
            return true;
        }
        for (String word : name.split("[^\\p{L}\\p{N}]+")) {
            if (PERIOD_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The frame of the table with these columns: a panel, or a cross-section without a time column. */
    public PanelFrame frame(RawTable table) {
        return frame(table, null);
    }

    /**
     * As {@link #frame(RawTable)}, a time column of dates made into periods of {@code timeUnit} ({@code null}:
     * inferred from the dates).
     */
    public PanelFrame frame(RawTable table, TimeUnit timeUnit) {
        if (timeColumn == null) {
            if (timeUnit != null && timeUnit != TimeUnit.YEAR) {
                throw new InputException("the time unit " + timeUnit.word() + " was given, but " + table.origin()
                        + " is read as a cross-section (no time column); name the time column (--time COL)");
            }
            return PanelFrame.crossSection(table, entityColumn);
        }
        try {
            return PanelFrame.of(table, entityColumn, timeColumn, timeUnit);
        } catch (InputException e) {
            if (basis != Basis.NAME) {
                throw e;
            }
            List<String> problems = new ArrayList<>(e.problems());
            problems.add("'" + timeColumn + "' was taken as the time column because its name looks like a period; "
                    + "name the time column (--time COL) or declare a cross-section (--time " + NONE + ")");
            throw new InputException(problems);
        }
    }

    public String entityColumn() {
        return entityColumn;
    }

    /** The time column, or {@code null} for a cross-section. */
    public String timeColumn() {
        return timeColumn;
    }

    public Basis basis() {
        return basis;
    }

    /**
     * What was chosen and why, for the user: {@code data d.csv: entity column 'firm', time column
     * 'year' (its name looks like a period)} or {@code data d.csv: entity column 'dmu', no time
     * column (cross-section: …)}.
     */
    public String describe() {
        String head = "data " + origin + ": entity column '" + entityColumn + "', ";
        return switch (basis) {
            case GIVEN -> head + "time column '" + timeColumn + "' (as given)";
            case NAME, VALUES -> head + "time column '" + timeColumn + "' (" + reason + "; --time "
                    + NONE + " declares a cross-section)";
            case GIVEN_NONE -> head + "no time column (cross-section, as declared by time " + NONE + ")";
            case NOT_FOUND -> head + "no time column (cross-section: " + reason
                    + "; name the time column with --time COL if the data are a panel)";
        };
    }

    @Override
    public String toString() {
        return describe();
    }

    private static Map<String, List<Integer>> repeatedEntities(RawTable table, int ei) {
        Map<String, List<Integer>> lines = new HashMap<>();
        Map<String, List<Integer>> repeated = new java.util.LinkedHashMap<>();
        for (int r = 0; r < table.rows(); r++) {
            String e = table.cell(r, ei);
            if (e == null) {
                continue; // the frame reports missing entities
            }
            List<Integer> at = lines.computeIfAbsent(e, k -> new ArrayList<>());
            at.add(table.line(r));
            if (at.size() == 2) {
                repeated.put(e, at);
            }
        }
        return repeated;
    }

    private static boolean allWholeNumbers(RawTable table, int c) {
        if (table.rows() == 0) {
            return false;
        }
        for (int r = 0; r < table.rows(); r++) {
            if (Cells.parseWholeNumber(table.cell(r, c)) == null) {
                return false;
            }
        }
        return true;
    }

    private static String noTimeColumn(RawTable table, String entity, String candidate,
            Map<String, List<Integer>> repeated) {
        Map.Entry<String, List<Integer>> first = repeated.entrySet().iterator().next();
        List<Integer> at = first.getValue();
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < Math.min(MAX_LINES, at.size()); k++) {
            lines.append(k == 0 ? "" : k == at.size() - 1 ? " and " : ", ").append(at.get(k));
        }
        if (at.size() > MAX_LINES) {
            lines.append(" and ").append(at.size() - MAX_LINES).append(" more");
        }
        List<String> periodLike = new ArrayList<>();
        for (String n : table.columnNames()) {
            if (!n.equals(entity) && looksLikePeriod(n)) {
                periodLike.add(n);
            }
        }
        String hint = periodLike.isEmpty() ? ""
                : periodLike.size() == 1 ? "; column '" + periodLike.get(0) + "' looks like a period: --time "
                        + periodLike.get(0)
                : "; columns '" + String.join("', '", periodLike) + "' look like periods";
        return "no time column found in " + table.origin() + ", but entity column '" + entity + "' repeats: "
                + entity + " " + first.getKey() + " is on " + table.lineWord() + "s " + lines
                + (repeated.size() > 1 ? " (and " + (repeated.size() - 1) + " more entities have several rows)" : "")
                + (candidate == null ? "" : "; column '" + candidate + "' (the first column besides the entity) is "
                        + "neither named like a period nor all whole numbers")
                + "; name the time column with --time COL (in a study: the dataset's timeColumn)" + hint;
    }
}
