package org.carbonlab.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over a CSV file's bytes (valid UTF-8, see {@link CsvReader} for the format) into columns:
 * each column stays numeric (values parsed straight from the bytes, see {@link CsvNumbers}) until a
 * present cell is not a number, and only then becomes strings. Separators, quotes and line ends are
 * ASCII, so splitting bytes splits the text exactly where splitting characters would. Collects the
 * problems the reader reports: unclosed quotes, text after a closing quote, rows of the wrong width.
 */
final class CsvParser {
    private static final int MAX_LISTED = 20;
    /** Bytes read to estimate the number of rows. */
    private static final int SAMPLE_BYTES = 1 << 16;

    private final String source;
    private final byte[] bytes;
    private final int start;

    /** Problems that stop the parse (quotes). */
    final List<String> problems = new ArrayList<>();
    /** The header's names, stripped; {@code null} when the file has no non-empty record. */
    List<String> header;
    /** The line the header was taken from (0 before it is found). */
    int headerLineFound;
    /** Non-empty records above the header line that were skipped. */
    int skippedRecords;
    /** Records that start before this line (1-based) are skipped: title lines above the header. */
    int headerLine;
    /** Non-empty records after the header, including those of the wrong width. */
    int dataRecords;
    /** Records of the wrong width, and the first {@value #MAX_LISTED} messages about them. */
    int raggedCount;
    final List<String> ragged = new ArrayList<>();

    // the fields of the current record: content ranges, and whether a quoted field holds "" escapes
    private int[] fieldFrom = new int[16];
    private int[] fieldTo = new int[16];
    private boolean[] fieldEscaped = new boolean[16];
    private int fields;
    private int line = 1;

    private ColumnBuilder[] builders;
    private int[] lines;
    private int rows;

    CsvParser(String source, byte[] bytes, int start) {
        this.source = source;
        this.bytes = bytes;
        this.start = start;
    }

    /** Parses the file, one record per call of {@link #record} (a small method the JIT compiles well). */
    void run() {
        int pos = start;
        while (pos >= 0 && pos < bytes.length) {
            pos = record(pos);
        }
    }

