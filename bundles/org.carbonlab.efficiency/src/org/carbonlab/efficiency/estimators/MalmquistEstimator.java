package org.carbonlab.efficiency.estimators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram.Distance;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex.Frontier;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex.Kind;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex.Link;
import org.carbonlab.efficiency.numerics.malmquist.MalmquistIndex.LinkStatus;

/**
 * {@code efficiency.malmquist}: productivity change between consecutive periods from DEA distance
 * functions — the Malmquist index (radial, output-oriented Shephard distances), the
 * Malmquist–Luenberger index (Chung, Färe &amp; Grosskopf 1997), the global Malmquist–Luenberger index
 * (Oh 2010; "green TFP") and the Luenberger indicator, with contemporaneous (adjacent-period),
 * sequential or global frontiers. The formulas are those of {@link MalmquistIndex}; the programs
 * those of {@link DistanceProgram} (CRS by default, direction g = (0, y, −b)).
 *
 * <p>{@code model=sbm-ddf}: the directional slacks-based inefficiency of Fukuyama &amp; Weber (2009,
 * Socio-Economic Planning Sciences 43(4) 274–287) with bad outputs, direction g = (x_o, y_o, b_o):
 * S = max (1/3)[(1/N)Σ s_x/g_x + (1/M)Σ s_y/g_y + (1/J)Σ s_b/g_b] s.t. Σλx + s_x = x_o,
 * Σλy − s_y = y_o, Σλb + s_b = b_o, λ, s ≥ 0 (VRS adds Σλ = 1); without bad outputs the two-part
 * measure ½[(1/N)Σ s_x/g_x + (1/M)Σ s_y/g_y]. index=luenberger uses differences of S, index=ml and
 * gml ratios of 1 + S (as for ddf); index=malmquist is not defined for it. The distances table
 * reports S in the column beta. S is never negative, so an observation outside an adjacent period's
 * technology makes that cross-period program infeasible (see the infeasible parameter).
 *
 * <p>Output {@code tables.index}: entity, period_from, period_to, index, ec, tc (for the global
 * frontier the best-practice gap change BPC), cumulative (chained level, first period = 1; for
 * Luenberger 1 + the running sum), status (optimal | infeasible | unbounded | failed | missing) and
 * detail (which program failed). {@code tables.distances}: every distance β solved, with its status.
 * {@code tables.levels}: entity, time, level: the chained level (1 in each entity's first period), to bind as a
 * variable (green TFP as the cumulated GML index).
 *
 * <p>Infeasible cross-period programs ({@code infeasible} parameter): {@code report} (default) keeps the
 * link with null index and tc (ec too when its own programs failed), the status and a warning naming
 * the entity, periods and program, and breaks the entity's cumulative chain from there (null);
 * {@code error} stops with an estimation error listing every such program.
 */
