package org.carbonlab.efficiency.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;
import org.carbonlab.efficiency.numerics.dea.DeaEngine;
import org.carbonlab.efficiency.numerics.dea.DeaSolver;
import org.carbonlab.efficiency.numerics.dea.DeaSpec;
import org.carbonlab.efficiency.numerics.dea.DmuSolution;
import org.carbonlab.efficiency.numerics.dea.Frontiers;
import org.carbonlab.efficiency.numerics.dea.Intensities;

/**
 * {@code efficiency.dea}: data envelopment analysis of every entity-period (DMU) of a panel. Models: radial CCR/BCC
 * (two-phase, max-slack), Tone's SBM (with undesirable outputs: Tone 2003), super-SBM (Tone 2002), and the directional
 * distance function with weak disposability of undesirable outputs. Frontiers: contemporaneous, sequential, global,
 * window. See {@link org.carbonlab.efficiency.numerics.dea.DeaSolver} and the model classes it names for the exact
 * programs.
 *
 * <p>Output {@code tables.scores}: entity, time, score, efficient, super_score, combined, slack_&lt;variable&gt; for
 * every input, output and undesirable output, peers ({@code entity@time:λ; ...}) and status (optimal / infeasible /
 * fallback, or the solver's state when a program failed). {@code tables.period_means}: mean score and combined per
 * period.
 *
 * <p>A cross-section (data without a time column) is one period: every DMU is in the one reference set, the tables
 * have no time column, peers are {@code entity:λ}, and there is no {@code period_means} (the means are in the
 * statistics); frontier=sequential or window, which need periods, are input errors.
 */
public class DeaEstimator implements Estimator {
    static final String INPUTS = "inputs";
    static final String OUTPUTS = "outputs";
    static final String UNDESIRABLE = "undesirable";
    static final String MODEL = "model";
    static final String ORIENTATION = "orientation";
    static final String RTS = "rts";
    static final String SUPER = "super";
    static final String FRONTIER = "frontier";
    static final String WINDOW = "window";
    static final String DIRECTION = "direction";
    static final String FALLBACK = "fallback";
    static final String ZEROS = "zeros";
    static final String GROUP = "group";
    static final String MISSING = "missing";

    private static final int MAX_LISTED = 20;

    @Override
    public ParameterSchema parameters() {
        return new ParameterSchema(List.of(
                ParameterSpec.required(INPUTS, ParameterType.COLUMN_LIST, "input columns, comma-separated"),
                ParameterSpec.required(OUTPUTS, ParameterType.COLUMN_LIST,
                        "desirable output columns, comma-separated"),
                ParameterSpec.optional(UNDESIRABLE, ParameterType.COLUMN_LIST, null,
                        "undesirable (bad) output columns such as CO2; SBM: Tone (2003) slacks; DDF: weak "
                                + "disposability; radial: treated as inputs"),
                ParameterSpec.choice(MODEL, "sbm", List.of("radial", "sbm", "ddf"),
                        "radial (CCR/BCC with max-slack second phase), sbm (Tone 2001/2003 slacks-based measure) or "
                                + "ddf (directional distance function; score = beta, 0 = efficient)"),
                ParameterSpec.choice(ORIENTATION, "nonoriented", List.of("input", "output", "nonoriented"),
                        "orientation of radial (input or output) and SBM models; radial output scores are 1/phi"),
                ParameterSpec.choice(RTS, "crs", List.of("crs", "vrs"), "returns to scale: constant or variable"),
                new ParameterSpec(SUPER, ParameterType.BOOLEAN, "false", false, List.of(), null, null,
                        "super-efficiency for efficient DMUs (the DMU left out of its own reference set): "
                                + "Andersen-Petersen for radial, Tone (2002) super-SBM for sbm, negative beta for ddf"),
                ParameterSpec.choice(FRONTIER, "contemporaneous",
                        List.of("contemporaneous", "sequential", "global", "window"),
                        "reference set of a DMU in period t: the DMUs of period t, of all periods up to t, of all "
                                + "periods, or of a window of `window` periods ending at t (the first `window` "
                                + "periods for earlier t)"),
                ParameterSpec.integer(WINDOW, 3, 1, null, "window length in periods for frontier=window"),
                ParameterSpec.optional(DIRECTION, ParameterType.STRING, "0,y,-b",
                        "DDF direction as three items for inputs, outputs, undesirable: 0 or -x, 0 or y, 0 or -b "
                                + "(each scaled by the DMU's own values)"),
                ParameterSpec.choice(FALLBACK, "score", List.of("score", "sbm", "lcz"),
                        "infeasible super-efficiency program: `score` reports super_score = the score (1) with "
                                + "status infeasible; `sbm` uses the non-oriented super-SBM of the same returns to "
                                + "scale (always feasible under VRS) with status fallback; `lcz` (model=radial, "
                                + "orientation=input) uses the two-stage super-efficiency of Lee, Chu and Zhu (2011): "
                                + "the least output shortfall beta that makes the program feasible, then the radial "
                                + "program with outputs reduced by it; super_score = theta + mean(beta), status "
                                + "fallback (lcz with another model or orientation is an input error). Either way a warning names the DMU"),
                ParameterSpec.choice(MISSING, "error", List.of("error", "drop"),
                        "rows with a missing input or output: error (name them) or drop them with a warning (DEA needs every DMU's data)"),
                ParameterSpec.choice(ZEROS, "error", List.of("error", "tone"),
                        "zeros in SBM data: `error` names each zero cell; `tone` applies Tone's rule (a zero input's "
                                + "term is dropped from the objective; a zero output in a denominator is replaced by "
                                + "the smallest positive value of that output / 100)"),
                ParameterSpec.optional(GROUP, ParameterType.COLUMN, null,
                        "a column (e.g. region) copied into tables.scores as 'group', so that tables and charts can "
                                + "show the scores by group; it does not change the frontier")));
    }

