package org.carbonlab.core.fixedeffects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.carbonlab.core.errors.EstimationException;
import org.junit.jupiter.api.Test;

class AlternatingProjectionsTest {

    /** Rank of the dummy matrix of all factors, by SVD. */
    private static int dummyRank(int[][] codes) {
        int n = codes[0].length;
        int cols = 0;
        for (int[] c : codes) {
            cols += java.util.Arrays.stream(c).max().getAsInt() + 1;
        }
        double[][] d = new double[n][cols];
        int off = 0;
        for (int[] c : codes) {
            for (int i = 0; i < n; i++) {
                d[i][off + c[i]] = 1;
            }
            off += java.util.Arrays.stream(c).max().getAsInt() + 1;
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(d)).getRank();
    }

    @Test
    void oneFactorIsGroupMeanSubtractionInOneSweep() {
        int[][] codes = {{0, 0, 1, 1, 1, 2}};
        AlternatingProjections.Result r = AlternatingProjections.demean(codes, new double[][] {{1, 3, 2, 4, 9, 7}});
        assertArrayEquals(new double[] {-1, 1, -3, -1, 4, 0}, r.columns()[0], 1e-15);
        assertEquals(1, r.iterations());
        assertEquals(3, r.absorbedDf());
    }

    @Test
    void degreesOfFreedomEqualTheRankOfTheDummies() {
        // two factors, two connected components: {e0,e1} × {t0,t1} and {e2} × {t2}
        int[][] two = {{0, 0, 1, 1, 2, 2}, {0, 1, 0, 1, 2, 2}};
        assertEquals(2, AlternatingProjections.components(two[0], two[1]));
        assertEquals(3 + 3 - 2, AlternatingProjections.absorbedDf(two));
        assertEquals(dummyRank(two), AlternatingProjections.absorbedDf(two));
        // random unbalanced two-way panels
        Random rnd = new Random(42);
        for (int rep = 0; rep < 5; rep++) {
            int n = 60;
            int[][] codes = new int[2][n];
            for (int i = 0; i < n; i++) {
                codes[0][i] = i % 15;
                codes[1][i] = rnd.nextInt(6);
            }
            assertEquals(dummyRank(codes), AlternatingProjections.absorbedDf(codes), "rep " + rep);
        }
        // a factor nested in another adds nothing: year within province×year
        int[] city = {0, 0, 1, 1, 2, 2, 3, 3};
        int[] year = {0, 1, 0, 1, 0, 1, 0, 1};
        int[] provYear = {0, 1, 0, 1, 2, 3, 2, 3};
        int[][] three = {city, year, provYear};
        assertEquals(dummyRank(three), AlternatingProjections.absorbedDf(three));
        // a third factor that is not nested: the count is conservative (never below the rank)
        int[][] loose = {{0, 0, 1, 1, 2, 2, 0, 1}, {0, 1, 0, 1, 0, 1, 1, 0}, {0, 1, 1, 0, 2, 2, 1, 0}};
        assertTrue(AlternatingProjections.absorbedDf(loose) >= dummyRank(loose));
    }

    @Test
    void twoFactorsConvergeToTheProjectionResidual() {
        // balanced two-way: the residual is x - row mean - column mean + grand mean
        int g = 4;
        int t = 3;
        int[][] codes = new int[2][g * t];
        double[] x = new double[g * t];
        Random rnd = new Random(1);
        for (int i = 0; i < g * t; i++) {
            codes[0][i] = i / t;
            codes[1][i] = i % t;
            x[i] = rnd.nextGaussian();
        }
        double[] rowMean = new double[g];
        double[] colMean = new double[t];
        double grand = 0;
        for (int i = 0; i < g * t; i++) {
            rowMean[i / t] += x[i] / t;
            colMean[i % t] += x[i] / g;
            grand += x[i] / (g * t);
        }
        double[] r = AlternatingProjections.demean(codes, new double[][] {x}).columns()[0];
        for (int i = 0; i < g * t; i++) {
            assertEquals(x[i] - rowMean[i / t] - colMean[i % t] + grand, r[i], 1e-14);
        }
    }

    @Test
    void notConvergingIsAnEstimationError() {
        int[][] codes = {{0, 0, 1, 1, 2}, {0, 1, 1, 2, 2}};
        EstimationException e = assertThrows(EstimationException.class,
                () -> AlternatingProjections.demean(codes, new double[][] {{1, 5, 2, 8, 3}}, 1e-14, 2));
        assertTrue(e.getMessage().startsWith("demeaning column 1 by alternating projections did not converge in 2"
                + " sweeps"), e.getMessage());
    }

    @Test
    void singletonsAreFound() {
        int[][] codes = {{0, 0, 1, 2, 2}, {0, 1, 1, 0, 1}};
        assertArrayEquals(new boolean[] {false, false, true, false, false}, AlternatingProjections.singletons(codes));
    }
}
