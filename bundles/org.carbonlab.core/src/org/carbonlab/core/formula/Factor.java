package org.carbonlab.core.formula;

import java.util.List;
import java.util.Set;

/**
 * A factor in a term: {@code factor(region)}, {@code i(year, ref = 2013)},
 * {@code i(rel_time, ref = -1, bin = c(-5, 5))} or {@code i(g, x)}. It stands for several 0/1
 * columns (one per level kept), so it cannot be part of arithmetic; {@link ModelFrame} expands it
 * (see {@link Formula} for the rules and the column names).
 */
public final class Factor extends Expression {
    /** How the columns are named: R's {@code factor(g)east} or fixest's {@code g::east}. */
    public enum Style {
        FACTOR("factor"), I("i");

        final String function;

        Style(String function) {
            this.function = function;
        }
    }

    private final Style style;
    private final String column;
    private final Expression slope;
    private final List<Object> refs;
    private final double[] bin;
    private final boolean missingAsReference;

    Factor(Style style, String column, Expression slope, List<Object> refs, double[] bin, boolean missingAsReference) {
        this.style = style;
        this.column = column;
        this.slope = slope;
        this.refs = List.copyOf(refs);
        this.bin = bin == null ? null : bin.clone();
        this.missingAsReference = missingAsReference;
    }

    public Style style() {
        return style;
    }

    /** The column whose values are the levels. */
    public String column() {
        return column;
    }

    /** The variable interacted with every level ({@code x} of {@code i(g, x)}), or null. */
    public Expression slope() {
        return slope;
    }

    /**
     * The reference levels written ({@code Double} for numbers, {@code String} for strings); empty
     * when the default applies (the first level, or none for {@code i(g, x)}).
     */
    public List<Object> references() {
        return refs;
    }

    /** {@code {lo, hi}} of {@code bin = c(lo, hi)}, or null. */
    public double[] bin() {
        return bin == null ? null : bin.clone();
    }

    /** True for {@code na = "ref"}: rows with a missing level get zeros instead of being dropped. */
    public boolean missingAsReference() {
        return missingAsReference;
    }

    /** The name of the column for one level (its text as shown in {@link #levelText}). */
    String columnName(String level) {
        String base = style == Style.FACTOR ? "factor(" + quoteName(column) + ")" + level
                : quoteName(column) + "::" + level;
        return slope == null ? base : base + ":" + slope.label();
    }

    @Override
    public String label() {
        StringBuilder sb = new StringBuilder(style.function).append('(').append(quoteName(column));
        if (slope != null) {
            sb.append(',').append(slope.label());
        }
        if (!refs.isEmpty()) {
            sb.append(",ref=");
            if (refs.size() > 1) {
                sb.append("c(");
            }
            for (int i = 0; i < refs.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(literal(refs.get(i)));
            }
            if (refs.size() > 1) {
                sb.append(')');
            }
        }
        if (bin != null) {
            sb.append(",bin=c(").append(formatNumber(bin[0])).append(',').append(formatNumber(bin[1])).append(')');
        }
        if (missingAsReference) {
            sb.append(",na=\"ref\"");
        }
        return sb.append(')').toString();
    }

    static String literal(Object value) {
        return value instanceof Double d ? formatNumber(d) : "\"" + value + "\"";
    }

    @Override
    int precedence() {
        return ATOM;
    }

    @Override
    void collectTextVariables(Set<String> into) {
        if (slope != null) {
            slope.collectTextVariables(into);
        }
    }

    @Override
    void collectVariables(Set<String> into) {
        into.add(column);
        if (slope != null) {
            slope.collectVariables(into);
        }
    }

    @Override
    double[] eval(Evaluator ev) {
        throw new IllegalStateException(label() + " is a factor: ModelFrame expands it into dummy columns");
    }
}
