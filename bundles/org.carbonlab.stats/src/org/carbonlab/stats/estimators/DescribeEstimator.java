package org.carbonlab.stats.estimators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.report.Numbers;
import org.carbonlab.core.report.PublicationOptions;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.transform.Percentiles;
import org.carbonlab.stats.numerics.Correlations;
import org.carbonlab.stats.numerics.PanelDecomposition;
import org.carbonlab.stats.numerics.Summary;

/**
 * {@code stats.describe}: the descriptive-statistics table of a paper.
 * <ul>
 * <li>{@code tables.describe}: one row per variable (and per {@code by} group and/or period), the chosen
 * {@code stats}, each variable over its own non-missing values (as Stata's {@code summarize}), or with
 * {@code sample=common} over the rows where every variable is present. Percentiles
 * follow {@code quantile_type} in R's numbering: 2 (default) is Stata's {@code summarize, detail} /
 * {@code _pctile} definition, 7 is R's {@code quantile} default, 6 Stata's {@code centile}.</li>
 * <li>{@code tables.xtsum} ({@code xtsum=true}): Stata's {@code xtsum} overall / between / within standard
 * deviation, minimum and maximum with N, n and T-bar ({@link PanelDecomposition}).</li>
 * <li>{@code tables.correlations}: the lower-triangular correlation matrix, coefficients with significance
 * stars at the {@code stars} levels, and {@code tables.correlation_tests} (each pair's n, r and two-sided p);
 * Pearson or Spearman, pairwise or listwise deletion ({@link Correlations}).</li>
 * </ul>
 * Variables are columns or formula expressions ({@code log(gdp)}, {@code co2/pop}), so a study describes its
 * derived variables as its models use them.
 */
