package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.carbonlab.core.inference.DropReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Pooled OLS and fixed effects on Grunfeld's data with columns rescaled to 1e-150 and 1e150 and with a single cell
 * of 1e200: the same columns are kept and dropped as at unit scale, the coefficients are the R references divided by
 * the scale, and "absorbed by the fixed effects" means no within variation, whatever the units.
 */
class ScaleInvarianceTest {

    private static final int HUGE_ROW = 17;

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
        double err = Math.abs(act - exp) / Math.abs(exp);
        assertTrue(err <= tol, what + ": expected " + exp + " got " + act + " rel " + err);
    }

    @Test
    void pooledExactCollinearityAtExtremeScales() {
        for (double s : new double[] {1e-150, 1e150}) {
            double[][] x = new double[g.n][];
            for (int i = 0; i < g.n; i++) {
                double v = g.value[i] * s;
                double c = g.capital[i] * s;
                x[i] = new double[] {1, v, c, 2 * v - c};
            }
            PooledOlsResult r = PooledOls.fit(g.inv, x);
            assertArrayEquals(new DropReason[] {null, null, null, DropReason.COLLINEAR}, r.dropReasons(),
                    "scale " + s);
            double[] b = r.coefficients();
            rel("intercept at " + s, ref("pooled_ols.coef.(Intercept)"), b[0], 1e-9);
            rel("value at " + s, ref("pooled_ols.coef.value"), b[1] * s, 1e-9);
            rel("capital at " + s, ref("pooled_ols.coef.capital"), b[2] * s, 1e-9);
            rel("ssr at " + s, ref("pooled_ols.ssr"), r.ssr(), 1e-9);
            if (s < 1) {
                // at 1e150 the variances of the slopes (about 1e-305) are at the edge of the double range
                rel("se value at " + s, ref("pooled_ols.se.value"), r.classical().standardErrors()[1] * s, 1e-9);
            }
        }
    }

    @Test
    void pooledNearCollinearityDependsOnlyOnTheRelativeTolerance() {
        for (double s : new double[] {1e-150, 1.0, 1e150}) {
            for (double eps : new double[] {1e-13, 1e-5}) {
                double[][] x = new double[g.n][];
                for (int i = 0; i < g.n; i++) {
                    double sum = g.value[i] + g.capital[i];
                    x[i] = new double[] {1, g.value[i] * s, g.capital[i] * s,
                        sum * (1 + eps * Math.sin(i)) * s};
                }
                PooledOlsResult r = PooledOls.fit(g.inv, x);
                assertEquals(eps < 1e-9 ? DropReason.COLLINEAR : null, r.dropReasons()[3],
                        "scale " + s + ", perturbation " + eps);
            }
        }
    }

    @Test
    void pooledWithOneHugeCellKeepsEveryTermAndTheIntercept() {
        // with value = 1e200 in one row, that row is fitted exactly by the value term and the rest of the fit is
        // least squares of inv on (1, capital) over the other 199 rows (brute force below)
        double[][] x = new double[g.n][];
        for (int i = 0; i < g.n; i++) {
            x[i] = new double[] {1, i == HUGE_ROW ? 1e200 : g.value[i], g.capital[i]};
        }
        PooledOlsResult r = PooledOls.fit(g.inv, x);
        assertArrayEquals(new DropReason[] {null, null, null}, r.dropReasons());
        double[][] design = new double[g.n - 1][];
        double[] y = new double[g.n - 1];
        for (int i = 0, m = 0; i < g.n; i++) {
            if (i != HUGE_ROW) {
                design[m] = new double[] {1, g.capital[i]};
                y[m++] = g.inv[i];
            }
        }
        Lsdv brute = new Lsdv(design, y);
        double[] b = r.coefficients();
        rel("intercept", brute.beta[0], b[0], 1e-9);
        rel("capital", brute.beta[1], b[2], 1e-9);
        double rest = g.inv[HUGE_ROW] - brute.beta[0] - brute.beta[1] * g.capital[HUGE_ROW];
        rel("value", rest / 1e200, b[1], 1e-6);
        rel("ssr", brute.ssr, r.ssr(), 1e-9);
        // the variance of value's coefficient (about 1e-400) is below the double range: missing, not 0 (t = inf)
        double[] se = r.classical().standardErrors();
        assertTrue(Double.isNaN(se[1]), "se of value " + se[1]);
        assertTrue(Double.isNaN(r.classical().pValues()[1]), "p of value");
        double sigma2 = brute.ssr / (g.n - 3);
        rel("se intercept", Math.sqrt(sigma2 * brute.xtxInv[0][0]), se[0], 1e-9);
        rel("se capital", Math.sqrt(sigma2 * brute.xtxInv[1][1]), se[2], 1e-9);
        double[] vif = r.vif();
        assertTrue(Double.isFinite(vif[1]) && Double.isFinite(vif[2]), "VIF " + vif[1] + ", " + vif[2]);
    }

    @Test
    void fixedEffectsWithOneHugeCellDoNotCallTheColumnAbsorbed() {
        // the 1e200 cell varies within its firm: the column stays, fits its row exactly, and capital's coefficient
        // is the within estimate over the other 199 rows (brute force: firm dummies)
        double[][] x = new double[g.n][];
        for (int i = 0; i < g.n; i++) {
            x[i] = new double[] {i == HUGE_ROW ? 1e200 : g.value[i], g.capital[i]};
        }
        FixedEffectsResult r = FixedEffects.fit(g.inv, x, g.firm, g.year, PanelEffect.INDIVIDUAL);
        assertArrayEquals(new DropReason[] {null, null}, r.dropReasons());
        double[][] design = new double[g.n - 1][];
        double[] y = new double[g.n - 1];
        for (int i = 0, m = 0; i < g.n; i++) {
            if (i != HUGE_ROW) {
                design[m] = new double[11];
                design[m][0] = g.capital[i];
                design[m][1 + g.firm[i]] = 1;
                y[m++] = g.inv[i];
            }
        }
        Lsdv brute = new Lsdv(design, y);
        rel("capital", brute.beta[0], r.coefficients()[1], 1e-9);
        rel("ssr", brute.ssr, r.ssr(), 1e-9);
    }

    @Test
    void absorbedMeansNoWithinVariationWhateverTheUnits() {
        // value at 1e-150 and capital at 1e200 vary within firms (kept, references rescaled); a firm code at 1e200
        // and a firm code at 1e-150 do not (absorbed)
        double[][] x = new double[g.n][];
        for (int i = 0; i < g.n; i++) {
            x[i] = new double[] {g.value[i] * 1e-150, g.capital[i] * 1e200, (g.firm[i] + 1) * 1e200,
                (g.firm[i] + 3) * 1e-150};
        }
        FixedEffectsResult r = FixedEffects.fit(g.inv, x, g.firm, g.year, PanelEffect.INDIVIDUAL);
        assertArrayEquals(new DropReason[] {null, null, DropReason.ABSORBED_BY_EFFECTS,
            DropReason.ABSORBED_BY_EFFECTS}, r.dropReasons());
        double[] b = r.coefficients();
        rel("value", ref("fe_oneway.coef.value"), b[0] * 1e-150, 1e-9);
        rel("capital", ref("fe_oneway.coef.capital"), b[1] * 1e200, 1e-9);
        rel("ssr", ref("fe_oneway.ssr"), r.ssr(), 1e-9);
    }

    @Test
    void withinTransformOfValuesNearTheTopOfTheDoubleRange() {
        // capital * 1e304 reaches 2.2e307: a firm's sum over 20 years overflows unless the column is rescaled
        double[][] x = new double[g.n][];
        for (int i = 0; i < g.n; i++) {
            x[i] = new double[] {g.value[i], g.capital[i] * 1e304};
        }
        FixedEffectsResult r = FixedEffects.fit(g.inv, x, g.firm, g.year, PanelEffect.INDIVIDUAL);
        assertArrayEquals(new DropReason[] {null, null}, r.dropReasons());
        rel("value", ref("fe_oneway.coef.value"), r.coefficients()[0], 1e-9);
        rel("capital", ref("fe_oneway.coef.capital"), r.coefficients()[1] * 1e304, 1e-9);
        rel("ssr", ref("fe_oneway.ssr"), r.ssr(), 1e-9);
    }
}