    /** Everything resolved from the parameters and the data. */
    private record Plan(List<String> inputs, List<String> outputs, List<String> bad, DeaSpec spec, String frontier,
            int window, List<String> problems, List<String> warnings) {
    }

    private Plan plan(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> inputs = p.list(INPUTS);
        List<String> outputs = p.list(OUTPUTS);
        List<String> bad = p.list(UNDESIRABLE);
        String model = p.string(MODEL);
        String orientation = p.string(ORIENTATION);
        String frontier = p.string(FRONTIER);
        int window = (int) p.integer(WINDOW);
        boolean superEff = p.bool(SUPER);

        if (inputs.isEmpty()) {
            problems.add("inputs: at least one input column is needed");
        }
        String group = p.string(GROUP);
        if (group != null && !group.isBlank() && !data.hasColumn(group)) {
            problems.add("group column '" + group + "' is not in the data; columns: "
                    + String.join(", ", data.columnNames()));
        }
        if (outputs.isEmpty()) {
            problems.add("outputs: at least one desirable output column is needed");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String c : concat(inputs, outputs, bad)) {
            if (!seen.add(c)) {
                problems.add("column '" + c + "' is listed more than once among inputs, outputs and undesirable");
            }
        }
        if (model.equals("radial") && orientation.equals("nonoriented")) {
            problems.add("model=radial needs orientation=input or orientation=output");
        }
        boolean[] direction = new boolean[] {false, true, true};
        if (model.equals("ddf")) {
            direction = parseDirection(p.string(DIRECTION), problems);
            if (bad.isEmpty() && direction != null && !direction[0] && !direction[1]) {
                problems.add("direction: with no undesirable output the direction must move inputs or outputs");
            }
        }
        if (!data.hasTime() && (frontier.equals("sequential") || frontier.equals("window"))) {
            problems.add("frontier=" + frontier + " needs periods, but " + data.origin() + " is a cross-section (no time "
                    + "column): all its DMUs form one frontier (leave frontier at contemporaneous)");
        } else if (frontier.equals("window") && window > data.nPeriods()) {
            problems.add("window=" + window + " is larger than the panel: " + data.nPeriods() + " period(s) in "
                    + data.origin());
        }
        List<String> all = concat(inputs, outputs, bad);
        List<String> colProblems = data.checkNumeric(all);
        problems.addAll(colProblems);
        if (colProblems.isEmpty() && !all.isEmpty()) {
            boolean zerosError = model.equals("sbm") && p.string(ZEROS).equals("error");
            for (String c : all) {
                double[] v = data.numeric(c);
                List<String> missing = new ArrayList<>();
                List<String> negative = new ArrayList<>();
                List<String> zero = new ArrayList<>();
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < v.length; r++) {
                    if (Double.isNaN(v[r])) {
                        missing.add(data.describe(r));
                    } else {
                        min = Math.min(min, v[r]);
                        max = Math.max(max, v[r]);
                        if (v[r] < 0) {
                            negative.add(data.describe(r) + " = " + v[r]);
                        } else if (v[r] == 0) {
                            zero.add(data.describe(r));
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    problems.add("variable '" + c + "' is missing in " + missing.size() + " row(s): "
                            + listed(missing) + "; DEA needs every DMU's data (drop or impute those rows)");
                }
                if (!negative.isEmpty()) {
                    problems.add("variable '" + c + "' has negative values (DEA needs data >= 0): " + listed(negative));
                }
                if (max == 0.0) {
                    problems.add("variable '" + c + "' is zero for every DMU");
                } else if (zerosError && !zero.isEmpty()) {
                    problems.add("variable '" + c + "' is zero in " + zero.size() + " row(s): " + listed(zero)
                            + "; SBM divides by each DMU's data: fix the data or set zeros=tone (Tone's rule)");
                } else if (!zero.isEmpty() && model.equals("sbm")) {
                    warnings.add("variable '" + c + "' is zero in " + zero.size() + " row(s) (" + listed(zero)
                            + "): Tone's rule applied");
                }
                if (missing.isEmpty() && min == max && max != 0.0) {
                    warnings.add("variable '" + c + "' is constant (" + max + "): it does not discriminate "
                            + "between DMUs");
                }
            }
        }
        if (!bad.isEmpty() && model.equals("radial")) {
            warnings.add("model=radial treats the undesirable outputs " + bad + " as inputs");
        }
        if (model.equals("ddf") && !orientation.equals("nonoriented")) {
            warnings.add("orientation is ignored by model=ddf: the direction parameter sets what moves");
        }
        if (superEff && p.string(FALLBACK).equals("lcz")
                && !(model.equals("radial") && !orientation.equals("output"))) {
            problems.add("fallback=lcz (Lee, Chu and Zhu 2011) is defined here for model=radial with orientation=input "
                    + "only; use fallback=score or fallback=sbm for model=" + model + ", orientation=" + orientation);
        }
        DeaSpec spec = new DeaSpec(DeaSpec.Model.valueOf(model.toUpperCase(Locale.ROOT)),
                DeaSpec.Orientation.valueOf(orientation.toUpperCase(Locale.ROOT)), p.string(RTS).equals("vrs"),
                superEff, DeaSpec.Fallback.valueOf(p.string(FALLBACK).toUpperCase(Locale.ROOT)), direction,
                p.string(ZEROS).equals("tone"));
        return new Plan(inputs, outputs, bad, spec, frontier, window, problems, warnings);
    }

    private static boolean[] parseDirection(String text, List<String> problems) {
        String[] parts = text == null ? new String[0] : text.split(",");
        String[][] allowed = {{"0", "-x"}, {"0", "y"}, {"0", "-b"}};
        if (parts.length != 3) {
            problems.add("direction '" + text + "': give three comma-separated items (inputs, outputs, undesirable), "
                    + "e.g. 0,y,-b or -x,y,-b");
            return new boolean[] {false, true, true};
        }
        boolean[] d = new boolean[3];
        for (int k = 0; k < 3; k++) {
            String s = parts[k].trim();
            if (s.equals(allowed[k][1])) {
                d[k] = true;
            } else if (!s.equals(allowed[k][0])) {
                problems.add("direction item " + (k + 1) + " is '" + s + "': allowed are " + allowed[k][0] + " or "
                        + allowed[k][1]);
            }
        }
        return d;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    private static String listed(List<String> items) {
        if (items.size() <= MAX_LISTED) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, MAX_LISTED)) + "; and " + (items.size() - MAX_LISTED) + " more";
    }

