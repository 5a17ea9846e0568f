package org.carbonlab.core.data;

import static org.carbonlab.core.data.XlsxFixture.is;
import static org.carbonlab.core.data.XlsxFixture.n;
import static org.carbonlab.core.data.XlsxFixture.row;
import static org.carbonlab.core.data.XlsxFixture.s;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

    /** Header city | year | gdp | note, two data rows, using every kind of cell. */
    private static XlsxFixture panelWorkbook() {
        return new XlsxFixture()
                .sharedStringsXml("<si><t>city</t></si>"
                        + "<si><t>year</t></si>"
                        // rich text: runs are concatenated; the phonetic run is not text
                        + "<si><r><rPr><b/></rPr><t>g</t></r><r><t xml:space=\"preserve\">dp</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
                        + "<si><t>Beijing</t></si>"
                        + "<si><t>note</t></si>"
                        + "<si><t>x &amp; y</t></si>")
                .sheet("Panel",
                        row(1, s("A1", 0), s("B1", 1), s("C1", 2), s("D1", 4))
                                + row(2, s("A2", 3), n("B2", "2000"), n("C2", "1.5E-2"), s("D2", 5))
                                // inline string, formula with cached value, gap in C (B3 given, C3 absent)
                                + row(4, is("A4", "Tianjin"), "<c r=\"B4\"><f>B2+1</f><v>2001</v></c>",
                                        "<c r=\"D4\" t=\"b\"><v>1</v></c>"))
                .sheet("Second",
                        row(1, is("A1", "id"), is("B1", "t"), is("C1", "v"))
                                + row(2, n("A2", "7"), n("B2", "1999"), "<c r=\"C2\" t=\"str\"><f>\"a\"</f><v>text</v></c>")
                                + row(3, n("A3", "8"), n("B3", "1999"), "<c r=\"C3\" t=\"e\"><v>#N/A</v></c>"));
    }

    @Test
    void readsFirstSheetWithAllCellKinds() throws Exception {
        XlsxFixture fx = panelWorkbook();
        Path p = fx.write("panel.xlsx");
        RawTable t = DataReader.read(p, null);
        assertEquals("Panel", t.sheet());
        assertEquals("row", t.lineWord());
        assertEquals(List.of("city", "year", "gdp", "note"), t.columnNames());
        assertEquals(2, t.rows());
        assertEquals(List.of("Beijing", "2000", "1.5E-2", "x & y"), t.row(0));
        assertEquals("Tianjin", t.cell(1, 0));
        assertEquals("2001", t.cell(1, 1), "formula cells give their cached value");
        assertNull(t.cell(1, 2), "a cell that is not stored is missing");
        assertEquals("TRUE", t.cell(1, 3));
        assertArrayEquals(new int[] {2, 4}, t.lines(), "sheet row numbers, empty row 3 skipped");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        assertEquals(sha, t.sha256());
        assertEquals(p + ", sheet 'Panel'", t.origin());
    }

    @Test
    void readsSecondSheetByName() {
        Path p = panelWorkbook().write("panel2.xlsx");
        RawTable t = DataReader.read(p, "Second");
        assertEquals(List.of("id", "t", "v"), t.columnNames());
        assertEquals("text", t.cell(0, 2), "string formula result");
        assertNull(t.cell(1, 2), "#N/A is missing");
    }

    @Test
    void unknownSheetListsTheSheets() {
        Path p = panelWorkbook().write("panel3.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, "second"));
        assertEquals("sheet 'second' not found in " + p + " (did you mean 'Second'?); sheets: Panel, Second",
                e.getMessage());
    }

    @Test
    void gapsInCellReferencesAreMissing() {
        Path p = new XlsxFixture()
                .sheet("S", row(1, is("A1", "a"), is("B1", "b"), is("C1", "c"))
                        + row(2, n("A2", "1"), n("C2", "3"))
                        // cells without references follow the previous one
                        + "<row r=\"3\"><c><v>4</v></c><c><v>5</v></c><c><v>6</v></c></row>"
                        // rows without references follow the previous one
                        + "<row><c r=\"B4\"><v>8</v></c></row>")
                .write("gaps.xlsx");
        RawTable t = DataReader.read(p, null);
        assertEquals(java.util.Arrays.asList("1", null, "3"), t.row(0));
        assertEquals(List.of("4", "5", "6"), t.row(1));
        assertEquals(java.util.Arrays.asList(null, "8", null), t.row(2));
        assertArrayEquals(new int[] {2, 3, 4}, t.lines());
    }

    @Test
    void absoluteRelationshipTargets() {
        Path p = panelWorkbook().absoluteTargets().write("absolute.xlsx");
        RawTable t = DataReader.read(p, "Second");
        assertEquals(2, t.rows());
        assertEquals("Beijing", DataReader.read(p, null).cell(0, 0));
    }

    @Test
    void xxeIsRefusedAndNothingLeaks() {
        Path secret = TestFiles.write("secret.txt", "TOP-SECRET-CONTENT");
        String uri = secret.toAbsolutePath().toUri().toString();
        String hostile = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + uri + "\">]>"
                + "<sst xmlns=\"" + XlsxFixture.MAIN + "\"><si><t>&xxe;</t></si><si><t>b</t></si></sst>";
        Path p = new XlsxFixture().sharedStrings("a", "b")
                .sheet("S", row(1, s("A1", 0), s("B1", 1)) + row(2, n("A2", "1"), n("B2", "2")))
                .part("xl/sharedStrings.xml", hostile)
                .write("xxe.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void billionLaughsIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<worksheet xmlns=\"" + XlsxFixture.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&b;</t></is></c></row></sheetData></worksheet>";
        Path p = new XlsxFixture().sheet("S", "").part("xl/worksheets/sheet1.xml", bomb).write("bomb.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void notAZip() {
        Path p = TestFiles.write("fake.xlsx", "id,year\n1,2000\n");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertEquals("data file " + p + " is not a valid XLSX file: not a zip archive", e.getMessage());
        Path empty = TestFiles.write("empty.xlsx", new byte[0]);
        assertEquals("data file is empty: " + empty,
                assertThrows(InputException.class, () -> DataReader.read(empty, null)).getMessage());
    }

    @Test
    void emptySheetAndHeaderOnly() {
        Path p = new XlsxFixture().sheet("Empty", "").sheet("Head", row(3, is("A3", "a"), is("B3", "b")))
                .write("empty-sheets.xlsx");
        InputException e1 = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertEquals(List.of("sheet 'Empty' of " + p + " is empty", p + " has 2 sheets ('Empty', 'Head') and the first one "
                + "was read; if the data are on another sheet, choose it with --sheet NAME (or the dataset's sheet in a "
                + "study file)"), e1.problems());
        InputException e2 = assertThrows(InputException.class, () -> DataReader.read(p, "Head"));
        assertEquals("sheet 'Head' of " + p + " has a header (row 3) but no data rows", e2.getMessage());
    }

    @Test
    void headerProblemsUseColumnLetters() {
        Path p = new XlsxFixture()
                .sheet("S", row(1, is("A1", "x"), is("C1", "x"), is("D1", "y"))
                        + row(2, n("A2", "1"), n("B2", "2"), n("F2", "9"))
                        + row(3, n("A3", "1")))
                .write("badheader.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertEquals(4, e.problems().size(), e.getMessage()); // the fourth suggests --header-row / --skip
        assertTrue(e.problems().get(3).contains("--header-row N"), e.getMessage());
        assertTrue(e.problems().get(0).contains("empty name in column B"), e.getMessage());
        assertTrue(e.problems().get(1).contains("names column 'x' more than once (columns A and C)"), e.getMessage());
        assertTrue(e.problems().get(2).contains("row 2 of " + p + ", sheet 'S' has a value in column F ('9')"),
                e.getMessage());
    }

    @Test
    void sharedStringOutOfRange() {
        Path p = new XlsxFixture().sharedStrings("a")
                .sheet("S", row(1, s("A1", 0)) + row(2, s("A2", 5))).write("sst-range.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(e.getMessage().contains("cell A2"), e.getMessage());
        assertTrue(e.getMessage().contains("shared string 5"), e.getMessage());
    }

    @Test
    void nonNumericCellInSheetNamesTheRow() {
        Path p = new XlsxFixture()
                .sheet("Data", row(1, is("A1", "city"), is("B1", "year"), is("C1", "gdp"))
                        + row(2, is("A2", "Beijing"), n("B2", "2005"), "<c r=\"C2\" t=\"e\"><v>#DIV/0!</v></c>")
                        + row(3, is("A3", "Beijing"), n("B3", "2006"), n("C3", "2")))
                .write("nonnum.xlsx");
        PanelFrame f = DataReader.readPanel(p, null, "city", "year");
        InputException e = assertThrows(InputException.class, () -> f.numeric("gdp"));
        assertEquals("column 'gdp' of " + p + ", sheet 'Data' is not numeric: row 2 (city Beijing, year 2005)"
                + " holds '#DIV/0!'", e.getMessage());
    }

    @Test
    void escapesAndUnicode() {
        Path p = new XlsxFixture().sharedStrings("省份", "line_x000D_break")
                .sheet("S", row(1, s("A1", 0), is("B1", "v")) + row(2, s("A2", 1), n("B2", "1")))
                .write("unicode.xlsx");
        RawTable t = DataReader.read(p, null);
        assertEquals("省份", t.columnNames().get(0));
        assertEquals("line\rbreak", t.cell(0, 0));
    }

    @Test
    void columnLetters() {
        assertEquals(0, XlsxReader.columnIndex("A1"));
        assertEquals(25, XlsxReader.columnIndex("Z9"));
        assertEquals(26, XlsxReader.columnIndex("AA10"));
        assertEquals(16383, XlsxReader.columnIndex("XFD1"));
        assertEquals("A", XlsxReader.columnLetters(0));
        assertEquals("AB", XlsxReader.columnLetters(27));
        assertEquals("XFD", XlsxReader.columnLetters(16383));
        assertEquals("xl/worksheets/sheet1.xml", XlsxReader.resolve("xl/", "worksheets/sheet1.xml"));
        assertEquals("xl/worksheets/sheet1.xml", XlsxReader.resolve("xl/", "/xl/worksheets/sheet1.xml"));
        assertEquals("other/s.xml", XlsxReader.resolve("xl/", "../other/s.xml"));
    }
}
