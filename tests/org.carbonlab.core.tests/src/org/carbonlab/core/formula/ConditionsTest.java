package org.carbonlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/**
 * Comparisons, logic, string comparisons, inlist/%in%, ifelse/cond and group statistics in expressions:
 * every operator by hand on a four-row panel (exact), missing in → missing out, R's precedence (checked
 * against the values R gives for the same expressions, with NA & FALSE excepted as documented), and error
 * messages with positions.
 */
class ConditionsTest {
    private static final double NA = Double.NaN;

    /** Entities A, A, B, B in periods 1, 2, 1, 2. */
    private static final PanelFrame FRAME = PanelFrame.builder().entityColumn("id").timeColumn("t")
            .entities("A", "A", "B", "B").times(1, 2, 1, 2)
            .column("x", 1, 2, NA, 4).column("y", 2, 2, 1, NA).column("z", 1, 3, 5, NA)
            .textColumn("region", "east", "west", null, "east").build();

    private static double[] eval(String expression) {
        return Expression.parse(expression).evaluate(FRAME);
    }

    private static void same(String expression, double... expected) {
        assertArrayEquals(expected, eval(expression), 1e-15, expression);
    }

    private static String error(String expression) {
        return assertThrows(InputException.class, () -> Expression.parse(expression).evaluate(FRAME)).getMessage();
    }

    @Test
    void comparisonsGiveOneOrZeroAndMissingStaysMissing() {
        same("x >= 2", 0, 1, NA, 1);
        same("x > 2", 0, 0, NA, 1);
        same("x <= 2", 1, 1, NA, 0);
        same("x < 2", 1, 0, NA, 0);
        same("x == 2", 0, 1, NA, 0);
        same("x != 2", 1, 0, NA, 1);
        same("x == y", 0, 1, NA, NA);
        same("t >= 2", 0, 1, 0, 1);
    }

    @Test
    void logicWithMissingInMissingOut() {
        same("x > 1 & y == 2", 0, 1, NA, NA);
        same("x < 2 | y < 2", 1, 0, NA, NA); // R gives TRUE for NA | TRUE in row 3; CarbonLab: missing
        same("!x", 0, 0, NA, 0);
        same("!(x > 1)", 1, 0, NA, 0);
        same("!!(x - 1)", 0, 1, NA, 1);
        same("(x > 1) * 10 + 1", 1, 11, NA, 11);
    }

    @Test
    void precedenceFollowsR() {
        same("!x > 1", 1, 0, NA, 0); // !(x > 1)
        assertEquals("!(x>1)", Expression.parse("!x > 1").label());
        same("1 + x > 2", 0, 1, NA, 1); // arithmetic before comparison
        same("x > 1 & y > 1 | x == 1", 1, 1, NA, NA); // (a & b) | c
        assertEquals("x>1&y>1|x==1", Expression.parse("x > 1 & y > 1 | x == 1").label());
        same("x > 3 | x > 1 & y > 1", 0, 1, NA, NA); // & binds tighter: x > 3 | (x > 1 & y > 1)
        assertEquals("x>3|x>1&y>1", Expression.parse("x > 3 | (x > 1 & y > 1)").label());
        assertEquals("(x>3|x>1)&y>1", Expression.parse("(x > 3 | x > 1) & y > 1").label());
        same("-x^2 == -1", 1, 0, NA, 0);
        same("2 * x %in% c(2, 4)", 0, 2, NA, 2); // %in% binds tighter than *, as in R
        same("(2 * x) %in% c(2, 4)", 1, 1, NA, 0);
        assertEquals("(x>1)*2", Expression.parse("(x > 1) * 2").label());
        assertEquals("x>=2", Expression.parse(Expression.parse("x >= 2").label()).label());
    }

    @Test
    void textColumnsCompareWithStrings() {
        same("region == \"east\"", 1, 0, NA, 1);
        same("'east' != region", 0, 1, NA, 0);
        same("inlist(region, \"west\", \"north\")", 0, 1, NA, 0);
        same("!inlist(region, 'east')", 0, 1, NA, 0);
        same("region %in% c(\"east\", \"south\")", 1, 0, NA, 1);
        same("region == \"east\" & t == 2", 0, 0, NA, 1);
        same("inlist(t, 2, 3)", 0, 1, 0, 1);
        same("x %in% 4", 0, 0, NA, 1);
        assertEquals("region==\"east\"", Expression.parse("region == 'east'").label());
    }

    @Test
    void ifelseAndCond() {
        same("ifelse(x > 1, x, 0)", 0, 2, NA, 4);
        same("ifelse(y == 2, 1, z)", 1, 1, 5, NA);
        same("cond(x > 1, 1, 0, -1)", 0, 1, -1, 1);
        same("cond(x > 1, 1, 0)", 0, 1, NA, 1); // Stata would give 1 for a missing condition
    }

