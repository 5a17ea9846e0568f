package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

class PanelFrameTest {

    private static PanelFrame read(String name, String csv, String entity, String time) {
        return DataReader.readPanel(TestFiles.write(name, csv), null, entity, time);
    }

    @Test
    void sortsByEntityInOrderOfAppearanceThenTime() {
        String csv = "city,year,gdp\n"
                + "Tianjin,2001,4\n"   // line 2
                + "Beijing,2001,2\n"   // line 3
                + "Tianjin,2000,3\n"   // line 4
                + "Beijing,2000,1\n"   // line 5
                + "Hebei,2000,5\n";    // line 6
        PanelFrame f = read("order.csv", csv, "city", "year");
        assertEquals(List.of("Tianjin", "Beijing", "Hebei"), f.entityLabels());
        assertArrayEquals(new double[] {3, 4, 1, 2, 5}, f.numeric("gdp"));
        assertArrayEquals(new int[] {4, 2, 5, 3, 6}, new int[] {f.line(0), f.line(1), f.line(2), f.line(3), f.line(4)});
        assertEquals(3, f.nEntities());
        assertEquals(2, f.nPeriods());
        assertArrayEquals(new long[] {2000, 2001}, f.periods());
        assertFalse(f.balanced());
        assertEquals(2, f.entityIndex(4));
        assertEquals("Hebei", f.entityLabel(4));
        assertEquals(2000, f.time(4));
        assertEquals(0, f.timeIndex(4));
        assertEquals(1, f.timeIndex(1));
        assertEquals(0, f.firstRow(0));
        assertEquals(2, f.endRow(0));
        assertEquals(3, f.rowOf(1, 2001));
        assertEquals(-1, f.rowOf(2, 2001));
        assertEquals(-1, f.rowOf(7, 2001));
        assertEquals("city", f.entityColumn());
        assertEquals("year", f.timeColumn());
        assertEquals(List.of("city", "year", "gdp"), f.columnNames());
        assertEquals("line 6 (city Hebei, year 2000)", f.describe(4));
    }

