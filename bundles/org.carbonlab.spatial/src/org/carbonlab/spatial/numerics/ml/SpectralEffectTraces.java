package org.carbonlab.spatial.numerics.ml;

import org.carbonlab.core.weights.SpatialWeights;

/** Exact effect traces from W's eigenvalues (direct effects) and exact sums (total effects). */
public final class SpectralEffectTraces implements EffectTraces {
    private final Spectrum spectrum;
    private final PowerSums sums;

    public SpectralEffectTraces(Spectrum spectrum, SpatialWeights w) {
        this.spectrum = spectrum;
        this.sums = new PowerSums(w);
    }

    @Override
    public int size() {
        return spectrum.size();
    }

    @Override
    public double traceInverse(double r) {
        return spectrum.traceInverse(r);
    }

    @Override
    public double traceInverseW(double r) {
        return spectrum.traceInverseTimesW(r);
    }

    @Override
    public double sumInverse(double r) {
        return sums.sum(r, 0);
    }

    @Override
    public double sumInverseW(double r) {
        return sums.sum(r, 1);
    }

    @Override
    public String method() {
        return "exact (eigenvalues)";
    }
}
