package org.carbonlab.spatial.numerics;

/**
 * Least squares by Householder QR of an n×k design given as columns (more accurate than the normal equations,
 * which square the condition number): coefficients and residuals of any right-hand side.
 */
public final class LeastSquares {
    private final double[][] qr; // columns: Householder vectors below the diagonal, R on and above
    private final double[] rDiag;
    private final int n;
    private final int k;

    public LeastSquares(double[][] columns) {
        k = columns.length;
        n = columns[0].length;
        if (n < k) {
            throw new IllegalArgumentException("fewer observations (" + n + ") than regressors (" + k + ")");
        }
        qr = new double[k][];
        for (int j = 0; j < k; j++) {
            qr[j] = columns[j].clone();
        }
        rDiag = new double[k];
        for (int j = 0; j < k; j++) {
            double norm = 0.0;
            for (int i = j; i < n; i++) {
                norm = Math.hypot(norm, qr[j][i]);
            }
            if (norm == 0.0) {
                throw new IllegalArgumentException("the design is rank deficient (column " + (j + 1) + ")");
            }
            if (qr[j][j] < 0) {
                norm = -norm;
            }
            for (int i = j; i < n; i++) {
                qr[j][i] /= norm;
            }
            qr[j][j] += 1.0;
            for (int c = j + 1; c < k; c++) {
                double s = 0.0;
                for (int i = j; i < n; i++) {
                    s += qr[j][i] * qr[c][i];
                }
                s = -s / qr[j][j];
                for (int i = j; i < n; i++) {
                    qr[c][i] += s * qr[j][i];
                }
            }
            rDiag[j] = -norm;
            if (Math.abs(rDiag[j]) < 1e-12 * Math.abs(rDiag[0])) {
                throw new IllegalArgumentException("the design is rank deficient (column " + (j + 1) + ")");
            }
        }
    }

    /** Q'v in place. */
    private double[] qtv(double[] v) {
        double[] y = v.clone();
        for (int j = 0; j < k; j++) {
            double s = 0.0;
            for (int i = j; i < n; i++) {
                s += qr[j][i] * y[i];
            }
            s = -s / qr[j][j];
            for (int i = j; i < n; i++) {
                y[i] += s * qr[j][i];
            }
        }
        return y;
    }

    /** The coefficients b minimising ||v − Xb||. */
    public double[] coefficients(double[] v) {
        double[] y = qtv(v);
        double[] b = new double[k];
        for (int j = k - 1; j >= 0; j--) {
            double s = y[j];
            for (int c = j + 1; c < k; c++) {
                s -= qr[c][j] * b[c];
            }
            b[j] = s / rDiag[j];
        }
        return b;
    }

    /** The residuals Mv = v − X b(v). */
    public double[] residuals(double[] v, double[][] columns) {
        double[] b = coefficients(v);
        double[] r = v.clone();
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                r[i] -= columns[j][i] * b[j];
            }
        }
        return r;
    }
}
