package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.Test;

/** Bad input to {@code spatial.panel} is an InputException that names the problem; a bound is reported. */
class SpatialPanelInputTest {

    private static String message(PanelFrame f, String... kv) {
        return assertThrows(InputException.class, () -> SpatialPanelBruteForceTest.run(f, kv)).getMessage();
    }

    @Test
    void tooFewPeriodsAndConflictingOptionsAreNamed() {
        double[][] v = SpatialPanelBruteForceTest.simulate(2L);
        PanelFrame one = SpatialPanelBruteForceTest.frame(v, 1);
        String m = message(one, "effect", "individual", "approach", "leeyu");
        assertTrue(m.contains("approach=leeyu") && m.contains("at least 2 periods"), m);
        m = message(one, "effect", "twoways", "bias_correction", "elhorst");
        assertTrue(m.contains("bias_correction=elhorst") && m.contains("at least 2 periods"), m);
        PanelFrame f = SpatialPanelBruteForceTest.frame(v, SpatialPanelBruteForceTest.T);
        m = message(f, "approach", "leeyu", "bias_correction", "elhorst");
        assertTrue(m.contains("use one of them"), m);
        // Lee–Yu with time effects needs W1 = 1
        SpatialPanelEstimator e = new SpatialPanelEstimator();
        java.util.Map<String, String> raw = java.util.Map.of("formula", "y ~ x1", "effect", "twoways", "approach",
                "leeyu", "standardise", "none");
        org.carbonlab.core.weights.SpatialWeights binary = SpatialPanelBruteForceTest.weights()
                .standardised(org.carbonlab.core.weights.Standardisation.BINARY);
        m = assertThrows(InputException.class, () -> e.estimate(new org.carbonlab.core.estimator.EstimationContext(f,
                e.parameters().resolve(raw), org.carbonlab.core.estimator.ProgressMonitor.NULL, 1L,
                java.util.Map.of("W", binary)))).getMessage();
        assertTrue(m.contains("row-standardised"), m);
    }

    @Test
    void collinearRegressorsAreNamed() {
        double[][] v = SpatialPanelBruteForceTest.simulate(4L);
        PanelFrame f = SpatialPanelBruteForceTest.frame(v, SpatialPanelBruteForceTest.T);
        String m = message(f, "formula", "y ~ x1 + x2 + I(2 * x1)", "model", "sar");
        assertTrue(m.contains("collinear"), m);
    }

    /**
     * y = the eigenvector of W's smallest eigenvalue ω (Wy = ωy): (I − ρW)y = (1 − ρω)y, so the SSE vanishes as ρ
     * approaches 1/ω while the log-determinant has that factor only once: the likelihood grows without bound there.
     */
    @Test
    void aBoundIsReported() throws java.io.IOException {
        org.carbonlab.core.weights.SpatialWeights w = Columbus.weights(true);
        double[][] b = Columbus.weights(false).toDense();
        int n = b.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i] += b[i][j];
            }
        }
        double[][] sym = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sym[i][j] = b[i][j] / Math.sqrt(d[i] * d[j]);
            }
        }
        org.apache.commons.math3.linear.EigenDecomposition ed = new org.apache.commons.math3.linear.EigenDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(sym));
        int min = 0;
        for (int k = 0; k < n; k++) {
            if (ed.getRealEigenvalue(k) < ed.getRealEigenvalue(min)) {
                min = k;
            }
        }
        double[] u = ed.getEigenvector(min).toArray();
        double[] y = new double[n];
        double[] x = Columbus.column("INC");
        for (int i = 0; i < n; i++) {
            y[i] = u[i] / Math.sqrt(d[i]) + 1e-9 * x[i]; // W = D⁻¹B: eigenvectors D^{-1/2}u
        }
        String[] ids = w.entities().toArray(String[]::new);
        PanelFrame f = PanelFrame.builder().entityColumn("id").crossSection().entities(ids).column("y", y)
                .column("x", x).source("bound").build();
        SpatialPanelEstimator e = new SpatialPanelEstimator();
        Result r = e.estimate(Columbus.context(e, f, w, 1L, java.util.Map.of("formula", "y ~ x", "model", "sar",
                "draws", "0")));
        assertEquals("lower", r.statistic("rho_at_bound"));
        assertTrue(r.warnings().stream().anyMatch(s -> s.contains("rho is at the lower end")), r.warnings().toString());
    }
}
