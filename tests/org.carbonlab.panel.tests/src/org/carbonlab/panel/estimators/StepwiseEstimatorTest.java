package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.SyntheticPanels.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.carbonlab.panel.estimators.SyntheticPanels.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.report.Numbers;
import org.carbonlab.core.report.ReportFormat;
import org.carbonlab.core.report.ResultRenderer;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.study.EstimationRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * panel.stepwise: every model equals the separately fitted single estimator (panel.fe, panel.re, panel.ols) to
 * relative 1e-12, in both input ways (formula + controls, formulas) and both sample modes (own complete cases; the
 * common sample, checked against single fits on the data reduced to that sample); bad input named in validate; the
 * table rendered in every report format with the publication options.
 */
class StepwiseEstimatorTest {
    /** 30 entities × 8 years with holes: w missing in 17 rows, z in 12, m2 in 9 (different rows). */
    private static final PanelFrame DATA = withHoles(SyntheticPanels.mediation(30, 8, 20240615L));
    private static final String BASE = "y ~ x";
    private static final String CONTROLS = "w, m, log(z)";
    private static final List<String> FORMULAS = List.of("y ~ x", "y ~ x + w", "y ~ x + w + m",
            "y ~ x + w + m + log(z)");

    private static PanelFrame withHoles(PanelFrame d) {
        String[] ids = new String[d.rows()];
        long[] times = new long[d.rows()];
        for (int i = 0; i < d.rows(); i++) {
            ids[i] = d.entityLabel(i);
            times[i] = d.time(i);
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(times);
        for (String c : new String[] {"x", "w", "m", "m2", "y", "z"}) {
            double[] v = d.numeric(c);
            for (int i = 0; i < v.length; i++) {
                if (c.equals("w") && i % 14 == 3 || c.equals("z") && i % 20 == 11 || c.equals("m2") && i % 27 == 8) {
                    v[i] = Double.NaN;
                }
            }
            b.column(c, v);
        }
        double[] region = new double[d.rows()];
        for (int i = 0; i < region.length; i++) {
            region[i] = Integer.parseInt(ids[i]) % 4;
        }
        b.column("region", region);
        return b.build();
    }

    static void close(double expected, double actual, double tol, String what) {
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return;
        }
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(rel <= tol || Math.abs(actual - expected) <= 1e-300,
                what + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
    }

    /** The model equals the single estimator's result: terms in order, every number to rel 1e-12, statistics, tests. */
    static void sameAsSingle(ModelResult single, ModelResult m, String what) {
        sameNumbers(single, m, what);
        for (Map.Entry<String, Object> e : single.statistics().entrySet()) {
            Object v = m.statistic(e.getKey());
            if (e.getValue() instanceof Double d) {
                close(d, ((Number) v).doubleValue(), 1e-12, what + " statistic " + e.getKey());
            } else {
                assertEquals(e.getValue(), v, what + " statistic " + e.getKey());
            }
        }
    }

    /** Terms in order, coefficients and tests to rel 1e-12. */
    static void sameNumbers(ModelResult single, ModelResult m, String what) {
        assertEquals(single.coefficients().stream().map(Coefficient::term).toList(),
                m.coefficients().stream().map(Coefficient::term).toList(), what + " terms");
        for (Coefficient s : single.coefficients()) {
            Coefficient c = m.coefficient(s.term()).orElseThrow();
            String w = what + " " + s.term();
            close(s.estimate(), c.estimate(), 1e-12, w + " estimate");
            close(s.stdError(), c.stdError(), 1e-12, w + " se");
            close(s.statistic(), c.statistic(), 1e-12, w + " statistic");
            close(s.pValue(), c.pValue(), 1e-12, w + " p");
            close(s.confLow(), c.confLow(), 1e-12, w + " low");
            close(s.confHigh(), c.confHigh(), 1e-12, w + " high");
        }
        assertEquals(single.tests().size(), m.tests().size(), what + " tests");
        for (TestResult t : single.tests()) {
            TestResult u = m.test(t.name()).orElseThrow();
            close(t.statistic(), u.statistic(), 1e-12, what + " test " + t.name());
            close(t.pValue(), u.pValue(), 1e-12, what + " test p " + t.name());
        }
    }

    static Map<String, String> with(Map<String, String> base, String... kv) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.putAll(params(kv));
        return m;
    }

