package org.carbonlab.spatial.numerics.ml;

/** Traces of G = W(I − rW)⁻¹ and products G·x, exact (dense) or estimated (sparse products only). */
public interface TraceSource {
    Traces at(double r, double l);

    /** G x = W(I − rW)⁻¹x for one period (length n). */
    double[] applyG(double r, double[] x);

    String method();
}
