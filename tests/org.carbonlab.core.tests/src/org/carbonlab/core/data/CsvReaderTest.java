package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static InputException fails(Path p) {
        return assertThrows(InputException.class, () -> DataReader.read(p, null));
    }

    private static void assertMentions(InputException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "message lacks '" + part + "': " + e.getMessage());
        }
    }

    @Test
    void asciiFastPathReadsTheSameCellsAsTheUtf8Path() {
        // the same table once in plain ASCII (read without a decoder) and once with one non-ASCII cell
        String rows = "\r\n1, 2000 ,\"a,b\",NA\n\n2,2001,plain,.b\r3,2002,\"q\"\"\",4.5e1\n";
        RawTable ascii = DataReader.read(TestFiles.write("fast-ascii.csv", "id,year,note,v" + rows), null);
        RawTable utf8 = DataReader.read(TestFiles.write("fast-utf8.csv", "id,year,note,v\u00e9" + rows), null);
        assertEquals(List.of("id", "year", "note", "v"), ascii.columnNames());
        assertEquals(utf8.rows(), ascii.rows());
        for (int r = 0; r < ascii.rows(); r++) {
            assertEquals(utf8.row(r), ascii.row(r), "row " + r);
            assertEquals(utf8.line(r), ascii.line(r), "line of row " + r);
        }
        assertEquals("2000", ascii.cell(0, 1));
        assertEquals("a,b", ascii.cell(0, 2));
        assertNull(ascii.cell(0, 3));
        assertNull(ascii.cell(1, 3));
        assertEquals("q\"", ascii.cell(2, 2));
        assertEquals(List.of(2, 4, 5), List.of(ascii.line(0), ascii.line(1), ascii.line(2)));
        assertMentions(fails(TestFiles.write("fast-ragged.csv", "a,b\n1,2\n3\n")), "line 3 of", "has 1 field");
        assertMentions(fails(TestFiles.write("fast-quote.csv", "a,b\n1,2\n3,\"x\"y\n")), "line 3 of",
                "field 2 has text after its closing quote");
    }

    @Test
    void readsHeaderRowsAndLines() {
        Path p = TestFiles.write("basic.csv", "id,year,gdp\n1,2000,1.5\n1,2001,2.5\n");
        RawTable t = DataReader.read(p, null);
        assertEquals(List.of("id", "year", "gdp"), t.columnNames());
        assertEquals(2, t.rows());
        assertEquals("2.5", t.cell(1, 2));
        assertEquals(2, t.line(0));
        assertEquals(3, t.line(1));
        assertEquals(p.toString(), t.source());
        assertNull(t.sheet());
        assertEquals("line", t.lineWord());
    }

    @Test
    void quotingFollowsRfc4180() {
        String csv = "name,note,value\r\n"
                + "\"Beijing, China\",\"she said \"\"hi\"\"\",1\r\n"
                + "\"Multi\nline\",\"\",2\r\n"
                + "plain,\"a,b,c\",3\r\n";
        RawTable t = DataReader.read(TestFiles.write("quoted.csv", csv), null);
        assertEquals(3, t.rows());
        assertEquals("Beijing, China", t.cell(0, 0));
        assertEquals("she said \"hi\"", t.cell(0, 1));
        assertEquals("Multi\nline", t.cell(1, 0));
        assertNull(t.cell(1, 1), "a quoted empty field is missing");
        assertEquals("a,b,c", t.cell(2, 1));
        // the record with the embedded line break starts on line 3; the next one on line 5
        assertEquals(2, t.line(0));
        assertEquals(3, t.line(1));
        assertEquals(5, t.line(2));
    }

    @Test
    void bomAndLineEndingsAreAccepted() {
        byte[] body = "a,b\r\n1,2\n3,4\r5,6".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        RawTable t = DataReader.read(TestFiles.write("bom.csv", withBom), null);
        assertEquals(List.of("a", "b"), t.columnNames(), "the BOM is not part of the first name");
        assertEquals(3, t.rows());
        assertEquals("6", t.cell(2, 1));
        assertArrayEquals(new int[] {2, 3, 4}, t.lines());
    }

    @Test
    void missingMarkersAndTrimming() {
        String csv = "a,b,c,d,e,f\n , NA ,.,.a,x , NaN\n";
        RawTable t = DataReader.read(TestFiles.write("missing.csv", csv), null);
        assertNull(t.cell(0, 0));
        assertNull(t.cell(0, 1));
        assertNull(t.cell(0, 2));
        assertNull(t.cell(0, 3));
        assertEquals("x", t.cell(0, 4));
        assertEquals("NaN", t.cell(0, 5), "only NA, '.', '.a'-'.z' and empty are missing");
    }

    @Test
    void blankLinesAreSkippedButKeepLineNumbers() {
        String csv = "a,b\n\n1,2\n,\n\n3,4\n\n";
        RawTable t = DataReader.read(TestFiles.write("blank.csv", csv), null);
        assertEquals(2, t.rows());
        assertEquals(3, t.line(0));
        assertEquals(6, t.line(1));
    }

    @Test
    void sha256IsOfTheFileBytes() throws Exception {
        byte[] bytes = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        RawTable t = DataReader.read(TestFiles.write("sha.csv", bytes), null);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, t.sha256());
        assertEquals(64, t.sha256().length());
    }

    @Test
    void missingFileIsNamed() {
        Path p = TestFiles.outputDir("data").resolve("does-not-exist.csv");
        InputException e = fails(p);
        assertEquals("data file not found: " + p, e.getMessage());
    }

    @Test
    void unsupportedExtensions() {
        assertMentions(fails(TestFiles.write("data.txt", "a,b\n1,2\n")), "unsupported data file type '.txt'",
                "data.txt", ".csv or .xlsx");
        assertMentions(fails(TestFiles.write("data.xls", "x")), "old Excel .xls format");
        assertMentions(fails(TestFiles.write("noext", "a")), "(no extension)");
    }

    @Test
    void sheetForCsvIsAnError() {
        Path p = TestFiles.write("sheet.csv", "a,b\n1,2\n");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, "Sheet1"));
        assertMentions(e, "sheet", "CSV");
    }

    @Test
    void emptyFile() {
        Path p = TestFiles.write("empty.csv", "");
        assertEquals("data file is empty: " + p, fails(p).getMessage());
        Path blank = TestFiles.write("blank-only.csv", "\n \r\n");
        assertEquals("data file is empty: " + blank, fails(blank).getMessage());
    }

    @Test
    void headerOnly() {
        Path p = TestFiles.write("header-only.csv", "id,year,gdp\n");
        assertMentions(fails(p), "header-only.csv", "has a header but no data rows");
    }

    @Test
    void duplicateAndEmptyColumnNames() {
        Path p = TestFiles.write("dupcols.csv", "id,gdp,year,gdp,,x\n1,2,3,4,5,6\n");
        InputException e = fails(p);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertMentions(e, "names column 'gdp' more than once (columns 2 and 4)", "empty name in column 5");
    }

    @Test
    void raggedRowsNameEveryLine() {
        Path p = TestFiles.write("ragged.csv", "a,b,c\n1,2,3\n1,2\n1,2,3\n1,2,3,4\n");
        InputException e = fails(p);
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals("line 3 of " + p + " has 2 fields, but the header has 3", e.problems().get(0));
        assertEquals("line 5 of " + p + " has 4 fields, but the header has 3", e.problems().get(1));
        assertTrue(e.problems().get(2).contains("--header-row N"), e.getMessage()); // a title above the header?
    }

    @Test
    void unclosedQuoteNamesItsLine() {
        Path p = TestFiles.write("unclosed.csv", "a,b\n1,2\n3,\"oops\n4,5\n");
        assertMentions(fails(p), "line 3", "field 2", "never closed");
    }

    @Test
    void textAfterClosingQuote() {
        Path p = TestFiles.write("afterquote.csv", "a,b\n\"x\"y,2\n");
        assertMentions(fails(p), "line 2", "field 1", "after its closing quote");
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] head = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'3', ',', (byte) 0xB1, (byte) 0xB1, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Path p = TestFiles.write("gbk.csv", all);
        assertMentions(fails(p), "not valid UTF-8", "line 3", "UTF-8");
    }

    @Test
    void semicolonSeparatorGetsAHint() {
        Path p = TestFiles.write("semicolon.csv", "id;year;gdp\n1;2000;3,5\n");
        assertMentions(fails(p), "';' as separator", "comma-separated");
    }

    @Test
    void cellsHelpers() {
        assertEquals(2005L, Cells.parseWholeNumber("2005"));
        assertEquals(2005L, Cells.parseWholeNumber("2005.0"));
        assertNull(Cells.parseWholeNumber("2005.5"));
        assertNull(Cells.parseWholeNumber("2005Q1"));
        assertNull(Cells.parseWholeNumber("TRUE"));
        assertEquals(0.5, Cells.parseNumber(".5"));
        assertEquals(5.0, Cells.parseNumber("5."));
        assertEquals(-1e-3, Cells.parseNumber("-1e-3"));
        assertEquals(25000.0, Cells.parseNumber("+2.5E+04"));
        assertEquals(1.0, Cells.parseNumber("true"));
        assertEquals(0.0, Cells.parseNumber("FALSE"));
        for (String bad : new String[] {"1,5", "1.2.3", "e5", "1e", "Inf", "NaN", "0x10", "1d", "1e999", "-", "."}) {
            assertTrue(Double.isNaN(Cells.parseNumber(bad)), bad);
        }
    }
}
