package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.DidPanels.close;
import static org.carbonlab.panel.estimators.SyntheticPanels.coef;
import static org.carbonlab.panel.estimators.SyntheticPanels.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.api.Test;

/**
 * {@code panel.did} against brute force: the TWFE coefficient and its cluster SE equal {@code panel.fe} with the
 * same dummy (rel 1e-12) and an explicit-dummy LSDV regression (1e-9); two-way clustered SEs equal the
 * Cameron–Gelbach–Miller formula on the LSDV (1e-9); the restricted wild cluster bootstrap p-value equals a
 * brute-force enumeration of all sign vectors with LSDV refits (exactly); ATT(g,t) equal 2×2 DIDs of means (1e-12)
 * and their aggregations the hand-weighted averages (1e-12); the Bacon weights sum to 1 and Σ w·β equals the TWFE
 * coefficient (1e-10).
 */
class DidEstimatorTest {
    /** 12 units, 8 years: cohorts 2004 (3 units), 2006 (3 units), never (6 units). */
    static final int[] STARTS = {2004, 2004, 2004, 2006, 2006, 2006, 0, 0, 0, 0, 0, 0};

    private final PanelFrame data = DidPanels.staggered(STARTS, 8, 11L);

    @Test
    void twfeEqualsPanelFeAndExplicitDummies() {
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat"));
        Result fe = fit(new FixedEffectsEstimator(), data.withColumn("treat_post", data.numeric("d")),
                params("formula", "y ~ treat_post + x", "effect", "twoways", "vcov", "cluster"));
        for (String term : List.of("treat_post", "x")) {
            Coefficient a = coef(did, term);
            Coefficient b = coef(fe, term);
            close(b.estimate(), a.estimate(), 1e-12, term);
            close(b.stdError(), a.stdError(), 1e-12, term + " se");
            close(b.pValue(), a.pValue(), 1e-12, term + " p");
        }
        // explicit dummies: Stata's cluster factor G/(G-1)(N-1)/(N-K), K = slopes + periods (entities nested)
        DidPanels.Ols lsdv = new DidPanels.Ols(DidPanels.lsdv(data, data.numeric("d"), data.numeric("x")),
                data.numeric("y"));
        int n = data.rows();
        int g = 12;
        int k = 2 + 8;
        double factor = (double) g / (g - 1) * (n - 1.0) / (n - k);
        close(lsdv.beta[0], coef(did, "treat_post").estimate(), 1e-9, "LSDV beta");
        close(Math.sqrt(factor * lsdv.clusterVariance(0, data.entityIndices())), coef(did, "treat_post").stdError(),
                1e-9, "LSDV cluster se");
        assertEquals("panel.did", did.estimatorId());
    }