    @Test
    void numericIdsSortNumerically() {
        String csv = "id,t,x\n10,2,1\n2,1,2\n1,1,3\n10,1,4\n2,2,5\n1,2,6\n";
        PanelFrame f = read("numeric-ids.csv", csv, "id", "t");
        assertEquals(List.of("1", "2", "10"), f.entityLabels());
        assertArrayEquals(new double[] {3, 6, 2, 5, 4, 1}, f.numeric("x"));
        assertTrue(f.balanced());
        assertArrayEquals(new double[] {1, 1, 2, 2, 10, 10}, f.numeric("id"));
        assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2}, f.numeric("t"));
    }

    @Test
    void timeMayBeWrittenAsADecimalWholeNumber() {
        PanelFrame f = read("decimal-year.csv", "id,year,x\na,2000.0,1\na,2.001e3,2\n", "id", "year");
        assertEquals(2000, f.time(0));
        assertEquals(2001, f.time(1));
    }

    @Test
    void missingColumnsListTheAvailableOnes() {
        Path p = TestFiles.write("cols.csv", "province,year,gdp\nA,2000,1\n");
        InputException e = assertThrows(InputException.class, () -> DataReader.readPanel(p, null, "provnce", "yr"));
        assertEquals(2, e.problems().size());
        assertEquals("entity column 'provnce' not found in " + p
                + " (did you mean 'province'?); available columns: province, year, gdp", e.problems().get(0));
        assertEquals("time column 'yr' not found in " + p + " (did you mean 'year'?); available columns: province,"
                + " year, gdp", e.problems().get(1));
    }

    @Test
    void missingEntityOrTimeValuesAndBadTimesNameTheLine() {
        Path p = TestFiles.write("badkeys.csv", "id,year,x\na,2000,1\n,2001,2\nb,,3\nc,2005Q1,4\nd,2004.5,5\n");
        InputException e = assertThrows(InputException.class, () -> DataReader.readPanel(p, null, "id", "year"));
        assertEquals(List.of(
                "line 3 of " + p + ": the entity column 'id' is missing (year 2001)",
                "line 4 of " + p + ": the time column 'year' is missing (id b)",
                "line 5 of " + p + ": the time column 'year' holds '2005Q1', which is not a whole number (periods must"
                        + " be integers such as years) (id c)",
                "line 6 of " + p + ": the time column 'year' holds '2004.5', which is not a whole number (periods must"
                        + " be integers such as years) (id d)"),
                e.problems());
    }

    @Test
    void everyDuplicatedKeyIsNamedWithItsLines() {
        String csv = "id,year,x\nA,2000,1\nA,2001,2\nB,2000,3\nA,2000,4\nB,2000,5\nB,2000,6\nB,2001,7\n";
        Path p = TestFiles.write("dups.csv", csv);
        InputException e = assertThrows(InputException.class, () -> DataReader.readPanel(p, null, "id", "year"));
        assertEquals(List.of(
                "duplicate rows in " + p + " for id A, year 2000: lines 2 and 5 (each entity may have one row per period)",
                "duplicate rows in " + p + " for id B, year 2000: lines 4, 6 and 7 (each entity may have one row per"
                        + " period)"),
                e.problems());
    }

    @Test
    void nonNumericCellsAreNamedWithLineEntityAndPeriod() {
        StringBuilder csv = new StringBuilder("city,year,gdp,pop\n");
        String[] bad = {"n/a", "1,5", "x", "?", "--", "oops", "NaN"};
        for (int i = 0; i < 10; i++) {
            String v = i < bad.length ? "\"" + bad[i] + "\"" : Integer.toString(i);
            csv.append("Beijing,").append(2000 + i).append(',').append(v).append(",1\n");
        }
        Path p = TestFiles.write("nonnumeric.csv", csv.toString());
        PanelFrame f = DataReader.readPanel(p, null, "city", "year");
        assertFalse(f.isNumeric("gdp"));
        assertTrue(f.isNumeric("pop"));
        InputException e = assertThrows(InputException.class, () -> f.numeric("gdp"));
        assertEquals("column 'gdp' of " + p + " is not numeric: line 2 (city Beijing, year 2000) holds 'n/a'; "
                + "line 3 (city Beijing, year 2001) holds '1,5'; line 4 (city Beijing, year 2002) holds 'x'; "
                + "line 5 (city Beijing, year 2003) holds '?'; line 6 (city Beijing, year 2004) holds '--'; "
                + "and 2 more cells", e.getMessage());
        assertEquals(1, e.problems().size());
        assertFalse(f.isNumeric("city"));
    }

    @Test
    void textAndMissingValues() {
        PanelFrame f = read("text.csv", "id,year,name,x\n1,2000,a,NA\n1,2001,,2\n", "id", "year");
        assertArrayEquals(new String[] {"a", null}, f.text("name"));
        double[] x = f.numeric("x");
        assertTrue(Double.isNaN(x[0]));
        assertEquals(2.0, x[1]);
        assertFalse(f.allMissing("x"));
    }

    @Test
    void unknownColumnIsAnInputError() {
        PanelFrame f = read("unknown.csv", "id,year,gdp\n1,2000,1\n", "id", "year");
        InputException e = assertThrows(InputException.class, () -> f.numeric("GDP"));
        assertTrue(e.getMessage().startsWith("column 'GDP' not found in "), e.getMessage());
        assertTrue(e.getMessage().contains("(did you mean 'gdp'?)"), e.getMessage());
    }

    @Test
    void checkNumericCollectsEveryProblem() {
        PanelFrame f = read("check.csv", "id,year,a,b,c\n1,2000,x,,1\n1,2001,2,NA,2\n", "id", "year");
        List<String> problems = f.checkNumeric(List.of("a", "b", "c", "d"));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("column 'a' of "), problems.get(0));
        assertTrue(problems.get(1).startsWith("variable 'b' has no values in "), problems.get(1));
        assertTrue(problems.get(1).endsWith("it is missing in all 2 rows"), problems.get(1));
        assertTrue(problems.get(2).startsWith("column 'd' not found"), problems.get(2));
        assertTrue(f.allMissing("b"));
    }

    @Test
    void withColumnAddsOrReplacesAndKeepsTheOriginal() {
        PanelFrame f = read("with.csv", "id,year,x\n1,2000,1\n1,2001,2\n", "id", "year");
        PanelFrame g = f.withColumn("y", new double[] {10, Double.NaN});
        assertNotSame(f, g);
        assertFalse(f.hasColumn("y"));
        assertTrue(g.hasColumn("y"));
        assertEquals(List.of("id", "year", "x", "y"), g.columnNames());
        assertArrayEquals(new String[] {"10", null}, g.text("y"));
        assertEquals(2, g.line(0), "derived frames keep the file lines");
        PanelFrame h = g.withColumn("x", new double[] {5, 6});
        assertEquals(List.of("id", "year", "x", "y"), h.columnNames());
        assertArrayEquals(new double[] {5, 6}, h.numeric("x"));
        assertArrayEquals(new double[] {1, 2}, g.numeric("x"));
        assertEquals(f.sha256(), h.sha256());
        assertEquals(f.source(), h.source());
        assertThrows(InputException.class, () -> f.withColumn("id", new double[] {1, 2}));
        assertThrows(InputException.class, () -> f.withColumn("year", new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> f.withColumn("z", new double[] {1}));
    }

    @Test
    void numericReturnsCopies() {
        PanelFrame f = read("copies.csv", "id,year,x\n1,2000,1\n", "id", "year");
        f.numeric("x")[0] = 99;
        assertEquals(1.0, f.numeric("x")[0]);
    }

    @Test
    void builderMakesSortedFramesInMemory() {
        PanelFrame f = PanelFrame.builder()
                .entityColumn("firm").timeColumn("year").source("test")
                .entities(2, 1, 2, 1)
                .times(2001, 2001, 2000, 2000)
                .column("x", 4, 2, 3, 1)
                .textColumn("name", "b", "a", "b", "NA")
                .build();
        assertEquals(List.of("firm", "year", "x", "name"), f.columnNames());
        assertEquals(List.of("1", "2"), f.entityLabels());
        assertArrayEquals(new double[] {1, 2, 3, 4}, f.numeric("x"));
        assertArrayEquals(new String[] {null, "a", "b", "b"}, f.text("name"));
        assertArrayEquals(new double[] {2000, 2001, 2000, 2001}, f.numeric("year"));
        assertEquals(-1, f.line(0));
        assertNull(f.sha256());
        assertEquals("test", f.source());
        assertEquals("(firm 1, year 2000)", f.describe(0));
        assertTrue(f.balanced());
    }

    @Test
    void builderRejectsDuplicateKeys() {
        InputException e = assertThrows(InputException.class, () -> PanelFrame.builder()
                .entities("a", "a", "b").times(1, 1, 1).build());
        assertEquals("duplicate rows in <memory> for entity a, time 1: input rows 1 and 2 (each entity may have one"
                + " row per period)", e.getMessage());
    }

    @Test
    void entityAndTimeMustDiffer() {
        Path p = TestFiles.write("same.csv", "id,year\n1,2000\n");
        InputException e = assertThrows(InputException.class, () -> DataReader.readPanel(p, null, "id", "id"));
        assertTrue(e.getMessage().contains("must differ"), e.getMessage());
    }
}
