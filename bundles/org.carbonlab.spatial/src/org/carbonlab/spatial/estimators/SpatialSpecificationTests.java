package org.carbonlab.spatial.estimators;

import java.util.Map;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Effect;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Fit;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Kind;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Spec;

/**
 * The specification tests of a spatial panel fit: SDM against SAR (θ = 0) and against SEM (the common factor
 * θ = −ρβ) by LR (the restricted models refitted on the same data, effects and convention) and Wald (the common
 * factor by the delta method); two-way effects against one-way effects by LR (direct-approach likelihoods, which
 * share the NT observations).
 */
final class SpatialSpecificationTests {
    private SpatialSpecificationTests() {
    }

    static void durbin(SpatialPanelModel model, Fit sdm, Spec spec, Map<String, TestResult> out) {
        int q = spec.durbin().length;
        Fit sar = model.likelihood(new Spec(Kind.SAR, spec.effect(), spec.leeYu(), spec.biasCorrection(), new int[0]));
        Fit sem = model.likelihood(new Spec(Kind.SEM, spec.effect(), spec.leeYu(), spec.biasCorrection(), new int[0]));
        double lrSar = 2 * (sdm.logLik() - sar.logLik());
        double lrSem = 2 * (sdm.logLik() - sem.logLik());
        out.put("LR_sdm_vs_sar", TestResult.chi2("LR_sdm_vs_sar", lrSar, q, Distributions.chiSquaredUpperP(lrSar, q)));
        double[] b = sdm.coefficients();
        double[][] v = sdm.vcov();
        int nx = b.length - 1 - q;
        int rho = sdm.rhoIndex();
        // Wald θ = 0
        double[] g = new double[q];
        double[][] jac = new double[q][b.length];
        for (int a = 0; a < q; a++) {
            g[a] = b[nx + a];
            jac[a][nx + a] = 1.0;
        }
        double wSar = wald(g, jac, v);
        out.put("Wald_sdm_vs_sar", TestResult.chi2("Wald_sdm_vs_sar", wSar, q, Distributions.chiSquaredUpperP(wSar, q)));
        out.put("LR_sdm_vs_sem", TestResult.chi2("LR_sdm_vs_sem", lrSem, q, Distributions.chiSquaredUpperP(lrSem, q)));
        // Wald θ + ρβ = 0, Jacobian by the delta method
        for (int a = 0; a < q; a++) {
            int j = spec.durbin()[a];
            g[a] = b[nx + a] + b[rho] * b[j];
            jac[a] = new double[b.length];
            jac[a][nx + a] = 1.0;
            jac[a][j] = b[rho];
            jac[a][rho] = b[j];
        }
        double wSem = wald(g, jac, v);
        out.put("Wald_sdm_vs_sem", TestResult.chi2("Wald_sdm_vs_sem", wSem, q, Distributions.chiSquaredUpperP(wSem, q)));
    }

    static void twoWays(SpatialPanelModel model, Fit fit, Spec spec, int nObs, Map<String, TestResult> out) {
        Spec direct = new Spec(spec.kind(), Effect.TWOWAYS, false, false, spec.durbin());
        double llTw = spec.leeYu() || spec.biasCorrection() ? model.likelihood(direct).logLik() : fit.logLik();
        int n = model.weights().n();
        int periods = nObs / n;
        Fit ind = model.likelihood(new Spec(spec.kind(), Effect.INDIVIDUAL, false, false, spec.durbin()));
        Fit time = model.likelihood(new Spec(spec.kind(), Effect.TIME, false, false, spec.durbin()));
        double lrInd = 2 * (llTw - ind.logLik());
        double lrTime = 2 * (llTw - time.logLik());
        out.put("LR_twoways_vs_individual", TestResult.chi2("LR_twoways_vs_individual", lrInd, periods - 1,
                Distributions.chiSquaredUpperP(lrInd, periods - 1)));
        out.put("LR_twoways_vs_time", TestResult.chi2("LR_twoways_vs_time", lrTime, n - 1,
                Distributions.chiSquaredUpperP(lrTime, n - 1)));
    }

    /** g'(J V J')⁻¹g over the coefficient block of V (σ² is its last row and column). */
    static double wald(double[] g, double[][] jac, double[][] v) {
        int q = g.length;
        int p = jac[0].length;
        double[][] m = new double[q][q];
        for (int a = 0; a < q; a++) {
            for (int c = 0; c < q; c++) {
                double s = 0;
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        s += jac[a][i] * v[i][j] * jac[c][j];
                    }
                }
                m[a][c] = s;
            }
        }
        double[] sol = new LUDecomposition(new Array2DRowRealMatrix(m)).getSolver()
                .solve(new org.apache.commons.math3.linear.ArrayRealVector(g)).toArray();
        double w = 0;
        for (int a = 0; a < q; a++) {
            w += g[a] * sol[a];
        }
        return w;
    }
}
