package org.carbonlab.stats.estimators;

import java.util.ArrayList;
import java.util.EnumMap;
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
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;
import org.carbonlab.stats.numerics.SeriesFill;
import org.carbonlab.stats.numerics.SeriesFill.How;

/**
 * {@code data.fill}: fills missing cells of numeric columns within each entity over time, as a documented and
 * reported step ({@link SeriesFill}): linear interpolation inside each entity's observed range by default,
 * carry-forward instead, and optionally linear, log-linear or constant extrapolation at the ends. Only existing
 * rows are filled (a period without a row stays absent).
 *
 * <p>Outputs: {@code tables.filled} (entity, time and every filled column: a study binds them as variables),
 * {@code tables.cells} (every filled cell: variable, entity, time, value, how), {@code tables.summary} (per
 * variable: missing before, filled by each rule, missing after), and one warning per variable with filled
 * cells, so no value is made up silently.
 */
public class FillEstimator implements Estimator {
    static final String VARIABLES = "variables";
    static final String METHOD = "method";
    static final String EXTRAPOLATE = "extrapolate";
    static final String MAX_GAP = "max_gap";

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required(VARIABLES, ParameterType.COLUMN_LIST, "the numeric columns to fill"),
                ParameterSpec.choice(METHOD, "linear", List.of("linear", "carry_forward", "none"),
                        "missing values between two observations of an entity: linear (interpolation in time,"
                                + " Stata's ipolate), carry_forward (the last observation) or none"),
                ParameterSpec.choice(EXTRAPOLATE, "none", List.of("none", "linear", "loglinear", "carry"),
                        "missing values before the first or after the last observation of an entity: none (left"
                                + " missing), linear (the line through the two nearest observations, Stata's"
                                + " ipolate, epolate), loglinear (their growth rate; positive values only) or carry"
                                + " (the nearest observation)"),
                ParameterSpec.integer(MAX_GAP, null, 1, null,
                        "fill an interior gap only if the observations around it are at most this many periods"
                                + " apart (default: any gap)"));
    }

    @Override
    public List<String> validate(EstimationContext context) {
        PanelFrame data = context.data();
        List<String> problems = new ArrayList<>(data.checkNumeric(context.parameters().list(VARIABLES)));
        if (!data.hasTime()) {
            problems.add("data.fill fills values over time within each entity, but " + data.origin()
                    + " is a cross-section (no time column)");
        }
        for (String v : context.parameters().list(VARIABLES)) {
            if (v.equals(data.entityColumn()) || v.equals(data.timeColumn())) {
                problems.add("parameter 'variables': '" + v + "' is the entity or time column, which cannot be filled");
            }
        }
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        List<String> problems = validate(context);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        PanelFrame data = context.data();
        Parameters p = context.parameters();
        List<String> variables = p.list(VARIABLES);
        SeriesFill.Interior interior = switch (p.string(METHOD)) {
            case "carry_forward" -> SeriesFill.Interior.CARRY_FORWARD;
            case "none" -> SeriesFill.Interior.NONE;
            default -> SeriesFill.Interior.LINEAR;
        };
        SeriesFill.Ends ends = SeriesFill.Ends.valueOf(p.string(EXTRAPOLATE).toUpperCase(java.util.Locale.ROOT));
        double maxGap = p.isSet(MAX_GAP) ? p.integer(MAX_GAP) : Double.POSITIVE_INFINITY;

        Result result = new Result("data.fill");
        ResultTable cells = new ResultTable(List.of("variable", RowKeys.ENTITY, RowKeys.TIME, "value", "how"));
        ResultTable summary = new ResultTable(List.of("variable", "missing_before", "interpolated", "carried_forward",
                "extrapolated", "carried_to_end", "missing_after"));
        List<double[]> filled = new ArrayList<>();
        int totalFilled = 0;
        int totalLeft = 0;
        for (String v : variables) {
            double[] y = data.numeric(v);
            double[] out = new double[y.length];
            Map<How, Integer> counts = new EnumMap<>(How.class);
            for (int e = 0; e < data.nEntities(); e++) {
                int from = data.firstRow(e);
                int to = data.endRow(e);
                double[] time = new double[to - from];
                double[] series = new double[to - from];
                for (int r = from; r < to; r++) {
                    time[r - from] = data.time(r);
                    series[r - from] = y[r];
                }
                SeriesFill.Filled f = SeriesFill.fill(time, series, interior, ends, maxGap);
                for (int k = 0; k < series.length; k++) {
                    int r = from + k;
                    out[r] = f.values()[k];
                    How how = f.how()[k];
                    counts.merge(how, 1, Integer::sum);
                    if (how != How.OBSERVED && how != How.MISSING) {
                        cells.addRow(v, data.entityLabel(r), data.time(r), out[r], how.label());
                    }
                }
            }
            filled.add(out);
            int before = (int) java.util.Arrays.stream(y).filter(Double::isNaN).count();
            int extrapolated = counts.getOrDefault(How.EXTRAPOLATED_LINEAR, 0)
                    + counts.getOrDefault(How.EXTRAPOLATED_LOGLINEAR, 0);
            int left = counts.getOrDefault(How.MISSING, 0);
            summary.addRow(v, before, counts.getOrDefault(How.INTERPOLATED, 0),
                    counts.getOrDefault(How.CARRIED_FORWARD, 0), extrapolated,
                    counts.getOrDefault(How.CARRIED_TO_END, 0), left);
            int done = before - left;
            totalFilled += done;
            totalLeft += left;
            if (done > 0) {
                result.warn(v + ": " + done + " of " + before + " missing cells filled (" + describe(counts) + "); "
                        + (left == 0 ? "none stays missing" : left + " stay missing")
                        + "; every filled cell is listed in tables.cells");
            }
        }
        ResultTable table = new ResultTable(RowKeys.columns(data, variables.toArray(String[]::new)));
        for (int r = 0; r < data.rows(); r++) {
            List<Object> row = RowKeys.values(data, r);
            for (double[] col : filled) {
                row.add(Double.isNaN(col[r]) ? null : col[r]);
            }
            table.addRow(row.toArray());
        }
        result.table("filled", table);
        result.table("cells", cells);
        result.table("summary", summary);
        result.statistic("n_filled", totalFilled);
        result.statistic("n_missing_after", totalLeft);
        result.statistic("method", p.string(METHOD));
        result.statistic("extrapolate", p.string(EXTRAPOLATE));
        return result;
    }

    private static String describe(Map<How, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (How h : How.values()) {
            if (h != How.OBSERVED && h != How.MISSING && counts.getOrDefault(h, 0) > 0) {
                parts.add(counts.get(h) + " " + h.label().replace('_', ' '));
            }
        }
        return String.join(", ", parts);
    }
}
