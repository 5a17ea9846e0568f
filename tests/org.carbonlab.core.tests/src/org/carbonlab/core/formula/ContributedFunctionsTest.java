package org.carbonlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.junit.jupiter.api.Test;

/** Functions contributed to org.carbonlab.core.functions (by this fragment's fragment.xml). */
class ContributedFunctionsTest {

    @Test
    void contributedFunctionsAreInTheStandardRegistry() {
        FunctionRegistry standard = FunctionRegistry.standard();
        assertTrue(standard.get("half_test").isPresent(), standard.names().toString());
        assertFalse(FunctionRegistry.builtins().get("half_test").isPresent());
        PanelFrame f = PanelFrame.builder().entities(1, 1).times(1, 2).column("x", 2, 6).column("y", 0, 1).build();
        ModelFrame m = ModelFrame.of(f, "y ~ half_test(x)");
        assertEquals(List.of("(Intercept)", "half_test(x)"), m.columnLabels());
        assertArrayEquals(new double[] {1, 3}, m.column("half_test(x)"));
        assertArrayEquals(new double[] {1, 3}, Expression.parse("half_test(x)").evaluate(f));
    }

    @Test
    void aContributionCannotReplaceABuiltIn() {
        FunctionRegistry standard = FunctionRegistry.standard();
        assertEquals("log(x): natural logarithm", standard.get("log").get().usage());
        assertTrue(standard.problems().contains("formula function 'log' contributed by org.carbonlab.core is ignored:"
                + " a built-in function has that name"), standard.problems().toString());
    }

    @Test
    void clashRulesWithoutTheExtensionRegistry() {
        FormulaFunction half = new HalfTestFunction();
        FormulaFunction factor = FormulaFunction.elementwise("factor", v -> v, null, "factor(x)");
        FunctionRegistry r = FunctionRegistry.builtins().plusContributions(List.of(half, half, factor,
                new ClashingLogTestFunction()), List.of("a", "b", "c", "d"), List.of());
        assertTrue(r.get("half_test").isPresent());
        assertEquals(List.of(
                "formula function 'half_test' is contributed by a and b; the second is ignored",
                "formula function 'factor' contributed by c is ignored: the name is reserved or not a plain name",
                "formula function 'log' contributed by d is ignored: a built-in function has that name"), r.problems());
    }
}
