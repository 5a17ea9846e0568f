package org.carbonlab.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.carbonlab.core.errors.InputException;

/**
 * An immutable panel: rows identified by an entity (a string id such as {@code 1} or
 * {@code Beijing}) and a time period (a whole number, usually a year), with named columns.
 *
 * <h2>Cross-sections</h2>
 * A frame without a time column ({@link #crossSection}, {@link Builder#crossSection()}) holds one
 * row per entity, all in one implicit period: {@link #hasTime()} is false,
 * {@link #timeColumn()} is {@code null}, {@link #nPeriods()} is 1 (every {@link #timeIndex(int)}
 * is 0, so per-period computations see one period), and everything that needs real periods
 * ({@link #time(int)}, {@link #rowOf(int, long)}: lags, leads, differences, deflation) throws an
 * {@link InputException} saying so. Estimators check {@link #hasTime()} before they report a time.
 *
 * <h2>Row order</h2>
 * Rows are sorted by entity, then by time. Entities keep the order in which they first appear in
 * the input, except when every entity id is a number: then they are in ascending numeric order
 * (so ids 1, 2, ..., 10 sort as numbers, not as text; ties such as {@code 01} and {@code 1} keep
 * their order of appearance). Entity indices ({@link #entityIndex(int)}) and
 * {@link #entityLabels()} follow this order; time indices ({@link #timeIndex(int)}) index the
 * ascending distinct periods ({@link #periods()}).
 *
 * <h2>Columns</h2>
 * Columns read from a file keep their text; {@link #numeric(String)} parses it (see
 * {@link Cells}) and reports every non-numeric cell it finds. Derived columns
 * ({@link #withColumn(String, double[])}) are numeric, with NaN for missing. The entity and time
 * columns are columns too ({@code numeric("year")} works).
 *
 * <p>Frames are built from a {@link RawTable} ({@link #of}) or in memory ({@link #builder()}).
 */
public final class PanelFrame {
    private static final int MAX_LISTED = 20;
    private static final int MAX_CELLS = 5;

    private final String source;
    private final String sha256;
    private final String origin;
    private final String lineWord;
    private final String entityColumn;
    private final String timeColumn;
    private final List<String> columnNames;
    private final Map<String, Column> columns;
    private final int[] entity;
    private final long[] time;
    private final int[] timeIdx;
    private final int[] lines;
    private final List<String> entityLabels;
    private final long[] periods;
    private final int[] entityStart;
    private final Meta meta;

    private PanelFrame(Meta meta, List<String> columnNames, Map<String, Column> columns, int[] entity, long[] time,
            int[] timeIdx, int[] lines, List<String> entityLabels, long[] periods, int[] entityStart) {
        this.source = meta.source;
        this.sha256 = meta.sha256;
        this.origin = meta.origin;
        this.lineWord = meta.lineWord;
        this.entityColumn = meta.entityColumn;
        this.timeColumn = meta.timeColumn;
        this.columnNames = Collections.unmodifiableList(new ArrayList<>(columnNames));
        this.columns = columns;
        this.entity = entity;
        this.time = time;
        this.timeIdx = timeIdx;
        this.lines = lines;
        this.entityLabels = entityLabels;
        this.periods = periods;
        this.entityStart = entityStart;
        this.meta = meta;
    }

    /**
     * What a frame carries besides its cells: where it came from, its key columns, the unit of periods made from
     * dates (null when the time column held whole numbers) with the note saying so, and what joins did.
     */
    private record Meta(String source, String sha256, String origin, String lineWord, String entityColumn,
            String timeColumn, TimeUnit timeUnit, String periodNote, List<Map<String, Object>> joins) {
        Meta(String source, String sha256, String origin, String lineWord, String entityColumn, String timeColumn) {
            this(source, sha256, origin, lineWord, entityColumn, timeColumn, null, null, List.of());
        }
    }

    // ------------------------------------------------------------------ construction

