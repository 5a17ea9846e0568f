package org.carbonlab.spatial.numerics;

import org.carbonlab.core.inference.Distributions;

/**
 * A statistic with its expectation and variance under one null assumption, the standard deviate and its
 * p-values: {@code pOneSided} in the direction of positive autocorrelation, {@code pTwoSided} = 2Φ(−|z|).
 */
public record Moments(double statistic, double expected, double variance, double z, double pOneSided,
        double pTwoSided) {

    /** Moments of a statistic whose large values mean positive autocorrelation (Moran's I): z = (S − E)/√Var. */
    static Moments upper(double statistic, double expected, double variance) {
        double z = (statistic - expected) / Math.sqrt(variance);
        return new Moments(statistic, expected, variance, z, Distributions.normalUpperP(z),
                Distributions.normalTwoSidedP(z));
    }

    /** Moments of a statistic whose small values mean positive autocorrelation (Geary's C): z = (E − S)/√Var. */
    static Moments lower(double statistic, double expected, double variance) {
        double z = (expected - statistic) / Math.sqrt(variance);
        return new Moments(statistic, expected, variance, z, Distributions.normalUpperP(z),
                Distributions.normalTwoSidedP(z));
    }
}
