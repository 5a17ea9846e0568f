package org.carbonlab.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.errors.InputException;

/**
 * A many-to-one join: every row of a study dataset takes the non-key columns of the one row of
 * another table with the same key (province-level variables to each of its cities, a year-level
 * price index to every unit). Written {@code FILE:KEYS[:unmatched=error|missing]}, where KEYS is
 * a comma-separated list of {@code COL} (the same name in both tables) or {@code COL=OTHER} (the
 * other table names it OTHER); {@code entity} and {@code time} stand for the dataset's entity and
 * time columns when no column has that name. Keys match as text, except that numbers match by
 * value ({@code 2010} = {@code 2010.0}). A dataset row without a match is an error naming the keys
 * not found, or with {@code unmatched=missing} gets missing values and a warning.
 */
public final class DatasetJoin {
    /**
     * What a join did, for the log and the result: the dataset's rows and how many found a row of the other table,
     * the unmatched rows' keys (the first {@value #MAX_KEYS} with their row counts), and how many rows of the other
     * table no dataset row used.
     */
    public record Outcome(String description, int rows, int matched, List<String> columns, String warning,
            String spec, String file, List<String> keys, Map<String, Integer> unmatchedKeys, int unmatchedKeyCount,
            int otherRows, int otherUnused) {

        /** Dataset rows without a match (kept with missing joined columns, or refused). */
        public int unmatched() {
            return rows - matched;
        }

        /** The counts as the result's {@code provenance.joins} entries write them. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("join", spec);
            m.put("file", file);
            m.put("keys", keys);
            m.put("columns", columns);
            m.put("rows", rows);
            m.put("matched", matched);
            m.put("unmatched", unmatched());
            m.put("unmatched_keys", unmatchedKeyCount);
            if (!unmatchedKeys.isEmpty()) {
                List<Map<String, Object>> examples = new ArrayList<>();
                unmatchedKeys.forEach((k, n) -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("key", k);
                    e.put("rows", n);
                    examples.add(e);
                });
                m.put("unmatched_examples", examples);
            }
            m.put("other_rows", otherRows);
            m.put("other_rows_unused", otherUnused);
            return m;
        }
    }

    private static final int MAX_KEYS = 10;

    private final String spec;
    private final String file;
    private final List<String[]> keys; // {left (as written), right or null}
    private final boolean keepUnmatched;

    private DatasetJoin(String spec, String file, List<String[]> keys, boolean keepUnmatched) {
        this.spec = spec;
        this.file = file;
        this.keys = keys;
        this.keepUnmatched = keepUnmatched;
    }

    /** Parses {@code FILE:KEYS[:unmatched=error|missing]}. */
    public static DatasetJoin parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        String bad = "join '" + s + "': expected FILE:KEYS[:unmatched=error|missing], e.g. provinces.csv:province";
        boolean keep = false;
        int last = s.lastIndexOf(':');
        if (last > 0 && s.substring(last + 1).strip().startsWith("unmatched=")) {
            String how = s.substring(last + 1).strip().substring("unmatched=".length()).strip();
            if (!how.equals("error") && !how.equals("missing")) {
                throw new InputException("join '" + s + "': unmatched must be error or missing, got '" + how + "'");
            }
            keep = how.equals("missing");
            s = s.substring(0, last);
            last = s.lastIndexOf(':');
        }
        if (last <= 0 || last == s.length() - 1) {
            throw new InputException(bad);
        }
        String file = s.substring(0, last).strip();
        List<String[]> keys = new ArrayList<>();
        for (String k : s.substring(last + 1).split(",")) {
            String[] lr = k.split("=", -1);
            if (lr.length > 2 || lr[0].isBlank() || lr.length == 2 && lr[1].isBlank()) {
                throw new InputException(bad);
            }
            keys.add(new String[] {lr[0].strip(), lr.length == 2 ? lr[1].strip() : null});
        }
        return new DatasetJoin(spec.strip(), file, keys, keep);
    }

    /** The file to join, as written (relative paths are the caller's to resolve). */
    public String file() {
        return file;
    }

