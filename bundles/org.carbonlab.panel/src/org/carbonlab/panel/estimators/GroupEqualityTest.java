package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.formula.Term;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.inference.WaldTest;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.panel.estimators.PolynomialTerms.Polynomial;

/**
 * The test of equal coefficients across the groups of {@code by} ({@link ByGroupModels}): the pooled model with
 * group-specific focal coefficients is fitted over the estimated groups with the same estimator and covariance:
 * <ul>
 * <li>{@code by_test=focal} (default): each focal term is replaced by its products with the G group dummies, group
 * intercept shifts (dummies 2..G) are added when the model has an intercept (entity fixed effects absorb them when the
 * group is constant within entities), every other term (the controls) stays common to all groups;</li>
 * <li>{@code by_test=full}: every term is interacted (the fully interacted Chow model; two-way time effects and the
 * random-effects variance components remain common).</li>
 * </ul>
 * {@code equal_across_groups} is the Wald test that the focal coefficients are equal in every group (q = number of
 * focal terms × (G − 1) restrictions): F = W/q with the model's t degrees of freedom (residual df; G_cluster − 1 for
 * Stata-corrected cluster SEs) for {@code panel.ols} and {@code panel.fe}, chi²(q) for {@code panel.re} (whose
 * statistics are normal), as Stata's {@code test} after the interacted regression reports. With {@code by_test=full}
 * the test {@code chow} adds every coefficient's equality and zero intercept shifts. Focal terms: the {@code focal}
 * terms (default the first regressor of the formula); a term of a polynomial brings the whole polynomial (x, I(x^2)
 * [, I(x^3)]), so the whole curve is compared. A group whose focal coefficient cannot be estimated is left out of
 * the test (warning).
 */
final class GroupEqualityTest {

    private static final String DUMMY_PREFIX = ".by_";

    private GroupEqualityTest() {
    }

    /**
     * The focal terms of the by test: the focal terms (default the first term); a term of a polynomial (x, I(x^2) or
     * I(x^3)) brings the whole polynomial, so the curve is compared, not one of its coefficients.
     */
    static List<String> testedTerms(Formula formula, List<String> focal) {
        List<String> seeds = focal.isEmpty() ? List.of(formula.termLabels().get(0)) : focal;
        List<Polynomial> all = PolynomialTerms.detect(formula);
        Set<String> out = new LinkedHashSet<>();
        for (String f : seeds) {
            out.add(f);
            for (Polynomial poly : all) {
                if (poly.terms().contains(f)) {
                    out.addAll(poly.terms());
                }
            }
        }
        // formula order
        List<String> ordered = new ArrayList<>();
        for (String t : formula.termLabels()) {
            if (out.contains(t)) {
                ordered.add(t);
            }
        }
        return ordered;
    }

