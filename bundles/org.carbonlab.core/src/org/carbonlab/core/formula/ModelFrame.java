package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;

/**
 * A formula evaluated over a panel: the response y, the design matrix X (an intercept column of
 * ones first when the formula has one, then one column per term), and the panel structure of the
 * rows used.
 *
 * <p><b>Listwise deletion.</b> A frame row is used only if the response, every term and every
 * extra expression are present and finite there (as Stata drops observations with any missing
 * value). Values that could not be computed (log of a non-positive number, division by zero) are
 * missing, counted in a warning naming the term; lags reaching outside the panel are missing
 * silently. The deletion itself is reported as a warning with the number of missing rows per
 * variable.
 *
 * <p><b>Errors.</b> Unknown variables (one message for all, with suggestions), non-numeric
 * columns (naming cells) and variables missing in every row are {@link InputException}s; when no
 * row is complete, an {@link EstimationException} says which terms are missing how often.
 *
 * <p>Entity and time indices are re-numbered over the rows used (0..G'−1 in the frame's entity
 * order, 0..T'−1 over the periods present). Arrays returned are copies.
 */
public final class ModelFrame {
    private final PanelFrame data;
    private final Formula formula;
    private final double[] y;
    private final double[][] x;
    private final List<String> columnLabels;
    private final List<String> extraLabels;
    private final double[][] extra;
    private final int[] rows;
    private final int[] entity;
    private final int[] time;
    private final List<String> entityLabels;
    private final long[] periods;
    private final List<String> warnings;

    private ModelFrame(PanelFrame data, Formula formula, double[] y, double[][] x, List<String> columnLabels,
            List<String> extraLabels, double[][] extra, int[] rows, int[] entity, int[] time,
            List<String> entityLabels, long[] periods, List<String> warnings) {
        this.data = data;
        this.formula = formula;
        this.y = y;
        this.x = x;
        this.columnLabels = columnLabels;
        this.extraLabels = extraLabels;
        this.extra = extra;
        this.rows = rows;
        this.entity = entity;
        this.time = time;
        this.entityLabels = entityLabels;
        this.periods = periods;
        this.warnings = warnings;
    }

    public static ModelFrame of(PanelFrame data, String formula) {
        return of(data, Formula.parse(formula), List.of());
    }

    public static ModelFrame of(PanelFrame data, Formula formula) {
        return of(data, formula, List.of());
    }

