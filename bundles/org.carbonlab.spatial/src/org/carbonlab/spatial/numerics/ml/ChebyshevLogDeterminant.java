package org.carbonlab.spatial.numerics.ml;

/**
 * ln|I − rW| ≈ Σ_j a_j(r) tr(T_j(W/s)) (Pace and LeSage 2004) with Monte Carlo Chebyshev traces
 * ({@link ProbeTraces#spectralSum}), O(q²) per r after O(probes·q) sparse products once. The searched interval is
 * (−0.995/s, 0.995/s): the smallest eigenvalue is not computed, and a polynomial of moderate order cannot follow
 * ln(1 − rω) for eigenvalues ω near s as |r|s → 1 (its error there could create a spurious maximum at the bound).
 */
public final class ChebyshevLogDeterminant implements LogDeterminant {
    /** How close to ±1/s the approximation is trusted. */
    static final double REACH = 0.995;
    private final ProbeTraces traces;

    public ChebyshevLogDeterminant(ProbeTraces t) {
        this.traces = t;
    }

    @Override
    public double value(double r) {
        return traces.spectralSum(x -> Math.log(1.0 - r * x));
    }

    @Override
    public double derivative(double r) {
        return traces.spectralSum(x -> -x / (1.0 - r * x));
    }

    @Override
    public double lower() {
        return -REACH / traces.scale();
    }

    @Override
    public double upper() {
        return REACH / traces.scale();
    }

    @Override
    public String method() {
        return "chebyshev (approximate: " + traces.method() + ")";
    }

    @Override
    public boolean exact() {
        return false;
    }
}
