package org.carbonlab.panel.numerics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Brute-force dummy-variable least squares for cross-checks in tests (full-rank design required). */
final class Lsdv {

    final double[] beta;
    final double[] residuals;
    final double ssr;
    final double[][] xtxInv;
    final double[][] design;

    Lsdv(double[][] design, double[] y) {
        this.design = design;
        RealMatrix a = new Array2DRowRealMatrix(design, false);
        DecompositionSolver s = new QRDecomposition(a, 1e-12).getSolver();
        if (!s.isNonSingular()) {
            throw new IllegalStateException("LSDV design is singular");
        }
        beta = s.solve(new ArrayRealVector(y, false)).toArray();
        RealMatrix pinv = s.getInverse(); // (X'X)^{-1} X'
        xtxInv = pinv.multiply(pinv.transpose()).getData();
        residuals = new double[y.length];
        double q = 0;
        for (int i = 0; i < y.length; i++) {
            double f = 0;
            for (int j = 0; j < beta.length; j++) {
                f += design[i][j] * beta[j];
            }
            residuals[i] = y[i] - f;
            q += residuals[i] * residuals[i];
        }
        ssr = q;
    }

    /** HC0 cluster sandwich of the full design (p x p). */
    double[][] clusterHc0(int[] cluster) {
        int p = beta.length;
        int g = 0;
        for (int c : cluster) {
            g = Math.max(g, c + 1);
        }
        double[][] s = new double[g][p];
        for (int i = 0; i < residuals.length; i++) {
            for (int j = 0; j < p; j++) {
                s[cluster[i]][j] += design[i][j] * residuals[i];
            }
        }
        double[][] meat = new double[p][p];
        for (double[] sg : s) {
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    meat[a][b] += sg[a] * sg[b];
                }
            }
        }
        RealMatrix bread = new Array2DRowRealMatrix(xtxInv, false);
        return bread.multiply(new Array2DRowRealMatrix(meat, false)).multiply(bread).getData();
    }
}
