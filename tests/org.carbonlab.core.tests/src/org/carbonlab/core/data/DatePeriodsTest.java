package org.carbonlab.core.data;

import static org.carbonlab.core.data.XlsxFixture.is;
import static org.carbonlab.core.data.XlsxFixture.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/** A time column of dates: years when each entity has at most one date a year, else a clear refusal. */
class DatePeriodsTest {

    /** Annual data stored as Excel dates (year ends, style 1 = built-in date format 14) read as years. */
    @Test
    void annualDatesInAWorkbookBecomeYears() {
        String d = "<c r=\"%s\" s=\"1\"><v>%s</v></c>";
        // 43830 = 2019-12-31, 44196 = 2020-12-31, 44561 = 2021-12-31
        Path p = new XlsxFixture().numberFormats(new int[] {0, 14})
                .sheet("S", row(1, is("A1", "city"), is("B1", "date"), is("C1", "gdp"))
                        + row(2, is("A2", "A"), String.format(d, "B2", "44196"), "<c r=\"C2\"><v>2</v></c>")
                        + row(3, is("A3", "A"), String.format(d, "B3", "43830"), "<c r=\"C3\"><v>1</v></c>")
                        + row(4, is("A4", "B"), String.format(d, "B4", "44561"), "<c r=\"C4\"><v>5</v></c>"))
                .write("annual-dates.xlsx");
        PanelFrame f = DataReader.readPanel(p, null, "city", "date");
        assertArrayEquals(new long[] {2019, 2020, 2021}, f.periods());
        assertEquals(2019, f.time(0));
        assertArrayEquals(new double[] {1, 2, 5}, f.numeric("gdp"));
    }

    @Test
    void twoDatesOfOneEntityInAYearAreMonthsUnlessTheyAreQuarterEnds() {
        Path p = TestFiles.write("monthly-dates.csv", "city,date,x\nA,2020-01-31,1\nA,2020-02-29,2\nB,2020-01-31,3\n");
        PanelFrame f = DataReader.readPanel(p, null, "city", "date");
        assertEquals(TimeUnit.MONTH, f.timeUnit());
        assertArrayEquals(new long[] {2020 * 12, 2020 * 12 + 1}, f.periods());
        assertEquals("2020-02", f.periodLabel(f.time(1)));
    }

    @Test
    void wholeNumbersAndMixedColumnsAreReadAsBefore() {
        PanelFrame f = DataReader.readPanel(TestFiles.write("years.csv", "c,t\nA,2000\nA,2001\n"), null, "c", "t");
        assertArrayEquals(new long[] {2000, 2001}, f.periods());
        Path mixed = TestFiles.write("mixed-dates.csv", "c,t\nA,2000\nA,2001-06-30\n");
        InputException e = assertThrows(InputException.class, () -> DataReader.readPanel(mixed, null, "c", "t"));
        assertTrue(e.getMessage().contains("'2001-06-30', which is not a whole number"), e.getMessage());
    }
}
