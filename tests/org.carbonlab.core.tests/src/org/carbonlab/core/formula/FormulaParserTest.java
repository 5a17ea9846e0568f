package org.carbonlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

class FormulaParserTest {

    private static List<String> labels(String formula) {
        return Formula.parse(formula).columnLabels();
    }

    private static String error(String formula) {
        return assertThrows(InputException.class, () -> Formula.parse(formula)).getMessage();
    }

    @Test
    void theFullExampleOfTheDesign() {
        Formula f = Formula.parse("y ~ x1 + log(x2) + lag(x3,1) + diff(x4) + I(x5^2) + x6:x7 + x8*x9 - 1");
        assertEquals("y", f.responseLabel());
        assertFalse(f.hasIntercept());
        assertEquals(List.of("x1", "log(x2)", "lag(x3,1)", "diff(x4,1)", "I(x5^2)", "x6:x7", "x8", "x9", "x8:x9"),
                f.columnLabels());
        assertEquals(Set.of("y", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"), f.variables());
        assertEquals("y ~ x1 + log(x2) + lag(x3,1) + diff(x4,1) + I(x5^2) + x6:x7 + x8 + x9 + x8:x9 - 1",
                f.toString());
        assertTrue(f.terms().get(5).isInteraction());
        assertEquals(2, f.terms().get(5).factors().size());
    }

    @Test
    void interceptFirstAndNamedLikeR() {
        assertEquals(List.of("(Intercept)", "value", "capital"), labels("inv ~ value + capital"));
        assertEquals(List.of("(Intercept)"), labels("y ~ 1"));
        assertEquals(List.of(), labels("y ~ 0"));
    }

    @Test
    void interceptRemovalAndRestoring() {
        assertEquals(List.of("x"), labels("y ~ x - 1"));
        assertEquals(List.of("x"), labels("y ~ x + 0"));
        assertEquals(List.of("x"), labels("y ~ 0 + x"));
        assertEquals(List.of("x"), labels("y ~ -1 + x"));
        assertEquals(List.of("(Intercept)", "x"), labels("y ~ x - 1 + 1"));
        assertEquals(List.of("(Intercept)", "x"), labels("y ~ x + 0 - 0"));
    }

    @Test
    void termRemovalAppliesLeftToRight() {
        assertEquals(List.of("(Intercept)", "a", "c"), labels("y ~ a + b + c - b"));
        assertEquals(List.of("(Intercept)", "a", "b"), labels("y ~ a*b - a:b"));
        assertEquals(List.of("(Intercept)", "b", "a"), labels("y ~ a + b - a + a"));
        assertEquals(List.of("(Intercept)", "a"), labels("y ~ a - log(z)"));
    }

    @Test
    void duplicatesAreRemovedIncludingReorderedInteractions() {
        assertEquals(List.of("(Intercept)", "x", "a:b"), labels("y ~ x + x + a:b + b:a"));
        assertEquals(List.of("(Intercept)", "x"), labels("y ~ x:x"));
        assertEquals(List.of("(Intercept)", "log(x)"), labels("y ~ log(x) + log( x )"));
        assertEquals(List.of("(Intercept)", "lag(x,1)"), labels("y ~ lag(x) + lag(x, 1)"));
    }

    @Test
    void productsAndGroups() {
        assertEquals(List.of("(Intercept)", "a", "b", "c", "a:b", "a:c", "b:c", "a:b:c"), labels("y ~ a*b*c"));
        assertEquals(List.of("(Intercept)", "a:c", "b:c"), labels("y ~ (a + b):c"));
        assertEquals(List.of("(Intercept)", "a", "b", "c", "a:c", "b:c"), labels("y ~ (a + b)*c"));
        assertEquals(List.of("(Intercept)", "a", "log(b)", "a:log(b)"), labels("y ~ a*log(b)"));
        assertEquals(List.of("(Intercept)", "a:b:c"), labels("y ~ a:b:c"));
    }

    @Test
    void functionLabelsAreNormalised() {
        assertEquals(List.of("(Intercept)", "lag(lemp,1)", "lag(lemp,2)", "lead(x,1)", "diff(x,2)", "lag(x,-1)"),
                labels("y ~ lag(lemp) + lag( lemp , 2 ) + lead(x) + diff(x, 2) + lag(x, -1)"));
        assertEquals(List.of("(Intercept)", "lag(x,1)"), labels("y ~ lag(x, 2-1)"));
        assertEquals(List.of("(Intercept)", "winsor(x,0.01,0.99)", "winsor(x,0.05,0.95,7)"),
                labels("y ~ winsor(x, .01, .99) + winsor(x, 0.05, 0.95, 7)"));
        assertEquals(List.of("(Intercept)", "log(co2/gdp)", "sqrt(abs(x))", "exp(-x)"),
                labels("y ~ log(co2 / gdp) + sqrt(abs(x)) + exp(-x)"));
        assertEquals(List.of("(Intercept)", "lag(log(x),1)", "diff(log(x),1)"), labels("y ~ lag(log(x)) + diff(log(x))"));
    }

    @Test
    void arithmeticInsideIKeepsPrecedence() {
        assertEquals("I(x5^2)", labels("y ~ I(x5 ^ 2)").get(1));
        assertEquals("I(x5^2)", labels("y ~ I(x5**2)").get(1));
        assertEquals("I((a+b)*c)", labels("y ~ I((a + b) * c)").get(1));
        assertEquals("I(a+b*c)", labels("y ~ I(a + (b * c))").get(1));
        assertEquals("I(a-(b-c))", labels("y ~ I(a - (b - c))").get(1));
        assertEquals("I(a-b-c)", labels("y ~ I((a - b) - c)").get(1));
        assertEquals("I(a/(b*c))", labels("y ~ I(a / (b * c))").get(1));
        assertEquals("I(-x^2)", labels("y ~ I(-x^2)").get(1));
        assertEquals("I((-x)^2)", labels("y ~ I((-x)^2)").get(1));
        assertEquals("I(2^3^2)", labels("y ~ I(2^3^2)").get(1));
        assertEquals("I((2^3)^2)", labels("y ~ I((2^3)^2)").get(1));
        assertEquals("I(x^-1)", labels("y ~ I(x^-1)").get(1));
        assertEquals("I(log(x)^2/1000)", labels("y ~ I(log(x)^2/1e3)").get(1));
        assertEquals("I(0.5*x+0.0001)", labels("y ~ I(0.50*x + 1e-4)").get(1));
    }

    @Test
    void responseMayBeAnExpression() {
        Formula f = Formula.parse("log(co2) - log(pop) ~ x");
        assertEquals("log(co2)-log(pop)", f.responseLabel());
        assertEquals(Set.of("co2", "pop", "x"), f.variables());
    }

    @Test
    void namesWithDotsUnderscoresUnicodeAndBackquotes() {
        Formula f = Formula.parse("co2.pc ~ gdp_pc + .hidden + 人均GDP + `GDP per capita` + log(`2005 gdp`) + `x`");
        assertEquals(List.of("(Intercept)", "gdp_pc", ".hidden", "人均GDP", "`GDP per capita`", "log(`2005 gdp`)", "x"),
                f.columnLabels());
        assertEquals(Set.of("co2.pc", "gdp_pc", ".hidden", "人均GDP", "GDP per capita", "2005 gdp", "x"), f.variables());
        // a backquoted name is a variable even if it looks like a function
        assertEquals(Set.of("y", "log"), Formula.parse("y ~ `log`").variables());
    }

    @Test
    void expressionsParseOnTheirOwn() {
        Expression e = Expression.parse("log(co2 / gdp)");
        assertEquals("log(co2/gdp)", e.label());
        assertEquals(Set.of("co2", "gdp"), e.variables());
        assertFalse(e.isConstant());
        Expression c = Expression.parse("2 * (3 + 1) ^ 2");
        assertTrue(c.isConstant());
        assertEquals(32.0, c.constantValue());
        assertEquals(Expression.parse("log( co2/gdp )"), e);
    }

    // ------------------------------------------------------------------ errors

    @Test
    void missingTilde() {
        assertEquals("formula 'y x': expected '~' between the response and the terms at position 3, found 'x'",
                error("y x"));
        assertEquals("formula 'y': expected '~' between the response and the terms at position 2, found the end of the"
                + " formula", error("y"));
        assertEquals("formula '~ x': expected the response (left-hand side) before '~' at position 1, found '~'",
                error("~ x"));
    }

    @Test
    void missingTerms() {
        assertEquals("formula 'y ~': expected terms after '~' (write 1 for an intercept-only model) at position 4, found"
                + " the end of the formula", error("y ~"));
        assertEquals("formula 'y ~ x +': expected a term (a variable, a function call such as log(x), or '(') at"
                + " position 8, found the end of the formula", error("y ~ x +"));
        assertEquals("formula 'y ~ x + + z': expected a term (a variable, a function call such as log(x), or '(') at"
                + " position 9, found '+'", error("y ~ x + + z"));
    }

    @Test
    void parentheses() {
        assertEquals("formula 'y ~ log(x': expected ',' or ')' to close log( opened at position 8) at position 10,"
                + " found the end of the formula", error("y ~ log(x"));
        assertEquals("formula 'y ~ x)': expected '+', '-' or the end of the formula (unbalanced ')') at position 6,"
                + " found ')'", error("y ~ x)"));
        assertEquals("formula 'y ~ (a + b': expected ')' or '+' at position 11, found the end of the formula",
                error("y ~ (a + b"));
        assertEquals("formula 'y ~ I((x+1)': expected ',' or ')' to close I( opened at position 6) at position 12,"
                + " found the end of the formula", error("y ~ I((x+1)"));
    }

    @Test
    void powerAndRatioNeedI() {
        assertEquals("formula 'y ~ x^2': '^' between terms is not supported; write I(x^2) for a power (position 6)",
                error("y ~ x^2"));
        assertEquals("formula 'y ~ a/b': '/' between terms is not supported; write I(a/b) for a ratio (position 6)",
                error("y ~ a/b"));
    }

    @Test
    void numbersAsTerms() {
        assertTrue(error("y ~ x + 2").contains("the number 2 is not a term"));
        assertTrue(error("y ~ 2:x").contains("a number cannot be part of an interaction"));
        assertTrue(error("y ~ (x - 1)").contains("cannot be set inside parentheses"));
    }

    @Test
    void lexicalErrors() {
        assertEquals("formula 'y ~ x % z': unexpected character '%' at position 7", error("y ~ x % z"));
        assertEquals("formula 'y ~ \"x\"': unexpected character '\"' at position 5 (quote odd column names with"
                + " backquotes: `my col`)", error("y ~ \"x\""));
        assertEquals("formula 'y ~ `odd': the backquote at position 5 is never closed", error("y ~ `odd"));
        assertTrue(error("y ~ 2005gdp").contains("'2005g' at position 5 is neither a number nor a name"));
        assertEquals("the formula is empty", error("  "));
    }

    @Test
    void unknownFunctionsAndBadArgumentsAreCollected() {
        InputException e = assertThrows(InputException.class,
                () -> Formula.parse("y ~ lg(x) + lag(x, 1, 2) + lag(x, z) + lag(x, 1.5) + winsor(x, 0.99, 0.01)"
                        + " + winsor(x, .01, .99, 3) + diff(x, 0)"));
        List<String> p = e.problems();
        assertEquals(7, p.size(), p.toString());
        String pre = "formula 'y ~ lg(x) + lag(x, 1, 2) + lag(x, z) + lag(x, 1.5) + winsor(x, 0.99, 0.01)"
                + " + winsor(x, .01, .99, 3) + diff(x, 0)': ";
        assertTrue(p.get(0).startsWith(pre + "unknown function 'lg' at position 5 (did you mean 'log'?); functions: log,"),
                p.get(0));
        assertEquals(pre + "lag() at position 13 takes 1 or 2 arguments but has 3; usage: lag(x[, k]): x of the same"
                + " entity in period t-k (k = 1 by default)", p.get(1));
        assertTrue(p.get(2).startsWith(pre + "argument 2 of lag() at position 35 must be a number, not 'z'"), p.get(2));
        assertTrue(p.get(3).startsWith(pre + "lag() at position 40: k must be a whole number of periods, not 1.5"),
                p.get(3));
        assertTrue(p.get(4).contains("winsor() at position 54: lo (0.99) must be below hi (0.01)"), p.get(4));
        assertTrue(p.get(5).contains("type must be 1, 2 (Stata's _pctile, the default), 6 or 7 (R's default), not 3"),
                p.get(5));
        assertTrue(p.get(6).contains("diff() at position 103: k must be a whole number of periods of at least 1, not 0"),
                p.get(6));
    }

    @Test
    void expressionErrors() {
        assertEquals("expression 'log(x) ~ y': expected an operator or the end of the expression ('~' belongs in"
                + " formulas) at position 8, found '~'",
                assertThrows(InputException.class, () -> Expression.parse("log(x) ~ y")).getMessage());
        assertEquals("expression 'a:b': expected an operator or the end of the expression at position 2, found ':'",
                assertThrows(InputException.class, () -> Expression.parse("a:b")).getMessage());
        assertEquals("expression 'a *': expected a variable, a number, a function call or '(' at position 4, found the"
                + " end of the expression", assertThrows(InputException.class, () -> Expression.parse("a *")).getMessage());
    }

    @Test
    void customFunctionsCanBeRegistered() {
        FunctionRegistry reg = FunctionRegistry.standard()
                .with(FormulaFunction.elementwise("double", v -> 2 * v, null, "double(x): 2x"));
        Formula f = Formula.parse("y ~ double(x)", reg);
        assertEquals("double(x)", f.termLabels().get(0));
        assertThrows(InputException.class, () -> Formula.parse("y ~ double(x)"));
        PanelFrame frame = PanelFrame.builder().entities(1, 1).times(1, 2).column("x", 1, 2).column("y", 0, 0).build();
        assertEquals(List.of(2.0, 4.0), List.of(f.modelFrame(frame).column("double(x)")[0],
                f.modelFrame(frame).column("double(x)")[1]));
        assertTrue(FunctionRegistry.standard().names().containsAll(
                List.of("log", "exp", "sqrt", "abs", "lag", "lead", "diff", "I", "scale", "winsor", "trim",
                        "mean_by_entity")));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithTheLimitNamed() {
        String deep = "(".repeat(3000) + "x" + ")".repeat(3000);
        InputException e = assertThrows(InputException.class, () -> Formula.parse("y ~ " + deep));
        assertTrue(e.getMessage().contains("nested more than 200 levels deep"), e.getMessage());
        InputException calls = assertThrows(InputException.class,
                () -> Expression.parse("log(".repeat(300) + "x" + ")".repeat(300)));
        assertTrue(calls.getMessage().contains("the limit is 200"), calls.getMessage());
        InputException signs = assertThrows(InputException.class, () -> Expression.parse("-".repeat(3000) + "x"));
        assertTrue(signs.getMessage().contains("the limit is 200"), signs.getMessage());
        InputException powers = assertThrows(InputException.class,
                () -> Expression.parse("x" + "^x".repeat(3000)));
        assertTrue(powers.getMessage().contains("the limit is 200"), powers.getMessage());
        // 200 levels are fine
        String ok = "(".repeat(199) + "x" + ")".repeat(199);
        assertEquals(Set.of("x"), Expression.parse(ok).variables());
    }

    @Test
    void aFormulaLongerThanTheLimitIsRefused() {
        String longSum = "y ~ x" + " + x".repeat(4000);
        InputException e = assertThrows(InputException.class, () -> Formula.parse(longSum));
        assertTrue(e.getMessage().contains("characters long; the limit is 10000"), e.getMessage());
    }
}
