package org.carbonlab.spatial.numerics.ml;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * Traces for large n from sparse products only (no n×n matrix). Hutchinson estimates (Rademacher probes from a
 * seed) of the Chebyshev traces c_j = tr(T_j(W/s)), s the spectral radius (c_0, c_1, c_2 exact), give every
 * spectral sum Σ_ω φ(ω) ≈ Σ_j a_j(φ)·c_j with a_j the Chebyshev interpolation coefficients of x ↦ φ(s·x) on
 * [−1, 1] (Pace and LeSage 2004): ln|I − rW| (φ = ln(1 − rω)), tr(G) (ω/(1 − rω)), tr(G²), tr(G1G2),
 * tr((I − rW)⁻¹). For a row-stochastic W the unit eigenvalue is taken out and its term added exactly, so the sums
 * keep their singularity at r = 1. tr(G'G) and tr(G2'G1), which are not spectral, are Hutchinson estimates of
 * ‖Gu‖² with G·u = W(I − rW)⁻¹u solved by the fixed-point iteration z = u + rWz (convergent for |r|·s < 1).
 */
public final class ProbeTraces implements TraceSource, EffectTraces {
    private static final double SOLVE_TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 1_000_000;
    /** Probes for the non-spectral traces tr(G'G) (their relative error is small: the diagonal dominates). */
    private static final int GRAM_PROBES = 20;

    private final SpatialWeights w;
    private final int probes;
    private final int order;
    private final long seed;
    private final double scale;
    private final double[] chebyshev;
    private final double[] nodes;
    /** Σ_j (2 − δ_j0)/m · T_j(x_k) · (c_j − unit): the spectral sum is then Σ_k φ(s x_k)·weight_k, O(q) per φ. */
    private final double[] weights;
    private final PowerSums sums;
    private final int unit;
    private double cachedR = Double.NaN;
    private double cachedL = Double.NaN;
    private Traces cached;

    public ProbeTraces(SpatialWeights w, double spectralRadius, int probes, int order, long seed) {
        this.w = w;
        this.probes = probes;
        this.order = order;
        this.seed = seed;
        this.scale = spectralRadius;
        this.sums = new PowerSums(w);
        this.unit = sums.rowStochastic() ? 1 : 0;
        int n = w.n();
        chebyshev = new double[order + 1];
        SplittableRandom rng = new SplittableRandom(seed);
        double[] u = new double[n];
        double[] prev = new double[n];
        double[] cur = new double[n];
        double[] next = new double[n];
        for (int p = 0; p < probes && order >= 3; p++) {
            for (int i = 0; i < n; i++) {
                u[i] = rng.nextBoolean() ? 1.0 : -1.0;
            }
            // T_0 u = u, T_1 u = (W/s)u, T_{j+1} u = 2(W/s)T_j u − T_{j−1} u
            System.arraycopy(u, 0, prev, 0, n);
            w.lag(u, cur);
            for (int i = 0; i < n; i++) {
                cur[i] /= scale;
            }
            for (int j = 2; j <= order; j++) {
                w.lag(cur, next);
                for (int i = 0; i < n; i++) {
                    next[i] = 2.0 * next[i] / scale - prev[i];
                }
                double[] swap = prev;
                prev = cur;
                cur = next;
                next = swap;
                chebyshev[j] += dot(u, cur) / probes;
            }
        }
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
        chebyshev[0] = n;
        if (order >= 1) {
            chebyshev[1] = t1 / scale;
        }
        if (order >= 2) {
            chebyshev[2] = 2 * t2 / (scale * scale) - n;
        }
        int m = order + 1;
        nodes = new double[m];
        weights = new double[m];
        for (int k = 0; k < m; k++) {
            nodes[k] = Math.cos(Math.PI * (k + 0.5) / m);
            for (int j = 0; j < m; j++) {
                // T_j(1) = 1: the unit eigenvalue's share is taken out of the traces
                weights[k] += (j == 0 ? 1.0 : 2.0) / m * Math.cos(j * Math.PI * (k + 0.5) / m) * (chebyshev[j] - unit);
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Σ_ω φ(ω) over W's eigenvalues: Chebyshev interpolation of φ(s·x), the unit eigenvalue exactly. */
    public double spectralSum(DoubleUnaryOperator phi) {
        double total = unit * phi.applyAsDouble(scale);
        for (int k = 0; k < nodes.length; k++) {
            total += phi.applyAsDouble(scale * nodes[k]) * weights[k];
        }
        return total;
    }

    double scale() {
        return scale;
    }

    int order() {
        return order;
    }

    @Override
    public int size() {
        return w.n();
    }

    /** tr(G) = Σ ω/(1 − rω). */
    double traceG(double r) {
        return spectralSum(x -> x / (1.0 - r * x));
    }

    @Override
    public double traceInverse(double r) {
        return w.n() + r * traceG(r); // (I − rW)⁻¹ = I + rW(I − rW)⁻¹
    }

    @Override
    public double traceInverseW(double r) {
        return traceG(r);
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
    public synchronized Traces at(double r, double l) {
        if (cached != null && Double.compare(r, cachedR) == 0 && Double.compare(l, cachedL) == 0) {
            return cached;
        }
        double g1 = traceG(r);
        double g2 = traceG(l);
        double g1g1 = spectralSum(x -> x * x / ((1.0 - r * x) * (1.0 - r * x)));
        double g2g2 = spectralSum(x -> x * x / ((1.0 - l * x) * (1.0 - l * x)));
        double g2g1 = spectralSum(x -> x * x / ((1.0 - r * x) * (1.0 - l * x)));
        int n = w.n();
        SplittableRandom rng = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        double g1t = 0;
        double g2t = 0;
        double g21t = 0;
        double[] u = new double[n];
        for (int p = 0; p < GRAM_PROBES; p++) {
            for (int i = 0; i < n; i++) {
                u[i] = rng.nextBoolean() ? 1.0 : -1.0;
            }
            double[] a = applyG(r, u);
            double[] b = Double.compare(r, l) == 0 ? a : applyG(l, u);
            g1t += dot(a, a) / GRAM_PROBES;
            g2t += dot(b, b) / GRAM_PROBES;
            g21t += dot(a, b) / GRAM_PROBES;
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        double[] c1 = applyGTranspose(r, ones);
        double[] c2 = Double.compare(r, l) == 0 ? c1 : applyGTranspose(l, ones);
        cached = new Traces(g1, g1g1, g1t, g2, g2g2, g2t, g2g1, g21t, dot(c1, c1) / n, dot(c1, c2) / n,
                dot(c2, c2) / n);
        cachedR = r;
        cachedL = l;
        return cached;
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
        return "Chebyshev order " + order + " with Monte Carlo traces (" + probes + " Rademacher probes, seed " + seed
                + "; tr(G'G) from " + GRAM_PROBES + " probes; totals exact)";
    }
}
