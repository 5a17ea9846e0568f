package org.carbonlab.spatial.numerics.ml;

import java.util.Arrays;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * s_j = 1'W^j1, exact (sparse products, extended on demand), for 1'(I − rW)⁻¹W^a 1 = Σ_j r^j s_{j+a}; when every
 * row of W sums to one, s_j = n and the sums are n/(1 − r) in closed form.
 */
final class PowerSums {
    private static final int MAX_ORDER = 100_000;
    private final SpatialWeights w;
    private final boolean rowStochastic;
    private double[] s = new double[0];
    private double[] v;

    PowerSums(SpatialWeights w) {
        this.w = w;
        boolean rs = true;
        for (double x : w.rowSums()) {
            rs &= Math.abs(x - 1.0) < 1e-12;
        }
        this.rowStochastic = rs;
    }

    boolean rowStochastic() {
        return rowStochastic;
    }

    /** Σ_j r^j s_{j+shift}. */
    synchronized double sum(double r, int shift) {
        int n = w.n();
        if (rowStochastic) {
            return n / (1.0 - r);
        }
        double total = 0.0;
        double pow = 1.0;
        for (int j = 0; j < MAX_ORDER; j++) {
            double term = pow * get(j + shift);
            total += term;
            if (Math.abs(term) <= 1e-17 * Math.abs(total) && j > 2) {
                return total;
            }
            pow *= r;
        }
        throw new ArithmeticException("the power series of (I - rW)^-1 does not converge at r = " + r);
    }

    private double get(int j) {
        while (s.length <= j) {
            if (v == null) {
                v = new double[w.n()];
                Arrays.fill(v, 1.0);
            } else {
                v = w.lag(v);
            }
            double t = 0;
            for (double x : v) {
                t += x;
            }
            s = Arrays.copyOf(s, s.length + 1);
            s[s.length - 1] = t;
        }
        return s[j];
    }
}
