package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;

/**
 * An R-style model formula, {@code y ~ x1 + log(x2) + lag(x3,1) + diff(x4) + I(x5^2) + x6:x7 + x8*x9 - 1}.
 *
 * <ul>
 * <li>Left of {@code ~}: one expression, the response ({@code log(co2)} is fine).</li>
 * <li>Right: terms joined by {@code +}. {@code a:b} is the product of a and b as one term;
 * {@code a*b} means {@code a + b + a:b}; parentheses group terms ({@code (a+b):c} = {@code a:c + b:c}).
 * {@code - 1} or {@code + 0} removes the intercept ({@code + 1} restores it); {@code - x} removes
 * the term x (terms are added and removed from left to right, as in R).</li>
 * <li>A term is a variable, a function call ({@link BuiltinFunctions}) or {@code I(...)} around
 * arithmetic. Outside {@code I()}, {@code ^} and {@code /} are errors (they mean crossing and
 * nesting in R, which CarbonLab does not support) with a hint to use {@code I()}.</li>
 * <li>Names: letters (any script), digits, {@code _} and {@code .}, not starting with a digit;
 * any other column name goes in backquotes ({@code `GDP per capita`}).</li>
 * </ul>
 * Duplicate terms are removed (also {@code a:b} after {@code b:a}). Unlike R, terms are not
 * reordered by interaction order across the formula: columns follow the formula as written, with
 * the intercept {@code (Intercept)} first; only the expansion of one product lists main effects
 * before interactions ({@code a*b*c} = {@code a + b + c + a:b + a:c + b:c + a:b:c}, as in R).
 */
public final class Formula {
    /** The label of the intercept column. */
    public static final String INTERCEPT = "(Intercept)";

    private final String text;
    private final Expression response;
    private final List<Term> terms;
    private final boolean intercept;

    Formula(String text, Expression response, List<Term> terms, boolean intercept) {
        this.text = text;
        this.response = response;
        this.terms = List.copyOf(terms);
        this.intercept = intercept;
    }

    /** Parses with the {@linkplain FunctionRegistry#standard() standard functions}. */
    public static Formula parse(String text) {
        return parse(text, FunctionRegistry.standard());
    }

    public static Formula parse(String text, FunctionRegistry registry) {
        return new Parser(text, registry, "formula").parseFormula();
    }

    /** The formula as written. */
    public String text() {
        return text;
    }

    public Expression response() {
        return response;
    }

    public String responseLabel() {
        return response.label();
    }

    /** The right-hand-side terms in order, without the intercept. */
    public List<Term> terms() {
        return terms;
    }

    public List<String> termLabels() {
        List<String> out = new ArrayList<>();
        terms.forEach(t -> out.add(t.label()));
        return Collections.unmodifiableList(out);
    }

    public boolean hasIntercept() {
        return intercept;
    }

    /** The design's column labels: {@code (Intercept)} (if any) then the term labels. */
    public List<String> columnLabels() {
        List<String> out = new ArrayList<>();
        if (intercept) {
            out.add(INTERCEPT);
        }
        out.addAll(termLabels());
        return Collections.unmodifiableList(out);
    }

    /** Every column the formula uses, the response's first. */
    public Set<String> variables() {
        Set<String> s = new LinkedHashSet<>(response.variables());
        for (Term t : terms) {
            s.addAll(t.variables());
        }
        return Collections.unmodifiableSet(s);
    }

    /**
     * What stops this formula from being evaluated on {@code frame}, one message per problem
     * (unknown variables in one message with suggestions; non-numeric and entirely missing
     * columns). For an estimator's validate phase. Empty when all is well.
     */
    public List<String> check(PanelFrame frame) {
        return Evaluator.checkVariables(frame, variables(), "formula '" + text + "'");
    }

    /** The evaluated design over {@code frame} (see {@link ModelFrame}). */
    public ModelFrame modelFrame(PanelFrame frame) {
        return ModelFrame.of(frame, this);
    }

    /** The normalised formula: {@code y ~ x + log(z)}, ending in {@code - 1} without an intercept. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(response.label()).append(" ~ ");
        if (terms.isEmpty()) {
            return sb.append(intercept ? "1" : "0").toString();
        }
        sb.append(String.join(" + ", termLabels()));
        if (!intercept) {
            sb.append(" - 1");
        }
        return sb.toString();
    }
}
