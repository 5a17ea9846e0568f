package org.carbonlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class WritersTest {

    private static Result sample() {
        Result r = new Result("panel.fe").estimatorVersion("1.2.3");
        r.parameters().put("formula", "y ~ x");
        r.parameters().put("cluster", null);
        r.data(new DataSummary("d.csv", "abc", 200, 10, 20, true));
        r.addCoefficient(new Coefficient("x", 0.11012380412071845, 0.0151944939427174, 7.2476, 4.8e-5, 0.07, 0.14));
        r.addCoefficient(new Coefficient("(Intercept)", -58.74, 27.6, -2.13, 0.062, -121.2, 3.7));
        r.statistic("n_obs", 200).statistic("r2_within", 0.7667575837481404).statistic("effect", "individual");
        r.statistic("weird", Double.NaN);
        r.addTest(TestResult.f("f_effects", 49.17, 9, 188, 8.7e-45));
        r.table("scores", new ResultTable(List.of("entity", "time", "score")).addRow("A", 2001L, 0.5).addRow("B", 2001L, null));
        r.warn("dropped 1 term(s): z (collinear with earlier terms)");
        r.provenance().put("seed", 1L);
        return r;
    }

    @Test
    void jsonFollowsTheContract() {
        String text = new JsonResultWriter().write(sample());
        JsonObject o = JsonParser.parseString(text).getAsJsonObject();
        assertEquals("carbonlab.result/1", o.get("schema").getAsString());
        assertEquals("panel.fe", o.getAsJsonObject("estimator").get("id").getAsString());
        assertTrue(o.getAsJsonObject("parameters").get("cluster").isJsonNull(), "unset parameters are written as null");
        assertEquals(200, o.getAsJsonObject("data").get("n_obs").getAsInt());
        JsonObject c = o.getAsJsonArray("coefficients").get(0).getAsJsonObject();
        assertEquals("x", c.get("term").getAsString());
        // Full double precision: the value read back is the same double.
        assertEquals(0.11012380412071845, c.get("estimate").getAsDouble(), 0.0);
        assertEquals(0.0151944939427174, c.get("std_error").getAsDouble(), 0.0);
        assertTrue(o.getAsJsonObject("statistics").get("weird").isJsonNull());
        JsonObject t = o.getAsJsonArray("tests").get(0).getAsJsonObject();
        assertEquals(9.0, t.get("df1").getAsDouble());
        assertEquals("F", t.get("distribution").getAsString());
        assertEquals(3, o.getAsJsonObject("tables").getAsJsonObject("scores").getAsJsonArray("columns").size());
        assertTrue(o.getAsJsonObject("tables").getAsJsonObject("scores").getAsJsonArray("rows").get(1).getAsJsonArray().get(2).isJsonNull());
        List<String> warnings = o.getAsJsonArray("warnings").asList().stream().map(e -> e.getAsString()).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(1).contains("non-finite") && warnings.get(1).contains("statistics.weird"), warnings.toString());
        assertEquals(1, o.getAsJsonObject("provenance").get("seed").getAsInt());
        // Member order of the contract.
        List<String> keys = List.copyOf(o.keySet());
        assertEquals(List.of("schema", "estimator", "parameters", "data", "coefficients", "statistics", "tests", "tables",
                "warnings", "provenance"), keys);
    }

    @Test
    void publicationTableHasStarsSesNAndFixedEffects() {
        ModelResult pooled = new ModelResult("ols");
        pooled.addCoefficient(new Coefficient("x", 0.5, 0.1, 5, 0.001, 0, 1));
        pooled.addCoefficient(new Coefficient("(Intercept)", 1, 2, 0.5, 0.6, 0, 1));
        pooled.statistic("n_obs", 100).statistic("r2", 0.25).statistic("effect", "none");
        ModelResult fe = new ModelResult("fe");
        fe.addCoefficient(new Coefficient("x", 0.4, 0.2, 2, 0.07, 0, 1));
        fe.addCoefficient(new Coefficient("z", -0.3, 0.12, -2.5, 0.03, 0, 1));
        fe.statistic("n_obs", 90).statistic("r2_within", 0.5).statistic("effect", "twoways");
        Grid g = new PublicationTable().add("OLS", pooled).add("FE", fe).toGrid();
        assertEquals(List.of("", "(1)", "(2)"), g.header());
        List<List<String>> rows = g.rows();
        assertEquals(List.of("", "OLS", "FE"), rows.get(0));
        assertEquals(List.of("x", "0.500***", "0.400*"), rows.get(1));
        assertEquals(List.of("", "(0.100)", "(0.200)"), rows.get(2));
        assertEquals(List.of("z", "", "-0.300**"), rows.get(3));
        assertEquals(List.of("(Intercept)", "1.000", ""), rows.get(5), "the intercept goes last");
        assertTrue(rows.contains(List.of("N", "100", "90")));
        assertTrue(rows.contains(List.of("Entity FE", "No", "Yes")));
        assertTrue(rows.contains(List.of("Time FE", "No", "Yes")));
        assertTrue(rows.contains(List.of("R² (within for FE)", "0.250", "0.500")));
        assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("Log-likelihood")), "no model reports one");
        String tex = GridRenderer.LATEX.render(g);
        assertTrue(tex.contains("\\toprule") && tex.contains("\\midrule") && tex.contains("\\bottomrule"), tex);
        assertTrue(tex.contains("0.500$^{***}$"), tex);
        String md = GridRenderer.MARKDOWN.render(g);
        assertTrue(md.contains("| x | 0.500\\*\\*\\* | 0.400\\* |"), md);
        String csv = GridRenderer.CSV.render(g);
        assertTrue(csv.startsWith(",(1),(2)\n"), csv);
        String html = GridRenderer.HTML.render(g);
        assertTrue(html.contains("<td>0.500***</td>"), html);
    }

    /**
     * Spatial ML models side by side (SAR, SEM, SDM in that order): rows keep each model's own order, so the SDM's
     * W*x rows come after x and before rho though the SAR lists rho first; the log-likelihood row appears because
     * the models report one (and not in a table of models that do not: see the test above).
     */
    @Test
    void publicationTableOfSpatialModelsKeepsEachModelsTermOrderAndShowsTheLogLikelihood() {
        ModelResult sar = spatial("sar", -100.25, "x1", "x2", "rho");
        ModelResult sem = spatial("sem", -101.5, "x1", "x2", "lambda");
        ModelResult sdm = spatial("sdm", -98.125, "x1", "x2", "W*x1", "W*x2", "rho");
        List<List<String>> rows = new PublicationTable().add("SAR", sar).add("SEM", sem).add("SDM", sdm).toGrid().rows();
        List<String> terms = new ArrayList<>();
        for (int i = 1; i < rows.size(); i += 2) {
            if (rows.get(i).get(0).equals("N")) {
                break;
            }
            terms.add(rows.get(i).get(0));
        }
        assertEquals(List.of("x1", "x2", "W*x1", "W*x2", "rho", "lambda"), terms);
        assertTrue(rows.contains(List.of("Log-likelihood", "-100.250", "-101.500", "-98.125")), rows.toString());
        assertTrue(rows.contains(List.of("σ²", "0.250", "0.250", "0.250")), rows.toString());
        assertEquals("$\\sigma$$^2$ and Wald $\\chi$$^2$", GridRenderer.escape("σ² and Wald χ²"), "LaTeX without extra packages");
        assertTrue(rows.contains(List.of("N", "300", "300", "300")), rows.toString());
        assertTrue(rows.contains(List.of("R²", "0.900", "0.900", "0.900")), rows.toString());
        // Next to a within-R² FE model, the ML model's R² (with the effects) gets its own row.
        ModelResult fe = new ModelResult("fe");
        fe.addCoefficient(new Coefficient("x1", 0.4, 0.2, 2, 0.07, 0, 1));
        fe.statistic("n_obs", 300).statistic("r2_within", 0.345).statistic("r2", 0.95).statistic("effect", "twoways");
        List<List<String>> mixed = new PublicationTable().add("FE", fe).add("SDM", sdm).toGrid().rows();
        assertTrue(mixed.contains(List.of("R² (within for FE)", "0.345", "")), mixed.toString());
        assertTrue(mixed.contains(List.of("R² (fixed effects included)", "", "0.900")), mixed.toString());
        assertTrue(mixed.contains(List.of("Log-likelihood", "", "-98.125")), mixed.toString());
        assertTrue(mixed.contains(List.of("σ²", "", "0.250")), mixed.toString());
        // A term new in a later model goes before the first listed term that follows it there.
        ModelResult short1 = spatial("fe", -1, "a", "c");
        ModelResult long1 = spatial("fe", -1, "a", "b", "c");
        List<List<String>> r2 = new PublicationTable().add("A", short1).add("B", long1).toGrid().rows();
        assertEquals(List.of("a", "b", "c"), List.of(r2.get(1).get(0), r2.get(3).get(0), r2.get(5).get(0)), r2.toString());
    }

    private static ModelResult spatial(String model, double logLik, String... terms) {
        ModelResult m = new ModelResult(model);
        for (String t : terms) {
            m.addCoefficient(new Coefficient(t, 0.5, 0.1, 5, 0.001, 0, 1));
        }
        m.statistic("n_obs", 300).statistic("r2", 0.9).statistic("effect", "twoways").statistic("model", model)
                .statistic("log_likelihood", logLik).statistic("sigma2", 0.25);
        return m;
    }

    @Test
    void numberFormatting() {
        assertEquals("0.110", Numbers.auto(0.11012));
        assertEquals("0.000123", Numbers.auto(0.000123));
        assertEquals("-58.744", Numbers.auto(-58.74394));
        assertEquals("***", Numbers.stars(0.009));
        assertEquals("**", Numbers.stars(0.049));
        assertEquals("*", Numbers.stars(0.099));
        assertEquals("", Numbers.stars(0.1));
        assertEquals("<0.0001", Numbers.pValue(4.8e-5));
    }

    @Test
    void everyTextFormatRendersAndCsvKeepsFullPrecision() {
        ResultRenderer renderer = new ResultRenderer();
        Result r = sample();
        String csv = renderer.render(r, ReportFormat.CSV);
        assertTrue(csv.startsWith("term,estimate,std_error,statistic,p_value,conf_low,conf_high\n"), csv);
        assertTrue(csv.contains("x,0.11012380412071845,0.0151944939427174,"), csv);
        assertTrue(renderer.render(r, ReportFormat.MARKDOWN).contains("## Warnings"));
        assertTrue(renderer.render(r, ReportFormat.LATEX).contains("\\begin{tabular}"));
        assertTrue(renderer.render(r, ReportFormat.HTML).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void docxIsAWordPackage() throws Exception {
        byte[] bytes = new ResultRenderer().renderDocx(sample());
        Set<String> names = new HashSet<>();
        String document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
                if (e.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(Set.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                "word/styles.xml"), names);
        assertTrue(document.contains("<w:tbl>") && document.contains("0.110***"), document);
        // Well-formed XML.
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
