package org.carbonlab.spatial.numerics.ml;

/**
 * ln|I − rW| ≈ Σ_j a_j(r) tr(T_j(W/s)) (Pace and LeSage 2004): a_j(r) are the Chebyshev interpolation coefficients
 * of x ↦ ln(1 − r·s·x) on [−1, 1] (s the spectral radius, so W/s has its eigenvalues in the unit disc) and the
 * traces of the Chebyshev polynomials of W/s are Monte Carlo estimates (sparse products only). O(q²) per r. The
 * admissible interval is (−1/s, 1/s): the smallest eigenvalue is not computed.
 */
public final class ChebyshevLogDeterminant implements LogDeterminant {
    private final double[] traces;
    private final double scale;
    private final int order;
    private final double[] nodes;
    private final double[][] basis;
    private final String method;

    public ChebyshevLogDeterminant(ProbeTraces t, int order) {
        this.traces = t.chebyshevTraces();
        this.scale = t.scale();
        this.order = order;
        int m = order + 1;
        nodes = new double[m];
        basis = new double[m][m];
        for (int k = 0; k < m; k++) {
            nodes[k] = Math.cos(Math.PI * (k + 0.5) / m);
            for (int j = 0; j < m; j++) {
                basis[j][k] = Math.cos(j * Math.PI * (k + 0.5) / m);
            }
        }
        this.method = "chebyshev (order " + order + ", traces: " + t.method() + ")";
    }

    private double expand(double[] f) {
        int m = order + 1;
        double total = 0;
        for (int j = 0; j < m; j++) {
            double a = 0;
            for (int k = 0; k < m; k++) {
                a += f[k] * basis[j][k];
            }
            a *= 2.0 / m;
            if (j == 0) {
                a *= 0.5;
            }
            total += a * traces[j];
        }
        return total;
    }

    @Override
    public double value(double r) {
        double[] f = new double[order + 1];
        for (int k = 0; k < f.length; k++) {
            f[k] = Math.log(1.0 - r * scale * nodes[k]);
        }
        return expand(f);
    }

    @Override
    public double derivative(double r) {
        double[] f = new double[order + 1];
        for (int k = 0; k < f.length; k++) {
            f[k] = -scale * nodes[k] / (1.0 - r * scale * nodes[k]);
        }
        return expand(f);
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
        return method;
    }

    @Override
    public boolean exact() {
        return false;
    }
}
