package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.HcType;
import org.carbonlab.core.inference.DropReason;
import java.io.IOException;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** Column dropping (Stata order), degenerate designs, covariance variants and input validation. */
class CollinearityAndEdgeCaseTest {

    private static ReferenceData.Grunfeld g;
    private static JsonObject expected;

    @BeforeAll
    static void load() throws IOException {
        g = ReferenceData.grunfeld();
        expected = ReferenceData.grunfeldExpected();
    }

    private static double ref(String path) {
        return new Checker(expected).expected(path);
    }

    private static void rel(String what, double exp, double act, double tol) {
        double err = exp == act ? 0 : Math.abs(act - exp) / Math.abs(exp);
        assertTrue(err <= tol, what + ": expected " + exp + " got " + act + " rel " + err);
    }

    @Test
    void fixedEffectsDropsAbsorbedZeroAndCollinearColumnsInStataOrder() {
        double[][] x = new double[g.n][];
        for (int i = 0; i < g.n; i++) {
            double v = g.value[i];
            double c = g.capital[i];
            x[i] = new double[] {v, 3.5 * v - 2 * c, 1000 + 17.0 * g.firm[i], c, 0.0, 2 * c};
        }
        FixedEffectsResult r = FixedEffects.fit(g.inv, x, g.firm, g.year, PanelEffect.INDIVIDUAL);
        DropReason[] why = r.dropReasons();
        assertArrayEquals(new DropReason[] {null, null, DropReason.ABSORBED_BY_EFFECTS, DropReason.COLLINEAR,
            DropReason.ALL_ZERO, DropReason.COLLINEAR}, why);
        assertArrayEquals(new int[] {0, 1}, r.keptColumns());
        assertArrayEquals(new int[] {2, 3, 4, 5}, r.droppedColumns());
        assertEquals(188, r.dfResid());
        // same fit as value + capital, re-parameterized: b_value' = b_value - 3.5/(-2)... check via SSR and F
        rel("ssr", ref("fe_oneway.ssr"), r.ssr(), 1e-9);
        rel("F", ref("fe_oneway.F"), r.fStatistic(), 1e-9);
        double[] b = r.coefficients();
        // capital = (3.5 value - col1)/2 -> b_col1 = -b_capital/2, b_value = b_v + 3.5 b_capital/2
        rel("b col1", -ref("fe_oneway.coef.capital") / 2, b[1], 1e-9);
        rel("b value", ref("fe_oneway.coef.value") + 1.75 * ref("fe_oneway.coef.capital"), b[0], 1e-9);
        for (int j = 2; j < 6; j++) {
            assertTrue(Double.isNaN(b[j]));
            assertTrue(Double.isNaN(r.classical().standardErrors()[j]));
            assertTrue(Double.isNaN(r.classical().vcov()[0][j]));
        }
        // effects F test: the time-invariant column stays in the pooled model, so df1 = (N-4) - 188
        assertEquals(200 - 4 - 188, r.effectsDf1());
    }

    @Test
    void twoWaysDropsColumnsInTheSpanOfEntityAndPeriodDummies() {
        double[][] x = new double[g.n][];
        for (int i = 0; i < g.n; i++) {
            double trend = 1935 + g.year[i];
            double additive = 5.0 * g.firm[i] + Math.sqrt(g.year[i] + 1.0);
            x[i] = new double[] {trend, g.value[i], additive, g.capital[i]};
        }
        FixedEffectsResult r = FixedEffects.fit(g.inv, x, g.firm, g.year, PanelEffect.TWOWAYS);
        assertArrayEquals(new DropReason[] {DropReason.ABSORBED_BY_EFFECTS, null, DropReason.ABSORBED_BY_EFFECTS,
            null}, r.dropReasons());
        rel("b value", ref("fe_twoway.coef.value"), r.coefficients()[1], 1e-9);
        rel("b capital", ref("fe_twoway.coef.capital"), r.coefficients()[3], 1e-9);
        rel("se capital", ref("fe_twoway.se.capital"), r.classical().standardErrors()[3], 1e-9);
        assertEquals(169, r.dfResid());
    }

    @Test
    void pooledDropsLaterCollinearColumns() {
        double[][] x = new double[g.n][];
        for (int i = 0; i < g.n; i++) {
            x[i] = new double[] {1.0, g.value[i], g.capital[i], g.value[i] - g.capital[i], 1.0};
        }
        PooledOlsResult r = PooledOls.fit(g.inv, x);
        assertArrayEquals(new int[] {0, 1, 2}, r.keptColumns());
        assertArrayEquals(new DropReason[] {null, null, null, DropReason.COLLINEAR, DropReason.COLLINEAR},
            r.dropReasons());
        rel("intercept", ref("pooled_ols.coef.(Intercept)"), r.coefficients()[0], 1e-9);
        rel("se value", ref("pooled_ols.se.value"), r.classical().standardErrors()[1], 1e-9);
        rel("F", ref("pooled_ols.F"), r.fStatistic(), 1e-9);
        assertEquals(197, r.dfResid());
        double[] vif = r.vif();
        rel("vif", ref("vif.vif.value"), vif[1], 1e-9);
        assertTrue(Double.isNaN(vif[3]) && Double.isNaN(vif[4]) && Double.isNaN(vif[0]));
    }

