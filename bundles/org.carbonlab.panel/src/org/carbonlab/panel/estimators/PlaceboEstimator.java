package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.DrawStreams;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.tasks.LocalTaskRunner;
import org.carbonlab.core.tasks.TaskRunners;
import org.carbonlab.panel.numerics.TreatmentRefit;

/**
 * {@code panel.placebo}: permutation inference for the TWFE DID of {@code panel.did}.
 * <ul>
 * <li>{@code kind=permutation}: {@code reps} random reassignments of the treatment — of the units, keeping the
 * number treated and the start periods ({@code assign=units}), of each treated unit's start period
 * ({@code assign=timing}), or both — each re-estimated as the real model (same controls, effects and covariance);
 * the distribution (draw, estimate, std_error, statistic, p_value), its mean and SD, the true estimate, its rank and
 * the two-sided permutation p-value (1 + #{|β_d| ≥ |β|}) / (R + 1).</li>
 * <li>{@code kind=in_space}: the treated units are excluded and fake treated units (as many, with the real start
 * periods) are drawn among the controls.</li>
 * <li>{@code kind=in_time}: the sample before the earliest real start, with a fake policy period
 * ({@code fake_start}, or every admissible period) for the treated group; table {@code in_time} (fake_start,
 * estimate, std_error, statistic, p_value, conf_low, conf_high) and the real start {@code real_start}.</li>
 * </ul>
 * Draw b uses the random stream {@code DrawStreams.of(seed, b)} and runs on any of {@code threads} threads (or, under
 * the Spark runner, on any executor: {@link PlaceboDrawPlan}), so the numbers do not depend on where draws run.
 * Draws reuse one factored design ({@link TreatmentRefit}).
 */
