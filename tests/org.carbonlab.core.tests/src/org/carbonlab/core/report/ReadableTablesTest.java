package org.carbonlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carbonlab.core.data.TestFiles;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Readable statistic labels in every table writer, right-aligned LaTeX number columns that pdflatex compiles with
 * only the package the fragment names, and period labels of quarterly data (issue 20).
 */
class ReadableTablesTest {
    private static Result gmmLike() {
        Result r = new Result("panel.gmm");
        r.addCoefficient(new Coefficient("lag(y,1)", 0.512, 0.044, 11.6, 1e-9, 0.426, 0.598));
        r.addCoefficient(new Coefficient("x", -1.25, 0.5, -2.5, 0.012, -2.23, -0.27));
        r.statistics().put("n_obs", 1200);
        r.statistics().put("ar2_p", 0.4312);
        r.statistics().put("r2_within", 0.61);
        r.statistics().put("n_treated_units", 14);
        r.statistics().put("p_value_df", 29);
        r.addTest(TestResult.chi2("hansen", 21.3, 18, 0.265));
        return r;
    }

    @Test
    void labelsComeFromOneTable() {
        assertEquals("AR(2) p-value", StatisticLabels.label("ar2_p"));
        assertEquals("R² (within)", StatisticLabels.label("r2_within"));
        assertEquals("Observations", StatisticLabels.label("n_obs"));
        assertEquals("Hansen J", StatisticLabels.label("hansen"));
        assertEquals("Sobel std. error", StatisticLabels.label("sobel_se"));
        assertEquals("Wald p-value", StatisticLabels.label("wald_p"));
        assertEquals("Interaction p-value", StatisticLabels.label("interaction_p"));
        assertEquals("N (treated units)", StatisticLabels.label("n_treated_units"));
        assertEquals("Bacon weight sum", StatisticLabels.label("bacon_weight_sum"));
        assertEquals("already a label", StatisticLabels.label("already a label"));
    }

    @Test
    void everyTableWriterPrintsLabelsNotKeys() {
        Result r = gmmLike();
        ResultRenderer renderer = new ResultRenderer();
        String md = renderer.render(r, ReportFormat.MARKDOWN);
        assertTrue(md.contains("| AR(2) p-value | 0.431"), md);
        assertTrue(md.contains("| Observations | 1200 |") && md.contains("| df of p-values | 29 |"), md);
        assertTrue(md.contains("| Hansen J |"), md);
        assertFalse(md.contains("ar2_p") || md.contains("p_value_df"), md);
        String html = renderer.render(r, ReportFormat.HTML);
        assertTrue(html.contains("AR(2) p-value") && !html.contains("ar2_p"), html);
        String tex = renderer.render(r, ReportFormat.LATEX);
        assertTrue(tex.contains("AR(2) p-value") && tex.contains("R$^2$ (within)"), tex);
        // the JSON keeps the keys
        JsonObject json = new JsonResultWriter().toJson(r);
        assertTrue(json.getAsJsonObject("statistics").has("ar2_p"));
    }

    @Test
    void latexNumberColumnsAreRightAligned() {
        Grid g = new Grid(List.of("term", "estimate", "std. error", "distribution"));
        g.row(List.of("x", "-0.512***", "(0.044)", "chi2"));
        g.row(List.of("FE", "Yes", "", "normal"));
        g.row(List.of("N", "1,200", "12.5%", "t"));
        assertEquals("lrrl", GridRenderer.columnSpec(g));
        String tex = GridRenderer.LATEX.render(g);
        assertTrue(tex.contains("\\begin{tabular}{lrrl}"), tex);
        String coef = new ResultRenderer().render(gmmLike(), ReportFormat.LATEX);
        assertTrue(coef.contains("\\begin{tabular}{lrrrrrr}"), coef);
    }

    /** pdflatex (texlive-latex-recommended) compiles the fragment with only \\usepackage{booktabs}. */
    @Test
    void pdflatexCompilesTheFragment() throws IOException, InterruptedException {
        if (!onPath("pdflatex")) { // the real-client check runs where texlive is installed (tests/clients/verify.sh too)
            System.out.println("pdflatex is not installed: the LaTeX compile check is skipped");
            return;
        }
        String fragment = new ResultRenderer().render(gmmLike(), ReportFormat.LATEX);
        Path dir = TestFiles.outputDir("pdflatex");
        Files.writeString(dir.resolve("fragment.tex"), fragment, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("doc.tex"), "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{booktabs}\n\\begin{document}\n\\input{fragment.tex}\n\\end{document}\n",
                StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("pdflatex.log").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdflatex timed out");
        String log = Files.readString(dir.resolve("pdflatex.log"), StandardCharsets.ISO_8859_1);
        assertEquals(0, p.exitValue(), log);
        assertTrue(Files.size(dir.resolve("doc.pdf")) > 0);
        assertFalse(log.contains("Overfull \\hbox"), log);
    }

    @Test
    void quarterlyPeriodsPrintAsLabels() {
        Result r = new Result("efficiency.dea");
        ResultTable scores = new ResultTable(List.of("entity", "time", "score"));
        scores.addRow("A", 8060L, 0.9);
        scores.addRow("A", 8061L, 1.0);
        r.table("scores", scores);
        r.timeUnit(org.carbonlab.core.data.TimeUnit.QUARTER);
        JsonObject json = new JsonResultWriter().toJson(r);
        assertEquals("[[\"A\",\"2015Q1\",0.9],[\"A\",\"2015Q2\",1.0]]",
                json.getAsJsonObject("tables").getAsJsonObject("scores").get("rows").toString());
        String md = new ResultRenderer().render(r, ReportFormat.MARKDOWN);
        assertTrue(md.contains("| A | 2015Q2 |"), md);
        assertTrue(new ResultRenderer().render(r, ReportFormat.CSV).contains("A,2015Q1,0.9"));
        assertEquals(8060L, r.tables().get("scores").rows().get(0).get(1), "the result keeps the period numbers");
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
