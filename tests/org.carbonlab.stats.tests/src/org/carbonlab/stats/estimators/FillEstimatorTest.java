package org.carbonlab.stats.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/**
 * data.fill against R 4.2 (resources/fill/make_reference.R → expected.csv: stats::approx, zoo::na.locf and the
 * two-point line on y and log y at the ends), values to 1e-12 relative; the counts per rule and the list of
 * filled cells by hand (exact).
 */
class FillEstimatorTest {
    private static final PanelFrame PANEL = StatsData.panel("fill/panel.csv", "prov", "year");

    /** expected.csv: column → values in file order (prov, year sorted as the panel), NaN for empty. */
    private static Map<String, double[]> expected() throws IOException {
        Map<String, List<Double>> cols = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(StatsData.open("fill/expected.csv"),
                StandardCharsets.UTF_8))) {
            String[] header = r.readLine().replace("\"", "").split(",");
            for (String h : header) {
                cols.put(h, new ArrayList<>());
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.replace("\"", "").split(",", -1);
                for (int j = 2; j < header.length; j++) {
                    cols.get(header[j]).add(cells[j].isEmpty() ? Double.NaN : Double.parseDouble(cells[j]));
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        cols.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    private static Result fill(String... kv) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("variables", "gdp");
        for (int i = 0; i < kv.length; i += 2) {
            raw.put(kv[i], kv[i + 1]);
        }
        return StatsData.run(new FillEstimator(), PANEL, raw);
    }

    private static double[] column(Result r) {
        ResultTable t = r.tables().get("filled");
        int c = t.columnIndex("gdp");
        return t.rows().stream().mapToDouble(row -> row.get(c) == null ? Double.NaN : ((Number) row.get(c))
                .doubleValue()).toArray();
    }

    private static void same(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), what + " row " + i + ": expected missing, got " + actual[i]);
            } else {
                DescribeEstimatorTest.rel(expected[i], actual[i], 1e-12, what + " row " + i);
            }
        }
    }

    private static List<Object> summary(Result r) {
        return r.tables().get("summary").rows().get(0);
    }

    @Test
    void linearInterpolationInsideTheObservedRangeByDefault() throws IOException {
        Result r = fill();
        same(expected().get("linear"), column(r), "linear");
        // variable, missing_before, interpolated, carried_forward, extrapolated, carried_to_end, missing_after
        assertEquals(List.of("gdp", 11, 5, 0, 0, 0, 6), summary(r));
        ResultTable cells = r.tables().get("cells");
        assertEquals(5, cells.rows().size());
        assertEquals(List.of("gdp", "P2", 2004L, 29 / 3.0, "interpolated"), cells.rows().get(3));
        assertEquals(5, r.statistic("n_filled"));
        assertTrue(r.warnings().get(0).startsWith("gdp: 5 of 11 missing cells filled (5 interpolated); 6 stay"
                + " missing"), r.warnings().toString());
    }

    @Test
    void carryForwardAsZooNaLocf() throws IOException {
        Result r = fill("method", "carry_forward");
        same(expected().get("locf"), column(r), "locf");
        assertEquals(List.of("gdp", 11, 0, 7, 0, 0, 4), summary(r));
    }

    @Test
    void linearAndLogLinearExtrapolationAtTheEnds() throws IOException {
        Map<String, double[]> e = expected();
        double[] lin = e.get("linear").clone();
        double[] log = e.get("linear").clone();
        for (int i = 0; i < lin.length; i++) {
            if (Double.isNaN(lin[i])) {
                lin[i] = e.get("ext_linear")[i];
                log[i] = e.get("ext_loglinear")[i];
            }
        }
        Result r = fill("extrapolate", "linear");
        same(lin, column(r), "linear ends");
        assertEquals(List.of("gdp", 11, 5, 0, 4, 0, 2), summary(r), "P4 has one observation: no line");
        Result g = fill("extrapolate", "loglinear");
        same(log, column(g), "log-linear ends");
        assertTrue(g.tables().get("cells").rows().stream().anyMatch(row -> row.get(4).equals("extrapolated_loglinear")));
        Result c = fill("extrapolate", "carry");
        assertEquals(List.of("gdp", 11, 5, 0, 0, 6, 0), summary(c));
        assertEquals(10.0, column(c)[0], 0);
    }

    @Test
    void maxGapLeavesLongGapsMissing() {
        Result r = fill("max_gap", "2");
        assertEquals(List.of("gdp", 11, 2, 0, 0, 0, 9), summary(r));
        double[] v = column(r);
        assertEquals(6.0, v[8], 1e-12); // P2 2001: between 2000 and 2002
        assertTrue(Double.isNaN(v[10]), "P2 2004 lies in a three-year gap");
    }

    @Test
    void badInputIsNamed() {
        InputException e = assertThrows(InputException.class, () -> fill("variables", "gdp,prov,gpd"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("'gpd'") && all.contains("entity or time column"), all);
        PanelFrame cross = PanelFrame.builder().entityColumn("id").crossSection().entities("a", "b")
                .column("gdp", 1, Double.NaN).build();
        InputException x = assertThrows(InputException.class,
                () -> StatsData.run(new FillEstimator(), cross, Map.of("variables", "gdp")));
        assertTrue(x.getMessage().contains("cross-section"), x.getMessage());
    }
}
