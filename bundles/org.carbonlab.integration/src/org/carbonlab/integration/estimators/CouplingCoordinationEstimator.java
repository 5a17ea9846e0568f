package org.carbonlab.integration.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;
import org.carbonlab.integration.numerics.Coupling;

/**
 * {@code index.ccd}: coupling coordination degree of n ≥ 2 subsystems. Each subsystem
 * ({@code subsystem.<name>=ind1,ind2,…}) is scored as {@code index.entropy} scores an index (min–max
 * normalisation, {@code negative} indicators reversed, entropy/CRITIC/equal weights within the subsystem, pooled or
 * per period, the same rows for every subsystem); then, per entity-period, C (variant {@code coupling}), T = Σ αᵢ Uᵢ
 * (α from {@code alpha.<name>}, default 1/n), D = √(C·T), the ten-level class of D and the lagging subsystem (see
 * {@link Coupling}).
 *
 * <p>Lagging: the subsystem(s) with the lowest U, joined by "+" when tied; "synchronous" when max U − min U is at
 * most {@code sync_tolerance} (default 0: only exact ties; papers often use 0.1).
 *
 * <p>Outputs: {@code tables.ccd} (entity, time, U_&lt;name&gt;…, C, T, D, level, lagging, level_code),
 * {@code tables.ccd_by_period} (period means) and {@code tables.weights} (subsystem, indicator, direction, the
 * method's terms, weight). For a cross-section (data without a time column) {@code tables.ccd} has no time column
 * and there is no {@code ccd_by_period} (the statistics hold the means of D).
 */
