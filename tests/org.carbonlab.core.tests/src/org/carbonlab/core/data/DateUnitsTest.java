package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.study.Datasets;
import org.junit.jupiter.api.Test;

/**
 * Time columns of dates as quarters and months (issue 20): inferred from the dates or chosen with the time unit,
 * lag(x,1) one quarter or month, labels 2015Q1 / 2015-03. The workbooks are written by openpyxl
 * (resources/clients/make_quarterly_workbooks.py); x = 10*entity + period number, so lag(x,1) = x - 1 exactly.
 */
class DateUnitsTest {
    private static PanelFrame load(Path p, ReadOptions options, String entity, String time, List<String> notes) {
        return Datasets.loadWith(p, options, entity, time, List.of(), null, notes::add, notes::add);
    }

    private static void lagIsOnePeriod(PanelFrame f, int perEntity) {
        double[] x = f.numeric("x");
        double[] lag = Expression.parse("lag(x,1)").evaluate(f);
        for (int r = 0; r < f.rows(); r++) {
            if (r % perEntity == 0) {
                assertTrue(Double.isNaN(lag[r]), "row " + r);
            } else {
                assertEquals(x[r] - 1, lag[r], 0.0, "row " + r);
            }
        }
    }

    @Test
    void quarterEndDatesOfAnOpenpyxlWorkbookBecomeQuarters() {
        List<String> notes = new ArrayList<>();
        PanelFrame f = load(TestFiles.resource("clients/quarterly-dates.xlsx"), ReadOptions.DEFAULT, null, null,
                notes);
        assertEquals(TimeUnit.QUARTER, f.timeUnit());
        assertEquals(8, f.nPeriods());
        assertEquals(2015 * 4, f.periods()[0]);
        assertEquals("2015Q1", f.periodLabel(f.periods()[0]));
        assertEquals("2016Q4", f.periodLabel(f.periods()[7]));
        lagIsOnePeriod(f, 8);
        String all = String.join("\n", notes);
        assertTrue(all.contains("read as a title and skipped"), all);
        assertTrue(all.contains("read as quarters 2015Q1 to 2016Q4 (every date is a quarter end")
                && all.contains("--time-unit year|quarter|month") && all.contains("lag(x,1) is one quarter"), all);
    }

    @Test
    void midMonthDatesBecomeMonths() {
        List<String> notes = new ArrayList<>();
        PanelFrame f = load(TestFiles.resource("clients/monthly-dates.xlsx"), ReadOptions.DEFAULT, "city", "date",
                notes);
        assertEquals(TimeUnit.MONTH, f.timeUnit());
        assertEquals("2020-01", f.periodLabel(f.periods()[0]));
        assertEquals("2020-06", f.periodLabel(f.periods()[5]));
        lagIsOnePeriod(f, 6);
        assertTrue(String.join("\n", notes).contains("read as months 2020-01 to 2020-06"), notes::toString);
    }

    @Test
    void quarterAndMonthSpellingsInCsv() {
        Path q = TestFiles.write("q.csv", "id,period,x\nA,2015Q1,1\nA,2015Q2,2\nA,2015-Q4,4\nB,2015q1,11\n");
        PanelFrame f = DataReader.readPanel(q, null, "id", "period");
        assertEquals(TimeUnit.QUARTER, f.timeUnit());
        assertArrayEquals(new long[] {8060, 8061, 8063}, f.periods());
        double[] lag = Expression.parse("lag(x,1)").evaluate(f);
        assertEquals(1, lag[1], 0.0); // 2015Q2 takes 2015Q1
        assertTrue(Double.isNaN(lag[2])); // 2015Q4 has no 2015Q3
        Path m = TestFiles.write("m.csv", "id,month,x\nA,2015-03,1\nA,2015-04,2\nA,2015m5,3\n");
        PanelFrame fm = DataReader.readPanel(m, null, "id", "month");
        assertEquals(TimeUnit.MONTH, fm.timeUnit());
        assertEquals("2015-05", fm.periodLabel(fm.periods()[2]));
        // the time column itself reads as its periods: formulas can compare it
        assertArrayEquals(new double[] {2015 * 12 + 2, 2015 * 12 + 3, 2015 * 12 + 4}, fm.numeric("month"));
    }

    @Test
    void theTimeUnitOverridesTheInference() {
        Path p = TestFiles.write("qe.csv", "id,date,x\nA,2015-03-31,1\nA,2015-06-30,2\nA,2016-03-31,5\n");
        PanelFrame months = PanelFrame.of(DataReader.read(p, null), "id", "date", TimeUnit.MONTH);
        assertEquals(TimeUnit.MONTH, months.timeUnit());
        assertEquals("2015-06", months.periodLabel(months.periods()[1]));
        InputException years = assertThrows(InputException.class,
                () -> PanelFrame.of(DataReader.read(p, null), "id", "date", TimeUnit.YEAR));
        assertTrue(years.getMessage().contains("duplicate rows") && years.getMessage().contains("2015"),
                years.getMessage());
        Path q = TestFiles.write("q2.csv", "id,t,x\nA,2015Q1,1\n");
        InputException qm = assertThrows(InputException.class,
                () -> PanelFrame.of(DataReader.read(q, null), "id", "t", TimeUnit.MONTH));
        assertTrue(qm.getMessage().contains("holds quarters (2015Q1), which cannot be read as months"),
                qm.getMessage());
        Path y = TestFiles.write("y.csv", "id,year,x\nA,2015,1\n");
        InputException wy = assertThrows(InputException.class,
                () -> PanelFrame.of(DataReader.read(y, null), "id", "year", TimeUnit.QUARTER));
        assertTrue(wy.getMessage().contains("the time unit quarter needs a time column of dates")
                && wy.getMessage().contains("'2015' (line 2)"), wy.getMessage());
    }

    @Test
    void januaryFirstDatesAreYearsEvenWithSeveralEntities() {
        Path p = TestFiles.write("jan1.csv", "id,date,x\nA,2015-01-01,1\nA,2016-01-01,2\nB,2015-01-01,3\n");
        PanelFrame f = DataReader.readPanel(p, null, "id", "date");
        assertEquals(TimeUnit.YEAR, f.timeUnit());
        assertArrayEquals(new long[] {2015, 2016}, f.periods());
    }

    @Test
    void optionsParseAndNameTheirProblems() {
        assertEquals(new ReadOptions(null, 3, TimeUnit.QUARTER), ReadOptions.parse(" ", "3", null, "Quarter"));
        assertEquals(new ReadOptions("S", 3, null), ReadOptions.parse("S", null, "2", null));
        InputException e = assertThrows(InputException.class, () -> ReadOptions.parse(null, "0", "x", "week"));
        assertTrue(e.getMessage().contains("--header-row (in a study: headerRow) must be a whole number of at least 1")
                && e.getMessage().contains("--skip (in a study: skip) must be a whole number")
                && e.getMessage().contains("--time-unit (in a study: timeUnit) must be year, quarter or month, not "
                        + "'week'"), e.getMessage());
        InputException both = assertThrows(InputException.class, () -> ReadOptions.parse(null, "3", "1", null));
        assertTrue(both.getMessage().contains("--header-row 3 and --skip 1 disagree"), both.getMessage());
    }
}
