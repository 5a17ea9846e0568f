package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.RowBlocks;
import org.junit.jupiter.api.Test;

/**
 * A two-way FE fit large enough to span several row blocks ({@link RowBlocks#BLOCK_ROWS}): the coefficients and
 * classical SEs equal the explicit within regression of a balanced panel (x − x̄_i − x̄_t + x̄, solved by one
 * Householder QR of the whole n × k matrix), and coefficients, clustered SEs and Stata's _cons variance are bit for
 * bit the same with 1 and 2 threads.
 */
class FixedEffectsRowBlocksTest {

    private static final int ENTITIES = 30_000;
    private static final int PERIODS = 5;
    private static final int K = 3;

    private record Panel(double[] y, double[][] columns, int[] entity, int[] period) {
    }

    private static Panel balanced(long seed) {
        Random rnd = new Random(seed);
        int n = ENTITIES * PERIODS;
        double[] y = new double[n];
        double[][] x = new double[K][n];
        int[] entity = new int[n];
        int[] period = new int[n];
        double[] alpha = new double[ENTITIES];
        for (int g = 0; g < ENTITIES; g++) {
            alpha[g] = rnd.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            entity[i] = i / PERIODS;
            period[i] = i % PERIODS;
            double v = alpha[entity[i]] + 0.3 * period[i];
            for (int j = 0; j < K; j++) {
                x[j][i] = rnd.nextGaussian() * (j + 1) + 0.5 * alpha[entity[i]] + 0.1 * j * period[i];
                v += (j - 1.0) * x[j][i];
            }
            y[i] = v + rnd.nextGaussian() + 0.5 * alpha[entity[i]] * rnd.nextGaussian();
        }
        return new Panel(y, x, entity, period);
    }

    /** v − v̄_entity − v̄_period + v̄: the exact two-way within transform of a balanced panel. */
    private static double[] twoWayWithin(double[] v, int[] entity, int[] period) {
        int n = v.length;
        double[] me = new double[ENTITIES];
        double[] mp = new double[PERIODS];
        double all = 0;
        for (int i = 0; i < n; i++) {
            me[entity[i]] += v[i] / PERIODS;
            mp[period[i]] += v[i] / ENTITIES;
            all += v[i] / n;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = v[i] - me[entity[i]] - mp[period[i]] + all;
        }
        return out;
    }

    private static void rel(String what, double expected, double actual, double tol) {
        double err = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(err <= tol, what + ": expected " + expected + " got " + actual + " (relative error " + err + ")");
    }

    @Test
    void matchesTheExplicitWithinRegression() {
        Panel p = balanced(3);
        int n = p.y.length;
        assertTrue(RowBlocks.count(n) > 2, "the design spans several row blocks");
        FixedEffectsResult fit = FixedEffects.fitColumns(p.y, p.columns, p.entity, p.period, PanelEffect.TWOWAYS,
                null);

        double[][] xw = new double[n][K];
        for (int j = 0; j < K; j++) {
            double[] w = twoWayWithin(p.columns[j], p.entity, p.period);
            for (int i = 0; i < n; i++) {
                xw[i][j] = w[i];
            }
        }
        double[] yw = twoWayWithin(p.y, p.entity, p.period);
        DecompositionSolver qr = new QRDecomposition(new Array2DRowRealMatrix(xw, false)).getSolver();
        double[] beta = qr.solve(new ArrayRealVector(yw, false)).toArray();
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double e = yw[i];
            for (int j = 0; j < K; j++) {
                e -= xw[i][j] * beta[j];
            }
            ssr += e * e;
        }
        int df = n - ENTITIES - PERIODS + 1 - K;
        double[][] xtxInv = new QRDecomposition(new Array2DRowRealMatrix(xw, false).transpose()
                .multiply(new Array2DRowRealMatrix(xw, false))).getSolver().getInverse().getData();
        CoefficientTable classical = fit.classical();
        assertEquals(df, fit.dfResid());
        for (int j = 0; j < K; j++) {
            rel("beta " + j, beta[j], fit.coefficients()[j], 1e-9);
            rel("se " + j, Math.sqrt(ssr / df * xtxInv[j][j]), classical.standardErrors()[j], 1e-9);
        }
        rel("ssr", ssr, fit.ssr(), 1e-9);
    }

    @Test
    void resultsAreBitIdenticalWithOneAndTwoThreads() {
        Panel p = balanced(9);
        double[][] one = withThreads(1, () -> fitAll(p));
        double[][] two = withThreads(2, () -> fitAll(p));
        for (int r = 0; r < one.length; r++) {
            for (int c = 0; c < one[r].length; c++) {
                assertEquals(Double.doubleToLongBits(one[r][c]), Double.doubleToLongBits(two[r][c]),
                        "entry " + r + "," + c + ": " + one[r][c] + " vs " + two[r][c]);
            }
        }
    }

    /** Coefficients, clustered SEs (Stata correction), sigma and Stata's _cons variance of one fit. */
    private static double[][] fitAll(Panel p) {
        FixedEffectsResult fit = FixedEffects.fitColumns(p.y, p.columns, p.entity, p.period, PanelEffect.TWOWAYS,
                null);
        CoefficientTable cl = fit.cluster(p.entity, ClusterCorrection.STATA);
        double cons = StataConstant.varianceOfColumns(p.columns, p.entity, p.period, PERIODS - 1, fit.residuals(),
                fit.sigma2(), p.entity, cl.smallSampleFactor());
        return new double[][] {fit.coefficients(), cl.standardErrors(), {fit.sigma(), fit.stataCons(), cons}};
    }

    private static <T> T withThreads(int threads, Supplier<T> work) {
        String old = System.getProperty(RowBlocks.THREADS_PROPERTY);
        System.setProperty(RowBlocks.THREADS_PROPERTY, Integer.toString(threads));
        try {
            return work.get();
        } finally {
            if (old == null) {
                System.clearProperty(RowBlocks.THREADS_PROPERTY);
            } else {
                System.setProperty(RowBlocks.THREADS_PROPERTY, old);
            }
        }
    }
}
