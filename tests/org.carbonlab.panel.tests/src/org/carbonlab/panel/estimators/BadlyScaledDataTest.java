package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.SyntheticPanels.coef;
import static org.carbonlab.panel.estimators.SyntheticPanels.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Estimators on Grunfeld's data with a cell of 1e200 and with exp() overflowing in some rows: every term and the
 * intercept are reported, the huge column is neither "collinear" nor "absorbed", overflowing rows are dropped with a
 * count, and the remaining coefficients agree with the fit on the rows the huge cell does not dominate.
 */
class BadlyScaledDataTest {

    private static final int HUGE_ROW = 17;
    private static PanelFrame data;
    private static PanelFrame withoutHugeRows;

    @BeforeAll
    static void load() throws IOException {
        PanelFrame g = DataReader.readPanel(Path.of("resources", "grunfeld", "data.csv"), null, "firm", "year");
        int n = g.rows();
        double[] value = g.numeric("value");
        double[] huge = value.clone();
        huge[HUGE_ROW] = 1e200;
        // e: log(value), except 800 in rows 3 and 4 (exp overflows to Infinity) and 700 in the huge row (1e304)
        double[] e = new double[n];
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            e[i] = Math.log(value[i]);
            keep[i] = i != HUGE_ROW && i != 3 && i != 4;
        }
        e[3] = 800;
        e[4] = 800;
        e[HUGE_ROW] = 700;
        String[] ids = new String[n];
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = g.entityLabel(i);
            times[i] = g.time(i);
        }
        data = PanelFrame.builder().entityColumn("firm").timeColumn("year").entities(ids).times(times)
                .column("inv", g.numeric("inv")).column("value", value).column("capital", g.numeric("capital"))
                .column("value_huge", huge).column("e", e).build();
        withoutHugeRows = SyntheticPanels.subset(data, keep, "inv", "value", "capital");
    }

    private static void rel(String what, double exp, double act, double tol) {
        double err = Math.abs(act - exp) / Math.abs(exp);
        assertTrue(err <= tol, what + ": expected " + exp + " got " + act + " rel " + err);
    }

    @Test
    void anInterceptOnlyModelReportsItsCoefficient() {
        Result r = fit(new PooledOlsEstimator(), data, params("formula", "inv ~ 1"));
        double[] inv = data.numeric("inv");
        double mean = 0;
        for (double v : inv) {
            mean += v;
        }
        mean /= inv.length;
        double ss = 0;
        for (double v : inv) {
            ss += (v - mean) * (v - mean);
        }
        rel("intercept", mean, coef(r, "(Intercept)").estimate(), 1e-12);
        rel("its standard error", Math.sqrt(ss / (inv.length - 1) / inv.length), coef(r, "(Intercept)").stdError(),
                1e-12);
    }

    @Test
    void pooledOlsWithACellOf1e200KeepsEveryTermAndTheIntercept() {
        Result r = fit(new PooledOlsEstimator(), data, params("formula", "inv ~ value_huge + capital"));
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("collinear")), r.warnings().toString());
        for (String term : new String[] {"(Intercept)", "value_huge", "capital"}) {
            assertTrue(Double.isFinite(coef(r, term).estimate()), term);
        }
        // the huge row is fitted by value_huge alone; the rest is inv ~ capital on the other rows
        boolean[] notHuge = new boolean[data.rows()];
        java.util.Arrays.fill(notHuge, true);
        notHuge[HUGE_ROW] = false;
        Result rest = fit(new PooledOlsEstimator(), SyntheticPanels.subset(data, notHuge, "inv", "capital"),
                params("formula", "inv ~ capital"));
        rel("intercept", coef(rest, "(Intercept)").estimate(), coef(r, "(Intercept)").estimate(), 1e-9);
        rel("capital", coef(rest, "capital").estimate(), coef(r, "capital").estimate(), 1e-9);
        assertTrue(Double.isNaN(coef(r, "value_huge").stdError()), "a variance near 1e-400 is missing, not 0");
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("no standard error for value_huge")),
                r.warnings().toString());
    }

    @Test
    void robustStandardErrorsBeyondTheDoubleRangeAreMissingNotInfinite() {
        // the sandwich's meat overflows with a 1e200 regressor: no standard error is better than an infinite one
        // (t = 0, p = 1) or zero (t infinite)
        for (String vcov : new String[] {"robust", "cluster"}) {
            Result r = fit(new PooledOlsEstimator(), data, params("formula", "inv ~ value_huge + capital", "vcov",
                    vcov));
            assertTrue(Double.isFinite(coef(r, "value_huge").estimate()), vcov);
            double se = coef(r, "value_huge").stdError();
            assertTrue(Double.isNaN(se), vcov + ": se " + se);
            for (String term : new String[] {"(Intercept)", "capital"}) {
                double s = coef(r, term).stdError();
                assertTrue(Double.isNaN(s) || Double.isFinite(s) && s > 0, vcov + " " + term + ": se " + s);
            }
        }
    }

    @Test
    void fixedEffectsWithACellOf1e200DoNotCallItAbsorbed() {
        Result r = fit(new FixedEffectsEstimator(), data, params("formula", "inv ~ value_huge + capital"));
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("absorbed") || w.contains("collinear")),
                r.warnings().toString());
        assertTrue(Double.isFinite(coef(r, "value_huge").estimate()));
        boolean[] notHuge = new boolean[data.rows()];
        java.util.Arrays.fill(notHuge, true);
        notHuge[HUGE_ROW] = false;
        Result rest = fit(new FixedEffectsEstimator(), SyntheticPanels.subset(data, notHuge, "inv", "capital"),
                params("formula", "inv ~ capital"));
        rel("capital", coef(rest, "capital").estimate(), coef(r, "capital").estimate(), 1e-9);
    }

    @Test
    void exponentialsThatOverflowDropTheirRowsAndTheHugeOnesStay() {
        Result r = fit(new PooledOlsEstimator(), data, params("formula", "inv ~ exp(e) + capital"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("2 of 200 rows")), r.warnings().toString());
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("collinear")), r.warnings().toString());
        for (String term : new String[] {"(Intercept)", "exp(e)", "capital"}) {
            assertTrue(Double.isFinite(coef(r, term).estimate()), term);
        }
        // exp(700) = 1e304 dominates its row; the others give inv ~ capital over the 197 ordinary rows
        Result rest = fit(new PooledOlsEstimator(), withoutHugeRows, params("formula", "inv ~ capital"));
        rel("intercept", coef(rest, "(Intercept)").estimate(), coef(r, "(Intercept)").estimate(), 1e-9);
        rel("capital", coef(rest, "capital").estimate(), coef(r, "capital").estimate(), 1e-9);
    }
}
