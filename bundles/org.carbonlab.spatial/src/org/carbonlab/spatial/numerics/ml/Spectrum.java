package org.carbonlab.spatial.numerics.ml;

import java.util.ArrayDeque;
import java.util.Optional;

import org.carbonlab.core.weights.SpatialWeights;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.RawStore;

/**
 * The eigenvalues ω of W, computed once (O(n³), dense), after which ln|I − rW| = Σ ln(1 − rω) and the traces
 * tr((I − rW)⁻¹), tr(W(I − rW)⁻¹), tr((W(I − rW)⁻¹)²) cost O(n) for any r. A W that is diagonally similar to a
 * symmetric matrix (row-standardised from a symmetric one: d_i w_ij = d_j w_ji) is decomposed in the symmetric
 * form D^{1/2} W D^{-1/2}, whose eigenvalues are real and computed by the faster, more accurate symmetric solver;
 * any other W by the general solver (complex pairs enter through their real parts, which is exact for sums over
 * conjugate pairs).
 */
public final class Spectrum implements LogDeterminant {
    private final double[] re;
    private final double[] im;
    private final boolean symmetricForm;
    private final double lower;
    private final double upper;

    private Spectrum(double[] re, double[] im, boolean symmetricForm) {
        this.re = re;
        this.im = im;
        this.symmetricForm = symmetricForm;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < re.length; i++) {
            if (Math.abs(im[i]) <= 1e-10 * Math.max(1.0, Math.abs(re[i]))) {
                min = Math.min(min, re[i]);
                max = Math.max(max, re[i]);
            }
        }
        this.lower = min < 0 ? 1.0 / min : -1.0;
        this.upper = max > 0 ? 1.0 / max : 1.0;
    }

    public static Spectrum of(SpatialWeights w) {
        int n = w.n();
        double[] d = similarityScale(w);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                int j = w.columnAt(k);
                a[i][j] = d == null ? w.valueAt(k) : Math.sqrt(d[i] / d[j]) * w.valueAt(k);
            }
        }
        if (d != null) {
            for (int i = 0; i < n; i++) { // remove rounding asymmetry
                for (int j = i + 1; j < n; j++) {
                    double m = 0.5 * (a[i][j] + a[j][i]);
                    a[i][j] = m;
                    a[j][i] = m;
                }
            }
        }
        Eigenvalue<Double> evd = Eigenvalue.R064.make(n, d != null);
        if (!evd.computeValuesOnly(RawStore.wrap(a))) {
            throw new ArithmeticException("the eigenvalue decomposition of the weight matrix did not converge");
        }
        double[] re = new double[n];
        double[] im = new double[n];
        evd.getEigenvalues(re, Optional.of(im));
        if (d != null) {
            java.util.Arrays.fill(im, 0.0);
        }
        return new Spectrum(re, im, d != null);
    }

    /**
     * d with d_i w_ij = d_j w_ji on every link (so D^{1/2} W D^{-1/2} is symmetric), or null when no such scaling
     * exists (then W is not diagonally similar to a symmetric matrix).
     */
    static double[] similarityScale(SpatialWeights w) {
        int n = w.n();
        double[] d = new double[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (d[root] != 0.0) {
                continue;
            }
            d[root] = 1.0;
            queue.add(root);
            while (!queue.isEmpty()) {
                int i = queue.poll();
                for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                    int j = w.columnAt(k);
                    double wij = w.valueAt(k);
                    double wji = w.weight(j, i);
                    if (wij == 0.0) {
                        continue;
                    }
                    if (wji <= 0.0 || wij < 0.0) {
                        return null;
                    }
                    double dj = d[i] * wij / wji;
                    if (d[j] == 0.0) {
                        d[j] = dj;
                        queue.add(j);
                    } else if (Math.abs(d[j] - dj) > 1e-10 * Math.abs(dj)) {
                        return null;
                    }
                }
            }
        }
        return d;
    }

    /** True when W is diagonally similar to a symmetric matrix (its eigenvalues are real; the fast solver applies). */
    public static boolean symmetricSimilar(SpatialWeights w) {
        return similarityScale(w) != null;
    }

    public int size() {
        return re.length;
    }

    public boolean symmetricForm() {
        return symmetricForm;
    }

    public double[] real() {
        return re.clone();
    }

    @Override
    public double value(double r) {
        double s = 0.0;
        for (int i = 0; i < re.length; i++) {
            double a = 1.0 - r * re[i];
            double b = -r * im[i];
            s += im[i] == 0.0 ? Math.log(Math.abs(a)) : 0.5 * Math.log(a * a + b * b);
        }
        return s;
    }

    @Override
    public double derivative(double r) {
        return -traceInverseTimesW(r);
    }

    /** tr((I − rW)⁻¹) = Σ 1/(1 − rω). */
    public double traceInverse(double r) {
        double s = 0.0;
        for (int i = 0; i < re.length; i++) {
            double a = 1.0 - r * re[i];
            double b = -r * im[i];
            s += a / (a * a + b * b);
        }
        return s;
    }

    /** tr(W(I − rW)⁻¹) = Σ ω/(1 − rω). */
    public double traceInverseTimesW(double r) {
        double s = 0.0;
        for (int i = 0; i < re.length; i++) {
            double a = 1.0 - r * re[i];
            double b = -r * im[i];
            // Re(ω / (a + ib)) = (re·a + im·b)/(a² + b²)
            s += (re[i] * a + im[i] * b) / (a * a + b * b);
        }
        return s;
    }

    /** tr((W(I − rW)⁻¹)(W(I − sW)⁻¹)) = Σ ω²/((1 − rω)(1 − sω)). */
    public double traceProduct(double r, double s) {
        double sum = 0.0;
        for (int i = 0; i < re.length; i++) {
            // g1 = ω/(1 − rω), g2 = ω/(1 − sω), complex
            double[] g1 = ratio(re[i], im[i], r);
            double[] g2 = ratio(re[i], im[i], s);
            sum += g1[0] * g2[0] - g1[1] * g2[1];
        }
        return sum;
    }

    private static double[] ratio(double wr, double wi, double r) {
        double a = 1.0 - r * wr;
        double b = -r * wi;
        double den = a * a + b * b;
        return new double[] {(wr * a + wi * b) / den, (wi * a - wr * b) / den};
    }

    @Override
    public double lower() {
        return lower;
    }

    @Override
    public double upper() {
        return upper;
    }

    @Override
    public String method() {
        return "eigen (exact, " + (symmetricForm ? "symmetric similar form" : "general eigenvalues") + ")";
    }

    @Override
    public boolean exact() {
        return true;
    }
}
