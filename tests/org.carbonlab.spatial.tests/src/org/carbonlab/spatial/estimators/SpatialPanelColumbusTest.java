package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code spatial.panel} on a cross-section (T = 1): Columbus CRIME ~ INC + HOVAL, row-standardised queen W, against
 * spatialreg 1.2-6 (lagsarlm/errorsarlm, method eigen, tol.opt 1e-13): ρ/λ, β, SE and σ² at rel 1e-6,
 * log-likelihood abs 1e-8, AIC; the own score-root ML of expected.json: ρ/λ abs 1e-9, β and σ² rel 1e-9, SE rel
 * 1e-8; SAC against its own score root (sac_score_root.R) at 1e-9; exact impacts at rel 1e-7;
 * LR tests SDM vs SAR and vs SEM at rel 1e-6 (Wald tests recomputed from the covariance with a numerical
 * Jacobian, rel 1e-7); simulated impact SEs (20,000 draws, so close to their population
 * value) within 15 % of R's 1,000-draw values, whose own draw-to-draw spread is about 5 % (indirect effects).
 */
class SpatialPanelColumbusTest {
    /** ρ or λ against a score-root reference (R's optimisers stop 1e-8 to 1e-7 away on the flat top). */
    static final double SCORE_ROOT_ABS = 1e-9;
    /** β and σ² against a score-root reference. */
    static final double SCORE_ROOT_REL = 1e-9;

    static Result run(String... kv) throws IOException {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("formula", "CRIME ~ INC + HOVAL");
        for (int i = 0; i < kv.length; i += 2) {
            raw.put(kv[i], kv[i + 1]);
        }
        SpatialPanelEstimator e = new SpatialPanelEstimator();
        return e.estimate(Columbus.context(e, Columbus.data(), Columbus.weights(true), 20240601L, raw));
    }

