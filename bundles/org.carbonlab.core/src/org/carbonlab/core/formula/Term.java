package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One right-hand-side term: a single expression ({@code log(pcap)}) or the product of several
 * ({@code x6:x7}). Its label joins the factors' labels with ':' in the order written; terms with
 * the same factors in another order ({@code b:a}) are the same term, as in R.
 */
public final class Term {
    private final List<Expression> factors;
    private final String label;
    private final String key;

    Term(List<Expression> factors) {
        List<Expression> distinct = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Expression f : factors) {
            if (seen.add(f.label())) {
                distinct.add(f);
            }
        }
        this.factors = List.copyOf(distinct);
        this.label = String.join(":", seen);
        this.key = String.join("\u0000", new TreeSet<>(seen));
    }

    /** The factors multiplied together (one for a plain term). */
    public List<Expression> factors() {
        return factors;
    }

    /** The term's label: {@code value}, {@code log(pcap)}, {@code lag(lemp,1)}, {@code x6:x7}. */
    public String label() {
        return label;
    }

    /** True when a factor of the term is a {@link Factor} ({@code factor(g)}, {@code i(g)}): it expands to several columns. */
    public boolean hasFactor() {
        for (Expression f : factors) {
            if (f instanceof Factor) {
                return true;
            }
        }
        return false;
    }

    public boolean isInteraction() {
        return factors.size() > 1;
    }

    /** The columns the term uses. */
    public Set<String> variables() {
        Set<String> s = new LinkedHashSet<>();
        for (Expression f : factors) {
            s.addAll(f.variables());
        }
        return Collections.unmodifiableSet(s);
    }

    /** Identity regardless of factor order. */
    String key() {
        return key;
    }

    Term times(Term other) {
        List<Expression> all = new ArrayList<>(factors);
        all.addAll(other.factors);
        return new Term(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && t.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
