package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.fixedeffects.AlternatingProjections;

/**
 * A formula evaluated over a panel: the response y, the design matrix X (an intercept column of
 * ones first when the formula has one, then the columns of each term), and the panel structure of
 * the rows used; with a fixed-effects part, the absorbed factors ({@link #absorbedFactors()}) and
 * the demeaned columns ({@link #demeaned()}); with an instrument part, the endogenous and
 * instrument columns ({@link #endogenous()}, {@link #instruments()}).
 *
 * <p><b>Columns.</b> A plain term is one column labelled as the term. A factor term
 * ({@code factor(g)}, {@code i(g)}, {@code x:factor(g)}, …) is one column per level kept, named as
 * described in {@link Formula}; its levels are those present in the rows used.
 * {@link #columnTerms()} tells which term each column belongs to.
 *
 * <p><b>Listwise deletion.</b> A frame row is used only if the response, every term (of every
 * part), every fixed effect and every extra expression are present and finite there (as Stata
 * drops observations with any missing value); a factor's row is present when its level is (or
 * always, with {@code na = "ref"}). Values that could not be computed (log of a non-positive
 * number, division by zero) are missing, counted in a warning naming the term; lags reaching
 * outside the panel are missing silently. The deletion itself is reported as a warning with the
 * number of missing rows per variable.
 *
 * <p><b>Errors.</b> Unknown variables (one message for all, with suggestions), non-numeric
 * columns used as numbers (naming cells), variables missing in every row and unknown reference
 * levels are {@link InputException}s; when no row is complete, an {@link EstimationException}
 * says which terms are missing how often.
 *
 * <p><b>Singletons.</b> Rows alone in their level of some absorbed factor are kept (their fixed
 * effect fits them exactly, so they do not change the slopes) and counted in a warning; reghdfe
 * drops them by default, which changes degrees of freedom only.
 *
 * <p>Entity and time indices are re-numbered over the rows used (0..G'−1 in the frame's entity
 * order, 0..T'−1 over the periods present). Arrays returned are copies.
 */
public final class ModelFrame {
    private final PanelFrame data;
    private final Formula formula;
    private final double[] y;
    /** The design column by column ({@code x[j][row]}): estimators read whole columns. */
    private final double[][] x;
    private final List<String> columnLabels;
    private final List<String> columnTerms;
    private final List<String> extraLabels;
    private final double[][] extra;
    private final Block endogenous;
    private final Block instruments;
    private final List<AbsorbedFactor> absorbed;
    private final int[] rows;
    private final int[] entity;
    private final int[] time;
    private final List<String> entityLabels;
    private final long[] periods;
    private final List<String> warnings;

    /** Columns of one part over the rows used: labels and columns × rows values (one array per column). */
    private record Block(List<String> labels, double[][] values) {
    }

