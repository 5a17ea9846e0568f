package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.panel.numerics.GroupTimeAggregation;
import org.carbonlab.panel.numerics.GroupTimeAtt;

/**
 * Binds Callaway and Sant'Anna's group-time ATTs ({@link GroupTimeAtt}, {@link GroupTimeAggregation}) to a result:
 * the model {@code callaway_santanna} (simple, dynamic and group averages as coefficients, z statistics from the
 * analytic influence-function standard errors clustered by unit) and the tables {@code att_gt}, {@code cs_dynamic}
 * and {@code cs_group}. Units treated in the first period are left out with a warning (no pre-period), as did does.
 */
final class CallawaySantAnnaReport {
    static final String METHOD = "Callaway-Sant'Anna (2021) group-time ATT, no covariates, analytic "
            + "influence-function SEs clustered by unit (did::att_gt, bstrap = FALSE)";

    final GroupTimeAtt.Estimate estimate;
    final GroupTimeAggregation.Aggregation dynamic;
    final OutcomePanel panel;
    final double level;

    private CallawaySantAnnaReport(GroupTimeAtt.Estimate estimate, GroupTimeAggregation.Aggregation dynamic,
            OutcomePanel panel, double level) {
        this.estimate = estimate;
        this.dynamic = dynamic;
        this.panel = panel;
        this.level = level;
    }

    /** Estimates on the outcome panel; warnings go to {@code result}. */
    static CallawaySantAnnaReport estimate(OutcomePanel full, Parameters p, Result result) {
        GroupTimeAtt.Control control = "notyet".equals(p.string(DidParameters.CONTROL_GROUP))
                ? GroupTimeAtt.Control.NOT_YET : GroupTimeAtt.Control.NEVER;
        GroupTimeAtt.Base base = "universal".equals(p.string(DidParameters.BASE_PERIOD))
                ? GroupTimeAtt.Base.UNIVERSAL : GroupTimeAtt.Base.VARYING;
        List<Integer> keep = new ArrayList<>();
        List<String> always = new ArrayList<>();
        for (int u = 0; u < full.group().length; u++) {
            if (full.group()[u] == 0) {
                always.add(full.units().get(u));
            } else if (full.group()[u] < full.periods().length) {
                keep.add(u);
            }
        }
        if (!always.isEmpty()) {
            result.warn("Callaway-Sant'Anna: left out " + always.size() + " unit(s) treated from the first period "
                    + full.periods()[0] + " (no untreated period): " + String.join(", ", always));
        }
        double[][] y = new double[keep.size()][];
        int[] g = new int[keep.size()];
        List<String> units = new ArrayList<>();
        boolean anyTreated = false;
        boolean anyNever = false;
        for (int k = 0; k < g.length; k++) {
            y[k] = full.y()[keep.get(k)];
            g[k] = full.group()[keep.get(k)];
            units.add(full.units().get(keep.get(k)));
            anyTreated |= g[k] > 0;
            anyNever |= g[k] < 0;
        }
        if (!anyTreated) {
            throw new InputException("Callaway-Sant'Anna: no treated group has an untreated period before its "
                    + "treatment starts");
        }
        if (control == GroupTimeAtt.Control.NEVER && !anyNever) {
            throw new InputException("Callaway-Sant'Anna with control_group=never needs never-treated units, but every "
                    + "unit is treated within the panel; use control_group=notyet (not-yet-treated controls) or "
                    + "heterogeneity=none");
        }
        OutcomePanel panel = new OutcomePanel(y, g, units, full.periods(), full.dropped());
        GroupTimeAtt.Estimate e = GroupTimeAtt.estimate(y, g, full.periods(), control, base);
        List<String> noControls = new ArrayList<>();
        boolean anyPost = false;
        for (GroupTimeAtt.Cell c : e.cells()) {
            if (c.nControl() == 0) {
                noControls.add("ATT(" + full.periods()[c.group()] + "," + full.periods()[c.period()] + ")");
            } else if (c.post()) {
                anyPost = true;
            }
        }
        if (!anyPost) {
            throw new InputException("Callaway-Sant'Anna: no post-treatment group-time cell has "
                    + (control == GroupTimeAtt.Control.NEVER ? "never-treated" : "not-yet-treated")
                    + " controls; every unit is treated by then");
        }
        if (!noControls.isEmpty()) {
            result.warn("Callaway-Sant'Anna: no " + (control == GroupTimeAtt.Control.NEVER ? "never" : "not-yet")
                    + "-treated controls for " + noControls.size() + " group-time cell(s), left out: "
                    + String.join(", ", noControls.subList(0, Math.min(8, noControls.size())))
                    + (noControls.size() > 8 ? ", ..." : ""));
        }
        return new CallawaySantAnnaReport(e, GroupTimeAggregation.dynamic(e), panel,
                p.number(org.carbonlab.core.inference.CovarianceParameters.LEVEL));
    }

