package org.carbonlab.spatial.estimators;

import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.SpectralRadius;
import org.carbonlab.spatial.numerics.ml.ChebyshevLogDeterminant;
import org.carbonlab.spatial.numerics.ml.DenseTraces;
import org.carbonlab.spatial.numerics.ml.EffectTraces;
import org.carbonlab.spatial.numerics.ml.LogDeterminant;
import org.carbonlab.spatial.numerics.ml.LuLogDeterminant;
import org.carbonlab.spatial.numerics.ml.ProbeTraces;
import org.carbonlab.spatial.numerics.ml.Spectrum;
import org.carbonlab.spatial.numerics.ml.SpectralEffectTraces;
import org.carbonlab.spatial.numerics.ml.TraceSource;

/**
 * The log-determinant, information-matrix traces and effect traces for {@code logdet=}: eigen (eigenvalues once,
 * dense inverse at the estimate), lu (a dense LU of I − rW at every evaluation, dense inverse at the estimate), or
 * Chebyshev with Monte Carlo traces (sparse products only). auto: eigen up to {@link #EXACT_LIMIT} units
 * ({@link #SYMMETRIC_EXACT_LIMIT} when W is similar to a symmetric matrix, e.g. row-standardised contiguity, whose
 * symmetric eigenproblem is several times faster), lu for any other W up to {@link #LU_LIMIT} units (above it the
 * one dense inverse at the estimate dominates), chebyshev above.
 */
record SpatialBackends(LogDeterminant logDet, TraceSource traces, EffectTraces effects) {
    /** Largest N for which logdet=auto uses the eigenvalue route on a general W. */
    static final int EXACT_LIMIT = 400;
    /** Largest N for the eigenvalue route when W is diagonally similar to a symmetric matrix. */
    static final int SYMMETRIC_EXACT_LIMIT = 1500;
    /**
     * Largest N for which logdet=auto uses the LU route (a W not similar to a symmetric matrix). Measured with
     * benchmarks/spatial-panel.sh (two-way SDM with tests and 1,000 effect draws, kNN W, T = 10; CPU seconds on the
     * shared 2-core machine): lu 0.6 / 3.6 / 12.7 s at N = 500 / 1,000 / 1,500 against 1.0 / 4.0 s for the general
     * eigenvalues and 0.1-0.15 s for chebyshev; the O(N³) work per evaluation makes lu too slow beyond ~1,000.
     */
    static final int LU_LIMIT = 1000;

    static SpatialBackends choose(SpatialWeights w, String logdet, boolean twoParameters, int probes, int order,
            long seed) {
        String route = "auto".equals(logdet) ? automatic(w, twoParameters) : logdet;
        switch (route) {
            case "eigen" -> {
                Spectrum s = Spectrum.of(w);
                return new SpatialBackends(s, new DenseTraces(w), new SpectralEffectTraces(s, w));
            }
            case "lu" -> {
                LuLogDeterminant lu = new LuLogDeterminant(w, SpectralRadius.of(w));
                return new SpatialBackends(lu, new DenseTraces(w), lu);
            }
            default -> {
                ProbeTraces t = new ProbeTraces(w, SpectralRadius.of(w), probes, order, seed);
                return new SpatialBackends(new ChebyshevLogDeterminant(t), t, t);
            }
        }
    }

    /**
     * The route logdet=auto takes for W. A model with two spatial parameters (SAC) profiles one over the other and
     * evaluates the log-determinant thousands of times: there the eigenvalues, computed once, replace lu.
     */
    static String automatic(SpatialWeights w, boolean twoParameters) {
        int n = w.n();
        if (n <= EXACT_LIMIT) {
            return "eigen";
        }
        if (n > Math.max(SYMMETRIC_EXACT_LIMIT, LU_LIMIT)) {
            return "chebyshev";
        }
        boolean symmetric = Spectrum.symmetricSimilar(w);
        if (symmetric && n <= SYMMETRIC_EXACT_LIMIT) {
            return "eigen";
        }
        if (!symmetric && n <= LU_LIMIT) {
            return twoParameters ? "eigen" : "lu";
        }
        return "chebyshev";
    }
}