public class CouplingCoordinationEstimator implements Estimator {
    static final String SUBSYSTEM = "subsystem";
    static final String ALPHA = "alpha";
    static final String COUPLING = "coupling";
    static final String SYNC_TOLERANCE = "sync_tolerance";
    static final List<String> VARIANTS = List.of("general", "two_subsystem", "without_n", "modified_distance");

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.prefix(SUBSYSTEM, ParameterType.COLUMN_LIST, true,
                "one key per subsystem, subsystem.<name>=ind1,ind2,... (at least 2 subsystems; an indicator belongs "
                        + "to one subsystem)"));
        specs.add(IndexPlan.negative());
        specs.add(IndexPlan.weights(" within each subsystem"));
        specs.add(new ParameterSpec(IndexPlan.WEIGHTS + ".*", ParameterType.CHOICE, null, false, IndexPlan.METHODS,
                null, null, "weights.<name>=entropy|critic|equal: another weighting method for one subsystem"));
        specs.addAll(IndexPlan.common());
        specs.add(ParameterSpec.choice(COUPLING, "general", VARIANTS,
                "coupling degree C: general (n [prod U / (sum U)^n]^(1/n)), two_subsystem (2 sqrt(U1 U2)/(U1 + U2), "
                        + "equal to general for 2 subsystems), without_n (general without the factor n; range "
                        + "[0, 1/n]), modified_distance (sqrt{[1 - sum_{i>j} |Ui - Uj| / sum_{m<n} m] "
                        + "[prod Ui / max U]^(1/(n-1))})"));
        specs.add(new ParameterSpec(ALPHA + ".*", ParameterType.DOUBLE, null, false, List.of(), 0.0, 1.0,
                "alpha.<name>=weight of a subsystem in T = sum alpha_i U_i; give one per subsystem, summing to 1; "
                        + "default 1/n each"));
        specs.add(ParameterSpec.number(SYNC_TOLERANCE, 0.0, 0.0, 1.0,
                "lagging is 'synchronous' when max U - min U is at most this (default 0: exact ties only)"));
        return new ParameterSchema(specs);
    }

    /** Subsystems, weights and every parameter problem. */
    private record Setup(IndexPlan plan, List<String> names, double[] alpha, Coupling.Variant variant,
            List<String> problems) {
    }

    private static Setup setup(EstimationContext context) {
        Parameters p = context.parameters();
        List<String> problems = new ArrayList<>();
        Map<String, Object> subsystems = p.prefixed(SUBSYSTEM);
        Map<String, Object> methods = p.prefixed(IndexPlan.WEIGHTS);
        Map<String, Object> alphas = p.prefixed(ALPHA);
        List<String> names = new ArrayList<>(subsystems.keySet());
        if (names.size() < 2) {
            problems.add("coupling coordination needs at least 2 subsystems (subsystem.<name>=ind1,ind2,...), got "
                    + names.size() + (names.isEmpty() ? "" : " ('" + names.get(0) + "')"));
        }
        for (String m : methods.keySet()) {
            if (!subsystems.containsKey(m)) {
                problems.add("weights." + m + " names no subsystem; subsystems: " + String.join(", ", names));
            }
        }
        List<IndexPlan.Block> blocks = new ArrayList<>();
        for (String name : names) {
            @SuppressWarnings("unchecked")
            List<String> indicators = (List<String>) subsystems.get(name);
            Object method = methods.getOrDefault(name, p.string(IndexPlan.WEIGHTS));
            blocks.add(new IndexPlan.Block(name, indicators, method.toString()));
        }
        double[] alpha = new double[names.size()];
        if (alphas.isEmpty()) {
            java.util.Arrays.fill(alpha, 1.0 / names.size());
        } else {
            double sum = 0;
            for (String a : alphas.keySet()) {
                if (!subsystems.containsKey(a)) {
                    problems.add("alpha." + a + " names no subsystem; subsystems: " + String.join(", ", names));
                }
            }
            for (int i = 0; i < names.size(); i++) {
                Object a = alphas.get(names.get(i));
                if (a == null) {
                    problems.add("alpha." + names.get(i) + " is missing: give a weight for every subsystem or none "
                            + "(equal weights)");
                } else {
                    alpha[i] = ((Number) a).doubleValue();
                    sum += alpha[i];
                }
            }
            if (problems.isEmpty() && Math.abs(sum - 1) > 1e-9) {
                problems.add("the subsystem weights alpha.* sum to " + Math.round(sum * 1e9) / 1e9
                        + "; they must sum to 1");
            }
        }
        String v = p.string(COUPLING);
        Coupling.Variant variant = switch (v) {
            case "two_subsystem" -> Coupling.Variant.TWO_SUBSYSTEM;
            case "without_n" -> Coupling.Variant.WITHOUT_N;
            case "modified_distance" -> Coupling.Variant.MODIFIED_DISTANCE;
            default -> Coupling.Variant.GENERAL;
        };
        if (variant == Coupling.Variant.TWO_SUBSYSTEM && names.size() != 2) {
            problems.add("coupling=two_subsystem needs exactly 2 subsystems, got " + names.size()
                    + "; use coupling=general (the same formula generalised to n subsystems)");
        }
        IndexPlan plan = new IndexPlan(context.data(), p, blocks, true);
        problems.addAll(plan.problems);
        return new Setup(plan, names, alpha, variant, problems);
    }

    @Override
    public List<String> validate(EstimationContext context) {
        return setup(context).problems();
    }

    @Override
    public Result estimate(EstimationContext context) {
        Setup s = setup(context);
        if (!s.problems().isEmpty()) {
            throw new org.carbonlab.core.errors.InputException(s.problems());
        }
        IndexPlan plan = s.plan();
        List<IndexPlan.BlockResult> results = plan.compute();
        PanelFrame data = context.data();
        int n = s.names().size();
        double tolerance = context.parameters().number(SYNC_TOLERANCE);
        Result result = new Result("index.ccd");

        List<String> cols = RowKeys.columns(data);
        for (String name : s.names()) {
            cols.add("U_" + name);
        }
        cols.addAll(List.of("C", "T", "D", "level", "lagging", "level_code"));
        ResultTable ccd = new ResultTable(cols);
        // period summaries: sums of U.., C, T, D and counts
        Map<Long, double[]> sums = new LinkedHashMap<>();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        int[] levelCounts = new int[11];
        int undefinedC = 0;
        String firstUndefined = null;
        double dMin = Double.POSITIVE_INFINITY;
        double dMax = Double.NEGATIVE_INFINITY;
        double dSum = 0;
        for (int r : plan.rows) {
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = results.get(i).scores()[r];
            }
            double c = Coupling.coupling(u, s.variant());
            double t = Coupling.coordination(u, s.alpha());
            double d = Coupling.degree(c, t);
            if (Double.isNaN(c)) {
                if (undefinedC++ == 0) {
                    firstUndefined = data.describe(r);
                }
            }
            int level = Coupling.level(d);
            levelCounts[level]++;
            List<Object> row = RowKeys.values(data, r);
            for (double v : u) {
                row.add(v);
            }
            row.add(IndexPlan.cell(c));
            row.add(t);
            row.add(IndexPlan.cell(d));
            row.add(Coupling.levelName(level));
            row.add(lagging(u, s.names(), tolerance));
            row.add(level == 0 ? null : (Object) level);
            ccd.addRow(row.toArray());
            if (!Double.isNaN(d)) {
                dMin = Math.min(dMin, d);
                dMax = Math.max(dMax, d);
                dSum += d;
            }
            long period = data.hasTime() ? data.time(r) : 0L; // a cross-section is one implicit period
            double[] sum = sums.computeIfAbsent(period, k -> new double[n + 3]);
            int[] count = counts.computeIfAbsent(period, k -> new int[n + 3]);
            double[] vals = new double[n + 3];
            System.arraycopy(u, 0, vals, 0, n);
            vals[n] = c;
            vals[n + 1] = t;
            vals[n + 2] = d;
            for (int i = 0; i < vals.length; i++) {
                if (!Double.isNaN(vals[i])) {
                    sum[i] += vals[i];
                    count[i]++;
                }
            }
        }
        result.table("ccd", ccd);

        List<String> pcols = new ArrayList<>(List.of("time", "n"));
        for (String name : s.names()) {
            pcols.add("U_" + name);
        }
        pcols.addAll(List.of("C", "T", "D", "level"));
        ResultTable byPeriod = new ResultTable(pcols);
        for (Map.Entry<Long, double[]> e : sums.entrySet()) {
            int[] count = counts.get(e.getKey());
            List<Object> row = new ArrayList<>();
            row.add(e.getKey());
            row.add(count[n + 1]);
            double meanD = Double.NaN;
            for (int i = 0; i < n + 3; i++) {
                double mean = count[i] == 0 ? Double.NaN : e.getValue()[i] / count[i];
                row.add(IndexPlan.cell(mean));
                meanD = mean;
            }
            row.add(Coupling.levelName(Coupling.level(meanD)));
            byPeriod.addRow(row.toArray());
        }
        if (data.hasTime()) {
            result.table("ccd_by_period", byPeriod);
        }
        result.table("weights", plan.weightTable(results));

        result.statistic("n_subsystems", n);
        result.statistic("coupling", context.parameters().string(COUPLING));
        for (int i = 0; i < n; i++) {
            result.statistic("alpha_" + s.names().get(i), s.alpha()[i]);
        }
        result.statistic("n_obs_used", plan.rows.length);
        result.statistic("D_mean", dSum / plan.rows.length);
        result.statistic("D_min", dMin);
        result.statistic("D_max", dMax);
        for (int l = 1; l <= 10; l++) {
            if (levelCounts[l] > 0) {
                result.statistic("n_level_" + l, levelCounts[l]);
            }
        }
        plan.warnings.forEach(result::warn);
        if (undefinedC > 0) {
            result.warn(undefinedC + " rows have every subsystem score 0 (first: " + firstUndefined
                    + "): C is 0/0 there (written as null); D is 0 because T is 0");
        }
        if (s.variant() == Coupling.Variant.WITHOUT_N) {
            result.warn("coupling=without_n: C lies in [0, 1/" + n + "], so D stays below the upper levels of the "
                    + "ten-level classification, which assumes C in [0, 1]");
        }
        return result;
    }

    /** The subsystem(s) with the lowest score, or "synchronous". */
    static String lagging(double[] u, List<String> names, double tolerance) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : u) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min <= tolerance) {
            return "synchronous";
        }
        List<String> low = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            if (u[i] == min) {
                low.add(names.get(i));
            }
        }
        return String.join("+", low);
    }
}
