package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/**
 * What every single-equation panel regression ({@code panel.ols}, {@code panel.fe}, {@code panel.re}) does around
 * its fit: non-linear effects ({@link TurningPointReport}: turning points and the Lind–Mehlum U test of the
 * polynomials that {@link PolynomialTerms} detects) and heterogeneity by group ({@code by}: {@link ByGroupModels}
 * and {@link GroupEqualityTest}). The estimators call {@link #validate} and {@link #estimate} with their own fit
 * function; the fit itself is not changed, so the main coefficients are always those of the full-sample model.
 */
final class RegressionWorkflow {

    /** The fit of one estimator on an evaluated design (e.g. {@code FixedEffectsEstimator::fit}). */
    @FunctionalInterface
    interface Fit {
        Result fit(ModelFrame mf, Parameters p);
    }

    private RegressionWorkflow() {
    }

    /** The formula and cluster checks of every panel regression plus those of {@code focal}, {@code by}, {@code by_test}. */
    static List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>(RegressionBinding.validate(context));
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        String by = p.string(PanelParameters.BY);
        if (by != null) {
            if (!data.hasColumn(by)) {
                problems.add("by column '" + by + "' is not in the data; columns: " + String.join(", ", data.columnNames()));
            } else if (data.allMissing(by)) {
                problems.add("by column '" + by + "' has no values: it is missing in all " + data.rows() + " rows");
            }
        } else if ("full".equals(p.string(PanelParameters.BY_TEST))) {
            problems.add("by_test=full applies to the by-group equality test; add --set by=COLUMN or drop by_test");
        }
        if (p.isSet(PanelParameters.FOCAL)) {
            Formula f;
            try {
                f = Formula.parse(p.string(PanelParameters.FORMULA));
            } catch (InputException e) {
                return problems; // the formula's problems are already listed
            }
            try {
                FocalTerms.of(f, p);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    /** Fits the full sample with {@code fit}, then adds the turning points and, with {@code by}, the group models. */
    static Result estimate(EstimationContext context, Fit fit) {
        Parameters p = context.parameters();
        ModelFrame mf = RegressionBinding.modelFrame(context);
        List<String> focal = FocalTerms.of(mf.formula(), p);
        Result result = fit.fit(mf, p);
        List<PolynomialTerms.Polynomial> polynomials = PolynomialTerms.select(mf.formula(), focal,
                p.isSet(PanelParameters.BY), result::warn);
        ResultTable table = TurningPointReport.add(result, mf, polynomials, p.number(PanelParameters.LEVEL), result::warn);
        if (!table.rows().isEmpty()) {
            result.table("turning_points", table);
        }
        if (p.isSet(PanelParameters.BY)) {
            ByGroupModels.add(context, mf, fit, result, polynomials, focal);
        }
        return result;
    }
}
