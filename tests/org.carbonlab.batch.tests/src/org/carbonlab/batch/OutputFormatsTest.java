package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** {@code carbonlab estimate --format ... [--out FILE]}: every output format, and atomic --out. */
class OutputFormatsTest {
    private static Path data;
    private static JsonObject reference;

    @BeforeAll
    static void setUp() {
        data = Cli.grunfeld();
        reference = Cli.run(args("json").toArray(String[]::new)).ok().json();
    }

    private static List<String> args(String format, String... more) {
        List<String> a = new ArrayList<>(List.of("estimate", "panel.fe", "--data", data.toString(), "--entity", "firm",
                "--time", "year", "--set", "formula=inv ~ value + capital", "--set", "vcov=cluster", "--format", format));
        a.addAll(List.of(more));
        return a;
    }

    private static Cli.Run estimate(String format, String... more) {
        return Cli.run(args(format, more).toArray(String[]::new));
    }

    private static double referenceEstimate(String term) {
        return GrunfeldEndToEndTest.coefficient(reference, term).get("estimate").getAsDouble();
    }

    @Test
    void jsonIsTheDefaultFormat() {
        List<String> a = args("json");
        int i = a.indexOf("--format");
        a.remove(i + 1);
        a.remove(i);
        Cli.Run run = Cli.run(a.toArray(String[]::new)).ok();
        JsonObject r = run.json();
        assertEquals("carbonlab.result/1", r.get("schema").getAsString());
        assertEquals(referenceEstimate("value"), GrunfeldEndToEndTest.coefficient(r, "value").get("estimate").getAsDouble(),
                0.0);
    }

