package org.carbonlab.core.inference;

import java.util.List;

import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;

/**
 * The covariance parameters {@code vcov}, {@code cluster}, {@code ssc} and {@code level} (names fixed by DESIGN.md),
 * declared once for every estimator that reports standard errors. Add {@link #all(String)} to a schema and read the
 * values back with {@link CovarianceSpec#from}. Documentation that differs by estimator (what robust means, the
 * p-value distribution of a z-statistic model) is a parameter; names, values and defaults are not.
 */
public final class CovarianceParameters {
    public static final String VCOV = "vcov";
    public static final String CLUSTER = "cluster";
    public static final String SSC = "ssc";
    public static final String LEVEL = "level";

    private static final List<String> VCOV_VALUES = List.of("classical", "robust", "cluster");
    private static final List<String> SSC_VALUES = List.of("stata", "none");

    private CovarianceParameters() {
    }

    /** {@code vcov}, {@code cluster}, {@code ssc}, {@code level} with the default documentation. */
    public static List<ParameterSpec> all(String robustMeaning) {
        return List.of(vcov(robustMeaning), cluster(), ssc(), level());
    }

    /** {@code vcov}, {@code cluster}, {@code ssc}, {@code level} with an estimator's own {@code ssc} documentation. */
    public static List<ParameterSpec> all(String robustMeaning, String sscDocumentation) {
        return List.of(vcov(robustMeaning), cluster(), ssc(sscDocumentation), level());
    }

    /**
     * {@code vcov} with default {@code classical}.
     *
     * @param robustMeaning what robust means for the estimator, e.g. "HC1, as Stata's regress, vce(robust)"
     */
    public static ParameterSpec vcov(String robustMeaning) {
        return vcov("classical", "standard errors: classical; robust (" + robustMeaning
                + "); cluster (by the cluster column)");
    }

    /** {@code vcov} with another default and documentation (e.g. a test whose default is clustered). */
    public static ParameterSpec vcov(String defaultValue, String documentation) {
        return ParameterSpec.choice(VCOV, defaultValue, VCOV_VALUES, documentation);
    }

    public static ParameterSpec cluster() {
        return ParameterSpec.optional(CLUSTER, ParameterType.COLUMN, null,
                "column whose values define the clusters for vcov=cluster; default the entity column");
    }

    /** {@code ssc} with the documentation of t-statistic models (Stata's t(G-1) for clustered). */
    public static ParameterSpec ssc() {
        return ssc("small-sample correction of robust and cluster SEs: stata (HC1; G/(G-1)(N-1)/(N-K) with t(G-1) "
                + "p-values) or none (HC0, as plm's vcovHC; t(df_resid) p-values)");
    }

    public static ParameterSpec ssc(String documentation) {
        return ParameterSpec.choice(SSC, "stata", SSC_VALUES, documentation);
    }

    public static ParameterSpec level() {
        return ParameterSpec.number(LEVEL, 0.95, 0.5, 0.9999, "confidence level of the intervals");
    }
}
