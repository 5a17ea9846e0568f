package org.carbonlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/** factor(), i(), interactions with factors and event-time terms: parsing, labels, columns, errors. */
class FactorTermsTest {
    private static final double NA = Double.NaN;

    /** 3 cities × 3 years; region is text, grade numeric, rel is event time (NA = never treated). */
    private static PanelFrame frame() {
        return PanelFrame.builder()
                .entityColumn("city").timeColumn("year")
                .entities("a", "a", "a", "b", "b", "b", "c", "c", "c")
                .times(2012, 2013, 2014, 2012, 2013, 2014, 2012, 2013, 2014)
                .column("y", 1, 2, 3, 4, 5, 6, 7, 8, 9)
                .column("x", 1, 2, 3, 5, 7, 11, 13, 17, 19)
                .textColumn("region", "west", "west", "west", "east", "east", "east", "north", "north", "north")
                .column("grade", 3, 3, 3, 1, 1, 1, 2, 2, NA)
                .column("rel", -6, -1, 0, -2, -1, 4, NA, NA, NA)
                .build();
    }

    private static String error(String formula) {
        return assertThrows(InputException.class, () -> Formula.parse(formula)).getMessage();
    }

    private static String frameError(String formula) {
        return assertThrows(InputException.class, () -> ModelFrame.of(frame(), formula)).getMessage();
    }

    @Test
    void factorTermsParseWithCanonicalLabels() {
        Formula f = Formula.parse("y ~ x + factor(region) + factor(region, ref = \"west\") + i(year, ref = 2013)"
                + " + i(rel, ref = c(-1, -6), bin = c(-5, 5), na = 'ref') + i(region, x) + i(region, log(x), ref = 'east')");
        assertEquals(List.of("x", "factor(region)", "factor(region,ref=\"west\")", "i(year,ref=2013)",
                "i(rel,ref=c(-1,-6),bin=c(-5,5),na=\"ref\")", "i(region,x)", "i(region,log(x),ref=\"east\")"),
                f.termLabels());
        assertTrue(f.hasFactorTerms());
        assertEquals(Set.of("region", "year", "rel"), f.levelVariables());
        assertEquals(Set.of("y", "x"), f.numericVariables());
        Factor rel = (Factor) f.terms().get(4).factors().get(0);
        assertEquals(List.of(-1.0, -6.0), rel.references());
        assertArrayEquals(new double[] {-5, 5}, rel.bin());
        assertTrue(rel.missingAsReference());
        assertFalse(Formula.parse("y ~ x").hasFactorTerms());
        // the normalised formula reads back as the same formula
        String again = f.toString();
        assertEquals(f.termLabels(), Formula.parse(again).termLabels());
        Formula all = Formula.parse("y ~ x*factor(region) | city + province^year | gdp ~ i(region, z)");
        assertEquals("y ~ x + factor(region) + x:factor(region) | city + province^year | gdp ~ i(region,z)",
                all.toString());
        assertEquals(all.toString(), Formula.parse(all.toString()).toString());
    }

