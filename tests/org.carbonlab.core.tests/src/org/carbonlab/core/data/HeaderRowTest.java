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

/** Title and note lines above the header (issue 20): detected, or named with --header-row / --skip. */
class HeaderRowTest {
    private static final List<String> HEADER = List.of("city", "year", "x");

    @Test
    void aCsvTitleLineIsSkippedWithANote() {
        Path p = TestFiles.write("title.csv", "Table 1. City panel,,\n\ncity,year,x\nA,2000,1.5\nA,2001,2\n");
        RawTable t = DataReader.read(p, null);
        assertEquals(HEADER, t.columnNames());
        assertEquals(2, t.rows());
        assertEquals(4, t.line(0));
        assertEquals("1.5", t.cell(0, 2));
        String note = String.join("\n", t.notes());
        assertTrue(note.contains("line 1 ('Table 1. City panel') holds a single cell above a wider line, so it is "
                + "read as a title and skipped; the header is line 3 (--header-row N or --skip N"), note);
        Path quoted = TestFiles.write("title-q.csv", "\"Table 1, city panel\"\ncity,year,x\nA,2000,1\n");
        assertEquals(HEADER, DataReader.read(quoted, null).columnNames());
    }

    @Test
    void oneColumnFilesAndNumberRowsAreNotTitles() {
        assertEquals(List.of("x"), DataReader.read(TestFiles.write("one.csv", "x\n1\n2\n"), null).columnNames());
        // a single name above a row of numbers is a header lacking names, reported as before, with the options
        Path p = TestFiles.write("ragged.csv", "id\nA,1,2\n");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(e.getMessage().contains("line 2 of " + p + " has 3 fields, but the header has 1"), e.getMessage());
        assertTrue(e.getMessage().contains("name the header line with --header-row N or skip the lines above it "
                + "with --skip N"), e.getMessage());
    }

    @Test
    void headerRowAndSkipNameTheCsvHeaderLine() {
        String text = "Source: statistical yearbook,2020\nNotes: x in 10k t,,\ncity,year,x\nA,2000,1\n";
        Path p = TestFiles.write("notes.csv", text);
        InputException plain = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(plain.getMessage().contains("--header-row N"), plain.getMessage());
        RawTable byRow = DataReader.readWith(p, ReadOptions.parse(null, "3", null, null));
        RawTable bySkip = DataReader.readWith(p, ReadOptions.parse(null, null, "2", null));
        for (RawTable t : List.of(byRow, bySkip)) {
            assertEquals(HEADER, t.columnNames());
            assertEquals(1, t.rows());
            assertEquals(4, t.line(0));
            assertTrue(t.notes().contains(p + ": the header is line 3 as given; 2 non-empty lines above it skipped"),
                    t.notes()::toString);
        }
        InputException beyond = assertThrows(InputException.class,
                () -> DataReader.readWith(p, new ReadOptions(null, 9, null)));
        assertTrue(beyond.getMessage().contains("has no line 9 or below it"), beyond.getMessage());
    }

    @Test
    void headerRowNamesTheXlsxHeaderRow() {
        String rows = row(1, is("A1", "Source: yearbook"), n("B1", "2020"))
                + row(2, is("A2", "city"), is("B2", "year"), is("C2", "x"))
                + row(3, is("A3", "A"), n("B3", "2000"), n("C3", "1.5"));
        Path p = new XlsxFixture().sheet("S", rows).write("header-row.xlsx");
        InputException plain = assertThrows(InputException.class, () -> DataReader.read(p, null));
        assertTrue(plain.getMessage().contains("name the header row with --header-row N or skip the rows above it "
                + "with --skip N"), plain.getMessage());
        RawTable t = DataReader.readWith(p, new ReadOptions(null, 2, null));
        assertEquals(HEADER, t.columnNames());
        assertEquals(3, t.line(0));
        assertTrue(String.join("\n", t.notes()).contains("the header is row 2 as given; 1 filled row above it skipped"),
                t.notes()::toString);
        InputException empty = assertThrows(InputException.class,
                () -> DataReader.readWith(p, ReadOptions.parse(null, null, "4", null)));
        assertTrue(empty.getMessage().contains("row 5 of " + p + ", sheet 'S' is empty, but it was given as the header"),
                empty.getMessage());
    }
}
