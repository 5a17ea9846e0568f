package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.Term;

/** The {@code focal} parameter read as terms of the formula. */
final class FocalTerms {

    private FocalTerms() {
    }

    /**
     * The formula terms named by {@code focal}, in the order given (labels as the formula writes them); empty when
     * {@code focal} is not set. Throws an {@link InputException} naming every item that is not a term.
     */
    static List<String> of(Formula formula, Parameters p) {
        List<String> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String item : rejoin(p.list(PanelParameters.FOCAL))) {
            Term term;
            try {
                List<Term> terms = Formula.parse("y ~ " + item).terms();
                if (terms.size() != 1) {
                    problems.add("focal '" + item + "' is not a single term of the formula; give the terms one by one, "
                            + "comma-separated");
                    continue;
                }
                term = terms.get(0);
            } catch (InputException e) {
                problems.add("focal '" + item + "' is not a formula term: " + String.join("; ", e.problems()));
                continue;
            }
            int at = formula.terms().indexOf(term);
            if (at < 0) {
                problems.add("focal '" + item + "' is not a term of the formula " + formula.text() + "; its terms: "
                        + String.join(", ", formula.termLabels()));
                continue;
            }
            String label = formula.terms().get(at).label();
            if (!out.contains(label)) {
                out.add(label);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** A list parameter splits at every comma: join the pieces that were split inside parentheses ({@code lag(x,1)}). */
    private static List<String> rejoin(List<String> items) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        int depth = 0;
        for (String item : items) {
            cur = cur == null ? new StringBuilder(item) : cur.append(',').append(item);
            boolean quoted = false;
            for (char ch : item.toCharArray()) {
                if (ch == '`') {
                    quoted = !quoted;
                } else if (!quoted && ch == '(') {
                    depth++;
                } else if (!quoted && ch == ')') {
                    depth--;
                }
            }
            if (depth <= 0) {
                out.add(cur.toString());
                cur = null;
                depth = 0;
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
