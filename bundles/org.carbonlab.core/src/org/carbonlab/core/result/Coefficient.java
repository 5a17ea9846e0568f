package org.carbonlab.core.result;

/**
 * One estimated coefficient. {@code statistic} is a t or z value as the estimator states in
 * {@link ModelResult#statistic(String)} "statistic_type"; the interval is at the result's level.
 */
public record Coefficient(String term, double estimate, double stdError, double statistic, double pValue,
        double confLow, double confHigh) {
}
