package org.carbonlab.spatial.estimators;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.WeightsUse;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.spatial.numerics.Centred;
import org.carbonlab.spatial.numerics.FalseDiscoveryRate;
import org.carbonlab.spatial.numerics.GearyC;
import org.carbonlab.spatial.numerics.GlobalMoran;
import org.carbonlab.spatial.numerics.LocalMoran;
import org.carbonlab.spatial.numerics.Moments;
import org.carbonlab.spatial.numerics.WeightConstants;

/**
 * {@code spatial.moran}: global Moran's I and Geary's C of each variable per period (or pooled over the panel with
 * I_T ⊗ W), under normality and randomisation, with a permutation test; local Moran (LISA) per unit and period with
 * the conditional permutation test, clusters and the Moran-scatter data.
 *
 * <p>Isolates (with {@code islands=keep}) follow spdep's zero.policy=TRUE: they stay in the mean and Σz², add
 * nothing to S0..S2 and, with {@code adjust_n=true} (the default, as spdep's adjust.n), are not counted in n.
 * The permutation tests draw from the context's seed in a fixed order (variable, period, then unit), so results
 * do not depend on the number of threads.
 */
public class MoranEstimator implements Estimator {
    static final String ID = "spatial.moran";
    static final String NOT_SIGNIFICANT = "not significant";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.required("variable", ParameterType.COLUMN_LIST, "the variable(s), comma-separated"));
        specs.add(ParameterSpec.optional("by_period", ParameterType.BOOLEAN, null,
                "true: one statistic per period (default on panel data); false: pooled over all unit-periods with"
                        + " W replaced by I_T x W"));
        specs.add(ParameterSpec.optional("periods", ParameterType.STRING, null,
                "the periods to use, FROM:TO (inclusive) or one period; default all. Periods in which a variable is"
                        + " missing for every unit are skipped with a warning"));
        specs.add(ParameterSpec.integer("permutations", 999, 0, null,
                "random permutations for the pseudo p-values (0: none)"));
        specs.add(ParameterSpec.integer("seed", null, null, null,
                "seed of the permutations (default " + EstimationContext.DEFAULT_SEED + ")"));
        specs.add(ParameterSpec.number("level", 0.05, 0.0, 1.0,
                "significance level of the local clusters (a cluster is labelled when its p-value is at most this)"));
        specs.add(ParameterSpec.optional("local", ParameterType.BOOLEAN, "true", "compute local Moran (LISA)"));
        specs.add(ParameterSpec.choice("cluster_adjust", "none", List.of("none", "fdr"),
                "p-values that label the local clusters: as computed (none) or Benjamini-Hochberg false-discovery-rate"
                        + " adjusted over the units of each period (fdr)"));
        specs.add(ParameterSpec.choice("local_variance", "conditional", List.of("conditional", "total"),
                "variance of local Moran: conditional randomisation (spdep >= 1.1) or total randomisation"
                        + " (Anselin 1995, GeoDa/PySAL)"));
        specs.add(ParameterSpec.optional(ScatterPeriods.NAME, ParameterType.STRING, "last",
                "the periods that get a Moran scatter plot each: last (the default), all, or a comma-separated list"
                        + " such as 2011,2015,2019; with local=false the scatter data are kept for these periods only"));
        specs.add(ParameterSpec.optional("adjust_n", ParameterType.BOOLEAN, "true",
                "leave isolates out of n (spdep's adjust.n=TRUE)"));
        specs.addAll(SpatialInputs.weightSpecs());
        return new ParameterSchema(specs);
    }

    @Override
    public WeightsUse weightsUse() {
        return WeightsUse.REQUIRED;
    }

    @Override
    public List<String> validate(EstimationContext c) {
        List<String> problems = new ArrayList<>();
        Parameters p = c.parameters();
        if (p.isSet("by_period") && p.bool("by_period") && !c.data().hasTime()) {
            problems.add("by_period=true needs periods, but the data are a cross-section (no time column)");
        }
        if (p.isSet("periods") && !c.data().hasTime()) {
            problems.add("periods=" + p.string("periods") + " needs periods, but the data are a cross-section (no"
                    + " time column)");
        }
        if (ScatterPeriods.explicit(p.string(ScatterPeriods.NAME)) && !c.data().hasTime()) {
            problems.add(ScatterPeriods.NAME + "=" + p.string(ScatterPeriods.NAME) + " needs periods, but the data are"
                    + " a cross-section (no time column)");
        }
        problems.addAll(c.data().checkNumeric(p.list("variable")));
        if (c.data().nEntities() < 4) {
            problems.add("Moran's I needs at least 4 units (the randomisation variance divides by n-3); the data have "
                    + c.data().nEntities());
        }
        return problems;
    }

    @Override
    public Result estimate(EstimationContext c) {
        Parameters p = c.parameters();
        PanelFrame f = c.data();
        SpatialWeights w = SpatialInputs.prepare(c.weights(), p);
        boolean byPeriod = p.isSet("by_period") ? p.bool("by_period") : f.hasTime();
        int permutations = (int) p.integer("permutations");
        boolean adjustN = p.bool("adjust_n");
        boolean local = p.bool("local");
        double level = p.number("level");
        boolean fdr = "fdr".equals(p.string("cluster_adjust"));
        LocalMoran.Variance convention = "total".equals(p.string("local_variance")) ? LocalMoran.Variance.TOTAL
                : LocalMoran.Variance.CONDITIONAL;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        long[] periods = f.hasTime() ? SpatialInputs.periodsIn(f.periods(), p.string("periods")) : new long[] {0};
        boolean pooled = f.hasTime() && !byPeriod;
        // A period in which a variable was not observed at all (e.g. a series that starts later) is skipped with a
        // warning; a unit missing in an observed period stays an error. Pooled: one W for all variables, so a
        // period is skipped when any variable is unobserved in it.
        List<String> skipWarnings = new ArrayList<>();
        java.util.Map<String, long[]> observed = new java.util.LinkedHashMap<>();
        for (String var : p.list("variable")) {
            double[] column = f.numeric(var);
            long[] kept = f.hasTime()
                    ? java.util.Arrays.stream(periods).filter(t -> !SpatialInputs.missingInPeriod(f, column, t)).toArray()
                    : periods;
            if (kept.length == 0) {
                throw new InputException("column '" + var + "' is missing for every unit in every period"
                        + (p.isSet("periods") ? " of " + p.string("periods") : ""));
            }
            if (kept.length < periods.length) {
                List<String> skipped = new ArrayList<>();
                for (long t : periods) {
                    if (java.util.Arrays.binarySearch(kept, t) < 0) {
                        skipped.add(Long.toString(t));
                    }
                }
                skipWarnings.add("column '" + var + "' is missing for every unit in " + skipped.size() + " period(s),"
                        + " skipped: " + String.join(", ", skipped));
            }
            observed.put(var, kept);
        }
        if (pooled) {
            long[] common = periods;
            for (long[] kept : observed.values()) {
                long[] k = kept;
                common = java.util.Arrays.stream(common).filter(t -> java.util.Arrays.binarySearch(k, t) >= 0).toArray();
            }
            if (common.length == 0) {
                throw new InputException("no period has every variable observed; pool one variable at a time");
            }
            periods = common;
            for (String var : observed.keySet()) {
                observed.put(var, common);
            }
        }
        long[] scatterPeriods = f.hasTime() ? ScatterPeriods.resolve(p.string(ScatterPeriods.NAME), observed) : null;
        SpatialWeights wUsed = pooled ? SpatialInputs.blockDiagonal(w, periods) : w;
        WeightConstants wc = WeightConstants.of(wUsed, adjustN);
        if (wc.n() < 4) {
            throw new InputException("Moran's I needs at least 4 units with neighbours; W has " + wc.n());
        }

        List<String> keys = new ArrayList<>(List.of("variable", "entity"));
        if (f.hasTime()) {
            keys.add("time");
        }
        ResultTable moran = new ResultTable(List.of("variable", "period", "I", "expected", "variance", "z", "p_value",
                "p_value_two_sided", "assumption", "p_permutation", "p_permutation_two_sided"));
        ResultTable geary = new ResultTable(List.of("variable", "period", "C", "expected", "variance", "z", "p_value",
                "p_value_two_sided", "assumption", "p_permutation", "p_permutation_two_sided"));
        List<String> localCols = new ArrayList<>(keys);
        localCols.addAll(List.of("I_local", "expected", "variance", "z", "p_value", "p_permutation", "quadrant",
                "cluster"));
        ResultTable localTable = new ResultTable(localCols);
        List<String> scatterCols = new ArrayList<>(keys);
        scatterCols.addAll(List.of("z", "wz", "quadrant"));
        ResultTable scatter = new ResultTable(scatterCols);

        SplittableRandom root = c.random();
        int work = 0;
        for (long[] kept : observed.values()) {
            work += pooled ? 1 : kept.length;
        }
        c.monitor().begin(ID, work);
        int n = f.nEntities();
        long[] allPeriods = periods;
        for (String var : p.list("variable")) {
            double[] column = f.numeric(var);
            periods = observed.get(var);
            List<double[]> blocks = new ArrayList<>();
            for (long t : periods) {
                blocks.add(SpatialInputs.periodValues(f, column, var, t));
            }
            List<double[]> samples = new ArrayList<>();
            List<Object> labels = new ArrayList<>();
            if (pooled) {
                double[] all = new double[n * periods.length];
                for (int t = 0; t < periods.length; t++) {
                    System.arraycopy(blocks.get(t), 0, all, t * n, n);
                }
                samples.add(all);
                labels.add("pooled");
            } else {
                samples.addAll(blocks);
                for (long t : periods) {
                    labels.add(f.hasTime() ? (Object) t : "all");
                }
            }
            for (int s = 0; s < samples.size(); s++) {
                c.monitor().checkCanceled();
                c.monitor().worked(1);
                double[] x = samples.get(s);
                Object label = labels.get(s);
                Centred cx = Centred.of(x);
                if (!(cx.sumSq() > 0)) {
                    throw new InputException("column '" + var + "' does not vary" + (f.hasTime() ? " in period "
                            + label : "") + ": Moran's I is undefined");
                }
                GlobalMoran.Permutation perm = null;
                GearyC.Permutation gearyPerm = null;
                if (permutations > 0) {
                    // one seed for both: Moran and Geary are tested on the same permutations
                    long seed = root.nextLong();
                    perm = GlobalMoran.permutationTest(cx, wUsed, wc, permutations, new SplittableRandom(seed));
                    gearyPerm = GearyC.permutationTest(cx, wUsed, wc, permutations, new SplittableRandom(seed));
                }
                addMoran(moran, var, label, "normality", GlobalMoran.normality(cx, wUsed, wc), perm);
                addMoran(moran, var, label, "randomisation", GlobalMoran.randomisation(cx, wUsed, wc), perm);
                addGeary(geary, var, label, "normality", GearyC.normality(cx, wUsed, wc), gearyPerm);
                addGeary(geary, var, label, "randomisation", GearyC.randomisation(cx, wUsed, wc), gearyPerm);
                if (!local) {
                    if (scatterPeriods != null) {
                        addScatter(scatter, f, var, cx.z(), wUsed.lag(cx.z()), pooled ? periods : new long[] {
                            periods[s]}, scatterPeriods);
                    }
                    continue;
                }
                long[] seeds = new long[x.length];
                for (int i = 0; i < seeds.length; i++) {
                    seeds[i] = root.nextLong();
                }
                LocalMoran.Result lm = LocalMoran.compute(x, wUsed, convention, permutations, seeds, threads);
                double[] clusterP = lm.pPermutation() == null ? lm.pValue() : lm.pPermutation();
                if (fdr) {
                    clusterP = FalseDiscoveryRate.adjust(clusterP);
                }
                for (int i = 0; i < x.length; i++) {
                    int entity = i % n;
                    int periodIndex = pooled ? i / n : s;
                    List<Object> key = new ArrayList<>(List.of(var, f.entityLabels().get(entity)));
                    if (f.hasTime()) {
                        key.add(periods[periodIndex]);
                    }
                    double pPerm = lm.pPermutation() == null ? Double.NaN : lm.pPermutation()[i];
                    // not computed (no permutations) or undefined (an isolate: variance 0) is null, not NaN
                    String cluster = clusterP[i] <= level ? lm.quadrant()[i] : NOT_SIGNIFICANT;
                    List<Object> row = new ArrayList<>(key);
                    row.addAll(List.of(lm.local()[i], lm.expected()[i], lm.variance()[i]));
                    row.add(orNull(lm.deviate()[i]));
                    row.add(orNull(lm.pValue()[i]));
                    row.add(orNull(pPerm));
                    row.addAll(List.of(lm.quadrant()[i], cluster));
                    localTable.addRow(row.toArray());
                    List<Object> srow = new ArrayList<>(key);
                    srow.addAll(List.of(lm.z()[i], lm.lag()[i], lm.quadrant()[i]));
                    scatter.addRow(srow.toArray());
                }
            }
        }

        Result r = new Result(ID).table("moran", moran).table("geary", geary);
        skipWarnings.forEach(r::warn);
        if (f.hasTime()) {
            r.statistic("periods", allPeriods[0] + ":" + allPeriods[allPeriods.length - 1]);
        }
        if (scatterPeriods != null) {
            r.statistic(ScatterPeriods.NAME, ScatterPeriods.format(scatterPeriods));
            if (!local) {
                r.table("scatter", scatter);
            }
        }
        if (local) {
            r.table("local", localTable).table("scatter", scatter);
            r.statistic("local_variance", convention.label());
            r.statistic("cluster_p_value", (permutations > 0
                    ? "conditional permutation, folded: (1 + min(#{I_perm >= I_i}, R - #{I_perm >= I_i}))/(1 + R)"
                    : "normal two-sided p of the " + convention.name().toLowerCase() + " variance")
                    + (fdr ? ", Benjamini-Hochberg adjusted per period" : ""));
        }
        r.statistic("n", wc.n());
        r.statistic("n_units", wc.nAll());
        r.statistic("isolates", wc.isolates());
        r.statistic("adjust_n", adjustN);
        r.statistic("links", wUsed.links());
        r.statistic("S0", wc.s0());
        r.statistic("S1", wc.s1());
        r.statistic("S2", wc.s2());
        r.statistic("standardisation", w.standardisation().label());
        r.statistic("by_period", !pooled && f.hasTime());
        r.statistic("permutations", permutations);
        r.statistic("p_permutation", "one-sided: (1 + #{I_perm >= I})/(1 + R)");
        r.statistic("p_permutation_two_sided", "(1 + #{|I_perm| >= |I|})/(1 + R)");
        r.statistic("geary_p_permutation", "one-sided (positive autocorrelation): (1 + #{C_perm <= C})/(1 + R),"
                + " on the same permutations as Moran's I");
        r.statistic("geary_p_permutation_two_sided", "(1 + #{|C_perm - 1| >= |C - 1|})/(1 + R)");
        if (wc.isolates() > 0) {
            r.warn(wc.isolates() + " unit(s) without neighbours kept as zero rows (spdep zero.policy=TRUE): "
                    + SpatialInputs.quoted(w.isolateIds()) + (adjustN ? "; n excludes them (adjust_n=true)"
                            : "; n includes them (adjust_n=false)"));
        }
        return r;
    }

    private static void addMoran(ResultTable t, String var, Object period, String assumption, Moments m,
            GlobalMoran.Permutation perm) {
        t.addRow(var, period, m.statistic(), m.expected(), m.variance(), m.z(), m.pOneSided(), m.pTwoSided(),
                assumption, perm == null ? null : perm.pGreater(), perm == null ? null : perm.pTwoSided());
    }

    /**
     * Scatter rows (z, Wz, quadrant) of the units in the chosen periods, for local=false; {@code periods} are the
     * periods stacked in z (one unless pooled).
     */
    private static void addScatter(ResultTable scatter, PanelFrame f, String var, double[] z, double[] lag,
            long[] periods, long[] chosen) {
        int n = f.nEntities();
        for (int t = 0; t < periods.length; t++) {
            long period = periods[t];
            if (java.util.Arrays.stream(chosen).noneMatch(c -> c == period)) {
                continue;
            }
            for (int e = 0; e < n; e++) {
                int i = t * n + e;
                scatter.addRow(var, f.entityLabels().get(e), period, z[i], lag[i], LocalMoran.quadrant(z[i], lag[i]));
            }
        }
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static void addGeary(ResultTable t, String var, Object period, String assumption, Moments m,
            GearyC.Permutation perm) {
        t.addRow(var, period, m.statistic(), m.expected(), m.variance(), m.z(), m.pOneSided(), m.pTwoSided(),
                assumption, perm == null ? null : perm.pGreater(), perm == null ? null : perm.pTwoSided());
    }
}
