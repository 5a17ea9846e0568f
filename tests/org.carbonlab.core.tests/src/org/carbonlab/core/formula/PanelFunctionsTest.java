package org.carbonlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.TestFiles;
import org.junit.jupiter.api.Test;

/** lag/lead/diff follow the panel: within entity, by time value, with gaps giving missing values. */
class PanelFunctionsTest {
    private static final double NA = Double.NaN;

    /**
     * Unbalanced, with gaps (A lacks 2003, B lacks 2002) and rows in no particular order. Sorted
     * (B first: entities keep their order of appearance):
     * B2001=10, B2003=30, A2000=1, A2001=2, A2002=4, A2004=16.
     */
    static PanelFrame gappy() {
        String csv = "id,year,x\n"
                + "B,2003,30\n"
                + "A,2002,4\n"
                + "A,2000,1\n"
                + "B,2001,10\n"
                + "A,2004,16\n"
                + "A,2001,2\n";
        return DataReader.readPanel(TestFiles.write("gappy.csv", csv), null, "id", "year");
    }

    private static double[] eval(String expression) {
        return Expression.parse(expression).evaluate(gappy());
    }

    @Test
    void frameIsSortedByEntityThenTime() {
        PanelFrame f = gappy();
        assertArrayEquals(new double[] {10, 30, 1, 2, 4, 16}, f.numeric("x"));
        assertEquals(List.of("B", "A"), f.entityLabels());
    }

    @Test
    void lagUsesTimeValuesNotRowPositions() {
        // rows in frame order: B2001, B2003, A2000, A2001, A2002, A2004
        assertArrayEquals(new double[] {NA, NA, NA, 1, 2, NA}, eval("lag(x)"));
        assertArrayEquals(new double[] {NA, 10, NA, NA, 1, 4}, eval("lag(x, 2)"));
        assertArrayEquals(new double[] {NA, NA, 2, 4, NA, NA}, eval("lead(x)"));
        assertArrayEquals(new double[] {30, NA, 4, NA, 16, NA}, eval("lead(x, 2)"));
        assertArrayEquals(eval("lead(x)"), eval("lag(x, -1)"));
        assertArrayEquals(eval("x"), eval("lag(x, 0)"));
    }

    @Test
    void diffIsXMinusItsLag() {
        assertArrayEquals(new double[] {NA, NA, NA, 1, 2, NA}, eval("diff(x)"));
        assertArrayEquals(new double[] {NA, 20, NA, NA, 3, 12}, eval("diff(x, 2)"));
    }

    @Test
    void functionsNest() {
        double[] l = eval("lag(log(x))");
        assertArrayEquals(new double[] {NA, NA, NA, Math.log(1), Math.log(2), NA}, l);
        assertArrayEquals(new double[] {NA, NA, NA, NA, 1, NA}, eval("diff(diff(x))"));
        assertArrayEquals(new double[] {NA, NA, NA, 1, 4, NA}, eval("I(lag(x)^2)"));
    }

    @Test
    void groupMeansAndScale() {
        assertArrayEquals(new double[] {20, 20, 5.75, 5.75, 5.75, 5.75}, eval("mean_by_entity(x)"));
        assertArrayEquals(new double[] {6, 30, 1, 6, 4, 16}, eval("mean_by_period(x)"));
        double[] x = {10, 30, 1, 2, 4, 16};
        double mean = 63.0 / 6;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / 5);
        double[] s = eval("scale(x)");
        for (int i = 0; i < x.length; i++) {
            assertEquals((x[i] - mean) / sd, s[i], 1e-15);
        }
    }

    @Test
    void lagInAModelDropsTheRowsWithoutAPreviousPeriod() {
        ModelFrame m = ModelFrame.of(gappy(), "x ~ lag(x)");
        assertArrayEquals(new int[] {3, 4}, m.frameRows());
        assertArrayEquals(new double[] {2, 4}, m.y());
        assertArrayEquals(new double[] {1, 2}, m.column("lag(x,1)"));
        assertEquals(List.of("A"), m.entityLabels());
        assertArrayEquals(new long[] {2001, 2002}, m.periods());
        assertArrayEquals(new int[] {0, 0}, m.entityIndex());
        assertArrayEquals(new int[] {0, 1}, m.timeIndex());
        assertEquals(List.of("4 of 6 rows of " + gappy().origin()
                + " dropped because of missing values (rows missing per variable: lag(x,1) 4)"), m.warnings());
    }

    @Test
    void balancedPanelLagMatchesShiftingWithinEntity() {
        int g = 3;
        int t = 5;
        List<String> ids = new ArrayList<>();
        long[] years = new long[g * t];
        double[] x = new double[g * t];
        for (int e = 0; e < g; e++) {
            for (int k = 0; k < t; k++) {
                ids.add("e" + e);
                years[e * t + k] = 2000 + k;
                x[e * t + k] = 100 * e + k * k;
            }
        }
        PanelFrame f = PanelFrame.builder().entities(ids.toArray(String[]::new)).times(years).column("x", x).build();
        double[] lag = Expression.parse("lag(x)").evaluate(f);
        for (int e = 0; e < g; e++) {
            assertEquals(Double.NaN, lag[e * t]);
            for (int k = 1; k < t; k++) {
                assertEquals(x[e * t + k - 1], lag[e * t + k]);
            }
        }
    }
}
