package org.carbonlab.panel.estimators;

import java.util.List;

import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;

/** The parameters every panel regression shares (names fixed by shared/DESIGN.md). */
final class PanelParameters {
    static final String FORMULA = "formula";
    static final String EFFECT = "effect";
    static final String VCOV = "vcov";
    static final String CLUSTER = "cluster";
    static final String SSC = "ssc";
    static final String LEVEL = "level";

    private PanelParameters() {
    }

    static ParameterSpec formula() {
        return ParameterSpec.required(FORMULA, ParameterType.FORMULA,
                "R-style model formula, e.g. y ~ x1 + log(x2) + lag(x3,1) + I(x4^2) + x5:x6");
    }

    static ParameterSpec vcov(String robustMeaning) {
        return ParameterSpec.choice(VCOV, "classical", List.of("classical", "robust", "cluster"),
                "standard errors: classical; robust (" + robustMeaning + "); cluster (by the cluster column)");
    }

    static ParameterSpec cluster() {
        return ParameterSpec.optional(CLUSTER, ParameterType.COLUMN, null,
                "column whose values define the clusters for vcov=cluster; default the entity column");
    }

    static ParameterSpec ssc() {
        return ParameterSpec.choice(SSC, "stata", List.of("stata", "none"),
                "small-sample correction of robust and cluster SEs: stata (HC1; G/(G-1)(N-1)/(N-K) with t(G-1) p-values) "
                        + "or none (HC0, as plm's vcovHC; t(df_resid) p-values)");
    }

    static ParameterSpec level() {
        return ParameterSpec.number(LEVEL, 0.95, 0.5, 0.9999, "confidence level of the intervals");
    }
}
