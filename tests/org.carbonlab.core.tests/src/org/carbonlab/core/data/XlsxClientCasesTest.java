package org.carbonlab.core.data;

import static org.carbonlab.core.data.XlsxFixture.is;
import static org.carbonlab.core.data.XlsxFixture.n;
import static org.carbonlab.core.data.XlsxFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/** Workbooks as real clients write them (issue 20): formulas without values, placeholders, titles, text numbers. */
class XlsxClientCasesTest {
    private static String f(String ref, String formula, String cached) {
        return "<c r=\"" + ref + "\"><f>" + formula + "</f>" + (cached == null ? "" : "<v>" + cached + "</v>")
                + "</c>";
    }

    private static String header() {
        return row(1, is("A1", "city"), is("B1", "year"), is("C1", "x"), is("D1", "y"));
    }

    @Test
    void formulaWithoutCachedValueIsAnErrorNamingTheCell() {
        Path p = new XlsxFixture().sheet("S", header()
                + row(2, is("A2", "a"), n("B2", "2000"), n("C2", "1"), f("D2", "C2*2", null))
                + row(3, is("A3", "a"), n("B3", "2001"), n("C3", "2"), f("D3", "C3*2", ""))
                + row(4, is("A4", "a"), n("B4", "2002"), n("C4", "3"), f("D4", "C4*2", "6"))).write("nocache.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(e.getMessage().contains("2 formula cells without a computed value (D2, D3)"), e.getMessage());
        assertTrue(e.getMessage().contains("open and save the workbook in Excel or LibreOffice"), e.getMessage());
    }

    @Test
    void emptyStringFormulaResultIsMissingNotAnError() {
        Path p = new XlsxFixture().sheet("S", header()
                + row(2, is("A2", "a"), n("B2", "2000"), n("C2", "1"),
                        "<c r=\"D2\" t=\"str\"><f>IF(C2&gt;5,1,\"\")</f><v></v></c>")).write("emptystr.xlsx");
        RawTable t = DataReader.read(p, null);
        assertEquals(null, t.cell(0, 3));
    }

    @Test
    void columnOfPlaceholderZerosIsRefused() {
        Path p = new XlsxFixture().sheet("S", header()
                + row(2, is("A2", "a"), n("B2", "2000"), n("C2", "1"), f("D2", "C2*2", "0"))
                + row(3, is("A3", "a"), n("B3", "2001"), n("C3", "2"), f("D3", "C3*2", "0"))
                + row(4, is("A4", "a"), n("B4", "2002"), n("C4", "3"), f("D4", "C4*2", "0"))).write("zeros.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(e.getMessage().contains("column 'y' (D)"), e.getMessage());
        assertTrue(e.getMessage().contains("all 3 formula cells hold the cached value 0 (D2, D3, D4)"),
                e.getMessage());
    }

    @Test
    void formulasWithRealCachedValuesAreRead() {
        Path p = new XlsxFixture().sheet("S", header()
                + row(2, is("A2", "a"), n("B2", "2000"), n("C2", "0"), f("D2", "C2*2", "0"))
                + row(3, is("A3", "a"), n("B3", "2001"), n("C3", "2"), f("D3", "C3*2", "4"))).write("cached.xlsx");
        RawTable t = DataReader.read(p, null);
        assertEquals("0", t.cell(0, 3));
        assertEquals("4", t.cell(1, 3));
        assertEquals(List.of(), t.notes());
    }

    @Test
    void everyErrorCellIsNamedWithACountBeyondTen() {
        StringBuilder rows = new StringBuilder(header());
        for (int r = 2; r <= 14; r++) {
            rows.append(row(r, is("A" + r, "a"), n("B" + r, String.valueOf(1998 + r)),
                    "<c r=\"C" + r + "\" t=\"e\"><v>" + (r == 3 ? "#N/A" : "#DIV/0!") + "</v></c>", n("D" + r, "1")));
        }
        Path p = new XlsxFixture().sheet("S", rows.toString()).write("errors.xlsx");
        RawTable t = DataReader.read(p, null);
        assertEquals(1, t.notes().size(), t.notes().toString());
        String note = t.notes().get(0);
        assertTrue(note.contains("has 13 error cells: C2 #DIV/0!, C3 #N/A, C4 #DIV/0!"), note);
        assertTrue(note.contains("C11 #DIV/0! and 3 more"), note);
        PanelFrame frame = PanelFrame.of(t, "city", "year");
        InputException e = assertThrows(InputException.class, () -> frame.numeric("x"));
        assertTrue(e.getMessage().contains("row 2 (city a, year 2000) holds '#DIV/0!'"), e.getMessage());
        assertTrue(e.getMessage().contains("more cells"), e.getMessage());
    }

    @Test
    void titleRowAboveTheHeaderIsSkippedWithANote() {
        Path p = new XlsxFixture().sheet("S", row(1, is("A1", "Table 1. Provincial panel, 2000-2001"))
                + row(3, is("A3", "city"), is("B3", "year"), is("C3", "x"))
                + row(4, is("A4", "a"), n("B4", "2000"), n("C4", "1.5"))
                + row(5, is("A5", "a"), n("B5", "2001"), n("C5", "2.5"))).write("title.xlsx");
        RawTable t = DataReader.read(p, null);
        assertEquals(List.of("city", "year", "x"), t.columnNames());
        assertEquals(2, t.rows());
        assertEquals(4, t.line(0));
        assertEquals(1, t.notes().size());
        assertTrue(t.notes().get(0).contains("row 1 ('Table 1. Provincial panel, 2000-2001')"), t.notes().toString());
        assertTrue(t.notes().get(0).contains("the header is row 3"), t.notes().toString());
        // the command line and studies pass the notes on to standard error
        List<String> said = new java.util.ArrayList<>();
        org.carbonlab.core.study.Datasets.load(p, null, "city", "year", said::add);
        assertTrue(said.stream().anyMatch(s -> s.startsWith("data ") && s.contains("read as a title")), said.toString());
    }

    @Test
    void aSingleHeaderCellAboveDataIsNotATitle() {
        Path p = new XlsxFixture().sheet("S", row(1, is("A1", "city"))
                + row(2, is("A2", "a"), n("B2", "2000"))).write("narrow-header.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(e.getMessage().contains("right of the last named column A"), e.getMessage());
    }

    @Test
    void numbersStoredAsTextAreReadWithOneNotePerColumn() {
        Path p = new XlsxFixture().sheet("S", header()
                + row(2, is("A2", "a"), n("B2", "2000"), is("C2", "1.5"), is("D2", "007"))
                + row(3, is("A3", "a"), n("B3", "2001"), is("C3", " 2.5 "), is("D3", "x9"))
                + row(4, is("A4", "a"), n("B4", "2002"), n("C4", "3"), is("D4", "3"))).write("textnum.xlsx");
        RawTable t = DataReader.read(p, null);
        assertEquals(1, t.notes().size(), t.notes().toString());
        assertTrue(t.notes().get(0).contains("column 'x' (C)"), t.notes().toString());
        assertTrue(t.notes().get(0).contains("2 numbers stored as text (C2, C3) read as numbers"), t.notes().toString());
        PanelFrame frame = PanelFrame.of(t, "city", "year");
        assertEquals(2.5, frame.numeric("x")[1], 0.0);
    }

    @Test
    void firstSheetThatIsNotDataListsTheSheets() {
        Path p = new XlsxFixture().sheet("About", "")
                .sheet("Data", header() + row(2, is("A2", "a"), n("B2", "2000"), n("C2", "1"), n("D2", "2")))
                .write("cover.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(e.getMessage().contains("has 2 sheets ('About', 'Data') and the first one was read"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--sheet NAME"), e.getMessage());
        assertEquals(List.of(), DataReader.read(p, "Data").notes());
    }
}
