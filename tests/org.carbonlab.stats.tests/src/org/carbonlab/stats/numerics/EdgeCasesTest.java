package org.carbonlab.stats.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-solved edge cases of the name-free numerics (exact or 1e-15). */
class EdgeCasesTest {
    private static final double NA = Double.NaN;

    @Test
    void logLinearEndsNeedPositiveNeighbours() {
        double[] t = {1, 2, 3, 4};
        SeriesFill.Filled f = SeriesFill.fill(t, new double[] {NA, 0, 2, NA}, SeriesFill.Interior.LINEAR,
                SeriesFill.Ends.LOGLINEAR, Double.POSITIVE_INFINITY);
        assertTrue(Double.isNaN(f.values()[0]) && Double.isNaN(f.values()[3]), "a zero neighbour: no growth rate");
        assertEquals(SeriesFill.How.MISSING, f.how()[0]);
        SeriesFill.Filled g = SeriesFill.fill(t, new double[] {NA, 1, 2, NA}, SeriesFill.Interior.LINEAR,
                SeriesFill.Ends.LOGLINEAR, Double.POSITIVE_INFINITY);
        assertArrayEquals(new double[] {0.5, 1, 2, 4}, g.values(), 1e-15);
    }

    @Test
    void oneObservationCarriesButDoesNotDrawALine() {
        double[] t = {2000, 2001, 2002};
        double[] y = {NA, 7, NA};
        assertTrue(Double.isNaN(SeriesFill.fill(t, y, SeriesFill.Interior.LINEAR, SeriesFill.Ends.LINEAR,
                Double.POSITIVE_INFINITY).values()[0]));
        assertArrayEquals(new double[] {7, 7, 7}, SeriesFill.fill(t, y, SeriesFill.Interior.LINEAR,
                SeriesFill.Ends.CARRY, Double.POSITIVE_INFINITY).values(), 0);
        SeriesFill.Filled none = SeriesFill.fill(t, new double[] {NA, NA, NA}, SeriesFill.Interior.LINEAR,
                SeriesFill.Ends.CARRY, Double.POSITIVE_INFINITY);
        assertEquals(SeriesFill.How.MISSING, none.how()[1]);
    }

    @Test
    void constantVariableHasNoCorrelation() {
        Correlations c = Correlations.of(new double[][] {{1, 2, 3, 4}, {5, 5, 5, 5}}, Correlations.Method.PEARSON,
                Correlations.Deletion.PAIRWISE);
        assertTrue(Double.isNaN(c.r(0, 1)) && Double.isNaN(c.pValue(0, 1)));
        assertEquals(1.0, c.r(0, 0), 0);
        assertTrue(Double.isNaN(c.r(1, 1)), "a constant is not perfectly correlated with itself");
    }

    @Test
    void perfectCorrelationHasPZeroAndTiesShareRanks() {
        Correlations c = Correlations.of(new double[][] {{1, 2, 3, 4}, {2, 4, 6, 8}}, Correlations.Method.PEARSON,
                Correlations.Deletion.LISTWISE);
        assertEquals(1.0, c.r(0, 1), 1e-15);
        assertEquals(0.0, c.pValue(0, 1), 0);
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Correlations.ranks(new double[] {1, 3, 3, 9}), 0);
    }

    @Test
    void summaryOfOneValue() {
        Summary s = Summary.of(new double[] {NA, 4});
        assertEquals(1, s.n());
        assertEquals(4.0, s.mean(), 0);
        assertTrue(Double.isNaN(s.sd()));
    }
}