    /**
     * The panel of a raw table. Reports together: a missing entity or time column (listing the
     * available columns), rows whose entity or time is missing, time values that are not whole
     * numbers, and every duplicated (entity, time) key with its lines. A time column of ISO dates
     * becomes periods ({@link DatePeriods}: years, quarters or months, inferred from the dates).
     */
    public static PanelFrame of(RawTable table, String entityColumn, String timeColumn) {
        return of(table, entityColumn, timeColumn, null);
    }

    /**
     * As {@link #of(RawTable, String, String)}, with the unit of the periods that a time column of dates becomes
     * ({@code null}: inferred from the dates, see {@link DatePeriods}). A unit other than years needs dates.
     */
    public static PanelFrame of(RawTable table, String entityColumn, String timeColumn, TimeUnit timeUnit) {
        Objects.requireNonNull(table, "table");
        String origin = table.origin();
        List<String> problems = new ArrayList<>();
        int ei = entityColumn == null ? -1 : table.columnIndex(entityColumn);
        int ti = timeColumn == null ? -1 : table.columnIndex(timeColumn);
        if (ei < 0) {
            problems.add(missingColumn("entity", entityColumn, origin, table.columnNames()));
        }
        if (ti < 0) {
            problems.add(missingColumn("time", timeColumn, origin, table.columnNames()));
        }
        if (ei >= 0 && ei == ti) {
            problems.add("the entity and the time column must differ, but both are '" + entityColumn + "'");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int n = table.rows();
        String word = table.lineWord();
        String[] ent = new String[n];
        long[] tm = new long[n];
        int badEntity = 0;
        int badTime = 0;
        DatePeriods.Periods dates = DatePeriods.periods(table, ti, ei, timeColumn, timeUnit); // or null: no dates
        if (dates == null && timeUnit != null && timeUnit != TimeUnit.YEAR) {
            throw new InputException("the time unit " + timeUnit.word() + " needs a time column of dates (2015-03-31, "
                    + "2015Q1 or 2015-03), but '" + timeColumn + "' of " + origin + " holds "
                    + firstPresent(table, ti) + "; leave the time unit out for whole-number periods");
        }
        String[] years = dates == null ? null : dates.codes();
        double[] timeNumbers = years == null ? table.cells(ti).knownNumbers() : null; // no text needed then
        EntityCodes numericIds = numericIds(table.cells(ei)); // ids without a String per row, or null
        for (int r = 0; r < n; r++) {
            String e = numericIds == null ? table.cell(r, ei) : null;
            if (timeNumbers != null && (numericIds != null || e != null)) {
                double v = timeNumbers[r];
                if (v == Math.rint(v) && Math.abs(v) <= 9.007199254740992E15) { // as Cells.parseWholeNumber
                    ent[r] = e;
                    tm[r] = (long) v;
                    continue;
                }
            }
            if (numericIds != null) {
                e = table.cell(r, ei); // for the messages
            }
            String t = years != null ? years[r] : table.cell(r, ti);
            String where = word + " " + table.line(r) + " of " + origin;
            if (e == null) {
                if (badEntity++ < MAX_LISTED) {
                    problems.add(where + ": the entity column '" + entityColumn + "' is missing"
                            + (t == null ? "" : " (" + timeColumn + " " + t + ")"));
                }
            }
            ent[r] = e;
            if (t == null) {
                if (badTime++ < MAX_LISTED) {
                    problems.add(where + ": the time column '" + timeColumn + "' is missing"
                            + (e == null ? "" : " (" + entityColumn + " " + e + ")"));
                }
            } else {
                Long v = Cells.parseWholeNumber(t);
                if (v == null) {
                    if (badTime++ < MAX_LISTED) {
                        problems.add(where + ": the time column '" + timeColumn + "' holds '" + t
                                + "', which is not a whole number (periods must be integers such as years)"
                                + (e == null ? "" : " (" + entityColumn + " " + e + ")"));
                    }
                } else {
                    tm[r] = v;
                }
            }
        }
        if (badEntity > MAX_LISTED) {
            problems.add("... and " + (badEntity - MAX_LISTED) + " more rows of " + origin
                    + " with a missing entity");
        }
        if (badTime > MAX_LISTED) {
            problems.add("... and " + (badTime - MAX_LISTED) + " more rows of " + origin
                    + " with a missing or invalid time");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<String, Column> cols = new LinkedHashMap<>();
        for (int c = 0; c < table.columns(); c++) {
            cols.put(table.columnNames().get(c), Column.cells(table.cells(c)));
        }
        if (dates != null) { // the time column reads as its periods, so that year >= 2013 works on a date column
            double[] p = new double[n];
            for (int r = 0; r < n; r++) {
                p[r] = tm[r];
            }
            cols.put(timeColumn, Column.numbers(p));
        }
        Meta meta = new Meta(table.source(), table.sha256(), origin, word, entityColumn, timeColumn,
                dates == null ? null : dates.unit(), dates == null ? null : dates.note(), List.of());
        return numericIds != null ? assemble(meta, table.columnNames(), cols, numericIds, tm, table.lines())
                : assemble(meta, table.columnNames(), cols, ent, tm, table.lines());
    }

    /** Entity codes of an id column the reader parsed as numbers, none missing; else null (ids as text). */
    private static EntityCodes numericIds(CellColumn ids) {
        if (!(ids instanceof CellColumn.Numbers numbers)) {
            return null;
        }
        for (double v : numbers.knownNumbers()) {
            if (Double.isNaN(v)) {
                return null;
            }
        }
        return EntityCodes.ofNumbers(numbers);
    }

    /**
     * A cross-section of a raw table: one row per entity and no time column (see the class
     * comment). Reports together: a missing entity column, rows whose entity is missing, and every
     * entity that has more than one row, with its lines.
     */
    public static PanelFrame crossSection(RawTable table, String entityColumn) {
        Objects.requireNonNull(table, "table");
        String origin = table.origin();
        int ei = entityColumn == null ? -1 : table.columnIndex(entityColumn);
        if (ei < 0) {
            throw new InputException(missingColumn("entity", entityColumn, origin, table.columnNames()));
        }
        int n = table.rows();
        String word = table.lineWord();
        List<String> problems = new ArrayList<>();
        String[] ent = new String[n];
        int badEntity = 0;
        for (int r = 0; r < n; r++) {
            ent[r] = table.cell(r, ei);
            if (ent[r] == null && badEntity++ < MAX_LISTED) {
                problems.add(word + " " + table.line(r) + " of " + origin + ": the entity column '" + entityColumn
                        + "' is missing");
            }
        }
        if (badEntity > MAX_LISTED) {
            problems.add("... and " + (badEntity - MAX_LISTED) + " more rows of " + origin + " with a missing entity");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<String, Column> cols = new LinkedHashMap<>();
        for (int c = 0; c < table.columns(); c++) {
            cols.put(table.columnNames().get(c), Column.cells(table.cells(c)));
        }
        Meta meta = new Meta(table.source(), table.sha256(), origin, word, entityColumn, null);
        return assemble(meta, table.columnNames(), cols, ent, new long[n], table.lines());
    }

    private static String missingColumn(String role, String name, String origin, List<String> available) {
        if (name == null || name.isBlank()) {
            return "no " + role + " column was given; available columns in " + origin + ": "
                    + Names.list(available);
        }
        String hint = Names.suggest(name, available).map(s -> " (did you mean '" + s + "'?)").orElse("");
        return role + " column '" + name + "' not found in " + origin + hint + "; available columns: "
                + Names.list(available);
    }

    private static PanelFrame assemble(Meta meta, List<String> names, Map<String, Column> cols, String[] ent,
            long[] tm, int[] inLines) {
        return assemble(meta, names, cols, EntityCodes.of(ent), tm, inLines);
    }

    private static PanelFrame assemble(Meta meta, List<String> names, Map<String, Column> cols, EntityCodes ids,
            long[] tm, int[] inLines) {
        int n = ids.codes.length;
        int[] er = ids.codes;
        List<String> labels = ids.labels;
        long[] periods = distinctSorted(tm);
        int[] tr = new int[n];
        for (int r = 0; r < n; r++) {
            tr[r] = Arrays.binarySearch(periods, tm[r]);
        }
        // rows by entity, then time, then input order: two stable counting sorts, the minor key first
        int[] order = countingSort(countingSort(identityOrder(n), tr, periods.length), er, labels.size());
        // duplicated keys: every one, with all its lines
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n;) {
            int j = i + 1;
            while (j < n && er[order[j]] == er[order[i]] && tm[order[j]] == tm[order[i]]) {
                j++;
            }
            if (j - i > 1) {
                int[] at = new int[j - i];
                for (int k = i; k < j; k++) {
                    at[k - i] = inLines[order[k]] > 0 ? inLines[order[k]] : order[k] + 1;
                }
                Arrays.sort(at);
                String word = inLines[order[i]] > 0 ? meta.lineWord + "s " : "input rows ";
                if (meta.timeColumn == null) {
                    problems.add("duplicate rows in " + meta.origin + " for " + meta.entityColumn + " "
                            + labels.get(er[order[i]]) + ": " + word + joinInts(at) + " (a cross-section without a time column has one row per "
                            + "entity; if the data are a panel, name its time column)");
                } else {
                    problems.add("duplicate rows in " + meta.origin + " for " + meta.entityColumn + " "
                            + labels.get(er[order[i]]) + ", " + meta.timeColumn + " " + tm[order[i]] + ": " + word + joinInts(at)
                            + " (each entity may have one row per period)");
                }
            }
            i = j;
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int[] entity = new int[n];
        long[] time = new long[n];
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            entity[i] = er[order[i]];
            time[i] = tm[order[i]];
            lines[i] = inLines[order[i]];
        }
        int[] timeIdx = new int[n];
        for (int i = 0; i < n; i++) {
            timeIdx[i] = tr[order[i]];
        }
        int g = labels.size();
        int[] start = new int[g + 1];
        for (int i = 0; i < n; i++) {
            start[entity[i] + 1]++;
        }
        for (int e = 0; e < g; e++) {
            start[e + 1] += start[e];
        }
        Map<String, Column> sorted = new LinkedHashMap<>();
        for (Map.Entry<String, Column> c : cols.entrySet()) {
            sorted.put(c.getKey(), c.getValue().permute(order));
        }
        return new PanelFrame(meta, names, sorted, entity, time, timeIdx, lines, List.copyOf(labels), periods, start);
    }

    private static long[] distinctSorted(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int k = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[k - 1]) {
                v[k++] = v[i];
            }
        }
        return Arrays.copyOf(v, k);
    }