    private ModelFrame(PanelFrame data, Formula formula, double[] y, Block design, List<String> columnTerms,
            List<String> extraLabels, double[][] extra, Block endogenous, Block instruments,
            List<AbsorbedFactor> absorbed, int[] rows, int[] entity, int[] time, List<String> entityLabels,
            long[] periods, List<String> warnings) {
        this.data = data;
        this.formula = formula;
        this.y = y;
        this.x = design.values;
        this.columnLabels = design.labels;
        this.columnTerms = columnTerms;
        this.extraLabels = extraLabels;
        this.extra = extra;
        this.endogenous = endogenous;
        this.instruments = instruments;
        this.absorbed = absorbed;
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
     * The design of {@code formula}, with {@code extra} expressions (cluster variables, weights,
     * mediators) evaluated over the same rows and included in the listwise deletion.
     */
    public static ModelFrame of(PanelFrame data, Formula formula, List<Expression> extra) {
        Set<String> vars = new LinkedHashSet<>(formula.numericVariables());
        for (Expression e : extra) {
            vars.addAll(e.variables());
        }
        String where = "formula '" + formula.text() + "'";
        Set<String> levels = new LinkedHashSet<>(formula.levelVariables());
        for (Expression e : extra) {
            levels.addAll(e.textVariables());
        }
        List<String> problems = Evaluator.checkVariables(data, vars, levels, where);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int n = data.rows();
        Evaluator ev = new Evaluator(data);
        String yLabel = formula.responseLabel();
        double[] yAll = ev.evaluate(formula.response(), yLabel);
        List<TermColumns> xTerms = evaluate(formula.terms(), data, ev);
        List<TermColumns> enTerms = evaluate(formula.endogenous(), data, ev);
        List<TermColumns> zTerms = evaluate(formula.instruments(), data, ev);
        List<String[]> feKeys = new ArrayList<>();
        for (FixedEffect fe : formula.fixedEffects()) {
            feKeys.add(fixedEffectKeys(data, fe));
        }
        List<String> extraLabels = new ArrayList<>();
        List<double[]> extraValues = new ArrayList<>();
        for (Expression e : extra) {
            extraLabels.add(e.label());
            extraValues.add(ev.evaluate(e, e.label()));
        }
        // one missingness test per variable, in the order of the warning's summary
        List<String> labels = new ArrayList<>();
        List<java.util.function.IntPredicate> isMissing = new ArrayList<>();
        labels.add(yLabel);
        isMissing.add(i -> !Double.isFinite(yAll[i]));
        for (List<TermColumns> part : List.of(xTerms, enTerms, zTerms)) {
            for (TermColumns tc : part) {
                labels.add(tc.label());
                isMissing.add(tc::missing);
            }
        }
        for (int f = 0; f < feKeys.size(); f++) {
            String[] keys = feKeys.get(f);
            labels.add(formula.fixedEffects().get(f).label());
            isMissing.add(i -> keys[i] == null);
        }
        for (int k = 0; k < extraValues.size(); k++) {
            double[] v = extraValues.get(k);
            labels.add(extraLabels.get(k));
            isMissing.add(i -> !Double.isFinite(v[i]));
        }

        int[] missing = new int[labels.size()];
        boolean[] complete = new boolean[n];
        java.util.Arrays.fill(complete, true);
        for (int k = 0; k < labels.size(); k++) { // variable by variable: one tight loop over the rows each
            java.util.function.IntPredicate test = isMissing.get(k);
            for (int i = 0; i < n; i++) {
                if (test.test(i)) {
                    missing[k]++;
                    complete[i] = false;
                }
            }
        }
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (complete[i]) {
                used++;
            }
        }
        List<String> warnings = new ArrayList<>(ev.warnings());
        if (used == 0) {
            // name the cause when values were made missing by the formula (log of non-positive values, ...)
            String causes = warnings.isEmpty() ? "" : "; " + String.join("; ", warnings);
            throw new EstimationException("no complete observations for formula '" + formula.text() + "' in "
                    + data.origin() + " (" + n + " rows): " + missingSummary(labels, missing, n) + causes);
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
        for (int r = 0; r < used; r++) {
            y[r] = yAll[rows[r]];
        }
        List<String> columnTerms = new ArrayList<>();
        Block design = expand(xTerms, rows, formula.hasIntercept(), columnTerms, warnings);
        Block en = expand(enTerms, rows, false, new ArrayList<>(), warnings);
        Block z = expand(zTerms, rows, false, new ArrayList<>(), warnings);
        double[][] ex = new double[extraValues.size()][used];
        for (int e = 0; e < ex.length; e++) {
            for (int r = 0; r < used; r++) {
                ex[e][r] = extraValues.get(e)[rows[r]];
            }
        }
        List<AbsorbedFactor> absorbed = new ArrayList<>();
        for (int f = 0; f < feKeys.size(); f++) {
            absorbed.add(absorb(formula.fixedEffects().get(f).label(), feKeys.get(f), rows));
        }
        singletonWarning(absorbed, used, warnings);
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
        return new ModelFrame(data, formula, y, design, List.copyOf(columnTerms), List.copyOf(extraLabels), ex, en, z,
                List.copyOf(absorbed), rows, entity, time, List.copyOf(eLabels), periods,
                Collections.unmodifiableList(warnings));
    }

    private static List<TermColumns> evaluate(List<Term> terms, PanelFrame data, Evaluator ev) {
        List<TermColumns> out = new ArrayList<>();
        for (Term t : terms) {
            out.add(TermColumns.of(t, data, ev));
        }
        return out;
    }

    private static Block expand(List<TermColumns> terms, int[] rows, boolean intercept, List<String> columnTerms,
            List<String> warnings) {
        List<String> labels = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        if (intercept) {
            double[] ones = new double[rows.length];
            java.util.Arrays.fill(ones, 1.0);
            labels.add(Formula.INTERCEPT);
            columns.add(ones);
            columnTerms.add(Formula.INTERCEPT);
        }
        for (TermColumns tc : terms) {
            tc.expand(rows, labels, columns, columnTerms, warnings);
        }
        return new Block(List.copyOf(labels), columns.toArray(new double[0][]));
    }

    /** The level of every frame row in a fixed effect (its columns' levels joined), null when one is missing. */
    private static String[] fixedEffectKeys(PanelFrame data, FixedEffect fe) {
        int n = data.rows();
        String[] keys = new String[n];
        List<FactorCoding> parts = new ArrayList<>();
        for (String c : fe.columns()) {
            parts.add(FactorCoding.of(data, c, null, "fixed effect " + fe.label()));
        }
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < parts.size() && sb != null; p++) {
                String k = parts.get(p).key(i);
                if (k == null) {
                    sb = null;
                } else {
                    sb.append(p == 0 ? "" : "_").append(k);
                }
            }
            keys[i] = sb == null ? null : sb.toString();
        }
        return keys;
    }

    private static AbsorbedFactor absorb(String label, String[] keys, int[] rows) {
        java.util.Map<String, Integer> code = new java.util.LinkedHashMap<>();
        int[] codes = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            codes[r] = code.computeIfAbsent(keys[rows[r]], k -> code.size());
        }
        return new AbsorbedFactor(label, codes, new ArrayList<>(code.keySet()));
    }

    private static void singletonWarning(List<AbsorbedFactor> absorbed, int used, List<String> warnings) {
        if (absorbed.isEmpty()) {
            return;
        }
        int[][] codes = new int[absorbed.size()][];
        for (int f = 0; f < codes.length; f++) {
            codes[f] = absorbed.get(f).codes();
        }
        int count = 0;
        for (boolean s : AlternatingProjections.singletons(codes)) {
            if (s) {
                count++;
            }
        }
        if (count > 0) {
            warnings.add(count + " of " + used + " rows are singletons (alone in their level of a fixed effect);"
                    + " they are kept: their fixed effect fits them exactly, so the slopes do not change, but"
                    + " reghdfe would drop them and report fewer observations");
        }
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
        return rowsOf(x, 0, x.length, rows.length);
    }

    /** One design column (a copy); reading the columns one by one is cheaper than {@link #x()}. */
    public double[] column(int j) {
        return x[j].clone();
    }

    /** One design column by label. */
    public double[] column(String label) {
        int j = columnLabels.indexOf(label);
        if (j < 0) {
            throw new IllegalArgumentException("no design column '" + label + "'; columns: " + columnLabels);
        }
        return column(j);
    }

    /**
     * The design's column labels: {@code (Intercept)} (if any) then each term's columns (one per
     * plain term, one per level kept for a factor term).
     */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /** The term label each design column belongs to ({@code (Intercept)} for the intercept). */
    public List<String> columnTerms() {
        return columnTerms;
    }

    // ------------------------------------------------------------------ fixed effects

    public boolean hasFixedEffects() {
        return !absorbed.isEmpty();
    }

    /** The absorbed factors of the fixed-effects part over the rows used, in formula order. */
    public List<AbsorbedFactor> absorbedFactors() {
        return absorbed;
    }

    /**
     * y, X, the endogenous and the instrument columns with the fixed effects projected out
     * (exact alternating projections, {@link AlternatingProjections#DEFAULT_TOLERANCE}); without
     * fixed effects, the columns unchanged.
     */
    public Demeaned demeaned() {
        return demeaned(AlternatingProjections.DEFAULT_TOLERANCE, AlternatingProjections.DEFAULT_MAX_ITERATIONS);
    }

    /** As {@link #demeaned()}, with a relative tolerance and a cap on the number of sweeps. */
    public Demeaned demeaned(double tolerance, int maxIterations) {
        if (absorbed.isEmpty()) {
            return new Demeaned(y(), x(), endogenous(), instruments(), 0, 0);
        }
        int[][] codes = new int[absorbed.size()][];
        for (int f = 0; f < codes.length; f++) {
            codes[f] = absorbed.get(f).codes();
        }
        int kx = columnLabels.size();
        int ke = endogenous.labels.size();
        int kz = instruments.labels.size();
        double[][] cols = new double[1 + kx + ke + kz][];
        cols[0] = y.clone();
        for (int c = 0; c < kx; c++) {
            cols[1 + c] = x[c].clone();
        }
        for (int c = 0; c < ke; c++) {
            cols[1 + kx + c] = endogenous.values[c].clone();
        }
        for (int c = 0; c < kz; c++) {
            cols[1 + kx + ke + c] = instruments.values[c].clone();
        }
        AlternatingProjections.Result res;
        try {
            res = AlternatingProjections.demean(codes, cols, tolerance, maxIterations);
        } catch (EstimationException e) {
            throw new EstimationException("formula '" + formula.text() + "': absorbing "
                    + absorbedLabels() + ": " + e.getMessage(), e);
        }
        double[][] d = res.columns();
        int n = rows.length;
        return new Demeaned(d[0], rowsOf(d, 1, kx, n), rowsOf(d, 1 + kx, ke, n), rowsOf(d, 1 + kx + ke, kz, n),
                res.absorbedDf(), res.iterations());
    }

    private String absorbedLabels() {
        List<String> l = new ArrayList<>();
        absorbed.forEach(a -> l.add(a.label()));
        return String.join(" + ", l);
    }

    /** Rows × columns copy of the k columns from {@code from} on (n rows). */
    private static double[][] rowsOf(double[][] cols, int from, int k, int n) {
        double[][] out = new double[n][k];
        for (int r = 0; r < n; r++) { // row by row: each row array is written once, in order
            double[] row = out[r];
            for (int c = 0; c < k; c++) {
                row[c] = cols[from + c][r];
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ instruments

    /** Labels of the endogenous columns (empty without an instrument part). */
    public List<String> endogenousLabels() {
        return endogenous.labels;
    }

    /** The endogenous columns over the rows used, rows × columns (a copy). */
    public double[][] endogenous() {
        return rowsOf(endogenous.values, 0, endogenous.values.length, rows.length);
    }

    /** Labels of the excluded instruments' columns (empty without an instrument part). */
    public List<String> instrumentLabels() {
        return instruments.labels;
    }

    /** The excluded instruments over the rows used, rows × columns (a copy). */
    public double[][] instruments() {
        return rowsOf(instruments.values, 0, instruments.values.length, rows.length);
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
