package org.carbonlab.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small Word (.docx, Office Open XML) document of headings, tables and notes, written without a document library.
 * Besides the parts Word requires it writes a styles part (body font, Title/Heading 1 and a three-line table style)
 * and every table's {@code w:tblGrid} with column widths, which the schema requires and which stricter readers
 * (python-docx, pandoc, LibreOffice) rely on. Labels are left-aligned and numbers right-aligned; the header row
 * repeats on every page.
 */
public final class DocxWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public byte[] write(String title, List<Grid> grids, List<String> warnings) {
        StringBuilder body = new StringBuilder();
        paragraph(body, title, "Title");
        for (Grid g : grids) {
            if (g.caption() != null) {
                paragraph(body, g.caption(), "Heading1");
            }
            table(body, g);
            for (String n : g.notes()) {
                paragraph(body, n, "TableNote");
            }
        }
        if (!warnings.isEmpty()) {
            paragraph(body, "Warnings", "Heading1");
            for (String w : warnings) {
                paragraph(body, "• " + w, null);
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
                + "</w:body></w:document>";
        String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "</Types>";
        String documentRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", contentTypes);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/document.xml", document);
            entry(zip, "word/_rels/document.xml.rels", documentRels);
            entry(zip, "word/styles.xml", STYLES);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Body text 11 pt serif; Title, Heading 1, a 9 pt note style and a three-line table style. */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:styles xmlns:w=\"" + W + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
            + "w:cs=\"Times New Roman\" w:eastAsia=\"SimSun\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
            + "<w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/>"
            + "</w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "</w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/>"
            + "<w:sz w:val=\"32\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
            + "<w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/>"
            + "<w:sz w:val=\"24\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"TableNote\"><w:name w:val=\"Table Note\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"60\" w:after=\"0\"/></w:pPr><w:rPr>"
            + "<w:sz w:val=\"18\"/></w:rPr></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"ThreeLineTable\"><w:name w:val=\"Three-line Table\"/>"
            + "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"20\"/>"
            + "</w:rPr><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders></w:tblPr>"
            + "</w:style>"
            + "</w:styles>";

    /** Usable width of an A4 page with the margins of the section (twips). */
    private static final int TEXT_WIDTH = 11906 - 2 * 1134;

    private static void paragraph(StringBuilder sb, String text, String style) {
        sb.append("<w:p>");
        if (style != null) {
            sb.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        sb.append("<w:r><w:t xml:space=\"preserve\">").append(xml(text)).append("</w:t></w:r></w:p>");
    }

    private static void table(StringBuilder sb, Grid g) {
        int[] widths = widths(g);
        sb.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"ThreeLineTable\"/><w:tblW w:w=\"")
                .append(java.util.Arrays.stream(widths).sum()).append("\" w:type=\"dxa\"/><w:tblBorders>")
                .append("<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>")
                .append("<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>")
                .append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0020\" w:firstRow=\"1\" ")
                .append("w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
                .append("</w:tblPr><w:tblGrid>");
        for (int w : widths) {
            sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        boolean[] numeric = numericColumns(g);
        row(sb, g.header(), widths, numeric, true, false);
        for (int i = 0; i < g.rows().size(); i++) {
            row(sb, g.rows().get(i), widths, numeric, false, i > 0 && g.ruleBefore(i));
        }
        sb.append("</w:tbl>");
    }

    /** Column widths in twips from the longest text of each column, scaled down to the page width. */
    static int[] widths(Grid g) {
        int n = g.header().size();
        int[] chars = new int[n];
        for (int c = 0; c < n; c++) {
            chars[c] = Math.max(4, g.header().get(c).length());
        }
        for (List<String> r : g.rows()) {
            for (int c = 0; c < n && c < r.size(); c++) {
                chars[c] = Math.max(chars[c], Math.min(60, r.get(c).length()));
            }
        }
        int total = 0;
        int[] w = new int[n];
        for (int c = 0; c < n; c++) {
            w[c] = 120 * chars[c] + 240; // about 10 pt characters plus the cell margins
            total += w[c];
        }
        if (total > TEXT_WIDTH) {
            for (int c = 0; c < n; c++) {
                w[c] = (int) ((long) w[c] * TEXT_WIDTH / total);
            }
        }
        return w;
    }

    /** Columns (after the label column) whose filled cells are mostly numbers: their headers align with them. */
    private static boolean[] numericColumns(Grid g) {
        int n = g.header().size();
        boolean[] out = new boolean[n];
        for (int c = 1; c < n; c++) {
            int numbers = 0;
            int filled = 0;
            for (List<String> r : g.rows()) {
                if (c < r.size() && !r.get(c).isBlank()) {
                    filled++;
                    numbers += isNumeric(r.get(c)) ? 1 : 0;
                }
            }
            out[c] = filled > 0 && 2 * numbers > filled;
        }
        return out;
    }

    private static void row(StringBuilder sb, List<String> cells, int[] widths, boolean[] numeric, boolean header,
            boolean ruleAbove) {
        sb.append("<w:tr>");
        if (header) {
            sb.append("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for (int i = 0; i < widths.length; i++) {
            String text = i < cells.size() ? cells.get(i) : "";
            sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[i]).append("\" w:type=\"dxa\"/>");
            if (header || ruleAbove) {
                sb.append("<w:tcBorders><w:").append(header ? "bottom" : "top")
                        .append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders>");
            }
            String align = i == 0 ? "left" : header ? (numeric[i] ? "right" : "center")
                    : isNumeric(text) ? "right" : "center";
            sb.append("</w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"").append(align)
                    .append("\"/></w:pPr><w:r>").append(header ? "<w:rPr><w:b/></w:rPr>" : "")
                    .append("<w:t xml:space=\"preserve\">").append(xml(text)).append("</w:t></w:r></w:p></w:tc>");
        }
        sb.append("</w:tr>");
    }

    /** A number as tables print it: optional sign, brackets, stars or percent around digits. */
    static boolean isNumeric(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.matches("[<>]?[\\[(]?[-+\u2212]?[0-9][0-9,.]*(e[-+]?[0-9]+)?[\\])]?(\\*{1,3}|%)?");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
