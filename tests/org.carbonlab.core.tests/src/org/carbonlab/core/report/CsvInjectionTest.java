package org.carbonlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/** Every CSV cell that a spreadsheet would run as a formula is neutralised; numbers stay numbers. */
class CsvInjectionTest {

    @Test
    void textCellsStartingWithAFormulaCharacterGetAnApostrophe() {
        assertEquals("'=1+2", GridRenderer.csv("=1+2"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", GridRenderer.csv("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'@SUM(A1:A2)", GridRenderer.csv("@SUM(A1:A2)"));
        assertEquals("'+cmd|' /C calc'!A0", GridRenderer.csv("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", GridRenderer.csv("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'\t=1", GridRenderer.csv("\t=1"));
        assertEquals("\"'\r=1\"", GridRenderer.csv("\r=1"), "a carriage return is neutralised and quoted");
        assertEquals("'-", GridRenderer.csv("-"));
        assertEquals("'-x", GridRenderer.csv("-x"));
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAlone() {
        for (String s : List.of("-0.5", "+3", "-1.5E-7", "-2", ".5", "-0.300**", "0.500***", "(0.100)", "a=b", "",
                "Firm A", "<0.0001")) {
            assertEquals(s, GridRenderer.csv(s), s);
        }
    }

    @Test
    void everyCsvTheRendererWritesIsNeutralised() {
        ResultRenderer renderer = new ResultRenderer();
        // coefficient listing: a hostile term name; negative estimates stay numbers
        Result coef = new Result("x.y");
        coef.addCoefficient(new Coefficient("=cmd()", -1.25, 0.5, -2.5, 0.01, -2.2, -0.3));
        String csv = renderer.render(coef, ReportFormat.CSV);
        assertTrue(csv.contains("\n'=cmd(),-1.25,0.5,-2.5,0.01,-2.2,-0.3\n"), csv);
        // a table: hostile entity names and column names, a negative number, a negative integer
        Result table = new Result("x.y");
        table.table("scores", new ResultTable(List.of("entity", "@score")).addRow("=A1", -0.75)
                .addRow("-B", -3L).addRow("+C", null));
        List<String> lines = renderer.render(table, ReportFormat.CSV).lines().toList();
        assertEquals(List.of("entity,'@score", "'=A1,-0.75", "'-B,-3", "'+C,"), lines);
        // statistics: a hostile text value next to a negative number
        Result stats = new Result("x.y");
        stats.statistic("label", "=2*3").statistic("shift", -4.5);
        List<String> st = renderer.render(stats, ReportFormat.CSV).lines().toList();
        assertEquals(List.of("statistic,value", "label,'=2*3", "shift,-4.5"), st);
        // the grid behind publication tables
        Grid g = new Grid(List.of("", "(1)")).row(List.of("=evil", "-0.300**")).row(List.of("", "(0.100)"));
        assertEquals(",(1)\n'=evil,-0.300**\n,(0.100)\n", GridRenderer.CSV.render(g));
    }
}
