package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.HcType;
import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Reproduces every number of the blocks pooled_ols, vif, fe_oneway, fe_twoway and tests.F_individual_effects of
 * resources/grunfeld/expected.json (plm::Grunfeld, inv ~ value + capital). See NOTES.md of the reference case.
 */
class GrunfeldReferenceTest {

    private static final String[] POOLED = {"(Intercept)", "value", "capital"};
    private static final String[] SLOPES = {"value", "capital"};

    private static ReferenceData.Grunfeld data;
    private static JsonObject expected;

    @BeforeAll
    static void load() throws IOException {
        data = ReferenceData.grunfeld();
        expected = ReferenceData.grunfeldExpected();
        assertEquals(200, data.n);
    }

    @Test
    void pooledOls() {
        Checker c = new Checker(expected);
        PooledOlsResult r = PooledOls.fit(data.inv, data.xWithIntercept());
        assertEquals(0, r.interceptColumn());
        String b = "pooled_ols";
        c.exact(b + ".n_obs", r.nObs());
        c.exact(b + ".n_coef", r.rank());
        c.exact(b + ".df_resid", r.dfResid());
        CoefficientTable t = r.classical();
        c.named(b + ".coef", POOLED, r.coefficients(), false);
        c.named(b + ".se", POOLED, t.standardErrors(), false);
        c.named(b + ".t", POOLED, t.tStatistics(), false);
        c.named(b + ".p", POOLED, t.pValues(), true);
        c.close(b + ".ssr", r.ssr());
        c.close(b + ".sigma2", r.sigma2());
        c.close(b + ".sigma", r.sigma());
        c.close(b + ".r2", r.r2());
        c.close(b + ".adj_r2", r.adjR2());
        c.close(b + ".F", r.fStatistic());
        c.exact(b + ".F_df1", r.fDf1());
        c.exact(b + ".F_df2", r.fDf2());
        c.p(b + ".F_p", r.fPValue());
        // the Wald form of the classical table gives the same overall F
        c.close(b + ".F", t.waldF());
        c.p(b + ".F_p", t.waldP());
        c.matrix(b + ".vcov", POOLED, t.vcov());
        assertEquals(197.0, t.pValueDf());

        CoefficientTable hc1 = r.robust(HcType.HC1);
        c.named(b + ".se_hc1", POOLED, hc1.standardErrors(), false);

        CoefficientTable cl = r.cluster(data.firm, ClusterCorrection.STATA);
        String s = b + ".cluster_firm_stata";
        c.named(s + ".coef", POOLED, cl.coefficients(), false);
        c.named(s + ".se", POOLED, cl.standardErrors(), false);
        c.named(s + ".t", POOLED, cl.tStatistics(), false);
        c.named(s + ".p", POOLED, cl.pValues(), true);
        c.matrix(s + ".vcov", POOLED, cl.vcov());
        assertEquals(9.0, cl.pValueDf());
        assertEquals(3, cl.smallSampleK());
        assertEquals(10, cl.clusters());

        c.requireCoverage(b);
        c.assertOk("pooled_ols");
    }

    @Test
    void vif() {
        Checker c = new Checker(expected);
        PooledOlsResult r = PooledOls.fit(data.inv, data.xWithIntercept());
        double[] vif = r.vif();
        double[] aux = r.vifAuxR2();
        assertEquals(Double.NaN, vif[0]); // intercept
        double[] v = {vif[1], vif[2]};
        double[] a = {aux[1], aux[2]};
        c.named("vif.vif", SLOPES, v, false);
        c.named("vif.vif_car", SLOPES, v, false);
        c.named("vif.aux_r2", SLOPES, a, false);
        // with two regressors R_j^2 = r^2 (r > 0 here)
        c.close("vif.corr_value_capital", Math.sqrt(a[0]));
        double[][] st = PooledOls.vif(data.x());
        c.named("vif.vif", SLOPES, st[0], false);
        c.named("vif.aux_r2", SLOPES, st[1], false);
        c.requireCoverage("vif");
        c.assertOk("vif");
    }

