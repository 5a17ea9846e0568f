package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.inference.DropReason;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;

/**
 * What the panel estimators share when binding names to the numerics: parsing and checking the
 * formula and the covariance parameters, naming dropped columns, and copying a coefficient table and its inference
 * into a result.
 */
final class RegressionBinding {
    private RegressionBinding() {
    }

    /** Checks the formula and the covariance parameters against the data; every problem is returned. */
    static List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        PanelFrame data = context.data();
        String text = context.parameters().string(PanelParameters.FORMULA);
        try {
            Formula f = Formula.parse(text);
            problems.addAll(unsupportedParts(f, "formula '" + text + "'"));
            problems.addAll(f.check(data));
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(CovarianceSpec.problems(context.parameters(), data));
        return problems;
    }

    /**
     * The formula parts these estimators do not fit: absorbed fixed effects ({@code | a + b}) and
     * an instrument part ({@code | endog ~ z}). Refused with a message rather than ignored, since
     * silently dropping them would change the model the user asked for.
     */
    static List<String> unsupportedParts(Formula f, String where) {
        List<String> problems = new ArrayList<>();
        if (f.hasFixedEffects()) {
            List<String> labels = f.fixedEffects().stream().map(fe -> fe.label()).toList();
            problems.add(where + ": the fixed-effects part '| " + String.join(" + ", labels)
                    + "' is not supported by the panel.ols/fe/re family; use effect=individual|time|twoways for entity and"
                    + " period effects, or factor(...) terms for other groups");
        }
        if (f.hasInstruments()) {
            problems.add(where + ": the instrument part '| endog ~ instruments' needs an instrumental-variables"
                    + " estimator; the panel.ols/fe/re family does not instrument");
        }
        return problems;
    }

    static ModelFrame modelFrame(EstimationContext context) {
        return Formula.parse(context.parameters().string(PanelParameters.FORMULA)).modelFrame(context.data());
    }

    /** Too few observations for the number of coefficients. */
    static void checkObservations(ModelFrame mf, int parameters) {
        if (mf.nObs() <= parameters) {
            // say why rows were lost (log of non-positive values, missing cells ...): that is what to fix
            String causes = mf.warnings().isEmpty() ? "" : "; " + String.join("; ", mf.warnings());
            throw new EstimationException("too few observations: " + mf.nObs() + " complete rows for " + parameters
                    + " parameters (formula " + mf.formula().text() + ")" + causes);
        }
    }

    /** A warning that names the dropped terms and why, as Stata's "omitted because of collinearity". */
    static void warnDropped(Result result, List<String> labels, int[] dropped, DropReason[] reasons) {
        if (dropped.length == 0) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int j : dropped) {
            String why = switch (reasons[j]) {
                case ALL_ZERO -> "all zero";
                case ABSORBED_BY_EFFECTS -> "absorbed by the fixed effects";
                case COLLINEAR -> "collinear with earlier terms";
            };
            parts.add(labels.get(j) + " (" + why + ")");
        }
        result.warn("dropped " + dropped.length + " term(s): " + String.join(", ", parts));
        List<String> names = new ArrayList<>();
        for (int j : dropped) {
            names.add(labels.get(j));
        }
        result.statistic("dropped_terms", names);
    }

    /** Copies the kept rows of a coefficient table into the model, in formula order. */
    static void addCoefficients(ModelResult model, List<String> labels, CoefficientTable t) {
        double[] b = t.coefficients();
        List<String> kept = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (int j = 0; j < b.length; j++) {
            if (Double.isNaN(b[j])) {
                continue;
            }
            model.addCoefficient(new Coefficient(labels.get(j), b[j], t.standardErrors()[j], t.tStatistics()[j],
                    t.pValues()[j], t.confidenceLower()[j], t.confidenceUpper()[j]));
            kept.add(labels.get(j));
            idx.add(j);
        }
        warnAboutMissingStandardErrors(model, labels, t);
        double[][] v = t.vcov();
        double[][] sub = new double[idx.size()][idx.size()];
        for (int a = 0; a < idx.size(); a++) {
            for (int c = 0; c < idx.size(); c++) {
                sub[a][c] = v[idx.get(a)][idx.get(c)];
            }
        }
        model.vcov(kept, sub);
    }

    /**
     * Entity or period effects ({@code what}: panel.fe, panel.re, model=fe …) on a cross-section, where each entity
     * has one row: the effects would absorb every observation, so this is an input error pointing to pooled OLS.
     * Empty for a panel or when the model has no effects.
     */
    static List<String> crossSectionProblems(PanelFrame data, String what, boolean usesEffects) {
        if (data.hasTime() || !usesEffects) {
            return List.of();
        }
        return List.of(what + " needs a panel, but " + data.origin() + " is a cross-section (no time column, one row "
                + "per entity), where entity effects would absorb every observation; fit it by OLS (panel.ols, or "
                + "model=ols), or name the time column (--time COL, or the study dataset's timeColumn)");
    }

    /**
     * OlsCore leaves a variance below the double range missing rather than zero (which would give an infinite t).
     * When only some coefficients lack a standard error, that is the cause; say so (when all lack one, the reason is
     * a zero residual degree of freedom or the clusters, reported elsewhere).
     */
    private static void warnAboutMissingStandardErrors(ModelResult model, List<String> labels, CoefficientTable t) {
        double[] b = t.coefficients();
        double[] se = t.standardErrors();
        List<String> missing = new ArrayList<>();
        boolean anyPresent = false;
        for (int j = 0; j < b.length; j++) {
            if (!Double.isNaN(b[j])) {
                if (Double.isNaN(se[j])) {
                    missing.add(labels.get(j));
                } else {
                    anyPresent = true;
                }
            }
        }
        if (anyPresent && !missing.isEmpty() && model instanceof Result r) {
            r.warn("no standard error for " + String.join(", ", missing) + ": the variance is outside the range of "
                    + "double precision (a regressor in extreme units such as 1e200? rescale it)");
        }
    }

    static DataSummary dataSummary(ModelFrame mf) {
        PanelFrame d = mf.data();
        DataSummary s = new DataSummary(d.source(), d.sha256(), mf.nObs(), mf.nEntities(), mf.nPeriods(), mf.balanced());
        return d.hasTime() ? s : s.asCrossSection();
    }

    /**
     * Records how the coefficients of {@code table} were computed: the typed {@link Inference} of the model, and the
     * statistics that the JSON contract has always carried ({@code vcov}, {@code vcov_description},
     * {@code statistic_type}, {@code p_value_df} for t statistics, {@code n_clusters} when clustered).
     */
    static Inference recordInference(ModelResult model, CovarianceSpec covariance, CoefficientTable table) {
        Inference inference = covariance.inference(table);
        model.inference(inference);
        model.statistic("vcov", inference.vcov().parameterValue());
        model.statistic("vcov_description", inference.vcovDescription());
        model.statistic("statistic_type", inference.statisticSymbol());
        if (!inference.normal()) {
            model.statistic("p_value_df", inference.df());
        }
        if (inference.clustered()) {
            model.statistic("n_clusters", inference.clusters());
        }
        return inference;
    }
}