    @Test
    void interceptAfterFullDummySetIsDroppedButRSquaredStaysCentred() {
        double[][] x = new double[g.n][];
        for (int i = 0; i < g.n; i++) {
            x[i] = new double[13];
            x[i][g.firm[i]] = 1.0;
            x[i][10] = 1.0;
            x[i][11] = g.value[i];
            x[i][12] = g.capital[i];
        }
        PooledOlsResult r = PooledOls.fit(g.inv, x, FitOptions.defaults().withInterceptColumn(10));
        assertEquals(DropReason.COLLINEAR, r.dropReasons()[10]);
        assertEquals(12, r.rank());
        // LSDV = one-way FE: same slopes and SSR, centred R^2, F over 11 non-intercept columns
        rel("b value", ref("fe_oneway.coef.value"), r.coefficients()[11], 1e-9);
        rel("se capital", ref("fe_oneway.se.capital"), r.classical().standardErrors()[12], 1e-9);
        rel("ssr", ref("fe_oneway.ssr"), r.ssr(), 1e-9);
        assertEquals(188, r.dfResid());
        assertEquals(11, r.fDf1());
        double tss = 0;
        double m = java.util.Arrays.stream(g.inv).sum() / g.n;
        for (double v : g.inv) {
            tss += (v - m) * (v - m);
        }
        rel("r2", 1 - r.ssr() / tss, r.r2(), 1e-12);
    }

    @Test
    void noInterceptUsesUncentredConventions() {
        PooledOlsResult r = PooledOls.fit(g.inv, g.x());
        assertEquals(-1, r.interceptColumn());
        double sy2 = 0;
        for (double v : g.inv) {
            sy2 += v * v;
        }
        rel("tss", sy2, r.tss(), 1e-13);
        rel("r2", 1 - r.ssr() / sy2, r.r2(), 1e-12);
        rel("adj r2", 1 - (1 - r.r2()) * 200.0 / 198.0, r.adjR2(), 1e-12);
        assertEquals(2, r.fDf1());
        rel("F = Wald on all coefficients", r.classical().waldF(), r.fStatistic(), 1e-10);
    }

