package org.carbonlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/**
 * The fixed-effects and instrument parts: parsing, and slopes from demeaned data against OLS
 * with explicit dummy columns on a seeded unbalanced panel (relative tolerance 1e-10).
 */
class FixedEffectsFormulaTest {
    private static final double TOL = 1e-10;

    private static String error(String formula) {
        return assertThrows(InputException.class, () -> Formula.parse(formula)).getMessage();
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= TOL * Math.abs(expected),
                what + ": expected " + expected + ", got " + actual);
    }

    // ------------------------------------------------------------------ parsing

    @Test
    void fixedEffectsPartParses() {
        Formula f = Formula.parse("y ~ x1 + x2 | city + year + province^year");
        assertEquals(List.of("city", "year", "province^year"), f.fixedEffects().stream().map(FixedEffect::label).toList());
        assertEquals(List.of("province", "year"), f.fixedEffects().get(2).columns());
        assertFalse(f.hasIntercept(), "fixed effects absorb the intercept");
        assertEquals(List.of("x1", "x2"), f.columnLabels());
        assertEquals("y ~ x1 + x2 | city + year + province^year", f.toString());
        assertTrue(f.variables().containsAll(List.of("y", "x1", "x2", "city", "year", "province")));
        assertEquals("y ~ x | `my id`", Formula.parse("y ~ x | `my id` + `my id`").toString());
        assertFalse(f.hasInstruments());
    }

    @Test
    void instrumentPartParsesWithAndWithoutFixedEffects() {
        Formula f = Formula.parse("y ~ x | city + year | gdp + log(energy) ~ z1 + z2 + lag(z1)");
        assertEquals(List.of("gdp", "log(energy)"), f.endogenous().stream().map(Term::label).toList());
        assertEquals(List.of("z1", "z2", "lag(z1,1)"), f.instruments().stream().map(Term::label).toList());
        assertEquals(2, f.fixedEffects().size());
        assertEquals("y ~ x | city + year | gdp + log(energy) ~ z1 + z2 + lag(z1,1)", f.toString());
        Formula g = Formula.parse("y ~ x | gdp ~ z");
        assertTrue(g.hasInstruments());
        assertTrue(g.hasIntercept());
        assertEquals(List.of(), g.fixedEffects());
        assertEquals(List.of("(Intercept)", "x"), g.columnLabels());
        assertEquals("y ~ x | gdp ~ z", g.toString());
    }

    @Test
    void partErrorsAreClear() {
        assertEquals("formula 'y ~ x | a | b': a formula has one fixed-effects part; join absorbed factors with '+'"
                + " (y ~ x | entity + year) (position 11)", error("y ~ x | a | b"));
        assertEquals("formula 'y ~ x | e ~ z | a': the instrument part (endog ~ instruments) must be the last part of"
                + " the formula (position 15)", error("y ~ x | e ~ z | a"));
        assertEquals("formula 'y ~ x |': expected a column to absorb as fixed effects (y ~ x | entity + year, or"
                + " province^year for combinations) at position 8, found the end of the formula", error("y ~ x |"));
        assertTrue(error("y ~ x | log(a)").contains("expected a column to absorb as fixed effects"));
        assertTrue(error("y ~ x | a * b").contains("expected '+', '^', '|' or the end of the formula after the fixed"
                + " effects at position 11"));
        assertEquals("formula 'y ~ x + e | e ~ z': 'e' is both an exogenous term and an endogenous variable; list it in"
                + " one part only", error("y ~ x + e | e ~ z"));
        assertTrue(error("y ~ x | e ~").contains("expected instruments after '~'"));
        assertTrue(error("y ~ x | ~ z").contains("expected the endogenous variables before '~'"));
        assertTrue(error("y ~ x | e - 1 ~ z").contains("the intercept is set in the first part of the formula, not"
                + " among the endogenous variables"));
    }

    @Test
    void instrumentsShareTheListwiseDeletion() {
        PanelFrame f = PanelFrame.builder().entities(1, 1, 1, 2, 2, 2).times(1, 2, 3, 1, 2, 3)
                .column("y", 1, 2, 3, 4, 5, 6).column("x", 1, 0, 1, 0, 1, 1)
                .column("gdp", 2, 3, 5, 7, 11, 13).column("z1", 1, 2, Double.NaN, 4, 5, 6)
                .column("z2", 3, 1, 4, 1, 5, 9).build();
        ModelFrame m = ModelFrame.of(f, "y ~ x | gdp ~ z1 + z2");
        assertArrayEquals(new int[] {0, 1, 3, 4, 5}, m.frameRows());
        assertEquals(List.of("(Intercept)", "x"), m.columnLabels());
        assertEquals(List.of("gdp"), m.endogenousLabels());
        assertEquals(List.of("z1", "z2"), m.instrumentLabels());
        assertArrayEquals(new double[] {11}, m.endogenous()[3]);
        assertArrayEquals(new double[] {5, 5}, m.instruments()[3]);
        assertTrue(m.warnings().get(0).endsWith("(rows missing per variable: z1 1)"), m.warnings().toString());
    }

    @Test
    void fixedEffectColumnsAreCheckedAndMissingValuesDropRows() {
        PanelFrame f = ExplicitDummies.panel(3L);
        List<String> problems = Formula.parse("y ~ x1 | citty + year").check(f);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("unknown variable 'citty' (did you mean 'city'?) in formula"),
                problems.get(0));
        // a combined factor with a missing part drops the row
        ModelFrame m = ModelFrame.of(f.withColumn("zone", zones(f.rows())), "y ~ x1 | city + zone^year");
        assertEquals(f.rows() - 1, m.nObs());
        assertTrue(m.warnings().get(0).endsWith("(rows missing per variable: zone^year 1)"), m.warnings().toString());
        // without fixed effects, demeaned() is the data itself
        ModelFrame plain = ModelFrame.of(f, "y ~ x1");
        Demeaned d = plain.demeaned();
        assertEquals(0, d.absorbedDf());
        assertArrayEquals(plain.y(), d.y());
        assertArrayEquals(plain.x()[4], d.x()[4]);
    }

    private static double[] zones(int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = i == 0 ? Double.NaN : i % 3;
        }
        return z;
    }

    @Test
    void singletonsAreReportedAndKept() {
        PanelFrame f = PanelFrame.builder().entities("a", "a", "b", "b", "c").times(1, 2, 1, 2, 1)
                .column("y", 1, 2, 4, 3, 5).column("x", 0, 1, 1, 3, 2).build();
        ModelFrame m = ModelFrame.of(f, "y ~ x | entity + time");
        assertEquals(5, m.nObs());
        assertEquals(List.of("1 of 5 rows are singletons (alone in their level of a fixed effect); they are kept:"
                + " their fixed effect fits them exactly, so the slopes do not change, but reghdfe would drop them and"
                + " report fewer observations"), m.warnings());
        assertEquals(List.of("a", "b", "c"), m.absorbedFactors().get(0).levels());
        assertArrayEquals(new int[] {0, 1, 0, 1, 0}, m.absorbedFactors().get(1).codes());
    }

    // ------------------------------------------------------------------ numerics against explicit dummies

    @Test
    void twoWayDemeaningMatchesExplicitDummies() {
        PanelFrame f = ExplicitDummies.panel(20261203L);
        ModelFrame m = ModelFrame.of(f, "y ~ x1 + x2 | city + year");
        assertEquals(f.rows(), m.nObs());
        assertFalse(f.balanced(), "the synthetic panel is unbalanced");
        assertEquals(List.of("city", "year"), m.absorbedFactors().stream().map(AbsorbedFactor::label).toList());
        assertEquals(24, m.absorbedFactors().get(0).nLevels());
        assertEquals(10, m.absorbedFactors().get(1).nLevels());
        Demeaned d = m.demeaned();
        double[] slopes = ExplicitDummies.ols(d.x(), d.y());

        List<double[]> cols = new ArrayList<>(List.of(f.numeric("x1"), f.numeric("x2")));
        List<double[]> dummies = new ArrayList<>(ExplicitDummies.dummies(f.text("city")));
        dummies.addAll(ExplicitDummies.dummies(f.text("year")));
        cols.addAll(dummies);
        double[] b = ExplicitDummies.ols(ExplicitDummies.matrix(cols), f.numeric("y"));
        assertRelative(b[0], slopes[0], "x1");
        assertRelative(b[1], slopes[1], "x2");
        assertEquals(ExplicitDummies.rank(ExplicitDummies.matrix(dummies)), d.absorbedDf());
        assertEquals(24 + 10 - 1, d.absorbedDf());
    }

    @Test
    void threeFactorsWithACombinedFactorMatchExplicitDummies() {
        PanelFrame f = ExplicitDummies.panel(7L);
        ModelFrame m = ModelFrame.of(f, "y ~ x1 + x2 | city + year + province^year");
        AbsorbedFactor py = m.absorbedFactors().get(2);
        assertEquals("province^year", py.label());
        assertTrue(py.levels().contains("p1_2001"), py.levels().toString());
        Demeaned d = m.demeaned();
        double[] slopes = ExplicitDummies.ols(d.x(), d.y());

        List<double[]> dummies = new ArrayList<>(ExplicitDummies.dummies(f.text("city")));
        dummies.addAll(ExplicitDummies.dummies(f.text("year")));
        dummies.addAll(ExplicitDummies.dummies(ExplicitDummies.paste(f.text("province"), f.text("year"))));
        List<double[]> cols = new ArrayList<>(List.of(f.numeric("x1"), f.numeric("x2")));
        cols.addAll(dummies);
        double[] b = ExplicitDummies.ols(ExplicitDummies.matrix(cols), f.numeric("y"));
        assertRelative(b[0], slopes[0], "x1");
        assertRelative(b[1], slopes[1], "x2");
        // year lies within province^year; city and province^year are then counted exactly
        assertEquals(ExplicitDummies.rank(ExplicitDummies.matrix(dummies)), d.absorbedDf());
    }

    @Test
    void factorExpansionMatchesHandBuiltDummies() {
        PanelFrame f = ExplicitDummies.panel(99L);
        ModelFrame m = ModelFrame.of(f, "y ~ x1 + factor(province) + i(year, ref = 2005)");
        List<String> expected = new ArrayList<>(List.of("(Intercept)", "x1", "factor(province)p2", "factor(province)p3",
                "factor(province)p4"));
        for (int t = 2001; t <= 2010; t++) {
            if (t != 2005) {
                expected.add("year::" + t);
            }
        }
        assertEquals(expected, m.columnLabels());
        String[] prov = f.text("province");
        double[] year = f.numeric("year");
        List<double[]> hand = new ArrayList<>();
        double[] ones = new double[f.rows()];
        java.util.Arrays.fill(ones, 1);
        hand.add(ones);
        hand.add(f.numeric("x1"));
        for (String p : List.of("p2", "p3", "p4")) {
            double[] d = new double[f.rows()];
            for (int i = 0; i < d.length; i++) {
                d[i] = prov[i].equals(p) ? 1 : 0;
            }
            hand.add(d);
        }
        for (int t = 2001; t <= 2010; t++) {
            if (t == 2005) {
                continue;
            }
            double[] d = new double[f.rows()];
            for (int i = 0; i < d.length; i++) {
                d[i] = year[i] == t ? 1 : 0;
            }
            hand.add(d);
        }
        double[][] x = ExplicitDummies.matrix(hand);
        for (int c = 0; c < hand.size(); c++) {
            assertArrayEquals(hand.get(c), m.column(c), m.columnLabels().get(c));
        }
        double[] b = ExplicitDummies.ols(x, f.numeric("y"));
        double[] viaFormula = ExplicitDummies.ols(m.x(), m.y());
        for (int c = 0; c < b.length; c++) {
            assertRelative(b[c], viaFormula[c], m.columnLabels().get(c));
        }
    }

    @Test
    void interactedSlopesAndEventTimeWithFixedEffectsMatchExplicitDummies() {
        PanelFrame f = ExplicitDummies.panel(5L);
        ModelFrame m = ModelFrame.of(f, "y ~ x1:factor(province) + i(rel, ref = -1, bin = c(-3, 3), na = \"ref\")"
                + " | city + year");
        assertEquals(f.rows(), m.nObs(), "never-treated cities stay in with na = \"ref\"");
        List<String> expected = new ArrayList<>(List.of("x1:factor(province)p2", "x1:factor(province)p3",
                "x1:factor(province)p4"));
        for (int r = -3; r <= 3; r++) {
            if (r != -1) {
                expected.add("rel::" + r);
            }
        }
        assertEquals(expected, m.columnLabels());
        // hand-built: x1 × province dummy, binned event-time dummies (zero when rel is missing)
        String[] prov = f.text("province");
        double[] x1 = f.numeric("x1");
        double[] rel = f.numeric("rel");
        List<double[]> cols = new ArrayList<>();
        for (String p : List.of("p2", "p3", "p4")) {
            double[] d = new double[f.rows()];
            for (int i = 0; i < d.length; i++) {
                d[i] = prov[i].equals(p) ? x1[i] : 0;
            }
            cols.add(d);
        }
        for (int r = -3; r <= 3; r++) {
            if (r == -1) {
                continue;
            }
            double[] d = new double[f.rows()];
            for (int i = 0; i < d.length; i++) {
                double v = Double.isNaN(rel[i]) ? Double.NaN : Math.max(-3, Math.min(3, rel[i]));
                d[i] = v == r ? 1 : 0;
            }
            cols.add(d);
        }
        int k = cols.size();
        for (int c = 0; c < k; c++) {
            assertArrayEquals(cols.get(c), m.column(c), expected.get(c));
        }
        cols.addAll(ExplicitDummies.dummies(f.text("city")));
        cols.addAll(ExplicitDummies.dummies(f.text("year")));
        double[] b = ExplicitDummies.ols(ExplicitDummies.matrix(cols), f.numeric("y"));
        Demeaned d = m.demeaned();
        double[] slopes = ExplicitDummies.ols(d.x(), d.y());
        for (int c = 0; c < k; c++) {
            assertRelative(b[c], slopes[c], expected.get(c));
        }
    }

    @Test
    void endogenousAndInstrumentColumnsAreDemeanedWithTheSameFactors() {
        PanelFrame f = ExplicitDummies.panel(11L);
        ModelFrame m = ModelFrame.of(f, "y ~ x1 | city + year | x2 ~ I(x1^2) + rel");
        // rel is missing for never-treated cities: the instrument part takes part in listwise deletion
        int[] rows = m.frameRows();
        assertTrue(rows.length < f.rows());
        assertEquals(List.of("x2"), m.endogenousLabels());
        assertEquals(List.of("I(x1^2)", "rel"), m.instrumentLabels());
        Demeaned d = m.demeaned();
        List<double[]> dummies = new ArrayList<>(ExplicitDummies.dummies(sub(f.text("city"), rows)));
        dummies.addAll(ExplicitDummies.dummies(sub(f.text("year"), rows)));
        double[][] dm = ExplicitDummies.matrix(dummies);
        double[] x2 = new double[rows.length];
        double[] rel = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            x2[r] = f.numeric("x2")[rows[r]];
            rel[r] = f.numeric("rel")[rows[r]];
        }
        assertResidual(dm, x2, d.endogenous(), 0);
        assertResidual(dm, rel, d.instruments(), 1);
        assertEquals(ExplicitDummies.rank(dm), d.absorbedDf());
    }

    private static String[] sub(String[] v, int[] rows) {
        String[] out = new String[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = v[rows[r]];
        }
        return out;
    }

    /** The demeaned column equals the residual of the raw column on the explicit dummies. */
    private static void assertResidual(double[][] dummies, double[] raw, double[][] demeaned, int column) {
        double[] b = ExplicitDummies.ols(dummies, raw);
        double scale = 0;
        for (double v : raw) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int r = 0; r < raw.length; r++) {
            double fit = 0;
            for (int c = 0; c < b.length; c++) {
                if (!Double.isNaN(b[c])) {
                    fit += dummies[r][c] * b[c];
                }
            }
            assertEquals(raw[r] - fit, demeaned[r][column], TOL * scale, "row " + r);
        }
    }
}
