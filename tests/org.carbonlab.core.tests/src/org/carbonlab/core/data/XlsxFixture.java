package org.carbonlab.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small .xlsx workbooks in tests with java.util.zip, writing the XML parts by hand so that
 * every construct the reader supports (shared and inline strings, rich text, booleans, formulas,
 * sparse cells, several sheets) can be exercised without committing binaries.
 */
public final class XlsxFixture {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final List<String[]> sheets = new ArrayList<>(); // name, sheetData xml
    private String sharedStrings;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private boolean absoluteTargets;
    private String styles;
    private boolean date1904;
    private final Map<String, String[]> repeated = new LinkedHashMap<>(); // name -> head, filler, count, tail

    /** Adds a sheet whose {@code <sheetData>} content is {@code rowsXml}. */
    public XlsxFixture sheet(String name, String rowsXml) {
        sheets.add(new String[] {name, rowsXml});
        return this;
    }

    /** The {@code <si>} items of xl/sharedStrings.xml (raw XML inside {@code <sst>}). */
    public XlsxFixture sharedStringsXml(String siItems) {
        this.sharedStrings = siItems;
        return this;
    }

    /** Plain shared strings. */
    public XlsxFixture sharedStrings(String... strings) {
        StringBuilder sb = new StringBuilder();
        for (String s : strings) {
            sb.append("<si><t>").append(escape(s)).append("</t></si>");
        }
        return sharedStringsXml(sb.toString());
    }

    /** Replaces a whole part with the given text (for malformed or hostile parts). */
    public XlsxFixture part(String name, String content) {
        overrides.put(name, content);
        return this;
    }

    /** Writes relationship targets as absolute part names ("/xl/worksheets/sheet1.xml"). */
    public XlsxFixture absoluteTargets() {
        this.absoluteTargets = true;
        return this;
    }

    /** The content of xl/styles.xml inside {@code <styleSheet>} (numFmts, cellXfs ...), linked from the workbook. */
    public XlsxFixture stylesXml(String inner) {
        this.styles = inner;
        return this;
    }

    /**
     * Cell styles whose number formats are {@code numFmtIds} (style i has the i-th id), with the custom formats
     * {@code customFormats} given as id, code pairs.
     */
    public XlsxFixture numberFormats(int[] numFmtIds, String... customFormats) {
        StringBuilder sb = new StringBuilder();
        if (customFormats.length > 0) {
            sb.append("<numFmts count=\"").append(customFormats.length / 2).append("\">");
            for (int i = 0; i < customFormats.length; i += 2) {
                sb.append("<numFmt numFmtId=\"").append(customFormats[i]).append("\" formatCode=\"")
                        .append(escape(customFormats[i + 1])).append("\"/>");
            }
            sb.append("</numFmts>");
        }
        // a cell style (cellStyleXfs) that must not be taken for a cell format
        sb.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>");
        sb.append("<cellXfs count=\"").append(numFmtIds.length).append("\">");
        for (int id : numFmtIds) {
            sb.append("<xf numFmtId=\"").append(id).append("\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        }
        sb.append("</cellXfs>");
        return stylesXml(sb.toString());
    }

    /** Marks the workbook as using the 1904 date system. */
    public XlsxFixture date1904() {
        this.date1904 = true;
        return this;
    }

    /**
     * Replaces a part with {@code head}, then {@code count} times {@code filler}, then {@code tail}, streamed into
     * the zip (a huge, highly compressible part without building it in memory).
     */
    public XlsxFixture repeatedPart(String name, String head, String filler, long count, String tail) {
        repeated.put(name, new String[] {head, filler, Long.toString(count), tail});
        return this;
    }

    public byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"" + PKG + "\">");
        String prefix = absoluteTargets ? "/xl/" : "";
        for (int i = 0; i < sheets.size(); i++) {
            int k = i + 1;
            wb.append("<sheet name=\"").append(escape(sheets.get(i)[0])).append("\" sheetId=\"").append(k)
                    .append("\" r:id=\"rId").append(k).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(k)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                            + " Target=\"")
                    .append(prefix).append("worksheets/sheet").append(k).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + k + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetData>" + sheets.get(i)[1]
                    + "</sheetData></worksheet>");
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(k).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        wb.append("</sheets></workbook>");
        if (sharedStrings != null) {
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/sharedStrings\" Target=\"").append(prefix).append("sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
        }
        if (styles != null) {
            rels.append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/styles\" Target=\"").append(prefix).append("styles.xml\"/>");
            parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"" + MAIN + "\">" + styles + "</styleSheet>");
        }
        rels.append("</Relationships>");
        types.append("</Types>");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", types.toString());
        all.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"" + PKG + "\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        all.put("xl/workbook.xml", wb.toString());
        all.put("xl/_rels/workbook.xml.rels", rels.toString());
        all.putAll(parts);
        all.putAll(overrides);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            for (Map.Entry<String, String> e : all.entrySet()) {
                if (repeated.containsKey(e.getKey())) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (Map.Entry<String, String[]> e : repeated.entrySet()) {
                String[] r = e.getValue();
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(r[0].getBytes(StandardCharsets.UTF_8));
                byte[] chunk = r[1].repeat(Math.max(1, 65536 / Math.max(1, r[1].length()))).getBytes(StandardCharsets.UTF_8);
                long perChunk = Math.max(1, 65536 / Math.max(1, r[1].length()));
                long left = Long.parseLong(r[2]);
                byte[] one = r[1].getBytes(StandardCharsets.UTF_8);
                while (left >= perChunk) {
                    zip.write(chunk);
                    left -= perChunk;
                }
                for (; left > 0; left--) {
                    zip.write(one);
                }
                zip.write(r[3].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** Writes the workbook into the test folder. */
    public Path write(String fileName) {
        return TestFiles.write(fileName, bytes());
    }

    /** A row of cells: each cell given as raw XML {@code <c .../>}. */
    public static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    /** A shared-string cell. */
    public static String s(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    /** A number cell. */
    public static String n(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    /** An inline-string cell. */
    public static String is(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
