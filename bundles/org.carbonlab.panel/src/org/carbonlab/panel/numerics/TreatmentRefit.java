package org.carbonlab.panel.numerics;

import java.util.HashMap;
import java.util.function.UnaryOperator;

/**
 * Refits the treatment coefficient of one fixed design y = βd + X_c γ + effects + e for many treatment columns d
 * (placebo draws), by Frisch–Waugh–Lovell: the effects are partialled out of y and the controls once (and the
 * controls orthonormalised), so each draw costs one projection of d and a few passes over n. The estimate and its
 * standard error equal those of the full regression: for one coefficient the (cluster) sandwich of the full model
 * is that of the partialled regression, (d̂'d̂)^-2 Σ_g (Σ_{i∈g} d̂_i u_i)², u the full-model residuals. Numerics only;
 * immutable, so draws may run on several threads; serializable (with a serializable annihilator) so they may run on
 * several machines.
 */
public final class TreatmentRefit implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The covariance of the refits (the small-sample factor and degrees of freedom are the real model's). */
    public enum Covariance {
        CLASSICAL, CLUSTER, TWO_WAY
    }

    /** One refit: the estimate and its standard error (NaN when the drawn treatment is absorbed). */
    public record Fit(double estimate, double se) {
    }

    private final UnaryOperator<double[]> annihilator;
    private final double[][] q;
    private final double[] yResid;
    private final Covariance covariance;
    private final int[] a;
    private final int ga;
    private final int[] b;
    private final int gb;
    private final int[] ab;
    private final int gab;
    private final double factor;
    private final double dfResid;

    /**
     * @param y           outcome (length n)
     * @param controls    the kept control columns (raw, length n each; may be empty)
     * @param annihilator M of the absorbed effects
     * @param covariance  which covariance
     * @param clusterA    cluster codes (CLUSTER, TWO_WAY), else null
     * @param clusterB    second cluster codes (TWO_WAY), else null
     * @param factor      factor on the HC0 sandwich (cluster), ignored for classical
     * @param dfResid     residual degrees of freedom of the full model (classical σ²)
     */
    public TreatmentRefit(double[] y, double[][] controls, UnaryOperator<double[]> annihilator, Covariance covariance,
            int[] clusterA, int[] clusterB, double factor, double dfResid) {
        this.annihilator = annihilator;
        this.covariance = covariance;
        this.factor = factor;
        this.dfResid = dfResid;
        this.q = orthonormal(controls, annihilator);
        this.yResid = offControls(annihilator.apply(y));
        int n = y.length;
        if (covariance != Covariance.CLASSICAL) {
            a = dense(clusterA);
            ga = levels(a);
        } else {
            a = null;
            ga = 0;
        }
        if (covariance == Covariance.TWO_WAY) {
            b = dense(clusterB);
            gb = levels(b);
            int[] pair = new int[n];
            HashMap<Long, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) {
                pair[i] = ids.computeIfAbsent((long) a[i] * gb + b[i], k -> ids.size());
            }
            ab = pair;
            gab = ids.size();
        } else {
            b = null;
            gb = 0;
            ab = null;
            gab = 0;
        }
    }

    /** The treatment coefficient and its standard error for treatment column {@code d}. */
    public Fit fit(double[] d) {
        double[] dh = offControls(annihilator.apply(d));
        double s = 0;
        double sy = 0;
        double norm = 0;
        for (int i = 0; i < dh.length; i++) {
            s += dh[i] * dh[i];
            sy += dh[i] * yResid[i];
            norm += d[i] * d[i];
        }
        if (!(s > 1e-18 * norm)) {
            return new Fit(Double.NaN, Double.NaN);
        }
        double beta = sy / s;
        double[] u = new double[dh.length];
        double ssr = 0;
        for (int i = 0; i < u.length; i++) {
            u[i] = yResid[i] - beta * dh[i];
            ssr += u[i] * u[i];
        }
        double var = switch (covariance) {
            case CLASSICAL -> ssr / dfResid / s;
            case CLUSTER -> factor * scoreSquares(dh, u, a, ga) / (s * s);
            case TWO_WAY -> factor * (scoreSquares(dh, u, a, ga) + scoreSquares(dh, u, b, gb)
                    - scoreSquares(dh, u, ab, gab)) / (s * s);
        };
        return new Fit(beta, var >= 0 ? Math.sqrt(var) : Double.NaN);
    }

    private static double scoreSquares(double[] d, double[] u, int[] c, int g) {
        double[] sg = new double[g];
        for (int i = 0; i < d.length; i++) {
            sg[c[i]] += d[i] * u[i];
        }
        double out = 0;
        for (double v : sg) {
            out += v * v;
        }
        return out;
    }

    private double[] offControls(double[] v) {
        double[] out = v.clone();
        // twice: re-orthogonalisation keeps the projection exact to rounding
        for (int pass = 0; pass < 2; pass++) {
            for (double[] col : q) {
                double c = 0;
                for (int i = 0; i < out.length; i++) {
                    c += col[i] * out[i];
                }
                for (int i = 0; i < out.length; i++) {
                    out[i] -= c * col[i];
                }
            }
        }
        return out;
    }

    /** Modified Gram–Schmidt (with re-orthogonalisation) of the partialled controls; negligible columns skipped. */
    private static double[][] orthonormal(double[][] controls, UnaryOperator<double[]> m) {
        java.util.List<double[]> basis = new java.util.ArrayList<>();
        for (double[] raw : controls) {
            double[] v = m.apply(raw);
            double before = Math.sqrt(dot(v, v));
            for (int pass = 0; pass < 2; pass++) {
                for (double[] e : basis) {
                    double c = dot(e, v);
                    for (int i = 0; i < v.length; i++) {
                        v[i] -= c * e[i];
                    }
                }
            }
            double norm = Math.sqrt(dot(v, v));
            if (norm > 1e-9 * before && norm > 0) {
                for (int i = 0; i < v.length; i++) {
                    v[i] /= norm;
                }
                basis.add(v);
            }
        }
        return basis.toArray(double[][]::new);
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static int[] dense(int[] codes) {
        HashMap<Integer, Integer> ids = new HashMap<>();
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = ids.computeIfAbsent(codes[i], k -> ids.size());
        }
        return out;
    }

    private static int levels(int[] codes) {
        int g = 0;
        for (int c : codes) {
            g = Math.max(g, c + 1);
        }
        return g;
    }
}
