package org.carbonlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The .docx structure strict readers need (issue 20): tblGrid, styles part, alignment, one header row. */
class DocxWriterTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Map<String, Document> parts(byte[] docx) throws Exception {
        Map<String, Document> out = new HashMap<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                out.put(e.getName(), f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        return out;
    }

    private static Grid grid() {
        Grid g = new Grid(List.of("", "(1) FE", "(2) RE"));
        g.row(List.of("capital", "0.512***", "\u22120.031"));
        g.row(List.of("", "(0.044)", "(0.012)"));
        g.rule();
        g.row(List.of("N", "120", "120"));
        g.row(List.of("Entity FE", "Yes", "No"));
        g.caption("Table 1");
        g.note("Standard errors in parentheses.");
        return g;
    }

    @Test
    void everyTableHasAGridAsWideAsItsRows() throws Exception {
        Map<String, Document> parts = parts(new DocxWriter().write("Result", List.of(grid(), grid()), List.of()));
        Document doc = parts.get("word/document.xml");
        NodeList tables = doc.getElementsByTagNameNS(W, "tbl");
        assertEquals(2, tables.getLength());
        for (int t = 0; t < tables.getLength(); t++) {
            Element tbl = (Element) tables.item(t);
            NodeList grids = tbl.getElementsByTagNameNS(W, "tblGrid");
            assertEquals(1, grids.getLength(), "one w:tblGrid per table");
            NodeList cols = ((Element) grids.item(0)).getElementsByTagNameNS(W, "gridCol");
            assertEquals(3, cols.getLength());
            int sum = 0;
            for (int c = 0; c < cols.getLength(); c++) {
                int w = Integer.parseInt(((Element) cols.item(c)).getAttributeNS(W, "w"));
                assertTrue(w > 0);
                sum += w;
            }
            assertTrue(sum <= 11906 - 2 * 1134, "fits the text width: " + sum);
            NodeList rows = tbl.getElementsByTagNameNS(W, "tr");
            assertEquals(5, rows.getLength());
            assertEquals(1, tbl.getElementsByTagNameNS(W, "tblHeader").getLength(), "one header row");
            for (int r = 0; r < rows.getLength(); r++) {
                assertEquals(3, ((Element) rows.item(r)).getElementsByTagNameNS(W, "tc").getLength());
            }
        }
    }

    @Test
    void stylesPartIsLinkedAndDefinesFontHeadingsAndTableStyle() throws Exception {
        Map<String, Document> parts = parts(new DocxWriter().write("Result", List.of(grid()), List.of("w1")));
        Document styles = parts.get("word/styles.xml");
        assertNotNull(styles, parts.keySet().toString());
        assertEquals(1, styles.getElementsByTagNameNS(W, "rFonts").getLength(), "body font in docDefaults");
        List<String> ids = new java.util.ArrayList<>();
        NodeList st = styles.getElementsByTagNameNS(W, "style");
        for (int i = 0; i < st.getLength(); i++) {
            ids.add(((Element) st.item(i)).getAttributeNS(W, "styleId"));
        }
        assertTrue(ids.containsAll(List.of("Normal", "Title", "Heading1", "ThreeLineTable")), ids.toString());
        Element rel = (Element) parts.get("word/_rels/document.xml.rels").getElementsByTagName("Relationship").item(0);
        assertTrue(rel.getAttribute("Type").endsWith("/styles"));
        assertEquals("styles.xml", rel.getAttribute("Target"));
        NodeList overrides = parts.get("[Content_Types].xml").getElementsByTagName("Override");
        boolean found = false;
        for (int i = 0; i < overrides.getLength(); i++) {
            found |= ((Element) overrides.item(i)).getAttribute("PartName").equals("/word/styles.xml");
        }
        assertTrue(found, "styles part has a content type");
        // every style the document uses is defined
        NodeList used = parts.get("word/document.xml").getElementsByTagNameNS(W, "pStyle");
        for (int i = 0; i < used.getLength(); i++) {
            String id = ((Element) used.item(i)).getAttributeNS(W, "val");
            assertTrue(ids.contains(id), id);
        }
    }

    @Test
    void labelsLeftNumbersRight() throws Exception {
        Document doc = parts(new DocxWriter().write("Result", List.of(grid()), List.of())).get("word/document.xml");
        Element tbl = (Element) doc.getElementsByTagNameNS(W, "tbl").item(0);
        Element coef = (Element) tbl.getElementsByTagNameNS(W, "tr").item(1);
        NodeList jc = coef.getElementsByTagNameNS(W, "jc");
        assertEquals("left", ((Element) jc.item(0)).getAttributeNS(W, "val"));
        assertEquals("right", ((Element) jc.item(1)).getAttributeNS(W, "val"));
        assertEquals("right", ((Element) jc.item(2)).getAttributeNS(W, "val"), "minus sign numbers too");
        assertTrue(DocxWriter.isNumeric("(0.044)"));
        assertTrue(DocxWriter.isNumeric("[0.1]"));
        assertTrue(DocxWriter.isNumeric("12.5%"));
        assertTrue(!DocxWriter.isNumeric("Yes"));
    }
}