    @Test
    void builtDummiesFromTreatedListAndStartAreWritten() {
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ x", "treated", "1, 2, 3, 4, 5, 6",
                "start", "2005", "heterogeneity", "none", "bacon", "false"));
        ResultTable t = did.tables().get("treatment");
        int treat = t.columnIndex("treat");
        int time = t.columnIndex("time");
        int entity = t.columnIndex("entity");
        int ones = 0;
        for (List<Object> row : t.rows()) {
            int id = Integer.parseInt(row.get(entity).toString());
            long year = ((Number) row.get(time)).longValue();
            double expected = id <= 6 && year >= 2005 ? 1 : 0;
            assertEquals(expected, ((Number) row.get(treat)).doubleValue(), row.toString());
            ones += (int) expected;
        }
        assertEquals(6 * 4, ones);
        // the same group given as a column marking the treated units
        Result byColumn = fit(new DidEstimator(), data, params("formula", "y ~ x", "treated", "pilot", "start", "2005",
                "heterogeneity", "none", "bacon", "false"));
        close(coef(did, "treat_post").estimate(), coef(byColumn, "treat_post").estimate(), 0, "treated=pilot");
    }

    @Test
    void extraAbsorbedFactorEqualsExplicitDummies() {
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ x | region^year", "treatment", "d",
                "heterogeneity", "none", "bacon", "false"));
        Result fe = fit(new FixedEffectsEstimator(), data, params("formula", "y ~ d + x + factor(region):factor(year)",
                "effect", "twoways", "vcov", "cluster"));
        close(coef(fe, "d").estimate(), coef(did, "d").estimate(), 1e-10, "d");
        close(coef(fe, "d").stdError(), coef(did, "d").stdError(), 1e-10, "d se");
        assertTrue(did.coefficients().stream().noneMatch(c -> c.term().contains("absorbed")), did.coefficients()
                .toString());
    }

    @Test
    void twoWayClusteringEqualsCameronGelbachMiller() {
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ x", "treatment", "d", "cluster2", "region",
                "heterogeneity", "none", "bacon", "false"));
        DidPanels.Ols lsdv = new DidPanels.Ols(DidPanels.lsdv(data, data.numeric("d"), data.numeric("x")),
                data.numeric("y"));
        int[] entity = data.entityIndices();
        String[] regionText = data.text("region");
        int[] region = new int[data.rows()];
        for (int i = 0; i < region.length; i++) {
            region[i] = Integer.parseInt(regionText[i].substring(1));
        }
        int[] both = entity; // entities are nested in regions: the intersection is the entity
        double meat = lsdv.clusterVariance(0, entity) + lsdv.clusterVariance(0, region) - lsdv.clusterVariance(0, both);
        int n = data.rows();
        int gMin = 3;
        double factor = (double) gMin / (gMin - 1) * (n - 1.0) / (n - (2 + 8));
        close(Math.sqrt(factor * meat), coef(did, "d").stdError(), 1e-9, "two-way se");
        assertEquals(2.0, did.inference().df(), 0);
    }

    @Test
    void wildClusterBootstrapEqualsBruteForceEnumeration() {
        int[] starts = {2004, 2004, 2005, 0, 0, 0};
        PanelFrame small = DidPanels.staggered(starts, 6, 5L);
        Result did = fit(new DidEstimator(), small, params("formula", "y ~ x", "treatment", "d", "bootstrap", "wild",
                "reps", "999", "heterogeneity", "none", "bacon", "false"));
        TestResult boot = did.test("wild_cluster_bootstrap").orElseThrow();
        assertEquals(64, ((Number) boot.extra().get("replications")).intValue());

        // brute force: restricted LSDV without d, every sign vector, LSDV refit with d, cluster t
        double[] y = small.numeric("y");
        double[] d = small.numeric("d");
        double[] x = small.numeric("x");
        int[] cl = small.entityIndices();
        DidPanels.Ols full = new DidPanels.Ols(DidPanels.lsdv(small, d, x), y);
        double t0 = full.beta[0] / Math.sqrt(full.clusterVariance(0, cl));
        DidPanels.Ols restricted = new DidPanels.Ols(DidPanels.lsdv(small, x), y);
        int extreme = 0;
        for (int b = 0; b < 64; b++) {
            double[] ystar = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                double v = ((b >>> cl[i]) & 1) == 0 ? 1 : -1;
                ystar[i] = y[i] - restricted.resid[i] + v * restricted.resid[i];
            }
            DidPanels.Ols refit = new DidPanels.Ols(DidPanels.lsdv(small, d, x), ystar);
            double tb = refit.beta[0] / Math.sqrt(refit.clusterVariance(0, cl));
            if (Math.abs(tb) >= Math.abs(t0) * (1 - 1e-10)) {
                extreme++;
            }
        }
        close(extreme / 64.0, boot.pValue(), 1e-15, "WCR p");
        // the WCR interval is the set of nulls not rejected at 5%: check the brute-force p just inside and outside
        double lo = ((Number) boot.extra().get("conf_low")).doubleValue();
        double hi = ((Number) boot.extra().get("conf_high")).doubleValue();
        double se = Math.sqrt(full.clusterVariance(0, cl));
        double eps = 1e-5 * se;
        assertTrue(bruteForceWcrP(small, hi - eps) >= 0.05 && bruteForceWcrP(small, hi + eps) < 0.05, "upper " + hi);
        assertTrue(bruteForceWcrP(small, lo + eps) >= 0.05 && bruteForceWcrP(small, lo - eps) < 0.05, "lower " + lo);

        // Webb weights: seeded, reproducible
        Map<String, String> webb = params("formula", "y ~ x", "treatment", "d", "bootstrap", "wild", "boot_weights",
                "webb", "reps", "199", "seed", "7", "heterogeneity", "none", "bacon", "false");
        double p1 = fit(new DidEstimator(), small, webb).test("wild_cluster_bootstrap").orElseThrow().pValue();
        double p2 = fit(new DidEstimator(), small, webb).test("wild_cluster_bootstrap").orElseThrow().pValue();
        assertEquals(p1, p2, 0);
    }

    @Test
    void groupTimeAttsEqualTwoByTwoDidsOfMeans() {
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat"));
        double[][] y = matrix(data);
        ResultTable cells = did.tables().get("att_gt");
        int[] group = new int[12];
        for (int i = 0; i < 12; i++) {
            group[i] = STARTS[i];
        }
        Map<String, Double> att = new HashMap<>();
        for (List<Object> row : cells.rows()) {
            int g = ((Number) row.get(0)).intValue();
            int t = ((Number) row.get(1)).intValue();
            int base = t >= g ? g - 1 : t - 1; // varying base period
            assertEquals(base, ((Number) row.get(2)).intValue());
            List<Integer> treated = new ArrayList<>();
            List<Integer> never = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (group[i] == g) {
                    treated.add(i);
                } else if (group[i] == 0) {
                    never.add(i);
                }
            }
            double expected = meanChange(y, treated, t, base) - meanChange(y, never, t, base);
            double estimate = ((Number) row.get(4)).doubleValue();
            close(expected, estimate, 1e-12, "ATT(" + g + "," + t + ")");
            double se = Math.sqrt(popVarOfChange(y, treated, t, base) / treated.size()
                    + popVarOfChange(y, never, t, base) / never.size());
            close(se, ((Number) row.get(5)).doubleValue(), 1e-12, "se ATT(" + g + "," + t + ")");
            att.put(g + ":" + t, estimate);
        }
        assertEquals(2 * 7, cells.rows().size());
        // simple: post cells weighted by cohort size (3 and 3 units: equal weights)
        double sum = 0;
        int count = 0;
        for (int g : new int[] {2004, 2006}) {
            for (int t = g; t <= 2008; t++) {
                sum += att.get(g + ":" + t);
                count++;
            }
        }
        ModelResult cs = did.models().stream().filter(m -> m.name().equals("callaway_santanna")).findFirst()
                .orElseThrow();
        close(sum / count, coef(cs, "ATT(simple)").estimate(), 1e-12, "simple");
        // dynamic: e = 0..4 both cohorts, e = 5..6 only 2004 (the 2006 cohort ends at e = 2)
        ResultTable dyn = did.tables().get("cs_dynamic");
        for (List<Object> row : dyn.rows()) {
            int e = ((Number) row.get(0)).intValue();
            double s = 0;
            int c = 0;
            for (int g : new int[] {2004, 2006}) {
                Double v = att.get(g + ":" + (g + e));
                if (v != null) {
                    s += v;
                    c++;
                }
            }
            close(s / c, ((Number) row.get(1)).doubleValue(), 1e-12, "dynamic e=" + e);
        }
        // group: mean over post periods
        ResultTable grp = did.tables().get("cs_group");
        for (List<Object> row : grp.rows()) {
            int g = ((Number) row.get(0)).intValue();
            double s = 0;
            int c = 0;
            for (int t = g; t <= 2008; t++) {
                s += att.get(g + ":" + t);
                c++;
            }
            close(s / c, ((Number) row.get(1)).doubleValue(), 1e-12, "group " + g);
        }
    }

    @Test
    void notYetTreatedControlsAndCommonTimingSimpleSe() {
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ 1", "start_column", "first_treat",
                "control_group", "notyet", "bacon", "false"));
        double[][] y = matrix(data);
        for (List<Object> row : did.tables().get("att_gt").rows()) {
            int g = ((Number) row.get(0)).intValue();
            int t = ((Number) row.get(1)).intValue();
            int base = t >= g ? g - 1 : t - 1;
            List<Integer> treated = new ArrayList<>();
            List<Integer> controls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (STARTS[i] == g) {
                    treated.add(i);
                } else if (STARTS[i] == 0 || STARTS[i] > Math.max(t, base)) {
                    controls.add(i);
                }
            }
            close(meanChange(y, treated, t, base) - meanChange(y, controls, t, base),
                    ((Number) row.get(4)).doubleValue(), 1e-12, "notyet ATT(" + g + "," + t + ")");
            assertEquals(controls.size(), ((Number) row.get(9)).intValue());
        }
        // common timing: the simple aggregation's weights are fixed, its SE is that of the mean influence function
        int[] common = {2005, 2005, 2005, 2005, 0, 0, 0, 0, 0};
        PanelFrame c = DidPanels.staggered(common, 6, 3L);
        Result r = fit(new DidEstimator(), c, params("formula", "y ~ 1", "start_column", "first_treat", "bacon",
                "false"));
        double[][] yc = matrix(c);
        int n = 9;
        double[] psi = new double[n];
        List<Integer> tr = List.of(0, 1, 2, 3);
        List<Integer> nv = List.of(4, 5, 6, 7, 8);
        int posts = 0;
        for (int t = 2005; t <= 2006; t++, posts++) {
            double mt = meanChange(yc, tr, t, 2004);
            double mc = meanChange(yc, nv, t, 2004);
            for (int i : tr) {
                psi[i] += (change(yc, i, t, 2004) - mt) * n / 4.0;
            }
            for (int i : nv) {
                psi[i] -= (change(yc, i, t, 2004) - mc) * n / 5.0;
            }
        }
        double ss = 0;
        for (double v : psi) {
            ss += (v / posts) * (v / posts);
        }
        ModelResult cs = r.models().stream().filter(m -> m.name().equals("callaway_santanna")).findFirst()
                .orElseThrow();
        close(Math.sqrt(ss) / n, coef(cs, "ATT(simple)").stdError(), 1e-12, "simple se");
    }

    @Test
    void universalBasePeriodComparesEveryPeriodWithTheLastBeforeTreatment() {
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ 1", "start_column", "first_treat",
                "control_group", "notyet", "base_period", "universal", "bacon", "false"));
        double[][] y = matrix(data);
        int cells = 0;
        for (List<Object> row : did.tables().get("att_gt").rows()) {
            int g = ((Number) row.get(0)).intValue();
            int t = ((Number) row.get(1)).intValue();
            int base = g - 1;
            assertEquals(base, ((Number) row.get(2)).intValue());
            assertTrue(t != base);
            List<Integer> treated = new ArrayList<>();
            List<Integer> controls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (STARTS[i] == g) {
                    treated.add(i);
                } else if (STARTS[i] == 0 || STARTS[i] > Math.max(t, base)) {
                    controls.add(i);
                }
            }
            close(meanChange(y, treated, t, base) - meanChange(y, controls, t, base),
                    ((Number) row.get(4)).doubleValue(), 1e-12, "universal ATT(" + g + "," + t + ")");
            cells++;
        }
        assertEquals(2 * 7, cells); // 8 periods less the base period, per cohort
    }

    @Test
    void baconWeightsSumToOneAndReproduceTwfe() {
        // never treated, always treated (from 2001), cohorts 2003, 2005 and 2007, unequal sizes
        int[] starts = {2001, 2001, 2003, 2003, 2003, 2005, 2005, 2007, 0, 0, 0, 0, 0};
        PanelFrame b = DidPanels.staggered(starts, 9, 21L);
        Result did = fit(new DidEstimator(), b, params("formula", "y ~ 1", "start_column", "first_treat"));
        ResultTable t = did.tables().get("bacon");
        double w = 0;
        double wb = 0;
        for (List<Object> row : t.rows()) {
            w += ((Number) row.get(4)).doubleValue();
            wb += ((Number) row.get(4)).doubleValue() * ((Number) row.get(3)).doubleValue();
        }
        Result fe = fit(new FixedEffectsEstimator(), b, params("formula", "y ~ d", "effect", "twoways"));
        close(1.0, w, 1e-12, "weights");
        close(coef(fe, "d").estimate(), wb, 1e-10, "sum w beta");
        close(coef(fe, "d").estimate(), coef(did, "treat_post").estimate(), 1e-12, "twfe");
        // 3 cohorts vs never, 3 earlier-vs-later, 3 later-vs-earlier, 3 vs always treated
        assertEquals(12, t.rows().size());
        assertTrue(did.warnings().stream().anyMatch(s -> s.contains("treated from the first period")),
                did.warnings().toString());
    }

    @Test
    void badInputIsNamed() {
        List<String> p = SyntheticPanels.validate(new DidEstimator(), data, params("formula", "y ~ x", "treated",
                "1,2", "start", "2001"));
        assertTrue(p.stream().anyMatch(s -> s.contains("no untreated periods")), p.toString());
        p = SyntheticPanels.validate(new DidEstimator(), data, params("formula", "y ~ x", "treated", "1,2", "start",
                "2030"));
        assertTrue(p.stream().anyMatch(s -> s.contains("start=2030") && s.contains("outside")), p.toString());
        p = SyntheticPanels.validate(new DidEstimator(), data, params("formula", "y ~ x", "treated", "1,99", "start",
                "2005"));
        assertTrue(p.stream().anyMatch(s -> s.contains("99")), p.toString());
        int[] all = {2003, 2003, 2005, 2005, 2007, 2007};
        PanelFrame everyone = DidPanels.staggered(all, 8, 2L);
        InputException e = assertThrows(InputException.class, () -> fit(new DidEstimator(), everyone,
                params("formula", "y ~ 1", "start_column", "first_treat")));
        assertTrue(e.getMessage().contains("never-treated") && e.getMessage().contains("notyet"), e.getMessage());
        Result ok = fit(new DidEstimator(), everyone, params("formula", "y ~ 1", "start_column", "first_treat",
                "control_group", "notyet"));
        assertTrue(ok.warnings().stream().anyMatch(s -> s.contains("no not-yet-treated controls")),
                ok.warnings().toString());
        InputException reps = assertThrows(InputException.class,
                () -> new DidEstimator().parameters().resolve(params("formula", "y ~ x", "reps", "0")));
        assertTrue(reps.getMessage().contains("reps"), reps.getMessage());
    }

    @Test
    void switchingTreatmentUnbalancedPanelsAndLateStartsAreReported() {
        // a 0/1 column that switches off again: TWFE still runs, CS and Bacon are left out, event study refuses
        double[] d = data.numeric("d").clone();
        for (int r = 0; r < d.length; r++) {
            if (data.entityLabel(r).equals("1") && data.time(r) == 2008) {
                d[r] = 0;
            }
        }
        PanelFrame switching = data.withColumn("d_switch", d);
        Result did = fit(new DidEstimator(), switching, params("formula", "y ~ x", "treatment", "d_switch"));
        assertTrue(did.warnings().stream().anyMatch(s -> s.contains("switches off again")), did.warnings().toString());
        assertTrue(!did.tables().containsKey("att_gt") && !did.tables().containsKey("bacon"));
        InputException e = assertThrows(InputException.class, () -> fit(new EventStudyEstimator(), switching,
                params("formula", "y ~ x", "treatment", "d_switch")));
        assertTrue(e.getMessage().contains("switches off again") && e.getMessage().contains("1"), e.getMessage());

        // a unit with a missing outcome is left out of the group-time estimates, with its name
        double[] y = data.numeric("y").clone();
        for (int r = 0; r < y.length; r++) {
            if (data.entityLabel(r).equals("8") && data.time(r) == 2003) {
                y[r] = Double.NaN;
            }
        }
        Result gap = fit(new DidEstimator(), data.withColumn("y", y), params("formula", "y ~ x", "start_column",
                "first_treat"));
        assertTrue(gap.warnings().stream().anyMatch(s -> s.contains("left out 1 unit") && s.contains("8")),
                gap.warnings().toString());
        assertTrue(gap.warnings().stream().anyMatch(s -> s.contains("Bacon decomposition left out")),
                gap.warnings().toString());

        // a first treated period after the panel: never treated within it, said so
        double[] first = data.numeric("first_treat").clone();
        for (int r = 0; r < first.length; r++) {
            if (data.entityLabel(r).equals("9")) {
                first[r] = 2030;
            }
        }
        Result late = fit(new DidEstimator(), data.withColumn("first_treat", first), params("formula", "y ~ x",
                "start_column", "first_treat"));
        assertTrue(late.warnings().stream().anyMatch(s -> s.contains("never treated within it") && s.contains("9")),
                late.warnings().toString());
        close(coef(did(data), "treat_post").estimate(), coef(late, "treat_post").estimate(), 1e-13, "late = never");
    }

    private Result did(PanelFrame d) {
        return fit(new DidEstimator(), d, params("formula", "y ~ x", "start_column", "first_treat"));
    }

    /** WCR p-value of H0: β_d = θ by enumerating all Rademacher sign vectors with explicit-dummy refits. */
    private static double bruteForceWcrP(PanelFrame small, double theta) {
        double[] y = small.numeric("y");
        double[] d = small.numeric("d");
        double[] x = small.numeric("x");
        int[] cl = small.entityIndices();
        int g = small.nEntities();
        DidPanels.Ols full = new DidPanels.Ols(DidPanels.lsdv(small, d, x), y);
        double t0 = (full.beta[0] - theta) / Math.sqrt(full.clusterVariance(0, cl));
        double[] yr = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yr[i] = y[i] - theta * d[i];
        }
        DidPanels.Ols restricted = new DidPanels.Ols(DidPanels.lsdv(small, x), yr);
        int extreme = 0;
        int reps = 1 << g;
        for (int b = 0; b < reps; b++) {
            double[] ystar = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                double v = ((b >>> cl[i]) & 1) == 0 ? 1 : -1;
                ystar[i] = y[i] - restricted.resid[i] + v * restricted.resid[i];
            }
            DidPanels.Ols refit = new DidPanels.Ols(DidPanels.lsdv(small, d, x), ystar);
            double tb = (refit.beta[0] - theta) / Math.sqrt(refit.clusterVariance(0, cl));
            if (Math.abs(tb) >= Math.abs(t0) * (1 - 1e-10)) {
                extreme++;
            }
        }
        return (double) extreme / reps;
    }

    static double[][] matrix(PanelFrame d) {
        double[] v = d.numeric("y");
        double[][] y = new double[d.nEntities()][d.nPeriods()];
        for (int r = 0; r < d.rows(); r++) {
            y[Integer.parseInt(d.entityLabel(r)) - 1][d.timeIndex(r)] = v[r];
        }
        return y;
    }

    static double change(double[][] y, int i, int t, int base) {
        return y[i][t - 2001] - y[i][base - 2001];
    }

    static double meanChange(double[][] y, List<Integer> units, int t, int base) {
        double s = 0;
        for (int i : units) {
            s += change(y, i, t, base);
        }
        return s / units.size();
    }

    static double popVarOfChange(double[][] y, List<Integer> units, int t, int base) {
        double m = meanChange(y, units, t, base);
        double s = 0;
        for (int i : units) {
            double dv = change(y, i, t, base) - m;
            s += dv * dv;
        }
        return s / units.size();
    }
}