public class MalmquistEstimator implements Estimator {
    public static final String ID = "efficiency.malmquist";
    static final String INPUTS = "inputs";
    static final String OUTPUTS = "outputs";
    static final String UNDESIRABLE = "undesirable";
    static final String INDEX = "index";
    static final String MODEL = "model";
    static final String FRONTIER = "frontier";
    static final String RTS = "rts";
    static final String INFEASIBLE = "infeasible";

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required(INPUTS, ParameterType.COLUMN_LIST, "input columns, comma-separated (strictly positive)"),
                ParameterSpec.required(OUTPUTS, ParameterType.COLUMN_LIST,
                        "desirable output columns, comma-separated (strictly positive)"),
                new ParameterSpec(UNDESIRABLE, ParameterType.COLUMN_LIST, null, false, List.of(), null, null,
                        "undesirable (bad) output columns: weakly disposable with model=ddf; with model=sbm-ddf "
                                + "bounded by their slacks (sum lambda b + s_b = b); not allowed with model=radial"),
                ParameterSpec.choice(INDEX, "gml", List.of("malmquist", "ml", "gml", "luenberger"),
                        "malmquist (ratio of Shephard distances), ml (Malmquist-Luenberger, Chung et al. 1997), gml (global ML, Oh 2010) "
                                + "or luenberger (difference of DDF values, or of S with model=sbm-ddf)"),
                ParameterSpec.choice(MODEL, "ddf", List.of("radial", "ddf", "sbm-ddf"),
                        "distance function: radial (output-oriented Shephard; no bad outputs), ddf (direction g = (0, y, -b)) "
                                + "or sbm-ddf (Fukuyama-Weber 2009 slacks-based DDF, direction g = (x, y, b): "
                                + "S = max 1/3 [mean s_x/x + mean s_y/y + mean s_b/b], 1/2 and two terms without bad outputs; "
                                + "luenberger uses differences of S, ml and gml ratios of 1 + S; not with index=malmquist)"),
                ParameterSpec.choice(FRONTIER, "auto", List.of("auto", "contemporaneous", "sequential", "global"),
                        "reference technology: contemporaneous (adjacent periods t and t+1), sequential (all periods up to t) "
                                + "or global (all periods; index = global ratio, tc = best-practice gap change); auto: global for gml, else contemporaneous"),
                ParameterSpec.choice(RTS, "crs", List.of("crs", "vrs"),
                        "returns to scale of the technology; vrs makes more cross-period programs infeasible"),
                ParameterSpec.choice(INFEASIBLE, "report", List.of("report", "error"),
                        "infeasible cross-period programs: report (keep the link with null values, its status and a warning; "
                                + "the cumulative chain stops) or error (fail, listing every infeasible program)"));
    }

    /** The validated plan; problems collects every input problem. */
    private static final class Plan {
        final List<String> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        List<String> inputs;
        List<String> outputs;
        List<String> bads;
        Kind kind;
        DistanceProgram.Model model;
        Frontier frontier;
        boolean vrs;
        String index;

        Plan(EstimationContext context) {
            Parameters p = context.parameters();
            PanelFrame data = context.data();
            inputs = p.list(INPUTS);
            outputs = p.list(OUTPUTS);
            bads = p.list(UNDESIRABLE);
            index = p.string(INDEX);
            String m = p.string(MODEL);
            vrs = "vrs".equals(p.string(RTS));
            if (inputs.isEmpty()) {
                problems.add("parameter 'inputs' needs at least one column");
            }
            if (outputs.isEmpty()) {
                problems.add("parameter 'outputs' needs at least one column");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String c : concat()) {
                if (!seen.add(c)) {
                    problems.add("column '" + c + "' is listed more than once among inputs, outputs and undesirable");
                }
            }
            problems.addAll(data.checkNumeric(seen));
            boolean sbm = "sbm-ddf".equals(m);
            if (sbm && index.equals("malmquist")) {
                problems.add("index=malmquist is a ratio of Shephard distances and is not defined for model=sbm-ddf; "
                        + "use index=luenberger (differences of S), ml or gml (ratios of 1 + S)");
            }
            model = "radial".equals(m) ? DistanceProgram.Model.RADIAL
                    : sbm ? DistanceProgram.Model.SBM_DDF : DistanceProgram.Model.DDF;
            if ("radial".equals(m) && !bads.isEmpty()) {
                problems.add("model=radial takes no undesirable outputs (" + String.join(", ", bads)
                        + "); use model=ddf for weakly disposable bad outputs");
            }
            if ("radial".equals(m) && !index.equals("malmquist")) {
                problems.add("index=" + index + " is defined on directional distance functions; use model=ddf (or index=malmquist)");
            }
            if (index.equals("malmquist") && !bads.isEmpty()) {
                problems.add("index=malmquist ignores undesirable outputs; use index=ml, gml or luenberger with undesirable="
                        + String.join(",", bads));
            }
            kind = index.equals("luenberger") ? Kind.DIFFERENCE : Kind.RATIO;
            String f = p.string(FRONTIER);
            if (f.equals("auto")) {
                f = index.equals("gml") ? "global" : "contemporaneous";
            }
            if (index.equals("gml") && !f.equals("global")) {
                problems.add("index=gml uses the global frontier; frontier=" + f
                        + " gives the (sequential) Malmquist-Luenberger index: use index=ml");
            }
            frontier = Frontier.valueOf(f.toUpperCase(java.util.Locale.ROOT));
            if (sbm && bads.isEmpty()) {
                warnings.add("no undesirable outputs: model=sbm-ddf uses the two-part slacks measure "
                        + "S = 1/2 [mean s_x/x + mean s_y/y]");
            } else if ((index.equals("ml") || index.equals("gml")) && bads.isEmpty()) {
                warnings.add("no undesirable outputs: index=" + index + " reduces to the "
                        + (frontier == Frontier.GLOBAL ? "global " : "") + "Malmquist index");
            }
            if (!data.hasTime()) {
                problems.add("efficiency.malmquist compares periods, but " + data.origin() + " is a cross-section (no "
                        + "time column); name the time column (--time COL, or the study dataset's timeColumn), or use "
                        + "efficiency.dea for the scores of one period");
            } else if (data.nPeriods() < 2) {
                problems.add("efficiency.malmquist needs at least two periods; " + data.origin() + " has "
                        + data.nPeriods());
            }
            if (problems.isEmpty()) {
                checkValues(data);
            }
        }

        List<String> concat() {
            List<String> all = new ArrayList<>(inputs);
            all.addAll(outputs);
            all.addAll(bads);
            return all;
        }

        private void checkValues(PanelFrame data) {
            for (String c : concat()) {
                double[] v = data.numeric(c);
                int listed = 0;
                for (int r = 0; r < v.length; r++) {
                    if (Double.isNaN(v[r]) || !(v[r] > 0)) {
                        if (listed++ < 5) {
                            problems.add("variable '" + c + "' must be strictly positive for the distance functions; it is "
                                    + (Double.isNaN(v[r]) ? "missing" : Double.toString(v[r])) + " at " + data.describe(r));
                        }
                    }
                }
                if (listed > 5) {
                    problems.add("variable '" + c + "': " + (listed - 5) + " more missing or non-positive cells");
                }
            }
            int m = concat().size();
            for (int t = 0; t < data.nPeriods(); t++) {
                long period = data.periods()[t];
                int count = 0;
                for (int r = 0; r < data.rows(); r++) {
                    count += data.timeIndex(r) == t ? 1 : 0;
                }
                if (count < m) {
                    warnings.add("period " + period + " has " + count + " observations for " + m
                            + " inputs and outputs: weak discrimination (many units on the frontier)");
                }
            }
            if (!data.balanced()) {
                warnings.add("unbalanced panel: links of an entity with a missing period get status missing");
            }
        }
    }

    @Override
    public List<String> validate(EstimationContext context) {
        return new Plan(context).problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        Plan plan = new Plan(context);
        if (!plan.problems.isEmpty()) {
            throw new InputException(plan.problems);
        }
        PanelFrame data = context.data();
        int n = data.rows();
        double[][] x = matrix(data, plan.inputs);
        double[][] y = matrix(data, plan.outputs);
        double[][] b = matrix(data, plan.bads);
        MalmquistIndex.Panel panel = new MalmquistIndex.Panel(data.nEntities(), data.nPeriods(), data.entityIndices(),
                data.timeIndices(), x, y, b);
        MalmquistIndex.Options options = new MalmquistIndex.Options(plan.kind, plan.model, plan.frontier, plan.vrs);
        int programs = n * (plan.frontier == Frontier.GLOBAL ? 2 : 3);
        context.monitor().begin("efficiency.malmquist: " + programs + " linear programs (at most)", programs);
        long start = System.nanoTime();
        MalmquistIndex.Outcome outcome = MalmquistIndex.compute(panel, options, context.monitor()::isCanceled,
                k -> {
                    synchronized (context.monitor()) {
                        context.monitor().worked(k);
                    }
                });
        long[] periods = data.periods();
        List<String> failures = new ArrayList<>();
        ResultTable table = new ResultTable(
                List.of("entity", "period_from", "period_to", "index", "ec", "tc", "cumulative", "status", "detail"));
        int optimal = 0;
        double logSum = 0;
        double sum = 0;
        for (Link l : outcome.links()) {
            String entity = data.entityLabels().get(l.entity());
            long from = periods[l.from()];
            long to = periods[l.to()];
            String detail = l.detail().isEmpty() ? null : relabel(l.detail(), periods);
            if (l.status() == LinkStatus.OPTIMAL) {
                optimal++;
                sum += l.index();
                logSum += Math.log(l.index());
            } else if (l.status() == LinkStatus.MISSING) {
                failures.add("entity " + entity + ": no observation for " + from + " or " + to
                        + "; link " + from + "->" + to + " not computed (status missing, cumulative chain stops)");
            } else {
                failures.add("entity " + entity + ", link " + from + "->" + to + ": " + detail
                        + "; index and tc reported as null with status " + l.status().label()
                        + ", cumulative chain stops");
            }
            table.addRow(entity, from, to, num(l.index()), num(l.ec()), num(l.tc()), num(l.cumulative()),
                    l.status().label(), detail);
        }
        boolean anyInfeasible = outcome.links().stream()
                .anyMatch(l -> l.status() != LinkStatus.OPTIMAL && l.status() != LinkStatus.MISSING);
        if (anyInfeasible && "error".equals(context.parameters().string(INFEASIBLE))) {
            throw new EstimationException("efficiency.malmquist: programs without an optimal solution (infeasible=error): "
                    + String.join("; ", failures));
        }
        Result result = new Result(ID);
        result.parameters().putAll(context.parameters().asMap());
        result.data(new DataSummary(data.source(), data.sha256(), n, data.nEntities(), data.nPeriods(), data.balanced()));
        result.table("index", table);
        result.table("distances", distanceTable(data, outcome));
        result.table("levels", levelTable(data, outcome));
        result.statistic("n_links", outcome.links().size());
        result.statistic("n_links_optimal", optimal);
        result.statistic("n_links_not_optimal", outcome.links().size() - optimal);
        if (optimal > 0) {
            if (plan.kind == Kind.RATIO) {
                result.statistic("index_geometric_mean", Math.exp(logSum / optimal));
            } else {
                result.statistic("index_mean", sum / optimal);
            }
        }
        result.statistic("frontier", plan.frontier.name().toLowerCase(java.util.Locale.ROOT));
        result.statistic("elapsed_lp_ms", (System.nanoTime() - start) / 1_000_000);
        plan.warnings.forEach(result::warn);
        failures.forEach(result::warn);
        return result;
    }

    /**
     * The chained level per entity and period (entity, time, level): 1 in the entity's first observed period, then
     * the cumulative column of each link at its later period (null once the chain stops), so that a study can bind
     * it as a variable, e.g. green TFP as the cumulated GML index.
     */
    private static ResultTable levelTable(PanelFrame data, MalmquistIndex.Outcome outcome) {
        long[] periods = data.periods();
        int[] entities = data.entityIndices();
        int[] times = data.timeIndices();
        int[] first = new int[data.nEntities()];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        for (int r = 0; r < entities.length; r++) {
            first[entities[r]] = Math.min(first[entities[r]], times[r]);
        }
        java.util.Map<Integer, List<Link>> byEntity = new java.util.TreeMap<>();
        for (Link l : outcome.links()) {
            byEntity.computeIfAbsent(l.entity(), k -> new ArrayList<>()).add(l);
        }
        ResultTable t = new ResultTable(List.of("entity", "time", "level"));
        for (int e = 0; e < first.length; e++) {
            if (first[e] == Integer.MAX_VALUE) {
                continue;
            }
            String entity = data.entityLabels().get(e);
            t.addRow(entity, periods[first[e]], 1.0);
            for (Link l : byEntity.getOrDefault(e, List.of())) {
                if (l.status() != LinkStatus.MISSING) {
                    t.addRow(entity, periods[l.to()], num(l.cumulative()));
                }
            }
        }
        return t;
    }

    private static ResultTable distanceTable(PanelFrame data, MalmquistIndex.Outcome outcome) {
        ResultTable t = new ResultTable(List.of("entity", "time", "frontier", "beta", "status", "solver_state"));
        long[] periods = data.periods();
        for (int o = 0; o < data.rows(); o++) {
            MalmquistIndex.Distances d = outcome.distances()[o];
            int ti = data.timeIndex(o);
            add(t, data, o, "own", d.own());
            add(t, data, o, "global", d.global());
            if (d.previous() != null) {
                add(t, data, o, "period " + periods[ti - 1], d.previous());
            }
            if (d.next() != null) {
                add(t, data, o, "period " + periods[ti + 1], d.next());
            }
        }
        return t;
    }

    private static void add(ResultTable t, PanelFrame data, int row, String frontier, Distance d) {
        if (d != null) {
            t.addRow(data.entityLabel(row), data.time(row), frontier, num(d.beta()), d.status().label(), d.solverState());
        }
    }

    /** Period indices in the numerics' messages ("D^0(x_1)") become period values ("D^2005(x_2006)"). */
    private static String relabel(String detail, long[] periods) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\^S?|_)(\\d+)").matcher(detail);
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + periods[Integer.parseInt(m.group(2))]);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double[][] matrix(PanelFrame data, List<String> columns) {
        double[][] m = new double[data.rows()][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            double[] v = data.numeric(columns.get(j));
            for (int r = 0; r < v.length; r++) {
                m[r][j] = v[r];
            }
        }
        return m;
    }
}
