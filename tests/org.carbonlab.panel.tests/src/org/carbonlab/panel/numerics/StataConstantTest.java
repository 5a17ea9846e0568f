package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The closed-form dummy blocks of {@link StataConstant} against the mean-augmented design Z built explicitly (period
 * dummies as columns) on an unbalanced panel with repeated cells, missing cells and clusters that do not nest the
 * entities.
 */
class StataConstantTest {

    private static final int CLUSTERS = 9;

    @Test
    void twoWaysEqualsTheExplicitDesign() {
        Random rnd = new Random(7);
        int n = 240;
        int k = 3;
        int periods = 6;
        double[][] x = new double[n][k];
        int[] entity = new int[n];
        int[] period = new int[n];
        int[] cluster = new int[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            entity[i] = rnd.nextInt(25);
            period[i] = entity[i] % 4 == 0 ? rnd.nextInt(3) : rnd.nextInt(periods); // some entities miss periods
            cluster[i] = (entity[i] + period[i]) % CLUSTERS;
            u[i] = rnd.nextGaussian();
            for (int j = 0; j < k; j++) {
                x[i][j] = rnd.nextGaussian() + 0.3 * entity[i] + 0.1 * period[i] * j;
            }
        }
        for (int[] c : new int[][] {null, cluster}) {
            double expected = explicit(x, entity, period, periods - 1, u, 1.7, c, 1.3);
            double actual = StataConstant.variance(x, entity, period, periods - 1, u, 1.7, c, 1.3);
            assertEquals(expected, actual, 1e-12 * Math.abs(expected), c == null ? "classical" : "cluster");
        }
        double expected = explicit(x, period, null, 0, u, 1.7, cluster, 1.3);
        assertEquals(expected, StataConstant.variance(x, period, null, 0, u, 1.7, cluster, 1.3), 1e-12 * expected,
                "time effects, no dummies");
    }

    /**
     * Beyond one row block ({@link org.carbonlab.core.inference.RowBlocks#BLOCK_ROWS}) the continuous cross-products
     * are summed per block in parallel: the column entry point still equals the explicit design.
     */
    @Test
    void manyRowBlocksEqualTheExplicitDesign() {
        Random rnd = new Random(17);
        int n = 140_000;
        int k = 2;
        int periods = 5;
        double[][] x = new double[n][k];
        double[][] columns = new double[k][n];
        int[] entity = new int[n];
        int[] period = new int[n];
        int[] cluster = new int[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            entity[i] = i / periods;
            period[i] = i % periods;
            cluster[i] = entity[i] % CLUSTERS;
            u[i] = rnd.nextGaussian();
            for (int j = 0; j < k; j++) {
                x[i][j] = rnd.nextGaussian() + 0.001 * entity[i] + 0.2 * period[i] * (j + 1);
                columns[j][i] = x[i][j];
            }
        }
        for (int[] c : new int[][] {null, cluster}) {
            double expected = explicit(x, entity, period, periods - 1, u, 1.7, c, 1.3);
            double actual = StataConstant.varianceOfColumns(columns, entity, period, periods - 1, u, 1.7, c, 1.3);
            assertEquals(expected, actual, 1e-9 * Math.abs(expected), c == null ? "classical" : "cluster");
        }
    }

    /** Z = [x_i - x̄_g + x̄, d_i - d̄_g + d̄, 1] formed row by row; the constant's entry of the (sandwich) variance. */
    private static double explicit(double[][] x, int[] group, int[] period, int dummies, double[] u, double sigma2,
            int[] cluster, double factor) {
        int n = u.length;
        int p = x[0].length + dummies;
        double[][] raw = new double[n][p];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[i], 0, raw[i], 0, x[i].length);
            if (dummies > 0 && period[i] > 0) {
                raw[i][x[i].length + period[i] - 1] = 1.0;
            }
        }
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        double[][] sum = new double[groups][p];
        int[] count = new int[groups];
        double[] all = new double[p];
        for (int i = 0; i < n; i++) {
            count[group[i]]++;
            for (int j = 0; j < p; j++) {
                sum[group[i]][j] += raw[i][j];
                all[j] += raw[i][j];
            }
        }
        double[][] z = new double[n][p + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[i][j] = raw[i][j] - sum[group[i]][j] / count[group[i]] + all[j] / n;
            }
            z[i][p] = 1.0;
        }
        RealMatrix zm = new Array2DRowRealMatrix(z, false);
        RealMatrix inv = new SingularValueDecomposition(zm.transpose().multiply(zm)).getSolver().getInverse();
        if (cluster == null) {
            return sigma2 * inv.getEntry(p, p);
        }
        double[][] scores = new double[CLUSTERS][p + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= p; j++) {
                scores[cluster[i]][j] += z[i][j] * u[i];
            }
        }
        double total = 0;
        for (double[] s : scores) {
            double dot = 0;
            for (int j = 0; j <= p; j++) {
                dot += inv.getEntry(p, j) * s[j];
            }
            total += dot * dot;
        }
        return factor * total;
    }
}