    @Test
    void factorUsesTreatmentContrastsNamedLikeR() {
        ModelFrame m = ModelFrame.of(frame(), "y ~ x + factor(region)");
        // levels in sorted order: east (reference), north, west
        assertEquals(List.of("(Intercept)", "x", "factor(region)north", "factor(region)west"), m.columnLabels());
        assertEquals(List.of("(Intercept)", "x", "factor(region)", "factor(region)"), m.columnTerms());
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 1, 1, 1}, m.column("factor(region)north"));
        assertArrayEquals(new double[] {1, 1, 1, 0, 0, 0, 0, 0, 0}, m.column("factor(region)west"));
        ModelFrame r = ModelFrame.of(frame(), "y ~ factor(region, ref = \"west\")");
        assertEquals(List.of("(Intercept)", "factor(region)east", "factor(region)north"), r.columnLabels());
    }

    @Test
    void iIsNamedLikeFixestAndNumericLevelsSortAsNumbers() {
        ModelFrame m = ModelFrame.of(frame(), "y ~ i(year, ref = 2013)");
        assertEquals(List.of("(Intercept)", "year::2012", "year::2014"), m.columnLabels());
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0, 1, 0, 0}, m.column("year::2012"));
        ModelFrame d = ModelFrame.of(frame(), "y ~ i(year)");
        assertEquals(List.of("(Intercept)", "year::2013", "year::2014"), d.columnLabels(), "first level is the reference");
        // the entity column is a factor too
        assertEquals(List.of("(Intercept)", "city::b", "city::c"), ModelFrame.of(frame(), "y ~ i(city)").columnLabels());
    }

    @Test
    void levelsComeFromTheRowsUsed() {
        // grade is missing in row 9 (c, 2014); listwise deletion happens before levels are taken
        PanelFrame f = frame().withColumn("z", new double[] {NA, NA, NA, 1, 2, 3, 4, 5, 6});
        ModelFrame m = ModelFrame.of(f, "y ~ z + factor(region)");
        assertEquals(List.of("(Intercept)", "z", "factor(region)north"), m.columnLabels(), "west is absent");
        ModelFrame g = ModelFrame.of(frame(), "y ~ factor(grade)");
        assertEquals(8, g.nObs());
        assertEquals(List.of("(Intercept)", "factor(grade)2", "factor(grade)3"), g.columnLabels());
    }

    @Test
    void unknownReferenceLevelNamesTheColumnAndListsTheLevels() {
        assertEquals("reference level \"south\" of factor(region,ref=\"south\") is not a level of column 'region' in"
                + " the rows used; levels: east, north, west", frameError("y ~ factor(region, ref = \"south\")"));
        assertEquals("reference level 2020 of i(year,ref=2020) is not a level of column 'year' in the rows used;"
                + " levels: 2012, 2013, 2014", frameError("y ~ i(year, ref = 2020)"));
        assertEquals("reference level -6 of i(rel,ref=-6,bin=c(-5,5)) is not a level of column 'rel' in the rows"
                + " used (bin = c(-5, 5) pools values beyond the limits into them); levels: -5, -2, -1, 0, 4",
                frameError("y ~ i(rel, ref = -6, bin = c(-5, 5))"));
    }

    @Test
    void interactionsWithVariablesAndFactors() {
        ModelFrame m = ModelFrame.of(frame(), "y ~ x*factor(region)");
        assertEquals(List.of("(Intercept)", "x", "factor(region)north", "factor(region)west", "x:factor(region)north",
                "x:factor(region)west"), m.columnLabels());
        assertArrayEquals(new double[] {1, 2, 3, 0, 0, 0, 0, 0, 0}, m.column("x:factor(region)west"));
        ModelFrame rev = ModelFrame.of(frame(), "y ~ factor(region):x");
        assertEquals(List.of("(Intercept)", "factor(region)north:x", "factor(region)west:x"), rev.columnLabels());
        // i(g, x): a slope for every level (no reference unless given), fixest's naming
        ModelFrame s = ModelFrame.of(frame(), "y ~ i(region, x)");
        assertEquals(List.of("(Intercept)", "region::east:x", "region::north:x", "region::west:x"), s.columnLabels());
        assertArrayEquals(new double[] {0, 0, 0, 5, 7, 11, 0, 0, 0}, s.column("region::east:x"));
        ModelFrame sr = ModelFrame.of(frame(), "y ~ i(region, x, ref = \"east\")");
        assertEquals(List.of("(Intercept)", "region::north:x", "region::west:x"), sr.columnLabels());
        // factor:factor; combinations that never occur get no column
        ModelFrame ff = ModelFrame.of(frame(), "y ~ factor(region):i(year)");
        assertEquals(List.of("(Intercept)", "factor(region)north:year::2013", "factor(region)north:year::2014",
                "factor(region)west:year::2013", "factor(region)west:year::2014"), ff.columnLabels());
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 1, 0}, ff.column("factor(region)north:year::2013"));
        ModelFrame nested = ModelFrame.of(frame(), "y ~ factor(region):factor(city)");
        assertEquals(List.of("(Intercept)", "factor(region)north:factor(city)c"), nested.columnLabels(),
                "west is only in city a, the reference of factor(city)");
    }

    @Test
    void eventTimeBinningAndNeverTreatedRows() {
        // bins: values below -2 are pooled into -2, above 2 into 2
        ModelFrame m = ModelFrame.of(frame(), "y ~ i(rel, ref = -1, bin = c(-2, 2))");
        assertEquals(List.of("(Intercept)", "rel::-2", "rel::0", "rel::2"), m.columnLabels());
        assertEquals(6, m.nObs(), "never-treated rows (rel missing) are dropped by default");
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0}, m.column("rel::-2"));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1}, m.column("rel::2"));
        assertTrue(m.warnings().get(0).endsWith("(rows missing per variable: i(rel,ref=-1,bin=c(-2,2)) 3)"),
                m.warnings().toString());
        ModelFrame keep = ModelFrame.of(frame(), "y ~ i(rel, ref = -1, bin = c(-2, 2), na = \"ref\")");
        assertEquals(9, keep.nObs(), "na = \"ref\" keeps never-treated rows with all-zero dummies");
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0, 0, 0, 0}, keep.column("rel::-2"));
        assertArrayEquals(new double[] {0, 0, 1, 0, 0, 0, 0, 0, 0}, keep.column("rel::0"));
        assertEquals(List.of(), keep.warnings());
        // several references
        ModelFrame two = ModelFrame.of(frame(), "y ~ i(rel, ref = c(-1, -2), bin = c(-2, 2))");
        assertEquals(List.of("(Intercept)", "rel::0", "rel::2"), two.columnLabels());
    }

    @Test
    void binningNeedsNumbers() {
        assertEquals("term i(region,bin=c(-1,1)): bin = c(lo, hi) pools numeric levels, but column 'region' holds text",
                frameError("y ~ i(region, bin = c(-1, 1))"));
    }

    @Test
    void syntaxErrorsAreClear() {
        assertEquals("formula 'y ~ factor(region, x)': factor() takes one column and named arguments; for a slope per"
                + " level write i(g, x) (position 20)", error("y ~ factor(region, x)"));
        assertEquals("formula 'y ~ i(g, ref = 1, x)': i() takes a column, an optional variable to interact and then"
                + " named arguments; usage: i(g[, x][, ref = level or c(level, ...)][, bin = c(lo, hi)][, na = \"ref\"])"
                + " (position 19)", error("y ~ i(g, ref = 1, x)"));
        assertTrue(error("y ~ i(g, base = 1)").contains("unknown argument 'base' of i(); usage: i(g[, x]"));
        assertTrue(error("y ~ i(g, bin = c(5, -5))").contains("bin takes c(lo, hi) with lo < hi"));
        assertTrue(error("y ~ i(g, bin = \"x\")").contains("bin takes numbers, not the string \"x\""));
        assertTrue(error("y ~ i(g, na = \"zero\")").contains("na takes \"drop\""));
        assertTrue(error("y ~ i(g, ref = x)").contains("ref takes levels (numbers or \"strings\"), not 'x'"));
        assertTrue(error("y ~ i(g, ref = 1, ref = 2)").contains("argument 'ref' of i() is given twice"));
        assertEquals("formula 'y ~ factor(log(g))': factor() takes a column name first; usage: factor(g[, ref ="
                + " level][, bin = c(lo, hi)][, na = \"ref\"]) (position 12)", error("y ~ factor(log(g))"));
        assertEquals("formula 'y ~ log(factor(g))': factor() stands for several dummy columns: it can be a term or"
                + " part of an interaction (x:factor(g)), not part of arithmetic or of the response (position 9)",
                error("y ~ log(factor(g))"));
        assertTrue(error("factor(g) ~ x").contains("factor() stands for several dummy columns"));
        assertEquals("formula 'y ~ \"x\"': unexpected character '\"' at position 5 (quote odd column names with"
                + " backquotes: `my col`)", error("y ~ \"x\""));
        assertTrue(error("y ~ factor(g, ref = \"a)").contains("need a closing quote"));
    }

    @Test
    void unknownAndEmptyLevelColumnsAreReported() {
        String e = frameError("y ~ factor(regoin)");
        assertTrue(e.startsWith("unknown variable 'regoin' (did you mean 'region'?) in formula"), e);
        PanelFrame f = frame().withColumn("none", new double[] {NA, NA, NA, NA, NA, NA, NA, NA, NA});
        InputException ex = assertThrows(InputException.class, () -> ModelFrame.of(f, "y ~ factor(none)"));
        assertEquals("variable 'none' has no values in <memory>: it is missing in all 9 rows", ex.getMessage());
        // text columns are fine as factors but not as numbers
        assertTrue(assertThrows(InputException.class, () -> ModelFrame.of(frame(), "y ~ region")).getMessage()
                .startsWith("column 'region' of <memory> is not numeric"));
    }

    @Test
    void aFactorWithOnlyItsReferenceWarns() {
        PanelFrame f = frame().withColumn("z", new double[] {1, 2, 3, NA, NA, NA, NA, NA, NA});
        ModelFrame m = ModelFrame.of(f, "y ~ z + factor(region)");
        assertEquals(List.of("(Intercept)", "z"), m.columnLabels());
        assertTrue(m.warnings().contains("factor(region) has no level but its reference in the rows used (west), so"
                + " term factor(region) adds no column"), m.warnings().toString());
    }
}
