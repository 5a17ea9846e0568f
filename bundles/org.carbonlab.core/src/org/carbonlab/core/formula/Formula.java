package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;

/**
 * An R-style model formula, {@code y ~ x1 + log(x2) + lag(x3,1) + diff(x4) + I(x5^2) + x6:x7 + x8*x9 - 1},
 * with fixest's parts for fixed effects and instruments:
 * {@code y ~ x + i(rel_time, ref = -1) | entity + year | gdp ~ z1 + z2}.
 *
 * <ul>
 * <li>Left of {@code ~}: one expression, the response ({@code log(co2)} is fine).</li>
 * <li>Right: terms joined by {@code +}. {@code a:b} is the product of a and b as one term;
 * {@code a*b} means {@code a + b + a:b}; parentheses group terms ({@code (a+b):c} = {@code a:c + b:c}).
 * {@code - 1} or {@code + 0} removes the intercept ({@code + 1} restores it); {@code - x} removes
 * the term x (terms are added and removed from left to right, as in R).</li>
 * <li>A term is a variable, a function call ({@link BuiltinFunctions}) or {@code I(...)} around
 * arithmetic, or a factor (below). Outside {@code I()}, {@code ^} and {@code /} are errors (they
 * mean crossing and nesting in R, which CarbonLab does not support) with a hint to use {@code I()}.</li>
 * <li>Names: letters (any script), digits, {@code _} and {@code .}, not starting with a digit;
 * any other column name goes in backquotes ({@code `GDP per capita`}). Strings ({@code "east"} or
 * {@code 'east'}) appear only as values of named arguments.</li>
 * </ul>
 * Duplicate terms are removed (also {@code a:b} after {@code b:a}). Unlike R, terms are not
 * reordered by interaction order across the formula: columns follow the formula as written, with
 * the intercept {@code (Intercept)} first; only the expansion of one product lists main effects
 * before interactions ({@code a*b*c} = {@code a + b + c + a:b + a:c + b:c + a:b:c}, as in R).
 *
 * <h2>Factors</h2>
 * {@code factor(g, ...)} and {@code i(g, ...)} turn the column g (text or numbers, the entity and
 * time columns included) into 0/1 columns, one per level kept:
 * <ul>
 * <li>Levels are the values of g in the rows used (after listwise deletion); a level absent there
 * gets no column. Numeric columns (every cell a number) have numeric levels in ascending order,
 * written in shortest form ({@code 2014}, {@code -1}, {@code 0.5}); text columns have their text
 * levels in sorted (string) order.</li>
 * <li>Reference: {@code ref = level} or {@code ref = c(level, ...)} ({@code ref = "east"},
 * {@code ref = 2013}) leaves those levels out; by default the first level is left out (treatment
 * contrasts). A reference that is not a level of the rows used is an input error naming the
 * column and listing its levels. Unlike R, {@code - 1} does not bring the reference level back.
 * Unlike fixest, {@code i(g)} without {@code ref} also leaves the first level out, so that the
 * design stays of full rank with an intercept.</li>
 * <li>Names: R style for {@code factor()}, {@code factor(region)east}; fixest style for
 * {@code i()}, {@code year::2014}.</li>
 * <li>Slopes: {@code i(g, x)} is x times each level's dummy, named {@code g::east:x}; it keeps
 * every level unless {@code ref} is given (as in fixest). {@code x} may be any expression.</li>
 * <li>Interactions: {@code x:factor(g)} is x times each non-reference dummy
 * ({@code x:factor(g)east}; {@code factor(g):x} gives {@code factor(g)east:x}); {@code x*factor(g)}
 * = {@code x + factor(g) + x:factor(g)}. {@code factor(a):factor(b)} multiplies the non-reference
 * dummies of both (names joined by ':'); combinations that never occur in the rows used get no
 * column.</li>
 * <li>Event time: {@code bin = c(lo, hi)} pools values below lo into lo and values above hi into
 * hi before levels are taken, so {@code i(rel_time, ref = -1, bin = c(-5, 5))} has the columns
 * {@code rel_time::-5} (meaning ≤ −5), …, {@code rel_time::5} (≥ 5) without −1. Only numeric
 * columns can be binned.</li>
 * <li>Missing levels: by default ({@code na = "drop"}) a row whose level is missing is dropped
 * listwise, as in R and fixest. {@code na = "ref"} instead gives such rows zeros in every dummy
 * (as if they were at the reference): the usual way to keep never-treated units, whose event time
 * is missing, as controls in an event study.</li>
 * <li>A factor is not a number: it cannot appear inside arithmetic, function calls or the
 * response; the names {@code factor}, {@code i} and {@code c} are reserved.</li>
 * </ul>
 *
 * <h2>Fixed effects</h2>
 * {@code y ~ x1 + x2 | entity + year + province^year}: after the first {@code |}, the absorbed
 * factors joined by {@code +}, each a column of the frame (text or numbers, the entity and time
 * columns included) or a combination of columns with {@code ^} (one level per distinct
 * combination). There is then no intercept column (the fixed effects absorb it). A row with a
 * missing fixed-effect value is dropped listwise. {@link ModelFrame#absorbedFactors()} gives the
 * level codes and {@link ModelFrame#demeaned()} the columns with the fixed effects projected out.
 *
 * <h2>Instruments</h2>
 * The last part, if it contains {@code ~}, lists the endogenous terms and the excluded
 * instruments, as in fixest: {@code y ~ x | fe | endog ~ z1 + z2} or, without fixed effects,
 * {@code y ~ x | endog ~ z1 + z2}. Both sides are terms like the right-hand side's (functions and
 * factors allowed); a term may not be both exogenous and endogenous. Their rows take part in the
 * same listwise deletion ({@link ModelFrame#endogenous()}, {@link ModelFrame#instruments()}).
 */
