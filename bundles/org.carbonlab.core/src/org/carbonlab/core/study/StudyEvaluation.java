package org.carbonlab.core.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.io.AtomicFiles;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;

/**
 * A study's data as its analyses see them, in the one order that {@code carbonlab run} ({@link StudyRunner}) and
 * the desktop share: each dataset is read (with its joins), the variables that no analysis produces are derived
 * (each after those it uses), and after an analysis has run its output bindings become variables and the
 * variables defined on them are derived, so later analyses see them. Study steps ({@code study.table}, ...) run
 * on the results of earlier analyses. Datasets are read when first needed.
 */
public final class StudyEvaluation {
    private final Study study;
    private final Path baseDir;
    private final EstimatorRegistry registry;
    private final String version;
    private final WeightMatrices weightMatrices;
    private final Map<Dataset, PanelFrame> frames = new LinkedHashMap<>();
    private final Set<Dataset> derived = new HashSet<>();
    private Consumer<String> log = line -> {
    };

    /** @param baseDir the folder relative data, join and weight files are read from (the study file's) */
    public StudyEvaluation(Study study, Path baseDir, EstimatorRegistry registry, String version) {
        this.study = study;
        this.baseDir = baseDir;
        this.registry = registry;
        this.version = version;
        this.weightMatrices = new WeightMatrices(baseDir, registry, version);
    }

    /** Where the reader's notes go (which columns it chose, joins, changed data files); by default nowhere. */
    public StudyEvaluation log(Consumer<String> lines) {
        this.log = lines;
        return this;
    }

    public Study study() {
        return study;
    }

    /** Reads every dataset now (so that a bad file is reported before anything runs), without deriving. */
    public void loadAll() {
        for (Dataset d : study.getDatasets()) {
            raw(d);
        }
    }

    /** Derives the up-front variables of every dataset (those no analysis produces). */
    public void deriveUpFront() {
        loadAll();
        for (Variable v : DerivationOrder.of(study.getVariables(), first())) {
            derive(v);
        }
        derived.addAll(study.getDatasets());
    }

    /** The dataset as analyses see it now: read, its up-front variables derived, earlier outputs bound. */
    public PanelFrame frame(Dataset d) {
        raw(d);
        if (derived.add(d)) {
            for (Variable v : DerivationOrder.of(study.getVariables(), first())) {
                if (datasetOf(v) == d) {
                    derive(v);
                }
            }
        }
        return frames.get(d);
    }

    /** Every dataset read so far, as analyses see it now (live: weight matrices may be built over any of them). */
    public Map<Dataset, PanelFrame> frames() {
        return frames;
    }

    /** The problems of output bindings that no run could fulfil (checked before a study runs). */
    public List<String> bindingProblems() {
        return BindingCheck.problems(study, frames);
    }

    /** The dataset an analysis runs on: its own, else the study's first. */
    public Dataset datasetOf(Analysis a) {
        if (a.getDataset() != null) {
            return a.getDataset();
        }
        return first();
    }

    /** Study steps work on earlier results, not on an estimator of the registry. */
    public static boolean isStep(Analysis a) {
        return StudySteps.isStep(a.getEstimatorId());
    }

    /** The raw parameters of an analysis, as written in the study. */
    public static Map<String, String> parameters(Analysis a) {
        Map<String, String> p = new LinkedHashMap<>();
        for (ParameterValue v : a.getParameters()) {
            p.put(v.getName(), v.getValue());
        }
        return p;
    }

    /** Registers the study steps' charts (robustness focal coefficient, tile maps) unless already there. */
    public static void registerStepCharts(org.carbonlab.core.chart.ChartRegistry charts) {
        StudySteps.registerCharts(charts);
    }

    public EstimatorDescriptor descriptor(Analysis a) {
        return registry.get(a.getEstimatorId());
    }

    /** The weight matrices the analysis' estimator receives (built over any dataset of the study). */
    public Map<String, SpatialWeights> weights(Analysis a) {
        Dataset own = datasetOf(a);
        frame(own);
        for (Dataset d : study.getDatasets()) {
            frame(d);
        }
        return weightMatrices.forAnalysis(a, own, frames);
    }

    /** Runs an analysis' estimator on its dataset as it is now. */
    public Result estimate(Analysis a, EstimatorDescriptor descriptor, Map<String, SpatialWeights> weights,
            ProgressMonitor monitor) {
        return new EstimationRunner(version).droppingExtraWeightEntities(weightMatrices.dropsExtraEntities(a))
                .run(descriptor, frame(datasetOf(a)), parameters(a), weights, monitor);
    }

    /** Runs an analysis' estimator, noting what it ran with in {@code record} (may be null). */
    public Result estimate(Analysis a, ProgressMonitor monitor, RunRecorder.Run record) {
        EstimatorDescriptor descriptor = descriptor(a);
        if (record != null) {
            record.estimator(descriptor);
        }
        Map<String, SpatialWeights> w = weights(a);
        if (record != null && !w.isEmpty()) {
            record.weightMatrix(w.values().iterator().next().sha256());
        }
        return estimate(a, descriptor, w, monitor);
    }

    /** Runs a study step on the results of the analyses before it ({@code done}: by analysis name). */
    StepOutput step(Analysis a, String name, Map<String, Result> done) {
        Dataset d = datasetOf(a);
        PanelFrame frame = frame(d);
        // a robustness variant runs on the step's dataset as it is now
        return StudySteps.run(a, name, study, done, frame, baseDir,
                variant -> new EstimationRunner(version).droppingExtraWeightEntities(weightMatrices.dropsExtraEntities(variant))
                        .run(descriptor(variant), frames.get(d), parameters(variant),
                                weightMatrices.forAnalysis(variant, d, frames), ProgressMonitor.NULL));
    }

