package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.NonLinearEffectsTest.DATA;
import static org.carbonlab.panel.estimators.NonLinearEffectsTest.close;
import static org.carbonlab.panel.estimators.NonLinearEffectsTest.expected;
import static org.carbonlab.panel.estimators.NonLinearEffectsTest.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.coef;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.IntPredicate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.inference.Distributions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;

/**
 * Heterogeneity ({@code by=region}) of panel.ols / panel.fe / panel.re: each group model equals a separate fit on the
 * subset (rel 1e-12); {@code equal_across_groups} (and {@code chow}) rebuilt by hand from a separately fitted interacted
 * model whose group-specific columns are built here (rel 1e-10), and against R (resources/nonlinear_by/script.R,
 * Wald statistics by hand from lm / plm with vcov / vcovHC: rel 1e-9); a group too small to estimate is skipped with a
 * warning that names it; group order, default focal, bad input.
 */
class HeterogeneityTest {
    static final String[] REGIONS = {"east", "north", "south", "west"};
    static final String[] NUMERIC = {"x", "z", "y", "y3", "ymono"};

    /** The rows of {@code data} where {@code keep} holds, with the numeric columns, region and extra columns. */
    static PanelFrame rows(PanelFrame data, IntPredicate keep, Map<String, double[]> extra) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < data.rows(); i++) {
            if (keep.test(i)) {
                rows.add(i);
            }
        }
        int n = rows.size();
        String[] ids = new String[n];
        long[] times = new long[n];
        String[] region = new String[n];
        String[] all = data.text("region");
        for (int k = 0; k < n; k++) {
            ids[k] = data.entityLabel(rows.get(k));
            times[k] = data.time(rows.get(k));
            region[k] = all[rows.get(k)];
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(times);
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (String c : NUMERIC) {
            cols.put(c, data.numeric(c));
        }
        cols.putAll(extra);
        cols.forEach((name, v) -> {
            double[] sub = new double[n];
            for (int k = 0; k < n; k++) {
                sub[k] = v[rows.get(k)];
            }
            b.column(name, sub);
        });
        b.textColumn("region", region);
        return b.build();
    }

    static ModelResult model(Result r, String name) {
        return r.models().stream().filter(m -> name.equals(m.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no model " + name));
    }

    @ParameterizedTest
    @CsvSource({"fe,classical", "fe,cluster", "ols,classical", "ols,robust", "re,classical", "re,robust"})
    void groupModelsEqualSeparateFitsOnTheSubsets(String id, String vcov) {
        Result r = fit(id, DATA, params("formula", "y ~ x + I(x^2) + z", "vcov", vcov, "by", "region"));
        Result full = fit(id, DATA, params("formula", "y ~ x + I(x^2) + z", "vcov", vcov));
        assertEquals(full.coefficients(), r.coefficients(), "main coefficients are the full-sample model's");
        assertEquals(List.of(REGIONS), r.models().stream().map(ModelResult::name).toList());
        String[] region = DATA.text("region");
        for (String g : REGIONS) {
            Result sep = fit(id, rows(DATA, i -> g.equals(region[i]), Map.of()),
                    params("formula", "y ~ x + I(x^2) + z", "vcov", vcov));
            ModelResult m = model(r, g);
            assertEquals(sep.coefficients().size(), m.coefficients().size());
            for (Coefficient c : sep.coefficients()) {
                Coefficient k = coef(m, c.term());
                close(c.estimate(), k.estimate(), 1e-12, id + " " + g + " " + c.term());
                close(c.stdError(), k.stdError(), 1e-12, id + " " + g + " se " + c.term());
                close(c.pValue(), k.pValue(), 1e-10, id + " " + g + " p " + c.term());
                close(c.confLow(), k.confLow(), 1e-12, id + " " + g + " low " + c.term());
            }
            for (Map.Entry<String, Object> s : sep.statistics().entrySet()) {
                if (s.getValue() instanceof Double d) {
                    close(d, m.number(s.getKey()), 1e-12, id + " " + g + " statistic " + s.getKey());
                }
            }
            TestResult su = sep.test("lind_mehlum").orElseThrow();
            TestResult mu = m.test("lind_mehlum").orElseThrow();
            close(su.statistic(), mu.statistic(), 1e-12, id + " " + g + " group U test");
            close(((Number) su.extra().get("turning_point")).doubleValue(),
                    ((Number) mu.extra().get("turning_point")).doubleValue(), 1e-12, id + " " + g + " group turning point");
        }
    }

    @Test
    void groupModelsMatchR() {
        JsonObject groups = expected().getAsJsonObject("groups");
        Result r = fit("fe", DATA, params("formula", "y ~ x + I(x^2) + z", "by", "region"));
        for (String g : REGIONS) {
            JsonObject e = groups.getAsJsonObject(g);
            for (String term : new String[] {"x", "I(x^2)", "z"}) {
                close(e.getAsJsonObject("coef").get(term).getAsDouble(), coef(model(r, g), term).estimate(), 1e-9,
                        g + " " + term);
                close(e.getAsJsonObject("se").get(term).getAsDouble(), coef(model(r, g), term).stdError(), 1e-9,
                        g + " se " + term);
            }
        }
    }

    /** The data with the group-specific columns xD1..4, x2D1..4, zD1..4 and the dummies D1..4. */
    static PanelFrame interactedData() {
        String[] region = DATA.text("region");
        double[] x = DATA.numeric("x");
        double[] z = DATA.numeric("z");
        Map<String, double[]> extra = new LinkedHashMap<>();
        for (int k = 0; k < REGIONS.length; k++) {
            double[] d = new double[x.length];
            double[] xd = new double[x.length];
            double[] x2d = new double[x.length];
            double[] zd = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                d[i] = REGIONS[k].equals(region[i]) ? 1 : 0;
                xd[i] = x[i] * d[i];
                x2d[i] = x[i] * x[i] * d[i];
                zd[i] = z[i] * d[i];
            }
            extra.put("D" + (k + 1), d);
            extra.put("xD" + (k + 1), xd);
            extra.put("x2D" + (k + 1), x2d);
            extra.put("zD" + (k + 1), zd);
        }
        return rows(DATA, i -> true, extra);
    }

    /** W = (Rb)'(R V R')⁻¹(Rb) for the equality of each family of columns across the four groups (and zero terms). */
    static double handWald(ModelResult m, List<String[]> families, List<String> zeros) {
        List<String> terms = m.vcovTerms();
        List<double[]> rows = new ArrayList<>();
        for (String[] f : families) {
            for (int k = 1; k < f.length; k++) {
                double[] row = new double[terms.size()];
                row[terms.indexOf(f[k])] = 1;
                row[terms.indexOf(f[0])] = -1;
                rows.add(row);
            }
        }
        for (String s : zeros) {
            double[] row = new double[terms.size()];
            row[terms.indexOf(s)] = 1;
            rows.add(row);
        }
        double[] b = new double[terms.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = coef(m, terms.get(j)).estimate();
        }
        RealMatrix r = new Array2DRowRealMatrix(rows.toArray(new double[0][]));
        RealMatrix rb = r.multiply(new Array2DRowRealMatrix(b));
        RealMatrix mid = r.multiply(new Array2DRowRealMatrix(m.vcov())).multiply(r.transpose());
        return rb.transpose().multiply(new LUDecomposition(mid).getSolver().getInverse()).multiply(rb).getEntry(0, 0);
    }

    static final List<String[]> FOCAL = List.of(new String[] {"xD1", "xD2", "xD3", "xD4"},
            new String[] {"x2D1", "x2D2", "x2D3", "x2D4"});
    static final String FOCAL_MODEL = "y ~ xD1 + xD2 + xD3 + xD4 + x2D1 + x2D2 + x2D3 + x2D4 + z + D2 + D3 + D4";

    @ParameterizedTest
    @CsvSource({"fe,classical,stata", "fe,cluster,stata", "fe,cluster,none", "ols,classical,stata", "ols,robust,stata",
            "ols,cluster,stata", "re,classical,stata", "re,cluster,stata"})
    void equalityTestRebuiltFromTheInteractedModel(String id, String vcov, String ssc) {
        Result r = fit(id, DATA, params("formula", "y ~ x + I(x^2) + z", "vcov", vcov, "ssc", ssc, "by", "region"));
        Result interacted = fit(id, interactedData(), params("formula", FOCAL_MODEL, "vcov", vcov, "ssc", ssc));
        double w = handWald(interacted, FOCAL, List.of());
        TestResult t = r.test("equal_across_groups").orElseThrow();
        assertEquals(List.of("x", "I(x^2)"), t.extra().get("focal"));
        assertEquals(List.of(REGIONS), t.extra().get("groups"));
        assertEquals("east", t.extra().get("reference_group"));
        if ("re".equals(id)) {
            assertEquals("chi2", t.distribution());
            close(w, t.statistic(), 1e-10, id + " chi2");
            assertEquals(6, t.df()[0], 0.0);
            close(Distributions.chiSquaredUpperP(w, 6), t.pValue(), 1e-9, "p");
        } else {
            assertEquals("F", t.distribution());
            double df2 = interacted.number("p_value_df");
            close(w / 6, t.statistic(), 1e-10, id + " F");
            close(w, ((Number) t.extra().get("chi2")).doubleValue(), 1e-10, id + " W");
            assertEquals(6, t.df()[0], 0.0);
            assertEquals(df2, t.df()[1], 0.0);
            close(Distributions.fUpperP(w / 6, 6, df2), t.pValue(), 1e-9, "p");
        }
        // the group-specific coefficients of the interacted model are reported
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> gc = (Map<String, Map<String, Object>>) t.extra().get("group_coefficients");
        for (int k = 0; k < REGIONS.length; k++) {
            close(coef(interacted, "xD" + (k + 1)).estimate(), ((Number) gc.get(REGIONS[k]).get("x")).doubleValue(),
                    1e-10, "slope of x in " + REGIONS[k]);
        }
    }

    @ParameterizedTest
    @CsvSource({"fe_classical,fe,classical,none", "fe_cluster_hc0,fe,cluster,none", "ols_hc1,ols,robust,stata",
            "re_classical,re,classical,stata"})
    void equalityTestMatchesR(String block, String id, String vcov, String ssc) {
        JsonObject e = expected().getAsJsonObject("wald").getAsJsonObject(block);
        Result r = fit(id, DATA, params("formula", "y ~ x + I(x^2) + z", "vcov", vcov, "ssc", ssc, "by", "region"));
        TestResult t = r.test("equal_across_groups").orElseThrow();
        double w = e.get("W").getAsDouble();
        if ("re".equals(id)) {
            close(w, t.statistic(), 1e-9, block + " chi2");
        } else {
            close(w, ((Number) t.extra().get("chi2")).doubleValue(), 1e-9, block + " W");
            assertEquals(e.get("df2").getAsDouble(), t.df()[1], 0.0, block + " df2");
        }
        assertEquals(e.get("q").getAsDouble(), t.df()[0], 0.0);
    }

    @Test
    void fullyInteractedChowVersion() {
        Result r = fit("ols", DATA, params("formula", "y ~ x + I(x^2) + z", "by", "region", "by_test", "full"));
        TestResult t = r.test("equal_across_groups").orElseThrow();
        TestResult chow = r.test("chow").orElseThrow();
        JsonObject e = expected().getAsJsonObject("wald");
        close(e.getAsJsonObject("full_focal").get("W").getAsDouble(), ((Number) t.extra().get("chi2")).doubleValue(),
                1e-9, "focal equality in the fully interacted model vs R");
        close(e.getAsJsonObject("chow").get("W").getAsDouble(), ((Number) chow.extra().get("chi2")).doubleValue(), 1e-9,
                "Chow vs R");
        assertEquals(12, chow.df()[0], 0.0);
        assertEquals(e.getAsJsonObject("chow").get("df2").getAsDouble(), chow.df()[1], 0.0);
        // by hand from the separately fitted fully interacted model
        Result full = fit("ols", interactedData(), params("formula",
                "y ~ xD1 + xD2 + xD3 + xD4 + x2D1 + x2D2 + x2D3 + x2D4 + zD1 + zD2 + zD3 + zD4 + D2 + D3 + D4"));
        close(handWald(full, FOCAL, List.of()) / 6, t.statistic(), 1e-10, "focal F by hand");
        List<String[]> all = new ArrayList<>(FOCAL);
        all.add(new String[] {"zD1", "zD2", "zD3", "zD4"});
        close(handWald(full, all, List.of("D2", "D3", "D4")) / 12, chow.statistic(), 1e-10, "Chow F by hand");
        // in the fully interacted OLS model the group slopes are the separate fits' slopes
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> gc = (Map<String, Map<String, Object>>) t.extra().get("group_coefficients");
        for (String g : REGIONS) {
            close(coef(model(r, g), "x").estimate(), ((Number) gc.get(g).get("x")).doubleValue(), 1e-9, "slope " + g);
        }
    }

    @Test
    void tooSmallGroupIsSkippedWithAWarningNamingIt() {
        // one more entity, 2 periods, alone in region "island": too few rows for FE with 3 slopes + its intercept
        int n = DATA.rows();
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("id").timeColumn("year");
        String[] ids = new String[n + 2];
        long[] years = new long[n + 2];
        String[] region = new String[n + 2];
        String[] orig = DATA.text("region");
        for (int i = 0; i < n; i++) {
            ids[i] = DATA.entityLabel(i);
            years[i] = DATA.time(i);
            region[i] = orig[i];
        }
        ids[n] = "41";
        ids[n + 1] = "41";
        years[n] = 2001;
        years[n + 1] = 2002;
        region[n] = "island";
        region[n + 1] = "island";
        b.entities(ids).times(years).textColumn("region", region);
        for (String c : NUMERIC) {
            double[] v = java.util.Arrays.copyOf(DATA.numeric(c), n + 2);
            v[n] = 2.0 + c.length();
            v[n + 1] = 3.5 - c.length();
            b.column(c, v);
        }
        PanelFrame withIsland = b.build();
        Result r = fit("fe", withIsland, params("formula", "y ~ x + I(x^2) + z", "by", "region"));
        assertEquals(4, r.models().size());
        assertTrue(r.models().stream().noneMatch(m -> "island".equals(m.name())));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("skipped 1 of 5 group(s) too small to estimate")
                && w.contains("'island'")), r.warnings().toString());
        // the equality test uses the four estimated groups only: it equals the test on the data without the island
        Result without = fit("fe", DATA, params("formula", "y ~ x + I(x^2) + z", "by", "region"));
        TestResult t = r.test("equal_across_groups").orElseThrow();
        assertEquals(List.of(REGIONS), t.extra().get("groups"));
        close(without.test("equal_across_groups").orElseThrow().statistic(), t.statistic(), 1e-12,
                "test without the skipped group");
    }

    @Test
    void groupsSortNumericallyAndDefaultFocalIsTheFirstRegressor() {
        String[] region = DATA.text("region");
        double[] code = new double[DATA.rows()];
        for (int i = 0; i < code.length; i++) {
            code[i] = 5 * (List.of(REGIONS).indexOf(region[i]) + 1); // 5, 10, 15, 20: text order would be 10,15,20,5
        }
        PanelFrame data = DATA.withColumn("code", code);
        Result r = fit("ols", data, params("formula", "y ~ z + x + I(x^2)", "by", "code"));
        assertEquals(List.of("5", "10", "15", "20"), r.models().stream().map(ModelResult::name).toList());
        assertEquals(List.of("z"), r.test("equal_across_groups").orElseThrow().extra().get("focal"));
        Result fx = fit("ols", data, params("formula", "y ~ z + x + I(x^2)", "by", "code", "focal", "x"));
        assertEquals(List.of("x", "I(x^2)"), fx.test("equal_across_groups").orElseThrow().extra().get("focal"));
        Result fx2 = fit("ols", data, params("formula", "y ~ z + x + I(x^2)", "by", "code", "focal", "I(x^2)"));
        assertEquals(List.of("x", "I(x^2)"), fx2.test("equal_across_groups").orElseThrow().extra().get("focal"),
                "a term of the polynomial brings the whole polynomial");
        close(fit("ols", DATA, params("formula", "y ~ z + x + I(x^2)", "by", "region", "focal", "x"))
                .test("equal_across_groups").orElseThrow().statistic(),
                fx.test("equal_across_groups").orElseThrow().statistic(), 1e-12, "same groups, other labels");
    }

    @Test
    void rowsWithoutAGroupAreLeftOut() {
        // region unknown for entity 1 (8 rows)
        String[] region = DATA.text("region");
        String[] entity = new String[DATA.rows()];
        long[] years = new long[DATA.rows()];
        for (int i = 0; i < entity.length; i++) {
            entity[i] = DATA.entityLabel(i);
            years[i] = DATA.time(i);
            if ("1".equals(entity[i])) {
                region[i] = null;
            }
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(entity).times(years)
                .textColumn("region", region);
        for (String c : NUMERIC) {
            b.column(c, DATA.numeric(c));
        }
        Result r = fit("fe", b.build(), params("formula", "y ~ x + I(x^2) + z", "by", "region"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("8 of the 320 rows used have no value of region")),
                r.warnings().toString());
        assertEquals(4, r.models().size());
        assertEquals(9, ((Number) model(r, "east").statistic("n_entities")).intValue());
        assertEquals(320, ((Number) r.statistic("n_obs")).intValue(), "the main model keeps every row");
    }

    @Test
    void cancellationStopsTheGroupLoop() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int units) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        FixedEffectsEstimator fe = new FixedEffectsEstimator();
        EstimationContext context = new EstimationContext(DATA,
                fe.parameters().resolve(params("formula", "y ~ x + I(x^2) + z", "by", "region")), cancelled, 1L);
        assertThrows(CancellationException.class, () -> fe.estimate(context));
    }

    @Test
    void badInputIsNamed() {
        List<String> p1 = SyntheticPanels.validate(new PooledOlsEstimator(), DATA,
                params("formula", "y ~ x", "by", "regio"));
        assertTrue(p1.stream().anyMatch(s -> s.contains("by column 'regio' is not in the data")), p1.toString());
        List<String> p2 = SyntheticPanels.validate(new RandomEffectsEstimator(), DATA,
                params("formula", "y ~ x", "by_test", "full"));
        assertTrue(p2.stream().anyMatch(s -> s.contains("by_test=full")), p2.toString());
        assertFalse(SyntheticPanels.validate(new FixedEffectsEstimator(), DATA,
                params("formula", "y ~ x + I(x^2)", "by", "region", "focal", "x")).iterator().hasNext());
    }
}
