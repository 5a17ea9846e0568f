package org.carbonlab.integration.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.integration.numerics.IndicatorWeights;
import org.carbonlab.integration.numerics.MinMax;

/**
 * Binds indicator names to columns and runs the weighting for {@code index.entropy} (one block of indicators) and
 * {@code index.ccd} (one block per subsystem): which rows are used, which groups are weighted separately (pooled or
 * per period), and every input problem at once.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>Rows are used when every indicator of every block has a value there; the others are left out with a
 * warning (their scores are missing).</li>
 * <li>Pooled ({@code by_period=false}): one normalisation and one set of weights over all rows used, as for a
 * panel entropy index. Per period: each period separately.</li>
 * <li>An indicator that does not vary within a group cannot be normalised (0/0), so its weight is undefined: an
 * input error naming the indicator (and period). A group needs at least 2 rows.</li>
 * <li>A block with a single indicator is allowed: its weight is 1 and its score is the normalised indicator
 * (a warning says so: the weighting method has no effect).</li>
 * </ul>
 */
final class IndexPlan {
    static final String NEGATIVE = "negative";
    static final String WEIGHTS = "weights";
    static final String SHIFT = "shift";
    static final String SHIFT_SCORES = "shift_scores";
    static final String BY_PERIOD = "by_period";

    static final List<String> METHODS = List.of("entropy", "critic", "equal");

    static ParameterSpec negative() {
        return ParameterSpec.optional(NEGATIVE, ParameterType.COLUMN_LIST, null,
                "indicators where less is better (normalised as (max - x)/(max - min)); every other indicator is "
                        + "positive ((x - min)/(max - min)); each must be one of the indicators");
    }

    static ParameterSpec weights(String what) {
        return ParameterSpec.choice(WEIGHTS, "entropy", METHODS,
                "how indicators are weighted" + what + ": entropy (entropy weight method), critic (CRITIC: "
                        + "sd x sum of (1 - correlation)), equal (1/k)");
    }

    static List<ParameterSpec> common() {
        return List.of(
                ParameterSpec.number(SHIFT, 0.0, 0.0, null,
                        "entropy method only: number added to the normalised values before the entropy step "
                                + "(e.g. 0.0001 to avoid zeros); with 0 the convention 0 ln 0 = 0 applies"),
                new ParameterSpec(SHIFT_SCORES, ParameterType.BOOLEAN, "true", false, List.of(), null, null,
                        "entropy method with shift > 0: whether the composite scores use the shifted normalised "
                                + "values (sum w (z + shift), true) or the unshifted ones (sum w z, false)"),
                new ParameterSpec(BY_PERIOD, ParameterType.BOOLEAN, "false", false, List.of(), null, null,
                        "normalise and weight each period separately (true) or pool every entity-period of the "
                                + "panel (false)"));
    }

    /** One block of indicators weighted together (the whole index, or one subsystem). */
    record Block(String name, List<String> indicators, String method) {
    }

    /** A block's outcome: scores by frame row (NaN where not used) and its weight table rows. */
    record BlockResult(Block block, double[] scores, List<WeightRow> weights) {
    }

    /** One indicator's weight in one group (period null when pooled). */
    record WeightRow(String block, Long period, String indicator, boolean positive, double entropy,
            double divergence, double sd, double conflict, double information, double weight) {
    }

    final PanelFrame data;
    final List<Block> blocks;
    final Set<String> negative;
    final double shift;
    final boolean shiftScores;
    final boolean byPeriod;
    /** For messages: "indicator 'x'" or "indicator 'x' of subsystem 'economy'". */
    private final boolean namedBlocks;
    final List<String> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int[] rows = new int[0];
    final List<int[]> groups = new ArrayList<>();
    final List<Long> groupPeriods = new ArrayList<>();

    IndexPlan(PanelFrame data, Parameters p, List<Block> blocks, boolean namedBlocks) {
        this.data = data;
        this.blocks = blocks;
        this.namedBlocks = namedBlocks;
        this.negative = new LinkedHashSet<>(p.list(NEGATIVE));
        this.shift = p.number(SHIFT);
        this.shiftScores = p.bool(SHIFT_SCORES);
        this.byPeriod = p.bool(BY_PERIOD);
        check();
    }

    private String name(Block b, String indicator) {
        return "indicator '" + indicator + "'" + (namedBlocks ? " of subsystem '" + b.name() + "'" : "");
    }

