package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.estimator.WeightsBuilder;
import org.carbonlab.core.estimator.WeightsUse;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultContract;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.WeightsAlignment;

/**
 * Runs one estimator the same way for the command line, studies and the desktop: resolve and
 * validate the parameters (all problems at once), select the sample ({@link SampleSelection}: the common
 * parameters {@code subset} and {@code period_range}), align the spatial weight matrices to the data's
 * entities, validate against the data, estimate, then stamp the result with the estimator, the
 * resolved parameters, the data and the provenance (including each weight matrix's).
 */
public final class EstimationRunner {

    private final String carbonlabVersion;
    private final boolean dropExtraWeightEntities;

    public EstimationRunner(String carbonlabVersion) {
        this(carbonlabVersion, false);
    }

    private EstimationRunner(String carbonlabVersion, boolean dropExtraWeightEntities) {
        this.carbonlabVersion = carbonlabVersion;
        this.dropExtraWeightEntities = dropExtraWeightEntities;
    }

    /**
     * This runner, but entities of a weight matrix that the data do not have are dropped with their
     * links (and a warning) instead of refused. Refusing is the default because a matrix over other
     * units usually means the wrong file or mismatched ids; dropping is for a deliberate subsample.
     */
    public EstimationRunner droppingExtraWeightEntities(boolean drop) {
        return new EstimationRunner(carbonlabVersion, drop);
    }

    public Result run(EstimatorDescriptor descriptor, PanelFrame data, Map<String, String> rawParameters,
            ProgressMonitor monitor) {
        return run(descriptor, data, rawParameters, Map.of(), monitor);
    }

    /**
     * Runs with spatial weight matrices (name → matrix, the first is the default). They are aligned
     * to the data's entities here, once for every estimator; an estimator that uses none
     * ({@link WeightsUse#NONE}) ignores them with a warning, and one that requires a matrix gets an
     * input error when none is given.
     */
    public Result run(EstimatorDescriptor descriptor, PanelFrame data, Map<String, String> rawParameters,
            Map<String, SpatialWeights> weights, ProgressMonitor monitor) {
        Estimator estimator = descriptor.create();
        Map<String, String> raw = new LinkedHashMap<>(rawParameters);
        SampleSelection selection;
        Parameters parameters;
        try {
            selection = SampleSelection.take(raw, estimator.parameters());
        } catch (InputException e) { // report the other parameters' problems with it
            List<String> problems = new ArrayList<>(e.problems());
            try {
                estimator.parameters().resolve(raw);
            } catch (InputException more) {
                problems.addAll(more.problems());
            }
            throw new InputException(problems);
        }
        parameters = estimator.parameters().resolve(raw);
        data = selection.apply(data);
        long seed = parameters.isSet("seed") ? parameters.integer("seed") : EstimationContext.DEFAULT_SEED;
        WeightsUse use = estimator.weightsUse();
        if (use == WeightsUse.REQUIRED && weights.isEmpty()) {
            throw new InputException(missingWeights(descriptor.id()));
        }
        List<String> weightWarnings = new ArrayList<>();
        Map<String, SpatialWeights> aligned = new LinkedHashMap<>();
        if (use == WeightsUse.NONE) {
            for (String name : weights.keySet()) {
                weightWarnings.add("weight matrix '" + name + "' is ignored: " + descriptor.id()
                        + " does not use spatial weights");
            }
        } else {
            for (Map.Entry<String, SpatialWeights> e : weights.entrySet()) {
                WeightsAlignment a = align(e.getKey(), e.getValue(), data);
                aligned.put(e.getKey(), a.weights());
                weightWarnings.addAll(a.warnings(e.getKey()));
            }
        }
        EstimationContext context = new EstimationContext(data, parameters, monitor, seed, aligned);
        List<String> problems = new ArrayList<>(estimator.validate(context));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        long start = System.nanoTime();
        Result result = estimator.estimate(context);
        List<String> violations = ResultContract.violations(result);
        if (!violations.isEmpty()) { // a faulty (third-party) estimator is named here, not deep in the writers
            throw new EstimationException("estimator '" + descriptor.id() + "' (plug-in " + descriptor.contributor()
                    + ") returned an invalid result: " + String.join("; ", violations));
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        result.warnings().addAll(0, weightWarnings.stream().filter(w -> !result.warnings().contains(w)).toList());
        result.estimatorId(descriptor.id());
        result.estimatorVersion(descriptor.version());
        result.parameters().clear();
        result.parameters().putAll(parameters.asMap());
        selection.report(result);
        if (result.data() == null) {
            result.data(new DataSummary(data.source(), data.sha256(), data.rows(), data.nEntities(), data.nPeriods(),
                    data.balanced()));
        }
        if (!data.hasTime() && !result.data().crossSection()) {
            // estimators summarise their sample as a panel; without a time column it has no periods
            result.data(result.data().asCrossSection());
        }
        if (data.timeUnit() != null) {
            result.timeUnit(data.timeUnit());
        }
        if (!data.joins().isEmpty()) { // what the dataset's joins matched, with their warnings
            result.provenance().put("joins", data.joins());
            data.joins().stream().map(j -> j.get("warning")).filter(w -> w != null)
                    .forEach(w -> result.warn(String.valueOf(w)));
        }
        result.provenance().put("carbonlab", carbonlabVersion);
        result.provenance().put("java", System.getProperty("java.version"));
        result.provenance().put("seed", seed);
        result.provenance().put("elapsed_ms", elapsedMs);
        if (!aligned.isEmpty()) {
            Map<String, Object> used = new LinkedHashMap<>();
            aligned.forEach((name, w) -> used.put(name, w.provenance().asMap()));
            result.provenance().put("weights", used);
        }
        return result;
    }

    /**
     * Builds a spatial weight matrix with an estimator that is a {@link WeightsBuilder}: its
     * parameters resolved and validated against {@code data} as for {@link #run}, the input matrices
     * aligned the same way. The matrix is over {@code data}'s entities.
     */
    public SpatialWeights buildWeights(EstimatorDescriptor descriptor, PanelFrame data, Map<String, String> rawParameters,
            Map<String, SpatialWeights> inputs) {
        Estimator estimator = descriptor.create();
        if (!(estimator instanceof WeightsBuilder builder)) {
            throw new InputException("estimator " + descriptor.id() + " does not build weight matrices");
        }
        Parameters parameters = estimator.parameters().resolve(rawParameters);
        long seed = parameters.isSet("seed") ? parameters.integer("seed") : EstimationContext.DEFAULT_SEED;
        Map<String, SpatialWeights> aligned = new LinkedHashMap<>();
        for (Map.Entry<String, SpatialWeights> e : inputs.entrySet()) {
            aligned.put(e.getKey(), align(e.getKey(), e.getValue(), data).weights());
        }
        EstimationContext context = new EstimationContext(data, parameters, ProgressMonitor.NULL, seed, aligned);
        List<String> problems = new ArrayList<>(estimator.validate(context));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return builder.build(context);
    }

    private WeightsAlignment align(String name, SpatialWeights w, PanelFrame data) {
        WeightsAlignment a = w.alignTo(data.entityLabels());
        if (!a.dropped().isEmpty() && !dropExtraWeightEntities) {
            throw new InputException(a.extraEntitiesMessage(name));
        }
        return a;
    }

    /** The message when an estimator requires a weight matrix and none was given. */
    public static String missingWeights(String estimatorId) {
        return "estimator " + estimatorId + " needs a spatial weight matrix: give --weights FILE"
                + " (or weightMatrix in the study)";
    }
}