    @Test
    void bomStartsCsvWithAByteOrderMarkAndIsRefusedForOtherFormats() throws IOException {
        Path dir = Cli.freshDir("format-bom");
        Path csv = dir.resolve("fe.csv");
        estimate("csv", "--bom", "--out", csv.toString()).ok();
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        assertTrue(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).startsWith("term,estimate,"));
        Cli.Run bad = estimate("md", "--bom").expectCode(CommandLine.BAD_INPUT);
        assertTrue(bad.err().contains("--bom applies to --format csv only"), bad::describe);
    }

    @Test
    void csvHoldsTheCoefficientsAtFullPrecision() {
        Cli.Run run = estimate("csv").ok();
        List<String> lines = run.out().lines().toList();
        assertEquals("term,estimate,std_error,statistic,p_value,conf_low,conf_high", lines.get(0), run::describe);
        assertEquals(4, lines.size(), "header + value, capital, (Intercept): " + run.out());
        String valueRow = lines.stream().filter(l -> l.startsWith("value,")).findFirst()
                .orElseThrow(() -> new AssertionError("no value row:\n" + run.out()));
        String[] cells = valueRow.split(",");
        assertEquals(7, cells.length, valueRow);
        JsonObject ref = GrunfeldEndToEndTest.coefficient(reference, "value");
        String[] members = {"estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"};
        for (int k = 0; k < members.length; k++) {
            assertEquals(ref.get(members[k]).getAsDouble(), Double.parseDouble(cells[k + 1]), 0.0,
                    "csv " + members[k] + " equals the JSON number exactly");
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("capital,")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(Intercept),") || l.startsWith("\"(Intercept)\",")), run.out());
    }

    @Test
    void markdownHasTitleTablesAndTheEstimates() {
        Cli.Run run = estimate("md").ok();
        String md = run.out();
        assertTrue(md.startsWith("# "), md);
        assertTrue(md.contains("panel.fe"), md);
        assertTrue(md.contains("| term"), "a Markdown table with a term column:\n" + md);
        assertTrue(md.contains("|---") || md.contains("| ---") || md.contains("|:--") || md.contains("| :--"),
                "a Markdown header rule:\n" + md);
        assertTrue(md.contains("value") && md.contains("capital") && md.contains("(Intercept)"), md);
        assertTrue(md.contains("| value | 0.110"), "the value coefficient 0.110...:\n" + md);
        // the statistics and tests grids print readable labels (StatisticLabels), not keys such as r2_within
        assertTrue(md.contains("| R² (within) |"), "statistics table:\n" + md);
        assertTrue(md.contains("| F test (fixed effects) |"), "tests table:\n" + md);
        assertFalse(md.contains("{\"schema\""), "not JSON");
    }

    @Test
    void latexIsABooktabsTable() {
        Cli.Run run = estimate("tex").ok();
        String tex = run.out();
        assertTrue(tex.contains("\\toprule"), tex);
        assertTrue(tex.contains("\\midrule"), tex);
        assertTrue(tex.contains("\\bottomrule"), tex);
        assertTrue(tex.contains("\\begin{tabular}") && tex.contains("\\end{tabular}"), tex);
        assertEquals(count(tex, "\\begin{tabular}"), count(tex, "\\end{tabular}"), "balanced tabular environments");
        assertTrue(tex.contains("capital"), tex);
        assertTrue(tex.contains("R$^2$ (within)"), "readable labels, typeset for LaTeX:\n" + tex);
        assertTrue(tex.contains("value & 0.110"), tex);
    }

    @Test
    void htmlIsACompleteDocument() {
        Cli.Run run = estimate("html").ok();
        String html = run.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<table") && html.contains("</table>"), html);
        assertEquals(count(html, "<table"), count(html, "</table>"), "balanced tables");
        assertTrue(html.strip().endsWith("</html>"), html);
        assertTrue(html.contains("capital") && html.contains("<td>0.110"), html);
        assertTrue(html.contains("charset=\"utf-8\"") || html.contains("charset=utf-8"), html);
    }

    @Test
    void docxWithoutOutIsBadUsage() {
        Cli.Run run = estimate("docx").expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("--out"), run::describe);
        assertTrue(run.err().contains("docx"), run::describe);
    }

    @Test
    void docxWithOutWritesAWordDocument() throws IOException {
        Path dir = Cli.freshDir("format-docx");
        Path docx = dir.resolve("fe.docx");
        Cli.Run run = estimate("docx", "--out", docx.toString()).ok();
        assertTrue(run.out().isEmpty(), "nothing on stdout with --out:\n" + run.describe());
        byte[] bytes = Files.readAllBytes(docx);
        assertTrue(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K', "a zip file");
        List<String> entries = new ArrayList<>();
        String document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.add(e.getName());
                if (e.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(entries.contains("[Content_Types].xml"), entries.toString());
        assertTrue(entries.contains("word/document.xml"), entries.toString());
        assertTrue(entries.contains("_rels/.rels"), entries.toString());
        assertNotNull(document);
        assertTrue(document.contains("<w:tbl"), "a Word table");
        assertTrue(document.contains("capital"), "the coefficients are in the document");
        // well-formed XML
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.newDocumentBuilder().parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception ex) {
            throw new AssertionError("word/document.xml is not well-formed XML: " + ex, ex);
        }
        Cli.assertNoTempFiles(dir);
    }

    @Test
    void outWritesAtomicallyAndReplacesAnExistingFile() {
        Path dir = Cli.freshDir("format-out");
        Path out = Cli.write(dir, "result.json", "old content that must disappear");
        Cli.Run run = estimate("json", "--out", out.toString()).ok();
        assertTrue(run.out().isEmpty(), "nothing on stdout with --out:\n" + run.describe());
        JsonObject written = Cli.parseObject(Cli.read(out));
        assertEquals(referenceEstimate("capital"),
                GrunfeldEndToEndTest.coefficient(written, "capital").get("estimate").getAsDouble(), 0.0);
        assertEquals(List.of("result.json"), Cli.list(dir), "no temporary file left beside the result");
    }

    @Test
    void outCreatesMissingFoldersAndEveryTextFormat() {
        Path dir = Cli.freshDir("format-all");
        for (String f : List.of("json", "md", "tex", "html", "csv")) {
            Path out = dir.resolve("sub").resolve("fe." + f);
            Cli.Run run = estimate(f, "--out", out.toString()).ok();
            assertTrue(run.out().isEmpty(), run::describe);
            String stdoutVersion = estimate(f).ok().out();
            String fileVersion = Cli.read(out);
            if (f.equals("json")) {
                // provenance.elapsed_ms differs between two runs: compare the coefficients
                assertEquals(Cli.parseObject(stdoutVersion).get("coefficients"), Cli.parseObject(fileVersion).get("coefficients"));
            } else {
                assertEquals(stdoutVersion, fileVersion, "--out writes what stdout shows for " + f);
            }
        }
        assertEquals(List.of("fe.csv", "fe.html", "fe.json", "fe.md", "fe.tex"), Cli.list(dir.resolve("sub")));
    }

    @Test
    void unknownFormatIsBadUsage() {
        Cli.Run run = estimate("pdf").expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("pdf"), run::describe);
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
