package org.carbonlab.core.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.errors.InputException;

/**
 * CSV as CarbonLab reads it: UTF-8 (an optional byte-order mark is skipped), a header row, comma
 * separators, RFC 4180 quoting (a field in double quotes may hold commas, line breaks and
 * {@code ""} for one quote), CRLF, LF or CR line ends. Lines that are entirely empty (or hold only
 * separators and blanks) are skipped. Cells are normalised by {@link Cells#normalize}.
 */
final class CsvReader {
    private static final int MAX_LISTED = 20;

    private CsvReader() {
    }

    static RawTable read(String source, byte[] bytes, String sha256) {
        return read(source, bytes, sha256, false);
    }

    /**
     * As {@link #read(String, byte[], String)}; with {@code blankCornerAllowed} the first header
     * cell may be empty (the corner above row names, as R's {@code write.csv} writes a matrix).
     */
    static RawTable read(String source, byte[] bytes, String sha256, boolean blankCornerAllowed) {
        String text = decode(source, bytes);
        if (text.isBlank()) {
            throw new InputException("data file is empty: " + source);
        }
        List<String> problems = new ArrayList<>();
        List<Record> records = parse(source, text, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (records.isEmpty()) {
            throw new InputException("data file is empty: " + source);
        }
        Record head = records.get(0);
        List<String> header = new ArrayList<>();
        for (String f : head.fields) {
            header.add(f.strip());
        }
        if (header.size() == 1 && (header.get(0).indexOf(';') >= 0 || header.get(0).indexOf('\t') >= 0)) {
            String sep = header.get(0).indexOf(';') >= 0 ? "';'" : "tabs";
            throw new InputException("data file " + source + " seems to use " + sep
                    + " as separator (header: '" + header.get(0) + "'); CarbonLab reads comma-separated files");
        }
        if (blankCornerAllowed && header.size() > 1 && header.get(0).isEmpty()) {
            List<String> named = new ArrayList<>(header);
            named.set(0, "\u0000corner"); // a placeholder no header cell can equal
            checkHeader(source, "column", named, null, problems);
        } else {
            checkHeader(source, "column", header, null, problems);
        }
        if (records.size() == 1) {
            problems.add("data file " + source + " has a header but no data rows");
        }
        int width = header.size();
        int ragged = 0;
        String[][] cells = new String[records.size() - 1][];
        int[] lines = new int[records.size() - 1];
        for (int r = 1; r < records.size(); r++) {
            Record rec = records.get(r);
            if (rec.fields.size() != width) {
                if (ragged++ < MAX_LISTED) {
                    problems.add("line " + rec.line + " of " + source + " has " + rec.fields.size() + " field"
                            + (rec.fields.size() == 1 ? "" : "s") + ", but the header has " + width);
                }
                continue;
            }
            String[] row = new String[width];
            for (int c = 0; c < width; c++) {
                row[c] = Cells.normalize(rec.fields.get(c));
            }
            cells[r - 1] = row;
            lines[r - 1] = rec.line;
        }
        if (ragged > MAX_LISTED) {
            problems.add("... and " + (ragged - MAX_LISTED) + " more lines of " + source
                    + " with the wrong number of fields");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new RawTable(source, null, sha256, header, cells, lines);
    }

    /**
     * Checks header names: none empty, none repeated. {@code letters} gives spreadsheet column
     * letters for XLSX (or null: 1-based positions).
     */
    static void checkHeader(String origin, String word, List<String> header, List<String> letters,
            List<String> problems) {
        Map<String, List<Integer>> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String where = letters == null ? "column " + (i + 1) : "column " + letters.get(i);
            if (name == null || name.isEmpty()) {
                problems.add("the header of " + origin + " has an empty name in " + where
                        + "; every column needs a name");
                continue;
            }
            seen.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null || name.isEmpty()) {
                continue;
            }
            List<Integer> at = seen.get(name);
            if (at.size() > 1 && at.get(0) == i) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < at.size(); k++) {
                    if (k > 0) {
                        sb.append(k == at.size() - 1 ? " and " : ", ");
                    }
                    sb.append(letters == null ? Integer.toString(at.get(k) + 1) : letters.get(at.get(k)));
                }
                problems.add("the header of " + origin + " names column '" + name + "' more than once ("
                        + word + "s " + sb + "); column names must be unique");
            }
        }
    }

    private static String decode(String source, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (isAscii(bytes, start)) {
            // ASCII is valid UTF-8 and decodes to the same text; one copy into a compact string instead of a
            // char buffer twice the file's size
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult cr = dec.decode(in, out, true);
        if (!cr.isError()) {
            cr = dec.flush(out);
        }
        if (cr.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = start; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputException("data file " + source + " is not valid UTF-8 (line " + line + ", byte "
                    + (offset + 1) + "); save it as UTF-8 (in Excel: 'CSV UTF-8'; files saved as plain CSV"
                    + " in a Chinese locale are GBK-encoded)");
        }
        out.flip();
        return out.toString();
    }

    private static boolean isAscii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static final class Record {
        final int line;
        final List<String> fields = new ArrayList<>();

        Record(int line) {
            this.line = line;
        }
    }

    private static List<Record> parse(String source, String s, List<String> problems) {
        List<Record> records = new ArrayList<>();
        int n = s.length();
        int pos = 0;
        int line = 1;
        StringBuilder sb = new StringBuilder();
        while (pos < n) {
            Record rec = new Record(line);
            boolean endOfRecord = false;
            while (!endOfRecord) {
                sb.setLength(0);
                if (pos < n && s.charAt(pos) == '"') {
                    int quoteLine = line;
                    pos++;
                    boolean closed = false;
                    while (pos < n) {
                        char c = s.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < n && s.charAt(pos + 1) == '"') {
                                sb.append('"');
                                pos += 2;
                                continue;
                            }
                            pos++;
                            closed = true;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && (pos + 1 >= n || s.charAt(pos + 1) != '\n'))) {
                            line++;
                        }
                        sb.append(c);
                        pos++;
                    }
                    if (!closed) {
                        problems.add("line " + quoteLine + " of " + source + ": field " + (rec.fields.size() + 1)
                                + " opens a quote (\") that is never closed");
                        return records;
                    }
                    if (pos < n && s.charAt(pos) != ',' && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                        problems.add("line " + line + " of " + source + ": field " + (rec.fields.size() + 1)
                                + " has text after its closing quote (write a quote inside a quoted field as \"\")");
                        while (pos < n && s.charAt(pos) != ',' && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                            pos++;
                        }
                    }
                    rec.fields.add(sb.toString());
                } else {
                    // unquoted: the field is a slice of the text (no per-character copy)
                    int from = pos;
                    while (pos < n) {
                        char c = s.charAt(pos);
                        if (c == ',' || c == '\n' || c == '\r') {
                            break;
                        }
                        pos++;
                    }
                    rec.fields.add(s.substring(from, pos));
                }
                if (pos >= n) {
                    endOfRecord = true;
                } else {
                    char c = s.charAt(pos);
                    if (c == ',') {
                        pos++;
                    } else {
                        pos += (c == '\r' && pos + 1 < n && s.charAt(pos + 1) == '\n') ? 2 : 1;
                        line++;
                        endOfRecord = true;
                    }
                }
            }
            if (!allEmpty(rec)) {
                records.add(rec);
            }
        }
        return records;
    }

    private static boolean allEmpty(Record rec) {
        for (String f : rec.fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