    /** The result of a study step ({@code study.table}, ...) on the results of the analyses before it. */
    public Result runStep(Analysis a, String name, Map<String, Result> done) {
        return step(a, name, done).result();
    }

    /** Starts the run record of an analysis on its dataset as it is now (see {@link RunRecorder}). */
    public RunRecorder.Run startRecord(RunRecorder recorder, Analysis a) {
        PanelFrame f = frame(datasetOf(a));
        return recorder.start(a, f.sha256(), FrameDigest.sha256(f));
    }

    /**
     * Binds an analysis' outputs (result table columns) as variables of its dataset, then derives the variables
     * defined on them. A binding that fails leaves the dataset as it was.
     */
    public void bindOutputs(Analysis a, Result result, String name) {
        Dataset d = datasetOf(a);
        PanelFrame bound = frame(d);
        for (OutputBinding o : a.getOutputs()) {
            bound = StudyRunner.bind(bound, result, o, name);
        }
        PanelFrame before = frames.get(d);
        frames.put(d, bound);
        try {
            for (Variable v : study.getVariables()) {
                if (v.getProducedBy() == a && v.getDerivation() != null && !v.getDerivation().isBlank()) {
                    derive(v);
                }
            }
        } catch (InputException e) {
            frames.put(d, before);
            throw e;
        }
    }

    /** Writes a result as {@code NAME.json} in {@code outDir} (atomically) and notes it in {@code record}. */
    public static Path writeResult(Result result, Path outDir, String name, RunRecorder.Run record) throws IOException {
        AtomicFiles.ensureFolder(outDir);
        Path json = outDir.resolve(name + ".json");
        byte[] bytes = new JsonResultWriter().write(result).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeBytes(json, bytes);
        if (record != null) {
            record.written(result, json, bytes);
        }
        return json;
    }

    /**
     * The earlier analyses whose results {@code target} uses, directly or through derived variables or other
     * analyses: a name is used when it appears in a parameter value (a formula, a column list, the analyses of
     * a study step) or in the derivation of a used variable. Others need not run first.
     */
    public Set<Analysis> upstream(Analysis target) {
        Set<String> used = new HashSet<>();
        Set<Analysis> needed = new HashSet<>();
        addNames(used, parameters(target).values());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Variable v : study.getVariables()) {
                if (used.contains(v.getName()) && v.getDerivation() != null && !v.getDerivation().isBlank()) {
                    grew |= addNames(used, List.of(v.getDerivation()));
                }
                if (used.contains(v.getName()) && v.getProducedBy() != null && needed.add(v.getProducedBy())) {
                    addNames(used, parameters(v.getProducedBy()).values());
                    grew = true;
                }
            }
            for (Analysis a : study.getAnalyses()) {
                if (a == target) {
                    break;
                }
                boolean uses = a.getName() != null && used.contains(a.getName());
                for (OutputBinding o : a.getOutputs()) {
                    uses |= used.contains(o.getVariable());
                }
                if (uses && needed.add(a)) {
                    addNames(used, parameters(a).values());
                    grew = true;
                }
            }
        }
        return needed;
    }

    private static boolean addNames(Set<String> names, java.util.Collection<String> texts) {
        boolean grew = false;
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            for (String token : t.split("[^\\p{L}\\p{N}_.]+")) {
                grew |= !token.isEmpty() && names.add(token);
            }
            for (String token : t.split("[^\\p{L}\\p{N}_]+")) { // names in "fuel.coal=coal_10kt:unit" too
                grew |= !token.isEmpty() && names.add(token);
            }
        }
        return grew;
    }

    private PanelFrame raw(Dataset d) {
        PanelFrame f = frames.get(d);
        if (f == null) {
            f = Datasets.loadWith(baseDir.resolve(d.getSource() == null ? "" : d.getSource()), Datasets.readOptions(d),
                    emptyToNull(d.getEntityColumn()), emptyToNull(d.getTimeColumn()), d.getJoins(), baseDir,
                    chosen -> log.accept("dataset '" + d.getName() + "': " + chosen),
                    joined -> log.accept("dataset '" + d.getName() + "': " + joined));
            if (d.getSha256() != null && !d.getSha256().isBlank() && !d.getSha256().equalsIgnoreCase(f.sha256())) {
                log.accept("warning: dataset '" + d.getName() + "' (" + d.getSource()
                        + ") changed since the study recorded it: SHA-256 " + f.sha256() + ", recorded " + d.getSha256());
            }
            frames.put(d, f);
        }
        return f;
    }

    private void derive(Variable v) {
        if (v.getDerivation() == null || v.getDerivation().isBlank()) {
            return; // a raw column: nothing to compute
        }
        Dataset d = datasetOf(v);
        PanelFrame frame = raw(d);
        double[] values;
        try {
            values = Expression.parse(v.getDerivation()).evaluate(frame);
        } catch (InputException e) {
            List<String> problems = new ArrayList<>();
            for (String p : e.problems()) {
                problems.add("variable '" + v.getName() + "' = " + v.getDerivation() + ": " + p);
            }
            throw new InputException(problems);
        }
        frames.put(d, frame.withColumn(v.getName(), values));
    }

    private Dataset datasetOf(Variable v) {
        return v.getDataset() != null ? v.getDataset() : first();
    }

    private Dataset first() {
        if (study.getDatasets().isEmpty()) {
            throw new InputException("the study has no dataset: import one first");
        }
        return study.getDatasets().get(0);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