    /**
     * Parses the record at {@code pos} (RFC 4180 with CRLF, LF or CR line ends) and returns where the
     * next one starts, or -1 after a quote that is never closed.
     */
    private int record(int pos) {
        byte[] s = bytes;
        int n = s.length;
        {
            int recordLine = line;
            fields = 0;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (pos < n && s[pos] == '"') {
                    int quoteLine = line;
                    pos++;
                    int from = pos;
                    boolean escaped = false;
                    boolean closed = false;
                    while (pos < n) {
                        byte c = s[pos];
                        if (c == '"') {
                            if (pos + 1 < n && s[pos + 1] == '"') {
                                escaped = true;
                                pos += 2;
                                continue;
                            }
                            pos++;
                            closed = true;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && (pos + 1 >= n || s[pos + 1] != '\n'))) {
                            line++;
                        }
                        pos++;
                    }
                    if (!closed) {
                        problems.add("line " + quoteLine + " of " + source + ": field " + (fields + 1)
                                + " opens a quote (\") that is never closed");
                        return -1;
                    }
                    int to = pos - 1; // the closing quote
                    if (pos < n && s[pos] != ',' && s[pos] != '\n' && s[pos] != '\r') {
                        problems.add("line " + line + " of " + source + ": field " + (fields + 1)
                                + " has text after its closing quote (write a quote inside a quoted field as \"\")");
                        while (pos < n && s[pos] != ',' && s[pos] != '\n' && s[pos] != '\r') {
                            pos++;
                        }
                    }
                    addField(from, to, escaped);
                } else {
                    int from = pos;
                    while (pos < n) {
                        byte c = s[pos];
                        if (c == ',' || c == '\n' || c == '\r') {
                            break;
                        }
                        pos++;
                    }
                    addField(from, pos, false);
                }
                if (pos >= n) {
                    endOfRecord = true;
                } else {
                    byte c = s[pos];
                    if (c == ',') {
                        pos++;
                    } else {
                        pos += (c == '\r' && pos + 1 < n && s[pos + 1] == '\n') ? 2 : 1;
                        line++;
                        endOfRecord = true;
                    }
                }
            }
            endRecord(recordLine);
        }
        return pos;
    }

    private void addField(int from, int to, boolean escaped) {
        if (fields == fieldFrom.length) {
            fieldFrom = Arrays.copyOf(fieldFrom, fields * 2);
            fieldTo = Arrays.copyOf(fieldTo, fields * 2);
            fieldEscaped = Arrays.copyOf(fieldEscaped, fields * 2);
        }
        fieldFrom[fields] = from;
        fieldTo[fields] = to;
        fieldEscaped[fields] = escaped;
        fields++;
    }

    private void endRecord(int line) {
        if (allBlank()) {
            return;
        }
        if (header == null && line < headerLine) {
            skippedRecords++;
            return;
        }
        if (header == null) {
            headerLineFound = line;
            header = new ArrayList<>(fields);
            for (int k = 0; k < fields; k++) {
                header.add(text(fieldFrom[k], fieldTo[k], fieldEscaped[k]).strip());
            }
            int capacity = estimateRows();
            builders = new ColumnBuilder[fields];
            for (int c = 0; c < fields; c++) {
                builders[c] = new ColumnBuilder(bytes, capacity);
            }
            lines = new int[capacity];
            return;
        }
        dataRecords++;
        if (fields != builders.length) {
            if (raggedCount++ < MAX_LISTED) {
                ragged.add("line " + line + " of " + source + " has " + fields + " field" + (fields == 1 ? "" : "s")
                        + ", but the header has " + builders.length);
            }
            return;
        }
        if (!problems.isEmpty() || raggedCount > 0) {
            return; // the file is refused anyway
        }
        for (int c = 0; c < fields; c++) {
            builders[c].add(fieldFrom[c], fieldTo[c], fieldEscaped[c]);
        }
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, rows + (rows >> 1) + 16);
        }
        lines[rows++] = line;
    }

    private boolean allBlank() {
        for (int k = 0; k < fields; k++) {
            if (!blank(fieldFrom[k], fieldTo[k])) {
                return false;
            }
        }
        return true;
    }

    /** As {@link String#isBlank()} of the field's text. */
    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0) {
                return text(from, to, false).isBlank(); // non-ASCII: Unicode white space counts too
            }
            if (!isAsciiSpace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The data rows to expect: the line ends of the first {@value #SAMPLE_BYTES} bytes extrapolated to the whole file
     * (a pass over a large file would cost as much as a tenth of the parse); the arrays grow when it is too small and
     * are trimmed at the end.
     */
    private int estimateRows() {
        int sample = (int) Math.min(SAMPLE_BYTES, (long) bytes.length - start);
        int count = 1;
        for (int i = start; i < start + sample; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        if (sample == bytes.length - start) {
            return count;
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) ((double) count / sample * (bytes.length - start) * 1.02) + 16);
    }

    /** The field's text (unescaped, not yet trimmed). */
    String text(int from, int to, boolean escaped) {
        String t = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        return escaped ? t.replace("\"\"", "\"") : t;
    }

    CellColumn[] columns() {
        CellColumn[] out = new CellColumn[builders.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = builders[c].build(rows);
        }
        return out;
    }

    int[] lines() {
        return Arrays.copyOf(lines, rows);
    }

    /** ASCII white space as {@link Character#isWhitespace} sees it (what {@link String#strip()} removes). */
    static boolean isAsciiSpace(byte b) {
        return b == ' ' || (b >= 9 && b <= 13) || (b >= 28 && b <= 31);
    }

    /** One column's cells: numbers while every present cell is one, strings from the first that is not. */
    private static final class ColumnBuilder {
        private final byte[] bytes;
        private double[] values;
        private int[] start;
        private int[] end;
        private String[] text;
        private int size;

        ColumnBuilder(byte[] bytes, int capacity) {
            this.bytes = bytes;
            values = new double[capacity];
            start = new int[capacity];
            end = new int[capacity];
        }

        void add(int from, int to, boolean escaped) {
            if (text != null) {
                grow();
                text[size++] = Cells.normalize(textOf(from, to, escaped));
                return;
            }
            if (escaped) { // a "" escape: not a number
                toText();
                add(from, to, true);
                return;
            }
            while (from < to && isAsciiSpace(bytes[from])) {
                from++;
            }
            while (to > from && isAsciiSpace(bytes[to - 1])) {
                to--;
            }
            grow();
            double v = from == to ? Double.NaN : CsvNumbers.parse(bytes, from, to);
            if (Double.isNaN(v) && missingMarker(from, to)) {
                values[size] = Double.NaN;
                start[size] = -1;
                end[size] = -1;
                size++;
                return;
            }
            if (Double.isNaN(v)) {
                // anything unusual: the rules of Cells on the cell's text
                String raw = textOf(from, to, false);
                String cell = Cells.normalize(raw);
                if (cell == null) {
                    values[size] = Double.NaN;
                    start[size] = -1;
                    end[size] = -1;
                    size++;
                    return;
                }
                boolean logical = cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false");
                v = cell.length() == raw.length() && !logical ? Cells.parseNumber(cell) : Double.NaN;
                if (Double.isNaN(v)) { // text (or TRUE/FALSE, or Unicode blanks around): keep strings
                    toText();
                    text[size++] = cell;
                    return;
                }
            }
            values[size] = v;
            start[size] = from;
            end[size] = to;
            size++;
        }

        private boolean missingMarker(int from, int to) {
            int len = to - from;
            if (len == 0) {
                return true;
            }
            byte a = bytes[from];
            if (len == 1) {
                return a == '.';
            }
            if (len == 2) {
                byte b = bytes[from + 1];
                return (a == 'N' && b == 'A') || (a == '.' && b >= 'a' && b <= 'z');
            }
            return false;
        }

        private String textOf(int from, int to, boolean escaped) {
            String t = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            return escaped ? t.replace("\"\"", "\"") : t;
        }

        private void grow() {
            int capacity = text != null ? text.length : values.length;
            if (size < capacity) {
                return;
            }
            int more = capacity + (capacity >> 1) + 16;
            if (text != null) {
                text = Arrays.copyOf(text, more);
            } else {
                values = Arrays.copyOf(values, more);
                start = Arrays.copyOf(start, more);
                end = Arrays.copyOf(end, more);
            }
        }

        /** From here on the column is text: the cells so far become strings. */
        private void toText() {
            String[] t = new String[Math.max(values.length, size + 1)];
            for (int i = 0; i < size; i++) {
                t[i] = start[i] < 0 ? null : new String(bytes, start[i], end[i] - start[i], StandardCharsets.UTF_8);
            }
            text = t;
            values = null;
            start = null;
            end = null;
        }

        CellColumn build(int rows) {
            if (text != null) {
                return new CellColumn.Text(rows == text.length ? text : Arrays.copyOf(text, rows));
            }
            if (rows == values.length) {
                return new CellColumn.Numbers(values, bytes, start, end);
            }
            return new CellColumn.Numbers(Arrays.copyOf(values, rows), bytes, Arrays.copyOf(start, rows),
                    Arrays.copyOf(end, rows));
        }
    }
}
