package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.List;

/**
 * One absorbed factor of a formula's fixed-effects part: a column ({@code entity}) or the
 * combination of several ({@code province^year}: one level per distinct pair).
 */
public record FixedEffect(List<String> columns) {
    public FixedEffect {
        columns = List.copyOf(columns);
    }

    /** As written in formulas: {@code year}, {@code province^year}. */
    public String label() {
        List<String> q = new ArrayList<>();
        columns.forEach(c -> q.add(Expression.quoteName(c)));
        return String.join("^", q);
    }

    @Override
    public String toString() {
        return label();
    }
}
