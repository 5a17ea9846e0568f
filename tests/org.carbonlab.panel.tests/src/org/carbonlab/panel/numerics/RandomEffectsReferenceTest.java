package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.DropReason;
import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;

/**
 * Random effects (Swamy–Arora), the LM tests and both Hausman tests against plm 2.6-2:
 * <ul>
 * <li>the blocks random_effects, tests.hausman, tests.bp_lm_random_effects and tests.honda_lm of the shared
 * reference resources/grunfeld/expected.json (every number of those blocks);</li>
 * <li>resources/grunfeld_unbalanced/expected_re.json, written by script_re.R in that folder, for the balanced and
 * the unbalanced Grunfeld panel: coefficients, SEs, covariance, variance components, θ per firm, R² variants,
 * cluster-robust SEs (plm HC0 and the Stata factor), BP/Honda, phtest, and the regression-based test (an explicit
 * lm on quasi-demeaned data in R; for the balanced panel also plm's phtest(method="aux")).</li>
 * </ul>
 * Tolerance relative 1e-9 (p-values below 1e-30: 1e-6), see {@link Checker}.
 */
class RandomEffectsReferenceTest {

    private static final String[] ALL = {"(Intercept)", "value", "capital"};
    private static final String[] MUNDLAK = {"(Intercept)", "value", "capital", "mean(value)", "mean(capital)"};

    private static ReferenceData.Grunfeld balanced;
    private static ReferenceData.Grunfeld unbalanced;
    private static JsonObject shared;
    private static JsonObject own;

    @BeforeAll
    static void load() throws IOException {
        balanced = ReferenceData.grunfeld();
        unbalanced = new ReferenceData.Grunfeld(ReferenceData.csv("grunfeld_unbalanced/data.csv"));
        shared = ReferenceData.grunfeldExpected();
        own = ReferenceData.json("grunfeld_unbalanced/expected_re.json");
    }

    private static RandomEffectsResult fit(ReferenceData.Grunfeld d) {
        return RandomEffects.fit(d.inv, d.xWithIntercept(), d.firm);
    }

