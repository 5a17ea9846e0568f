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
        if (order >= 3 && probes > 0) {
            chebyshevProbes(n);
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

    /**
     * Σ_p u_p'T_j(W/s)u_p / probes for j ≥ 3, all probes at once: the vectors are interleaved (unit-major, probe
     * inner), so one pass over W's links serves every probe (the links are read once per order, not once per probe).
     */
    private void chebyshevProbes(int n) {
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = w.rowEnd(i);
            start[i] = w.rowStart(i);
        }
        int links = w.links();
        int[] col = new int[links];
        double[] val = new double[links];
        for (int k = 0; k < links; k++) {
            col[k] = w.columnAt(k);
            val[k] = w.valueAt(k) / scale;
        }
        int pr = probes;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] u = new double[n * pr];
        for (int p = 0; p < pr; p++) { // probe by probe, so the random stream does not depend on the layout
            for (int i = 0; i < n; i++) {
                u[i * pr + p] = rng.nextBoolean() ? 1.0 : -1.0;
            }
        }
        double[] prev = u.clone();
        double[] cur = new double[n * pr];
        multiply(start, col, val, prev, cur, pr);
        double[] next = new double[n * pr];
        for (int j = 2; j <= order; j++) {
            multiply(start, col, val, cur, next, pr);
            double s = 0;
            for (int q = 0; q < next.length; q++) {
                double v = 2.0 * next[q] - prev[q];
                next[q] = v;
                s += u[q] * v;
            }
            chebyshev[j] = s / pr;
            double[] swap = prev;
            prev = cur;
            cur = next;
            next = swap;
        }
    }

    /** out = (W/s)·x on interleaved blocks of p vectors. */
    private static void multiply(int[] start, int[] col, double[] val, double[] x, double[] out, int p) {
        int n = start.length - 1;
        for (int i = 0; i < n; i++) {
            int o = i * p;
            for (int q = 0; q < p; q++) {
                out[o + q] = 0.0;
            }
            for (int k = start[i]; k < start[i + 1]; k++) {
                double v = val[k];
                int c = col[k] * p;
                for (int q = 0; q < p; q++) {
                    out[o + q] += v * x[c + q];
                }
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
