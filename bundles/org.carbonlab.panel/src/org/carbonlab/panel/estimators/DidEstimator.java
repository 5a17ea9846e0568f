package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.inference.BootstrapWeights;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.WildClusterBootstrap;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.panel.numerics.BaconDecomposition;

/**
 * {@code panel.did}: difference in differences. The coefficient is the two-way fixed-effects (TWFE) estimate papers
 * report (= {@code panel.fe} with effect=twoways and the same dummy), clustered by entity by default, with two-way
 * clustering and a wild cluster bootstrap as options. Under staggered adoption it adds the heterogeneity-robust
 * Callaway–Sant'Anna group-time ATTs and their aggregations, and the Goodman-Bacon decomposition of the TWFE
 * estimate. The treatment dummy the estimator built is written to the table {@code treatment}, the mean outcome of
 * treated and never-treated units per period (the parallel-trends picture) to the table {@code trends}.
 */
public class DidEstimator implements Estimator {
    static final String HETEROGENEITY = "heterogeneity";
    static final String BACON = "bacon";
    /** The name of the built dummy when the treatment is not a column of the data. */
    static final String BUILT_DUMMY = "treat_post";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(DidParameters.formula());
        specs.addAll(DidParameters.treatment());
        specs.addAll(DidParameters.covariance());
        specs.addAll(DidParameters.bootstrap(999));
        specs.add(ParameterSpec.choice(HETEROGENEITY, "cs", List.of("cs", "none"),
                "heterogeneity-robust estimator next to TWFE: cs (Callaway–Sant'Anna 2021 group-time ATTs, "
                        + "unconditional, with simple, dynamic and group aggregations) or none"));
        specs.addAll(DidParameters.callawaySantAnna());
        specs.add(ParameterSpec.optional(BACON, org.carbonlab.core.estimator.ParameterType.BOOLEAN, "true",
                "Goodman-Bacon decomposition of the TWFE estimate without controls (balanced panels)"));
        return new ParameterSchema(specs);
    }

    @Override
    public List<String> validate(EstimationContext context) {
        return TreatmentAssignment.didProblems(context.parameters(), context.data(), "panel.did");
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        TreatmentAssignment assignment = TreatmentAssignment.build(p, data);
        String term = treatmentTerm(p, data);
        TwfeModel twfe = TwfeModel.fit(data.withColumn(term, assignment.dummy()), p, List.of(term));
        Result result = twfe.result;
        result.estimatorId("panel.did");
        assignment.warnings().forEach(result::warn);
        Coefficient att = twfe.coefficient(term);
        result.statistic("treatment_term", term);
        result.statistic("treatment_source", assignment.source());
        result.statistic("att_twfe", att.estimate());
        result.statistic("staggered", assignment.staggered());
        result.statistic("n_treated_units", countTreated(assignment));
        result.statistic("n_never_treated", assignment.start().length - countTreated(assignment));
        if (!twfe.absorbedExtra.isEmpty()) {
            result.statistic("absorbed", "entity, period, " + String.join(", ", twfe.absorbedExtra));
        }
        result.table("treatment", assignment.table(data));
        ParallelTrends.addTo(result, data, twfe, assignment, null);

        if ("wild".equals(p.string(DidParameters.BOOTSTRAP))) {
            result.addTest(wildBootstrap(twfe, term, att.statistic(), p, context.seed()));
        }
        boolean needsAbsorbing = "cs".equals(p.string(HETEROGENEITY)) || p.bool(BACON);
        if (needsAbsorbing && !assignment.absorbing()) {
            result.warn("the treatment switches off again (" + assignment.switcher() + "): the Callaway-Sant'Anna "
                    + "estimates and the Bacon decomposition need a treatment that stays on; they are left out");
            return result;
        }
        OutcomePanel panel = needsAbsorbing ? OutcomePanel.of(data, p.string(PanelParameters.FORMULA), assignment)
                : null;
        if (panel != null && panel.droppedWarning("group-time estimates") != null) {
            result.warn(panel.droppedWarning("Callaway-Sant'Anna and Bacon"));
        }
        if ("cs".equals(p.string(HETEROGENEITY))) {
            CallawaySantAnnaReport.estimate(panel, p, result).addTo(result);
        }
        if (p.bool(BACON)) {
            addBacon(result, panel, twfe, data);
        }
        return result;
    }

    /** The user's 0/1 column keeps its name (the term equals panel.fe's); a built dummy is {@value #BUILT_DUMMY}. */
    static String treatmentTerm(Parameters p, PanelFrame data) {
        if (p.isSet(TreatmentAssignment.TREATMENT)) {
            return p.string(TreatmentAssignment.TREATMENT);
        }
        String name = BUILT_DUMMY;
        for (int k = 2; data.hasColumn(name); k++) {
            name = BUILT_DUMMY + "_" + k;
        }
        return name;
    }

    static int countTreated(TreatmentAssignment a) {
        int c = 0;
        for (Long s : a.start()) {
            if (s != null) {
                c++;
            }
        }
        return c;
    }

    /** Wild cluster bootstrap of the treatment coefficient (clusters of the covariance, default the entity). */
    static TestResult wildBootstrap(TwfeModel twfe, String term, double statistic, Parameters p, long seed) {
        int j = twfe.keptPosition(term);
        int[] clusters = twfe.clusters != null ? twfe.clusters : twfe.mf.entityIndex();
        boolean restricted = "restricted".equals(p.string(DidParameters.BOOTSTRAP_NULL));
        BootstrapWeights weights = BootstrapWeights.fromParameter(p.string(DidParameters.BOOT_WEIGHTS));
        long s = p.isSet(DidParameters.SEED) ? p.integer(DidParameters.SEED) : seed;
        WildClusterBootstrap.Outcome o = WildClusterBootstrap.test(twfe.withinKept(),
                twfe.annihilator.apply(twfe.mf.y()), clusters, j, 0.0, twfe.annihilator,
                new WildClusterBootstrap.Options(restricted, weights, (int) p.integer(DidParameters.REPS), s,
                        p.number(CovarianceParameters.LEVEL)));
        TestResult t = new TestResult("wild_cluster_bootstrap", statistic, new double[0], o.pValue(), "bootstrap",
                new java.util.LinkedHashMap<>())
                .with("term", term)
                .with("null", term + " = 0")
                .with("method", (restricted ? "WCR (restricted, null imposed)" : "WCU (unrestricted)")
                        + " wild cluster bootstrap-t, " + weights.parameterValue() + " weights, symmetric p-value")
                .with("replications", o.replications())
                .with("enumerated", o.enumerated())
                .with("seed", s);
        t = t.with("conf_low", o.confLow()).with("conf_high", o.confHigh())
                .with("conf_method", restricted ? "inversion of the WCR test" : "percentile-t (symmetric)");
        return t;
    }

    private static void addBacon(Result result, OutcomePanel panel, TwfeModel twfe, PanelFrame data) {
        if (panel.dropped().size() > 0) {
            result.warn("Bacon decomposition left out: it needs a balanced panel with the outcome in every period");
            return;
        }
        BaconDecomposition.Decomposition d = BaconDecomposition.decompose(panel.y(), panel.group());
        long[] periods = panel.periods();
        ResultTable t = new ResultTable(List.of("comparison", "treated", "control", "estimate", "weight"));
        double sum = 0;
        for (BaconDecomposition.Comparison c : d.comparisons()) {
            t.addRow(c.kind().label(), periods[c.treated()], c.control() < 0 ? "never" : periods[c.control()],
                    c.estimate(), c.weight());
            sum += c.weight();
        }
        result.table("bacon", t);
        result.statistic("bacon_twfe", d.twfe());
        result.statistic("bacon_weight_sum", sum);
        if (twfe.labels.size() > 1) {
            result.statistic("bacon_note", "the decomposition is of the TWFE estimate without controls or further "
                    + "absorbed factors (" + d.twfe() + "), as Goodman-Bacon (2021) defines it");
        }
    }
}
