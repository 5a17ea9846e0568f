package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;

/**
 * One term evaluated over every frame row, then expanded into design columns over the rows used.
 * A term without factors is one column (the product of its parts, as always); a term with
 * {@link Factor}s is the product of its parts' columns: a numeric part is one column, a factor
 * part one 0/1 column per level kept (levels seen in the rows used, minus the reference levels),
 * times its slope for {@code i(g, x)}. Labels join the parts' names with ':' in the order written.
 */
final class TermColumns {
    private record FactorPart(Factor factor, FactorCoding coding, double[] slope) {
    }

    private final Term term;
    /** double[] (a numeric part over all frame rows) or FactorPart, in the order written. */
    private final List<Object> parts = new ArrayList<>();
    private final boolean[] missing;

    private TermColumns(Term term, int n) {
        this.term = term;
        this.missing = new boolean[n];
    }

    static TermColumns of(Term t, PanelFrame data, Evaluator ev) {
        int n = data.rows();
        TermColumns tc = new TermColumns(t, n);
        if (!t.hasFactor()) {
            double[] v = null;
            for (Expression f : t.factors()) {
                double[] fv = ev.evaluate(f, t.label());
                if (v == null) {
                    v = fv;
                } else {
                    for (int i = 0; i < n; i++) {
                        v[i] *= fv[i];
                    }
                }
            }
            tc.parts.add(v);
        } else {
            for (Expression f : t.factors()) {
                if (f instanceof Factor fac) {
                    double[] slope = fac.slope() == null ? null : ev.evaluate(fac.slope(), t.label());
                    FactorCoding coding = FactorCoding.of(data, fac.column(), fac.bin(), "term " + t.label());
                    tc.parts.add(new FactorPart(fac, coding, slope));
                } else {
                    tc.parts.add(ev.evaluate(f, t.label()));
                }
            }
        }
        for (Object p : tc.parts) { // part by part: one tight loop over the rows each
            for (int i = 0; i < n; i++) {
                if (p instanceof double[] v ? !Double.isFinite(v[i]) : missing((FactorPart) p, i)) {
                    tc.missing[i] = true;
                }
            }
        }
        return tc;
    }

    private static boolean missing(FactorPart p, int i) {
        if (p.slope != null && !Double.isFinite(p.slope[i])) {
            return true;
        }
        return p.coding.missing(i) && !p.factor.missingAsReference();
    }

    String label() {
        return term.label();
    }

    /** True when the term is missing in frame row i (which then drops out listwise). */
    boolean missing(int i) {
        return missing[i];
    }

    /**
     * Appends the term's columns over {@code rows} (labels, values, and the term label of each);
     * a factor term that keeps no level adds a warning.
     */
    void expand(int[] rows, List<String> labels, List<double[]> columns, List<String> termOfColumn,
            List<String> warnings) {
        int m = rows.length;
        if (!term.hasFactor()) {
            double[] all = (double[]) parts.get(0);
            double[] v = new double[m];
            for (int r = 0; r < m; r++) {
                v[r] = all[rows[r]];
            }
            labels.add(term.label());
            columns.add(v);
            termOfColumn.add(term.label());
            return;
        }
        double[] ones = new double[m];
        java.util.Arrays.fill(ones, 1.0);
        List<String> labs = new ArrayList<>(List.of(""));
        List<double[]> vals = new ArrayList<>(List.of(ones.clone()));
        List<double[]> present = new ArrayList<>(List.of(ones));
        int factorParts = 0;
        for (int p = 0; p < parts.size(); p++) {
            Object part = parts.get(p);
            if (part instanceof double[] all) {
                String name = term.factors().get(p).label();
                for (int k = 0; k < labs.size(); k++) {
                    labs.set(k, join(labs.get(k), name));
                    double[] v = vals.get(k);
                    for (int r = 0; r < m; r++) {
                        v[r] *= all[rows[r]];
                    }
                }
                continue;
            }
            FactorPart fp = (FactorPart) part;
            factorParts++;
            List<String> levels = fp.coding.levels(rows);
            Set<String> refs = fp.coding.references(fp.factor, levels);
            List<String> kept = new ArrayList<>(levels);
            kept.removeAll(refs);
            if (kept.isEmpty()) {
                warnings.add(fp.factor.label() + " has no level but its reference in the rows used ("
                        + FactorCoding.listLevels(levels) + "), so term " + term.label() + " adds no column");
            }
            List<String> nl = new ArrayList<>();
            List<double[]> nv = new ArrayList<>();
            List<double[]> np = new ArrayList<>();
            for (int k = 0; k < labs.size(); k++) {
                for (String level : kept) {
                    double[] v = new double[m];
                    double[] pr = new double[m];
                    for (int r = 0; r < m; r++) {
                        if (level.equals(fp.coding.key(rows[r]))) {
                            pr[r] = present.get(k)[r];
                            v[r] = vals.get(k)[r] * (fp.slope == null ? 1.0 : fp.slope[rows[r]]);
                        }
                    }
                    nl.add(join(labs.get(k), fp.factor.columnName(level)));
                    nv.add(v);
                    np.add(pr);
                }
            }
            labs = nl;
            vals = nv;
            present = np;
        }
        for (int k = 0; k < labs.size(); k++) {
            // combinations of two or more factors' levels that never occur get no column
            if (factorParts > 1 && allZero(present.get(k))) {
                continue;
            }
            labels.add(labs.get(k));
            columns.add(vals.get(k));
            termOfColumn.add(term.label());
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + ":" + b;
    }

    private static boolean allZero(double[] v) {
        for (double d : v) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }
}