    @Test
    void sharedGrunfeldReference() {
        Checker c = new Checker(shared);
        RandomEffectsResult r = fit(balanced);
        assertTrue(r.balanced());
        assertEquals(0, r.interceptColumn());
        String b = "random_effects";
        c.exact(b + ".n_obs", r.nObs());
        c.exact(b + ".n_groups", r.nEntities());
        c.exact(b + ".df_resid", r.dfResid());
        CoefficientTable t = r.classical();
        c.named(b + ".coef", ALL, r.coefficients(), false);
        c.named(b + ".se", ALL, t.standardErrors(), false);
        c.named(b + ".z", ALL, t.tStatistics(), false);
        c.named(b + ".p_normal", ALL, t.pValues(), true);
        double[] pt = new double[3];
        for (int j = 0; j < 3; j++) {
            pt[j] = Distributions.tTwoSidedP(t.tStatistics()[j], r.dfResid());
        }
        c.named(b + ".p_t_df_resid", ALL, pt, true);
        c.close(b + ".sigma2_idios", r.sigma2Idiosyncratic());
        c.close(b + ".sigma2_id", r.sigma2Individual());
        c.close(b + ".sigma_e", r.sigmaE());
        c.close(b + ".sigma_u", r.sigmaU());
        c.close(b + ".rho", r.rho());
        c.close(b + ".theta", r.theta()[0]);
        c.close(b + ".r2_plm_cor", r.r2());
        c.close(b + ".r2_rss_transformed", r.r2Rss());
        c.close(b + ".ssr_transformed", r.ssr());
        c.close(b + ".wald_chisq", RandomEffectsResult.waldChi2(t));
        c.exact(b + ".wald_df", t.waldDf1());
        c.p(b + ".wald_p", t.waldP());
        c.matrix(b + ".vcov", ALL, t.vcov());
        assertEquals(Double.POSITIVE_INFINITY, t.pValueDf());

        Hausman.Contrast h = Hausman.classical(r);
        c.close("tests.hausman.chisq", h.statistic());
        c.exact("tests.hausman.df", h.df());
        c.p("tests.hausman.p", h.pValue());
        assertTrue(h.positiveDefinite());
        assertFalse(h.singular());

        c.close("tests.bp_lm_random_effects.chisq", r.breuschPaganStatistic());
        c.exact("tests.bp_lm_random_effects.df", 1);
        c.p("tests.bp_lm_random_effects.p", r.breuschPaganP());
        c.p("tests.bp_lm_random_effects.p_chibar2_half", r.breuschPaganChibar2P());
        c.close("tests.honda_lm.z", r.hondaStatistic());
        c.p("tests.honda_lm.p_one_sided", r.hondaP());

        c.requireCoverage(b, "tests.hausman", "tests.bp_lm_random_effects", "tests.honda_lm");
        c.assertOk("random_effects (shared grunfeld)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"balanced", "unbalanced"})
    void ownPlmReference(String which) {
        ReferenceData.Grunfeld d = which.equals("balanced") ? balanced : unbalanced;
        Checker c = new Checker(own);
        RandomEffectsResult r = fit(d);
        assertEquals(which.equals("balanced"), r.balanced());
        c.exact(which + ".n_obs", r.nObs());
        c.exact(which + ".n_groups", r.nEntities());
        String b = which + ".re";
        CoefficientTable t = r.classical();
        c.named(b + ".coef", ALL, r.coefficients(), false);
        c.named(b + ".se", ALL, t.standardErrors(), false);
        c.named(b + ".z", ALL, t.tStatistics(), false);
        c.named(b + ".p", ALL, t.pValues(), true);
        c.matrix(b + ".vcov", ALL, t.vcov());
        c.close(b + ".sigma2_idios", r.sigma2Idiosyncratic());
        c.close(b + ".sigma2_id", r.sigma2Individual());
        double[] theta = r.theta();
        String[] firms = new String[10];
        double[] th = new double[10];
        for (int f = 0; f < 10; f++) {
            firms[f] = Integer.toString(f + 1);
            th[f] = theta[f];
        }
        c.named(b + ".theta", firms, th, false);
        c.close(b + ".r2_cor", r.r2());
        c.close(b + ".r2_rss", r.r2Rss());
        c.close(b + ".ssr", r.ssr());
        c.exact(b + ".df_resid", r.dfResid());
        c.close(b + ".wald_chisq", RandomEffectsResult.waldChi2(t));
        c.p(b + ".wald_p", t.waldP());
        c.close(b + ".r2_within_stata", r.r2Within());
        c.close(b + ".r2_between_stata", r.r2Between());
        c.close(b + ".r2_overall_stata", r.r2Overall());

        CoefficientTable hc0 = r.cluster(d.firm, ClusterCorrection.NONE);
        c.named(which + ".re_cluster_hc0.se", ALL, hc0.standardErrors(), false);
        c.close(which + ".re_cluster_hc0.wald_chisq", RandomEffectsResult.waldChi2(hc0));
        CoefficientTable st = r.cluster(d.firm, ClusterCorrection.STATA);
        c.named(which + ".re_cluster_stata.se", ALL, st.standardErrors(), false);
        c.close(which + ".re_cluster_stata.wald_chisq", RandomEffectsResult.waldChi2(st));
        assertEquals(3, st.smallSampleK());
        assertEquals(Double.POSITIVE_INFINITY, st.pValueDf());

        c.close(which + ".bp.chisq", r.breuschPaganStatistic());
        c.p(which + ".bp.p", r.breuschPaganP());
        c.close(which + ".honda.z", r.hondaStatistic());
        c.p(which + ".honda.p", r.hondaP());

        Hausman.Contrast h = Hausman.classical(r);
        c.close(which + ".hausman.chisq", h.statistic());
        c.exact(which + ".hausman.df", h.df());
        c.p(which + ".hausman.p", h.pValue());

        Hausman.Auxiliary a0 = Hausman.regression(r);
        c.named(which + ".mundlak.coef", MUNDLAK, a0.table().coefficients(), false);
        c.close(which + ".mundlak.classical.chisq", a0.statistic());
        c.p(which + ".mundlak.classical.p", a0.pValue());
        Hausman.Auxiliary a1 = Hausman.regression(r, d.firm, ClusterCorrection.NONE);
        c.close(which + ".mundlak.cluster_hc0.chisq", a1.statistic());
        c.p(which + ".mundlak.cluster_hc0.p", a1.pValue());
        Hausman.Auxiliary a2 = Hausman.regression(r, d.firm, ClusterCorrection.STATA);
        c.close(which + ".mundlak.cluster_stata.chisq", a2.statistic());
        c.p(which + ".mundlak.cluster_stata.p", a2.pValue());
        assertEquals(2, a2.df());
        assertEquals(0, a2.droppedMeans());
        if (which.equals("balanced")) {
            c.close(which + ".plm_aux.classical", a0.statistic());
            c.close(which + ".plm_aux.cluster_hc0", a1.statistic());
        }
        c.requireCoverage(which);
        c.assertOk("random_effects (" + which + ", own plm reference)");
    }

    /** The Mundlak regression reproduces the within slopes exactly (balanced or not). */
    @ParameterizedTest
    @ValueSource(strings = {"balanced", "unbalanced"})
    void mundlakSlopesEqualWithinSlopes(String which) {
        RandomEffectsResult r = fit(which.equals("balanced") ? balanced : unbalanced);
        double[] fe = r.within().coefficients();
        double[] aux = Hausman.regression(r).table().coefficients();
        for (int j = 1; j < 3; j++) {
            assertEquals(fe[j], aux[j], 1e-11 * Math.abs(fe[j]), "slope " + j);
        }
    }

    /**
     * The regression-based test rebuilt explicitly: quasi-demeaned data from θ_i, OLS with {@link PooledOls}, the
     * cluster sandwich with the Stata factor, and the Wald statistic b_m' V_mm^{-1} b_m of the mean columns.
     */
    @Test
    void regressionTestEqualsExplicitComputation() {
        ReferenceData.Grunfeld d = unbalanced;
        RandomEffectsResult r = fit(d);
        int n = d.n;
        double[] theta = r.theta();
        double[] sumY = new double[10];
        double[][] sumX = new double[10][2];
        int[] cnt = new int[10];
        for (int i = 0; i < n; i++) {
            int f = d.firm[i];
            cnt[f]++;
            sumY[f] += d.inv[i];
            sumX[f][0] += d.value[i];
            sumX[f][1] += d.capital[i];
        }
        double[] ys = new double[n];
        double[][] z = new double[n][5];
        for (int i = 0; i < n; i++) {
            int f = d.firm[i];
            double th = theta[f];
            double mv = sumX[f][0] / cnt[f];
            double mc = sumX[f][1] / cnt[f];
            ys[i] = d.inv[i] - th * sumY[f] / cnt[f];
            z[i] = new double[] {1 - th, d.value[i] - th * mv, d.capital[i] - th * mc, (1 - th) * mv, (1 - th) * mc};
        }
        PooledOlsResult ols = PooledOls.fit(ys, z, FitOptions.defaults().withoutIntercept());
        double factor = ClusterCorrection.stataFactor(10, n, 5);
        CoefficientTable cl = ols.cluster(d.firm, factor, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        double[][] v = cl.vcov();
        double[] b = cl.coefficients();
        double[][] vm = {{v[3][3], v[3][4]}, {v[4][3], v[4][4]}};
        double expected = LinAlg.quadFormInverse(vm, new double[] {b[3], b[4]});
        Hausman.Auxiliary a = Hausman.regression(r, d.firm, ClusterCorrection.STATA);
        assertEquals(expected, a.statistic(), 1e-10 * expected);
        assertArrayEquals(b, a.table().coefficients(), 1e-9);
        assertEquals(factor, a.table().smallSampleFactor(), 1e-15);
    }

    /** Between identity: for a balanced panel N − Σ T_i h_i = T (G − r_B). */
    @Test
    void balancedBetweenDenominator() {
        RandomEffectsResult r = fit(balanced);
        assertEquals(20.0 * (10 - 3), balanced.n - r.betweenTrace(), 1e-9);
        assertEquals(7, r.dfBetween());
    }

    /**
     * If the entity means of the errors carry less variation than σ²_e/T_i implies, the Swamy–Arora σ²_u is
     * negative: it is set to 0, θ = 0 and the GLS estimates are pooled OLS.
     */
    @Test
    void negativeIndividualVarianceIsTruncated() {
        int g = 8;
        int t = 6;
        int n = g * t;
        double[] y = new double[n];
        double[][] x = new double[n][];
        int[] ent = new int[n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = rnd.nextDouble() - 0.5;
        }
        // remove the entity means of the errors: no between variation beyond the regressors
        for (int a = 0; a < g; a++) {
            double m = 0;
            for (int s = 0; s < t; s++) {
                m += e[a * t + s];
            }
            for (int s = 0; s < t; s++) {
                e[a * t + s] -= m / t;
            }
        }
        for (int i = 0; i < n; i++) {
            ent[i] = i / t;
            double xi = rnd.nextDouble() * 10;
            x[i] = new double[] {1.0, xi};
            y[i] = 2.0 + 0.5 * xi + e[i];
        }
        RandomEffectsResult r = RandomEffects.fit(y, x, ent);
        assertTrue(r.sigma2IndividualUntruncated() < 0, "raw sigma2_u " + r.sigma2IndividualUntruncated());
        assertTrue(r.sigma2IndividualTruncated());
        assertEquals(0.0, r.sigma2Individual());
        assertEquals(0.0, r.theta()[0]);
        assertEquals(0.0, r.rho());
        double[] pooled = PooledOls.fit(y, x).coefficients();
        assertArrayEquals(pooled, r.coefficients(), 1e-12);
        assertEquals(1.0, r.breuschPaganChibar2P());
        assertTrue(r.hondaStatistic() < 0);
    }

    @Test
    void timeInvariantRegressorIsEstimatedButNotCompared() {
        ReferenceData.Grunfeld d = balanced;
        double[][] x = new double[d.n][];
        for (int i = 0; i < d.n; i++) {
            x[i] = new double[] {1.0, d.value[i], d.capital[i], d.firm[i] % 3 == 0 ? 1.0 : 0.0};
        }
        RandomEffectsResult r = RandomEffects.fit(d.inv, x, d.firm);
        assertEquals(4, r.rank());
        assertEquals(2, r.within().rank());
        assertEquals(DropReason.ABSORBED_BY_EFFECTS, r.within().dropReasons()[3]);
        Hausman.Contrast h = Hausman.classical(r);
        assertArrayEquals(new int[] {1, 2}, h.columns());
        assertEquals(2, Hausman.regression(r).df());
    }

    /** A time-invariant regressor on the unbalanced panel, against plm (block unbalanced_time_invariant). */
    @Test
    void timeInvariantRegressorMatchesPlm() {
        ReferenceData.Grunfeld d = unbalanced;
        double[][] x = new double[d.n][];
        for (int i = 0; i < d.n; i++) {
            x[i] = new double[] {1.0, d.value[i], d.capital[i], d.firm[i] <= 3 ? 1.0 : 0.0};
        }
        RandomEffectsResult r = RandomEffects.fit(d.inv, x, d.firm);
        Checker c = new Checker(own);
        String b = "unbalanced_time_invariant";
        String[] terms = {"(Intercept)", "value", "capital", "big"};
        c.named(b + ".coef", terms, r.coefficients(), false);
        c.named(b + ".se", terms, r.classical().standardErrors(), false);
        c.close(b + ".sigma2_idios", r.sigma2Idiosyncratic());
        c.close(b + ".sigma2_id", r.sigma2Individual());
        c.close(b + ".hausman", Hausman.classical(r).statistic());
        c.requireCoverage(b);
        c.assertOk("random_effects (unbalanced, time-invariant regressor)");
    }

    @Test
    void unidentifiedComponentsAreReported() {
        // one observation per entity: no within degrees of freedom
        double[] y = {1, 2, 3, 4, 5, 7};
        double[][] x = {{1, 1}, {1, 3}, {1, 2}, {1, 5}, {1, 4}, {1, 6}};
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class,
                () -> RandomEffects.fit(y, x, new int[] {0, 1, 2, 3, 4, 5}));
        assertTrue(e1.getMessage().contains("idiosyncratic"), e1.getMessage());
        // two entities for two coefficients: the between regression has no residual degrees of freedom
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> RandomEffects.fit(y, x, new int[] {0, 0, 0, 1, 1, 1}));
        assertTrue(e2.getMessage().contains("between"), e2.getMessage());
    }
}
