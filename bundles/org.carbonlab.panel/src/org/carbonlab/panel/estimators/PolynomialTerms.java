package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.Term;

/**
 * Detects the polynomials of a formula, whose turning points {@link TurningPointReport} reports.
 * <p>
 * A <em>focal variable</em> is a single-factor term {@code x} (a column or an expression such as {@code log(gdp)})
 * whose square is also a term ({@code I(x^2)} or {@code I(x*x)}, compared by canonical label, so {@code I(x ^ 2)}
 * and {@code I((x)^2)} count) and optionally its cube ({@code I(x^3)}); the effect of x is then
 * b1·x + b2·x² (+ b3·x³). Other terms (controls, other polynomials) do not enter; an interaction that contains the
 * focal variable is named in a warning (the turning point then holds where the interacting variable is zero).
 */
final class PolynomialTerms {

    /** A focal variable with polynomial terms: the labels of its powers 1..d. */
    record Polynomial(String focal, List<String> terms) {
        int degree() {
            return terms.size();
        }
    }

    private PolynomialTerms() {
    }

    /**
     * Every focal variable of the formula with polynomial terms, in formula order: single-factor terms x whose square
     * ({@code I(x^2)} or {@code I(x*x)}) is a term, with the cube ({@code I(x^3)}, {@code I(x*x*x)}) when present.
     */
    static List<Polynomial> detect(Formula formula) {
        List<String> labels = formula.termLabels();
        List<Polynomial> out = new ArrayList<>();
        for (Term t : formula.terms()) {
            if (t.isInteraction()) {
                continue;
            }
            String x = t.label();
            String square = power(labels, x, "I((" + x + ")^2)", "I((" + x + ")*(" + x + "))");
            if (square == null) {
                continue;
            }
            List<String> terms = new ArrayList<>(List.of(x, square));
            String cube = power(labels, x, "I((" + x + ")^3)", "I((" + x + ")*(" + x + ")*(" + x + "))");
            if (cube != null) {
                terms.add(cube);
            }
            out.add(new Polynomial(x, List.copyOf(terms)));
        }
        return out;
    }

    /** The label of the first spelling that is a term of the formula, or null. */
    private static String power(List<String> labels, String x, String... spellings) {
        for (String s : spellings) {
            try {
                String label = Expression.parse(s).label();
                if (labels.contains(label) && !label.equals(x)) {
                    return label;
                }
            } catch (InputException e) {
                // a focal label that cannot be wrapped in I(): no polynomial
            }
        }
        return null;
    }

    /**
     * The polynomials to report: every one, or those of the focal terms; warns about focal terms without any (unless
     * {@code by} is set: there the focal terms also choose what the group test compares) and about interactions that
     * contain a focal variable.
     */
    static List<Polynomial> select(Formula formula, List<String> focal, boolean by,
            Consumer<String> warn) {
        List<Polynomial> all = detect(formula);
        List<Polynomial> chosen = new ArrayList<>();
        for (Polynomial poly : all) {
            if (focal.isEmpty() || poly.terms().stream().anyMatch(focal::contains)) {
                chosen.add(poly);
            }
        }
        if (!by) {
            for (String f : focal) {
                if (all.stream().noneMatch(poly -> poly.focal().equals(f) || poly.terms().contains(f))) {
                    warn.accept("focal term " + f + " has no polynomial terms (" + f + " + I(" + f + "^2)) in the formula "
                            + formula.text() + ", so no turning point is reported for it");
                }
            }
        }
        for (Polynomial poly : chosen) {
            List<String> inter = new ArrayList<>();
            for (Term t : formula.terms()) {
                if (t.isInteraction() && t.factors().stream().anyMatch(e -> poly.terms().contains(e.label()))) {
                    inter.add(t.label());
                }
            }
            if (!inter.isEmpty()) {
                warn.accept("the focal variable " + poly.focal() + " also enters " + String.join(", ", inter)
                        + "; its turning point and U test use the polynomial terms " + String.join(", ", poly.terms())
                        + " only, i.e. they hold where the interacting variables are zero");
            }
        }
        return chosen;
    }
}