    private void check() {
        // each indicator once, negative ⊆ indicators
        Map<String, String> owner = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (Block b : blocks) {
            if (b.indicators().isEmpty()) {
                problems.add((namedBlocks ? "subsystem '" + b.name() + "'" : "the index") + " has no indicators");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String ind : b.indicators()) {
                if (!seen.add(ind)) {
                    problems.add(name(b, ind) + " is listed twice");
                } else if (owner.containsKey(ind)) {
                    problems.add("indicator '" + ind + "' is listed in subsystems '" + owner.get(ind) + "' and '"
                            + b.name() + "'; each indicator belongs to one subsystem");
                } else {
                    owner.put(ind, b.name());
                }
                all.add(ind);
            }
        }
        for (String neg : negative) {
            if (!all.contains(neg)) {
                problems.add("negative indicator '" + neg + "' is not one of the indicators ("
                        + String.join(", ", all) + "); list it " + (namedBlocks ? "in a subsystem" : "in indicators")
                        + " or remove it from negative");
            }
        }
        if (all.contains(data.entityColumn()) || all.contains(data.timeColumn())) {
            problems.add("the entity and time columns cannot be indicators");
        }
        if (byPeriod && !data.hasTime()) {
            problems.add("by_period=true weights each period separately, but " + data.origin() + " is a cross-section "
                    + "(no time column): leave by_period=false, or name the time column (--time COL)");
        }
        List<String> columnProblems = data.checkNumeric(all);
        problems.addAll(columnProblems);
        if (!problems.isEmpty()) {
            return;
        }
        // complete rows
        Map<String, double[]> values = new HashMap<>();
        for (String ind : all) {
            values.put(ind, data.numeric(ind));
        }
        List<Integer> used = new ArrayList<>();
        Map<String, Integer> missingCount = new LinkedHashMap<>();
        Map<Long, int[]> droppedByPeriod = new LinkedHashMap<>();
        String firstDropped = null;
        int nDropped = 0;
        for (int r = 0; r < data.rows(); r++) {
            boolean complete = true;
            for (String ind : all) {
                if (!Double.isFinite(values.get(ind)[r])) {
                    missingCount.merge(ind, 1, Integer::sum);
                    complete = false;
                }
            }
            // a cross-section is one implicit period
            int[] pc = droppedByPeriod.computeIfAbsent(data.hasTime() ? data.time(r) : 0L, k -> new int[2]);
            pc[1]++;
            if (complete) {
                used.add(r);
            } else {
                pc[0]++;
                if (nDropped++ == 0) {
                    firstDropped = data.describe(r);
                }
            }
        }
        rows = used.stream().mapToInt(Integer::intValue).toArray();
        if (rows.length == 0) {
            problems.add("no row of " + data.origin() + " has a value for every indicator (" + String.join(", ", all)
                    + ")");
            return;
        }
        if (nDropped > 0) {
            List<String> counts = new ArrayList<>();
            missingCount.forEach((ind, c) -> counts.add(ind + " " + c));
            List<Long> emptyPeriods = new ArrayList<>();
            droppedByPeriod.forEach((t, c) -> {
                if (c[0] == c[1]) {
                    emptyPeriods.add(t);
                }
            });
            warnings.add(nDropped + " of " + data.rows() + " rows left out because an indicator is missing there "
                    + "(missing values: " + String.join(", ", counts) + "; first " + firstDropped + ")"
                    + (emptyPeriods.isEmpty() || !data.hasTime() ? "" : "; no complete row in " + data.timeColumn() + " "
                            + periodList(emptyPeriods))
                    + "; these rows have no score");
        }
        // groups
        if (byPeriod) {
            Map<Long, List<Integer>> byTime = new LinkedHashMap<>();
            for (long t : data.periods()) {
                byTime.put(t, new ArrayList<>());
            }
            for (int r : rows) {
                byTime.get(data.time(r)).add(r);
            }
            for (Map.Entry<Long, List<Integer>> e : byTime.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue; // named in the missing-values warning
                }
                groups.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
                groupPeriods.add(e.getKey());
            }
        } else {
            groups.add(rows);
            groupPeriods.add(null);
        }
        // size and variation per group
        for (int g = 0; g < groups.size(); g++) {
            int[] gr = groups.get(g);
            Long period = groupPeriods.get(g);
            String where = period == null ? "the " + gr.length + " rows used" : data.timeColumn() + " " + period
                    + " (" + gr.length + " rows)";
            if (gr.length < 2) {
                problems.add(where + ": weights need at least 2 rows with every indicator");
                continue;
            }
            for (Block b : blocks) {
                for (String ind : b.indicators()) {
                    double[] v = values.get(ind);
                    double first = v[gr[0]];
                    boolean varies = false;
                    for (int r : gr) {
                        if (v[r] != first) {
                            varies = true;
                            break;
                        }
                    }
                    if (!varies) {
                        problems.add(name(b, ind) + " does not vary: it is " + first + " in all of " + where
                                + ", so its min-max normalisation is 0/0 and its " + b.method()
                                + " weight is undefined; remove it" + (byPeriod ? " or pool the periods (by_period=false)" : ""));
                    }
                }
            }
        }
        for (Block b : blocks) {
            if (b.indicators().size() == 1) {
                warnings.add((namedBlocks ? "subsystem '" + b.name() + "'" : "the index") + " has a single indicator '"
                        + b.indicators().get(0) + "': its weight is 1 and its score is the min-max normalised indicator ("
                        + b.method() + " weighting has no effect)");
            }
        }
    }

    /** 2000-2010, 2015 */
    private static String periodList(List<Long> periods) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < periods.size()) {
            int j = i;
            while (j + 1 < periods.size() && periods.get(j + 1) == periods.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? periods.get(i).toString() : periods.get(i) + "-" + periods.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** Throws the input problems, if any. */
    void requireValid() {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Normalises and weights every block in every group. */
    List<BlockResult> compute() {
        requireValid();
        List<BlockResult> out = new ArrayList<>();
        for (Block b : blocks) {
            int k = b.indicators().size();
            double[][] columns = new double[k][];
            boolean[] positive = new boolean[k];
            for (int j = 0; j < k; j++) {
                columns[j] = data.numeric(b.indicators().get(j));
                positive[j] = !negative.contains(b.indicators().get(j));
            }
            double[] scores = new double[data.rows()];
            Arrays.fill(scores, Double.NaN);
            List<WeightRow> weightRows = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                int[] gr = groups.get(g);
                double[][] z = new double[gr.length][k];
                for (int j = 0; j < k; j++) {
                    double[] x = new double[gr.length];
                    for (int i = 0; i < gr.length; i++) {
                        x[i] = columns[j][gr[i]];
                    }
                    double[] zj = MinMax.normalise(x, positive[j]);
                    for (int i = 0; i < gr.length; i++) {
                        z[i][j] = zj[i];
                    }
                }
                double[] w;
                double[] e = new double[k];
                double[] d = new double[k];
                double[] sd = new double[k];
                double[] conflict = new double[k];
                double[] info = new double[k];
                Arrays.fill(e, Double.NaN);
                Arrays.fill(d, Double.NaN);
                Arrays.fill(sd, Double.NaN);
                Arrays.fill(conflict, Double.NaN);
                Arrays.fill(info, Double.NaN);
                double scoreShift = 0;
                String where = (namedBlocks ? "subsystem '" + b.name() + "'" : "the index")
                        + (groupPeriods.get(g) == null ? "" : ", " + data.timeColumn() + " " + groupPeriods.get(g));
                try {
                    switch (b.method()) {
                        case "entropy": {
                            IndicatorWeights.Entropy r = IndicatorWeights.entropy(z, shift);
                            w = r.weights();
                            e = r.entropy();
                            d = r.divergence();
                            scoreShift = shiftScores ? shift : 0;
                            break;
                        }
                        case "critic": {
                            IndicatorWeights.Critic r = IndicatorWeights.critic(z);
                            w = r.weights();
                            sd = r.sd();
                            conflict = r.conflict();
                            info = r.information();
                            break;
                        }
                        default:
                            w = IndicatorWeights.equal(k);
                    }
                } catch (ArithmeticException ex) {
                    throw new EstimationException(where + ": " + ex.getMessage());
                }
                double[] u = IndicatorWeights.scores(z, w, scoreShift);
                for (int i = 0; i < gr.length; i++) {
                    scores[gr[i]] = u[i];
                }
                for (int j = 0; j < k; j++) {
                    weightRows.add(new WeightRow(b.name(), groupPeriods.get(g), b.indicators().get(j), positive[j], e[j],
                            d[j], sd[j], conflict[j], info[j], w[j]));
                }
            }
            out.add(new BlockResult(b, scores, weightRows));
        }
        return out;
    }

    /** The weights of every block as {@code tables.weights}; method-specific columns only for methods used. */
    ResultTable weightTable(List<BlockResult> results) {
        Set<String> methods = new LinkedHashSet<>();
        for (Block b : blocks) {
            methods.add(b.method());
        }
        List<String> cols = new ArrayList<>();
        if (namedBlocks) {
            cols.add("subsystem");
        }
        if (byPeriod) {
            cols.add("time");
        }
        cols.addAll(List.of("indicator", "direction"));
        boolean entropy = methods.contains("entropy");
        boolean critic = methods.contains("critic");
        if (entropy) {
            cols.addAll(List.of("entropy", "divergence"));
        }
        if (critic) {
            cols.addAll(List.of("sd", "conflict", "information"));
        }
        cols.add("weight");
        ResultTable t = new ResultTable(cols);
        for (BlockResult br : results) {
            for (WeightRow w : br.weights()) {
                List<Object> row = new ArrayList<>();
                if (namedBlocks) {
                    row.add(w.block());
                }
                if (byPeriod) {
                    row.add(w.period());
                }
                row.add(w.indicator());
                row.add(w.positive() ? "positive" : "negative");
                if (entropy) {
                    row.add(cell(w.entropy()));
                    row.add(cell(w.divergence()));
                }
                if (critic) {
                    row.add(cell(w.sd()));
                    row.add(cell(w.conflict()));
                    row.add(cell(w.information()));
                }
                row.add(w.weight());
                t.addRow(row.toArray());
            }
        }
        return t;
    }

    /** Missing method-specific statistics are written as empty cells. */
    static Object cell(double v) {
        return Double.isNaN(v) ? null : (Object) v;
    }

}
