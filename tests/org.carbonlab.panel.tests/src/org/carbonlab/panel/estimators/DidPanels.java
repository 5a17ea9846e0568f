package org.carbonlab.panel.estimators;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.carbonlab.core.data.PanelFrame;

/**
 * Seeded staggered-adoption panels for the DID tests, and brute-force least squares with explicit dummies.
 * Units 1..g over periods 2001..; {@code starts[i]} is unit i's first treated year (0 = never treated). Columns: y
 * (unit and year effects, a treatment effect growing with exposure that differs by cohort, 0.5·x, noise), x,
 * first_treat (the start or 0), d (the 0/1 dummy), region (text, r0..r2), pilot (1 for ever-treated units).
 */
final class DidPanels {
    private DidPanels() {
    }

    static PanelFrame staggered(int[] starts, int periods, long seed) {
        Random rnd = new Random(seed);
        int g = starts.length;
        int n = g * periods;
        int[] ids = new int[n];
        int[] years = new int[n];
        double[] y = new double[n];
        double[] x = new double[n];
        double[] first = new double[n];
        double[] d = new double[n];
        double[] pilot = new double[n];
        String[] region = new String[n];
        double[] yearEffect = new double[periods];
        for (int s = 0; s < periods; s++) {
            yearEffect[s] = 0.3 * s + rnd.nextGaussian();
        }
        int r = 0;
        for (int i = 0; i < g; i++) {
            double alpha = 2 * rnd.nextGaussian();
            for (int s = 0; s < periods; s++, r++) {
                int year = 2001 + s;
                ids[r] = i + 1;
                years[r] = year;
                x[r] = rnd.nextGaussian() + 0.1 * alpha;
                boolean on = starts[i] > 0 && year >= starts[i];
                d[r] = on ? 1 : 0;
                double effect = on ? 1.0 + 0.2 * (year - starts[i]) + 0.05 * (starts[i] - 2000) : 0;
                y[r] = alpha + yearEffect[s] + effect + 0.5 * x[r] + rnd.nextGaussian();
                first[r] = starts[i];
                pilot[r] = starts[i] > 0 ? 1 : 0;
                region[r] = "r" + (i % 3);
            }
        }
        return PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(years)
                .column("y", y).column("x", x).column("first_treat", first).column("d", d).column("pilot", pilot)
                .textColumn("region", region).build();
    }

    /** OLS by QR with explicit columns; beta, residuals, (X'X)^-1. */
    static final class Ols {
        final double[] beta;
        final double[] resid;
        final double[][] xtxInv;
        final double[][] x;

        Ols(double[][] x, double[] y) {
            this.x = x;
            RealMatrix a = new Array2DRowRealMatrix(x, false);
            DecompositionSolver s = new QRDecomposition(a, 1e-12).getSolver();
            beta = s.solve(new ArrayRealVector(y, false)).toArray();
            RealMatrix pinv = s.getInverse();
            xtxInv = pinv.multiply(pinv.transpose()).getData();
            resid = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                double f = 0;
                for (int j = 0; j < beta.length; j++) {
                    f += x[i][j] * beta[j];
                }
                resid[i] = y[i] - f;
            }
        }

        /** HC0 cluster sandwich entry (j, j) of the full design. */
        double clusterVariance(int j, int[] cluster) {
            int p = beta.length;
            int g = 0;
            for (int c : cluster) {
                g = Math.max(g, c + 1);
            }
            double[] score = new double[g];
            for (int i = 0; i < resid.length; i++) {
                double w = 0;
                for (int l = 0; l < p; l++) {
                    w += xtxInv[j][l] * x[i][l];
                }
                score[cluster[i]] += w * resid[i];
            }
            double v = 0;
            for (double s : score) {
                v += s * s;
            }
            return v;
        }
    }

    /** Design [extra columns..., unit dummies, year dummies except the first] for an LSDV fit. */
    static double[][] lsdv(PanelFrame data, double[]... columns) {
        int n = data.rows();
        int g = data.nEntities();
        int t = data.nPeriods();
        double[][] x = new double[n][columns.length + g + t - 1];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < columns.length; c++) {
                x[i][c] = columns[c][i];
            }
            x[i][columns.length + data.entityIndex(i)] = 1;
            int s = data.timeIndex(i);
            if (s > 0) {
                x[i][columns.length + g + s - 1] = 1;
            }
        }
        return x;
    }

    /** |a − b| ≤ tol · max(1, |b|). */
    static void close(double expected, double actual, double tol, String what) {
        double err = Math.abs(expected - actual);
        if (!(err <= tol * Math.max(1, Math.abs(expected)))) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (error " + err + ")");
        }
    }
}
