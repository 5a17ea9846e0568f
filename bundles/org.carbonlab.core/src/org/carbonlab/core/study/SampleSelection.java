package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.result.Result;

/**
 * The sample selection every analysis takes, applied by the runner before the estimator sees the data (so it
 * works the same for every estimator, from the command line and from a study):
 * <ul>
 * <li>{@code subset=EXPRESSION}: keep the rows where the expression is true (not 0), e.g.
 * {@code region == "east"} or {@code !inlist(province, "Beijing", "Shanghai")}; rows where it is missing are
 * left out too, counted separately.</li>
 * <li>{@code period_range=FROM:TO}: keep the periods from FROM to TO, both included; either may be omitted
 * ({@code 2005:}, {@code :2015}); one number keeps that period.</li>
 * </ul>
 * An estimator that declares a parameter of the same name itself gets it instead. The estimator sees only the
 * selected rows: lags that reach outside the selection are missing (unlike Stata's {@code if}, which lags over
 * the whole data); derive such lags as study variables first. The result records the selection in
 * {@code data.sample} (the expression, the range, rows before and after, rows dropped by each rule).
 */
public final class SampleSelection {
    public static final String SUBSET = "subset";
    public static final String PERIOD_RANGE = "period_range";

    private final String subset;
    private final String rangeText;
    private final Long from;
    private final Long to;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private Winsorizing winsorizing; // null: no variable winsorised
    private String formula; // the analysis' formula, which defines the estimation sample for winsorizing

    private SampleSelection(String subset, String rangeText, Long from, Long to) {
        this.subset = subset;
        this.rangeText = rangeText;
        this.from = from;
        this.to = to;
    }

