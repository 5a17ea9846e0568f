package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.report.ReportFormat;
import org.carbonlab.core.report.ResultRenderer;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.RowKeys;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A frame without a time column: one row per entity, one implicit period, no periods to look up. */
class CrossSectionFrameTest {

    private static PanelFrame fromFile() {
        String csv = "dmu,x,y\nB,2,20\nA,1,10\nC,3,30\n";
        return PanelFrame.crossSection(DataReader.read(TestFiles.write("xsection.csv", csv), null), "dmu");
    }

    @Test
    void oneRowPerEntityInOneImplicitPeriod() {
        PanelFrame f = fromFile();
        assertFalse(f.hasTime());
        assertNull(f.timeColumn());
        assertEquals("dmu", f.entityColumn());
        assertEquals(List.of("B", "A", "C"), f.entityLabels(), "entities keep their order of appearance");
        assertArrayEquals(new double[] {2, 1, 3}, f.numeric("x"));
        assertEquals(3, f.rows());
        assertEquals(3, f.nEntities());
        assertEquals(1, f.nPeriods());
        assertArrayEquals(new int[] {0, 0, 0}, f.timeIndices());
        assertTrue(f.balanced());
        assertEquals(List.of("dmu", "x", "y"), f.columnNames());
        assertEquals("line 3 (dmu A)", f.describe(1));
        assertTrue(f.toString().contains("cross-section"), f.toString());
        // derived columns and subsets stay cross-sections
        PanelFrame g = f.withColumn("z", new double[] {1, 2, 3}).subset(new int[] {0, 2});
        assertFalse(g.hasTime());
        assertEquals(List.of("B", "C"), g.entityLabels());
        assertArrayEquals(new double[] {1, 3}, g.numeric("z"));
    }

    @Test
    void periodsAreAnInputErrorThatSaysWhy() {
        PanelFrame f = fromFile();
        InputException e = assertThrows(InputException.class, () -> f.time(0));
        String m = e.problems().get(0);
        assertTrue(m.contains("xsection.csv is a cross-section (no time column)"), m);
        assertTrue(m.contains("--time COL"), m);
        assertThrows(InputException.class, () -> f.rowOf(0, 0));
        for (String expression : List.of("lag(x)", "lead(x, 2)", "diff(y)", "deflate(x, y, 2010)")) {
            InputException ex = assertThrows(InputException.class, () -> Expression.parse(expression).evaluate(f),
                    expression);
            String name = expression.substring(0, expression.indexOf('(') + 1) + ")";
            assertTrue(ex.problems().get(0).contains(name), expression + ": " + ex.problems());
            assertTrue(ex.problems().get(0).contains("cross-section"), expression + ": " + ex.problems());
        }
        // functions without periods work as on any frame
        assertArrayEquals(new double[] {Math.log(2), 0, Math.log(3)}, Expression.parse("log(x)").evaluate(f), 0.0);
    }

    @Test
    void builderMakesCrossSectionsAndRejectsRepeatedEntities() {
        PanelFrame f = PanelFrame.builder().entityColumn("region").crossSection().entities("R2", "R1")
                .column("v", 5, 6).build();
        assertFalse(f.hasTime());
        assertEquals(List.of("region", "v"), f.columnNames());
        assertEquals("(region R1)", f.describe(1));
        assertThrows(IllegalArgumentException.class,
                () -> PanelFrame.builder().crossSection().entities("A").times(2001).build());
        InputException e = assertThrows(InputException.class,
                () -> PanelFrame.builder().crossSection().entities("A", "B", "A").column("v", 1, 2, 3).build());
        assertTrue(e.problems().get(0).contains("for entity A: input rows 1 and 3"), e.problems().toString());
    }

    @Test
    void resultTablesAndSummariesOfACrossSectionHaveNoTime() {
        PanelFrame f = fromFile();
        assertEquals(List.of("entity", "score"), RowKeys.columns(f, "score"));
        assertEquals(List.of("B"), RowKeys.values(f, 0));
        assertEquals("B", RowKeys.label(f, 0));
        PanelFrame panel = PanelFrame.builder().entities("A").times(2001).build();
        assertEquals(List.of("entity", "time", "score"), RowKeys.columns(panel, "score"));
        assertEquals(List.of("A", 2001L), RowKeys.values(panel, 0));
        assertEquals("A@2001", RowKeys.label(panel, 0));

        Result r = new Result("efficiency.dea");
        r.data(new DataSummary("d.csv", "abc", 3, 3, 1, true).asCrossSection());
        JsonObject data = JsonParser.parseString(new JsonResultWriter().write(r)).getAsJsonObject()
                .getAsJsonObject("data");
        assertTrue(data.get("cross_section").getAsBoolean());
        assertEquals(3, data.get("n_entities").getAsInt());
        assertFalse(data.has("n_periods"), data.toString());
        assertFalse(data.has("balanced"), data.toString());
        String md = new ResultRenderer().render(r, ReportFormat.MARKDOWN);
        assertTrue(md.contains("(3 observations, 3 entities, cross-section)"), md);
        JsonObject panelData = JsonParser.parseString(new JsonResultWriter().write(
                new Result("x").data(new DataSummary("d.csv", "abc", 4, 2, 2, true)))).getAsJsonObject()
                .getAsJsonObject("data");
        assertEquals(2, panelData.get("n_periods").getAsInt());
        assertFalse(panelData.has("cross_section"), panelData.toString());
    }
}