    /**
     * Joins {@code other} onto {@code table} and returns the widened table; {@code outcome}
     * receives the counts.
     */
    public RawTable apply(RawTable table, RawTable other, String entityColumn, String timeColumn,
            Outcome[] outcome) {
        String name = other.origin();
        List<String> problems = new ArrayList<>();
        int[] left = new int[keys.size()];
        int[] right = new int[keys.size()];
        List<String> keyNames = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            String l = keys.get(k)[0];
            String col = l;
            if (table.columnIndex(l) < 0 && l.equals("entity")) {
                col = entityColumn;
            } else if (table.columnIndex(l) < 0 && l.equals("time")) {
                col = timeColumn;
                if (col == null) {
                    problems.add("join " + spec + ": key 'time' but the dataset is a cross-section (no time column)");
                    continue;
                }
            }
            left[k] = table.columnIndex(col);
            if (left[k] < 0) {
                problems.add("join " + spec + ": key column '" + l + "' not found in " + table.origin()
                        + " (columns: " + String.join(", ", table.columnNames()) + ")");
            }
            String r = keys.get(k)[1] == null ? col : keys.get(k)[1];
            right[k] = other.columnIndex(r);
            if (right[k] < 0) {
                problems.add("join " + spec + ": key column '" + r + "' not found in " + name
                        + " (columns: " + String.join(", ", other.columnNames()) + ")");
            }
            keyNames.add(col.equals(r) ? col : col + "=" + r);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<Integer> added = new ArrayList<>();
        for (int c = 0; c < other.columns(); c++) {
            boolean isKey = false;
            for (int r : right) {
                isKey |= r == c;
            }
            if (isKey) {
                continue;
            }
            String col = other.columnNames().get(c);
            if (table.columnIndex(col) >= 0) {
                problems.add("join " + spec + ": column '" + col + "' of " + name + " is already in " + table.origin()
                        + "; rename one of them");
            }
            added.add(c);
        }
        if (added.isEmpty()) {
            problems.add("join " + spec + ": " + name + " has no columns besides the keys");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int row = 0; row < other.rows(); row++) {
            String key = key(other, row, right);
            if (key == null) {
                problems.add("join " + spec + ": " + name + " " + other.lineWord() + " " + other.line(row)
                        + " has a missing key");
                continue;
            }
            Integer first = index.putIfAbsent(key, row);
            if (first != null) {
                problems.add("join " + spec + ": key " + show(key) + " appears twice in " + name + " ("
                        + other.lineWord() + "s " + other.line(first) + " and " + other.line(row)
                        + "); the joined table must have one row per key");
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<String, Integer> unmatched = new LinkedHashMap<>();
        List<String> header = new ArrayList<>(table.columnNames());
        added.forEach(c -> header.add(other.columnNames().get(c)));
        String[][] cells = new String[table.rows()][];
        boolean[] used = new boolean[other.rows()];
        int matched = 0;
        for (int row = 0; row < table.rows(); row++) {
            String key = key(table, row, left);
            Integer hit = key == null ? null : index.get(key);
            String[] out = new String[header.size()];
            for (int c = 0; c < table.columns(); c++) {
                out[c] = table.cell(row, c);
            }
            if (hit == null) {
                unmatched.merge(key == null ? "(missing key)" : show(key), 1, Integer::sum);
            } else {
                matched++;
                used[hit] = true;
                for (int a = 0; a < added.size(); a++) {
                    out[table.columns() + a] = other.cell(hit, added.get(a));
                }
            }
            cells[row] = out;
        }
        List<String> columns = added.stream().map(c -> other.columnNames().get(c)).toList();
        String by = String.join(", ", keyNames);
        String description = "joined " + columns.size() + " column" + (columns.size() == 1 ? "" : "s") + " ("
                + String.join(", ", columns) + ") from " + name + " by " + by + ": " + matched + " of " + table.rows()
                + " rows matched";
        String warning = null;
        if (!unmatched.isEmpty()) {
            int rows = table.rows() - matched;
            String list = unmatchedList(unmatched);
            String what = rows + " row" + (rows == 1 ? "" : "s") + " of " + table.origin() + " (" + unmatched.size()
                    + " key" + (unmatched.size() == 1 ? "" : "s") + ") have no match in " + name + " by " + by + ": "
                    + list;
            if (!keepUnmatched) {
                throw new InputException("join " + spec + ": " + what
                        + "; add the keys to " + name + " or write :unmatched=missing to keep them as missing");
            }
            warning = "join " + spec + ": " + what + "; their joined columns are missing";
        }
        int unused = 0;
        for (boolean u : used) {
            unused += u ? 0 : 1;
        }
        Map<String, Integer> examples = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : unmatched.entrySet()) {
            if (examples.size() == MAX_KEYS) {
                break;
            }
            String k = e.getKey(); // as shown: 'a', 'b' (or "(missing key)")
            examples.put(k.startsWith("'") ? k.substring(1, k.length() - 1).replace("', '", ", ") : k, e.getValue());
        }
        outcome[0] = new Outcome(description, table.rows(), matched, columns, warning, spec, file, keyNames,
                examples, unmatched.size(), other.rows(), unused);
        return new RawTable(table.source(), table.sheet(), table.sha256(), header, cells, table.lines());
    }

    private static String unmatchedList(Map<String, Integer> unmatched) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Integer> e : unmatched.entrySet()) {
            if (shown == 10) {
                sb.append(", … (").append(unmatched.size() - 10).append(" more)");
                break;
            }
            sb.append(shown++ == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue())
                    .append(e.getValue() == 1 ? " row)" : " rows)");
        }
        return sb.toString();
    }

    private static String show(String key) {
        return "'" + key.replace("\u0000", "', '") + "'";
    }

    /** The row's key, numbers normalised so that 2010 and 2010.0 match; {@code null} if a part is missing. */
    private static String key(RawTable t, int row, int[] cols) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cols.length; i++) {
            String v = Cells.normalize(t.cell(row, cols[i]));
            if (v == null) {
                return null;
            }
            double number = Cells.parseNumber(v);
            sb.append(i == 0 ? "" : "\u0000").append(Double.isNaN(number) ? v : Cells.format(number));
        }
        return sb.toString();
    }

    /** Resolves the join file against {@code base} (the study's folder, or the working directory). */
    public Path path(Path base) {
        Path p = Path.of(file);
        return base == null || p.isAbsolute() ? p : base.resolve(p);
    }
}
