package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.ClusterCorrection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exactness of the within estimators on unbalanced, shuffled, duplicated-cell and disconnected panels, checked
 * against brute-force dummy-variable regressions (LSDV) solved with Commons Math QR. By Frisch-Waugh-Lovell the
 * slopes, residuals, classical and cluster covariances (slope block) must coincide.
 */
class UnbalancedPanelTest {

    private static ReferenceData.Grunfeld g;

    @BeforeAll
    static void load() throws IOException {
        g = ReferenceData.grunfeld();
    }

    /** A panel sample (rows of Grunfeld). */
    static final class Panel {
        final int n;
        final double[] y;
        final double[][] x;
        final int[] firm;
        final int[] year;

        Panel(List<Integer> rows) {
            n = rows.size();
            y = new double[n];
            x = new double[n][];
            firm = new int[n];
            year = new int[n];
            for (int i = 0; i < n; i++) {
                int r = rows.get(i);
                y[i] = g.inv[r];
                x[i] = new double[] {g.value[r], g.capital[r]};
                firm[i] = g.firm[r];
                year[i] = g.year[r];
            }
        }
    }

    static Panel sample(IntPredicate keep, int duplicates, long seed) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < g.n; r++) {
            if (keep.test(r)) {
                rows.add(r);
            }
        }
        Random rnd = new Random(seed);
        for (int d = 0; d < duplicates; d++) {
            rows.add(rows.get(rnd.nextInt(rows.size())));
        }
        java.util.Collections.shuffle(rows, rnd);
        return new Panel(rows);
    }

    private static void rel(String what, double expected, double actual, double tol) {
        double err = expected == actual ? 0 : Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(err <= tol, what + ": expected " + expected + " got " + actual + " rel " + err);
    }

    private static void abs(String what, double expected, double actual, double tol) {
        assertTrue(Math.abs(actual - expected) <= tol, what + ": expected " + expected + " got " + actual);
    }

    private static int[] present(int[] codes) {
        return Arrays.stream(codes).distinct().sorted().toArray();
    }

    /**
     * LSDV with [value, capital, entity dummies (all, if withEntity), period dummies (all but those in
     * basePeriods, if withPeriod)] and no intercept, compared with the within fit.
     */
    private static void compare(Panel p, PanelEffect effect, int[] basePeriods) {
        int[] ents = present(p.firm);
        int[] pers = present(p.year);
        boolean withEntity = effect != PanelEffect.TIME;
        boolean withPeriod = effect != PanelEffect.INDIVIDUAL;
        List<Integer> dummyPeriods = new ArrayList<>();
        if (withPeriod) {
            for (int t : pers) {
                if (Arrays.stream(basePeriods).noneMatch(b -> b == t)) {
                    dummyPeriods.add(t);
                }
            }
        }
        int ne = withEntity ? ents.length : 0;
        int cols = 2 + ne + dummyPeriods.size();
        double[][] design = new double[p.n][cols];
        for (int i = 0; i < p.n; i++) {
            design[i][0] = p.x[i][0];
            design[i][1] = p.x[i][1];
            if (withEntity) {
                design[i][2 + Arrays.binarySearch(ents, p.firm[i])] = 1.0;
            }
            int t = dummyPeriods.indexOf(p.year[i]);
            if (t >= 0) {
                design[i][2 + ne + t] = 1.0;
            }
        }
        Lsdv l = new Lsdv(design, p.y);
        FixedEffectsResult r = FixedEffects.fit(p.y, p.x, p.firm, p.year, effect);
        int df = p.n - cols;
        assertEquals(df, r.dfResid(), "df_resid");
        assertEquals(cols - 2, r.absorbedParameters(), "absorbed parameters");
        double[] b = r.coefficients();
        rel("beta0", l.beta[0], b[0], 1e-9);
        rel("beta1", l.beta[1], b[1], 1e-9);
        rel("ssr", l.ssr, r.ssr(), 1e-9);
        double scale = Arrays.stream(p.y).map(Math::abs).max().orElse(1);
        double[] e = r.residuals();
        for (int i = 0; i < p.n; i++) {
            abs("residual " + i, l.residuals[i], e[i], 1e-9 * scale);
        }
        // classical covariance (slope block)
        double s2 = l.ssr / df;
        double[][] v = r.classical().vcov();
        for (int a = 0; a < 2; a++) {
            for (int c = 0; c < 2; c++) {
                rel("vcov" + a + c, s2 * l.xtxInv[a][c], v[a][c], 1e-9);
            }
        }
        // cluster by firm, Stata correction: LSDV sandwich slope block times G/(G-1)(N-1)/(N-K)
        double[][] lc = l.clusterHc0(p.firm);
        CoefficientTable ct = r.cluster(p.firm, ClusterCorrection.STATA);
        int gc = ents.length;
        double f = ClusterCorrection.stataFactor(gc, p.n, ct.smallSampleK());
        double[][] vc = ct.vcov();
        for (int a = 0; a < 2; a++) {
            for (int c = 0; c < 2; c++) {
                rel("cluster vcov" + a + c, f * lc[a][c], vc[a][c], 1e-9);
            }
        }
        // effects
        double tolEff = 1e-9 * scale;
        if (effect == PanelEffect.INDIVIDUAL) {
            double[] alpha = r.entityEffects();
            for (int i = 0; i < ents.length; i++) {
                abs("alpha " + ents[i], l.beta[2 + i], alpha[ents[i]], tolEff);
            }
            assertEquals(r.rank() + 1, ct.smallSampleK());
        } else if (effect == PanelEffect.TIME) {
            // LSDV has no entity dummies and all periods are dummies (basePeriods empty)
            double[] lambda = r.periodEffects();
            for (int t = 0; t < dummyPeriods.size(); t++) {
                abs("lambda " + dummyPeriods.get(t), l.beta[2 + t], lambda[dummyPeriods.get(t)], tolEff);
            }
            // periods are not nested in firm clusters: Stata K counts the absorbed period effects
            assertEquals(r.rank() + r.nPeriods(), ct.smallSampleK());
        } else {
            double[] alpha = r.entityEffects();
            double[] gamma = r.periodEffects();
            for (int i = 0; i < ents.length; i++) {
                abs("alpha " + ents[i], l.beta[2 + i], alpha[ents[i]], tolEff);
            }
            for (int t = 0; t < dummyPeriods.size(); t++) {
                abs("gamma " + dummyPeriods.get(t), l.beta[2 + ne + t], gamma[dummyPeriods.get(t)], tolEff);
            }
            for (int base : basePeriods) {
                assertEquals(0.0, gamma[base], "base period " + base);
            }
            assertEquals(r.rank() + 1 + (r.absorbedParameters() - r.nEntities()), ct.smallSampleK());
            // Stata _cons = ybar - xbar'b - sum_t dbar_t gamma_t
            double cons = mean(p.y);
            for (int i = 0; i < p.n; i++) {
                cons -= (p.x[i][0] * b[0] + p.x[i][1] * b[1] + gamma[p.year[i]]) / p.n;
            }
            abs("stata cons", cons, r.stataCons(), tolEff);
        }
        // fitted + residuals = y
        double[] fit = r.fitted();
        for (int i = 0; i < p.n; i++) {
            abs("fitted", p.y[i], fit[i] + e[i], 1e-12 * scale);
        }
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }

    @Test
    void twoWaysUnbalancedMoreperiodsThanEntities() {
        // T = 20 > G = 10: the projector demeans by period and partials out entity dummies
        Panel p = sample(r -> (g.firm[r] * 7 + g.year[r] * 3) % 5 != 0, 0, 11);
        assertTrue(p.n < 200);
        compare(p, PanelEffect.TWOWAYS, new int[] {0});
    }

    @Test
    void twoWaysUnbalancedMoreEntitiesThanPeriods() {
        // first 6 years only (G = 10 > T = 6), holes and a few duplicated entity-period cells
        Panel p = sample(r -> g.year[r] < 6 && (g.firm[r] + 2 * g.year[r]) % 4 != 1, 5, 12);
        compare(p, PanelEffect.TWOWAYS, new int[] {0});
    }

    @Test
    void individualUnbalanced() {
        Panel p = sample(r -> (g.firm[r] * 5 + g.year[r] * 11) % 7 != 3 && !(g.firm[r] == 4 && g.year[r] > 2), 0, 13);
        compare(p, PanelEffect.INDIVIDUAL, new int[0]);
    }

    @Test
    void timeEffectUnbalanced() {
        Panel p = sample(r -> (g.firm[r] * 3 + g.year[r] * 5) % 6 != 2, 0, 14);
        compare(p, PanelEffect.TIME, new int[0]);
    }

    @Test
    void twoWaysDisconnected() {
        // firms 0-4 observed only in years 0-9, firms 5-9 only in years 10-19 (minus a few holes): two components
        Panel p = sample(r -> (g.firm[r] < 5) == (g.year[r] < 10) && (g.firm[r] + g.year[r]) % 9 != 4, 0, 15);
        FixedEffectsResult r = FixedEffects.fit(p.y, p.x, p.firm, p.year, PanelEffect.TWOWAYS);
        assertEquals(2, r.connectedComponents());
        assertEquals(10 + 20 - 2, r.absorbedParameters());
        // bases: the first period, and the last period of the other component
        compare(p, PanelEffect.TWOWAYS, new int[] {0, 19});
    }

    @Test
    void rowOrderDoesNotMatter() {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < g.n; r++) {
            rows.add(r);
        }
        Panel a = new Panel(rows);
        java.util.Collections.shuffle(rows, new Random(99));
        Panel b = new Panel(rows);
        for (PanelEffect eff : PanelEffect.values()) {
            FixedEffectsResult ra = FixedEffects.fit(a.y, a.x, a.firm, a.year, eff);
            FixedEffectsResult rb = FixedEffects.fit(b.y, b.x, b.firm, b.year, eff);
            for (int j = 0; j < 2; j++) {
                rel(eff + " beta", ra.coefficients()[j], rb.coefficients()[j], 1e-11);
                rel(eff + " se", ra.classical().standardErrors()[j], rb.classical().standardErrors()[j], 1e-10);
                rel(eff + " cl se", ra.cluster(a.firm, ClusterCorrection.STATA).standardErrors()[j],
                        rb.cluster(b.firm, ClusterCorrection.STATA).standardErrors()[j], 1e-10);
            }
            rel(eff + " ssr", ra.ssr(), rb.ssr(), 1e-11);
            rel(eff + " r2 between", ra.stataR2Between(), rb.stataR2Between(), 1e-10);
            rel(eff + " cons", ra.stataCons(), rb.stataCons(), 1e-10);
        }
    }

    @Test
    void balancedTwoWaysEqualsClassicalDoubleDemeaning() {
        // balanced: y - ybar_i - ybar_t + ybar
        double[] dm = FixedEffects.demean(g.inv, g.firm, g.year, PanelEffect.TWOWAYS);
        double[] mi = new double[10];
        double[] mt = new double[20];
        double m = mean(g.inv);
        for (int r = 0; r < g.n; r++) {
            mi[g.firm[r]] += g.inv[r] / 20;
            mt[g.year[r]] += g.inv[r] / 10;
        }
        for (int r = 0; r < g.n; r++) {
            abs("dd " + r, g.inv[r] - mi[g.firm[r]] - mt[g.year[r]] + m, dm[r], 1e-10);
        }
    }

    @Test
    void weaklyConnectedChainPanelIsStillExact() {
        // entity i is observed only in periods i and i+1 (twice each): a path-shaped, badly conditioned
        // entity-period graph (G = 150 < T = 151, so entity dummies are demeaned and period dummies partialled out
        // with the roles chosen by level counts)
        int ng = 150;
        int n = ng * 4;
        double[] y = new double[n];
        double[][] x = new double[n][];
        int[] ent = new int[n];
        int[] per = new int[n];
        Random rnd = new Random(5);
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < 4; j++) {
                int row = 4 * i + j;
                ent[row] = i;
                per[row] = i + (j % 2);
                x[row] = new double[] {rnd.nextGaussian() + 0.1 * per[row], rnd.nextGaussian() * 3 + i};
                y[row] = 0.5 * x[row][0] - 0.25 * x[row][1] + Math.sin(i) + 0.01 * per[row] * per[row]
                        + rnd.nextGaussian();
            }
        }
        int cols = 2 + ng + ng; // periods 1..150 as dummies, period 0 is the base
        double[][] design = new double[n][cols];
        for (int r = 0; r < n; r++) {
            design[r][0] = x[r][0];
            design[r][1] = x[r][1];
            design[r][2 + ent[r]] = 1.0;
            if (per[r] > 0) {
                design[r][2 + ng + per[r] - 1] = 1.0;
            }
        }
        Lsdv l = new Lsdv(design, y);
        FixedEffectsResult r = FixedEffects.fit(y, x, ent, per, PanelEffect.TWOWAYS);
        assertEquals(1, r.connectedComponents());
        assertEquals(n - cols, r.dfResid());
        rel("b0", l.beta[0], r.coefficients()[0], 1e-9);
        rel("b1", l.beta[1], r.coefficients()[1], 1e-9);
        rel("ssr", l.ssr, r.ssr(), 1e-9);
        double[] alpha = r.entityEffects();
        double[] gamma = r.periodEffects();
        for (int i = 0; i < ng; i++) {
            abs("alpha " + i, l.beta[2 + i], alpha[i], 1e-8);
            abs("gamma " + (i + 1), l.beta[2 + ng + i], gamma[i + 1], 1e-8);
        }
    }
}