public class DescribeEstimator implements Estimator {
    static final String VARIABLES = "variables";
    static final String STATS = "stats";
    static final String QUANTILE_TYPE = "quantile_type";
    static final String BY = "by";
    static final String BY_PERIOD = "by_period";
    static final String XTSUM = "xtsum";
    static final String CORRELATION = "correlation";
    static final String DELETION = "deletion";
    static final String SAMPLE = "sample";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.optional(VARIABLES, ParameterType.STRING, null,
                "the variables, comma-separated: columns or expressions such as log(gdp) or co2/pop (commas inside"
                        + " parentheses do not separate); default every numeric column except entity and time"));
        specs.add(ParameterSpec.optional(STATS, ParameterType.LIST, StatisticList.DEFAULT,
                "the statistics, in order: " + StatisticList.KNOWN));
        specs.add(ParameterSpec.choice(QUANTILE_TYPE, "2", List.of("2", "7", "6", "1"),
                "percentile definition in R's numbering: 2 = Stata's summarize, detail and _pctile (default), 7 ="
                        + " R's quantile() default, 6 = Stata's centile, 1 = inverse empirical distribution"));
        specs.add(ParameterSpec.choice(SAMPLE, "each", List.of("each", "common"),
                "rows of the descriptive and xtsum tables: each (every variable over its own non-missing values, as"
                        + " Stata's summarize) or common (only rows where every variable is present, e.g. a"
                        + " regression's sample)"));
        specs.add(ParameterSpec.optional(BY, ParameterType.COLUMN, null,
                "a group column: one row per variable and group level (levels in sorted order)"));
        specs.add(ParameterSpec.optional(BY_PERIOD, ParameterType.BOOLEAN, "false",
                "one row per variable and period (with by: per group and period)"));
        specs.add(ParameterSpec.optional(XTSUM, ParameterType.BOOLEAN, "false",
                "add tables.xtsum: Stata's xtsum overall/between/within SD, min, max with N, n and T-bar"));
        specs.add(ParameterSpec.choice(CORRELATION, "pearson", List.of("pearson", "spearman", "none"),
                "the correlation matrix (two or more variables) with significance stars: pearson, spearman (ranks,"
                        + " ties averaged) or none"));
        specs.add(ParameterSpec.choice(DELETION, "pairwise", List.of("pairwise", "listwise"),
                "missing values in the correlation matrix: pairwise (each pair's complete rows, Stata's pwcorr)"
                        + " or listwise (rows complete in every variable, Stata's correlate)"));
        for (ParameterSpec s : PublicationOptions.parameterSpecs()) {
            if (!s.name().equals(PublicationOptions.PARENTHESIS)) {
                specs.add(s);
            }
        }
        return new ParameterSchema(specs);
    }

    @Override
    public List<String> validate(EstimationContext context) {
        Plan plan = new Plan(context);
        return plan.problems;
    }

    /** Everything read from the parameters and the data, with every problem found. */
    private static final class Plan {
        final PanelFrame data;
        final Parameters p;
        final VariableList variables;
        final StatisticList stats;
        final Percentiles.Type type;
        final List<String> problems = new ArrayList<>();
        String[] groupOf;
        List<String> groupLevels = List.of();
        int rowsWithoutGroup;
        int droppedForCommonSample;

        Plan(EstimationContext context) {
            data = context.data();
            p = context.parameters();
            variables = new VariableList(data, p.string(VARIABLES), VARIABLES);
            problems.addAll(variables.problems);
            if (p.string(SAMPLE).equals("common") && variables.problems.isEmpty()) {
                commonRowsOnly();
            }
            stats = new StatisticList(p.list(STATS), STATS);
            problems.addAll(stats.problems);
            type = Percentiles.Type.of(Integer.parseInt(p.string(QUANTILE_TYPE)));
            problems.addAll(PublicationOptions.problems(p.asMap()));
            if ((p.bool(BY_PERIOD) || p.bool(XTSUM)) && !data.hasTime()) {
                problems.add((p.bool(XTSUM) ? "xtsum" : "by_period") + " needs a panel, but " + data.origin()
                        + " is a cross-section (no time column)");
            }
            if (p.isSet(BY)) {
                String by = p.string(BY);
                if (!data.hasColumn(by)) {
                    problems.add("parameter 'by': " + data.checkNumeric(List.of(by)).get(0));
                } else {
                    groups(by);
                }
            }
        }

        /** Sets every variable to missing in rows where any variable is missing (listwise). */
        private void commonRowsOnly() {
            int rows = data.rows();
            for (int r = 0; r < rows; r++) {
                boolean complete = true;
                for (double[] v : variables.values) {
                    complete &= !Double.isNaN(v[r]);
                }
                if (!complete) {
                    for (double[] v : variables.values) {
                        v[r] = Double.NaN;
                    }
                    droppedForCommonSample++;
                }
            }
        }

        private void groups(String by) {
            groupOf = data.text(by);
            boolean numeric = data.isNumeric(by);
            double[] numbers = numeric ? data.numeric(by) : null;
            Map<String, Double> levels = new LinkedHashMap<>();
            for (int r = 0; r < groupOf.length; r++) {
                if (groupOf[r] == null) {
                    rowsWithoutGroup++;
                } else {
                    levels.putIfAbsent(groupOf[r], numeric ? numbers[r] : 0.0);
                }
            }
            List<String> sorted = new ArrayList<>(levels.keySet());
            sorted.sort(numeric ? Comparator.comparingDouble(levels::get) : Comparator.naturalOrder());
            groupLevels = sorted;
            if (sorted.isEmpty()) {
                problems.add("parameter 'by': column '" + by + "' has no values in " + data.origin());
            }
        }
    }

    @Override
    public Result estimate(EstimationContext context) {
        Plan plan = new Plan(context);
        if (!plan.problems.isEmpty()) {
            throw new InputException(plan.problems);
        }
        PanelFrame data = plan.data;
        Parameters p = plan.p;
        Result result = new Result("stats.describe");
        plan.variables.warnings.forEach(result::warn);
        result.table("describe", describe(plan));
        if (p.bool(XTSUM)) {
            result.table("xtsum", xtsum(plan));
        }
        String method = p.string(CORRELATION);
        int k = plan.variables.labels.size();
        if (!method.equals("none") && k >= 2) {
            correlations(plan, result, method);
        }
        result.statistic("n_variables", k);
        result.statistic("n_obs", data.rows());
        result.statistic("quantile_type", Integer.parseInt(p.string(QUANTILE_TYPE)));
        result.statistic("quantile_definition", switch (plan.type) {
            case TYPE2 -> "Stata summarize, detail / _pctile (R type 2)";
            case TYPE7 -> "R quantile() default (type 7)";
            case TYPE6 -> "Stata centile (R type 6)";
            case TYPE1 -> "inverse empirical distribution (R type 1)";
        });
        if (p.string(SAMPLE).equals("common")) {
            result.statistic("n_obs_common", data.rows() - plan.droppedForCommonSample);
        }
        if (plan.rowsWithoutGroup > 0) {
            result.warn(plan.rowsWithoutGroup + " of " + data.rows() + " rows of " + data.origin()
                    + " have no value in the by column '" + p.string(BY) + "' and are left out of the grouped rows");
        }
        return result;
    }

    private static ResultTable describe(Plan plan) {
        PanelFrame data = plan.data;
        boolean byPeriod = plan.p.bool(BY_PERIOD);
        List<String> columns = new ArrayList<>(List.of("variable"));
        if (plan.groupOf != null) {
            columns.add(plan.p.string(BY));
        }
        if (byPeriod) {
            columns.add("time");
        }
        columns.addAll(plan.stats.names);
        ResultTable table = new ResultTable(columns);
        List<String> groups = plan.groupOf == null ? java.util.Collections.singletonList(null) : plan.groupLevels;
        long[] periods = byPeriod ? data.periods() : null;
        int nPeriodCells = byPeriod ? periods.length : 1;
        // the rows of each (group, period) cell, found in one pass
        Map<String, Integer> groupIndex = new java.util.HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            groupIndex.put(groups.get(g), g);
        }
        List<List<Integer>> cells = new ArrayList<>();
        for (int c = 0; c < groups.size() * nPeriodCells; c++) {
            cells.add(new ArrayList<>());
        }
        for (int r = 0; r < data.rows(); r++) {
            Integer g = plan.groupOf == null ? Integer.valueOf(0) : groupIndex.get(plan.groupOf[r]);
            if (g != null) { // null: no value in the by column
                cells.get(g * nPeriodCells + (byPeriod ? data.timeIndex(r) : 0)).add(r);
            }
        }
        for (int v = 0; v < plan.variables.labels.size(); v++) {
            double[] x = plan.variables.values.get(v);
            for (int g = 0; g < groups.size(); g++) {
                for (int t = 0; t < nPeriodCells; t++) {
                    List<Integer> rows = cells.get(g * nPeriodCells + t);
                    if (rows.isEmpty()) {
                        continue; // a group that never occurs in this period
                    }
                    double[] values = rows.stream().mapToDouble(r -> x[r]).toArray();
                    Summary s = Summary.of(values);
                    List<Object> row = new ArrayList<>();
                    row.add(plan.variables.labels.get(v));
                    if (groups.get(g) != null) {
                        row.add(groups.get(g));
                    }
                    if (byPeriod) {
                        row.add(periods[t]);
                    }
                    for (String stat : plan.stats.names) {
                        row.add(StatisticList.value(stat, s, rows.size() - s.n(), plan.type));
                    }
                    table.addRow(row.toArray());
                }
            }
        }
        return table;
    }

    private static ResultTable xtsum(Plan plan) {
        ResultTable table = new ResultTable(List.of("variable", "part", "mean", "sd", "min", "max", "N", "n", "T_bar"));
        for (int v = 0; v < plan.variables.labels.size(); v++) {
            PanelDecomposition d = PanelDecomposition.of(plan.variables.values.get(v), plan.data.entityIndices(),
                    plan.data.nEntities());
            String label = plan.variables.labels.get(v);
            table.addRow(label, "overall", finite(d.mean()), finite(d.overall().sd()), finite(d.overall().min()),
                    finite(d.overall().max()), d.nObs(), null, null);
            table.addRow(label, "between", null, finite(d.between().sd()), finite(d.between().min()),
                    finite(d.between().max()), null, d.nGroups(), null);
            table.addRow(label, "within", null, finite(d.within().sd()), finite(d.within().min()),
                    finite(d.within().max()), null, null, finite(d.tBar()));
        }
        return table;
    }

    private static void correlations(Plan plan, Result result, String methodName) {
        List<String> labels = plan.variables.labels;
        int k = labels.size();
        Correlations.Method method = methodName.equals("spearman") ? Correlations.Method.SPEARMAN
                : Correlations.Method.PEARSON;
        Correlations.Deletion deletion = plan.p.string(DELETION).equals("listwise") ? Correlations.Deletion.LISTWISE
                : Correlations.Deletion.PAIRWISE;
        Correlations c = Correlations.of(plan.variables.values.toArray(double[][]::new), method, deletion);
        PublicationOptions options = PublicationOptions.fromParameters(plan.p.asMap());
        List<String> columns = new ArrayList<>(List.of("variable"));
        columns.addAll(labels);
        ResultTable matrix = new ResultTable(columns);
        ResultTable tests = new ResultTable(List.of("variable_1", "variable_2", "n", "r", "p_value"));
        for (int a = 0; a < k; a++) {
            Object[] row = new Object[k + 1];
            row[0] = labels.get(a);
            for (int b = 0; b <= a; b++) {
                double r = c.r(a, b);
                row[b + 1] = a == b ? (Double.isNaN(r) ? "" : "1") : Numbers.auto(r) + options.starsFor(c.pValue(a, b));
                if (a != b) {
                    tests.addRow(labels.get(b), labels.get(a), c.n(a, b), finite(r), finite(c.pValue(a, b)));
                    if (Double.isNaN(r)) {
                        result.warn("the correlation of " + labels.get(b) + " and " + labels.get(a)
                                + " is undefined (a constant variable or fewer than two common observations)");
                    }
                }
            }
            for (int b = a + 1; b < k; b++) {
                row[b + 1] = "";
            }
            matrix.addRow(row);
        }
        result.table("correlations", matrix);
        result.table("correlation_tests", tests);
        String legend = options.starsLegend();
        result.statistic("correlation", methodName);
        result.statistic("deletion", deletion == Correlations.Deletion.PAIRWISE
                ? "pairwise (each pair's complete rows)" : "listwise (rows complete in every variable)");
        if (deletion == Correlations.Deletion.LISTWISE) {
            result.statistic("n_obs_correlation", c.n(0, 0));
        }
        result.statistic("correlation_note", (legend.isEmpty() ? "no stars" : legend)
                + "; two-sided t test of r = 0 on n - 2 df" + (methodName.equals("spearman") ? " (Spearman's rho"
                        + " of ranks, ties averaged)" : ""));
        for (String n : options.notes()) {
            result.statistic("notes", n);
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
