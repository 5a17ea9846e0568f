package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader keeps columns of numbers as numbers without a String per cell; these tricky files
 * check that nothing a user can see changed: the text of every cell, which cells are missing, which
 * columns are numeric, the messages for bad cells, entity ids and their order, and periods.
 */
class CsvColumnTypesTest {

    private static PanelFrame frame(String name, String csv) {
        return DataReader.readPanel(TestFiles.write(name, csv), null, "id", "year");
    }

    @Test
    void aColumnThatTurnsToTextOnItsLastCellKeepsEveryCellAndNamesTheBadOne() {
        PanelFrame f = frame("turns.csv", "id,year,v\n1,2000,1.50\n1,2001, 2 \n1,2002,NA\n1,2003,abc\n");
        assertArrayEquals(new String[] { "1.50", "2", null, "abc" }, f.text("v"));
        assertFalse(f.isNumeric("v"));
        InputException e = assertThrows(InputException.class, () -> f.numeric("v"));
        assertTrue(e.getMessage().contains("column 'v' of ") && e.getMessage().contains("line 5 (id 1, year 2003) holds 'abc'"),
                e.getMessage());
    }

    @Test
    void numbersKeepTheirTextAndMissingMarkersAreMissing() {
        PanelFrame f = frame("numbers.csv", "\uFEFFid,year,v,w\r\n1,2000,1.50,.\r\n1,2001,\" 1e3 \",.a\r\n"
                + "1,2002,-0,NA\r\n1,2003,007,\r\n");
        assertArrayEquals(new String[] { "1.50", "1e3", "-0", "007" }, f.text("v"));
        double[] v = f.numeric("v");
        assertArrayEquals(new double[] { 1.5, 1000, -0.0, 7 }, v, 0.0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(v[2]));
        assertTrue(f.allMissing("w"));
        assertTrue(f.isNumeric("w"));
        assertTrue(f.checkNumeric(List.of("w")).get(0).contains("variable 'w' has no values"));
        assertEquals(List.of(2, 3, 4, 5), List.of(f.line(0), f.line(1), f.line(2), f.line(3)));
    }

    @Test
    void logicalsUnicodeBlanksAndEscapesLeaveAColumnAsText() {
        RawTable t = DataReader.read(TestFiles.write("odd.csv", "id,year,b,u,q\n1,2000,TRUE,\u30009\u3000,\"1\"\"\"\n"
                + "1,2001,false,8,2\n"), null);
        assertEquals("TRUE", t.cell(0, 2));
        assertEquals("9", t.cell(0, 3)); // stripped of the ideographic spaces
        assertEquals("1\"", t.cell(0, 4));
        PanelFrame f = PanelFrame.of(t, "id", "year");
        assertArrayEquals(new double[] { 1, 0 }, f.numeric("b"), 0.0);
        assertArrayEquals(new double[] { 9, 8 }, f.numeric("u"), 0.0);
        assertFalse(f.isNumeric("q"));
    }

    @Test
    void numericIdsAreEntitiesByTextSortedByValue() {
        // 10 sorts after 9 (numbers), and 01 and 1 are two entities (different text), 01 first (first seen)
        PanelFrame f = frame("ids.csv", "id,year,x\n10,2000,1\n9,2000,2\n01,2000,3\n1,2000,4\n2.5,2000,5\n");
        assertEquals(List.of("01", "1", "2.5", "9", "10"), f.entityLabels());
        assertArrayEquals(new double[] { 3, 4, 5, 2, 1 }, f.numeric("x"), 0.0);
        PanelFrame g = frame("ids2.csv", "id,year,x\n10,2001,1\n9,2000,2\n10,2000,3\n9,2001,4\n");
        assertEquals(List.of("9", "10"), g.entityLabels());
        assertArrayEquals(new double[] { 2, 4, 3, 1 }, g.numeric("x"), 0.0);
        assertArrayEquals(new long[] { 2000, 2001 }, g.periods());
        assertEquals("line 4 (id 10, year 2000)", g.describe(2));
    }

    @Test
    void utf8IdsAndCrLineEndsAndPeriodsWrittenAsDecimals() {
        PanelFrame f = frame("utf8.csv", "id,year,x\r北京,2001.0,1\r上海,2000,2\r北京,2000,3\r");
        assertEquals(List.of("北京", "上海"), f.entityLabels());
        assertArrayEquals(new long[] { 2000, 2001 }, f.periods());
        assertArrayEquals(new double[] { 3, 1, 2 }, f.numeric("x"), 0.0);
        assertEquals(List.of(4, 2, 3), List.of(f.line(0), f.line(1), f.line(2)));
    }

    @Test
    void badPeriodsAndDuplicatesAreReportedWithTheirLines() {
        InputException e = assertThrows(InputException.class,
                () -> frame("badtime.csv", "id,year,x\n1,2000.5,1\n2,,2\n3,2000,3\n3,2000,4\n"));
        String m = String.join("\n", e.problems());
        assertTrue(m.contains("line 2 of ") && m.contains("holds '2000.5', which is not a whole number (periods must be"
                + " integers such as years) (id 1)"), m);
        assertTrue(m.contains("line 3 of ") && m.contains("the time column 'year' is missing (id 2)"), m);
        InputException d = assertThrows(InputException.class,
                () -> frame("dup.csv", "id,year,x\n3,2000,3\n4,2000,1\n3,2000,4\n"));
        assertTrue(d.getMessage().contains("for id 3, year 2000: lines 2 and 4"), d.getMessage());
    }

    @Test
    void aNumberColumnReadsTheSameAsTheSameCellsBuiltInMemory() {
        String csv = "id,year,v\n2,2000,0.1\n1,2000,1e-7\n2,2001,123456789.123456789\n1,2001,NA\n";
        RawTable t = CsvReader.read("mem.csv", csv.getBytes(StandardCharsets.UTF_8), null);
        String[][] cells = new String[t.rows()][];
        for (int r = 0; r < t.rows(); r++) {
            cells[r] = t.row(r).toArray(new String[0]);
        }
        RawTable copy = new RawTable("mem.csv", null, null, t.columnNames(), cells, t.lines());
        PanelFrame a = PanelFrame.of(t, "id", "year");
        PanelFrame b = PanelFrame.of(copy, "id", "year");
        assertArrayEquals(b.numeric("v"), a.numeric("v"), 0.0);
        assertArrayEquals(b.text("v"), a.text("v"));
        assertEquals(b.entityLabels(), a.entityLabels());
        assertNull(a.text("v")[1]);
    }
}
