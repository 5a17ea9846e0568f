package org.carbonlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.inference.ReferenceDistribution;
import org.carbonlab.core.inference.VcovType;
import org.carbonlab.core.report.PublicationTable.Parenthesis;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.Test;

/**
 * Publication-table options: parentheses (se|t), star levels, notes; parsing and its messages; precedence (writer
 * over result parameters over defaults); every report format of a multi-model result honours them.
 */
class PublicationOptionsTest {

    /** Two models (pooled OLS, two-way FE) whose p-values straddle the star levels. */
    private static Result twoModels() {
        Result r = new Result("panel.stepwise");
        r.data(new DataSummary("d.csv", "abc", 100, 10, 10, true));
        ModelResult ols = new ModelResult("m1");
        ols.addCoefficient(new Coefficient("x", 0.5, 0.1, 5, 0.004, 0.3, 0.7));
        ols.addCoefficient(new Coefficient("(Intercept)", 1, 2, 0.5, 0.6, -3, 5));
        ols.statistic("n_obs", 100).statistic("r2", 0.25).statistic("effect", "none")
                .inference(new Inference(ReferenceDistribution.T, 98, VcovType.CLASSICAL, null, 0, 0.95));
        ModelResult fe = new ModelResult("m2");
        fe.addCoefficient(new Coefficient("x", 0.4, 0.2, 2, 0.03, 0, 0.8));
        fe.addCoefficient(new Coefficient("w", -0.3, 0.2, -1.5, 0.08, -0.7, 0.1));
        fe.statistic("n_obs", 90).statistic("r2_within", 0.5).statistic("effect", "twoways")
                .inference(new Inference(ReferenceDistribution.T, 9, VcovType.CLUSTER, "clustered by id (10 clusters)", 10,
                        0.95));
        r.models().add(ols);
        r.models().add(fe);
        fe.coefficients().forEach(r::addCoefficient);
        return r;
    }

    private static Inference withDistribution(Inference i, ReferenceDistribution d) {
        return new Inference(d, 50, i.vcov(), i.vcovDescription(), i.clusters(), i.level());
    }

