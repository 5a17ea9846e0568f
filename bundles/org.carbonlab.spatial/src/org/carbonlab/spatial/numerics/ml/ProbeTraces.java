package org.carbonlab.spatial.numerics.ml;

import java.util.SplittableRandom;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * Traces for large n from sparse products only (no n×n matrix): Hutchinson estimates (Rademacher probes from a
 * seed) of the power traces t_j = tr(W^j) (t_0, t_1, t_2 exact) and of the Chebyshev traces tr(T_j(W/s)) with s the
 * spectral radius. From them: tr(G) = Σ r^j t_{j+1}, tr(G²) = Σ (j + 1) r^j t_{j+2} and the effect traces
 * (power series truncated at the order); tr(G'G) and tr(G2'G1) by Hutchinson on G·u, where G·u = W(I − rW)⁻¹u
 * is solved by the fixed-point iteration z = u + rWz (convergent for |r|·s < 1).
 */
public final class ProbeTraces implements TraceSource, EffectTraces {
    private static final double SOLVE_TOLERANCE = 1e-14;
    private static final int MAX_ITERATIONS = 1_000_000;

    private final SpatialWeights w;
    private final int probes;
    private final int order;
    private final long seed;
    private final double scale;
    private final double[] power;
    private final double[] chebyshev;
    private final PowerSums sums;

    public ProbeTraces(SpatialWeights w, double spectralRadius, int probes, int order, long seed) {
        this.w = w;
        this.probes = probes;
        this.order = order;
        this.seed = seed;
        this.scale = spectralRadius;
        this.sums = new PowerSums(w);
        int n = w.n();
        power = new double[order + 3];
        chebyshev = new double[order + 1];
        SplittableRandom rng = new SplittableRandom(seed);
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tPrev = new double[n];
        double[] tCur = new double[n];
        double[] tmp = new double[n];
        for (int p = 0; p < probes; p++) {
            for (int i = 0; i < n; i++) {
                u[i] = rng.nextBoolean() ? 1.0 : -1.0;
            }
            System.arraycopy(u, 0, v, 0, n);
            for (int j = 1; j < power.length; j++) {
                w.lag(v, tmp);
                System.arraycopy(tmp, 0, v, 0, n);
                power[j] += dot(u, v) / probes;
            }
            System.arraycopy(u, 0, tPrev, 0, n);
            w.lag(u, tCur);
            for (int i = 0; i < n; i++) {
                tCur[i] /= scale;
            }
            for (int j = 2; j <= order; j++) {
                w.lag(tCur, tmp);
                for (int i = 0; i < n; i++) {
                    tmp[i] = 2.0 * tmp[i] / scale - tPrev[i];
                }
                double[] swap = tPrev;
                tPrev = tCur;
                tCur = tmp;
                tmp = swap;
                chebyshev[j] += dot(u, tCur) / probes;
            }
        }
        // exact low orders: tr(I) = n, tr(W) = Σ w_ii, tr(W²) = Σ w_ij w_ji
        double t1 = 0;
        double t2 = 0;
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                int j = w.columnAt(k);
                if (j == i) {
                    t1 += w.valueAt(k);
                }
                t2 += w.valueAt(k) * w.weight(j, i);
            }
        }
        power[0] = n;
        power[1] = t1;
        power[2] = t2;
        chebyshev[0] = n;
        if (order >= 1) {
            chebyshev[1] = t1 / scale;
        }
        if (order >= 2) {
            chebyshev[2] = 2 * t2 / (scale * scale) - n;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Chebyshev traces tr(T_j(W/s)), j = 0..order. */
    double[] chebyshevTraces() {
        return chebyshev.clone();
    }

    double scale() {
        return scale;
    }

    @Override
    public int size() {
        return w.n();
    }

    /** Σ_{j ≤ order} r^j t_{j + shift}. */
    private double series(double r, int shift) {
        double s = 0;
        double pw = 1;
        for (int j = 0; j + shift < power.length && j <= order; j++) {
            s += pw * power[j + shift];
            pw *= r;
        }
        return s;
    }

    @Override
    public double traceInverse(double r) {
        return series(r, 0);
    }

    @Override
    public double traceInverseW(double r) {
        return series(r, 1);
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
    public Traces at(double r, double l) {
        double g1 = series(r, 1);
        double g2 = series(l, 1);
        double g1g1 = 0;
        double g2g2 = 0;
        double g2g1 = 0;
        for (int m = 0; m + 2 < power.length && m <= order; m++) {
            double ra = Math.pow(r, m);
            double la = Math.pow(l, m);
            g1g1 += (m + 1) * ra * power[m + 2];
            g2g2 += (m + 1) * la * power[m + 2];
            double mixed = 0;
            for (int a = 0; a <= m; a++) {
                mixed += Math.pow(r, a) * Math.pow(l, m - a);
            }
            g2g1 += mixed * power[m + 2];
        }
        int n = w.n();
        SplittableRandom rng = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        double g1t = 0;
        double g2t = 0;
        double g21t = 0;
        double[] u = new double[n];
        for (int p = 0; p < probes; p++) {
            for (int i = 0; i < n; i++) {
                u[i] = rng.nextBoolean() ? 1.0 : -1.0;
            }
            double[] a = applyG(r, u);
            double[] b = Double.compare(r, l) == 0 ? a : applyG(l, u);
            g1t += dot(a, a) / probes;
            g2t += dot(b, b) / probes;
            g21t += dot(a, b) / probes;
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        double[] c1 = applyGTranspose(r, ones);
        double[] c2 = Double.compare(r, l) == 0 ? c1 : applyGTranspose(l, ones);
        return new Traces(g1, g1g1, g1t, g2, g2g2, g2t, g2g1, g21t, dot(c1, c1) / n, dot(c1, c2) / n,
                dot(c2, c2) / n);
    }

    @Override
    public double[] applyG(double r, double[] x) {
        double[] z = solve(r, x, false);
        return w.lag(z);
    }

    /** G'x = (I − rW')⁻¹W'x. */
    double[] applyGTranspose(double r, double[] x) {
        return solve(r, w.transposeLag(x), true);
    }

    /** (I − rW)⁻¹x (or with W') by z = x + rWz. */
    private double[] solve(double r, double[] x, boolean transpose) {
        int n = x.length;
        double[] z = x.clone();
        double[] wz = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            if (transpose) {
                w.transposeLag(z, wz);
            } else {
                w.lag(z, wz);
            }
            double change = 0;
            double size = 0;
            for (int i = 0; i < n; i++) {
                double next = x[i] + r * wz[i];
                change = Math.max(change, Math.abs(next - z[i]));
                size = Math.max(size, Math.abs(next));
                z[i] = next;
            }
            if (change <= SOLVE_TOLERANCE * size) {
                return z;
            }
        }
        throw new ArithmeticException("(I - rW)^-1 x did not converge at r = " + r + " (|r| times the spectral"
                + " radius must be below 1)");
    }

    @Override
    public String method() {
        return "Monte Carlo (" + probes + " Rademacher probes, seed " + seed + ", power series order " + order
                + "; tr(W), tr(W^2) exact; totals exact)";
    }
}
