package org.carbonlab.core.result;

/**
 * One estimated coefficient. {@code statistic} is a t or z value, referred to the distribution of the model's
 * {@link ModelResult#inference()}; the interval is at its level.
 */
public record Coefficient(String term, double estimate, double stdError, double statistic, double pValue,
        double confLow, double confHigh) {
}
