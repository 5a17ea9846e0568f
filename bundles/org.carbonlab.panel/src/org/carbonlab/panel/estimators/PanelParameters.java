package org.carbonlab.panel.estimators;

import java.util.List;

import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.inference.CovarianceParameters;

/**
 * The parameters every panel regression shares (names fixed by shared/DESIGN.md). The covariance parameters
 * ({@code vcov}, {@code cluster}, {@code ssc}, {@code level}) are core's {@link CovarianceParameters}; their names are
 * repeated here only as short aliases.
 */
final class PanelParameters {
    static final String FORMULA = "formula";
    static final String EFFECT = "effect";
    static final String VCOV = CovarianceParameters.VCOV;
    static final String CLUSTER = CovarianceParameters.CLUSTER;
    static final String SSC = CovarianceParameters.SSC;
    static final String LEVEL = CovarianceParameters.LEVEL;
    static final String FOCAL = "focal";
    static final String BY = "by";
    static final String BY_TEST = "by_test";

    private PanelParameters() {
    }

    static ParameterSpec formula() {
        return ParameterSpec.required(FORMULA, ParameterType.FORMULA,
                "R-style model formula, e.g. y ~ x1 + log(x2) + lag(x3,1) + I(x4^2) + x5:x6");
    }

    /** The focal term(s) of the turning points and of the by-group equality test (see PolynomialTerms, TurningPointReport and GroupEqualityTest). */
    static ParameterSpec focal() {
        return ParameterSpec.optional(FOCAL, ParameterType.LIST, null,
                "focal term(s) of the formula, comma-separated (x, log(gdp)): the variables whose turning points are "
                        + "reported (default: every term with polynomial terms I(x^2) [+ I(x^3)] in the formula) and whose "
                        + "coefficients the by test compares across groups (default: the first regressor; a focal "
                        + "variable with polynomial terms brings them along)");
    }

    /** Heterogeneity: one model per group of a column. */
    static ParameterSpec by() {
        return ParameterSpec.optional(BY, ParameterType.COLUMN, null,
                "column whose values define groups (e.g. region): one model per group in models, named by the value "
                        + "(groups too small to estimate are skipped with a warning), and the Wald test "
                        + "equal_across_groups that the focal coefficients are equal in every group; the main "
                        + "coefficients stay those of the full sample");
    }

    /** Which pooled model the by-group equality test uses. */
    static ParameterSpec byTest() {
        return ParameterSpec.choice(BY_TEST, "focal", List.of("focal", "full"),
                "model behind equal_across_groups: focal (the focal terms interacted with the group dummies, group "
                        + "intercept shifts, every other term common to all groups) or full (every term interacted: the "
                        + "fully interacted Chow model, which also adds the test chow that all coefficients are equal)");
    }
}
