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
import java.util.function.Supplier;

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
        return read(source, bytes, () -> sha256, blankCornerAllowed, 0);
    }

    /**
     * As {@link #read(String, byte[], String, boolean)} with the header on line {@code headerLine} (1-based; the
     * lines above it are skipped), or with {@code 0} on the first non-empty line, unless that line holds a single
     * filled cell above a wider line of names: a title, skipped with a note ({@link CsvTitle}). The digest is asked
     * for only once the file parsed.
     */
    static RawTable read(String source, byte[] bytes, Supplier<String> sha256, boolean blankCornerAllowed,
            int headerLine) {
        int start = bomLength(bytes);
        if (isAscii(bytes, start)) {
            if (isAsciiBlank(bytes, start, bytes.length)) {
                throw new InputException("data file is empty: " + source);
            }
        } else if (decode(source, bytes, start).isBlank()) { // decoding checks the UTF-8
            throw new InputException("data file is empty: " + source);
        }
        List<String> notes = new ArrayList<>();
        CsvParser parsed = new CsvParser(source, bytes, start);
        if (headerLine > 0) {
            parsed.headerLine = headerLine;
        } else {
            CsvTitle title = CsvTitle.find(bytes, start);
            if (title != null) {
                parsed.headerLine = title.headerLine();
                notes.add(source + ": line " + title.titleLine() + " ('" + title.text() + "') holds a single cell "
                        + "above a wider line, so it is read as a title and skipped; the header is line "
                        + title.headerLine() + " (--header-row N or --skip N name the header line)");
            }
        }
        parsed.run();
        if (!parsed.problems.isEmpty()) {
            throw new InputException(parsed.problems);
        }
        if (parsed.header == null) {
            throw new InputException(headerLine > 0 ? "data file " + source + " has no line " + headerLine
                    + " or below it to take the header from (--header-row " + headerLine + ")"
                    : "data file is empty: " + source);
        }
        if (headerLine > 0) {
            notes.add(source + ": the header is line " + parsed.headerLineFound
                    + (parsed.headerLineFound == headerLine ? " as given" : " (the first non-empty line from line "
                            + headerLine + " as given)")
                    + (parsed.skippedRecords == 0 ? "" : "; " + parsed.skippedRecords + " non-empty line"
                            + (parsed.skippedRecords == 1 ? "" : "s") + " above it skipped"));
        }
        List<String> problems = new ArrayList<>();
        List<String> header = parsed.header;
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
        if (parsed.dataRecords == 0) {
            problems.add("data file " + source + " has a header but no data rows");
        }
        problems.addAll(parsed.ragged);
        if (parsed.raggedCount > MAX_LISTED) {
            problems.add("... and " + (parsed.raggedCount - MAX_LISTED) + " more lines of " + source
                    + " with the wrong number of fields");
        }
        if (parsed.raggedCount > 0 && headerLine == 0) {
            problems.add("if line " + parsed.headerLineFound + " of " + source + " is not the header (a title or "
                    + "notes above it), name the header line with --header-row N or skip the lines above it with "
                    + "--skip N (in a study: the dataset's headerRow or skip)");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        RawTable table = new RawTable(source, null, sha256.get(), header, parsed.columns(), parsed.lines());
        return notes.isEmpty() ? table : table.withNotes(notes);
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

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** The text after the byte-order mark; an {@link InputException} naming the line if it is not UTF-8. */
    private static String decode(String source, byte[] bytes, int start) {
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

    /** True if every byte is ASCII white space as {@link Character#isWhitespace} sees it. */
    static boolean isAsciiBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CsvParser.isAsciiSpace(bytes[i])) {
                return false;
            }
        }
        return true;
    }
}
