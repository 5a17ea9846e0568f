package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.WaldTest;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.panel.numerics.GroupTimeAggregation;

/**
 * {@code panel.eventstudy}: leads and lags of the treatment relative to each unit's first treated period.
 * <ul>
 * <li>{@code method=twfe}: y on the event-time dummies {@code i(event_time, ref = -1, bin = c(lo, hi), na = "ref")}
 * (never-treated units have all dummies zero, so they are controls), the controls and two-way effects, fitted as
 * {@code panel.fe}; endpoints binned (event times beyond lo/hi pooled) or trimmed (those rows dropped);</li>
 * <li>{@code method=cs}: the dynamic aggregation of the Callaway–Sant'Anna group-time ATTs (as {@code panel.did}).</li>
 * </ul>
 * Both report the table {@code event_study} (event_time, estimate, std_error, conf_low, conf_high, reference) for a
 * coefficient plot, the joint test {@code pretrend} that all pre-treatment coefficients are zero, and the table
 * {@code trends}: the mean outcome per period of treated and never-treated units (optionally residualised on the
 * controls), with the policy period in the statistics.
 */
public class EventStudyEstimator implements Estimator {
    static final String REF = "ref";
    static final String BIN_LOW = "bin_low";
    static final String BIN_HIGH = "bin_high";
    static final String ENDPOINTS = "endpoints";
    static final String METHOD = "method";
    static final String RESIDUALISE = "trends_residualised";
    static final String EVENT_TIME = "event_time";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(DidParameters.formula());
        specs.addAll(DidParameters.treatment());
        specs.add(ParameterSpec.integer(REF, -1, null, null, "reference event time (its coefficient is fixed at 0)"));
        specs.add(ParameterSpec.integer(BIN_LOW, null, null, null,
                "lowest event time shown, e.g. -5 (default the lowest observed); method=cs shows the dynamic ATTs "
                        + "inside the window without pooling"));
        specs.add(ParameterSpec.integer(BIN_HIGH, null, null, null,
                "highest event time shown, e.g. 5 (default the highest observed)"));
        specs.add(ParameterSpec.choice(ENDPOINTS, "bin", List.of("bin", "trim"),
                "event times beyond bin_low/bin_high: bin (pooled into the end dummies) or trim (those rows of "
                        + "treated units dropped)"));
        specs.add(ParameterSpec.choice(METHOD, "twfe", List.of("twfe", "cs"),
                "twfe (dummy regression) or cs (Callaway–Sant'Anna dynamic aggregation, heterogeneity-robust)"));
        specs.addAll(DidParameters.callawaySantAnna());
        specs.addAll(DidParameters.covariance());
        specs.add(ParameterSpec.optional(RESIDUALISE, ParameterType.BOOLEAN, "false",
                "trends table: the outcome minus the controls' contribution estimated in the event-study "
                        + "regression, instead of the raw outcome"));
        return new ParameterSchema(specs);
    }

    @Override
    public List<String> validate(EstimationContext context) {
        Parameters p = context.parameters();
        List<String> problems = TreatmentAssignment.didProblems(p, context.data(), "panel.eventstudy");
        if (p.isSet(BIN_LOW) && p.isSet(BIN_HIGH) && p.integer(BIN_LOW) >= p.integer(BIN_HIGH)) {
            problems.add("bin_low=" + p.integer(BIN_LOW) + " must be below bin_high=" + p.integer(BIN_HIGH));
        }
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        TreatmentAssignment assignment = TreatmentAssignment.build(p, data);
        assignment.requireAbsorbing("panel.eventstudy");
        double[] rel = assignment.eventTime(data);
        // the observed event times are those of the rows the regression can use (outcome and controls present)
        org.carbonlab.core.formula.Formula user = org.carbonlab.core.formula.Formula.parse(
                p.string(PanelParameters.FORMULA));
        int[] usable = org.carbonlab.core.formula.Formula.parse(TwfeModel.rebuild(user, List.of(), List.of()))
                .modelFrame(data).frameRows();
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int r : usable) {
            if (!Double.isNaN(rel[r])) {
                lo = Math.min(lo, (long) rel[r]);
                hi = Math.max(hi, (long) rel[r]);
            }
        }
        if (lo == Long.MAX_VALUE) {
            throw new InputException("no treated unit has a row with the outcome and every control present");
        }
        long ref = p.integer(REF);
        long binLow = p.isSet(BIN_LOW) ? p.integer(BIN_LOW) : lo;
        long binHigh = p.isSet(BIN_HIGH) ? p.integer(BIN_HIGH) : hi;
        if (ref < binLow || ref > binHigh) {
            throw new InputException("ref=" + ref + " is outside the event-time window " + binLow + " to " + binHigh
                    + " (bin_low/bin_high, or the observed event times " + lo + " to " + hi + ")");
        }
        if (ref < lo || ref > hi) {
            throw new InputException("ref=" + ref + ": no treated unit is observed at event time " + ref
                    + " (observed " + lo + " to " + hi + ")");
        }
        boolean trim = "trim".equals(p.string(ENDPOINTS));
        PanelFrame d = data.withColumn(EVENT_TIME, rel);
        int trimmed = 0;
        if (trim) {
            List<Integer> keep = new ArrayList<>();
            for (int r = 0; r < rel.length; r++) {
                if (Double.isNaN(rel[r]) || (rel[r] >= binLow && rel[r] <= binHigh)) {
                    keep.add(r);
                } else {
                    trimmed++;
                }
            }
            d = d.subset(keep.stream().mapToInt(Integer::intValue).toArray());
        }
        String term = "i(" + EVENT_TIME + ", ref = " + ref
                + (!trim && (binLow > lo || binHigh < hi) ? ", bin = c(" + binLow + ", " + binHigh + ")" : "")
                + ", na = \"ref\")";
        TwfeModel twfe = TwfeModel.fit(d, p, List.of(term));
        Result result;
        double level = p.number(CovarianceParameters.LEVEL);
        if ("cs".equals(p.string(METHOD))) {
            result = new Result("panel.eventstudy");
            twfe.result.warnings().forEach(result::warn);
            result.data(twfe.result.data());
            OutcomePanel panel = OutcomePanel.of(data, p.string(PanelParameters.FORMULA), assignment);
            String w = panel.droppedWarning("Callaway-Sant'Anna");
            if (w != null) {
                result.warn(w);
            }
            CallawaySantAnnaReport cs = CallawaySantAnnaReport.estimate(panel, p, result);
            cs.addTo(result);
            addCsEventStudy(result, cs, binLow, binHigh, level);
            result.statistic("method", CallawaySantAnnaReport.METHOD);
        } else {
            result = twfe.result;
            result.estimatorId("panel.eventstudy");
            addTwfeEventStudy(result, twfe, ref, binLow, binHigh);
            result.statistic("method", "TWFE event-study regression (panel.fe, two-way effects)");
        }
        assignment.warnings().forEach(result::warn);
        result.statistic("ref", ref);
        result.statistic("bin_low", binLow);
        result.statistic("bin_high", binHigh);
        result.statistic("endpoints", trim ? "trim" : "bin");
        if (trim) {
            result.statistic("rows_trimmed", trimmed);
        }
        result.table("treatment", assignment.table(data));
        ParallelTrends.addTo(result, data, twfe, assignment, p.bool(RESIDUALISE) ? EVENT_TIME + "::" : null);
        return result;
    }

    private static void addTwfeEventStudy(Result result, TwfeModel twfe, long ref, long binLow, long binHigh) {
        String prefix = EVENT_TIME + "::";
        TreeMap<Long, Coefficient> byE = new TreeMap<>();
        for (Coefficient c : result.coefficients()) {
            if (c.term().startsWith(prefix)) {
                byE.put(Long.parseLong(c.term().substring(prefix.length())), c);
            }
        }
        ResultTable t = new ResultTable(List.of("event_time", "estimate", "std_error", "conf_low", "conf_high",
                "reference"));
        byE.put(ref, null);
        for (var e : byE.entrySet()) {
            Coefficient c = e.getValue();
            if (c == null) {
                t.addRow(e.getKey(), 0.0, 0.0, 0.0, 0.0, true);
            } else {
                t.addRow(e.getKey(), c.estimate(), c.stdError(), c.confLow(), c.confHigh(), false);
            }
        }
        result.table("event_study", t);
        // joint test of the pre-treatment coefficients, with the model's covariance
        List<String> terms = result.vcovTerms();
        double[][] v = result.vcov();
        List<Integer> pre = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String s = terms.get(i);
            if (s.startsWith(prefix) && Long.parseLong(s.substring(prefix.length())) < 0) {
                pre.add(i);
            }
        }
        if (pre.isEmpty()) {
            result.warn("no pre-treatment event time besides the reference: the pre-trend test is not available");
            return;
        }
        double[] b = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            b[i] = result.coefficient(terms.get(i)).map(Coefficient::estimate).orElse(0.0);
        }
        double[][] r = new double[pre.size()][terms.size()];
        for (int a = 0; a < pre.size(); a++) {
            r[a][pre.get(a)] = 1;
        }
        WaldTest.Outcome o = WaldTest.test(b, v, r, null, twfe.table.waldDf2(), twfe.table.clusters());
        result.addTest(TestResult.f("pretrend", o.f(), o.q(), o.fDf2(), o.fP())
                .with("null", "all pre-treatment event-time coefficients are zero")
                .with("chi2", o.chi2()).with("chi2_p", o.chi2P()));
    }

    private static void addCsEventStudy(Result result, CallawaySantAnnaReport cs, long binLow, long binHigh,
            double level) {
        double z = Distributions.normalQuantile(0.5 + level / 2);
        ResultTable t = new ResultTable(List.of("event_time", "estimate", "std_error", "conf_low", "conf_high",
                "reference"));
        List<GroupTimeAggregation.Aggregate> pre = new ArrayList<>();
        for (GroupTimeAggregation.Aggregate a : cs.dynamic.byKey()) {
            long e = cs.eventTime(a.key());
            if (e < binLow || e > binHigh) {
                continue;
            }
            double stat = a.estimate() / a.se();
            result.addCoefficient(new Coefficient(EVENT_TIME + "::" + e, a.estimate(), a.se(), stat,
                    Distributions.normalTwoSidedP(stat), a.estimate() - z * a.se(), a.estimate() + z * a.se()));
            t.addRow(e, a.estimate(), a.se(), a.estimate() - z * a.se(), a.estimate() + z * a.se(), false);
            if (e < 0 && a.se() > 0) {
                pre.add(a);
            }
        }
        result.table("event_study", t);
        result.statistic("statistic_type", "z");
        if (pre.isEmpty()) {
            result.warn("no pre-treatment event time: the pre-trend test is not available");
            return;
        }
        double[][] v = cs.dynamicCovariance(pre);
        double[] b = new double[pre.size()];
        double[][] r = new double[pre.size()][pre.size()];
        for (int a = 0; a < b.length; a++) {
            b[a] = pre.get(a).estimate();
            r[a][a] = 1;
        }
        WaldTest.Outcome o = WaldTest.test(b, v, r, null, Double.POSITIVE_INFINITY, 0);
        result.addTest(TestResult.chi2("pretrend", o.chi2(), o.q(), o.chi2P())
                .with("null", "all pre-treatment dynamic ATTs are zero (Wald, influence-function covariance)"));
    }
}
