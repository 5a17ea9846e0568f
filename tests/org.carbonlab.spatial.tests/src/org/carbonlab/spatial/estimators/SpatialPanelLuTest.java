package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.SpectralRadius;
import org.carbonlab.core.weights.Standardisation;
import org.carbonlab.spatial.numerics.ml.LuLogDeterminant;
import org.carbonlab.spatial.numerics.ml.Spectrum;
import org.junit.jupiter.api.Test;

/**
 * The LU route ({@code logdet=lu}) against the eigenvalue route on an asymmetric 6-nearest-neighbour W (not similar
 * to a symmetric matrix, so both take their general paths): ln|I − rW|, its derivative and the effect traces at
 * rel 1e-10 of max(1, |value|) for r from −0.9 to 0.97, and ρ, β, θ, their standard errors, σ², the log-likelihood and the effects table (point values and
 * simulated SEs and intervals, same seed) at rel 1e-10; and auto takes the LU route for such a W above the
 * eigenvalue limit.
 */
class SpatialPanelLuTest {
    private static final double TOL = 1e-10;

    static SpatialWeights knn(double[] px, double[] py) {
        int n = px.length;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("u" + i);
        }
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "knn6", SpatialWeights.FORMAT_EDGE_LIST_CSV);
        for (int i = 0; i < n; i++) {
            final int ii = i;
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            java.util.Arrays.sort(order, Comparator.comparingDouble(
                    j -> (px[ii] - px[j]) * (px[ii] - px[j]) + (py[ii] - py[j]) * (py[ii] - py[j])));
            for (int m = 1; m <= 6; m++) {
                b.link(i, order[m], 1.0);
            }
        }
        return b.build().standardised(Standardisation.ROW);
    }

    /** A two-way fixed-effects SDM panel (ρ = 0.45) on n seeded points and its W. */
    private record Panel(PanelFrame frame, SpatialWeights w) {
    }

    private static Panel panel(int n, int periods, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = r.nextDouble();
            py[i] = r.nextDouble();
        }
        SpatialWeights w = knn(px, py);
        int rows = n * periods;
        String[] ids = new String[rows];
        long[] years = new long[rows];
        double[] y = new double[rows];
        double[] x1 = new double[rows];
        double[] x2 = new double[rows];
        for (int t = 0; t < periods; t++) {
            double[] a = new double[n];
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = r.nextGaussian() + px[i];
                c[i] = r.nextGaussian();
            }
            double[] wa = w.lag(a);
            double[] rhs = new double[n];
            for (int i = 0; i < n; i++) {
                rhs[i] = 0.8 * a[i] - 0.5 * c[i] + 0.3 * wa[i] + py[i] + 0.1 * t + r.nextGaussian();
            }
            double[] z = rhs.clone();
            for (int it = 0; it < 80; it++) {
                double[] wz = w.lag(z);
                for (int i = 0; i < n; i++) {
                    z[i] = rhs[i] + 0.45 * wz[i];
                }
            }
            for (int i = 0; i < n; i++) {
                int row = i * periods + t;
                ids[row] = "u" + i;
                years[row] = 2000 + t;
                y[row] = z[i];
                x1[row] = a[i];
                x2[row] = c[i];
            }
        }
        PanelFrame f = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(years)
                .column("y", y).column("x1", x1).column("x2", x2).source("lu").build();
        return new Panel(f, w);
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1e-3, Math.abs(expected)), what);
    }

    /** rel 1e-10 of the trace scale max(1, |expected|) (the traces of a zero-diagonal W vanish at r = 0). */
    private static void closeTrace(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1.0, Math.abs(expected)), what);
    }

    @Test
    void luLogDeterminantEqualsTheEigenvalues() {
        SpatialWeights w = panel(300, 1, 11L).w();
        assertFalse(Spectrum.symmetricSimilar(w), "the kNN W must be asymmetric for this test");
        Spectrum s = Spectrum.of(w);
        LuLogDeterminant lu = new LuLogDeterminant(w, SpectralRadius.of(w));
        assertEquals(-1.0, lu.lower(), 1e-10);
        assertEquals(1.0, lu.upper(), 1e-10);
        for (double r : new double[] {-0.9, -0.4, 0.0, 0.05, 0.3, 0.6, 0.85, 0.97}) {
            closeTrace(s.value(r), lu.value(r), "logdet at " + r);
            closeTrace(s.derivative(r), lu.derivative(r), "derivative at " + r);
            closeTrace(s.traceInverse(r), lu.traceInverse(r), "tr((I - rW)^-1) at " + r);
            closeTrace(s.traceInverseTimesW(r), lu.traceInverseW(r), "tr((I - rW)^-1 W) at " + r);
        }
    }

    @Test
    void luRouteEqualsTheEigenRoute() {
        Panel p = panel(300, 4, 2027L);
        for (String[] o : new String[][] {{"sdm", "twoways"}, {"sem", "individual"}}) {
            Result eigen = run(p, "eigen", o[0], o[1], 300);
            Result lu = run(p, "lu", o[0], o[1], 300);
            assertTrue(((String) eigen.statistic("logdet")).startsWith("eigen"));
            assertTrue(((String) lu.statistic("logdet")).startsWith("lu (exact"), (String) lu.statistic("logdet"));
            compare(eigen, lu, o[0] + " " + o[1]);
        }
    }

    @Test
    void autoTakesTheLuRouteForAnAsymmetricWAboveTheEigenLimit() {
        int n = SpatialBackends.EXACT_LIMIT + 50;
        Panel p = panel(n, 3, 77L);
        assertEquals("lu", SpatialBackends.automatic(p.w(), false));
        assertEquals("eigen", SpatialBackends.automatic(p.w(), true), "SAC keeps the eigenvalues");
        assertEquals("chebyshev", SpatialBackends.automatic(panel(SpatialBackends.LU_LIMIT + 1, 1, 5L).w(), false));
        assertTrue(n <= SpatialBackends.LU_LIMIT);
        Result auto = run(p, "auto", "sar", "individual", 50);
        assertTrue(((String) auto.statistic("logdet")).startsWith("lu (exact"), (String) auto.statistic("logdet"));
        Result eigen = run(p, "eigen", "sar", "individual", 50);
        compare(eigen, auto, "auto at N = " + n);
    }

    private static void compare(Result eigen, Result lu, String what) {
        for (var c : eigen.coefficients()) {
            var a = lu.coefficient(c.term()).orElseThrow();
            close(c.estimate(), a.estimate(), what + " " + c.term());
            close(c.stdError(), a.stdError(), what + " se " + c.term());
        }
        for (String s : List.of("sigma2", "sigma2_std_error", "log_likelihood", "r2")) {
            close(((Number) eigen.statistic(s)).doubleValue(), ((Number) lu.statistic(s)).doubleValue(),
                    what + " " + s);
        }
        ResultTable te = eigen.tables().get("effects");
        ResultTable tl = lu.tables().get("effects");
        assertEquals(te == null, tl == null);
        if (te != null) {
            for (int row = 0; row < te.rows().size(); row++) {
                for (int col = 2; col < 8; col++) {
                    close(((Number) te.rows().get(row).get(col)).doubleValue(),
                            ((Number) tl.rows().get(row).get(col)).doubleValue(),
                            what + " effects " + te.rows().get(row).subList(0, 2) + " column " + col);
                }
            }
        }
        ResultTable tt = eigen.tables().get("tests");
        if (tt != null) {
            for (int row = 0; row < tt.rows().size(); row++) {
                close(((Number) tt.rows().get(row).get(1)).doubleValue(),
                        ((Number) lu.tables().get("tests").rows().get(row).get(1)).doubleValue(),
                        what + " test " + tt.rows().get(row).get(0));
            }
        }
    }

    private static Result run(Panel p, String logdet, String model, String effect, int draws) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("formula", "y ~ x1 + x2");
        raw.put("model", model);
        raw.put("effect", effect);
        raw.put("draws", Integer.toString(draws));
        raw.put("logdet", logdet);
        SpatialPanelEstimator e = new SpatialPanelEstimator();
        return e.estimate(new EstimationContext(p.frame(), e.parameters().resolve(raw), ProgressMonitor.NULL, 9L,
                Map.of("W", p.w())));
    }
}
