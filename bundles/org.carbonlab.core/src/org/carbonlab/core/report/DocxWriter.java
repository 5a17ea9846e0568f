package org.carbonlab.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Word (.docx, Office Open XML) document of headings, tables and notes. Only the three
 * parts Word requires are written, so no document library is needed.
 */
public final class DocxWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public byte[] write(String title, List<Grid> grids, List<String> warnings) {
        StringBuilder body = new StringBuilder();
        paragraph(body, title, true, 32);
        for (Grid g : grids) {
            if (g.caption() != null) {
                paragraph(body, g.caption(), true, 24);
            }
            table(body, g);
            for (String n : g.notes()) {
                paragraph(body, n, false, 18);
            }
        }
        if (!warnings.isEmpty()) {
            paragraph(body, "Warnings", true, 24);
            for (String w : warnings) {
                paragraph(body, "• " + w, false, 20);
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
                + "</Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", contentTypes);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/document.xml", document);
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

    private static void paragraph(StringBuilder sb, String text, boolean bold, int halfPoints) {
        sb.append("<w:p><w:r><w:rPr>").append(bold ? "<w:b/>" : "").append("<w:sz w:val=\"").append(halfPoints)
                .append("\"/></w:rPr><w:t xml:space=\"preserve\">").append(xml(text)).append("</w:t></w:r></w:p>");
    }

    private static void table(StringBuilder sb, Grid g) {
        // Three-line table: rule above the header, below the header and at the bottom.
        sb.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>")
                .append("<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>")
                .append("<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>")
                .append("</w:tblBorders></w:tblPr>");
        row(sb, g.header(), true);
        for (List<String> r : g.rows()) {
            row(sb, r, false);
        }
        sb.append("</w:tbl>");
    }

    private static void row(StringBuilder sb, List<String> cells, boolean header) {
        sb.append("<w:tr>");
        for (int i = 0; i < cells.size(); i++) {
            sb.append("<w:tc><w:tcPr>");
            if (header) {
                sb.append("<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders>");
            }
            sb.append("</w:tcPr><w:p><w:pPr><w:jc w:val=\"").append(i == 0 ? "left" : "center")
                    .append("\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space=\"preserve\">")
                    .append(xml(cells.get(i))).append("</w:t></w:r></w:p></w:tc>");
        }
        sb.append("</w:tr>");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
