package org.carbonlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.carbonlab.core.errors.InputException;

/**
 * Reads one worksheet of an Office Open XML workbook (.xlsx) with the JDK alone: the workbook is a
 * zip archive of XML parts, read with StAX. DTDs and external entities are disabled and a part
 * that declares a DOCTYPE is refused (XLSX parts never have one), so a crafted file cannot make
 * the reader open other files or URLs.
 *
 * <p>What it understands: the package and workbook relationships, the sheet list
 * ({@code xl/workbook.xml}), shared strings (plain and rich-text runs; phonetic runs are
 * skipped), inline strings, numbers, booleans (read as {@code TRUE}/{@code FALSE}, which
 * numeric columns take as 1/0), formula cells (their cached value; formulas without a cached
 * value, and columns whose formulas all cache the placeholder 0, are refused with the cells named, see
 * {@link XlsxCellKinds}), error cells ({@code #N/A} is missing, other errors such as
 * {@code #DIV/0!} are kept as text so that a numeric column holding them is reported; all are listed in a note), and
 * sparse rows and cells (cells that are not stored are missing). A number whose cell style has a
 * date format ({@code xl/styles.xml}) reads as an ISO date or date-time in the workbook's date
 * system ({@link XlsxDates}). The first row that has any value is the header, unless it holds a
 * single cell above a wider row (a title, skipped with a note); rows without any value are skipped. Numbers stored
 * as text are taken as numbers with one note per column ({@link RawTable#notes()}). Row numbers in messages are the sheet's own (1-based).
 *
 * <p>The archive is read under {@link XlsxLimits} (entry count, inflated size, inflate ratio,
 * shared-strings count and characters), so a zip bomb is refused while it inflates.
 */
final class XlsxReader {
    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";
    private static final String REL_SHARED_STRINGS = "/sharedStrings";
    private static final String REL_STYLES = "/styles";
    private static final int MAX_LISTED = 20;

    private final String source;
    private final XlsxArchive zip;
    private final XlsxLimits limits;
    private final int headerRow; // 1-based, 0 = the first filled row (a single-cell title above it skipped)
    private boolean date1904;

    private XlsxReader(String source, XlsxArchive zip, XlsxLimits limits, int headerRow) {
        this.source = source;
        this.zip = zip;
        this.limits = limits;
        this.headerRow = headerRow;
    }

    static RawTable read(Path file, String source, byte[] bytes, String sha256, String sheet) {
        return read(file, source, bytes, sha256, sheet, XlsxLimits.DEFAULT);
    }

    static RawTable read(Path file, String source, byte[] bytes, String sha256, String sheet, XlsxLimits limits) {
        return read(file, source, bytes, sha256, sheet, limits, 0);
    }

