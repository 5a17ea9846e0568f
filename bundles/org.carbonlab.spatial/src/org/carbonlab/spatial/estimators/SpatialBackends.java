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
 * dense inverse at the estimate) up to {@link #EXACT_LIMIT} units ({@link #SYMMETRIC_EXACT_LIMIT} when W is
 * similar to a symmetric matrix, e.g. row-standardised contiguity, whose symmetric eigenproblem is several times
 * faster), or Chebyshev with Monte Carlo traces (sparse products only) above.
 */
record SpatialBackends(LogDeterminant logDet, TraceSource traces, EffectTraces effects) {
    /** Largest N for which logdet=auto uses the exact (dense, O(N³)) route. */
    static final int EXACT_LIMIT = 400;
    /** Largest N for the exact route when W is diagonally similar to a symmetric matrix. */
    static final int SYMMETRIC_EXACT_LIMIT = 1500;

    static SpatialBackends choose(SpatialWeights w, String logdet, int probes, int order, long seed) {
        boolean exact = "eigen".equals(logdet) || ("auto".equals(logdet) && (w.n() <= EXACT_LIMIT
                || (w.n() <= SYMMETRIC_EXACT_LIMIT && Spectrum.symmetricSimilar(w))));
        if (exact) {
            Spectrum s = Spectrum.of(w);
            return new SpatialBackends(s, new DenseTraces(w), new SpectralEffectTraces(s, w));
        }
        ProbeTraces t = new ProbeTraces(w, SpectralRadius.of(w), probes, order, seed);
        return new SpatialBackends(new ChebyshevLogDeterminant(t), t, t);
    }
}
