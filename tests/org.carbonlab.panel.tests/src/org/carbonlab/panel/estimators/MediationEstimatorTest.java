package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.SyntheticPanels.coef;
import static org.carbonlab.panel.estimators.SyntheticPanels.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.study.EstimationRunner;
import org.carbonlab.core.transform.Percentiles;
import org.carbonlab.core.inference.Distributions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * panel.mediation rebuilt from separately fitted panel.ols / panel.fe models and from the hand formulas of the
 * Sobel, Aroian and Goodman tests and the Baron–Kenny rule; the bootstrap checked for reproducibility, against a
 * replication done by hand, for failure counting, progress and cancellation; bad input named in validate.
 */
class MediationEstimatorTest {
    private static final PanelFrame DATA = SyntheticPanels.mediation(30, 8, 20240601L);

    static void close(double expected, double actual, double tol, String what) {
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(rel <= tol || Math.abs(actual - expected) <= tol * 1e-3,
                what + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
    }

    static double stat(ModelResult r, String name) {
        return r.number(name);
    }

    static ModelResult model(Result r, String name) {
        return r.models().stream().filter(m -> name.equals(m.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no model " + name));
    }

    /** Same coefficients, SEs and p-values as the separate fit, term by term. */
    static void sameModel(Result separate, ModelResult inMediation, String what) {
        assertEquals(separate.coefficients().size(), inMediation.coefficients().size(), what);
        for (Coefficient s : separate.coefficients()) {
            Coefficient m = coef(inMediation, s.term());
            close(s.estimate(), m.estimate(), 1e-12, what + " " + s.term());
            close(s.stdError(), m.stdError(), 1e-12, what + " se " + s.term());
            close(s.pValue(), m.pValue(), 1e-10, what + " p " + s.term());
        }
    }

    /** Every mediation statistic rebuilt from the three separately fitted models. */
    static void rebuild(Result med, Result total, Result mediator, Result outcome, String what) {
        double c = coef(total, "x").estimate();
        double a = coef(mediator, "x").estimate();
        double sa = coef(mediator, "x").stdError();
        double b = coef(outcome, "m").estimate();
        double sb = coef(outcome, "m").stdError();
        double cp = coef(outcome, "x").estimate();
        close(c, stat(med, "c"), 1e-12, what + " c");
        close(a, stat(med, "a"), 1e-12, what + " a");
        close(b, stat(med, "b"), 1e-12, what + " b");
        close(cp, stat(med, "c_prime"), 1e-12, what + " c'");
        close(a * b, stat(med, "indirect"), 1e-12, what + " indirect");
        close(a * b / c, stat(med, "share_mediated"), 1e-12, what + " share");
        // the identity of the common sample: total = direct + indirect
        close(c - cp, a * b, 1e-9, what + " c - c' = a·b");
        double sobelSe = Math.sqrt(b * b * sa * sa + a * a * sb * sb);
        double aroianSe = Math.sqrt(b * b * sa * sa + a * a * sb * sb + sa * sa * sb * sb);
        double goodmanSe = Math.sqrt(b * b * sa * sa + a * a * sb * sb - sa * sa * sb * sb);
        close(sobelSe, stat(med, "sobel_se"), 1e-12, what + " sobel se");
        close(a * b / sobelSe, stat(med, "sobel_z"), 1e-12, what + " sobel z");
        close(Distributions.normalTwoSidedP(a * b / sobelSe), stat(med, "sobel_p"), 1e-10, what + " sobel p");
        close(a * b / aroianSe, stat(med, "aroian_z"), 1e-12, what + " aroian z");
        close(a * b / goodmanSe, stat(med, "goodman_z"), 1e-12, what + " goodman z");
        // Baron–Kenny at alpha = 0.05
        double pc = coef(total, "x").pValue();
        double pa = coef(mediator, "x").pValue();
        double pb = coef(outcome, "m").pValue();
        double pcp = coef(outcome, "x").pValue();
        String verdict;
        if (!(pc < 0.05 && pa < 0.05 && pb < 0.05)) {
            verdict = "none";
        } else if (!(pcp < 0.05)) {
            verdict = "complete";
        } else {
            verdict = Math.signum(cp) == Math.signum(c) && Math.abs(cp) < Math.abs(c) ? "partial" : "none";
        }
        assertEquals(verdict, med.statistic("verdict"), what + " verdict");
    }

    @Test
    void pooledOlsRebuildsFromSeparateModels() {
        for (String vcov : new String[] {"classical", "robust", "cluster"}) {
            Result med = fit(new MediationEstimator(), DATA, params("outcome", "y", "treatment", "x", "mediator", "m",
                    "controls", "w", "model", "ols", "vcov", vcov, "reps", "0"));
            Map<String, String> base = params("vcov", vcov);
            Result total = fit(new PooledOlsEstimator(), DATA, with(base, "formula", "y ~ x + w"));
            Result mediator = fit(new PooledOlsEstimator(), DATA, with(base, "formula", "m ~ x + w"));
            Result outcome = fit(new PooledOlsEstimator(), DATA, with(base, "formula", "y ~ x + m + w"));
            rebuild(med, total, mediator, outcome, "ols " + vcov);
            assertEquals(List.of("total", "mediator", "outcome"), med.models().stream().map(ModelResult::name).toList());
            sameModel(total, model(med, "total"), "ols total");
            sameModel(mediator, model(med, "mediator"), "ols mediator");
            sameModel(outcome, model(med, "outcome"), "ols outcome");
            assertEquals("none", med.statistic("effect"));
            assertFalse(med.tables().containsKey("bootstrap"));
        }
    }

    @ParameterizedTest
    @CsvSource({"individual,classical", "individual,cluster", "time,classical", "twoways,classical",
            "twoways,cluster"})
    void fixedEffectsRebuildFromSeparateModels(String effect, String vcov) {
        Result med = fit(new MediationEstimator(), DATA, params("outcome", "y", "treatment", "x", "mediator", "m",
                "controls", "w", "effect", effect, "vcov", vcov, "reps", "0"));
        Map<String, String> base = params("effect", effect, "vcov", vcov);
        Result total = fit(new FixedEffectsEstimator(), DATA, with(base, "formula", "y ~ x + w"));
        Result mediator = fit(new FixedEffectsEstimator(), DATA, with(base, "formula", "m ~ x + w"));
        Result outcome = fit(new FixedEffectsEstimator(), DATA, with(base, "formula", "y ~ x + m + w"));
        rebuild(med, total, mediator, outcome, "fe " + effect + " " + vcov);
        sameModel(total, model(med, "total"), "fe total");
        sameModel(outcome, model(med, "outcome"), "fe outcome");
        assertEquals("fe", med.statistic("model"));
        assertEquals(effect, med.statistic("effect"));
        assertEquals(240.0, stat(med, "n_obs"));
    }

    @Test
    void parallelMediatorsGetSuffixedNames() {
        Result med = fit(new MediationEstimator(), DATA, params("outcome", "y", "treatment", "x", "mediator", "m, m2",
                "controls", "w", "reps", "0"));
        Result total = fit(new FixedEffectsEstimator(), DATA, params("formula", "y ~ x + w"));
        Result m1 = fit(new FixedEffectsEstimator(), DATA, params("formula", "m ~ x + w"));
        Result m2 = fit(new FixedEffectsEstimator(), DATA, params("formula", "m2 ~ x + w"));
        Result outcome = fit(new FixedEffectsEstimator(), DATA, params("formula", "y ~ x + m + m2 + w"));
        assertEquals(List.of("total", "mediator_m", "mediator_m2", "outcome"),
                med.models().stream().map(ModelResult::name).toList());
        double c = coef(total, "x").estimate();
        double cp = coef(outcome, "x").estimate();
        double ab1 = coef(m1, "x").estimate() * coef(outcome, "m").estimate();
        double ab2 = coef(m2, "x").estimate() * coef(outcome, "m2").estimate();
        close(c, stat(med, "c"), 1e-12, "c");
        close(cp, stat(med, "c_prime"), 1e-12, "c'");
        close(ab1, stat(med, "indirect_m"), 1e-12, "indirect m");
        close(ab2, stat(med, "indirect_m2"), 1e-12, "indirect m2");
        close(ab1 + ab2, stat(med, "indirect"), 1e-12, "indirect sum");
        close(c - cp, ab1 + ab2, 1e-9, "c - c' = sum of a_j b_j");
        close((ab1 + ab2) / c, stat(med, "share_mediated"), 1e-12, "share");
        double a2 = coef(m2, "x").estimate();
        double sa2 = coef(m2, "x").stdError();
        double b2 = coef(outcome, "m2").estimate();
        double sb2 = coef(outcome, "m2").stdError();
        close(a2 * b2 / Math.sqrt(b2 * b2 * sa2 * sa2 + a2 * a2 * sb2 * sb2), stat(med, "sobel_z_m2"), 1e-12, "sobel m2");
        for (String name : new String[] {"a_m", "b_m", "share_mediated_m", "sobel_se_m", "sobel_p_m", "aroian_z_m",
                "goodman_z_m", "a_m2", "b_m2", "sobel_se_m2", "sobel_p_m2", "aroian_z_m2", "goodman_z_m2"}) {
            assertTrue(med.statistic(name) instanceof Number, name);
        }
        assertTrue(List.of("none", "partial", "complete").contains(med.statistic("verdict_m")));
        assertTrue(List.of("none", "partial", "complete").contains(med.statistic("verdict")));
        assertEquals(null, med.statistic("a"));
    }

    @Test
    void everyEquationUsesTheCommonSample() {
        double[] m = DATA.numeric("m");
        double[] w = DATA.numeric("w");
        boolean[] keep = new boolean[DATA.rows()];
        for (int i = 0; i < m.length; i++) {
            if (i % 7 == 3) {
                m[i] = Double.NaN;
            }
            if (i % 11 == 5) {
                w[i] = Double.NaN;
            }
            keep[i] = !Double.isNaN(m[i]) && !Double.isNaN(w[i]);
        }
        PanelFrame holes = DATA.withColumn("m", m).withColumn("w", w);
        PanelFrame complete = SyntheticPanels.subset(holes, keep, "x", "w", "m", "y");
        for (String model : new String[] {"fe", "ols"}) {
            Result med = fit(new MediationEstimator(), holes, params("outcome", "y", "treatment", "x", "mediator", "m",
                    "controls", "w", "model", model, "reps", "0"));
            Estimator e = "fe".equals(model) ? new FixedEffectsEstimator() : new PooledOlsEstimator();
            Result total = fit(e, complete, params("formula", "y ~ x + w"));
            Result mediator = fit(e, complete, params("formula", "m ~ x + w"));
            Result outcome = fit(e, complete, params("formula", "y ~ x + m + w"));
            rebuild(med, total, mediator, outcome, model + " with missing values");
            assertEquals((double) complete.rows(), stat(med, "n_obs"));
            for (ModelResult eq : med.models()) {
                assertEquals((double) complete.rows(), eq.number("n_obs"), eq.name());
            }
            assertTrue(med.warnings().stream().anyMatch(x -> x.contains("dropped because of missing values")),
                    med.warnings().toString());
        }
    }

    @Test
    void controlsMayBeFormulaTerms() {
        Result med = fit(new MediationEstimator(), DATA, params("outcome", "y", "treatment", "x", "mediator", "m",
                "controls", "I(w^2), lag(w,1)", "reps", "0"));
        Result outcome = fit(new FixedEffectsEstimator(), DATA, params("formula", "y ~ x + m + I(w^2) + lag(w,1)"));
        sameModel(outcome, model(med, "outcome"), "outcome with term controls");
        assertTrue(model(med, "total").coefficient("lag(w,1)").isPresent());
    }

    // ------------------------------------------------------------------ bootstrap

    static ResultTable bootstrap(Result r) {
        ResultTable t = r.tables().get("bootstrap");
        assertTrue(t != null, "no bootstrap table");
        return t;
    }

    static List<Object> row(ResultTable t, String effect) {
        return t.rows().stream().filter(r -> effect.equals(r.get(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no bootstrap row " + effect));
    }

    static double cell(ResultTable t, String effect, String column) {
        return ((Number) row(t, effect).get(t.columnIndex(column))).doubleValue();
    }

    /** A monitor that records progress and can cancel after a number of units. */
    static final class Recorder implements ProgressMonitor {
        final AtomicInteger total = new AtomicInteger(-1);
        final AtomicInteger worked = new AtomicInteger();
        final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void begin(String task, int totalWork) {
            total.set(totalWork);
        }

        @Override
        public void worked(int units) {
            worked.addAndGet(units);
        }

        @Override
        public boolean isCanceled() {
            return worked.get() >= cancelAfter;
        }
    }

    @Test
    void bootstrapIsReproducibleBySeedAndReportsProgress() {
        Map<String, String> p = params("outcome", "y", "treatment", "x", "mediator", "m", "controls", "w", "reps",
                "200");
        Recorder rec = new Recorder(Integer.MAX_VALUE);
        Result one = fit(new MediationEstimator(), DATA, p, 42L, rec);
        Result again = fit(new MediationEstimator(), DATA, p, 42L, ProgressMonitor.NULL);
        Result other = fit(new MediationEstimator(), DATA, p, 43L, ProgressMonitor.NULL);
        assertEquals(200, rec.total.get());
        assertEquals(200, rec.worked.get());
        ResultTable t = bootstrap(one);
        assertEquals(List.of("effect", "estimate", "boot_se", "pct_low", "pct_high", "bc_low", "bc_high", "reps_ok",
                "reps_failed"), t.columns());
        assertEquals(List.of("indirect", "direct", "total"), t.rows().stream().map(r -> r.get(0)).toList());
        assertEquals(t.rows(), bootstrap(again).rows(), "same seed, same numbers");
        assertNotEquals(cell(t, "indirect", "boot_se"), cell(bootstrap(other), "indirect", "boot_se"));
        assertNotEquals(cell(t, "indirect", "pct_low"), cell(bootstrap(other), "indirect", "pct_low"));
        close(stat(one, "indirect"), cell(t, "indirect", "estimate"), 1e-15, "estimate column");
        close(stat(one, "c_prime"), cell(t, "direct", "estimate"), 1e-15, "direct");
        close(stat(one, "c"), cell(t, "total", "estimate"), 1e-15, "total");
        for (String e : new String[] {"indirect", "direct", "total"}) {
            assertEquals(200.0, cell(t, e, "reps_ok") + cell(t, e, "reps_failed"));
            assertTrue(cell(t, e, "pct_low") < cell(t, e, "estimate") && cell(t, e, "estimate") < cell(t, e, "pct_high"), e);
            assertTrue(cell(t, e, "bc_low") < cell(t, e, "bc_high"), e);
            assertTrue(cell(t, e, "boot_se") > 0, e);
        }
        assertEquals(42.0, stat(one, "bootstrap_seed"));
    }

    @Test
    void bootstrapMatchesReplicationsDoneByHand() {
        // fifty replications (the fewest that give intervals) of the entity bootstrap, redone with the documented
        // generators (the b-th split of new SplittableRandom(seed), G draws nextInt(G) each) and panel.fe fits of
        // resampled frames
        PanelFrame data = SyntheticPanels.mediation(12, 5, 99L);
        long seed = 11L;
        int reps = 50;
        Result med = fit(new MediationEstimator(), data, params("outcome", "y", "treatment", "x", "mediator", "m",
                "controls", "w", "reps", Integer.toString(reps)), seed, ProgressMonitor.NULL);
        SplittableRandom root = new SplittableRandom(seed);
        int g = data.nEntities();
        double[][] draws = new double[3][reps];
        for (int b = 0; b < reps; b++) {
            SplittableRandom rng = root.split();
            List<Integer> ids = new ArrayList<>();
            List<Long> years = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int k = 0; k < g; k++) {
                int pick = rng.nextInt(g);
                for (int i = 0; i < data.rows(); i++) {
                    if (data.entityIndex(i) == pick) {
                        ids.add(k + 1);
                        years.add(data.time(i));
                        rows.add(i);
                    }
                }
            }
            PanelFrame.Builder fb = PanelFrame.builder().entityColumn("id").timeColumn("year")
                    .entities(ids.stream().mapToInt(Integer::intValue).toArray())
                    .times(years.stream().mapToLong(Long::longValue).toArray());
            for (String col : new String[] {"x", "w", "m", "y"}) {
                double[] all = data.numeric(col);
                fb.column(col, rows.stream().mapToDouble(i -> all[i]).toArray());
            }
            PanelFrame resampled = fb.build();
            Result total = fit(new FixedEffectsEstimator(), resampled, params("formula", "y ~ x + w"));
            Result mediator = fit(new FixedEffectsEstimator(), resampled, params("formula", "m ~ x + w"));
            Result outcome = fit(new FixedEffectsEstimator(), resampled, params("formula", "y ~ x + m + w"));
            draws[0][b] = coef(mediator, "x").estimate() * coef(outcome, "m").estimate();
            draws[1][b] = coef(outcome, "x").estimate();
            draws[2][b] = coef(total, "x").estimate();
        }
        ResultTable t = bootstrap(med);
        String[] effects = {"indirect", "direct", "total"};
        for (int j = 0; j < 3; j++) {
            double[] d = draws[j];
            double mean = Arrays.stream(d).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(d).map(v -> (v - mean) * (v - mean)).sum() / (reps - 1));
            close(sd, cell(t, effects[j], "boot_se"), 1e-9, effects[j] + " boot se");
            // 50 draws: 2.5 % -> P = 1.25 -> x(2); 97.5 % -> P = 48.75 -> x(49)
            double[] sorted = d.clone();
            Arrays.sort(sorted);
            close(sorted[1], cell(t, effects[j], "pct_low"), 1e-9, effects[j] + " pct low");
            close(sorted[48], cell(t, effects[j], "pct_high"), 1e-9, effects[j] + " pct high");
            close(Percentiles.quantile(d, 0.975, Percentiles.Type.STATA), cell(t, effects[j], "pct_high"), 1e-9,
                    effects[j] + " pct high via Percentiles");
        }
    }

    @Test
    void failedReplicationsAreCountedAndReported() {
        // xpart varies over time only in entities 1 and 2: a resample without both has no within variation in the
        // treatment, the refit drops it, and the replication fails (about (8/10)^10 = 11 % of them)
        PanelFrame data = SyntheticPanels.mediation(10, 6, 5L);
        Result med = fit(new MediationEstimator(), data, params("outcome", "y", "treatment", "xpart", "mediator", "m",
                "reps", "150"), 3L, ProgressMonitor.NULL);
        ResultTable t = bootstrap(med);
        double failed = cell(t, "indirect", "reps_failed");
        assertTrue(failed > 0, "some replications should fail");
        assertEquals(150.0, failed + cell(t, "indirect", "reps_ok"));
        assertEquals(failed, stat(med, "bootstrap_failed"));
        String expected = (long) failed + " of 150 bootstrap replications failed";
        assertTrue(med.warnings().stream().anyMatch(w -> w.startsWith(expected) && w.contains("dropped in the resample")),
                med.warnings().toString());
    }

    @Test
    void tooFewReplicationsGiveNoIntervalsAndSaySo() {
        // reps = 1 used to print the single draw as a "95 % interval" that excluded the estimate
        for (String reps : new String[] {"1", "49"}) {
            Result med = fit(new MediationEstimator(), DATA, params("outcome", "y", "treatment", "x", "mediator", "m",
                    "controls", "w", "reps", reps), 5L, ProgressMonitor.NULL);
            ResultTable t = bootstrap(med);
            for (String e : new String[] {"indirect", "direct", "total"}) {
                for (String end : new String[] {"pct_low", "pct_high", "bc_low", "bc_high"}) {
                    assertTrue(Double.isNaN(cell(t, e, end)), reps + " reps: " + e + " " + end);
                }
                assertEquals(Double.parseDouble(reps), cell(t, e, "reps_ok"));
            }
            assertEquals("1".equals(reps), Double.isNaN(cell(t, "indirect", "boot_se")), "SE needs two draws");
            String expected = "1".equals(reps) ? "fewer than 2 bootstrap replications succeeded"
                    : "only 49 bootstrap replication(s) succeeded: percentile and bias-corrected intervals need at "
                            + "least 50";
            assertTrue(med.warnings().stream().anyMatch(w -> w.startsWith(expected)), med.warnings().toString());
        }
    }

    @Test
    void bootstrapCanBeCancelled() {
        Recorder rec = new Recorder(20);
        Map<String, String> p = params("outcome", "y", "treatment", "x", "mediator", "m", "reps", "100000");
        assertThrows(CancellationException.class, () -> fit(new MediationEstimator(), DATA, p, 1L, rec));
        assertTrue(rec.worked.get() < 100_000);
    }

    @Test
    void observationResamplingAndSeveralMediators() {
        Result med = fit(new MediationEstimator(), DATA, params("outcome", "y", "treatment", "x", "mediator", "m,m2",
                "reps", "60", "resample", "observation", "model", "ols"), 8L, ProgressMonitor.NULL);
        ResultTable t = bootstrap(med);
        assertEquals(List.of("indirect_m", "indirect_m2", "indirect", "direct", "total"),
                t.rows().stream().map(r -> r.get(0)).toList());
        assertEquals("observation", med.statistic("bootstrap_resample"));
        assertEquals(60.0, cell(t, "indirect", "reps_ok"));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void everyProblemIsNamedAtOnce() {
        List<String> problems = SyntheticPanels.validate(new MediationEstimator(), DATA, params("outcome", "yy",
                "treatment", "x", "mediator", "x, m", "controls", "wq, x"));
        String all = String.join("\n", problems);
        assertTrue(all.contains("mediator 'x' is the treatment"), all);
        assertTrue(all.contains("column 'yy' not found"), all);
        assertTrue(all.contains("column 'wq' not found"), all);
        assertTrue(all.contains("control 'x' is the treatment"), all);
        assertTrue(problems.size() >= 4, all);
    }

    @Test
    void treatmentWithoutWithinVariationUnderFixedEffects() {
        Map<String, String> p = params("outcome", "y", "treatment", "flat", "mediator", "m");
        List<String> problems = SyntheticPanels.validate(new MediationEstimator(), DATA, p);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("treatment 'flat' does not vary within entities"), problems.get(0));
        assertTrue(problems.get(0).contains("model=ols"), problems.get(0));
        InputException e = assertThrows(InputException.class,
                () -> fit(new MediationEstimator(), DATA, with(p, "reps", "0")));
        assertEquals(problems, e.problems());
        // pooled OLS can estimate it
        assertEquals(List.of(), SyntheticPanels.validate(new MediationEstimator(), DATA, with(p, "model", "ols")));
        // a mediator without within variation is named too; time effects ask for variation within periods
        List<String> twoProblems = SyntheticPanels.validate(new MediationEstimator(), DATA,
                params("outcome", "y", "treatment", "x", "mediator", "flat"));
        assertTrue(twoProblems.get(0).startsWith("mediator 'flat' does not vary within entities"), twoProblems.toString());
        assertEquals(List.of(), SyntheticPanels.validate(new MediationEstimator(), DATA,
                params("outcome", "y", "treatment", "flat", "mediator", "m", "effect", "time")));
    }

    @Test
    void otherRoleConflicts() {
        String all = String.join("\n", SyntheticPanels.validate(new MediationEstimator(), DATA, params("outcome", "y",
                "treatment", "y", "mediator", "m,m,y", "cluster", "id")));
        assertTrue(all.contains("treatment 'y' is also the outcome"), all);
        assertTrue(all.contains("mediator 'm' is listed twice"), all);
        assertTrue(all.contains("mediator 'y' is the treatment"), all);
        assertTrue(all.contains("vcov is classical"), all);
    }

    @Test
    void grunfeldFixedEffects() throws IOException {
        Path csv = Path.of("resources", "grunfeld", "data.csv");
        assertTrue(Files.exists(csv), csv.toAbsolutePath().toString());
        PanelFrame g = DataReader.readPanel(csv, null, "firm", "year");
        Result med = fit(new MediationEstimator(), g, params("outcome", "inv", "treatment", "value", "mediator",
                "capital", "vcov", "cluster", "reps", "50"), 7L, ProgressMonitor.NULL);
        Result total = fit(new FixedEffectsEstimator(), g, params("formula", "inv ~ value", "vcov", "cluster"));
        Result mediator = fit(new FixedEffectsEstimator(), g, params("formula", "capital ~ value", "vcov", "cluster"));
        Result outcome = fit(new FixedEffectsEstimator(), g, params("formula", "inv ~ value + capital", "vcov", "cluster"));
        double c = coef(total, "value").estimate();
        double a = coef(mediator, "value").estimate();
        double b = coef(outcome, "capital").estimate();
        double cp = coef(outcome, "value").estimate();
        close(c, stat(med, "c"), 1e-12, "grunfeld c");
        close(c - cp, a * b, 1e-9, "grunfeld c - c' = a·b");
        close(a * b, stat(med, "indirect"), 1e-12, "grunfeld indirect");
        double sa = coef(mediator, "value").stdError();
        double sb = coef(outcome, "capital").stdError();
        close(Math.sqrt(b * b * sa * sa + a * a * sb * sb), stat(med, "sobel_se"), 1e-12, "grunfeld sobel se");
        assertEquals(50.0, cell(bootstrap(med), "indirect", "reps_ok") + cell(bootstrap(med), "indirect", "reps_failed"));
    }

    @Test
    void schemaDefaults() {
        var schema = new MediationEstimator().parameters();
        assertEquals("500", schema.spec("reps").orElseThrow().defaultValue());
        assertEquals("entity", schema.spec("resample").orElseThrow().defaultValue());
        assertEquals("fe", schema.spec("model").orElseThrow().defaultValue());
        EstimationContext ctx = EstimationContext.of(DATA, schema.resolve(params("outcome", "y", "treatment", "x",
                "mediator", "m")));
        assertEquals(List.of(), new MediationEstimator().validate(ctx));
    }

    @Test
    void runsThroughTheEstimationRunnerWithSeedParameter() {
        EstimatorDescriptor d = new EstimatorDescriptor("panel.mediation", "Mediation", "panel", "test", "",
                "org.carbonlab.panel", MediationEstimator::new);
        EstimationRunner runner = new EstimationRunner("test");
        Map<String, String> raw = params("outcome", "y", "treatment", "x", "mediator", "m", "controls", "w", "reps",
                "80", "seed", "42");
        Result viaRunner = runner.run(d, DATA, raw, ProgressMonitor.NULL);
        Result direct = fit(new MediationEstimator(), DATA, raw, 42L, ProgressMonitor.NULL);
        assertEquals(42L, viaRunner.provenance().get("seed"));
        assertEquals(bootstrap(direct).rows(), bootstrap(viaRunner).rows());
        assertEquals("entity", viaRunner.parameters().get("resample"));
        assertEquals(0.05, viaRunner.number("verdict_alpha"), 0.0);
        InputException bad = assertThrows(InputException.class, () -> runner.run(d, DATA,
                params("outcome", "y", "treatment", "x", "mediator", "x", "controls", "nope"), ProgressMonitor.NULL));
        assertEquals(2, bad.problems().size(), bad.problems().toString());
    }

    static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> m = new java.util.LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }
}