    /**
     * Fits the interacted pooled model over the estimated groups and adds {@code equal_across_groups} (and with
     * {@code by_test=full} {@code chow}).
     */
    static void add(ModelFrame mf, Parameters p, RegressionWorkflow.Fit fit, Result result, List<String> focal,
            String[] values, List<String> groups) {
        String by = p.string(PanelParameters.BY);
        boolean full = "full".equals(p.string(PanelParameters.BY_TEST));
        Formula formula = mf.formula();
        List<String> tested = testedTerms(formula, focal);
        PanelFrame data = mf.data();
        // group dummies: 1/0 in the estimated groups, missing elsewhere (so listwise deletion keeps those rows only)
        String prefix = DUMMY_PREFIX;
        while (true) {
            boolean clash = false;
            for (int k = 0; k < groups.size(); k++) {
                clash |= data.hasColumn(prefix + (k + 1));
            }
            if (!clash) {
                break;
            }
            prefix = "." + prefix;
        }
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        for (int k = 0; k < groups.size(); k++) {
            groupIndex.put(groups.get(k), k);
        }
        List<String> dummies = new ArrayList<>();
        Map<String, String> dummyGroups = new LinkedHashMap<>();
        PanelFrame augmented = data;
        for (int k = 0; k < groups.size(); k++) {
            String name = prefix + (k + 1);
            double[] d = new double[data.rows()];
            for (int i = 0; i < d.length; i++) {
                Integer gi = values[i] == null ? null : groupIndex.get(values[i]);
                d[i] = gi == null ? Double.NaN : (gi == k ? 1.0 : 0.0);
            }
            augmented = augmented.withColumn(name, d);
            dummies.add(name);
            dummyGroups.put(name, groups.get(k));
        }
        List<String> rhs = new ArrayList<>();
        Map<String, List<String>> interacted = new LinkedHashMap<>();
        for (Term t : formula.terms()) {
            if (!full && !tested.contains(t.label())) {
                rhs.add(t.label());
                continue;
            }
            List<String> labels = new ArrayList<>();
            for (String d : dummies) {
                labels.add(t.label() + ":" + d);
            }
            rhs.addAll(labels);
            interacted.put(t.label(), labels);
        }
        List<String> shifts = new ArrayList<>();
        if (formula.hasIntercept()) {
            shifts.addAll(dummies.subList(1, dummies.size()));
            rhs.addAll(shifts);
        }
        String text = formula.responseLabel() + " ~ " + String.join(" + ", rhs) + (formula.hasIntercept() ? "" : " - 1");
        Result pooled;
        try {
            pooled = fit.fit(Formula.parse(text).modelFrame(augmented), p);
        } catch (EstimationException e) {
            result.warn("by " + by + ": the interacted model for the test of equal coefficients across groups cannot be "
                    + "estimated (" + e.getMessage() + "); no equal_across_groups test");
            return;
        }
        List<String> terms = pooled.vcovTerms();
        double[][] v = pooled.vcov();
        double[] b = new double[terms.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = pooled.coefficient(terms.get(j)).orElseThrow().estimate();
        }
        Inference inference = pooled.inference();
        boolean normal = inference.normal();
        double df2 = inference.df();
        int clusters = inference.clusters();

        // equal_across_groups: the groups whose focal coefficients are all estimated
        List<Integer> usable = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            boolean ok = true;
            for (String t : tested) {
                ok &= terms.contains(interacted.get(t).get(k));
            }
            if (ok) {
                usable.add(k);
            } else {
                result.warn("by " + by + ": group '" + groups.get(k) + "' is left out of equal_across_groups: the "
                        + "coefficient(s) of " + String.join(", ", tested) + " cannot be estimated for it in the "
                        + "interacted model");
            }
        }
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("by", by);
        common.put("by_test", full ? "full" : "focal");
        common.put("interacted_formula", text);
        common.put("group_dummies", dummyGroups);
        common.put("vcov", inference.vcovDescription());
        if (usable.size() >= 2) {
            List<double[]> rows = new ArrayList<>();
            int ref = usable.get(0);
            for (String t : tested) {
                List<String> labels = interacted.get(t);
                for (int k : usable) {
                    if (k != ref) {
                        rows.add(contrast(terms, labels.get(k), labels.get(ref)));
                    }
                }
            }
            List<String> used = new ArrayList<>();
            Map<String, Object> slopes = new LinkedHashMap<>();
            for (int k : usable) {
                used.add(groups.get(k));
                Map<String, Object> s = new LinkedHashMap<>();
                for (String t : tested) {
                    s.put(t, b[terms.indexOf(interacted.get(t).get(k))]);
                }
                slopes.put(groups.get(k), s);
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("null", "the coefficients of " + String.join(", ", tested) + " are equal in every group of " + by);
            extra.put("focal", tested);
            extra.put("groups", used);
            extra.put("reference_group", groups.get(ref));
            extra.put("group_coefficients", slopes);
            extra.putAll(common);
            addWald(result, "equal_across_groups", b, v, rows, df2, clusters, normal, extra);
        } else {
            result.warn("by " + by + ": fewer than two groups have estimable coefficients of " + String.join(", ", tested)
                    + "; no equal_across_groups test");
        }

        if (full) {
            List<double[]> rows = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : interacted.entrySet()) {
                List<String> labels = e.getValue();
                int ref = -1;
                for (int k = 0; k < labels.size(); k++) {
                    if (!terms.contains(labels.get(k))) {
                        leftOut.add(e.getKey() + " in group " + groups.get(k));
                    } else if (ref < 0) {
                        ref = k;
                    } else {
                        rows.add(contrast(terms, labels.get(k), labels.get(ref)));
                    }
                }
            }
            int shiftsTested = 0;
            for (String s : shifts) {
                if (terms.contains(s)) {
                    rows.add(contrast(terms, s, null));
                    shiftsTested++;
                }
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("null", "every coefficient (and the intercept, where it is not absorbed by fixed effects) is "
                    + "equal in every group of " + by);
            extra.put("groups", groups);
            extra.put("intercept_shifts_tested", shiftsTested);
            if (!leftOut.isEmpty()) {
                extra.put("left_out", leftOut);
            }
            extra.putAll(common);
            addWald(result, "chow", b, v, rows, df2, clusters, normal, extra);
        }
    }

    /** A restriction row: +1 at {@code plus}, −1 at {@code minus} (null: none). */
    private static double[] contrast(List<String> terms, String plus, String minus) {
        double[] row = new double[terms.size()];
        row[terms.indexOf(plus)] = 1.0;
        if (minus != null) {
            row[terms.indexOf(minus)] = -1.0;
        }
        return row;
    }

    private static void addWald(Result result, String name, double[] b, double[][] v, List<double[]> rows, double df2,
            int clusters, boolean normal, Map<String, Object> extra) {
        WaldTest.Outcome o = WaldTest.test(b, v, rows.toArray(new double[0][]), null, df2, clusters);
        if (Double.isNaN(o.chi2())) {
            result.warn(name + " cannot be computed: the covariance of the " + o.q() + " restrictions has rank "
                    + o.rank() + (clusters > 0 ? " (" + clusters + " clusters allow at most " + (clusters - 1) + ")" : "")
                    + "; test fewer coefficients (focal) or use more clusters");
            return;
        }
        TestResult t = normal ? TestResult.chi2(name, o.chi2(), o.q(), o.chi2P())
                : TestResult.f(name, o.f(), o.q(), o.fDf2(), o.fP()).with("chi2", o.chi2());
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            t = t.with(e.getKey(), e.getValue());
        }
        result.addTest(t);
    }
}