    static Estimator single(String model) {
        return switch (model) {
            case "re" -> new RandomEffectsEstimator();
            case "ols" -> new PooledOlsEstimator();
            default -> new FixedEffectsEstimator();
        };
    }

    static List<String> names(Result r) {
        return r.models().stream().map(ModelResult::name).toList();
    }

    @Test
    void controlsAreAddedOneAtATimeAndEachModelIsPanelFe() {
        Result r = fit(new StepwiseEstimator(), DATA, params("formula", BASE, "controls", CONTROLS, "vcov", "cluster"));
        assertEquals(List.of("m1", "m2", "m3", "m4"), names(r));
        for (int k = 0; k < FORMULAS.size(); k++) {
            ModelResult m = r.models().get(k);
            assertEquals(FORMULAS.get(k), m.statistic("formula"));
            assertEquals("own", m.statistic("sample"));
            Result single = fit(new FixedEffectsEstimator(), DATA, params("formula", FORMULAS.get(k), "vcov", "cluster"));
            sameAsSingle(single, m, "m" + (k + 1));
        }
        assertEquals(null, r.models().get(0).statistic("added"));
        assertEquals("w", r.models().get(1).statistic("added"));
        assertEquals("log(z)", r.models().get(3).statistic("added"));
        // own complete cases: N falls as controls with holes come in
        List<Double> n = r.models().stream().map(m -> m.number("n_obs")).toList();
        assertEquals(240.0, n.get(0));
        assertTrue(n.get(1) < n.get(0) && n.get(3) < n.get(2), n.toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("different samples") && w.contains("sample=common")),
                r.warnings().toString());
        // the top level is the last model, and says so
        assertEquals("m4", r.statistic("main_model"));
        assertTrue(r.statistic("main_model_note").toString().contains("last model"));
        sameAsSingle(fit(new FixedEffectsEstimator(), DATA, params("formula", FORMULAS.get(3), "vcov", "cluster")), r,
                "top level");
        assertEquals(FORMULAS, r.statistic("formulas"));
        assertEquals("fe", r.statistic("model"));
        assertEquals("individual", r.statistic("effect"));
        assertEquals(4, r.statistic("n_models"));
        assertEquals(r.models().get(3).vcovTerms(), r.vcovTerms());
    }

    @ParameterizedTest
    @CsvSource({"fe,twoways,classical", "fe,time,cluster", "re,,classical", "re,individual,cluster",
            "ols,,robust", "ols,none,cluster"})
    void formulasGiveTheSameModelsAsControlsForEveryEstimator(String model, String effect, String vcov) {
        Map<String, String> opts = params("model", model, "vcov", vcov);
        if (effect != null) {
            opts.put("effect", effect);
        }
        if ("cluster".equals(vcov) && "ols".equals(model)) {
            opts.put("cluster", "region");
        }
        Result byControls = fit(new StepwiseEstimator(), DATA, with(opts, "formula", BASE, "controls", CONTROLS));
        Result byFormulas = fit(new StepwiseEstimator(), DATA, with(opts, "formulas", String.join("; ", FORMULAS)));
        assertEquals(names(byControls), names(byFormulas));
        Map<String, String> singleOpts = new LinkedHashMap<>(opts);
        singleOpts.remove("model");
        if (!"fe".equals(model)) {
            singleOpts.remove("effect");
        }
        for (int k = 0; k < FORMULAS.size(); k++) {
            Result single = fit(single(model), DATA, with(singleOpts, "formula", FORMULAS.get(k)));
            sameAsSingle(single, byControls.models().get(k), model + " controls m" + (k + 1));
            sameAsSingle(single, byFormulas.models().get(k), model + " formulas m" + (k + 1));
        }
        String expectedEffect = effect != null ? effect : "ols".equals(model) ? "none" : "individual";
        assertEquals(expectedEffect, byFormulas.statistic("effect"));
        assertEquals(model, byFormulas.statistic("model"));
    }

    @Test
    void commonSampleIsTheRowsCompleteInTheLargestModel() {
        Result r = fit(new StepwiseEstimator(), DATA, params("formula", BASE, "controls", CONTROLS, "sample", "common",
                "vcov", "cluster"));
        double[] w = DATA.numeric("w");
        double[] z = DATA.numeric("z");
        boolean[] keep = new boolean[DATA.rows()];
        int kept = 0;
        for (int i = 0; i < keep.length; i++) {
            keep[i] = !Double.isNaN(w[i]) && !Double.isNaN(z[i]) && z[i] > 0;
            kept += keep[i] ? 1 : 0;
        }
        PanelFrame reduced = SyntheticPanels.subset(DATA, keep, "x", "w", "m", "y", "z");
        for (int k = 0; k < FORMULAS.size(); k++) {
            ModelResult m = r.models().get(k);
            assertEquals((double) kept, m.number("n_obs"), "m" + (k + 1) + " N");
            assertEquals("common", m.statistic("sample"));
            Result single = fit(new FixedEffectsEstimator(), reduced, params("formula", FORMULAS.get(k), "vcov", "cluster"));
            for (Coefficient s : single.coefficients()) {
                Coefficient c = m.coefficient(s.term()).orElseThrow();
                close(s.estimate(), c.estimate(), 1e-12, "common m" + (k + 1) + " " + s.term());
                close(s.stdError(), c.stdError(), 1e-12, "common m" + (k + 1) + " se " + s.term());
                close(s.pValue(), c.pValue(), 1e-12, "common m" + (k + 1) + " p " + s.term());
            }
            close(single.number("r2_within"), m.number("r2_within"), 1e-12, "common r2_within");
        }
        assertFalse(r.warnings().stream().anyMatch(x -> x.contains("different samples")), r.warnings().toString());
        assertEquals("common", r.statistic("sample"));
        // the largest model is the same in both modes; the smaller ones are not
        Result own = fit(new StepwiseEstimator(), DATA, params("formula", BASE, "controls", CONTROLS, "vcov", "cluster"));
        sameNumbers(own.models().get(3), r.models().get(3), "largest model, own vs common");
        assertEquals(own.models().get(3).number("n_obs"), r.models().get(3).number("n_obs"));
        assertNotEquals(own.models().get(0).number("n_obs"), r.models().get(0).number("n_obs"));
    }

    @Test
    void commonSampleOfFormulasIsTheUnionOfTheirVariables() {
        // neither formula holds both w and m2: the common sample drops rows missing either, and lags count as written
        Result r = fit(new StepwiseEstimator(), DATA, params("formulas", "y ~ x + w; m ~ x + lag(m2,1)", "sample",
                "common", "model", "ols"));
        Result own = fit(new StepwiseEstimator(), DATA, params("formulas", "y ~ x + w; m ~ x + lag(m2,1)", "model",
                "ols"));
        double n1 = r.models().get(0).number("n_obs");
        assertEquals(n1, r.models().get(1).number("n_obs"));
        assertTrue(n1 < own.models().get(0).number("n_obs") && n1 < own.models().get(1).number("n_obs"));
        assertEquals("m", r.models().get(1).statistic("dependent"));
        assertTrue(r.models().get(1).coefficient("lag(m2,1)").isPresent());
        assertEquals("none", r.models().get(0).statistic("effect"));
    }

    @Test
    void trailingSemicolonAndQuotedControlsAreAccepted() {
        Result r = fit(new StepwiseEstimator(), DATA, params("formulas", "y ~ x; y ~ x + w;"));
        assertEquals(List.of("m1", "m2"), names(r));
        Result lag = fit(new StepwiseEstimator(), DATA, params("formula", "y ~ x", "controls", "lag(m2,1), w"));
        assertEquals("y ~ x + lag(m2,1)", lag.models().get(1).statistic("formula"));
        assertEquals("y ~ x + lag(m2,1) + w", lag.models().get(2).statistic("formula"));
        sameAsSingle(fit(new FixedEffectsEstimator(), DATA, params("formula", "y ~ x + lag(m2,1) + w")),
                lag.models().get(2), "lag control");
    }

    private static List<String> problems(String... kv) {
        return validate(new StepwiseEstimator(), DATA, params(kv));
    }

    private static void hasProblem(List<String> problems, String... fragments) {
        assertTrue(problems.stream().anyMatch(p -> {
            for (String f : fragments) {
                if (!p.contains(f)) {
                    return false;
                }
            }
            return true;
        }), "expected a problem with " + List.of(fragments) + " in " + problems);
    }

    @Test
    void badInputIsNamed() {
        hasProblem(problems("formula", BASE, "formulas", "y ~ x; y ~ x + w"), "either formula", "not both");
        hasProblem(problems("vcov", "classical"), "needs its models", "formulas");
        hasProblem(problems("formulas", "y ~ x; y ~ x + w", "controls", "m"), "controls go with formula");
        List<String> unknown = problems("formula", BASE, "controls", "w, gdpp, log(popp)");
        hasProblem(unknown, "control 'gdpp'", "gdpp");
        hasProblem(unknown, "control 'log(popp)'", "popp");
        assertEquals(2, unknown.size(), unknown.toString());
        hasProblem(problems("formula", "y ~ x + w", "controls", "m, w"), "control 'w' is already in the base formula");
        hasProblem(problems("formula", BASE, "controls", "w, m, w"), "control 'w' is listed twice");
        hasProblem(problems("formulas", "y ~ x;; y ~ x + w"), "formulas entry 2 is empty");
        hasProblem(problems("formulas", "y ~ x; y ~ x + nope"), "formulas entry 2", "nope");
        hasProblem(problems("formula", BASE, "model", "ols", "effect", "individual"), "does not apply to model=ols");
        hasProblem(problems("formula", BASE, "model", "re", "effect", "twoways"), "individual (entity) random effects only");
        hasProblem(problems("formula", BASE, "effect", "none"), "effect=none with model=fe");
        hasProblem(problems("formula", BASE, "stars", "0.1,abc,1.5"), "'abc' is not a number");
        hasProblem(problems("formula", BASE, "stars", "0.1,1.5"), "1.5 is not between 0 and 1");
        hasProblem(problems("formula", BASE, "cluster", "region"), "vcov=cluster");
        // every problem at once
        List<String> many = problems("formula", BASE, "controls", "gdpp", "model", "ols", "effect", "time", "stars",
                "2");
        assertEquals(3, many.size(), many.toString());
        // estimate checks the same without validate
        assertThrows(InputException.class,
                () -> fit(new StepwiseEstimator(), DATA, params("formula", BASE, "formulas", "y ~ x")));
        assertTrue(problems("formula", BASE, "controls", CONTROLS).isEmpty());
        assertTrue(problems("formulas", String.join(";", FORMULAS), "model", "re", "effect", "individual").isEmpty());
    }

    @Test
    void estimationFailuresNameTheModel() {
        // w + m + flat: flat is constant within entities, so FE drops it with a warning naming the model
        PanelFrame d = SyntheticPanels.mediation(10, 5, 7L);
        Result r = fit(new StepwiseEstimator(), d, params("formula", "y ~ x", "controls", "flat, w"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("m2: dropped") && w.contains("flat")),
                r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("m3: dropped")), r.warnings().toString());
        var e = assertThrows(org.carbonlab.core.errors.EstimationException.class,
                () -> fit(new StepwiseEstimator(), d, params("formulas", "y ~ x; y ~ flat")));
        assertTrue(e.getMessage().startsWith("model m2 (y ~ flat): "), e.getMessage());
    }

    @Test
    void theTableRendersInEveryFormatWithTheOptions() throws Exception {
        EstimatorDescriptor descriptor = new EstimatorDescriptor("panel.stepwise", "Stepwise", "panel", "test", "",
                "org.carbonlab.panel", StepwiseEstimator::new);
        Map<String, String> raw = params("formula", BASE, "controls", "w, m", "vcov", "cluster", "parenthesis", "t",
                "stars", "0.05,0.01", "notes", "Controls enter one at a time; N varies with missing controls.");
        Result r = new EstimationRunner("test").run(descriptor, DATA, raw, ProgressMonitor.NULL);
        ResultRenderer renderer = new ResultRenderer();
        ModelResult m1 = r.models().get(0);
        Coefficient x1 = m1.coefficient("x").orElseThrow();
        String t1 = "(" + Numbers.auto(x1.statistic()) + ")";
        String stars1 = x1.pValue() < 0.01 ? "**" : x1.pValue() < 0.05 ? "*" : "";

        String md = renderer.render(r, ReportFormat.MARKDOWN);
        assertTrue(md.contains("|  | (1) | (2) | (3) |"), md);
        assertTrue(md.contains("|  | m1 | m2 | m3 |"), md);
        assertTrue(md.contains("| N |") && md.contains("| Entity FE | Yes | Yes | Yes |"), md);
        assertTrue(md.contains("| Time FE | No | No | No |"), md);
        assertTrue(md.contains("R² (within for FE)"), md);
        assertTrue(md.contains(t1), "t statistics in parentheses: " + t1 + "\n" + md);
        assertTrue(md.contains("t statistics in parentheses"), md);
        assertTrue(md.contains("\\* p<0.05, \\*\\* p<0.01."), md);
        assertTrue(md.contains("Note: Controls enter one at a time"), md);
        assertTrue(md.indexOf("**Models**") < md.indexOf("**Coefficients**"), "the table comes first:\n" + md);

        String tex = renderer.render(r, ReportFormat.LATEX);
        assertTrue(tex.contains(" & (1) & (2) & (3) \\\\"), tex);
        assertTrue(tex.contains("Entity FE & Yes & Yes & Yes"), tex);
        assertTrue(tex.contains("Controls enter one at a time"), tex);
        assertTrue(tex.contains("R$^2$"), tex);

        String html = renderer.render(r, ReportFormat.HTML);
        assertTrue(html.contains("<th>(3)</th>") && html.contains("<p class=\"note\">Controls enter one at a time"),
                html);

        String csv = renderer.render(r, ReportFormat.CSV);
        List<String> lines = csv.lines().toList();
        assertEquals(",(1),(2),(3)", lines.get(0), csv);
        assertEquals(",m1,m2,m3", lines.get(1), csv);
        String xRow = lines.stream().filter(l -> l.startsWith("x,")).findFirst().orElseThrow();
        assertTrue(xRow.startsWith("x," + Numbers.auto(x1.estimate()) + stars1 + ","),
                xRow);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("N,")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.equals("Entity FE,Yes,Yes,Yes")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Note: Controls enter one at a time")), csv);

        byte[] docx = renderer.renderDocx(r);
        String document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(document != null && document.contains(">m3<") && document.contains("Entity FE")
                && document.contains("Controls enter one at a time"), String.valueOf(document));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));

        // JSON: every model, and the options among the parameters
        JsonObject json = JsonParser.parseString(new JsonResultWriter().write(r)).getAsJsonObject();
        assertEquals(3, json.getAsJsonArray("models").size());
        assertEquals("m2", json.getAsJsonArray("models").get(1).getAsJsonObject().get("name").getAsString());
        assertEquals("t", json.getAsJsonObject("parameters").get("parenthesis").getAsString());

        // the writer's options win over the result's, option by option
        String se = new ResultRenderer(org.carbonlab.core.report.PublicationOptions.parse("se", null, null))
                .render(r, ReportFormat.MARKDOWN);
        assertTrue(se.contains("(" + Numbers.auto(x1.stdError()) + ")"), se);
        assertTrue(se.contains("Standard errors in parentheses") && se.contains("\\* p<0.05, \\*\\* p<0.01."), se);
        assertTrue(se.contains("Note: Controls enter one at a time"), se);
    }

    @Test
    void defaultsGiveStarsAtTenFiveAndOnePercentAndStandardErrors() {
        Result r = fit(new StepwiseEstimator(), DATA, params("formula", BASE, "controls", "w", "model", "re"));
        String md = new ResultRenderer().render(r, ReportFormat.MARKDOWN);
        assertTrue(md.contains("Standard errors in parentheses"), md);
        assertTrue(md.contains("\\* p<0.1, \\*\\* p<0.05, \\*\\*\\* p<0.01."), md);
        assertTrue(md.contains("| Entity FE | No | No |"), "random effects are not fixed effects:\n" + md);
        List<String> csv = new ResultRenderer().render(r, ReportFormat.CSV).lines().toList();
        assertEquals(",m1,m2", csv.get(1));
        List<Object> formulas = new ArrayList<>(List.of("y ~ x", "y ~ x + w"));
        assertEquals(formulas, r.statistic("formulas"));
    }
}