    /**
     * Removes {@code subset} and {@code period_range} from {@code raw} unless {@code schema} declares them, and
     * parses them; an {@link InputException} lists what does not parse.
     */
    public static SampleSelection take(Map<String, String> raw, ParameterSchema schema) {
        // both are removed before anything can throw, so the caller can still resolve the other parameters
        String subset = takeOne(raw, schema, SUBSET);
        String range = takeOne(raw, schema, PERIOD_RANGE);
        List<String> problems = new ArrayList<>();
        Winsorizing winsorizing = Winsorizing.take(raw, schema, problems);
        if (subset != null) {
            try {
                Expression.parse(subset);
            } catch (InputException e) {
                e.problems().forEach(p -> problems.add("parameter 'subset': " + p));
            }
        }
        Long from = null;
        Long to = null;
        if (range != null) {
            String[] parts = range.contains(":") ? range.split(":", -1) : new String[] {range, range};
            if (parts.length != 2 || (parts[0].isBlank() && parts[1].isBlank())) {
                problems.add("parameter 'period_range' takes FROM:TO (e.g. 2005:2015, 2005: or :2015), not '"
                        + range + "'");
            } else {
                try {
                    from = parts[0].isBlank() ? null : Long.parseLong(parts[0].strip());
                    to = parts[1].isBlank() ? null : Long.parseLong(parts[1].strip());
                    if (from != null && to != null && from > to) {
                        problems.add("parameter 'period_range': " + from + " comes after " + to);
                    }
                } catch (NumberFormatException e) {
                    problems.add("parameter 'period_range' takes whole periods FROM:TO (e.g. 2005:2015), not '"
                            + range + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        SampleSelection selection = new SampleSelection(subset, range, from, to);
        selection.winsorizing = winsorizing;
        selection.formula = raw.get("formula");
        return selection;
    }

    /**
     * The common parameters as specs, for listings and dialogs: those {@code schema} does not declare itself
     * (an estimator's own parameter of the same name wins).
     */
    public static List<org.carbonlab.core.estimator.ParameterSpec> parameterSpecs(ParameterSchema schema) {
        List<org.carbonlab.core.estimator.ParameterSpec> out = new ArrayList<>();
        if (schema.spec(SUBSET).isEmpty()) {
            out.add(org.carbonlab.core.estimator.ParameterSpec.optional(SUBSET,
                    org.carbonlab.core.estimator.ParameterType.STRING, null,
                    "common: keep the rows where this expression is true, e.g. region == \"east\" (missing counts"
                            + " as not selected); applied before estimation and reported in data.sample"));
        }
        if (schema.spec(PERIOD_RANGE).isEmpty()) {
            out.add(org.carbonlab.core.estimator.ParameterSpec.optional(PERIOD_RANGE,
                    org.carbonlab.core.estimator.ParameterType.STRING, null,
                    "common: keep the periods FROM:TO, both included (2005:2015, 2005: or :2015)"));
        }
        out.addAll(Winsorizing.parameterSpecs(schema));
        return out;
    }

    private static String takeOne(Map<String, String> raw, ParameterSchema schema, String name) {
        if (schema.spec(name).isPresent() || !raw.containsKey(name)) {
            return null;
        }
        String v = raw.remove(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** True when nothing is selected (every row is used) and nothing winsorised. */
    public boolean isEmpty() {
        return subset == null && rangeText == null && winsorizing == null;
    }

    /**
     * The selected rows of {@code data}, with the {@code winsor} variables winsorised ({@link Winsorizing}) after the
     * selection; an {@link InputException} when the expression fails or nothing is left.
     */
    public PanelFrame apply(PanelFrame data) {
        PanelFrame selected = select(data);
        return winsorizing == null ? selected : winsorizing.apply(selected, formula);
    }

    private PanelFrame select(PanelFrame data) {
        if (subset == null && rangeText == null) {
            return data;
        }
        int n = data.rows();
        boolean[] keep = new boolean[n];
        java.util.Arrays.fill(keep, true);
        int missing = 0;
        int notTrue = 0;
        int outside = 0;
        if (subset != null) {
            double[] c;
            try {
                c = Expression.parse(subset).evaluate(data, warnings);
            } catch (InputException e) {
                List<String> problems = new ArrayList<>();
                e.problems().forEach(p -> problems.add("parameter 'subset': " + p));
                throw new InputException(problems);
            }
            for (int r = 0; r < n; r++) {
                if (Double.isNaN(c[r])) {
                    keep[r] = false;
                    missing++;
                } else if (c[r] == 0) {
                    keep[r] = false;
                    notTrue++;
                }
            }
        }
        if (rangeText != null) {
            if (!data.hasTime()) {
                throw new InputException("parameter 'period_range' needs periods, but " + data.origin()
                        + " is a cross-section (no time column)");
            }
            for (int r = 0; r < n; r++) {
                long t = data.time(r);
                if ((from != null && t < from) || (to != null && t > to)) {
                    if (keep[r]) {
                        outside++;
                    }
                    keep[r] = false;
                }
            }
        }
        int[] rows = java.util.stream.IntStream.range(0, n).filter(r -> keep[r]).toArray();
        if (rows.length == 0) {
            throw new InputException("the sample selection keeps no row of " + data.origin() + ": " + describe()
                    + " (" + n + " rows: " + notTrue + " where the subset is false, " + missing
                    + " where it is missing, " + outside + " outside the periods)");
        }
        report.put("rows_data", n);
        report.put("rows_selected", rows.length);
        if (subset != null) {
            report.put(SUBSET, subset);
            report.put("dropped_by_subset", notTrue);
            report.put("dropped_missing_subset", missing);
            if (missing > 0) {
                warnings.add("subset '" + subset + "' is missing in " + missing + " of " + n + " rows of "
                        + data.origin() + "; those rows are left out");
            }
        }
        if (rangeText != null) {
            report.put(PERIOD_RANGE, rangeText);
            report.put("dropped_outside_periods", outside);
        }
        return data.subset(rows);
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        if (subset != null) {
            parts.add("subset '" + subset + "'");
        }
        if (rangeText != null) {
            parts.add("period_range " + rangeText);
        }
        return String.join(" and ", parts);
    }

    /** Records the selection in the result: parameters, {@code data.sample} and warnings. */
    public void report(Result result) {
        if (isEmpty()) {
            return;
        }
        if (subset != null) {
            result.parameters().put(SUBSET, subset);
        }
        if (rangeText != null) {
            result.parameters().put(PERIOD_RANGE, rangeText);
        }
        result.sample().putAll(report);
        if (winsorizing != null) {
            result.parameters().putAll(winsorizing.parameters());
            result.sample().put("winsor", winsorizing.report());
        }
        for (int i = warnings.size() - 1; i >= 0; i--) {
            if (!result.warnings().contains(warnings.get(i))) {
                result.warnings().add(0, warnings.get(i));
            }
        }
    }
}
