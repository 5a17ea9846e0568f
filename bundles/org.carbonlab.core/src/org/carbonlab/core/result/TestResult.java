package org.carbonlab.core.result;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hypothesis test. {@code df} holds one degree of freedom (chi2, t) or two (F: numerator,
 * denominator); {@code extra} holds test-specific members written beside the standard ones.
 */
public record TestResult(String name, double statistic, double[] df, double pValue, String distribution,
        Map<String, Object> extra) {

    public TestResult {
        df = df.clone();
        extra = extra == null ? Map.of() : new LinkedHashMap<>(extra);
    }

    public static TestResult chi2(String name, double statistic, double df, double p) {
        return new TestResult(name, statistic, new double[] {df}, p, "chi2", null);
    }

    public static TestResult f(String name, double statistic, double df1, double df2, double p) {
        return new TestResult(name, statistic, new double[] {df1, df2}, p, "F", null);
    }

    public static TestResult normal(String name, double statistic, double p) {
        return new TestResult(name, statistic, new double[0], p, "normal", null);
    }

    public TestResult with(String key, Object value) {
        Map<String, Object> e = new LinkedHashMap<>(extra);
        e.put(key, value);
        return new TestResult(name, statistic, df, pValue, distribution, e);
    }
}