    private static List<String> row(Grid g, String first) {
        return g.rows().stream().filter(x -> x.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + g.rows()));
    }

    private static List<String> rowAfter(Grid g, String first) {
        int i = g.rows().indexOf(row(g, first));
        return g.rows().get(i + 1);
    }

    @Test
    void defaultsAreStandardErrorsAndTenFiveOnePercent() {
        PublicationOptions o = PublicationOptions.none();
        assertEquals(Parenthesis.STD_ERROR, o.parenthesis());
        assertEquals(List.of(0.1, 0.05, 0.01), o.stars());
        assertEquals(List.of(), o.notes());
        assertEquals("* p<0.1, ** p<0.05, *** p<0.01", o.starsLegend());
        Grid g = ResultRenderer.publicationTable(twoModels(), o).toGrid();
        assertEquals(List.of("x", "0.500***", "0.400**"), row(g, "x"));
        assertEquals(List.of("", "(0.100)", "(0.200)"), rowAfter(g, "x"));
        assertEquals(List.of("w", "", "-0.300*"), row(g, "w"));
        assertEquals("Standard errors in parentheses (clustered by id (10 clusters)). * p<0.1, ** p<0.05, *** p<0.01.",
                g.notes().get(0));
        assertEquals(1, g.notes().size());
    }

    @Test
    void tStatisticsCustomStarsAndNotes() {
        PublicationOptions o = PublicationOptions.parse("t", "0.01, 0.05", "Source: own calculations.");
        assertEquals(List.of(0.05, 0.01), o.stars(), "sorted, most lenient first");
        Grid g = ResultRenderer.publicationTable(twoModels(), o).toGrid();
        assertEquals(List.of("x", "0.500**", "0.400*"), row(g, "x"));
        assertEquals(List.of("", "(5.000)", "(2.000)"), rowAfter(g, "x"));
        assertEquals(List.of("w", "", "-0.300"), row(g, "w"), "0.08 earns no star at 5/1 %");
        assertEquals("t statistics in parentheses (clustered by id (10 clusters)). * p<0.05, ** p<0.01.",
                g.notes().get(0));
        assertEquals("Source: own calculations.", g.notes().get(1));
        assertEquals(List.of("N", "100", "90"), row(g, "N"));
        assertEquals(List.of("Entity FE", "No", "Yes"), row(g, "Entity FE"));
        assertEquals(List.of("Time FE", "No", "Yes"), row(g, "Time FE"));
        assertEquals(List.of("R² (within for FE)", "0.250", "0.500"), row(g, "R² (within for FE)"));
    }

    @Test
    void noStarsAndZStatistics() {
        Result r = twoModels();
        r.models().forEach(m -> m.inference(withDistribution(m.inference(), ReferenceDistribution.NORMAL)));
        PublicationOptions o = PublicationOptions.parse("t", "none", null);
        assertTrue(o.stars().isEmpty());
        Grid g = ResultRenderer.publicationTable(r, o).toGrid();
        assertEquals(List.of("x", "0.500", "0.400"), row(g, "x"));
        assertEquals("z statistics in parentheses (clustered by id (10 clusters)).", g.notes().get(0));
        r.models().get(0).inference(withDistribution(r.models().get(0).inference(), ReferenceDistribution.T));
        assertTrue(ResultRenderer.publicationTable(r, o).toGrid().notes().get(0).startsWith("t/z statistics"));
        assertEquals("", Numbers.stars(0.0001, List.of()));
        assertEquals("**", Numbers.stars(0.02, List.of(0.1, 0.05, 0.01)));
    }

    @Test
    void badValuesAreReportedTogether() {
        InputException e = assertThrows(InputException.class, () -> PublicationOptions.parse("brackets", "0.1,x", null));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("'brackets'") && e.problems().get(0).contains("se"), e.getMessage());
        assertTrue(e.problems().get(1).contains("'x' is not a number"), e.getMessage());
        List<String> p = PublicationOptions.problems(Map.of("stars", List.of("0.1", "0", "0.1", "1")));
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("0 is not between 0 and 1")), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("1 is not between 0 and 1")), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("0.1 is listed twice")), p.toString());
        assertThrows(InputException.class, () -> new PublicationTable().stars(List.of(0.5, 2.0)));
        assertTrue(PublicationOptions.problems(Map.of("stars", "0.1,0.05", "parenthesis", "se")).isEmpty());
    }

    @Test
    void parameterSpecsResolveWithDefaultsAndRoundTrip() {
        ParameterSchema schema = new ParameterSchema(PublicationOptions.parameterSpecs());
        Parameters defaults = schema.resolve(Map.of());
        assertEquals("se", defaults.string("parenthesis"));
        assertEquals(List.of("0.1", "0.05", "0.01"), defaults.list("stars"));
        PublicationOptions o = PublicationOptions.fromParameters(defaults.asMap());
        assertEquals(Parenthesis.STD_ERROR, o.parenthesis());
        assertEquals(PublicationOptions.DEFAULT_STARS, o.stars());
        assertFalse(o.notesSet());
        Parameters set = schema.resolve(Map.of("parenthesis", "t", "stars", "0.05", "notes", "a, b"));
        PublicationOptions p = PublicationOptions.fromParameters(set.asMap());
        assertEquals(Parenthesis.T_STATISTIC, p.parenthesis());
        assertEquals(List.of(0.05), p.stars());
        assertEquals(List.of("a, b"), p.notes(), "commas stay in a note");
        assertThrows(InputException.class, () -> schema.resolve(Map.of("parenthesis", "brackets")));
        // unparsable values among foreign parameters are ignored by the renderer (validate reports them)
        assertFalse(PublicationOptions.fromParameters(Map.of("stars", "many")).starsSet());
    }

    @Test
    void writerOptionsWinOptionByOptionOverTheResultsParameters() {
        Result r = twoModels();
        r.parameters().put("parenthesis", "t");
        r.parameters().put("stars", List.of("0.05", "0.01"));
        r.parameters().put("notes", "From the estimator.");
        PublicationOptions fromResult = new ResultRenderer().options(r);
        assertEquals(Parenthesis.T_STATISTIC, fromResult.parenthesis());
        assertEquals(List.of(0.05, 0.01), fromResult.stars());
        assertEquals(List.of("From the estimator."), fromResult.notes());
        PublicationOptions writer = PublicationOptions.none().withNotes(List.of("From the writer."));
        PublicationOptions merged = new ResultRenderer(writer).options(r);
        assertEquals(Parenthesis.T_STATISTIC, merged.parenthesis(), "unset in the writer: the result's");
        assertEquals(List.of("From the writer."), merged.notes());
        PublicationOptions se = new ResultRenderer(PublicationOptions.parse("se", null, null)).options(r);
        assertEquals(Parenthesis.STD_ERROR, se.parenthesis());
        assertEquals(List.of(0.05, 0.01), se.stars());
        assertEquals(Parenthesis.STD_ERROR, new ResultRenderer().options(new Result("x")).parenthesis());
    }

    @Test
    void everyFormatShowsTheModelsTableWithOptionsAndNotes() throws Exception {
        Result r = twoModels();
        r.warn("a warning");
        ResultRenderer renderer = new ResultRenderer(PublicationOptions.parse("t", "0.05,0.01", "Robust & <exact>."));

        String md = renderer.render(r, ReportFormat.MARKDOWN);
        assertTrue(md.contains("|  | m1 | m2 |"), md);
        assertTrue(md.contains("| x | 0.500\\*\\* | 0.400\\* |"), md);
        assertTrue(md.contains("|  | (5.000) | (2.000) |"), md);
        assertTrue(md.contains("Note: Robust & <exact>."), md);
        assertTrue(md.indexOf("**Models**") < md.indexOf("**Coefficients**"), md);
        assertTrue(md.contains("Note: \\* p<0.05, \\*\\* p<0.01  "), "coefficient grid uses the same stars:\n" + md);

        String tex = renderer.render(r, ReportFormat.LATEX);
        assertTrue(tex.contains("x & 0.500$^{**}$ & 0.400$^{*}$ \\\\"), tex);
        assertTrue(tex.contains("Robust \\& $<$exact$>$."), tex);
        assertTrue(tex.contains("p$<$0.05"), tex);
        assertTrue(tex.contains("Entity FE & No & Yes \\\\"), tex);

        String html = renderer.render(r, ReportFormat.HTML);
        assertTrue(html.contains("<td>0.400*</td>"), html);
        assertTrue(html.contains("<p class=\"note\">Robust &amp; &lt;exact&gt;.</p>"), html);

        List<String> csv = renderer.render(r, ReportFormat.CSV).lines().toList();
        assertEquals(",(1),(2)", csv.get(0));
        assertEquals(",m1,m2", csv.get(1));
        assertTrue(csv.contains("x,0.500**,0.400*"), csv.toString());
        assertTrue(csv.contains(",(5.000),(2.000)"), csv.toString());
        assertTrue(csv.contains("N,100,90"), csv.toString());
        assertTrue(csv.contains("R² (within for FE),0.250,0.500"), csv.toString());
        assertTrue(csv.contains("Entity FE,No,Yes") && csv.contains("Time FE,No,Yes"), csv.toString());
        assertEquals("Note: Robust & <exact>.", csv.get(csv.size() - 1));

        byte[] bytes = renderer.renderDocx(r);
        String document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(document.contains(">(5.000)<") && document.contains(">0.400*<"), document);
        assertTrue(document.contains("Robust &amp; &lt;exact&gt;."), document);
        assertTrue(document.contains(">Entity FE<"), document);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutModelsTheNotesGoUnderTheCoefficientsAndCsvStaysFullPrecision() {
        Result r = new Result("panel.fe");
        r.addCoefficient(new Coefficient("x", 0.11012380412071845, 0.0151944939427174, 7.2476, 0.02, 0.07, 0.14));
        ResultRenderer renderer = new ResultRenderer(PublicationOptions.parse(null, "0.05", "Hello."));
        List<Grid> grids = renderer.grids(r);
        assertEquals(1, grids.size());
        assertEquals(List.of("* p<0.05", "Hello."), grids.get(0).notes());
        assertEquals("0.110*", grids.get(0).rows().get(0).get(1));
        String csv = renderer.render(r, ReportFormat.CSV);
        assertTrue(csv.startsWith("term,estimate,std_error,statistic,p_value,conf_low,conf_high\n"
                + "x,0.11012380412071845,0.0151944939427174,"), csv);
        // the default writer keeps the old legend
        assertEquals(List.of("* p<0.1, ** p<0.05, *** p<0.01"), new ResultRenderer().grids(r).get(0).notes());
    }

    @Test
    void tableApiAppliesOnlyTheOptionsThatAreSet() {
        PublicationTable t = new PublicationTable().parenthesis(Parenthesis.T_STATISTIC).stars(List.of(0.01, 0.1))
                .note("first");
        t.options(PublicationOptions.none().withNotes(List.of("second")));
        assertEquals(Parenthesis.T_STATISTIC, t.parenthesis());
        assertEquals(List.of(0.1, 0.01), t.stars());
        assertEquals(List.of("first", "second"), t.notes());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parenthesis", null);
        assertFalse(PublicationOptions.fromParameters(m).parenthesisSet());
    }
}