    @Test
    void groupStatistics() {
        same("mean_by(z, entity)", 2, 2, 5, 5);
        same("mean_by(z, time)", 3, 3, 3, 3);
        same("mean_by(z, id)", 2, 2, 5, 5);
        same("sum_by(z, region)", 1, 3, NA, 1);
        same("count_by(z, entity)", 2, 2, 1, 1);
        same("sd_by(z, entity)", Math.sqrt(2), Math.sqrt(2), NA, NA);
        same("min_by(z, entity)", 1, 1, 5, 5);
        same("max_by(z, entity, time)", 1, 3, 5, NA);
        same("share(z, entity)", 0.25, 0.75, 1, NA);
        same("share(z)", 1 / 9.0, 3 / 9.0, 5 / 9.0, NA);
        same("rank(z)", 1, 2, 3, NA);
        same("rank(z, time)", 1, 1, 2, NA);
        same("rank(y)", 2.5, 2.5, 1, NA); // ties share their average rank
        same("z / mean_by(z, entity)", 0.5, 1.5, 1, NA);
        assertEquals("mean_by(z,entity)", Expression.parse("mean_by(z, entity)").label());
    }

    @Test
    void groupStatisticsAreRegistryFunctionsWithGroupArguments() {
        FormulaFunction meanBy = FunctionRegistry.standard().get("mean_by").orElseThrow();
        assertEquals(FormulaFunction.ArgKind.GROUP, meanBy.argKind(1));
        // a plug-in's own group function receives group numbers per row (NaN where the group is missing)
        FormulaFunction firstGroup = new FormulaFunction() {
            @Override
            public String name() {
                return "group_number";
            }

            @Override
            public int minArgs() {
                return 2;
            }

            @Override
            public int maxArgs() {
                return 2;
            }

            @Override
            public ArgKind argKind(int index) {
                return index == 0 ? ArgKind.VECTOR : ArgKind.GROUP;
            }

            @Override
            public String usage() {
                return "group_number(x, g): the group number of the row";
            }

            @Override
            public double[] apply(double[][] vectors, double[] constants, PanelFrame frame) {
                return vectors[1].clone();
            }
        };
        FunctionRegistry r = FunctionRegistry.builtins().with(firstGroup);
        assertArrayEquals(new double[] {0, 1, NA, 0}, Expression.parse("group_number(x, region)", r).evaluate(FRAME));
        assertArrayEquals(new double[] {0, 0, 1, 1}, Expression.parse("group_number(x, entity)", r).evaluate(FRAME));
        assertEquals("group_number(x,`odd name`)", Expression.parse("group_number(x, `odd name`)", r).label());
    }

    @Test
    void conditionsInFormulasGoInsideI() {
        PanelFrame f = FRAME.withColumn("w", new double[] {1, 2, 3, 5});
        ModelFrame m = ModelFrame.of(f, "w ~ I(t >= 2) + I(region == \"east\")");
        assertEquals(List.of("(Intercept)", "I(t>=2)", "I(region==\"east\")"), m.columnLabels());
        assertEquals(3, m.nObs()); // row 3 has no region
        assertArrayEquals(new double[] {1, 0, 1}, m.column("I(region==\"east\")"), 0);
        assertTrue(Formula.parse("w ~ I(region == \"east\")").levelVariables().contains("region"));
        assertTrue(Formula.parse("w ~ x | id").fixedEffects().size() == 1, "| still separates fixed effects");
        assertArrayEquals(new double[] {0, 1, 0, 1}, Expression.parse("I(x > 1 | t == 2)").evaluate(
                FRAME.withColumn("x", new double[] {1, 2, 0, 4})), 0);
    }

    @Test
    void errorsNameThePosition() {
        assertEquals("expression 'x > 1 > 2': comparisons cannot be chained (a < b < c); write (a < b) & (b < c)"
                + " (position 7)", error("x > 1 > 2"));
        assertEquals("expression 'region < \"east\"': strings are compared with == and != only, not '<'"
                + " (position 8)", error("region < \"east\""));
        assertTrue(error("log(x) == \"a\"").contains("can only be compared with a column, e.g. region == \"east\";"
                + " 'log(x)' is not one (position 1)"), error("log(x) == \"a\""));
        assertEquals("expression 'x %% 2': unknown operator '%%' at position 3 (the only %...% operator is %in%)",
                error("x %% 2"));
        assertTrue(error("inlist(x)").contains("needs at least one value after x"), error("inlist(x)"));
        assertTrue(error("inlist(x, 1, \"a\")").contains("inlist mixes numbers and strings; give the values of a text column as \"strings\" (position 1)"),
                error("inlist(x, 1, \"a\")"));
        assertTrue(error("mean_by(x)").contains("mean_by() at position 1 takes 2 to 5 arguments but has 1; usage:"
                + " mean_by(x, g[, g2 ...])"), error("mean_by(x)"));
        assertTrue(error("mean_by(x, log(y))").contains("groups by column names (or entity, time), not 'log'"),
                error("mean_by(x, log(y))"));
        assertTrue(error("x > ").contains("at position 5, found the end of the expression"), error("x > "));
        assertTrue(error("x & ").contains("position 5"), error("x & "));
        assertTrue(error("regio == \"east\"").contains("unknown variable 'regio' (did you mean 'region'?)"),
                error("regio == \"east\""));
        assertTrue(error("mean_by(x, sector)").contains("unknown variable 'sector'"), error("mean_by(x, sector)"));
        String f = assertThrows(InputException.class, () -> Formula.parse("y ~ x > 1")).getMessage();
        assertEquals("formula 'y ~ x > 1': '>' between terms is not supported; a condition is a term inside I(),"
                + " e.g. I(year >= 2013) (position 7)", f);
        assertTrue(error("ifels(x, 1, 0)").contains("did you mean 'ifelse'?"), error("ifels(x, 1, 0)"));
        assertTrue(error("ranks(x)").contains("did you mean 'rank'?"), error("ranks(x)"));
    }
}