    @Test
    void fixedEffectsOneWay() {
        Checker c = new Checker(expected);
        FixedEffectsResult r = FixedEffects.fit(data.inv, data.x(), data.firm, data.year, PanelEffect.INDIVIDUAL);
        String b = "fe_oneway";
        c.exact(b + ".n_obs", r.nObs());
        c.exact(b + ".n_groups", r.nEntities());
        c.exact(b + ".n_coef", r.rank());
        c.exact(b + ".df_resid", r.dfResid());
        CoefficientTable t = r.classical();
        c.named(b + ".coef", SLOPES, r.coefficients(), false);
        c.named(b + ".se", SLOPES, t.standardErrors(), false);
        c.named(b + ".t", SLOPES, t.tStatistics(), false);
        c.named(b + ".p", SLOPES, t.pValues(), true);
        c.close(b + ".ssr", r.ssr());
        c.close(b + ".tss_within", r.tssWithin());
        c.close(b + ".sigma2", r.sigma2());
        c.close(b + ".sigma", r.sigma());
        c.close(b + ".r2_within", r.r2Within());
        c.close(b + ".r2_within_check", r.r2Within());
        c.close(b + ".adj_r2_within_plm", r.adjR2WithinPlm());
        c.close(b + ".F", r.fStatistic());
        c.close(b + ".F", t.waldF());
        c.exact(b + ".F_df1", r.fDf1());
        c.exact(b + ".F_df2", r.fDf2());
        c.p(b + ".F_p", r.fPValue());
        c.p(b + ".F_p", t.waldP());
        c.matrix(b + ".vcov", SLOPES, t.vcov());
        double[] alpha = r.entityEffects();
        assertEquals(10, alpha.length);
        for (int i = 0; i < 10; i++) {
            c.close(b + ".fixef_level." + (i + 1), alpha[i]);
        }
        c.close(b + ".stata_cons", r.stataCons());
        c.close(b + ".stata_r2_between_corr2", r.stataR2Between());
        c.close(b + ".stata_r2_overall_corr2", r.stataR2Overall());

        // plm HC0 cluster by firm, p from t(df_resid)
        CoefficientTable h0 = r.cluster(data.firm, ClusterCorrection.NONE);
        String s = b + ".cluster_firm_hc0_plm";
        checkTable(c, s, h0, true);
        c.exact(s + ".p_df", (long) h0.pValueDf());
        double[] pn = new double[2];
        for (int j = 0; j < 2; j++) {
            pn[j] = Distributions.normalTwoSidedP(h0.tStatistics()[j]);
        }
        c.named(s + ".p_normal", SLOPES, pn, true);

        // Stata xtreg fe vce(cluster firm)
        CoefficientTable st = r.cluster(data.firm, ClusterCorrection.STATA);
        s = b + ".cluster_firm_stata_xtreg";
        checkTable(c, s, st, true);
        c.close(s + ".factor", st.smallSampleFactor());
        c.exact(s + ".K", st.smallSampleK());
        c.exact(s + ".K", r.stataClusterK(data.firm));
        c.exact(s + ".p_df", (long) st.pValueDf());
        c.close(s + ".F", st.waldF());
        c.exact(s + ".F_df1", st.waldDf1());
        c.exact(s + ".F_df2", (long) st.waldDf2());
        c.p(s + ".F_p", st.waldP());

        // plm "sss": G/(G-1)(N-1)/(N-k), k = number of slopes, p from t(df_resid)
        double sss = ClusterCorrection.stataFactor(r.nEntities(), r.nObs(), r.rank());
        CoefficientTable ps = r.cluster(data.firm, sss, r.dfResid(), r.nEntities() - 1);
        s = b + ".cluster_firm_plm_sss";
        checkTable(c, s, ps, true);
        c.close(s + ".factor", ps.smallSampleFactor());
        c.exact(s + ".K", r.rank());
        c.exact(s + ".p_df", (long) ps.pValueDf());

        c.requireCoverage(b);

        // pFtest(fe, pooled)
        String f = "tests.F_individual_effects";
        c.close(f + ".F", r.effectsF());
        c.exact(f + ".df1", r.effectsDf1());
        c.exact(f + ".df2", r.effectsDf2());
        c.p(f + ".p", r.effectsP());
        c.requireCoverage(f);
        c.assertOk("fe_oneway + tests.F_individual_effects");
    }