    /** Adds the model and the tables to {@code result}. */
    void addTo(Result result) {
        long[] periods = panel.periods();
        double z = Distributions.normalQuantile(0.5 + level / 2);
        ResultTable cells = new ResultTable(List.of("group", "period", "base_period", "event_time", "att", "std_error",
                "conf_low", "conf_high", "n_treated", "n_control"));
        for (GroupTimeAtt.Cell c : estimate.cells()) {
            if (c.nControl() == 0) {
                continue;
            }
            cells.addRow(periods[c.group()], periods[c.period()], periods[c.base()],
                    periods[c.period()] - periods[c.group()], c.att(), c.se(), c.att() - z * c.se(),
                    c.att() + z * c.se(), c.nTreated(), c.nControl());
        }
        result.table("att_gt", cells);
        result.table("cs_dynamic", dynamicTable(z));
        GroupTimeAggregation.Aggregation group = GroupTimeAggregation.group(estimate);
        ResultTable groups = new ResultTable(List.of("group", "estimate", "std_error", "conf_low", "conf_high"));
        for (GroupTimeAggregation.Aggregate a : group.byKey()) {
            groups.addRow(periods[a.key()], a.estimate(), a.se(), a.estimate() - z * a.se(), a.estimate() + z * a.se());
        }
        result.table("cs_group", groups);

        ModelResult m = new ModelResult("callaway_santanna");
        GroupTimeAggregation.Aggregate simple = GroupTimeAggregation.simple(estimate);
        m.addCoefficient(coefficient("ATT(simple)", simple, z));
        m.addCoefficient(coefficient("ATT(dynamic, e>=0)", dynamic.overall(), z));
        m.addCoefficient(coefficient("ATT(group)", group.overall(), z));
        m.statistic("method", METHOD);
        m.statistic("statistic_type", "z");
        m.statistic("n_units", estimate.nUnits());
        m.statistic("n_groups", GroupTimeAggregation.groups(estimate).size());
        result.models().add(m);
        result.statistic("cs_att_simple", simple.estimate());
        result.statistic("cs_att_simple_se", simple.se());
    }

    /** Event-time table of the dynamic aggregation (event_time, estimate, std_error, conf_low, conf_high). */
    ResultTable dynamicTable(double z) {
        ResultTable t = new ResultTable(List.of("event_time", "estimate", "std_error", "conf_low", "conf_high"));
        for (GroupTimeAggregation.Aggregate a : dynamic.byKey()) {
            t.addRow(eventTime(a.key()), a.estimate(), a.se(), a.estimate() - z * a.se(), a.estimate() + z * a.se());
        }
        return t;
    }

    /** Event time of a dynamic aggregate (its key is already t − g in the periods' units). */
    long eventTime(int key) {
        return key;
    }

    /** Covariance of the dynamic θ(e) for the given keys, from their influence functions (Σ ψ_a ψ_b / n²). */
    double[][] dynamicCovariance(List<GroupTimeAggregation.Aggregate> parts) {
        int n = estimate.nUnits();
        double[][] v = new double[parts.size()][parts.size()];
        for (int a = 0; a < parts.size(); a++) {
            for (int b = 0; b < parts.size(); b++) {
                double s = 0;
                double[] x = parts.get(a).influence();
                double[] y = parts.get(b).influence();
                for (int i = 0; i < n; i++) {
                    s += x[i] * y[i];
                }
                v[a][b] = s / ((double) n * n);
            }
        }
        return v;
    }

    private static Coefficient coefficient(String term, GroupTimeAggregation.Aggregate a, double z) {
        double t = a.estimate() / a.se();
        return new Coefficient(term, a.estimate(), a.se(), t, Distributions.normalTwoSidedP(t),
                a.estimate() - z * a.se(), a.estimate() + z * a.se());
    }
}
