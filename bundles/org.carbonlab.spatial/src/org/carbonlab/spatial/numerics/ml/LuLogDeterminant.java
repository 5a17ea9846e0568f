package org.carbonlab.spatial.numerics.ml;

import java.util.HashMap;
import java.util.Map;

import org.carbonlab.core.weights.SpatialWeights;
import org.ojalgo.matrix.decomposition.LU;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.RawStore;

/**
 * ln|I − rW| exact at every r from a dense LU factorisation of I − rW (ojAlgo, O(n³/3) per r, no eigenvalues), for
 * a W whose eigenproblem is slow (not similar to a symmetric matrix). The admissible interval is (−1/s, 1/s), s the
 * spectral radius (I − rW is non-singular there; (−1, 1) for a row-standardised W). Values are cached by r, since
 * the grid scans of the restricted fits (LR tests) repeat the same points.
 *
 * <p>The derivative −tr(W(I − rW)⁻¹), and the effect traces tr((I − rW)⁻¹) = n + r·tr(G) and tr(G) at the
 * simulated draws, would each need an inverse (n solves, far slower than the factorisation). They come instead
 * from the derivative of a Chebyshev interpolant of the exact log-determinant on a patch [c − h, c + h] with
 * h = 2^⌊log₂(d/4)⌋ (d the distance of r to the nearer end of the interval) and c the multiple of h nearest r:
 * the function is analytic at least 3.5h beyond the patch, so 24 nodes put the truncation error below 1e-20 and
 * the derivative is exact up to the rounding of the LU values amplified by ~m²/h (about 1e-10 absolute). Patches lie
 * on a fixed lattice, so the value at r does not depend on the order of the calls.
 */
public final class LuLogDeterminant implements LogDeterminant, EffectTraces {
    private static final int NODES = 24;
    private static final int CACHE_LIMIT = 100_000;

    private final SpatialWeights w;
    private final double scale;
    private final PowerSums sums;
    private final Map<Double, Double> values = new HashMap<>();
    private final Map<String, double[]> patches = new HashMap<>();

    public LuLogDeterminant(SpatialWeights w, double spectralRadius) {
        this.w = w;
        this.scale = spectralRadius;
        this.sums = new PowerSums(w);
    }

    @Override
    public synchronized double value(double r) {
        Double cached = values.get(r);
        if (cached != null) {
            return cached;
        }
        double v = factorised(r);
        if (values.size() >= CACHE_LIMIT) {
            values.clear();
        }
        values.put(r, v);
        return v;
    }

    /** Σ ln|u_ii| of the LU factors of I − rW. */
    private double factorised(double r) {
        int n = w.n();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1.0;
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                a[i][w.columnAt(k)] -= r * w.valueAt(k);
            }
        }
        LU<Double> lu = LU.R064.make();
        if (!lu.decompose(RawStore.wrap(a))) {
            throw new ArithmeticException("the LU factorisation of I - " + r + " W failed");
        }
        MatrixStore<Double> u = lu.getU();
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(u.doubleValue(i, i));
            if (d == 0.0) {
                throw new ArithmeticException("I - " + r + " W is singular");
            }
            s += Math.log(d);
        }
        return s;
    }

    @Override
    public double derivative(double r) {
        return -traceG(r);
    }

    /** tr(G) = tr(W(I − rW)⁻¹) = −d ln|I − rW|/dr, from the patch interpolant. */
    private synchronized double traceG(double r) {
        double d = Math.min(r - lower(), upper() - r);
        if (!(d > 0)) {
            throw new ArithmeticException("r = " + r + " lies outside (" + lower() + ", " + upper() + ")");
        }
        double h = Math.scalb(1.0, Math.getExponent(d / 4));
        double c = Math.rint(r / h) * h;
        double[] coef = patches.computeIfAbsent(h + "@" + c, key -> coefficients(c, h));
        // d/dr Σ a_j T_j(x), x = (r − c)/h: T_j' = j U_{j−1}
        double x = (r - c) / h;
        double uPrev = 0.0;
        double u = 1.0; // U_0
        double s = 0.0;
        for (int j = 1; j < coef.length; j++) {
            s += coef[j] * j * u;
            double next = 2 * x * u - uPrev;
            uPrev = u;
            u = next;
        }
        return -s / h;
    }

    /** Chebyshev coefficients of x ↦ ln|I − (c + h x)W| on [−1, 1] from its values at the Chebyshev nodes. */
    private double[] coefficients(double c, double h) {
        double[] f = new double[NODES];
        for (int k = 0; k < NODES; k++) {
            f[k] = value(c + h * Math.cos(Math.PI * (k + 0.5) / NODES));
        }
        double[] a = new double[NODES];
        for (int j = 0; j < NODES; j++) {
            double s = 0.0;
            for (int k = 0; k < NODES; k++) {
                s += f[k] * Math.cos(j * Math.PI * (k + 0.5) / NODES);
            }
            a[j] = (j == 0 ? 1.0 : 2.0) * s / NODES;
        }
        return a;
    }

    @Override
    public double lower() {
        return -1.0 / scale;
    }

    @Override
    public double upper() {
        return 1.0 / scale;
    }

    @Override
    public String method() {
        return "lu (exact: dense LU of I - rW at every evaluation; derivative and effect traces from a 24-node"
                + " Chebyshev interpolant of the exact values)";
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public int size() {
        return w.n();
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
}