    /** As {@link #read(Path, String, byte[], String, String, XlsxLimits)} with the header in row {@code headerRow}. */
    static RawTable read(Path file, String source, byte[] bytes, String sha256, String sheet, XlsxLimits limits,
            int headerRow) {
        if (bytes.length == 0) {
            throw new InputException("data file is empty: " + source);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            String hint = bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                    ? " (it looks like an old .xls or an encrypted workbook; save it as .xlsx without a password)"
                    : "";
            throw new InputException("data file " + source + " is not a valid XLSX file: not a zip archive" + hint);
        }
        try (XlsxArchive zip = new XlsxArchive(file, source, limits)) {
            return new XlsxReader(source, zip, limits, headerRow).readSheet(sha256, sheet);
        } catch (ZipException e) {
            throw new InputException("data file " + source + " is not a valid XLSX file: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException("cannot read data file " + source + ": " + e.getMessage());
        }
    }

    private record SheetRef(String name, String relationshipId) {
    }

    private record Relationship(String id, String type, String target) {
    }

    private RawTable readSheet(String sha256, String wanted) throws IOException {
        String workbookPart = "xl/workbook.xml";
        for (Relationship r : relationships("_rels/.rels", "")) {
            if (r.type.endsWith(REL_OFFICE_DOCUMENT)) {
                workbookPart = r.target;
            }
        }
        if (entry(workbookPart) == null) {
            throw invalid("it has no workbook part (" + workbookPart + ")");
        }
        List<SheetRef> sheets = sheets(workbookPart);
        if (sheets.isEmpty()) {
            throw invalid("the workbook lists no sheets");
        }
        String base = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        String relsPart = base + "_rels/" + workbookPart.substring(base.length()) + ".rels";
        Map<String, Relationship> rels = new LinkedHashMap<>();
        String sharedPart = null;
        String stylesPart = null;
        for (Relationship r : relationships(relsPart, base)) {
            rels.put(r.id, r);
            if (r.type.endsWith(REL_SHARED_STRINGS)) {
                sharedPart = r.target;
            } else if (r.type.endsWith(REL_STYLES)) {
                stylesPart = r.target;
            }
        }
        if (sharedPart == null && entry(base + "sharedStrings.xml") != null) {
            sharedPart = base + "sharedStrings.xml";
        }
        if (stylesPart == null && entry(base + "styles.xml") != null) {
            stylesPart = base + "styles.xml";
        }
        SheetRef chosen = null;
        if (wanted == null) {
            chosen = sheets.get(0);
        } else {
            for (SheetRef s : sheets) {
                if (s.name.equals(wanted)) {
                    chosen = s;
                }
            }
            if (chosen == null) {
                List<String> names = new ArrayList<>();
                sheets.forEach(s -> names.add(s.name));
                String hint = Names.suggest(wanted, names).map(s -> " (did you mean '" + s + "'?)").orElse("");
                throw new InputException("sheet '" + wanted + "' not found in " + source + hint + "; sheets: "
                        + String.join(", ", names));
            }
        }
        Relationship rel = rels.get(chosen.relationshipId);
        String sheetPart = rel != null ? rel.target : null;
        if (sheetPart == null || entry(sheetPart) == null) {
            throw invalid("the part of sheet '" + chosen.name + "' is missing");
        }
        List<String> shared = sharedPart == null || entry(sharedPart) == null ? List.of() : sharedStrings(sharedPart);
        List<XlsxDates.Kind> styles = stylesPart == null || entry(stylesPart) == null ? List.of() : styles(stylesPart);
        String which = null;
        if (wanted == null && sheets.size() > 1) {
            // the first sheet is read by default; when it is not the data (a cover or notes sheet), say which exist
            List<String> names = new ArrayList<>();
            sheets.forEach(s -> names.add("'" + s.name + "'"));
            which = source + " has " + sheets.size() + " sheets (" + String.join(", ", names)
                    + ") and the first one was read; if the data are on another sheet, choose it with --sheet NAME "
                    + "(or the dataset's sheet in a study file)";
        }
        return cells(sheetPart, chosen.name, shared, styles, sha256, which);
    }

    // ---------------------------------------------------------------- parts

    private List<Relationship> relationships(String part, String base) throws IOException {
        List<Relationship> out = new ArrayList<>();
        if (entry(part) == null) {
            return out;
        }
        parse(part, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String mode = attr(r, "TargetMode");
                    String target = attr(r, "Target");
                    if (target == null || "External".equals(mode)) {
                        continue;
                    }
                    out.add(new Relationship(attr(r, "Id"), String.valueOf(attr(r, "Type")), resolve(base, target)));
                }
            }
        });
        return out;
    }

    private List<SheetRef> sheets(String workbookPart) throws IOException {
        List<SheetRef> out = new ArrayList<>();
        parse(workbookPart, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("workbookPr")) {
                    String d = attr(r, "date1904");
                    date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                } else if (r.getEventType() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String ns = r.getAttributeNamespace(i);
                        if (r.getAttributeLocalName(i).equals("id") && ns != null && !ns.isEmpty()) {
                            id = r.getAttributeValue(i);
                        }
                    }
                    out.add(new SheetRef(String.valueOf(attr(r, "name")), id));
                }
            }
        });
        return out;
    }

    private List<String> sharedStrings(String part) throws IOException {
        List<String> out = new ArrayList<>();
        parse(part, r -> {
            StringBuilder sb = null;
            int phonetic = 0;
            long chars = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("si")) {
                        sb = new StringBuilder();
                    } else if (n.equals("rPh")) {
                        phonetic++;
                    } else if (n.equals("t") && sb != null) {
                        String t = r.getElementText();
                        if (phonetic == 0) {
                            sb.append(t);
                            chars += t.length();
                            if (chars > limits.maxSharedStringChars()) {
                                throw refused("its shared strings hold more than " + limits.maxSharedStringChars()
                                        + " characters (max shared-string characters)");
                            }
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("rPh")) {
                        phonetic--;
                    } else if (n.equals("si") && sb != null) {
                        if (out.size() >= limits.maxSharedStrings()) {
                            throw refused("its shared-strings table has more than " + limits.maxSharedStrings()
                                    + " entries (max shared strings)");
                        }
                        out.add(unescape(sb.toString()));
                        sb = null;
                    }
                }
            }
        });
        return out;
    }

    /**
     * The number-format kind of every cell style ({@code <cellXfs>}, indexed by a cell's {@code s}); custom formats
     * from {@code <numFmts>}.
     */
    private List<XlsxDates.Kind> styles(String part) throws IOException {
        Map<Integer, String> codes = new java.util.HashMap<>();
        List<XlsxDates.Kind> out = new ArrayList<>();
        parse(part, r -> {
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("numFmt")) {
                        int id = parseInt(String.valueOf(attr(r, "numFmtId")), -1);
                        String code = attr(r, "formatCode");
                        if (id >= 0 && code != null) {
                            codes.put(id, code);
                        }
                    } else if (n.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (n.equals("xf") && inCellXfs) {
                        String id = attr(r, "numFmtId");
                        int fmt = id == null ? 0 : parseInt(id, 0);
                        out.add(XlsxDates.kind(fmt, codes.get(fmt)));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        });
        return out;
    }

    private RawTable cells(String part, String sheetName, List<String> shared, List<XlsxDates.Kind> styles,
            String sha256, String sheetChoice) throws IOException {
        String origin = source + ", sheet '" + sheetName + "'";
        TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        XlsxCellKinds seen = new XlsxCellKinds();
        parse(part, r -> {
            int nextRow = 1;
            int nextCol = 0;
            TreeMap<Integer, String> row = null;
            int rowNumber = 0;
            // state of the current cell
            int col = -1;
            String type = null;
            XlsxDates.Kind kind = XlsxDates.Kind.NUMBER;
            String value = null;
            String inline = null;
            boolean inCell = false;
            boolean inInline = false;
            boolean formula = false;
            int phonetic = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    switch (n) {
                        case "row" -> {
                            String rr = attr(r, "r");
                            rowNumber = rr != null ? parseInt(rr, nextRow) : nextRow;
                            nextRow = rowNumber + 1;
                            nextCol = 0;
                            row = rows.computeIfAbsent(rowNumber, k -> new TreeMap<>());
                        }
                        case "c" -> {
                            String ref = attr(r, "r");
                            col = ref != null ? columnIndex(ref) : nextCol;
                            if (col < 0) {
                                col = nextCol;
                            }
                            nextCol = col + 1;
                            type = attr(r, "t");
                            int style = parseInt(String.valueOf(attr(r, "s")), 0);
                            kind = style >= 0 && style < styles.size() ? styles.get(style) : XlsxDates.Kind.NUMBER;
                            value = null;
                            inline = null;
                            formula = false;
                            inCell = true;
                        }
                        case "v" -> {
                            if (inCell) {
                                value = r.getElementText();
                            }
                        }
                        case "f" -> {
                            formula = inCell;
                            r.getElementText();
                        }
                        case "is" -> {
                            inInline = true;
                            inline = "";
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = r.getElementText();
                            if (inInline && phonetic == 0) {
                                inline = inline + t;
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("is")) {
                        inInline = false;
                    } else if (n.equals("rPh")) {
                        phonetic--;
                    } else if (n.equals("c") && inCell) {
                        inCell = false;
                        String ref = columnLetters(col) + rowNumber;
                        String text = cellText(type, value, inline, shared, ref, origin, problems);
                        seen.record(rowNumber, col, ref, type, value, text, formula);
                        if (kind != XlsxDates.Kind.NUMBER && (type == null || type.equals("n")) && text != null
                                && Cells.isNumber(text.strip())) {
                            String iso = XlsxDates.iso(Cells.parseNumber(text.strip()), kind, date1904);
                            text = iso != null ? iso : text;
                        }
                        String norm = Cells.normalize(text);
                        if (norm != null && row != null) {
                            row.put(col, norm);
                        }
                    }
                }
            }
        });
        rows.values().removeIf(TreeMap::isEmpty);
        if (rows.isEmpty()) {
            problems.add("sheet '" + sheetName + "' of " + source + " is empty");
            if (sheetChoice != null) {
                problems.add(sheetChoice);
            }
            throw new InputException(problems);
        }
        List<String> notes = new ArrayList<>();
        if (headerRow > 0) {
            int above = rows.headMap(headerRow).size();
            rows.headMap(headerRow).clear();
            if (rows.isEmpty() || rows.firstKey() != headerRow) {
                problems.add("row " + headerRow + " of " + origin + " is empty, but it was given as the header row "
                        + "(--header-row " + headerRow + " / --skip " + (headerRow - 1) + "; in a study headerRow)"
                        + (rows.isEmpty() ? "" : "; the next filled row is " + rows.firstKey()));
                throw new InputException(problems);
            }
            notes.add(origin + ": the header is row " + headerRow + " as given" + (above == 0 ? ""
                    : "; " + above + " filled row" + (above == 1 ? "" : "s") + " above it skipped"));
        }
        Map.Entry<Integer, TreeMap<Integer, String>> head = rows.pollFirstEntry();
        // a title (one cell, e.g. "Table 1. Provincial panel") above a wider row of names is not the header; a wider
        // row holding numbers is data under a header that lacks names, which the header check reports
        while (headerRow == 0 && head.getValue().size() == 1 && !rows.isEmpty() && rows.firstEntry().getValue().size() >= 2
                && rows.firstEntry().getValue().values().stream().noneMatch(Cells::isNumber)) {
            notes.add(origin + ": row " + head.getKey() + " ('" + head.getValue().firstEntry().getValue()
                    + "') holds a single cell above a wider row, so it is read as a title and skipped; the header "
                    + "is row " + rows.firstKey() + " (--header-row N or --skip N name the header row)");
            head = rows.pollFirstEntry();
        }
        int width = head.getValue().lastKey() + 1;
        List<String> header = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            header.add(head.getValue().get(c));
            letters.add(columnLetters(c));
        }
        CsvReader.checkHeader(origin + " (row " + head.getKey() + ")", "column", header, letters, problems);
        if (rows.isEmpty()) {
            problems.add("sheet '" + sheetName + "' of " + source + " has a header (row " + head.getKey()
                    + ") but no data rows");
        }
        String[][] cells = new String[rows.size()][];
        int[] lines = new int[rows.size()];
        int i = 0;
        int beyond = 0;
        for (Map.Entry<Integer, TreeMap<Integer, String>> e : rows.entrySet()) {
            String[] cellsOfRow = new String[width];
            for (Map.Entry<Integer, String> c : e.getValue().entrySet()) {
                if (c.getKey() >= width) {
                    if (beyond++ < MAX_LISTED) {
                        problems.add("row " + e.getKey() + " of " + origin + " has a value in column "
                                + columnLetters(c.getKey()) + " ('" + c.getValue()
                                + "'), right of the last named column " + columnLetters(width - 1)
                                + "; give the column a name in the header row " + head.getKey());
                    }
                    continue;
                }
                cellsOfRow[c.getKey()] = c.getValue();
            }
            cells[i] = cellsOfRow;
            lines[i] = e.getKey();
            i++;
        }
        if (beyond > MAX_LISTED) {
            problems.add("... and " + (beyond - MAX_LISTED) + " more cells of " + origin + " right of the header");
        }
        if (beyond > 0) {
            problems.add("if row " + head.getKey() + " of " + origin + " is not the header (a title or notes above "
                    + "it), name the header row with --header-row N or skip the rows above it with --skip N (in a "
                    + "study: the dataset's headerRow or skip)");
        }
        problems.addAll(seen.problems(origin, head.getKey(), header));
        if (!problems.isEmpty()) {
            if (sheetChoice != null) {
                problems.add(sheetChoice);
            }
            throw new InputException(problems);
        }
        notes.addAll(seen.notes(origin, head.getKey(), header, cells));
        if (sheetChoice != null) {
            notes.add(sheetChoice);
        }
        return new RawTable(source, sheetName, sha256, header, cells, lines, notes);
    }

    private static String cellText(String type, String value, String inline, List<String> shared, String ref,
            String origin, List<String> problems) {
        if (type == null || type.equals("n") || type.equals("str") || type.equals("d")) {
            return value;
        }
        switch (type) {
            case "s": {
                if (value == null) {
                    return null;
                }
                int idx = parseInt(value.strip(), -1);
                if (idx < 0 || idx >= shared.size()) {
                    problems.add("cell " + ref + " of " + origin + " refers to shared string " + value.strip()
                            + ", but the workbook has " + shared.size() + " shared strings");
                    return null;
                }
                return shared.get(idx);
            }
            case "inlineStr":
                return inline != null ? unescape(inline) : value;
            case "b":
                if (value == null) {
                    return null;
                }
                return value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
            case "e":
                return value == null || value.strip().equals("#N/A") ? null : value;
            default:
                return value;
        }
    }

    // ---------------------------------------------------------------- helpers

    @FunctionalInterface
    private interface XmlBody {
        void accept(XMLStreamReader r) throws XMLStreamException;
    }

    private void parse(String part, XmlBody body) throws IOException {
        ZipEntry e = entry(part);
        if (e == null) {
            throw invalid("the part " + part + " is missing");
        }
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        try (InputStream in = zip.open(e)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                // a DOCTYPE can only stand in the prolog: refuse it before the root element
                while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    if (r.getEventType() == XMLStreamConstants.DTD
                            || r.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw doctype(part);
                    }
                    if (!r.hasNext()) {
                        throw invalid("the part " + part + " has no content");
                    }
                    r.next();
                }
                // the root element itself carries nothing the readers need
                body.accept(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException ex) {
            // a limit passed inside the parser's reads may come back wrapped
            Throwable t = ex;
            while (t != null) {
                if (t instanceof InputException limit) {
                    throw limit;
                }
                Throwable next = t.getCause();
                if (next == null && t instanceof XMLStreamException x) {
                    next = x.getNestedException();
                }
                t = next == t ? null : next;
            }
            throw invalid("cannot parse " + part + ": " + oneLine(ex.getMessage()));
        }
    }

    private InputException refused(String why) {
        return new InputException("data file " + source + " is refused: " + why);
    }

    private InputException doctype(String part) {
        return new InputException("data file " + source + " is refused: its part " + part
                + " declares a DOCTYPE or entities, which XLSX files never contain");
    }

    private InputException invalid(String why) {
        return new InputException("data file " + source + " is not a valid XLSX file: " + why);
    }

    private ZipEntry entry(String name) {
        return zip.entry(name);
    }

    private static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if (r.getAttributeLocalName(i).equals(localName) && (ns == null || ns.isEmpty())) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Resolves a relationship target against the folder of its source part. */
    static String resolve(String base, String target) {
        String t = target.replace('\\', '/');
        String path = t.startsWith("/") ? t.substring(1) : base + t;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /** 0-based column of a cell reference such as {@code AB12}; -1 if it has no letters. */
    static int columnIndex(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** Spreadsheet letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
    static String columnLetters(int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Decodes OOXML's {@code _xHHHH_} escapes of characters XML cannot hold. */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
