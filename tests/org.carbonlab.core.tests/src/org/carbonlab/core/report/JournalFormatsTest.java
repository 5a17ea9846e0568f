package org.carbonlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.Test;

/** LaTeX and HTML tables a journal takes unchanged (issue 20); the real clients run in tests/clients/verify.sh. */
class JournalFormatsTest {
    private static Grid grid() {
        Grid g = new Grid(List.of("", "(1)", "(2)"));
        g.row(List.of("x", "-0.512***", "0.031"));
        g.row(List.of("", "(0.044)", "(-0.012)"));
        g.rule();
        g.row(List.of("N", "120", "120"));
        g.caption("Table 1");
        g.note("Standard errors in parentheses; a long note that must wrap inside the table rather than widen it "
                + "or run past the text width of the page.");
        return g;
    }

    @Test
    void latexFragmentSaysWhatItNeedsAndUsesTypesetMinusSigns() {
        Result r = new Result("panel.fe");
        r.addCoefficient(new Coefficient("x", -0.5, 0.1, -5, 1e-6, -0.7, -0.3));
        String tex = new ResultRenderer().render(r, ReportFormat.LATEX);
        assertEquals("% requires: \\usepackage{booktabs}", tex.lines().toList().get(1), tex);
        assertTrue(tex.contains("x & $-$0.500$^{***}$"), tex);
        assertFalse(tex.matches("(?s).*&\\s*-[0-9].*"), "no hyphen minus before a number:\n" + tex);
    }

    @Test
    void latexNotesWrapInAParagraphColumnInsideTheTable() {
        String tex = GridRenderer.LATEX.render(grid());
        assertTrue(tex.contains("x & $-$0.512$^{***}$ & 0.031 \\\\"), tex);
        assertTrue(tex.contains("& ($-$0.012) \\\\"), tex);
        int bottom = tex.indexOf("\\bottomrule");
        int note = tex.indexOf("\\multicolumn{3}{@{}p{");
        int end = tex.indexOf("\\end{tabular}");
        assertTrue(bottom < note && note < end, "the note is a paragraph cell below the bottom rule:\n" + tex);
        assertFalse(tex.contains("minipage"), tex);
        int width = GridRenderer.noteWidthEm(grid());
        assertTrue(width >= 10 && width <= 33, "note width " + width);
        // begin/end balanced
        assertEquals(count(tex, "\\begin{"), count(tex, "\\end{"), tex);
    }

    @Test
    void htmlKeepsNotesAtTheTableWidthWithLabelsLeftAndNumbersRight() {
        String html = GridRenderer.HTML.render(grid());
        assertTrue(html.startsWith("<div class=\"carbonlab-table\">"), html);
        assertTrue(html.indexOf("</table>") < html.indexOf("<p class=\"note\">"), html);
        assertTrue(html.trim().endsWith("</div>"), html);
        assertTrue(html.contains("<th scope=\"row\">x</th><td>-0.512***</td>"), html);
        String style = GridRenderer.HTML_STYLE;
        assertTrue(style.contains("p.note{display:table-caption;caption-side:bottom"), style);
        assertTrue(style.contains("td{padding:2px 8px;text-align:right"), style);
        assertTrue(style.contains("th[scope=row],table.carbonlab thead th:first-child{text-align:left"), style);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