    private static int[] identityOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** {@code order} stably re-sorted by {@code key[order[i]]} (keys in 0..range-1). */
    private static int[] countingSort(int[] order, int[] key, int range) {
        int[] next = new int[range + 1];
        for (int i : order) {
            next[key[i] + 1]++;
        }
        for (int k = 0; k < range; k++) {
            next[k + 1] += next[k];
        }
        int[] out = new int[order.length];
        for (int i : order) {
            out[next[key[i]]++] = i;
        }
        return out;
    }

    private static String joinInts(int[] v) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < v.length; k++) {
            if (k > 0) {
                sb.append(k == v.length - 1 ? " and " : ", ");
            }
            sb.append(v[k]);
        }
        return sb.toString();
    }

    /** A builder for frames made in memory (tests, derived data, other estimators). */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a frame column by column; rows are sorted and checked as for files. */
    public static final class Builder {
        private String entityColumn = "entity";
        private String timeColumn = "time";
        private boolean crossSection;
        private String source = "<memory>";
        private String sha256;
        private String[] entities;
        private long[] times;
        private final LinkedHashMap<String, Column> columns = new LinkedHashMap<>();

        private Builder() {
        }

        /** Name of the entity column (default {@code entity}). */
        public Builder entityColumn(String name) {
            this.entityColumn = Objects.requireNonNull(name);
            return this;
        }

        /** Name of the time column (default {@code time}). */
        public Builder timeColumn(String name) {
            this.timeColumn = Objects.requireNonNull(name);
            this.crossSection = false;
            return this;
        }

        /** A cross-section: no time column and no {@link #times}, one row per entity. */
        public Builder crossSection() {
            this.crossSection = true;
            return this;
        }

        /** What {@link PanelFrame#source()} reports (default {@code <memory>}). */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source);
            return this;
        }

        public Builder sha256(String sha256) {
            this.sha256 = sha256;
            return this;
        }

        public Builder entities(String... ids) {
            this.entities = ids.clone();
            return this;
        }

        public Builder entities(int... ids) {
            this.entities = Arrays.stream(ids).mapToObj(Integer::toString).toArray(String[]::new);
            return this;
        }

        public Builder times(long... periods) {
            this.times = periods.clone();
            return this;
        }

        public Builder times(int... periods) {
            this.times = Arrays.stream(periods).asLongStream().toArray();
            return this;
        }

        /** A numeric column; NaN = missing. */
        public Builder column(String name, double... values) {
            columns.put(Objects.requireNonNull(name), Column.numbers(values.clone()));
            return this;
        }

        /** A text column; cells are normalised as when read from a file ({@code null}, "", NA = missing). */
        public Builder textColumn(String name, String... values) {
            String[] norm = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                norm[i] = Cells.normalize(values[i]);
            }
            columns.put(Objects.requireNonNull(name), Column.text(norm));
            return this;
        }

        public PanelFrame build() {
            if (crossSection && times != null) {
                throw new IllegalArgumentException("a cross-section has no times");
            }
            if (entities == null || times == null && !crossSection) {
                throw new IllegalArgumentException("entities and times are required");
            }
            int n = entities.length;
            long[] tm = crossSection ? new long[n] : times.clone();
            String time = crossSection ? null : timeColumn;
            if (tm.length != n) {
                throw new IllegalArgumentException("entities (" + n + ") and times (" + tm.length
                        + ") differ in length");
            }
            if (entityColumn.equals(time)) {
                throw new IllegalArgumentException("the entity and time columns must differ");
            }
            List<String> problems = new ArrayList<>();
            String[] ent = new String[n];
            for (int i = 0; i < n; i++) {
                ent[i] = Cells.normalize(entities[i]);
                if (ent[i] == null) {
                    problems.add("input row " + (i + 1) + ": the entity is missing");
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            Map<String, Column> cols = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            cols.put(entityColumn, Column.text(ent.clone()));
            names.add(entityColumn);
            if (time != null) {
                double[] t = new double[n];
                for (int i = 0; i < n; i++) {
                    t[i] = tm[i];
                }
                cols.put(time, Column.numbers(t));
                names.add(time);
            }
            for (Map.Entry<String, Column> c : columns.entrySet()) {
                if (c.getKey().equals(entityColumn) || c.getKey().equals(time)) {
                    throw new IllegalArgumentException("column '" + c.getKey() + "' is the entity or time column");
                }
                if (c.getValue().length() != n) {
                    throw new IllegalArgumentException("column '" + c.getKey() + "' has " + c.getValue().length()
                            + " values, expected " + n);
                }
                cols.put(c.getKey(), c.getValue());
                names.add(c.getKey());
            }
            int[] lines = new int[n];
            Arrays.fill(lines, -1);
            Meta meta = new Meta(source, sha256, source, "row", entityColumn, time);
            return assemble(meta, names, cols, ent, tm, lines);
        }
    }

    // ------------------------------------------------------------------ shape

    public int rows() {
        return entity.length;
    }

    /** All column names (entity and time columns included), in file order; derived columns last. */
    public List<String> columnNames() {
        return columnNames;
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    public String entityColumn() {
        return entityColumn;
    }

    /** The time column, or {@code null} for a cross-section. */
    public String timeColumn() {
        return timeColumn;
    }

    /** False for a cross-section (no time column; see the class comment). */
    public boolean hasTime() {
        return timeColumn != null;
    }

    public int nEntities() {
        return entityLabels.size();
    }

    /** Number of distinct periods over all entities (1 for a cross-section). */
    public int nPeriods() {
        return periods.length;
    }

    /** True when every entity has a row for every period. */
    public boolean balanced() {
        return rows() == nEntities() * nPeriods();
    }

    /** Entity of a row, 0..nEntities()-1, in the frame's entity order. */
    public int entityIndex(int row) {
        return entity[row];
    }

    /** The entity index of every row (a copy). */
    public int[] entityIndices() {
        return entity.clone();
    }

    public String entityLabel(int row) {
        return entityLabels.get(entity[row]);
    }

    /** Entity ids in entity-index order. */
    public List<String> entityLabels() {
        return entityLabels;
    }

    /** The period of a row; a cross-section has none (an {@link InputException}, see the class comment). */
    public long time(int row) {
        requirePeriods();
        return time[row];
    }

    /**
     * Throws the {@link InputException} of a cross-section asked for periods; does nothing for a
     * panel. Estimators that need periods call it in their validation.
     */
    public void requirePeriods() {
        if (timeColumn == null) {
            throw new InputException(origin + " is a cross-section (no time column), but periods are needed here (as "
                    + "lag(), lead(), diff(), deflate() and per-period computations need them); if the data are a "
                    + "panel, name the time column (--time COL, or the study dataset's timeColumn)");
        }
    }

    /** Index of the row's period in {@link #periods()}. */
    public int timeIndex(int row) {
        return timeIdx[row];
    }

    /** The time index of every row (a copy). */
    public int[] timeIndices() {
        return timeIdx.clone();
    }

    /** The distinct periods, ascending (a copy); a cross-section's one implicit period is 0. */
    public long[] periods() {
        return periods.clone();
    }

    /** First row of an entity (rows of one entity are contiguous and sorted by time). */
    public int firstRow(int entityIndex) {
        return entityStart[entityIndex];
    }

    /** One past the last row of an entity. */
    public int endRow(int entityIndex) {
        return entityStart[entityIndex + 1];
    }

    /** The row of an entity in a period, or -1 when the panel has no such row; a cross-section throws. */
    public int rowOf(int entityIndex, long period) {
        requirePeriods();
        if (entityIndex < 0 || entityIndex >= nEntities()) {
            return -1;
        }
        int lo = entityStart[entityIndex];
        int hi = entityStart[entityIndex + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long t = time[mid];
            if (t < period) {
                lo = mid + 1;
            } else if (t > period) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ provenance

    /** The file path as given when reading, or the builder's source. */
    public String source() {
        return source;
    }

    /** Hex SHA-256 of the file bytes; {@code null} for frames built in memory without one. */
    public String sha256() {
        return sha256;
    }

    /** The file line (CSV) or sheet row (XLSX) of a row, or -1 for data made in memory. */
    public int line(int row) {
        return lines[row];
    }

    /** Where the data came from, for messages ({@code data.xlsx, sheet 'Panel'}). */
    public String origin() {
        return origin;
    }

    /**
     * A row for messages: {@code line 17 (city Beijing, year 2005)}, or
     * {@code (entity 3, time 2005)} without a file line; a cross-section names the entity only.
     */
    public String describe(int row) {
        String key = "(" + entityColumn + " " + entityLabel(row)
                + (timeColumn == null ? "" : ", " + timeColumn + " " + time[row]) + ")";
        return lines[row] > 0 ? lineWord + " " + lines[row] + " " + key : key;
    }

    // ------------------------------------------------------------------ values

    /**
     * The column as numbers, NaN for missing (a copy). Throws an {@link InputException} naming the
     * column and up to five offending cells (line, entity, period, text) if any non-missing cell
     * is not a number, or if the column does not exist.
     */
    public double[] numeric(String column) {
        Column c = require(column);
        List<Integer> bad = c.bad();
        if (!bad.isEmpty()) {
            throw new InputException(notNumeric(column, bad, c));
        }
        return c.values().clone();
    }

    /** True if every non-missing cell of the column is a number. */
    public boolean isNumeric(String column) {
        return require(column).bad().isEmpty();
    }

    /** True if every cell of the column is missing. */
    public boolean allMissing(String column) {
        Column c = require(column);
        if (c.cells != null && c.cells.knownNumbers() == null) {
            for (int i = 0; i < c.cells.size(); i++) {
                if (c.cells.cell(i) != null) {
                    return false;
                }
            }
            return true;
        }
        for (double v : c.values()) { // numbers parsed by the reader or derived: NaN exactly where missing
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Everything that stops the given columns from being used as numeric variables, one message
     * each: unknown columns (with a suggestion and the available columns), non-numeric cells, and
     * columns without any value. Empty when all is well.
     */
    public List<String> checkNumeric(Collection<String> names) {
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            Column c = columns.get(name);
            if (c == null) {
                String hint = Names.suggest(name, columnNames).map(s -> " (did you mean '" + s + "'?)").orElse("");
                problems.add("column '" + name + "' not found in " + origin + hint + "; available columns: "
                        + Names.list(columnNames));
                continue;
            }
            List<Integer> bad = c.bad();
            if (!bad.isEmpty()) {
                problems.add(notNumeric(name, bad, c));
            } else if (allMissing(name)) {
                problems.add("variable '" + name + "' has no values in " + origin + ": it is missing in all "
                        + rows() + " rows");
            }
        }
        return problems;
    }

    /** The column as text, {@code null} for missing (a copy); derived numbers are formatted. */
    public String[] text(String column) {
        Column c = require(column);
        if (c.cells != null) {
            return c.cells.toArray();
        }
        double[] v = c.values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.isNaN(v[i]) ? null : Cells.format(v[i]);
        }
        return out;
    }

    /**
     * A new frame with a derived numeric column added (at the end) or replacing the column of
     * that name (in place). Values are in this frame's row order; NaN = missing. The entity and
     * time columns cannot be replaced.
     */
    public PanelFrame withColumn(String name, double[] values) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InputException("a derived variable needs a name");
        }
        if (name.equals(entityColumn) || name.equals(timeColumn)) { // timeColumn may be null: a cross-section
            throw new InputException("cannot replace the " + (name.equals(entityColumn) ? "entity" : "time")
                    + " column '" + name + "' with a derived variable; choose another name");
        }
        if (values.length != rows()) {
            throw new IllegalArgumentException("column '" + name + "' has " + values.length + " values, the frame "
                    + rows() + " rows");
        }
        Map<String, Column> cols = new LinkedHashMap<>(columns);
        List<String> names = new ArrayList<>(columnNames);
        if (cols.put(name, Column.numbers(values.clone())) == null) {
            names.add(name);
        }
        return new PanelFrame(meta, names, cols, entity, time, timeIdx, lines, entityLabels, periods, entityStart);
    }

    /**
     * A new frame with only the given rows (indices into this frame, in this frame's order):
     * for estimators that must drop incomplete rows (e.g. DEA, where every DMU needs all its data).
     */
    public PanelFrame subset(int[] keep) {
        Map<String, Column> cols = new LinkedHashMap<>();
        for (Map.Entry<String, Column> e : columns.entrySet()) {
            cols.put(e.getKey(), e.getValue().permute(keep));
        }
        String[] ent = new String[keep.length];
        long[] tm = new long[keep.length];
        int[] ln = new int[keep.length];
        for (int i = 0; i < keep.length; i++) {
            ent[i] = entityLabels.get(entity[keep[i]]);
            tm[i] = time[keep[i]];
            ln[i] = lines[keep[i]];
        }
        return assemble(meta, columnNames, cols, ent, tm, ln);
    }

    /**
     * The unit of periods made from a time column of dates ({@link TimeUnit}), or {@code null} when the time column
     * held whole numbers (or there is none).
     */
    public TimeUnit timeUnit() {
        return meta.timeUnit();
    }

    /** A period as a reader writes it: {@code 2015Q1}, {@code 2015-03} for dates read as quarters or months. */
    public String periodLabel(long period) {
        return meta.timeUnit() == null ? Long.toString(period) : meta.timeUnit().label(period);
    }

    /** What was taken from a time column of dates (unit, range, why), for standard error; null without dates. */
    public String periodNote() {
        return meta.periodNote();
    }

    /**
     * What the joins that built this dataset did, one map each ({@code join}, {@code file}, {@code keys},
     * {@code rows}, {@code matched}, {@code unmatched}, {@code unmatched_keys}, ...; see
     * {@link DatasetJoin.Outcome#asMap()}), for the result's provenance; empty without joins.
     */
    public List<Map<String, Object>> joins() {
        return meta.joins();
    }

    /** This frame with the record of the joins that built it. */
    public PanelFrame withJoins(List<Map<String, Object>> joins) {
        Meta m = new Meta(meta.source(), meta.sha256(), meta.origin(), meta.lineWord(), meta.entityColumn(),
                meta.timeColumn(), meta.timeUnit(), meta.periodNote(), List.copyOf(joins));
        return new PanelFrame(m, columnNames, columns, entity, time, timeIdx, lines, entityLabels, periods,
                entityStart);
    }

    private static String firstPresent(RawTable table, int column) {
        for (int r = 0; r < table.rows(); r++) {
            if (table.cell(r, column) != null) {
                return "'" + table.cell(r, column) + "' (" + table.lineWord() + " " + table.line(r) + ")";
            }
        }
        return "no values";
    }

    private Column require(String column) {
        Column c = columns.get(column);
        if (c == null) {
            String hint = Names.suggest(String.valueOf(column), columnNames)
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
            throw new InputException("column '" + column + "' not found in " + origin + hint
                    + "; available columns: " + Names.list(columnNames));
        }
        return c;
    }

    private String notNumeric(String column, List<Integer> bad, Column c) {
        List<Integer> rowsInFileOrder = new ArrayList<>(bad);
        rowsInFileOrder.sort((a, b) -> Integer.compare(lines[a], lines[b]));
        StringBuilder sb = new StringBuilder("column '" + column + "' of " + origin + " is not numeric: ");
        for (int k = 0; k < Math.min(MAX_CELLS, rowsInFileOrder.size()); k++) {
            int r = rowsInFileOrder.get(k);
            if (k > 0) {
                sb.append("; ");
            }
            sb.append(describe(r)).append(" holds '").append(c.cells.cell(r)).append("'");
        }
        if (rowsInFileOrder.size() > MAX_CELLS) {
            sb.append("; and ").append(rowsInFileOrder.size() - MAX_CELLS).append(" more cells");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "PanelFrame[" + origin + ": " + rows() + " rows, " + nEntities() + " entities, "
                + (timeColumn == null ? "cross-section" : nPeriods() + " periods") + ", columns " + columnNames + "]";
    }

    // ------------------------------------------------------------------ storage

    /** A column: cells as read (parsed lazily to numbers unless the reader did it), or derived numbers. */
    private static final class Column {
        final CellColumn cells;
        private double[] values;
        private List<Integer> bad;

        private Column(CellColumn cells, double[] values) {
            this.cells = cells;
            this.values = values;
            this.bad = values != null ? List.of() : null;
        }

        static Column cells(CellColumn cells) {
            return new Column(cells, cells.knownNumbers());
        }

        static Column text(String[] text) {
            return cells(new CellColumn.Text(text));
        }

        static Column numbers(double[] values) {
            return new Column(null, values);
        }

        int length() {
            return cells != null ? cells.size() : values.length;
        }

        Column permute(int[] order) {
            if (cells != null) {
                return cells(cells.permute(order));
            }
            if (CellColumn.identity(order, values.length)) {
                return this;
            }
            double[] v = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                v[i] = values[order[i]];
            }
            return numbers(v);
        }

        synchronized double[] values() {
            parse();
            return values;
        }

        synchronized List<Integer> bad() {
            parse();
            return bad;
        }

        private void parse() {
            if (values != null) {
                return;
            }
            double[] v = new double[cells.size()];
            List<Integer> b = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                String s = cells.cell(i);
                if (s == null) {
                    v[i] = Double.NaN;
                } else {
                    v[i] = Cells.parseNumber(s);
                    if (Double.isNaN(v[i])) {
                        b.add(i);
                    }
                }
            }
            values = v;
            bad = List.copyOf(b);
        }
    }
}