    @Override
    public List<String> validate(EstimationContext context) {
        return plan(completeRows(context, null)).problems();
    }

    /**
     * With missing=drop, the context restricted to rows where every used variable is present;
     * the number of rows dropped goes to {@code warnings}. Otherwise the context unchanged.
     */
    private static EstimationContext completeRows(EstimationContext context, List<String> warnings) {
        Parameters p = context.parameters();
        if (!"drop".equals(p.string(MISSING))) {
            return context;
        }
        PanelFrame data = context.data();
        List<String> used = concat(p.list(INPUTS), p.list(OUTPUTS), p.list(UNDESIRABLE));
        if (!data.checkNumeric(used).isEmpty()) {
            return context; // plan() reports the column problems
        }
        boolean[] ok = new boolean[data.rows()];
        java.util.Arrays.fill(ok, true);
        for (String c : used) {
            double[] v = data.numeric(c);
            for (int r = 0; r < v.length; r++) {
                ok[r] &= !Double.isNaN(v[r]);
            }
        }
        int kept = 0;
        for (boolean b : ok) {
            kept += b ? 1 : 0;
        }
        if (kept == data.rows()) {
            return context;
        }
        int[] keep = new int[kept];
        for (int r = 0, k = 0; r < ok.length; r++) {
            if (ok[r]) {
                keep[k++] = r;
            }
        }
        if (warnings != null) {
            warnings.add("missing=drop: " + (data.rows() - kept) + " of " + data.rows()
                    + " rows left out because an input or output is missing there; " + kept + " DMUs remain");
        }
        return new EstimationContext(data.subset(keep), p, context.monitor(), context.seed());
    }