    private static void rel(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected), what);
    }

    private static Coefficient coef(Result r, String term) {
        return r.coefficient(term).orElseThrow(() -> new AssertionError("no term " + term));
    }

    private static void checkModel(String model, String spatialName, String term) throws IOException {
        JsonObject ref = Columbus.expected().getAsJsonObject(model);
        Result r = run("model", model);
        JsonObject cf = ref.getAsJsonObject("coefficients");
        JsonObject se = ref.getAsJsonObject("std_errors");
        for (String k : cf.keySet()) {
            String ours = k.startsWith("lag.") ? "W*" + k.substring(4) : k;
            rel(cf.get(k).getAsDouble(), coef(r, ours).estimate(), 1e-6, model + " " + k);
            rel(se.get(k).getAsDouble(), coef(r, ours).stdError(), 1e-6, model + " se " + k);
        }
        rel(ref.get(spatialName).getAsDouble(), coef(r, term).estimate(), 1e-6, model + " " + term);
        rel(ref.get(spatialName + "_se").getAsDouble(), coef(r, term).stdError(), 1e-6, model + " se " + term);
        rel(ref.get("sigma2").getAsDouble(), r.number("sigma2"), 1e-6, model + " sigma2");
        assertEquals(ref.get("log_likelihood").getAsDouble(), r.number("log_likelihood"), 1e-8, model + " LL");
        assertEquals(ref.get("AIC").getAsDouble(), r.number("aic"), 1e-8, model + " AIC");
        assertEquals(ref.get("df_loglik").getAsDouble(), r.number("df_loglik"), 0.0);
        // the score-root reference is tighter than spatialreg's optimiser
        JsonObject own = Columbus.expected().getAsJsonObject("own_refined_ml_score_root").getAsJsonObject(model);
        System.out.printf(java.util.Locale.ROOT, "SpatialPanelColumbusTest %s: |%s - score root| = %.2e,"
                + " |%s - spatialreg| = %.2e%n", model, term, Math.abs(own.get("spatial").getAsDouble()
                        - coef(r, term).estimate()), term, Math.abs(ref.get(spatialName).getAsDouble()
                                - coef(r, term).estimate()));
        assertEquals(own.get("spatial").getAsDouble(), coef(r, term).estimate(), SCORE_ROOT_ABS, model + " own " + term);
        rel(own.get("spatial_se").getAsDouble(), coef(r, term).stdError(), 1e-8, model + " own se " + term);
        rel(own.get("sigma2").getAsDouble(), r.number("sigma2"), SCORE_ROOT_REL, model + " own sigma2");
        JsonObject ocf = own.getAsJsonObject("coefficients");
        JsonObject ose = own.getAsJsonObject("std_errors");
        for (String k : ocf.keySet()) {
            String ours = k.startsWith("lag.") ? "W*" + k.substring(4) : k;
            rel(ocf.get(k).getAsDouble(), coef(r, ours).estimate(), SCORE_ROOT_REL, model + " own " + k);
            rel(ose.get(k).getAsDouble(), coef(r, ours).stdError(), 1e-8, model + " own se " + k);
        }
    }

    @Test
    void sarMatchesSpatialreg() throws IOException {
        checkModel("sar", "rho", "rho");
    }

    @Test
    void semMatchesSpatialreg() throws IOException {
        checkModel("sem", "lambda", "lambda");
    }

    @Test
    void sdmMatchesSpatialreg() throws IOException {
        checkModel("sdm", "rho", "rho");
    }

    /**
     * SAC against spatialreg's sacsarlm (resources/columbus/sac_reference.R): its optimiser (nlminb) pins ρ and λ
     * only to ~5e-8, so ρ, λ abs 1e-6 and β, SE, σ² rel 1e-6; the log-likelihood abs 1e-8.
     */
    @Test
    void sacMatchesSpatialreg() throws IOException {
        JsonObject ref;
        try (java.io.InputStreamReader in = new java.io.InputStreamReader(Columbus.open("columbus/sac_expected.json"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            ref = com.google.gson.JsonParser.parseReader(in).getAsJsonObject().getAsJsonObject("sac");
        }
        Result r = run("model", "sac", "draws", "0");
        JsonObject cf = ref.getAsJsonObject("coefficients");
        JsonObject se = ref.getAsJsonObject("std_errors");
        for (String k : cf.keySet()) {
            double e = cf.get(k).getAsDouble();
            assertEquals(e, coef(r, k).estimate(), k.equals("rho") || k.equals("lambda") ? 1e-6 : 1e-6 * Math.abs(e), k);
            rel(se.get(k).getAsDouble(), coef(r, k).stdError(), 1e-6, "se " + k);
        }
        rel(ref.get("sigma2").getAsDouble(), r.number("sigma2"), 1e-6, "sigma2");
        assertEquals(ref.get("log_likelihood").getAsDouble(), r.number("log_likelihood"), 1e-8);
    }

    /**
     * SAC against the same model pinned by its analytic score (resources/columbus/sac_score_root.R: Newton on both
     * partial derivatives of the concentrated likelihood from sacsarlm's answer, |score| &lt; 1e-13): ρ, λ abs 1e-9,
     * β and σ² rel 1e-9, log-likelihood abs 1e-9. sacsarlm itself is 1.9e-8 (ρ) and 4.4e-8 (λ) away.
     */
    @Test
    void sacMatchesItsScoreRoot() throws IOException {
        JsonObject ref;
        try (java.io.InputStreamReader in = new java.io.InputStreamReader(
                Columbus.open("columbus/sac_score_root.json"), java.nio.charset.StandardCharsets.UTF_8)) {
            ref = com.google.gson.JsonParser.parseReader(in).getAsJsonObject().getAsJsonObject("sac");
        }
        Result r = run("model", "sac", "draws", "0");
        System.out.printf(java.util.Locale.ROOT, "SpatialPanelColumbusTest sac: |rho - score root| = %.2e,"
                + " |lambda - score root| = %.2e%n", Math.abs(ref.get("rho").getAsDouble() - coef(r, "rho").estimate()),
                Math.abs(ref.get("lambda").getAsDouble() - coef(r, "lambda").estimate()));
        assertEquals(ref.get("rho").getAsDouble(), coef(r, "rho").estimate(), SCORE_ROOT_ABS, "rho");
        assertEquals(ref.get("lambda").getAsDouble(), coef(r, "lambda").estimate(), SCORE_ROOT_ABS, "lambda");
        String[] terms = {"(Intercept)", "INC", "HOVAL"};
        for (int j = 0; j < terms.length; j++) {
            rel(ref.getAsJsonArray("beta").get(j).getAsDouble(), coef(r, terms[j]).estimate(), SCORE_ROOT_REL,
                    terms[j]);
        }
        rel(ref.get("sigma2").getAsDouble(), r.number("sigma2"), SCORE_ROOT_REL, "sigma2");
        assertEquals(ref.get("log_likelihood").getAsDouble(), r.number("log_likelihood"), 1e-9, "LL");
    }

    static double effect(ResultTable t, String term, String kind, String column) {
        int c = t.columnIndex(column);
        for (List<Object> row : t.rows()) {
            if (row.get(0).equals(term) && row.get(1).equals(kind)) {
                return ((Number) row.get(c)).doubleValue();
            }
        }
        throw new AssertionError("no effect " + term + " " + kind);
    }

    @Test
    void exactImpactsAndSimulatedStandardErrors() throws IOException {
        JsonObject imp = Columbus.expected().getAsJsonObject("impacts");
        JsonObject own = Columbus.expected().getAsJsonObject("own_refined_ml_score_root");
        for (String model : new String[] {"sar", "sdm"}) {
            ResultTable t = run("model", model, "draws", "20000").tables().get("effects");
            JsonObject exact = imp.getAsJsonObject(model + "_exact");
            JsonObject ownImp = own.getAsJsonObject(model + "_impacts");
            JsonObject sim = imp.getAsJsonObject(model + "_simulated_se_APPROXIMATE");
            for (String kind : new String[] {"direct", "indirect", "total"}) {
                for (String term : new String[] {"INC", "HOVAL"}) {
                    double ours = effect(t, term, kind, "estimate");
                    rel(exact.getAsJsonObject(kind).get(term).getAsDouble(), ours, 1e-7, model + " " + kind + " " + term);
                    rel(ownImp.getAsJsonObject(kind).get(term).getAsDouble(), ours, 1e-9, model + " own " + kind + " " + term);
                    double se = effect(t, term, kind, "std_error");
                    rel(sim.getAsJsonObject("se_" + kind).get(term).getAsDouble(), se, 0.15, model + " sim se " + kind + " " + term);
                    double lo = effect(t, term, kind, "conf_low");
                    double hi = effect(t, term, kind, "conf_high");
                    assertTrue(lo < ours && ours < hi, model + " interval " + kind + " " + term);
                    assertEquals(ours / se, effect(t, term, kind, "statistic"), 1e-12);
                }
            }
        }
    }

    @Test
    void likelihoodRatioTestsMatchSpatialreg() throws IOException {
        JsonObject lr = Columbus.expected().getAsJsonObject("lr_tests");
        Result r = run("model", "sdm", "draws", "0");
        JsonObject sar = lr.getAsJsonObject("sdm_vs_sar");
        JsonObject sem = lr.getAsJsonObject("sdm_vs_sem_common_factor");
        rel(sar.get("statistic").getAsDouble(), r.test("LR_sdm_vs_sar").orElseThrow().statistic(), 1e-6, "LR sar");
        rel(sar.get("p_value").getAsDouble(), r.test("LR_sdm_vs_sar").orElseThrow().pValue(), 1e-6, "LR sar p");
        assertEquals(2.0, r.test("LR_sdm_vs_sar").orElseThrow().df()[0], 0.0);
        rel(sem.get("statistic").getAsDouble(), r.test("LR_sdm_vs_sem").orElseThrow().statistic(), 1e-6, "LR sem");
        rel(sem.get("p_value").getAsDouble(), r.test("LR_sdm_vs_sem").orElseThrow().pValue(), 1e-6, "LR sem p");
        // Wald tests recomputed from the reported covariance: θ = 0, and θ + ρβ = 0 with a numerical Jacobian
        double[][] v = r.vcov();
        List<String> terms = r.vcovTerms();
        int[] th = {terms.indexOf("W*INC"), terms.indexOf("W*HOVAL")};
        int[] be = {terms.indexOf("INC"), terms.indexOf("HOVAL")};
        int rho = terms.indexOf("rho");
        double[] b = new double[terms.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = coef(r, terms.get(j)).estimate();
        }
        double[][] jac0 = new double[2][b.length];
        jac0[0][th[0]] = 1;
        jac0[1][th[1]] = 1;
        rel(quadraticForm(new double[] {b[th[0]], b[th[1]]}, jac0, v),
                r.test("Wald_sdm_vs_sar").orElseThrow().statistic(), 1e-10, "Wald sar");
        java.util.function.Function<double[], double[]> g = x -> new double[] {x[th[0]] + x[rho] * x[be[0]],
                x[th[1]] + x[rho] * x[be[1]]};
        double[][] jac = new double[2][b.length];
        for (int j = 0; j < b.length; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(b[j]));
            double[] up = b.clone();
            double[] dn = b.clone();
            up[j] += h;
            dn[j] -= h;
            for (int q = 0; q < 2; q++) {
                jac[q][j] = (g.apply(up)[q] - g.apply(dn)[q]) / (2 * h);
            }
        }
        rel(quadraticForm(g.apply(b), jac, v), r.test("Wald_sdm_vs_sem").orElseThrow().statistic(), 1e-7, "Wald sem");
    }

    /** g'(J V J')⁻¹g by commons-math. */
    private static double quadraticForm(double[] g, double[][] jac, double[][] v) {
        org.apache.commons.math3.linear.RealMatrix j = new org.apache.commons.math3.linear.Array2DRowRealMatrix(jac);
        org.apache.commons.math3.linear.RealMatrix m = j.multiply(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(v)).multiply(j.transpose());
        double[] sol = new org.apache.commons.math3.linear.LUDecomposition(m).getSolver()
                .solve(new org.apache.commons.math3.linear.ArrayRealVector(g)).toArray();
        double w = 0;
        for (int q = 0; q < g.length; q++) {
            w += g[q] * sol[q];
        }
        return w;
    }
}
