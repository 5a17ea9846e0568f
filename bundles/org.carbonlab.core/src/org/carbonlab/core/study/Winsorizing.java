package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.formula.Factor;
import org.carbonlab.core.formula.FixedEffect;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.Term;
import org.carbonlab.core.transform.Percentiles;

/**
 * Winsorised variables as a data-preparation step the runner takes for every analysis, as Stata's {@code winsor2}
 * does before a regression (so a robustness variant is one parameter: {@code winsor=lnco2,lngdp}):
 * <ul>
 * <li>{@code winsor=VARS}: the columns to winsorise (comma-separated), each replaced under its own name, so terms
 * and the focal coefficient keep their names;</li>
 * <li>{@code winsor_cuts=LOW,HIGH}: the percentiles of the cuts, {@code 1,99} by default ({@code winsor2}'s
 * {@code cuts(1 99)});</li>
 * <li>{@code winsor_by=period|entity|COLUMN}: cuts computed within each period, entity or value of a column
 * ({@code winsor2}'s {@code by()}); none by default;</li>
 * <li>{@code winsor_sample=estimation|all}: the rows whose values define the cuts: by default the estimation
 * sample, the rows where the response and every term, endogenous variable, instrument and fixed effect of the
 * analysis' {@code formula} are present (all rows with a value when the analysis has no formula); {@code all}:
 * every row with a value, as {@code winsor2} without {@code if}.</li>
 * </ul>
 * Cuts are quantiles under Stata's {@code _pctile} definition (R type 2: the average of the two order statistics
 * when n·p is whole, else the next one up) of the selected rows' non-missing values; every row's value is then
 * clipped to them (rows outside the estimation sample too, so lags see the same series). The result records each
 * variable's cuts and how many values were clipped below and above in {@code data.sample.winsor}.
 */
final class Winsorizing {
    static final String WINSOR = "winsor";
    static final String CUTS = "winsor_cuts";
    static final String BY = "winsor_by";
    static final String SAMPLE = "winsor_sample";

    private final List<String> variables;
    private final double low;
    private final double high;
    private final String by;
    private final boolean estimationSample;
    private final String cutsText;
    private final Map<String, Object> report = new LinkedHashMap<>();

    private Winsorizing(List<String> variables, double low, double high, String cutsText, String by,
            boolean estimationSample) {
        this.variables = variables;
        this.low = low;
        this.high = high;
        this.cutsText = cutsText;
        this.by = by;
        this.estimationSample = estimationSample;
    }

