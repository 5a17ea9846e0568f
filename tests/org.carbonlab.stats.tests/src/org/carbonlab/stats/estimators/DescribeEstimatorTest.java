package org.carbonlab.stats.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * stats.describe against R 4.2 (resources/describe/make_reference.R → expected.json): summary statistics and
 * quantile types 2, 6 and 7 (relative 1e-12), by group (1e-12), xtsum overall/between/within on a balanced and
 * an unbalanced panel with missing cells (1e-10), and cor.test's Pearson and Spearman (exact = FALSE) r and p,
 * pairwise and listwise (r 1e-10, p relative 1e-8); xtsum also against a hand-solved case (1e-14).
 */
class DescribeEstimatorTest {
    private static final JsonObject REF = StatsData.json("describe/expected.json");
    private static final PanelFrame GRUNFELD = StatsData.panel("describe/grunfeld.csv", "firm", "year");
    private static final PanelFrame HOLES = StatsData.panel("describe/holes.csv", "firm", "year");
    private static final String[] QUANTILES = {"p10", "p25", "median", "p75", "p90"};

    private static Result describe(PanelFrame data, String... kv) {
        Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            raw.put(kv[i], kv[i + 1]);
        }
        return StatsData.run(new DescribeEstimator(), data, raw);
    }

    static void rel(double expected, double actual, double tol, String what) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertTrue(Math.abs(expected - actual) <= tol * scale,
                () -> what + ": expected " + expected + ", got " + actual + " (rel " + Math.abs(expected - actual) / scale + ")");
    }

    private static void checkSummary(ResultTable t, String label, JsonObject ref, String quantileKey) {
        assertEquals(ref.get("n").getAsInt(), ((Number) StatsData.cell(t, "n", label)).intValue(), label + " n");
        for (String s : List.of("mean", "sd", "var", "min", "max", "sum")) {
            rel(ref.get(s).getAsDouble(), StatsData.number(t, s, label), 1e-12, label + " " + s);
        }
        JsonArray q = ref.getAsJsonArray(quantileKey);
        for (int k = 0; k < QUANTILES.length; k++) {
            rel(q.get(k).getAsDouble(), StatsData.number(t, QUANTILES[k], label), 1e-12, label + " " + QUANTILES[k]
                    + " " + quantileKey);
        }
    }

    @Test
    void summaryMatchesRUnderEachQuantileType() {
        String stats = "n,mean,sd,var,min,max,sum,p10,p25,median,p75,p90";
        for (String type : List.of("2", "7", "6")) {
            Result r = describe(GRUNFELD, "variables", "inv, value, capital, log(inv)", "stats", stats,
                    "quantile_type", type);
            ResultTable t = r.tables().get("describe");
            JsonObject g = REF.getAsJsonObject("grunfeld");
            checkSummary(t, "inv", g.getAsJsonObject("inv"), "q" + type);
            checkSummary(t, "value", g.getAsJsonObject("value"), "q" + type);
            checkSummary(t, "log(inv)", g.getAsJsonObject("log_inv"), "q" + type);
            Result h = describe(HOLES, "variables", "inv,value,capital", "stats", stats + ",missing",
                    "quantile_type", type);
            ResultTable th = h.tables().get("describe");
            checkSummary(th, "capital", REF.getAsJsonObject("holes").getAsJsonObject("capital"), "q" + type);
            checkSummary(th, "inv", REF.getAsJsonObject("holes").getAsJsonObject("inv"), "q" + type);
            assertEquals(200 - REF.getAsJsonObject("holes").getAsJsonObject("capital").get("n").getAsInt(),
                    ((Number) StatsData.cell(th, "missing", "capital")).intValue());
        }
    }

    @Test
    void commonSampleUsesRowsCompleteInEveryVariable() {
        ResultTable t = describe(HOLES, "variables", "inv,value,capital", "sample", "common", "stats",
                "n,mean,sd,var,min,max,sum,p10,p25,median,p75,p90").tables().get("describe");
        checkSummary(t, "inv", REF.getAsJsonObject("holes").getAsJsonObject("common_inv"), "q2");
        int n = REF.getAsJsonObject("holes").getAsJsonObject("pearson_listwise").getAsJsonObject("inv|value")
                .get("n").getAsInt();
        assertEquals(n, ((Number) StatsData.cell(t, "n", "capital")).intValue());
    }

    @Test
    void defaultStatisticsAreStatasSummarizeDetailColumns() {
        Result r = describe(GRUNFELD, "variables", "inv");
        ResultTable t = r.tables().get("describe");
        assertEquals(List.of("variable", "n", "mean", "sd", "min", "p25", "median", "p75", "max"), t.columns());
        assertEquals(2, r.statistic("quantile_type"));
        rel(33.405, StatsData.number(t, "p25", "inv"), 1e-12, "type-2 p25");
        // no variables: every numeric column but entity and time
        ResultTable all = describe(GRUNFELD).tables().get("describe");
        assertEquals(List.of("inv", "value", "capital"), all.rows().stream().map(row -> row.get(0)).toList());
    }

    @Test
    void byGroupMatchesRPerFirmAndByPeriodGivesOneCellPerYear() {
        ResultTable t = describe(GRUNFELD, "variables", "inv", "by", "firm", "stats", "n,mean,sd,p25,p75",
                "correlation", "none").tables().get("describe");
        assertEquals(List.of("variable", "firm", "n", "mean", "sd", "p25", "p75"), t.columns());
        assertEquals(10, t.rows().size());
        JsonObject byFirm = REF.getAsJsonObject("grunfeld").getAsJsonObject("inv_by_firm");
        for (String firm : byFirm.keySet()) {
            JsonObject f = byFirm.getAsJsonObject(firm);
            assertEquals(f.get("n").getAsInt(), ((Number) StatsData.cell(t, "n", "inv", firm)).intValue());
            rel(f.get("mean").getAsDouble(), StatsData.number(t, "mean", "inv", firm), 1e-12, "mean firm " + firm);
            rel(f.get("sd").getAsDouble(), StatsData.number(t, "sd", "inv", firm), 1e-12, "sd firm " + firm);
            rel(f.getAsJsonArray("q2").get(1).getAsDouble(), StatsData.number(t, "p25", "inv", firm), 1e-12, "p25");
        }
        // firms 2 and 10 sort as numbers (10 after 9)
        assertEquals("10", t.rows().get(9).get(1));
        ResultTable p = describe(GRUNFELD, "variables", "inv", "by", "firm", "by_period", "true", "stats", "n,mean,sd")
                .tables().get("describe");
        assertEquals(200, p.rows().size());
        JsonObject firm3 = REF.getAsJsonObject("grunfeld").getAsJsonObject("inv_by_year_firm3");
        for (String year : firm3.keySet()) {
            double v = firm3.get(year).getAsDouble();
            assertEquals(v, StatsData.number(p, "mean", "inv", "3", year), 0.0);
            assertNull(StatsData.cell(p, "sd", "inv", "3", year), "the SD of one value is undefined");
        }
    }

    private static void checkXtsum(ResultTable t, String label, JsonObject x) {
        rel(x.get("mean").getAsDouble(), StatsData.number(t, "mean", label, "overall"), 1e-12, label + " mean");
        String[] parts = {"overall", "between", "within"};
        String[] cols = {"sd", "min", "max"};
        for (String part : parts) {
            JsonArray a = x.getAsJsonArray(part);
            for (int k = 0; k < 3; k++) {
                rel(a.get(k).getAsDouble(), StatsData.number(t, cols[k], label, part), 1e-10, label + " " + part + " "
                        + cols[k]);
            }
        }
        assertEquals(x.get("N").getAsInt(), ((Number) StatsData.cell(t, "N", label, "overall")).intValue());
        assertEquals(x.get("n").getAsInt(), ((Number) StatsData.cell(t, "n", label, "between")).intValue());
        rel(x.get("Tbar").getAsDouble(), StatsData.number(t, "T_bar", label, "within"), 1e-14, label + " T-bar");
        assertNull(StatsData.cell(t, "mean", label, "between"));
    }

    @Test
    void xtsumMatchesItsDefinitionOnBalancedAndUnbalancedPanels() {
        ResultTable g = describe(GRUNFELD, "variables", "inv,value", "xtsum", "true").tables().get("xtsum");
        checkXtsum(g, "inv", REF.getAsJsonObject("grunfeld").getAsJsonObject("xtsum_inv"));
        checkXtsum(g, "value", REF.getAsJsonObject("grunfeld").getAsJsonObject("xtsum_value"));
        ResultTable h = describe(HOLES, "variables", "inv,capital", "xtsum", "true").tables().get("xtsum");
        checkXtsum(h, "inv", REF.getAsJsonObject("holes").getAsJsonObject("xtsum_inv"));
        checkXtsum(h, "capital", REF.getAsJsonObject("holes").getAsJsonObject("xtsum_capital"));
        assertEquals(9, ((Number) StatsData.cell(h, "n", "capital", "between")).intValue(), "firm 1 has no capital");
    }

    @Test
    void xtsumHandSolved() {
        // A: 1, 3; B: 5 and a missing cell. Overall {1,3,5}: mean 3, sd 2. Entity means 2 and 5: between sd
        // |5-2|/sqrt(2). Within x - xbar_i + 3 = {2, 4, 3}: sd 1, min 2, max 4. T-bar 3/2.
        PanelFrame f = PanelFrame.builder().entityColumn("id").timeColumn("t").entities("A", "A", "B", "B")
                .times(1, 2, 1, 2).column("x", 1, 3, 5, Double.NaN).build();
        ResultTable t = describe(f, "variables", "x", "xtsum", "true").tables().get("xtsum");
        assertEquals(java.util.Arrays.asList("x", "overall", 3.0, 2.0, 1.0, 5.0, 3, null, null), t.rows().get(0));
        assertEquals(3 / Math.sqrt(2), StatsData.number(t, "sd", "x", "between"), 1e-14);
        assertEquals(2.0, StatsData.number(t, "min", "x", "between"), 0);
        assertEquals(5.0, StatsData.number(t, "max", "x", "between"), 0);
        assertEquals(2, ((Number) StatsData.cell(t, "n", "x", "between")).intValue());
        assertEquals(1.0, StatsData.number(t, "sd", "x", "within"), 1e-14);
        assertEquals(2.0, StatsData.number(t, "min", "x", "within"), 1e-14);
        assertEquals(4.0, StatsData.number(t, "max", "x", "within"), 1e-14);
        assertEquals(1.5, StatsData.number(t, "T_bar", "x", "within"), 0);
    }

    private static void checkCorrelations(Result r, JsonObject ref) {
        ResultTable tests = r.tables().get("correlation_tests");
        for (String pair : ref.keySet()) {
            String[] v = pair.split("\\|");
            JsonObject e = ref.getAsJsonObject(pair);
            assertEquals(e.get("n").getAsInt(), ((Number) StatsData.cell(tests, "n", v[0], v[1])).intValue(), pair);
            rel(e.get("r").getAsDouble(), StatsData.number(tests, "r", v[0], v[1]), 1e-10, pair + " r");
            rel(e.get("r_cor").getAsDouble(), StatsData.number(tests, "r", v[0], v[1]), 1e-10, pair + " r (cor)");
            rel(e.get("p").getAsDouble(), StatsData.number(tests, "p_value", v[0], v[1]), 1e-8, pair + " p");
        }
    }

    @Test
    void correlationsMatchCorTest() {
        JsonObject g = REF.getAsJsonObject("grunfeld");
        JsonObject h = REF.getAsJsonObject("holes");
        checkCorrelations(describe(GRUNFELD, "variables", "inv,value,capital"), g.getAsJsonObject("pearson"));
        checkCorrelations(describe(GRUNFELD, "variables", "inv,value,capital", "correlation", "spearman"),
                g.getAsJsonObject("spearman"));
        checkCorrelations(describe(HOLES, "variables", "inv,value,capital"), h.getAsJsonObject("pearson_pairwise"));
        Result listwise = describe(HOLES, "variables", "inv,value,capital", "deletion", "listwise");
        checkCorrelations(listwise, h.getAsJsonObject("pearson_listwise"));
        assertTrue(listwise.statistic("deletion").toString().startsWith("listwise"));
        checkCorrelations(describe(HOLES, "variables", "inv,value,capital", "correlation", "spearman"),
                h.getAsJsonObject("spearman_pairwise"));
    }

    @Test
    void correlationMatrixIsLowerTriangularWithStars() {
        Result r = describe(GRUNFELD, "variables", "inv,value,capital");
        ResultTable m = r.tables().get("correlations");
        assertEquals(List.of("variable", "inv", "value", "capital"), m.columns());
        assertEquals(List.of("inv", "1", "", ""), m.rows().get(0));
        double rv = REF.getAsJsonObject("grunfeld").getAsJsonObject("pearson").getAsJsonObject("inv|value")
                .get("r").getAsDouble();
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", rv) + "***", m.rows().get(1).get(1));
        ResultTable none = describe(GRUNFELD, "variables", "inv,value,capital", "stars", "none").tables()
                .get("correlations");
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", rv), none.rows().get(1).get(1));
        assertTrue(r.statistic("correlation_note").toString().contains("*** p<0.01"), r.statistic("correlation_note")
                .toString());
    }

    @Test
    void badInputIsNamed() {
        InputException e = assertThrows(InputException.class,
                () -> describe(GRUNFELD, "variables", "inv, log(valu)", "stats", "mean,p100,kurt"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("valu") && all.contains("did you mean 'value'"), all);
        assertTrue(all.contains("unknown statistic 'p100'") && all.contains("unknown statistic 'kurt'"), all);
        PanelFrame cross = PanelFrame.builder().entityColumn("id").crossSection().entities("a", "b", "c")
                .column("x", 1, 2, 3).build();
        InputException x = assertThrows(InputException.class, () -> describe(cross, "xtsum", "true"));
        assertTrue(x.getMessage().contains("xtsum needs a panel"), x.getMessage());
        InputException b = assertThrows(InputException.class, () -> describe(GRUNFELD, "by", "sector"));
        assertTrue(b.getMessage().contains("'sector'"), b.getMessage());
    }
}
