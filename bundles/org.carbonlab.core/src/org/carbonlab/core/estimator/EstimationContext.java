package org.carbonlab.core.estimator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.carbonlab.core.data.Names;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.weights.SpatialWeights;

/**
 * What an estimator gets: the dataset, its validated parameters, a progress monitor, a seeded
 * random source (SplittableRandom's algorithm is fixed by the JDK specification, so the same seed
 * gives the same numbers on every machine) and the spatial weight matrices, by name.
 *
 * <p>Every weight matrix is aligned to the data: row i of W is entity i of
 * {@link PanelFrame#entityLabels()} (the runner aligns them once, with
 * {@link SpatialWeights#alignTo}). The first matrix is the default ({@link #weights()}): the only
 * {@code --weights FILE}, or the first one given, or the analysis's weight matrix in a study.
 */
public record EstimationContext(PanelFrame data, Parameters parameters, ProgressMonitor monitor, long seed,
        Map<String, SpatialWeights> weightMatrices) {
    /** Seed used when an estimator's {@code seed} parameter is left unset. */
    public static final long DEFAULT_SEED = 12345L;

    /** @param weightMatrices name → matrix, in order (copied); each aligned to {@code data}'s entities */
    public EstimationContext {
        weightMatrices = Collections.unmodifiableMap(new LinkedHashMap<>(weightMatrices == null ? Map.of() : weightMatrices));
        for (Map.Entry<String, SpatialWeights> e : weightMatrices.entrySet()) {
            if (data == null || !e.getValue().entities().equals(data.entityLabels())) {
                throw new IllegalArgumentException("weight matrix '" + e.getKey()
                        + "' is not aligned to the data's entities; align it with SpatialWeights.alignTo");
            }
        }
    }

    /** A context without spatial weight matrices. */
    public EstimationContext(PanelFrame data, Parameters parameters, ProgressMonitor monitor, long seed) {
        this(data, parameters, monitor, seed, Map.of());
    }

    /** A fresh generator from the context's seed; split it for parallel work. */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }

    /** True if at least one weight matrix was given. */
    public boolean hasWeights() {
        return !weightMatrices.isEmpty();
    }

    /** The default (first) weight matrix; an {@link InputException} when none was given. */
    public SpatialWeights weights() {
        if (weightMatrices.isEmpty()) {
            throw new InputException("this estimator needs a spatial weight matrix: give --weights FILE"
                    + " (or weightMatrix in the study)");
        }
        return weightMatrices.values().iterator().next();
    }

    /** The weight matrix called {@code name}; an {@link InputException} listing the names given. */
    public SpatialWeights weights(String name) {
        SpatialWeights w = weightMatrices.get(name);
        if (w != null) {
            return w;
        }
        if (weightMatrices.isEmpty()) {
            throw new InputException("no spatial weight matrix named '" + name + "' was given: give --weights "
                    + name + "=FILE (or a weightMatrix named '" + name + "' in the study)");
        }
        String hint = Names.suggest(name, weightMatrices.keySet()).map(k -> " (did you mean '" + k + "'?)").orElse("");
        throw new InputException("no spatial weight matrix named '" + name + "'" + hint + "; given: "
                + String.join(", ", weightMatrices.keySet()));
    }

    public static EstimationContext of(PanelFrame data, Parameters parameters) {
        return new EstimationContext(data, parameters, ProgressMonitor.NULL, DEFAULT_SEED);
    }
}