    /**
     * The design of {@code formula}, with {@code extra} expressions (instruments, cluster
     * variables, weights, mediators) evaluated over the same rows and included in the listwise
     * deletion.
     */
    public static ModelFrame of(PanelFrame data, Formula formula, List<Expression> extra) {
        Set<String> vars = new LinkedHashSet<>(formula.variables());
        for (Expression e : extra) {
            vars.addAll(e.variables());
        }
        List<String> problems = Evaluator.checkVariables(data, vars, "formula '" + formula.text() + "'");
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int n = data.rows();
        Evaluator ev = new Evaluator(data);
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        String yLabel = formula.responseLabel();
        double[] yAll = ev.evaluate(formula.response(), yLabel);
        List<String> termLabels = new ArrayList<>();
        List<double[]> termValues = new ArrayList<>();
        for (Term t : formula.terms()) {
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
            termLabels.add(t.label());
            termValues.add(v);
        }
        List<String> extraLabels = new ArrayList<>();
        List<double[]> extraValues = new ArrayList<>();
        for (Expression e : extra) {
            extraLabels.add(e.label());
            extraValues.add(ev.evaluate(e, e.label()));
        }
        labels.add(yLabel);
        values.add(yAll);
        labels.addAll(termLabels);
        values.addAll(termValues);
        labels.addAll(extraLabels);
        values.addAll(extraValues);

        int[] missing = new int[values.size()];
        boolean[] complete = new boolean[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (int k = 0; k < values.size(); k++) {
                if (!Double.isFinite(values.get(k)[i])) {
                    missing[k]++;
                    ok = false;
                }
            }
            complete[i] = ok;
            if (ok) {
                used++;
            }
        }
        List<String> warnings = new ArrayList<>(ev.warnings());
        if (used == 0) {
            throw new EstimationException("no complete observations for formula '" + formula.text() + "' in "
                    + data.origin() + " (" + n + " rows): " + missingSummary(labels, missing, n));
        }
        if (used < n) {
            warnings.add((n - used) + " of " + n + " rows of " + data.origin()
                    + " dropped because of missing values (rows missing per variable: "
                    + missingSummary(labels, missing, n) + ")");
        }
        int[] rows = new int[used];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (complete[i]) {
                rows[j++] = i;
            }
        }
        double[] y = new double[used];
        int kx = (formula.hasIntercept() ? 1 : 0) + termValues.size();
        double[][] x = new double[used][kx];
        double[][] ex = new double[extraValues.size()][used];
        for (int r = 0; r < used; r++) {
            int i = rows[r];
            y[r] = yAll[i];
            int c = 0;
            if (formula.hasIntercept()) {
                x[r][c++] = 1.0;
            }
            for (double[] tv : termValues) {
                x[r][c++] = tv[i];
            }
            for (int e = 0; e < ex.length; e++) {
                ex[e][r] = extraValues.get(e)[i];
            }
        }
        // re-index entities and periods over the rows used
        int[] eMap = new int[data.nEntities()];
        java.util.Arrays.fill(eMap, -1);
        int[] tMap = new int[data.nPeriods()];
        java.util.Arrays.fill(tMap, -1);
        for (int i : rows) {
            eMap[data.entityIndex(i)] = 0;
            tMap[data.timeIndex(i)] = 0;
        }
        List<String> eLabels = new ArrayList<>();
        for (int e = 0, k = 0; e < eMap.length; e++) {
            if (eMap[e] == 0) {
                eMap[e] = k++;
                eLabels.add(data.entityLabels().get(e));
            }
        }
        long[] allPeriods = data.periods();
        List<Long> ps = new ArrayList<>();
        for (int t = 0, k = 0; t < tMap.length; t++) {
            if (tMap[t] == 0) {
                tMap[t] = k++;
                ps.add(allPeriods[t]);
            }
        }
        int[] entity = new int[used];
        int[] time = new int[used];
        for (int r = 0; r < used; r++) {
            entity[r] = eMap[data.entityIndex(rows[r])];
            time[r] = tMap[data.timeIndex(rows[r])];
        }
        long[] periods = ps.stream().mapToLong(Long::longValue).toArray();
        return new ModelFrame(data, formula, y, x, formula.columnLabels(), List.copyOf(extraLabels), ex, rows,
                entity, time, List.copyOf(eLabels), periods, Collections.unmodifiableList(warnings));
    }

    private static String missingSummary(List<String> labels, int[] missing, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < labels.size(); k++) {
            if (missing[k] == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(labels.get(k)).append(' ');
            sb.append(missing[k] == n ? "missing in every row" : Integer.toString(missing[k]));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ accessors

    public PanelFrame data() {
        return data;
    }

    public Formula formula() {
        return formula;
    }

    public String responseLabel() {
        return formula.responseLabel();
    }

    /** Number of rows used. */
    public int nObs() {
        return rows.length;
    }

    /** The response over the rows used (a copy). */
    public double[] y() {
        return y.clone();
    }

    /** The design, rows × columns (a deep copy); the intercept column first if present. */
    public double[][] x() {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    /** One design column (a copy). */
    public double[] column(int j) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i][j];
        }
        return out;
    }

    /** One design column by label. */
    public double[] column(String label) {
        int j = columnLabels.indexOf(label);
        if (j < 0) {
            throw new IllegalArgumentException("no design column '" + label + "'; columns: " + columnLabels);
        }
        return column(j);
    }

    /** {@code (Intercept)} (if any) then the term labels. */
    public List<String> columnLabels() {
        return columnLabels;
    }

    public boolean hasIntercept() {
        return formula.hasIntercept();
    }

    /** Labels of the extra expressions. */
    public List<String> extraLabels() {
        return extraLabels;
    }

    /** Values of extra expression k over the rows used (a copy). */
    public double[] extra(int k) {
        return extra[k].clone();
    }

    /** Indices into the {@link PanelFrame} of the rows used, ascending (a copy). */
    public int[] frameRows() {
        return rows.clone();
    }

    /** Entity index (0..nEntities()-1) of each row used (a copy). */
    public int[] entityIndex() {
        return entity.clone();
    }

    /** Period index (0..nPeriods()-1, into {@link #periods()}) of each row used (a copy). */
    public int[] timeIndex() {
        return time.clone();
    }

    /** Entities present in the rows used. */
    public List<String> entityLabels() {
        return entityLabels;
    }

    /** Periods present in the rows used, ascending (a copy). */
    public long[] periods() {
        return periods.clone();
    }

    public int nEntities() {
        return entityLabels.size();
    }

    public int nPeriods() {
        return periods.length;
    }

    /** True when every entity used has a row in every period used. */
    public boolean balanced() {
        return rows.length == nEntities() * nPeriods();
    }

    /** Values set to missing and rows dropped, as messages for the user. */
    public List<String> warnings() {
        return warnings;
    }
}