    @Test
    void fixedEffectsTwoWays() {
        Checker c = new Checker(expected);
        FixedEffectsResult r = FixedEffects.fit(data.inv, data.x(), data.firm, data.year, PanelEffect.TWOWAYS);
        String b = "fe_twoway";
        c.exact(b + ".n_obs", r.nObs());
        c.exact(b + ".n_groups", r.nEntities());
        c.exact(b + ".n_periods", r.nPeriods());
        c.exact(b + ".n_coef", r.rank());
        c.exact(b + ".df_resid", r.dfResid());
        assertEquals(1, r.connectedComponents());
        assertEquals(29, r.absorbedParameters());
        CoefficientTable t = r.classical();
        c.named(b + ".coef", SLOPES, r.coefficients(), false);
        c.named(b + ".se", SLOPES, t.standardErrors(), false);
        c.named(b + ".t", SLOPES, t.tStatistics(), false);
        c.named(b + ".p", SLOPES, t.pValues(), true);
        c.close(b + ".ssr", r.ssr());
        c.close(b + ".tss_twoway_demeaned", r.tssWithin());
        c.close(b + ".sigma2", r.sigma2());
        c.close(b + ".r2_within", r.r2Within());
        c.close(b + ".adj_r2_within_plm", r.adjR2WithinPlm());
        c.close(b + ".F", r.fStatistic());
        c.close(b + ".F", t.waldF());
        c.exact(b + ".F_df1", r.fDf1());
        c.exact(b + ".F_df2", r.fDf2());
        c.p(b + ".F_p", r.fPValue());
        c.p(b + ".F_p", t.waldP());
        c.matrix(b + ".vcov", SLOPES, t.vcov());

        CoefficientTable h0 = r.cluster(data.firm, ClusterCorrection.NONE);
        String s = b + ".cluster_firm_hc0_plm";
        checkTable(c, s, h0, false);
        c.exact(s + ".p_df", (long) h0.pValueDf());

        CoefficientTable st = r.cluster(data.firm, ClusterCorrection.STATA);
        s = b + ".cluster_firm_stata_xtreg";
        checkTable(c, s, st, false);
        c.close(s + ".factor", st.smallSampleFactor());
        c.exact(s + ".K", st.smallSampleK());
        c.exact(s + ".p_df", (long) st.pValueDf());

        String f = b + ".pFtest_twoways_vs_pooled";
        c.close(f + ".F", r.effectsF());
        c.exact(f + ".df1", r.effectsDf1());
        c.exact(f + ".df2", r.effectsDf2());
        c.p(f + ".p", r.effectsP());

        c.requireCoverage(b);
        c.assertOk("fe_twoway");

        // normalization of the two-way effects: first period is the base
        double[] gamma = r.periodEffects();
        assertEquals(0.0, gamma[0]);
        assertEquals(20, gamma.length);
    }

    private static void checkTable(Checker c, String s, CoefficientTable t, boolean withVcov) {
        c.named(s + ".coef", SLOPES, t.coefficients(), false);
        c.named(s + ".se", SLOPES, t.standardErrors(), false);
        c.named(s + ".t", SLOPES, t.tStatistics(), false);
        c.named(s + ".p", SLOPES, t.pValues(), true);
        if (withVcov) {
            c.matrix(s + ".vcov", SLOPES, t.vcov());
        }
    }
}
