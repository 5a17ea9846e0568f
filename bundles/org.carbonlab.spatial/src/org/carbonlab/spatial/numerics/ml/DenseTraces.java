package org.carbonlab.spatial.numerics.ml;

import org.carbonlab.core.weights.SpatialWeights;
import org.ojalgo.matrix.decomposition.LU;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.RawStore;

/**
 * Exact traces from the dense inverse (I − rW)⁻¹ (ojAlgo's LU, O(n³)): for small n, where the eigenvalue route is
 * used too. The last inverse is kept, since the information matrix and the mean terms ask for the same r.
 */
public final class DenseTraces implements TraceSource {
    private final SpatialWeights w;
    private double cachedR = Double.NaN;
    private double[][] cachedG;

    public DenseTraces(SpatialWeights w) {
        this.w = w;
    }

    /** G = W(I − rW)⁻¹, dense. */
    public synchronized double[][] g(double r) {
        if (cachedG != null && Double.compare(r, cachedR) == 0) {
            return cachedG;
        }
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
            throw new ArithmeticException("I - " + r + " W is singular");
        }
        MatrixStore<Double> inv = lu.getInverse();
        double[][] ai = inv.toRawCopy2D();
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] gi = g[i];
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                double v = w.valueAt(k);
                double[] row = ai[w.columnAt(k)];
                for (int j = 0; j < n; j++) {
                    gi[j] += v * row[j];
                }
            }
        }
        cachedR = r;
        cachedG = g;
        return g;
    }

    @Override
    public Traces at(double r, double l) {
        // G2 first (copied out of the one-entry cache), then G1, which stays cached for the mean terms at r
        double[][] g2 = Double.compare(r, l) == 0 ? null : copy(g(l));
        double[][] g1 = g(r);
        if (g2 == null) {
            g2 = g1;
        }
        int n = g1.length;
        double t1 = 0;
        double t11 = 0;
        double t1t1 = 0;
        double t2 = 0;
        double t22 = 0;
        double t2t2 = 0;
        double t21 = 0;
        double t2t1 = 0;
        double[] c1 = new double[n];
        double[] c2 = new double[n];
        for (int i = 0; i < n; i++) {
            t1 += g1[i][i];
            t2 += g2[i][i];
            for (int j = 0; j < n; j++) {
                t11 += g1[i][j] * g1[j][i];
                t22 += g2[i][j] * g2[j][i];
                t21 += g2[i][j] * g1[j][i];
                t1t1 += g1[i][j] * g1[i][j];
                t2t2 += g2[i][j] * g2[i][j];
                t2t1 += g2[i][j] * g1[i][j];
                c1[j] += g1[i][j];
                c2[j] += g2[i][j];
            }
        }
        double c11 = 0;
        double c12 = 0;
        double c22 = 0;
        for (int j = 0; j < n; j++) {
            c11 += c1[j] * c1[j];
            c12 += c1[j] * c2[j];
            c22 += c2[j] * c2[j];
        }
        return new Traces(t1, t11, t1t1, t2, t22, t2t2, t21, t2t1, c11 / n, c12 / n, c22 / n);
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    @Override
    public double[] applyG(double r, double[] x) {
        double[][] g = g(r);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            double[] gi = g[i];
            for (int j = 0; j < x.length; j++) {
                s += gi[j] * x[j];
            }
            out[i] = s;
        }
        return out;
    }

    @Override
    public String method() {
        return "exact (dense inverse)";
    }
}