public class PlaceboEstimator implements Estimator {
    static final String ASSIGN = "assign";
    static final String KIND = "kind";
    static final String FAKE_START = "fake_start";
    static final String THREADS = "threads";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(DidParameters.formula());
        specs.addAll(DidParameters.treatment());
        specs.addAll(DidParameters.covariance());
        specs.add(ParameterSpec.choice(KIND, "permutation", List.of("permutation", "in_time", "in_space"),
                "permutation (random reassignment of the treatment), in_time (fake policy period before the real "
                        + "one) or in_space (fake treated units among the controls)"));
        specs.add(ParameterSpec.choice(ASSIGN, "units", List.of("units", "timing", "both"),
                "what a permutation draw reassigns: units (same number treated, real start periods), timing "
                        + "(random start period per treated unit) or both"));
        specs.add(DidParameters.reps(500, "placebo draws"));
        specs.add(DidParameters.seed());
        specs.add(ParameterSpec.integer(FAKE_START, null, null, null,
                "kind=in_time: the fake policy period (default: every period from the second to the last before "
                        + "the real start)"));
        specs.add(ParameterSpec.integer(THREADS, 0, 0, 256, "threads for the draws (0 = every core)"));
        return new ParameterSchema(specs);
    }

    @Override
    public List<String> validate(EstimationContext context) {
        return TreatmentAssignment.didProblems(context.parameters(), context.data(), "panel.placebo");
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        TreatmentAssignment assignment = TreatmentAssignment.build(p, data);
        String term = DidEstimator.treatmentTerm(p, data);
        TwfeModel real = TwfeModel.fit(data.withColumn(term, assignment.dummy()), p, List.of(term));
        Result result = real.result;
        result.estimatorId("panel.placebo");
        assignment.warnings().forEach(result::warn);
        Coefficient truth = real.coefficient(term);
        result.statistic("true_estimate", truth.estimate());
        result.statistic("treatment_term", term);
        result.table("treatment", assignment.table(data));
        long seed = p.isSet(DidParameters.SEED) ? p.integer(DidParameters.SEED) : context.seed();
        String kind = p.string(KIND);
        if ("in_time".equals(kind)) {
            inTime(result, p, data, assignment, term);
            return result;
        }
        assignment.requireAbsorbing("panel.placebo");
        int reps = (int) p.integer(DidParameters.REPS);
        int threads = LocalTaskRunner.threads(p.integer(THREADS));
        long[] periods = data.periods();
        Long[] starts = assignment.start();
        String assign = p.string(ASSIGN);
        TwfeModel base;
        PlaceboDrawPlan.StartDraw drawStarts;
        if ("in_space".equals(kind)) {
            List<Integer> controls = new ArrayList<>();
            List<Long> realStarts = new ArrayList<>();
            for (int e = 0; e < starts.length; e++) {
                if (starts[e] == null) {
                    controls.add(e);
                } else {
                    realStarts.add(starts[e]);
                }
            }
            if (controls.size() <= realStarts.size()) {
                throw new InputException("kind=in_space needs more never-treated units than treated ones, but there are "
                        + controls.size() + " never-treated and " + realStarts.size() + " treated units");
            }
            List<Integer> rows = new ArrayList<>();
            for (int e : controls) {
                for (int r = data.firstRow(e); r < data.endRow(e); r++) {
                    rows.add(r);
                }
            }
            PanelFrame sub = data.subset(rows.stream().mapToInt(Integer::intValue).toArray());
            int units = sub.nEntities();
            drawStarts = b -> {
                SplittableRandom rnd = DrawStreams.of(seed, b);
                Long[] out = new Long[units];
                int[] order = permutation(out.length, rnd);
                List<Long> shuffled = shuffled(realStarts, rnd);
                for (int k = 0; k < shuffled.size(); k++) {
                    out[order[k]] = shuffled.get(k);
                }
                return out;
            };
            base = TwfeModel.fit(sub.withColumn(term, dummy(sub, drawStarts.apply(0))), p, List.of(term));
            result.statistic("placebo_units", sub.nEntities());
        } else {
            drawStarts = b -> {
                SplittableRandom rnd = DrawStreams.of(seed, b);
                Long[] out = starts.clone();
                if (!"timing".equals(assign)) {
                    int[] order = permutation(out.length, rnd);
                    Long[] permuted = new Long[out.length];
                    for (int e = 0; e < out.length; e++) {
                        permuted[order[e]] = starts[e];
                    }
                    out = permuted;
                }
                if (!"units".equals(assign)) {
                    for (int e = 0; e < out.length; e++) {
                        if (out[e] != null) {
                            out[e] = periods[1 + rnd.nextInt(periods.length - 1)];
                        }
                    }
                }
                return out;
            };
            base = real;
        }
        TwfeModel model = base;
        int j = model.labels.indexOf(term);
        TreatmentRefit.Covariance cov = model.clusters2 != null ? TreatmentRefit.Covariance.TWO_WAY
                : model.clusters != null ? TreatmentRefit.Covariance.CLUSTER : TreatmentRefit.Covariance.CLASSICAL;
        int[] clusterA = model.clusters2 != null && model.clusters == null ? model.mf.entityIndex() : model.clusters;
        TreatmentRefit refit = new TreatmentRefit(model.mf.y(), model.keptColumnsExcept(j), model.annihilator, cov,
                clusterA, model.clusters2, model.table.smallSampleFactor(), model.fit.dfResid());
        double pDf = model.table.pValueDf();
        PanelFrame frame = model.mf.data();
        int[] rows = model.mf.frameRows();
        int[] entityOfRow = new int[rows.length];
        long[] timeOfRow = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            entityOfRow[i] = frame.entityIndex(rows[i]);
            timeOfRow[i] = frame.time(rows[i]);
        }
        PlaceboDrawPlan plan = new PlaceboDrawPlan(reps, drawStarts, entityOfRow, timeOfRow, refit);
        double[][] draws = TaskRunners.current().run("panel.placebo: " + reps + " draws", plan, threads,
                context.monitor()).toArray(double[][]::new);
        summarise(result, draws, truth, pDf, reps, seed, threads, kind + ("permutation".equals(kind) ? ", assign="
                + assign : ""));
        return result;
    }

    private static void summarise(Result result, double[][] draws, Coefficient truth, double pDf, int reps, long seed,
            int threads, String what) {
        ResultTable t = new ResultTable(List.of("draw", "estimate", "std_error", "statistic", "p_value"));
        double sum = 0;
        double sum2 = 0;
        int valid = 0;
        int below = 0;
        int extreme = 0;
        int extremeT = 0;
        double b0 = truth.estimate();
        double t0 = truth.statistic();
        for (int b = 0; b < draws.length; b++) {
            double est = draws[b][0];
            double se = draws[b][1];
            double stat = est / se;
            t.addRow(b + 1, Double.isNaN(est) ? null : est, Double.isNaN(se) ? null : se,
                    Double.isNaN(stat) ? null : stat,
                    Double.isNaN(stat) ? null : Distributions.tTwoSidedP(stat, pDf));
            if (Double.isNaN(est)) {
                continue;
            }
            valid++;
            sum += est;
            sum2 += est * est;
            if (est < b0) {
                below++;
            }
            if (Math.abs(est) >= Math.abs(b0)) {
                extreme++;
            }
            if (Math.abs(stat) >= Math.abs(t0)) {
                extremeT++;
            }
        }
        if (valid < reps) {
            result.warn((reps - valid) + " of " + reps + " placebo draws gave a treatment absorbed by the fixed "
                    + "effects (no estimate); they are left out of the summary");
        }
        if (valid == 0) {
            throw new org.carbonlab.core.errors.EstimationException("no placebo draw could be estimated");
        }
        double mean = sum / valid;
        double sd = valid > 1 ? Math.sqrt(Math.max(0, (sum2 - valid * mean * mean) / (valid - 1))) : Double.NaN;
        double pValue = (1.0 + extreme) / (valid + 1.0);
        result.table("placebo", t);
        result.statistic("placebo", what);
        result.statistic("reps", reps);
        result.statistic("valid_draws", valid);
        result.statistic("placebo_mean", mean);
        result.statistic("placebo_sd", sd);
        result.statistic("true_rank", below + 1);
        result.statistic("p_permutation", pValue);
        result.statistic("share_extreme", (double) extreme / valid);
        result.statistic("p_permutation_t", (1.0 + extremeT) / (valid + 1.0));
        result.statistic("seed", seed);
        result.statistic("threads", threads);
        result.addTest(new TestResult("permutation", b0, new double[0], pValue, "permutation", null)
                .with("null", "the treatment has no effect (the real estimate is a typical placebo estimate)")
                .with("p_definition", "(1 + #{|placebo| >= |true|}) / (valid draws + 1), two-sided")
                .with("draws", valid));
    }

    private void inTime(Result result, Parameters p, PanelFrame data, TreatmentAssignment assignment, String term) {
        long first = Long.MAX_VALUE;
        for (Long s : assignment.start()) {
            if (s != null) {
                first = Math.min(first, s);
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < data.rows(); r++) {
            if (data.time(r) < first) {
                rows.add(r);
            }
        }
        PanelFrame pre = data.subset(rows.stream().mapToInt(Integer::intValue).toArray());
        long[] periods = pre.periods();
        if (periods.length < 3) {
            throw new InputException("kind=in_time needs at least 3 periods before the real start " + first
                    + "; there are " + periods.length);
        }
        List<Long> fakes = new ArrayList<>();
        if (p.isSet(FAKE_START)) {
            long f = p.integer(FAKE_START);
            if (f <= periods[0] || f > periods[periods.length - 1]) {
                throw new InputException("fake_start=" + f + " must lie after the first period " + periods[0]
                        + " and before the real start " + first + " (last pre-period " + periods[periods.length - 1]
                        + ")");
            }
            fakes.add(f);
        } else {
            for (int k = 1; k < periods.length; k++) {
                fakes.add(periods[k]);
            }
        }
        Long[] starts = assignment.start();
        ResultTable t = new ResultTable(List.of("fake_start", "estimate", "std_error", "statistic", "p_value",
                "conf_low", "conf_high"));
        for (long f : fakes) {
            Long[] fake = new Long[pre.nEntities()];
            for (int e = 0; e < fake.length; e++) {
                int orig = data.entityLabels().indexOf(pre.entityLabels().get(e));
                fake[e] = starts[orig] != null ? f : null;
            }
            TwfeModel m = TwfeModel.fit(pre.withColumn(term, dummy(pre, fake)), p, List.of(term));
            Coefficient c = m.coefficient(term);
            t.addRow(f, c.estimate(), c.stdError(), c.statistic(), c.pValue(), c.confLow(), c.confHigh());
        }
        result.table("in_time", t);
        result.statistic("placebo", "in_time");
        result.statistic("pre_periods", periods.length);
        result.statistic("real_start", first);
    }

    private static double[] dummy(PanelFrame data, Long[] starts) {
        double[] d = new double[data.rows()];
        for (int r = 0; r < d.length; r++) {
            Long s = starts[data.entityIndex(r)];
            d[r] = s != null && data.time(r) >= s ? 1 : 0;
        }
        return d;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    private static int[] permutation(int n, SplittableRandom rnd) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = rnd.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[k];
            a[k] = tmp;
        }
        return a;
    }

    private static List<Long> shuffled(List<Long> values, SplittableRandom rnd) {
        List<Long> out = new ArrayList<>(values);
        for (int i = out.size() - 1; i > 0; i--) {
            int k = rnd.nextInt(i + 1);
            Long tmp = out.get(i);
            out.set(i, out.get(k));
            out.set(k, tmp);
        }
        return out;
    }
}