    /**
     * Removes the winsor parameters from {@code raw} (unless {@code schema} declares them) and parses them; null when
     * no variable is to be winsorised. Problems are added to {@code problems}.
     */
    static Winsorizing take(Map<String, String> raw, ParameterSchema schema, List<String> problems) {
        String vars = takeOne(raw, schema, WINSOR);
        String cuts = takeOne(raw, schema, CUTS);
        String by = takeOne(raw, schema, BY);
        String sample = takeOne(raw, schema, SAMPLE);
        if (vars == null) {
            for (String[] other : new String[][] {{CUTS, cuts}, {BY, by}, {SAMPLE, sample}}) {
                if (other[1] != null) {
                    problems.add("parameter '" + other[0] + "' needs 'winsor' (the variables to winsorise)");
                }
            }
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String v : vars.split(",")) {
            if (!v.isBlank()) {
                names.add(v.strip());
            }
        }
        if (names.isEmpty()) {
            problems.add("parameter 'winsor' names no variable (e.g. winsor=lnco2,lngdp)");
        }
        double lo = 1;
        double hi = 99;
        if (cuts != null) {
            String[] parts = cuts.split("[,\\s]+");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                lo = Double.parseDouble(parts[0]);
                hi = Double.parseDouble(parts[1]);
                if (!(lo >= 0 && hi <= 100 && lo < hi)) {
                    problems.add("parameter 'winsor_cuts' takes two percentiles LOW,HIGH with 0 <= LOW < HIGH <= 100"
                            + " (e.g. 1,99), not '" + cuts + "'");
                }
            } catch (NumberFormatException e) {
                problems.add("parameter 'winsor_cuts' takes two percentiles LOW,HIGH (e.g. 1,99 or 5,95), not '"
                        + cuts + "'");
            }
        }
        boolean estimation = true;
        if (sample != null) {
            if (sample.equals("all")) {
                estimation = false;
            } else if (!sample.equals("estimation")) {
                problems.add("parameter 'winsor_sample' must be estimation or all, not '" + sample + "'");
            }
        }
        return new Winsorizing(List.copyOf(names), lo / 100, hi / 100, cuts == null ? "1,99" : cuts, by, estimation);
    }

    /** The common parameters as specs, for listings and dialogs. */
    static List<ParameterSpec> parameterSpecs(ParameterSchema schema) {
        List<ParameterSpec> out = new ArrayList<>();
        String[][] specs = {
                {WINSOR, "common: columns to winsorise before estimation (comma-separated), each under its own name;"
                        + " cuts and counts in data.sample.winsor"},
                {CUTS, "common: percentiles of the winsor cuts LOW,HIGH (default 1,99; Stata _pctile definition)"},
                {BY, "common: winsor cuts within each period, entity or value of a column (default: none)"},
                {SAMPLE, "common: rows that define the winsor cuts: estimation (default: rows where every formula "
                        + "variable is present) or all"}};
        for (String[] s : specs) {
            if (schema.spec(s[0]).isEmpty()) {
                out.add(ParameterSpec.optional(s[0], ParameterType.STRING, null, s[1]));
            }
        }
        return out;
    }

    private static String takeOne(Map<String, String> raw, ParameterSchema schema, String name) {
        if (schema.spec(name).isPresent() || !raw.containsKey(name)) {
            return null;
        }
        String v = raw.remove(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * {@code data} with the variables winsorised; {@code formula} (the analysis' formula, or null) defines the
     * estimation sample.
     */
    PanelFrame apply(PanelFrame data, String formula) {
        boolean[] inSample = estimationSample ? sample(data, formula) : null;
        int[] group = groups(data);
        List<String> problems = new ArrayList<>();
        Map<String, Object> perVariable = new LinkedHashMap<>();
        Percentiles.Type type = Percentiles.Type.STATA;
        PanelFrame out = data;
        for (String v : variables) {
            double[] x;
            try {
                x = data.numeric(v);
            } catch (InputException e) {
                e.problems().forEach(p -> problems.add("parameter 'winsor': " + p));
                continue;
            }
            if (v.equals(data.entityColumn()) || v.equals(data.timeColumn())) {
                problems.add("parameter 'winsor': '" + v + "' is the entity or time column");
                continue;
            }
            int groups = 0;
            for (int g : group) {
                groups = Math.max(groups, g + 1);
            }
            double[][] members = new double[groups][];
            int[] size = new int[groups];
            for (int r = 0; r < x.length; r++) {
                if (!Double.isNaN(x[r]) && (inSample == null || inSample[r])) {
                    size[group[r]]++;
                }
            }
            for (int g = 0; g < groups; g++) {
                members[g] = new double[size[g]];
            }
            int[] fill = new int[groups];
            for (int r = 0; r < x.length; r++) {
                if (!Double.isNaN(x[r]) && (inSample == null || inSample[r])) {
                    members[group[r]][fill[group[r]]++] = x[r];
                }
            }
            double[] lo = new double[groups];
            double[] hi = new double[groups];
            int used = 0;
            for (int g = 0; g < groups; g++) {
                Arrays.sort(members[g]);
                lo[g] = Percentiles.ofSorted(members[g], low, type); // NaN for a group without values: left as is
                hi[g] = Percentiles.ofSorted(members[g], high, type);
                used += members[g].length;
            }
            double[] w = x.clone();
            int below = 0;
            int above = 0;
            for (int r = 0; r < x.length; r++) {
                int g = group[r];
                if (x[r] < lo[g]) {
                    w[r] = lo[g];
                    below++;
                } else if (x[r] > hi[g]) {
                    w[r] = hi[g];
                    above++;
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("values_used_for_cuts", used);
            if (by == null) {
                m.put("cut_low", lo[0]);
                m.put("cut_high", hi[0]);
            }
            m.put("clipped_low", below);
            m.put("clipped_high", above);
            perVariable.put(v, m);
            out = out.withColumn(v, w);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        report.put("variables", variables);
        report.put("cuts_percent", cutsText);
        report.put("by", by == null ? "none" : by);
        report.put("sample", estimationSample ? (formula == null ? "all (no formula)" : "estimation") : "all");
        report.put("quantile_definition", "Stata _pctile (R type 2)");
        report.put("columns", perVariable);
        return out;
    }

    /** Rows where the response and every term, endogenous variable, instrument and fixed effect are present. */
    private static boolean[] sample(PanelFrame data, String formula) {
        boolean[] keep = new boolean[data.rows()];
        Arrays.fill(keep, true);
        if (formula == null) {
            return null;
        }
        Formula f;
        try {
            f = Formula.parse(formula);
        } catch (InputException e) {
            return null; // the estimator reports the formula
        }
        List<Expression> numbers = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        numbers.add(f.response());
        for (List<Term> part : List.of(f.terms(), f.endogenous(), f.instruments())) {
            for (Term t : part) {
                for (Expression e : t.factors()) {
                    if (e instanceof Factor factor) {
                        levels.add(factor.column());
                        if (factor.slope() != null) {
                            numbers.add(factor.slope());
                        }
                    } else {
                        numbers.add(e);
                    }
                }
            }
        }
        for (FixedEffect fe : f.fixedEffects()) {
            levels.addAll(fe.columns());
        }
        try {
            for (Expression e : numbers) {
                double[] v = e.evaluate(data, new ArrayList<>());
                for (int r = 0; r < keep.length; r++) {
                    keep[r] &= !Double.isNaN(v[r]);
                }
            }
            for (String c : levels) {
                String[] t = data.text(c);
                for (int r = 0; r < keep.length; r++) {
                    keep[r] &= t[r] != null;
                }
            }
        } catch (InputException e) {
            return null; // an unknown or non-numeric column: the estimator reports it
        }
        return keep;
    }

    private int[] groups(PanelFrame data) {
        int[] g = new int[data.rows()];
        if (by == null) {
            return g;
        }
        if (by.equals("period") || by.equals(data.timeColumn())) {
            data.requirePeriods();
            return data.timeIndices();
        }
        if (by.equals("entity") || by.equals(data.entityColumn())) {
            return data.entityIndices();
        }
        if (!data.hasColumn(by)) {
            throw new InputException("parameter 'winsor_by': no column '" + by + "' in " + data.origin()
                    + " (use period, entity or a column)");
        }
        String[] t = data.text(by);
        Map<String, Integer> ids = new HashMap<>();
        for (int r = 0; r < g.length; r++) {
            if (t[r] == null) {
                throw new InputException("parameter 'winsor_by': column '" + by + "' is missing in "
                        + data.describe(r));
            }
            g[r] = ids.computeIfAbsent(t[r], k -> ids.size());
        }
        return g;
    }

    /** What was done, for {@code data.sample.winsor}. */
    Map<String, Object> report() {
        return report;
    }

    /** The parameters as given, for the result's parameters. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(WINSOR, String.join(",", variables));
        p.put(CUTS, cutsText);
        if (by != null) {
            p.put(BY, by);
        }
        p.put(SAMPLE, estimationSample ? "estimation" : "all");
        return p;
    }
}
