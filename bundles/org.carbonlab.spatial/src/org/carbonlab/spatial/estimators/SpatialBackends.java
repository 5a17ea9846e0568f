package org.carbonlab.spatial.estimators;

import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.SpectralRadius;
import org.carbonlab.spatial.numerics.ml.ChebyshevLogDeterminant;
import org.carbonlab.spatial.numerics.ml.DenseTraces;
import org.carbonlab.spatial.numerics.ml.EffectTraces;
import org.carbonlab.spatial.numerics.ml.LogDeterminant;
import org.carbonlab.spatial.numerics.ml.ProbeTraces;
import org.carbonlab.spatial.numerics.ml.Spectrum;
import org.carbonlab.spatial.numerics.ml.SpectralEffectTraces;
import org.carbonlab.spatial.numerics.ml.TraceSource;

/**
 * The log-determinant, information-matrix traces and effect traces for {@code logdet=}: exact (eigenvalues once,
 * dense inverse at the estimate) up to {@link #EXACT_LIMIT} units, or Chebyshev with Monte Carlo traces (sparse
 * products only) above.
 */
record SpatialBackends(LogDeterminant logDet, TraceSource traces, EffectTraces effects) {
    /** Largest N for which logdet=auto uses the exact (dense, O(N³)) route. */
    static final int EXACT_LIMIT = 400;

    static SpatialBackends choose(SpatialWeights w, String logdet, int probes, int order, long seed) {
        boolean exact = "eigen".equals(logdet) || ("auto".equals(logdet) && w.n() <= EXACT_LIMIT);
        if (exact) {
            Spectrum s = Spectrum.of(w);
            return new SpatialBackends(s, new DenseTraces(w), new SpectralEffectTraces(s, w));
        }
        ProbeTraces t = new ProbeTraces(w, SpectralRadius.of(w), probes, order, seed);
        return new SpatialBackends(new ChebyshevLogDeterminant(t), t, t);
    }
}
