package org.carbonlab.spatial.numerics.ml;

/**
 * What the LeSage–Pace effects of S(r) = (I − rW)⁻¹(βI + θW) need: the traces tr((I − rW)⁻¹) and
 * tr((I − rW)⁻¹W) (direct effects) and the sums 1'(I − rW)⁻¹1 and 1'(I − rW)⁻¹W1 (total effects).
 */
public interface EffectTraces {
    int size();

    double traceInverse(double r);

    double traceInverseW(double r);

    double sumInverse(double r);

    double sumInverseW(double r);

    String method();
}
