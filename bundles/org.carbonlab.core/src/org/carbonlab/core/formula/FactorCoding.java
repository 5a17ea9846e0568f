package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.carbonlab.core.data.Cells;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;

/**
 * The level of every frame row for one level column (a factor term's or a fixed effect's): the
 * column's numbers when all its cells are numbers (levels in ascending numeric order, written in
 * shortest form: {@code 2014}, {@code -1}, {@code 0.5}), its text otherwise (levels in sorted string
 * order). Binning ({@code bin = c(lo, hi)}) pools values below lo into lo and above hi into hi.
 */
final class FactorCoding {
    private final String column;
    private final boolean numeric;
    /** Level text of each frame row, null when missing. */
    private final String[] key;
    private final double[] value;

    private FactorCoding(String column, boolean numeric, String[] key, double[] value) {
        this.column = column;
        this.numeric = numeric;
        this.key = key;
        this.value = value;
    }

    static FactorCoding of(PanelFrame frame, String column, double[] bin, String where) {
        int n = frame.rows();
        String[] key = new String[n];
        if (frame.isNumeric(column)) {
            double[] v = frame.numeric(column);
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(v[i])) {
                    if (bin != null) {
                        v[i] = Math.min(Math.max(v[i], bin[0]), bin[1]);
                    }
                    key[i] = Expression.formatNumber(v[i]);
                } else {
                    v[i] = Double.NaN;
                }
            }
            return new FactorCoding(column, true, key, v);
        }
        if (bin != null) {
            throw new InputException(where + ": bin = c(lo, hi) pools numeric levels, but column '" + column
                    + "' holds text");
        }
        return new FactorCoding(column, false, frame.text(column), null);
    }

    boolean missing(int row) {
        return key[row] == null;
    }

    String key(int row) {
        return key[row];
    }

    /** The distinct levels among {@code rows}, sorted (numerically for numeric columns). */
    List<String> levels(int[] rows) {
        Set<String> distinct = new LinkedHashSet<>();
        List<Double> numbers = new ArrayList<>();
        for (int r : rows) {
            if (key[r] != null && distinct.add(key[r]) && numeric) {
                numbers.add(value[r]);
            }
        }
        if (numeric) {
            List<String> out = new ArrayList<>();
            new TreeSet<>(numbers).forEach(v -> out.add(Expression.formatNumber(v)));
            return out;
        }
        List<String> out = new ArrayList<>(distinct);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The level a written reference denotes ({@code 2013}, {@code "east"}), or null if none matches. */
    String levelOf(Object ref) {
        if (ref instanceof Double d) {
            return Expression.formatNumber(d);
        }
        String s = (String) ref;
        if (numeric) {
            double v = Cells.parseNumber(s);
            return Double.isNaN(v) ? null : Expression.formatNumber(v);
        }
        return s;
    }

    /** The reference levels of {@code factor} among {@code levels}, with a clear error for unknown ones. */
    Set<String> references(Factor factor, List<String> levels) {
        Set<String> refs = new LinkedHashSet<>();
        if (factor.references().isEmpty()) {
            if (factor.slope() == null && !levels.isEmpty()) {
                refs.add(levels.get(0));
            }
            return refs;
        }
        for (Object r : factor.references()) {
            String level = levelOf(r);
            if (level == null || !levels.contains(level)) {
                double[] bin = factor.bin();
                String binned = bin == null ? "" : " (bin = c(" + Expression.formatNumber(bin[0]) + ", "
                        + Expression.formatNumber(bin[1]) + ") pools values beyond the limits into them)";
                throw new InputException("reference level " + Factor.literal(r) + " of " + factor.label()
                        + " is not a level of column '" + column + "' in the rows used" + binned + "; levels: "
                        + listLevels(levels));
            }
            refs.add(level);
        }
        return refs;
    }

    static String listLevels(List<String> levels) {
        if (levels.size() <= 30) {
            return String.join(", ", levels);
        }
        return String.join(", ", levels.subList(0, 30)) + " … (" + levels.size() + " levels)";
    }
}