public final class Formula {
    /** The label of the intercept column. */
    public static final String INTERCEPT = "(Intercept)";

    private final String text;
    private final Expression response;
    private final List<Term> terms;
    private final boolean intercept;
    private final List<FixedEffect> fixedEffects;
    private final List<Term> endogenous;
    private final List<Term> instruments;

    Formula(String text, Expression response, List<Term> terms, boolean intercept, List<FixedEffect> fixedEffects,
            List<Term> endogenous, List<Term> instruments) {
        this.text = text;
        this.response = response;
        this.terms = List.copyOf(terms);
        this.intercept = intercept;
        this.fixedEffects = List.copyOf(fixedEffects);
        this.endogenous = List.copyOf(endogenous);
        this.instruments = List.copyOf(instruments);
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

    /** True when the design has an intercept column: never with fixed effects (they absorb it). */
    public boolean hasIntercept() {
        return intercept && fixedEffects.isEmpty();
    }

    /** The absorbed factors of the fixed-effects part, in order; empty without one. */
    public List<FixedEffect> fixedEffects() {
        return fixedEffects;
    }

    public boolean hasFixedEffects() {
        return !fixedEffects.isEmpty();
    }

    /** The endogenous terms of the instrument part ({@code endog} of {@code | endog ~ z}); empty without one. */
    public List<Term> endogenous() {
        return endogenous;
    }

    /** The excluded instruments ({@code z1 + z2} of {@code | endog ~ z1 + z2}); empty without an instrument part. */
    public List<Term> instruments() {
        return instruments;
    }

    public boolean hasInstruments() {
        return !endogenous.isEmpty();
    }

    /** True when some term (of any part) holds a {@code factor()} or {@code i()} factor. */
    public boolean hasFactorTerms() {
        for (List<Term> part : List.of(terms, endogenous, instruments)) {
            for (Term t : part) {
                if (t.hasFactor()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The design's column labels before factors are expanded: {@code (Intercept)} (if any) then
     * the term labels. With factor terms the design has more columns; {@link ModelFrame#columnLabels()}
     * gives them.
     */
    public List<String> columnLabels() {
        List<String> out = new ArrayList<>();
        if (hasIntercept()) {
            out.add(INTERCEPT);
        }
        out.addAll(termLabels());
        return Collections.unmodifiableList(out);
    }

    /** Every column the formula uses, the response's first, then the terms', fixed effects', endogenous and instruments'. */
    public Set<String> variables() {
        Set<String> s = new LinkedHashSet<>(response.variables());
        for (Term t : terms) {
            s.addAll(t.variables());
        }
        for (FixedEffect fe : fixedEffects) {
            s.addAll(fe.columns());
        }
        for (Term t : endogenous) {
            s.addAll(t.variables());
        }
        for (Term t : instruments) {
            s.addAll(t.variables());
        }
        s.addAll(levelVariables());
        return Collections.unmodifiableSet(s);
    }

    /**
     * The columns used as levels (of factor terms and fixed effects) or read as text (string comparisons and
     * group keys inside expressions): they may hold text.
     */
    public Set<String> levelVariables() {
        Set<String> s = new LinkedHashSet<>(response.textVariables());
        for (List<Term> part : List.of(terms, endogenous, instruments)) {
            for (Term t : part) {
                for (Expression e : t.factors()) {
                    if (e instanceof Factor f) {
                        s.add(f.column());
                    }
                    s.addAll(e.textVariables());
                }
            }
        }
        for (FixedEffect fe : fixedEffects) {
            s.addAll(fe.columns());
        }
        return Collections.unmodifiableSet(s);
    }

    /** The columns used as numbers (everything but {@link #levelVariables()}, unless also used as a number). */
    public Set<String> numericVariables() {
        Set<String> s = new LinkedHashSet<>(response.variables());
        for (List<Term> part : List.of(terms, endogenous, instruments)) {
            for (Term t : part) {
                for (Expression e : t.factors()) {
                    if (e instanceof Factor f) {
                        if (f.slope() != null) {
                            s.addAll(f.slope().variables());
                        }
                    } else {
                        s.addAll(e.variables());
                    }
                }
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /**
     * What stops this formula from being evaluated on {@code frame}, one message per problem
     * (unknown variables in one message with suggestions; non-numeric and entirely missing
     * columns). For an estimator's validate phase. Empty when all is well.
     */
    public List<String> check(PanelFrame frame) {
        return Evaluator.checkVariables(frame, numericVariables(), levelVariables(), "formula '" + text + "'");
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
            sb.append(intercept ? "1" : "0");
        }
        sb.append(String.join(" + ", termLabels()));
        if (!intercept && fixedEffects.isEmpty() && !terms.isEmpty()) {
            sb.append(" - 1");
        }
        if (!fixedEffects.isEmpty()) {
            List<String> fe = new ArrayList<>();
            fixedEffects.forEach(f -> fe.add(f.label()));
            sb.append(" | ").append(String.join(" + ", fe));
        }
        if (!endogenous.isEmpty()) {
            List<String> en = new ArrayList<>();
            endogenous.forEach(t -> en.add(t.label()));
            List<String> z = new ArrayList<>();
            instruments.forEach(t -> z.add(t.label()));
            sb.append(" | ").append(String.join(" + ", en)).append(" ~ ").append(String.join(" + ", z));
        }
        return sb.toString();
    }
}