    @Test
    void heteroskedasticityVariantsMatchBruteForce() {
        PooledOlsResult r = PooledOls.fit(g.inv, g.xWithIntercept());
        double[][] x = g.xWithIntercept();
        RealMatrix xm = new Array2DRowRealMatrix(x, false);
        RealMatrix bread = new org.apache.commons.math3.linear.LUDecomposition(xm.transpose().multiply(xm))
                .getSolver().getInverse();
        double[] e = r.residuals();
        for (HcType type : HcType.values()) {
            double[][] meat = new double[3][3];
            for (int i = 0; i < g.n; i++) {
                double h = new Array2DRowRealMatrix(new double[][] {x[i]}).multiply(bread)
                        .multiply(new Array2DRowRealMatrix(x[i])).getEntry(0, 0);
                double w = e[i] * e[i];
                if (type == HcType.HC2) {
                    w /= 1 - h;
                } else if (type == HcType.HC3) {
                    w /= (1 - h) * (1 - h);
                }
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        meat[a][b] += w * x[i][a] * x[i][b];
                    }
                }
            }
            double f = type == HcType.HC1 ? 200.0 / 197.0 : 1.0;
            RealMatrix v = bread.multiply(new Array2DRowRealMatrix(meat)).multiply(bread).scalarMultiply(f);
            double[][] got = r.robust(type).vcov();
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    rel(type + " v" + a + b, v.getEntry(a, b), got[a][b], 1e-8);
                }
            }
        }
        rel("HC1 se", ref("pooled_ols.se_hc1.value"), r.robust(HcType.HC1).standardErrors()[1], 1e-9);
    }

    @Test
    void confidenceIntervalsUseThePValueDegreesOfFreedom() {
        FixedEffectsResult r = FixedEffects.fit(g.inv, g.x(), g.firm, g.year, PanelEffect.INDIVIDUAL);
        CoefficientTable st = r.cluster(g.firm, ClusterCorrection.STATA);
        double crit = Distributions.tQuantile(0.975, 9);
        rel("lower", st.coefficients()[0] - crit * st.standardErrors()[0], st.confidenceLower()[0], 1e-14);
        rel("upper", st.coefficients()[1] + crit * st.standardErrors()[1], st.confidenceUpper()[1], 1e-14);
        double[][] ci90 = st.confidenceIntervals(0.90);
        rel("90%", st.coefficients()[0] - Distributions.tQuantile(0.95, 9) * st.standardErrors()[0], ci90[0][0],
            1e-14);
        FixedEffectsResult r90 = FixedEffects.fit(g.inv, g.x(), g.firm, g.year, PanelEffect.INDIVIDUAL,
            FitOptions.defaults().withConfidenceLevel(0.90));
        rel("level option", ci90[0][0], r90.cluster(g.firm, ClusterCorrection.STATA).confidenceLower()[0], 1e-14);
        assertEquals(0.90, r90.classical().confidenceLevel());
    }

    @Test
    void clustersNotNestingTheEntitiesCountTheAbsorbedEffects() {
        FixedEffectsResult r = FixedEffects.fit(g.inv, g.x(), g.firm, g.year, PanelEffect.INDIVIDUAL);
        // clustering by year: firms are not nested in year clusters -> K = 2 + 10
        assertEquals(12, r.stataClusterK(g.year));
        // coarser clusters containing whole firms -> nested -> K = 3
        int[] pairs = new int[g.n];
        for (int i = 0; i < g.n; i++) {
            pairs[i] = g.firm[i] / 2;
        }
        assertEquals(3, r.stataClusterK(pairs));
        CoefficientTable t = r.cluster(pairs, ClusterCorrection.STATA);
        assertEquals(5, t.clusters());
        assertEquals(4.0, t.pValueDf());
        FixedEffectsResult tw = FixedEffects.fit(g.inv, g.x(), g.firm, g.year, PanelEffect.TWOWAYS);
        assertEquals(2 + 29, tw.stataClusterK(g.year));
        FixedEffectsResult te = FixedEffects.fit(g.inv, g.x(), null, g.year, PanelEffect.TIME);
        assertEquals(3, te.stataClusterK(g.year));
        assertEquals(2 + 20, te.stataClusterK(g.firm));
        assertNull(te.entityEffects());
        assertEquals(0, te.nEntities());
    }

    @Test
    void degenerateDesignsDoNotThrow() {
        double[][] none = new double[g.n][0];
        FixedEffectsResult r = FixedEffects.fit(g.inv, none, g.firm, g.year, PanelEffect.INDIVIDUAL);
        assertEquals(0, r.rank());
        assertEquals(190, r.dfResid());
        rel("ssr = tss within", ref("fe_oneway.tss_within"), r.ssr(), 1e-12);
        assertTrue(Double.isNaN(r.fStatistic()));
        assertTrue(Double.isNaN(r.cluster(g.firm, ClusterCorrection.STATA).waldF()));

        double[][] zeros = new double[g.n][2];
        PooledOlsResult p = PooledOls.fit(g.inv, zeros);
        assertEquals(0, p.rank());
        assertArrayEquals(new DropReason[] {DropReason.ALL_ZERO, DropReason.ALL_ZERO}, p.dropReasons());
        assertTrue(Double.isNaN(p.coefficients()[0]));

        // more regressors than clusters: robust Wald F is not available (as in Stata)
        double[][] many = new double[20][];
        double[] y = new double[20];
        int[] ent = new int[20];
        int[] cl = new int[20];
        for (int i = 0; i < 20; i++) {
            many[i] = new double[] {Math.sin(i), Math.cos(3 * i), i * i % 7};
            y[i] = Math.sin(2.0 * i) + i;
            ent[i] = i / 4;
            cl[i] = i / 10;
        }
        FixedEffectsResult f = FixedEffects.fit(y, many, ent, null, PanelEffect.INDIVIDUAL);
        CoefficientTable t = f.cluster(cl, ClusterCorrection.STATA);
        assertTrue(Double.isNaN(t.waldF()));
        assertTrue(Double.isFinite(t.standardErrors()[0]));
    }

    @Test
    void invalidInputIsRejectedWithIllegalArgument() {
        double[] y = {1, 2, 3};
        double[][] x = {{1}, {2}, {Double.NaN}};
        assertThrows(IllegalArgumentException.class, () -> PooledOls.fit(y, x));
        assertThrows(IllegalArgumentException.class, () -> PooledOls.fit(y, new double[][] {{1}, {2}}));
        assertThrows(IllegalArgumentException.class,
            () -> FixedEffects.fit(y, new double[][] {{1}, {2}, {3}}, new int[] {0, -1, 1}, null,
                PanelEffect.INDIVIDUAL));
        assertThrows(IllegalArgumentException.class,
            () -> FixedEffects.fit(y, new double[][] {{1}, {2}, {3}}, new int[] {0, 0, 1}, null,
                PanelEffect.TWOWAYS));
        assertThrows(IllegalArgumentException.class,
            () -> PooledOls.fit(y, new double[][] {{1, 2}, {2, 2}, {3, 2}}, FitOptions.defaults()
                .withInterceptColumn(0)));
    }
}
