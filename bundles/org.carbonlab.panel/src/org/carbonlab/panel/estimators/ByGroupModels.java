package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.panel.estimators.PolynomialTerms.Polynomial;

/**
 * Heterogeneity ({@code by=COLUMN}): one model per group.
 * The model is refitted on the rows of each group (the rows of the full model whose {@code by} value is the group;
 * every term is evaluated on the whole data set first, so lags and transforms are those of the full sample, as Stata's
 * {@code if} qualifier does) with the same options; each fit becomes a model in {@code models} named by the group
 * value (sorted: numerically when every value is a number), with its own {@code lind_mehlum} test(s). A group that
 * cannot be estimated (too few observations or entities, nothing left to estimate, a single cluster) is skipped and
 * named in a warning. Then {@link GroupEqualityTest} tests whether the focal
 * coefficients are equal across the estimated groups.
 */
final class ByGroupModels {

    private static final String GROUP_MARK = ".by_group";

    private ByGroupModels() {
    }

    /** One model per group of {@code by}, then the equality test(s) on the interacted pooled model. */
    static void add(EstimationContext context, ModelFrame mf, RegressionWorkflow.Fit fit, Result result,
            List<Polynomial> polynomials, List<String> focal) {
        Parameters p = context.parameters();
        String by = p.string(PanelParameters.BY);
        PanelFrame data = mf.data();
        String[] values = data.text(by);
        int missing = 0;
        Set<String> present = new LinkedHashSet<>();
        for (int r : mf.frameRows()) {
            String v = values[r];
            if (v == null || v.isBlank()) {
                missing++;
            } else {
                present.add(v);
            }
        }
        if (missing > 0) {
            result.warn("by " + by + ": " + missing + " of the " + mf.nObs() + " rows used have no value of " + by
                    + "; they are left out of the group models and of the equality test");
        }
        List<String> groups = sortGroups(present);
        ProgressMonitor monitor = context.monitor();
        monitor.begin("models by " + by, groups.size() + 1);
        String mark = freshName(data, GROUP_MARK);
        List<String> estimated = new ArrayList<>();
        Map<String, List<String>> skipped = new LinkedHashMap<>(); // reason -> groups
        double level = p.number(PanelParameters.LEVEL);
        for (String g : groups) {
            monitor.checkCanceled();
            double[] in = new double[data.rows()];
            for (int i = 0; i < in.length; i++) {
                in[i] = g.equals(values[i]) ? 1.0 : Double.NaN;
            }
            String prefix = "by " + by + "=" + g + ": ";
            try {
                ModelFrame mg = ModelFrame.of(data.withColumn(mark, in), mf.formula(), List.of(Expression.parse(mark)));
                Result rg = fit.fit(mg, p);
                if (rg.inference().clustered() && rg.inference().clusters() < 2) {
                    throw new EstimationException("its rows form a single cluster, so cluster-robust standard errors "
                            + "cannot be computed");
                }
                ModelResult model = EquationSupport.asModel(rg, g);
                for (String w : rg.warnings()) {
                    if (!mg.warnings().contains(w)) {
                        result.warn(prefix + w);
                    }
                }
                TurningPointReport.add(model, mg, polynomials, level, w -> result.warn(prefix + w));
                result.models().add(model);
                estimated.add(g);
            } catch (EstimationException e) {
                skipped.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add("'" + g + "'");
            }
            monitor.worked(1);
        }
        if (!skipped.isEmpty()) {
            List<String> parts = new ArrayList<>();
            skipped.forEach((reason, names) -> parts.add(String.join(", ", names) + " (" + reason + ")"));
            result.warn("by " + by + ": skipped " + (groups.size() - estimated.size()) + " of " + groups.size()
                    + " group(s) too small to estimate: " + String.join("; ", parts));
        }
        if (estimated.size() < 2) {
            result.warn("by " + by + ": " + (estimated.isEmpty() ? "no group" : "only one group") + " could be "
                    + "estimated, so there is no test of equal coefficients across groups");
        } else {
            GroupEqualityTest.add(mf, p, fit, result, focal, values, estimated);
        }
        monitor.worked(1);
    }

    /** Numeric order when every value is a number, else text order. */
    static List<String> sortGroups(Set<String> present) {
        boolean numeric = true;
        for (String v : present) {
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                numeric = false;
                break;
            }
        }
        Comparator<String> order = numeric
                ? Comparator.<String>comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        TreeSet<String> sorted = new TreeSet<>(order);
        sorted.addAll(present);
        return new ArrayList<>(sorted);
    }

    /** {@code base}, or {@code base} with underscores appended, that is not a column of {@code data}. */
    private static String freshName(PanelFrame data, String base) {
        String name = base;
        while (data.hasColumn(name)) {
            name = name + "_";
        }
        return name;
    }
}
