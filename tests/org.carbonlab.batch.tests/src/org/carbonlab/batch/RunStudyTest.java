package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** {@code carbonlab run STUDY.carbonlab --out DIR} on small studies over the Grunfeld data. */
class RunStudyTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                name="Grunfeld investment" description="Test study: investment of ten US firms, 1935-1954.">
              <datasets name="grunfeld" source="data/grunfeld.csv" entityColumn="firm" timeColumn="year"/>
              <variables name="ln_inv" label="log gross investment" derivation="log(inv)" dataset="grunfeld"/>
              <variables name="ln_value" label="log market value" derivation="log(value)" dataset="grunfeld"/>
            """;

    /** A study folder with the Grunfeld data in data/grunfeld.csv and the given analyses. */
    private static Path study(String name, String analyses) {
        Path dir = Cli.freshDir("study-" + name);
        Cli.write(dir, "data/grunfeld.csv", Cli.read(Cli.grunfeld()));
        return Cli.write(dir, name + ".carbonlab", HEADER + analyses + "</carbonlab:Study>\n");
    }

    @Test
    void runWritesOneResultPerAnalysisAndAReportWithThePublicationTable() {
        Path studyFile = study("grunfeld", """
                  <analyses name="ols" estimatorId="panel.ols" dataset="grunfeld" label="Pooled OLS.">
                    <parameters name="formula" value="inv ~ value + capital"/>
                  </analyses>
                  <analyses name="fe_cluster" estimatorId="panel.fe" dataset="grunfeld" label="Firm fixed effects, clustered SEs.">
                    <parameters name="formula" value="inv ~ value + capital"/>
                    <parameters name="vcov" value="cluster"/>
                  </analyses>
                  <analyses name="fe_log" estimatorId="panel.fe" dataset="grunfeld">
                    <parameters name="formula" value="ln_inv ~ ln_value + capital"/>
                    <parameters name="effect" value="twoways"/>
                  </analyses>
                """);
        Path out = studyFile.getParent().resolve("out");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", out.toString()).ok();

        assertEquals(List.of("fe_cluster.json", "fe_log.json", "ols.json", "report.html", "report.md"), Cli.list(out),
                run::describe);
        assertTrue(run.out().contains("report.md"), run::describe);
        String html = Cli.read(out.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<style>"), "a self-contained page");
        assertTrue(html.contains("<th scope=\"row\">capital</th>"), "the regression table as an HTML table:\n" + html);
        assertTrue(html.contains("<p class=\"note\">") && html.indexOf("</table>") < html.indexOf("<p class=\"note\">"),
                "notes follow their table:\n" + html);
        for (String a : List.of("ols", "fe_cluster", "fe_log")) {
            assertTrue(run.out().contains(a + ".json"), run::describe);
        }

        // the clustered FE result is the same as `estimate` gives (expected.json, Stata convention)
        JsonObject fe = Cli.parseObject(Cli.read(out.resolve("fe_cluster.json")));
        assertEquals("carbonlab.result/1", fe.get("schema").getAsString());
        assertEquals("panel.fe", fe.getAsJsonObject("estimator").get("id").getAsString());
        assertEquals("cluster", fe.getAsJsonObject("parameters").get("vcov").getAsString());
        JsonObject value = GrunfeldEndToEndTest.coefficient(fe, "value");
        assertEquals(0.11012380412071845, value.get("estimate").getAsDouble(), 1e-9 * 0.11);
        assertEquals(0.015194493942717381, value.get("std_error").getAsDouble(), 1e-9 * 0.0152);
        JsonObject ols = Cli.parseObject(Cli.read(out.resolve("ols.json")));
        assertEquals(-42.71436943655936,
                GrunfeldEndToEndTest.coefficient(ols, "(Intercept)").get("estimate").getAsDouble(), 1e-9 * 42.7);

        // derived variables reach the analyses: log(inv) on log(value)
        JsonObject log = Cli.parseObject(Cli.read(out.resolve("fe_log.json")));
        GrunfeldEndToEndTest.coefficient(log, "ln_value");
        assertEquals("ln_inv", log.getAsJsonObject("statistics").get("dependent").getAsString());
        assertEquals("twoways", log.getAsJsonObject("statistics").get("effect").getAsString());

        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.startsWith("# Grunfeld investment"), report);
        assertTrue(report.contains("Regression models of the study"), "publication table caption:\n" + report);
        // the publication table: one column per model, the terms as rows, N and the FE indicators
        assertTrue(report.contains("| (1)") && report.contains("(2)") && report.contains("(3)"), report);
        for (String row : List.of("| value", "| capital", "| ln_value", "| (Intercept)", "| N ", "| Entity FE", "| Time FE")) {
            assertTrue(report.contains(row), "publication table row " + row + ":\n" + report);
        }
        assertTrue(report.contains("0.110\\*\\*\\*"), "the FE value coefficient appears:\n" + report);
        assertTrue(report.contains("## ols (panel.ols)") && report.contains("## fe_cluster (panel.fe)")
                && report.contains("## fe_log (panel.fe)"), "one section per analysis:\n" + report);
        assertTrue(report.contains("grunfeld.csv"), "the dataset is named:\n" + report);
        Cli.assertNoTempFiles(out);
    }

    @Test
    void analysisWithAnUnknownEstimatorIsNamed() {
        Path studyFile = study("unknown-estimator", """
                  <analyses name="ols" estimatorId="panel.ols" dataset="grunfeld">
                    <parameters name="formula" value="inv ~ value + capital"/>
                  </analyses>
                  <analyses name="mystery" estimatorId="panel.magic" dataset="grunfeld">
                    <parameters name="formula" value="inv ~ value + capital"/>
                  </analyses>
                """);
        Path out = studyFile.getParent().resolve("out");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", out.toString());
        assertTrue(run.code() == CommandLine.BAD_INPUT || run.code() == CommandLine.ESTIMATION_FAILED, run::describe);
        assertTrue(run.err().contains("mystery") && run.err().contains("panel.magic"),
                "stderr names the analysis and the estimator:\n" + run.describe());
        // the good analysis still ran; the report says which one failed and why
        assertTrue(Files.isRegularFile(out.resolve("ols.json")), run::describe);
        assertFalse(Files.exists(out.resolve("mystery.json")), run::describe);
        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.contains("mystery") && report.contains("panel.magic") && report.contains("Failed"), report);
    }

    @Test
    void analysisWithABadParameterIsNamed() {
        Path studyFile = study("bad-parameter", """
                  <analyses name="fe_bad" estimatorId="panel.fe" dataset="grunfeld">
                    <parameters name="formula" value="inv ~ value + capital"/>
                    <parameters name="vcov" value="banana"/>
                  </analyses>
                """);
        Path out = studyFile.getParent().resolve("out");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", out.toString());
        assertTrue(run.code() == CommandLine.BAD_INPUT || run.code() == CommandLine.ESTIMATION_FAILED, run::describe);
        assertTrue(run.err().contains("fe_bad") && run.err().contains("banana"), run::describe);
        assertTrue(Cli.read(out.resolve("report.md")).contains("fe_bad"));
    }

    @Test
    void missingStudyFileIsBadInput() {
        Path dir = Cli.freshDir("study-missing");
        Cli.Run run = Cli.run("run", dir.resolve("nope.carbonlab").toString(), "--out", dir.resolve("out").toString())
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("nope.carbonlab"), run::describe);
        assertFalse(Files.exists(dir.resolve("out")), "no output folder for a missing study");
    }

    @Test
    void malformedStudyFileIsBadInput() {
        Path dir = Cli.freshDir("study-malformed");
        Path studyFile = Cli.write(dir, "broken.carbonlab", "<carbonlab:Study xmlns:carbonlab=\"http://carbonlab.org/model/1.0\"");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", dir.resolve("out").toString())
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertTrue(run.err().contains("broken.carbonlab"), run::describe);
    }

    @Test
    void studyWhoseDataFileIsMissingIsBadInput() {
        Path studyFile = study("no-data", """
                  <analyses name="ols" estimatorId="panel.ols" dataset="grunfeld">
                    <parameters name="formula" value="inv ~ value + capital"/>
                  </analyses>
                """);
        Cli.deleteTree(studyFile.getParent().resolve("data"));
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", studyFile.getParent().resolve("out").toString())
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("grunfeld.csv"), run::describe);
    }

    @Test
    void runWithoutStudyIsBadUsage() {
        Cli.Run run = Cli.run("run").expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
    }

    @Test
    void runWithUnknownOptionIsBadUsage() {
        Cli.Run run = Cli.run("run", "x.carbonlab", "--output", "dir").expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("--output"), run::describe);
    }
}