    @Override
    public Result estimate(EstimationContext original) {
        List<String> dropped = new ArrayList<>();
        EstimationContext context = completeRows(original, dropped);
        Plan plan = plan(context);
        if (!plan.problems().isEmpty()) {
            throw new InputException(plan.problems());
        }
        PanelFrame data = context.data();
        int n = data.rows();
        double[][] x = matrix(data, plan.inputs());
        double[][] g = matrix(data, plan.outputs());
        double[][] b = matrix(data, plan.bad());
        int[][] refs = Frontiers.referenceSets(data.timeIndices(), data.nPeriods(), plan.frontier(), plan.window());
        Result result = new Result("efficiency.dea");
        dropped.forEach(result::warn);
        org.carbonlab.core.result.DataSummary summary = new org.carbonlab.core.result.DataSummary(data.source(),
                data.sha256(), data.rows(), data.nEntities(), data.nPeriods(), data.balanced());
        result.data(data.hasTime() ? summary : summary.asCrossSection());
        plan.warnings().forEach(result::warn);
        int nVars = x.length + g.length + b.length;
        int smallest = Arrays.stream(refs).mapToInt(r -> r.length).min().orElse(0);
        if (smallest < 3 * nVars) {
            result.warn("weak discrimination: the smallest reference set has " + smallest + " DMU(s) for " + nVars
                    + " inputs and outputs (rule of thumb: at least 3 x (inputs + outputs) = " + (3 * nVars)
                    + "); many DMUs will score as efficient");
        }

        ProgressMonitor monitor = context.monitor();
        monitor.begin("efficiency.dea: " + n + " DMUs", n);
        DmuSolution[] sol = DeaEngine.run(plan.spec(), x, g, b, refs, units -> {
            synchronized (monitor) {
                monitor.worked(units);
            }
        }, monitor::isCanceled);
        DeaSolver probe = new DeaSolver(plan.spec(), new double[0][], new double[0][], new double[0][], null, null,
                null);

        String groupColumn = context.parameters().string(GROUP);
        String[] groups = groupColumn == null || groupColumn.isBlank() ? null : data.text(groupColumn);
        List<String> columns = RowKeys.columns(data);
        if (groups != null) {
            columns.add("group");
        }
        columns.addAll(List.of("score", "efficient", "super_score", "combined"));
        for (String v : concat(plan.inputs(), plan.outputs(), plan.bad())) {
            columns.add("slack_" + v);
        }
        columns.add("peers");
        columns.add("status");
        ResultTable scores = new ResultTable(columns);
        List<String> infeasible = new ArrayList<>();
        List<String> fallback = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int nEfficient = 0;
        Map<Long, double[]> perPeriod = new LinkedHashMap<>();
        for (long t : data.hasTime() ? data.periods() : new long[0]) {
            perPeriod.put(t, new double[3]);
        }
        for (int o = 0; o < n; o++) {
            DmuSolution s = sol[o];
            String dmu = RowKeys.label(data, o);
            boolean ok = s.optimal();
            boolean efficient = ok && probe.isEfficient(s.score());
            if (efficient) {
                nEfficient++;
            }
            String status;
            Double superScore = null;
            if (!ok) {
                status = s.state();
                failed.add(dmu + " (" + s.state() + ")");
            } else if (s.superStatus() == null) {
                status = "optimal";
            } else {
                superScore = s.superScore();
                status = switch (s.superStatus()) {
                    case "optimal" -> "optimal";
                    case "fallback" -> {
                        fallback.add(dmu);
                        yield "fallback";
                    }
                    default -> {
                        infeasible.add(dmu + (s.superStatus().equals("infeasible") ? "" : " (" + s.superStatus() + ")"));
                        yield "infeasible";
                    }
                };
            }
            Double score = ok ? s.score() : null;
            Double combined = superScore != null ? superScore : score;
            List<Object> row = RowKeys.values(data, o);
            if (groups != null) {
                row.add(groups[o]);
            }
            row.add(score);
            row.add(efficient);
            row.add(superScore);
            row.add(combined);
            for (double[] sl : new double[][] {s.slackX(), s.slackG(), s.slackB()}) {
                for (double v : sl) {
                    row.add(ok ? Double.valueOf(Math.abs(v) < 1e-12 ? 0.0 : v) : null);
                }
            }
            row.add(ok ? peers(data, refs[o], s.intensities()) : "");
            row.add(status);
            scores.addRow(row.toArray());
            if (ok && data.hasTime()) {
                double[] acc = perPeriod.get(data.time(o));
                acc[0] += s.score();
                acc[1] += combined;
                acc[2] += 1;
            }
        }
        if (!failed.isEmpty()) {
            result.warn("the envelopment program did not reach an optimum for " + failed.size() + " DMU(s): "
                    + listed(failed) + "; their scores are null");
        }
        if (!infeasible.isEmpty()) {
            result.warn("super-efficiency program infeasible for " + infeasible.size() + " efficient DMU(s): "
                    + listed(infeasible) + "; super_score and combined report the efficiency score (1), status "
                    + "infeasible (set fallback=sbm for the non-oriented super-SBM)");
        }
        if (!fallback.isEmpty()) {
            result.warn("super-efficiency program infeasible for " + fallback.size() + " efficient DMU(s): "
                    + listed(fallback) + "; super_score is " + (plan.spec().fallback() == DeaSpec.Fallback.LCZ
                            ? "the Lee-Chu-Zhu (2011) two-stage super-efficiency (theta + mean output shortfall beta)"
                            : "the non-oriented super-SBM") + " (" + (plan.spec().vrs() ? "VRS" : "CRS")
                    + "), status fallback");
        }
        if (failed.size() == n) {
            throw new EstimationException("no DEA program reached an optimum: " + listed(failed));
        }
        result.table("scores", scores);
        if (data.hasTime()) {
            ResultTable means = new ResultTable(List.of("time", "n", "mean_score", "mean_combined"));
            for (Map.Entry<Long, double[]> e : perPeriod.entrySet()) {
                double[] a = e.getValue();
                means.addRow(e.getKey(), (long) a[2], a[2] > 0 ? a[0] / a[2] : null, a[2] > 0 ? a[1] / a[2] : null);
            }
            result.table("period_means", means);
        }
        result.statistic("n_dmus", n);
        result.statistic("n_efficient", nEfficient);
        result.statistic("n_super_infeasible", infeasible.size());
        result.statistic("n_fallback", fallback.size());
        result.statistic("n_failed", failed.size());
        double sumS = 0;
        double sumC = 0;
        int k = 0;
        int cs = scores.columnIndex("score");
        int cc = scores.columnIndex("combined");
        for (List<Object> r : scores.rows()) {
            if (r.get(cs) != null) {
                sumS += (Double) r.get(cs);
                sumC += (Double) r.get(cc);
                k++;
            }
        }
        result.statistic("mean_score", k > 0 ? sumS / k : null);
        result.statistic("mean_combined", k > 0 ? sumC / k : null);
        result.statistic("scaling", "each variable divided by its mean before solving");
        return result;
    }

    private static double[][] matrix(PanelFrame data, List<String> cols) {
        double[][] m = new double[cols.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = data.numeric(cols.get(i));
        }
        return m;
    }

    /** The reference DMUs with λ above 1e-9, in reference order (read from the sparse λ: no pass over the set). */
    private static String peers(PanelFrame data, int[] ref, Intensities lambda) {
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < lambda.size(); q++) {
            if (lambda.value(q) > 1e-9) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                int j = ref[lambda.position(q)];
                sb.append(RowKeys.label(data, j)).append(':')
                        .append(String.format(Locale.ROOT, "%.6g", lambda.value(q)));
            }
        }
        return sb.toString();
    }
}
