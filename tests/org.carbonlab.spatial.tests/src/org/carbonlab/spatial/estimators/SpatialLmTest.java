package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.Standardisation;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code spatial.lm}: Columbus CRIME ~ INC + HOVAL against spdep 1.2-7's lm.LMtests (rel 1e-10), and the panel forms
 * (pooled, one-way and two-way fixed effects) against a brute-force computation with the explicit NT×NT matrix
 * I_T ⊗ W, the fixed effects removed by the projection on explicit dummies, and dense inverses (rel 1e-9).
 */
class SpatialLmTest {

    private static Result run(PanelFrame data, SpatialWeights w, String... kv) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            raw.put(kv[i], kv[i + 1]);
        }
        SpatialLmEstimator e = new SpatialLmEstimator();
        return e.estimate(Columbus.context(e, data, w, 1L, raw));
    }

    private static double stat(Result r, String test, String column) {
        ResultTable t = r.tables().get("tests");
        int k = t.columnIndex("test");
        int v = t.columnIndex(column);
        for (List<Object> row : t.rows()) {
            if (row.get(k).equals(test)) {
                return ((Number) row.get(v)).doubleValue();
            }
        }
        throw new AssertionError("no test " + test);
    }

    @Test
    void columbusMatchesSpdep() throws IOException {
        JsonObject ref = Columbus.expected().getAsJsonObject("lm_tests");
        Result r = run(Columbus.data(), Columbus.weights(false), "formula", "CRIME ~ INC + HOVAL");
        String[][] names = {{"LMerr", "LM_error"}, {"LMlag", "LM_lag"}, {"RLMerr", "robust_LM_error"},
                {"RLMlag", "robust_LM_lag"}, {"SARMA", "SARMA"}};
        for (String[] nm : names) {
            JsonObject e = ref.getAsJsonObject(nm[0]);
            double s = e.get("statistic").getAsDouble();
            double p = e.get("p_value").getAsDouble();
            assertEquals(s, stat(r, nm[1], "statistic"), 1e-10 * s, nm[1]);
            assertEquals(p, stat(r, nm[1], "p_value"), 1e-10 * p, nm[1] + " p");
            assertEquals(e.get("parameter").getAsDouble(), stat(r, nm[1], "df"), 0.0);
        }
        JsonObject ols = Columbus.expected().getAsJsonObject("ols");
        ResultTable coef = r.tables().get("coefficients");
        double[] b = Columbus.numbers(coef, "estimate");
        assertEquals(ols.getAsJsonObject("coefficients").get("INC").getAsDouble(), b[1], 1e-10 * 1.6);
        assertEquals(ols.get("sigma2_ml").getAsDouble(), ((Number) r.statistic("sigma2")).doubleValue(),
                1e-10 * 123);
        // LM-lag p = 0.005, LM-error p = 0.03, robust lag p = 0.07, robust error p = 0.85
        assertTrue(((String) r.statistic("recommendation")).startsWith("SAR"), (String) r.statistic("recommendation"));
    }

    // ------------------------------------------------------------------ panel, brute force

    private static final int N = 6;
    private static final int T = 4;

    private static SpatialWeights ring() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f");
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "ring", SpatialWeights.FORMAT_EDGE_LIST_CSV);
        int[][] edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}, {0, 3}, {1, 4}};
        for (int[] e : edges) {
            b.link(e[0], e[1], 1.0);
            b.link(e[1], e[0], 1.0);
        }
        return b.build().standardised(Standardisation.ROW);
    }

    /** Deterministic irregular data, period-major (t·N + i). */
    private static double[][] xy() {
        double[] x1 = new double[N * T];
        double[] x2 = new double[N * T];
        double[] y = new double[N * T];
        for (int t = 0; t < T; t++) {
            for (int i = 0; i < N; i++) {
                int o = t * N + i;
                x1[o] = Math.sin(1.3 * o + 0.2) + 0.1 * i;
                x2[o] = Math.cos(0.7 * o * o + 1) + 0.05 * t * t;
                y[o] = 1 + 2 * x1[o] - x2[o] + 0.5 * Math.sin(3.1 * o) + 0.3 * i - 0.2 * t;
            }
        }
        return new double[][] {y, x1, x2};
    }

    private static PanelFrame panel(double[][] v) {
        String[] ids = new String[N * T];
        long[] years = new long[N * T];
        double[][] cols = new double[3][N * T];
        int r = 0;
        for (int i = 0; i < N; i++) { // entity-major, as files are
            for (int t = 0; t < T; t++) {
                ids[r] = List.of("a", "b", "c", "d", "e", "f").get(i);
                years[r] = 2010 + t;
                for (int c = 0; c < 3; c++) {
                    cols[c][r] = v[c][t * N + i];
                }
                r++;
            }
        }
        return PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(years)
                .column("y", cols[0]).column("x1", cols[1]).column("x2", cols[2]).source("synthetic").build();
    }

    @Test
    void panelFormsMatchTheExplicitKroneckerComputation() {
        double[][] v = xy();
        for (String[] c : new String[][] {{"pooled", "individual"}, {"fe", "individual"}, {"fe", "time"},
                {"fe", "twoways"}}) {
            Result r = run(panel(v), ring(), "formula", "y ~ x1 + x2", "model", c[0], "effect", c[1]);
            double[] expected = bruteForce(v, c[0], c[1]);
            String[] names = {"LM_lag", "robust_LM_lag", "LM_error", "robust_LM_error", "SARMA"};
            for (int k = 0; k < 5; k++) {
                assertEquals(expected[k], stat(r, names[k], "statistic"), 1e-9 * Math.abs(expected[k]),
                        c[0] + "/" + c[1] + " " + names[k]);
                assertEquals(Distributions.chiSquaredUpperP(expected[k], k == 4 ? 2 : 1), stat(r, names[k], "p_value"),
                        1e-9);
            }
        }
    }

    @Test
    void anUnbalancedPanelIsRejected() {
        double[][] v = xy();
        v[0][5] = Double.NaN; // y of entity f in 2010
        InputException e = assertThrows(InputException.class,
                () -> run(panel(v), ring(), "formula", "y ~ x1 + x2", "model", "fe"));
        assertTrue(e.getMessage().contains("balanced") && e.getMessage().contains("'f'"), e.getMessage());
    }

    /**
     * A leading period in which a regressor is missing for every unit (not yet observed) is skipped with a warning,
     * giving the statistics of the panel without it (rel 1e-12); periods= selects the same range without warning.
     */
    @Test
    void unobservedPeriodsAreSkipped() {
        double[][] v = xy();
        PanelFrame base = panel(v);
        String[] ids = new String[N * (T + 1)];
        long[] years = new long[N * (T + 1)];
        double[][] cols = new double[3][N * (T + 1)];
        int r = 0;
        for (int i = 0; i < N; i++) {
            for (int t = -1; t < T; t++) {
                ids[r] = List.of("a", "b", "c", "d", "e", "f").get(i);
                years[r] = 2010 + t;
                for (int c = 0; c < 3; c++) {
                    cols[c][r] = t < 0 ? (c == 1 ? Double.NaN : 1.0 + i) : v[c][t * N + i];
                }
                r++;
            }
        }
        PanelFrame longer = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(years)
                .column("y", cols[0]).column("x1", cols[1]).column("x2", cols[2]).source("synthetic").build();
        Result expected = run(base, ring(), "formula", "y ~ x1 + x2", "model", "fe", "effect", "twoways");
        Result skipped = run(longer, ring(), "formula", "y ~ x1 + x2", "model", "fe", "effect", "twoways");
        Result ranged = run(longer, ring(), "formula", "y ~ x1 + x2", "model", "fe", "effect", "twoways",
                "periods", "2010:2013");
        for (String name : new String[] {"LM_lag", "robust_LM_lag", "LM_error", "robust_LM_error", "SARMA"}) {
            double e = stat(expected, name, "statistic");
            assertEquals(e, stat(skipped, name, "statistic"), 1e-12 * Math.abs(e), name);
            assertEquals(e, stat(ranged, name, "statistic"), 1e-12 * Math.abs(e), name);
        }
        assertTrue(skipped.warnings().stream().anyMatch(w -> w.contains("skipped: 2009")), skipped.warnings()::toString);
        assertTrue(ranged.warnings().isEmpty(), ranged.warnings()::toString);
        assertEquals("2010:" + (2010 + T - 1), ranged.statistic("periods"));
    }

    /** LM-lag, robust LM-lag, LM-error, robust LM-error, SARMA with dense matrices only. */
    private static double[] bruteForce(double[][] v, String model, String effect) {
        int nt = N * T;
        double[][] wd = ring().toDense();
        double[][] big = new double[nt][nt]; // I_T ⊗ W
        for (int t = 0; t < T; t++) {
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    big[t * N + i][t * N + j] = wd[i][j];
                }
            }
        }
        double[][] x;
        double[][] q;
        if (model.equals("pooled")) {
            x = new double[nt][3];
            for (int o = 0; o < nt; o++) {
                x[o] = new double[] {1, v[1][o], v[2][o]};
            }
            q = identity(nt);
        } else {
            x = new double[nt][2];
            for (int o = 0; o < nt; o++) {
                x[o] = new double[] {v[1][o], v[2][o]};
            }
            int nd = (effect.equals("individual") ? N : 0) + (effect.equals("time") ? T : 0)
                    + (effect.equals("twoways") ? N + T - 1 : 0);
            double[][] d = new double[nt][nd];
            for (int t = 0; t < T; t++) {
                for (int i = 0; i < N; i++) {
                    int o = t * N + i;
                    int col = 0;
                    if (!effect.equals("time")) {
                        d[o][i] = 1;
                        col = N;
                    }
                    if (effect.equals("time")) {
                        d[o][t] = 1;
                    } else if (effect.equals("twoways") && t > 0) {
                        d[o][col + t - 1] = 1;
                    }
                }
            }
            q = annihilator(d);
        }
        double[] y = times(q, v[0]);
        x = mul(q, x);
        double[][] m = annihilator(x);
        double[] e = times(m, y);
        double[] beta = times(mul(inverse(mul(transpose(x), x)), transpose(x)), y);
        double s2 = dot(e, e) / nt;
        double[] wxb = times(big, times(x, beta));
        double[][] wtw = mul(transpose(big), big);
        double[][] ww = mul(big, big);
        double tr = 0;
        for (int i = 0; i < nt; i++) {
            tr += wtw[i][i] + ww[i][i];
        }
        double nj = (dot(wxb, times(m, wxb)) + tr * s2) / s2;
        double dErr = dot(e, times(big, e)) / s2;
        double dLag = dot(e, times(big, y)) / s2;
        double lmErr = dErr * dErr / tr;
        double lmLag = dLag * dLag / nj;
        double rErr = Math.pow(dErr - tr * dLag / nj, 2) / (tr - tr * tr / nj);
        double rLag = Math.pow(dLag - dErr, 2) / (nj - tr);
        return new double[] {lmLag, rLag, lmErr, rErr, rErr + lmLag};
    }

    private static double[][] times(double[][] a, double[][] b) {
        return mul(a, b);
    }

    private static double[] times(double[][] a, double[] x) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = dot(a[i], x);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    /** I − A(A'A)⁻¹A'. */
    private static double[][] annihilator(double[][] a) {
        double[][] p = mul(mul(a, inverse(mul(transpose(a), a))), transpose(a));
        double[][] m = identity(a.length);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                m[i][j] -= p[i][j];
            }
        }
        return m;
    }

    /** Gauss–Jordan with partial pivoting. */
    private static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[piv];
            m[piv] = tmp;
            double d = m[c][c];
            for (int j = 0; j < 2 * n; j++) {
                m[c][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && m[r][c] != 0) {
                    double f = m[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
