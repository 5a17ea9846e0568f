package org.carbonlab.core.formula;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@link FormulaFunction.ArgKind#GROUP} argument: a column of any type, or the words {@code entity} and
 * {@code time} (unquoted) for the panel's own entity and period whatever their columns are called. It evaluates
 * to group numbers 0, 1, ... in order of first appearance, NaN where the column is missing.
 */
final class GroupKey extends Expression {
    static final String ENTITY = "entity";
    static final String TIME = "time";

    /** The word ({@code entity} or {@code time}), or null for a column. */
    final String word;
    final String column;

    GroupKey(String word, String column) {
        this.word = word;
        this.column = column;
    }

    @Override
    public String label() {
        return column == null ? word : quoteName(column);
    }

    @Override
    int precedence() {
        return ATOM;
    }

    @Override
    void collectVariables(Set<String> into) {
    }

    @Override
    void collectTextVariables(Set<String> into) {
        if (column != null) {
            into.add(column);
        }
    }

    @Override
    double[] eval(Evaluator ev) {
        int n = ev.rows();
        double[] out = new double[n];
        if (column == null) {
            if (word.equals(TIME)) {
                ev.frame().requirePeriods();
            }
            int[] idx = word.equals(ENTITY) ? ev.frame().entityIndices() : ev.frame().timeIndices();
            for (int r = 0; r < n; r++) {
                out[r] = idx[r];
            }
            return out;
        }
        String[] text = ev.text(column);
        Map<String, Integer> ids = new HashMap<>();
        for (int r = 0; r < n; r++) {
            if (text[r] == null) {
                out[r] = Double.NaN;
            } else {
                Integer id = ids.get(text[r]);
                if (id == null) {
                    id = ids.size();
                    ids.put(text[r], id);
                }
                out[r] = id;
            }
        }
        return out;
    }
}
