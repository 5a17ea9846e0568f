package org.carbonlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.TestFiles;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.transform.Percentiles;
import org.carbonlab.core.transform.Winsorize;
import org.junit.jupiter.api.Test;

class ModelFrameTest {
    private static final double NA = Double.NaN;

    /** 2 entities × 3 years. */
    private static PanelFrame small() {
        return PanelFrame.builder()
                .entityColumn("city").timeColumn("year")
                .entities("a", "a", "a", "b", "b", "b")
                .times(2000, 2001, 2002, 2000, 2001, 2002)
                .column("y", 1, 2, 3, 4, 5, 6)
                .column("x1", 1, 1, 2, 3, 5, 8)
                .column("x2", 1, 10, 100, 0, -1, 1000)
                .column("x6", 1, 2, 3, 4, 5, 6)
                .column("x7", 2, 2, 2, 3, 3, 3)
                .column("w", 1, NA, 1, 1, 1, 1)
                .column("gdp", 2, 4, 8, 16, 32, 64)
                .column("pop", 1, 2, 3, 4, 5, 6)
                .column("empty", NA, NA, NA, NA, NA, NA)
                .build();
    }

    @Test
    void designHasTheInterceptFirstAndOneColumnPerTerm() {
        ModelFrame m = ModelFrame.of(small(), "y ~ x1 + I(x1^2) + x6:x7");
        assertEquals("y", m.responseLabel());
        assertTrue(m.hasIntercept());
        assertEquals(List.of("(Intercept)", "x1", "I(x1^2)", "x6:x7"), m.columnLabels());
        assertEquals(6, m.nObs());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.y());
        double[][] x = m.x();
        assertArrayEquals(new double[] {1, 1, 1, 2}, x[0]);
        assertArrayEquals(new double[] {1, 8, 64, 18}, x[5]);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, m.frameRows());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, m.entityIndex());
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, m.timeIndex());
        assertEquals(2, m.nEntities());
        assertEquals(3, m.nPeriods());
        assertTrue(m.balanced());
        assertEquals(List.of(), m.warnings());
        x[0][0] = 99;
        assertEquals(1.0, m.x()[0][0], "x() returns a copy");
    }

    @Test
    void withoutInterceptThereIsNoColumnOfOnes() {
        ModelFrame m = ModelFrame.of(small(), "y ~ x1 - 1");
        assertFalse(m.hasIntercept());
        assertEquals(List.of("x1"), m.columnLabels());
        assertEquals(1, m.x()[0].length);
    }

    @Test
    void logOfNonPositiveValuesIsMissingWithAWarningAndListwiseDeletion() {
        ModelFrame m = ModelFrame.of(small(), "y ~ log(x2) + x1");
        // x2 = 0 and -1 in rows 3 and 4
        assertArrayEquals(new int[] {0, 1, 2, 5}, m.frameRows());
        assertEquals(4, m.nObs());
        assertEquals(List.of(
                "log(x2) is undefined for a non-positive argument in 2 of 6 rows of <memory> (first: (city b, year"
                        + " 2000)); these values are treated as missing",
                "2 of 6 rows of <memory> dropped because of missing values (rows missing per variable: log(x2) 2)"),
                m.warnings());
        for (double[] row : m.x()) {
            for (double v : row) {
                assertTrue(Double.isFinite(v));
            }
        }
        assertFalse(m.balanced());
        assertArrayEquals(new int[] {0, 1, 2, 2}, m.timeIndex());
    }

    @Test
    void warningNamesTheTermWhenTheProblemIsNested() {
        ModelFrame m = ModelFrame.of(small(), "y ~ I(log(x2)^2)");
        assertEquals("I(log(x2)^2): log(x2) is undefined for a non-positive argument in 2 of 6 rows of <memory>"
                + " (first: (city b, year 2000)); these values are treated as missing", m.warnings().get(0));
        ModelFrame d = ModelFrame.of(small(), "y ~ I(x1/x2)");
        assertEquals("I(x1/x2): x1/x2 divides by zero in 1 of 6 rows of <memory> (first: (city b, year 2000));"
                + " these values are treated as missing",
                d.warnings().get(0));
    }

    @Test
    void missingValuesAreCountedPerVariable() {
        ModelFrame m = ModelFrame.of(small(), "y ~ w + lag(x1)");
        assertEquals(3, m.nObs());
        assertArrayEquals(new int[] {2, 4, 5}, m.frameRows());
        assertEquals("3 of 6 rows of <memory> dropped because of missing values (rows missing per variable: w 1,"
                + " lag(x1,1) 2)", m.warnings().get(0));
        assertArrayEquals(new double[] {1, 3, 5}, m.column("lag(x1,1)"));
    }

    @Test
    void entitiesAndPeriodsAreReindexedOverTheRowsUsed() {
        PanelFrame f = small().withColumn("z", new double[] {NA, NA, NA, 1, NA, 3});
        ModelFrame m = ModelFrame.of(f, "y ~ z");
        assertEquals(List.of("b"), m.entityLabels());
        assertArrayEquals(new long[] {2000, 2002}, m.periods());
        assertArrayEquals(new int[] {0, 0}, m.entityIndex());
        assertArrayEquals(new int[] {0, 1}, m.timeIndex());
        assertEquals(1, m.nEntities());
        assertEquals(2, m.nPeriods());
        assertTrue(m.balanced());
    }

    @Test
    void unknownVariablesAreListedTogetherWithSuggestions() {
        InputException e = assertThrows(InputException.class, () -> ModelFrame.of(small(), "y ~ gpd + popp + x1 + zzz"));
        assertEquals(1, e.problems().size());
        assertEquals("unknown variables 'gpd' (did you mean 'gdp'?), 'popp' (did you mean 'pop'?), 'zzz' in formula"
                + " 'y ~ gpd + popp + x1 + zzz': no such column in <memory>; available columns: city, year, y, x1, x2,"
                + " x6, x7, w, gdp, pop, empty", e.getMessage());
    }

    @Test
    void allMissingAndNonNumericVariablesAreNamed() {
        Path p = TestFiles.write("model-bad.csv", "id,year,y,gdp,blank\n1,2000,1,n/a,\n1,2001,2,3,\n");
        PanelFrame f = DataReader.readPanel(p, null, "id", "year");
        InputException e = assertThrows(InputException.class, () -> ModelFrame.of(f, "y ~ gdp + blank + nope"));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("unknown variable 'nope' in formula"), e.problems().get(0));
        assertEquals("column 'gdp' of " + p + " is not numeric: line 2 (id 1, year 2000) holds 'n/a'",
                e.problems().get(1));
        assertEquals("variable 'blank' has no values in " + p + ": it is missing in all 2 rows", e.problems().get(2));
        assertEquals(e.problems(), Formula.parse("y ~ gdp + blank + nope").check(f));
        InputException e2 = assertThrows(InputException.class, () -> ModelFrame.of(small(), "y ~ x1 + empty"));
        assertEquals("variable 'empty' has no values in <memory>: it is missing in all 6 rows", e2.getMessage());
    }

    @Test
    void noCompleteObservationsIsAnEstimationError() {
        EstimationException e = assertThrows(EstimationException.class, () -> ModelFrame.of(small(), "y ~ lag(x1, 5)"));
        assertEquals("no complete observations for formula 'y ~ lag(x1, 5)' in <memory> (6 rows): lag(x1,5) missing in"
                + " every row", e.getMessage());
        EstimationException e2 = assertThrows(EstimationException.class,
                () -> ModelFrame.of(small(), "y ~ w + lag(x1, 2) + lead(x1)"));
        assertTrue(e2.getMessage().endsWith("w 1, lag(x1,2) 4, lead(x1,1) 2"), e2.getMessage());
    }

    @Test
    void noCompleteObservationsNamesTheInvalidValuesThatCausedIt() {
        PanelFrame f = small().withColumn("neg", new double[] {-1, 0, -2, -3, 0, -5});
        EstimationException e = assertThrows(EstimationException.class, () -> ModelFrame.of(f, "y ~ log(neg)"));
        assertEquals("no complete observations for formula 'y ~ log(neg)' in <memory> (6 rows): log(neg) missing in"
                + " every row; log(neg) is undefined for a non-positive argument in 6 of 6 rows of <memory> (first:"
                + " (city a, year 2000)); these values are treated as missing", e.getMessage());
        EstimationException d = assertThrows(EstimationException.class, () -> ModelFrame.of(f, "y ~ I(x1/(x7-x7))"));
        assertTrue(d.getMessage().contains("divides by zero in 6 of 6 rows"), d.getMessage());
    }

    @Test
    void extraExpressionsShareTheListwiseDeletion() {
        ModelFrame m = ModelFrame.of(small(), Formula.parse("y ~ x1"), List.of(Expression.parse("w"),
                Expression.parse("log(gdp)")));
        assertEquals(List.of("w", "log(gdp)"), m.extraLabels());
        assertArrayEquals(new int[] {0, 2, 3, 4, 5}, m.frameRows());
        assertArrayEquals(new double[] {Math.log(2), Math.log(8), Math.log(16), Math.log(32), Math.log(64)}, m.extra(1));
    }

    @Test
    void expressionEvaluationDerivesVariables() {
        PanelFrame f = small();
        double[] v = Expression.parse("log(gdp/pop)").evaluate(f);
        for (int i = 0; i < v.length; i++) {
            assertEquals(Math.log(f.numeric("gdp")[i] / f.numeric("pop")[i]), v[i]);
        }
        List<String> warnings = new ArrayList<>();
        double[] s = Expression.parse("sqrt(x2)").evaluate(f, warnings);
        assertTrue(Double.isNaN(s[4]));
        assertEquals(0.0, s[3]);
        assertEquals(List.of("sqrt(x2) is undefined for a negative argument in 1 of 6 rows of <memory> (first: (city"
                + " b, year 2001)); these values are treated as missing"), warnings);
        PanelFrame g = f.withColumn("lgdp", v);
        assertArrayEquals(v, g.numeric("lgdp"));
        InputException e = assertThrows(InputException.class, () -> Expression.parse("log(gpd)").evaluate(f));
        assertTrue(e.getMessage().startsWith("unknown variable 'gpd' (did you mean 'gdp'?) in expression 'log(gpd)'"),
                e.getMessage());
        double[] c = Expression.parse("2^10").evaluate(f);
        assertEquals(1024.0, c[5]);
        assertTrue(Double.isNaN(Expression.parse("exp(x2)").evaluate(f)[5]), "overflow is missing, not Inf");
    }

    @Test
    void winsorInAnExpressionMatchesTheTransform() {
        double[] x = new double[200];
        String[] ids = new String[200];
        long[] t = new long[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i * 1.7) * 100 + (i % 13 == 0 ? 1e4 : 0);
            ids[i] = "e" + (i / 10);
            t[i] = 2000 + i % 10;
        }
        x[7] = NA;
        PanelFrame f = PanelFrame.builder().entities(ids).times(t).column("x", x).build();
        double[] xs = f.numeric("x");
        for (int type : new int[] {1, 2, 6, 7}) {
            double[] viaFormula = Expression.parse("winsor(x, 0.01, 0.99, " + type + ")").evaluate(f);
            double[] direct = Winsorize.winsorize(xs, 0.01, 0.99, Percentiles.Type.of(type)).values();
            assertArrayEquals(direct, viaFormula);
        }
        assertArrayEquals(Winsorize.winsorize(xs, 0.05, 0.95).values(),
                Expression.parse("winsor(x, 0.05, 0.95)").evaluate(f), "type 2 by default");
        double[] trimmed = Expression.parse("trim(x, 0.05, 0.95)").evaluate(f);
        double[] cuts = Winsorize.cuts(xs, 0.05, 0.95, Percentiles.Type.STATA);
        for (int i = 0; i < xs.length; i++) {
            boolean out = xs[i] < cuts[0] || xs[i] > cuts[1];
            assertEquals(out || Double.isNaN(xs[i]), Double.isNaN(trimmed[i]), "row " + i);
        }
        double[] byYear = Expression.parse("winsor_by_period(x, 0.1, 0.9)").evaluate(f);
        int[] group = f.timeIndices();
        assertArrayEquals(Winsorize.winsorizeByGroup(xs, group, 0.1, 0.9, Percentiles.Type.STATA).values(), byYear);
    }
}
