package org.carbonlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.study.Datasets;
import org.carbonlab.core.study.EstimationRunner;
import org.carbonlab.core.study.StudyRunner;
import org.carbonlab.core.study.WeightMatrices;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;

/**
 * Computes what the desktop shows from a study, the way {@code carbonlab run} does: datasets are read,
 * derived variables computed (each after those it uses), and an analysis runs on its dataset with the
 * outputs of the earlier analyses it uses bound as variables (those analyses run first unless
 * {@code known} holds their result; see {@link #upstream}). Works on a snapshot of the study taken on the UI thread,
 * so a job can use it while the user edits.
 */
public final class StudyComputation {
    private final Study study;
    private final Path baseDir;
    private final EstimatorRegistry registry;
    private final String version;
    private final Map<Analysis, Result> known;
    private final Map<Dataset, PanelFrame> raw = new HashMap<>();
    private final WeightMatrices weightMatrices;

    /**
     * @param study a copy the caller does not edit while this runs
     * @param known results already computed for (the copies of) analyses, reused for bindings
     */
    public StudyComputation(Study study, Path baseDir, EstimatorRegistry registry, String version,
            Map<Analysis, Result> known) {
        this.study = study;
        this.baseDir = baseDir;
        this.registry = registry;
        this.version = version;
        this.known = new HashMap<>(known);
        this.weightMatrices = new WeightMatrices(baseDir, registry, version);
    }

    public Study study() {
        return study;
    }

    /** The dataset as read from its file, with the derived variables that no analysis produces. */
    public PanelFrame frame(Dataset d) {
        PanelFrame f = raw.get(d);
        if (f == null) {
            f = Datasets.load(baseDir.resolve(d.getSource() == null ? "" : d.getSource()).normalize(), blankToNull(d.getSheet()),
                    blankToNull(d.getEntityColumn()), blankToNull(d.getTimeColumn()));
            f = derive(f, d, null);
            raw.put(d, f);
        }
        return f;
    }

    /** The dataset an analysis runs on: its own, else the study's first. */
    public Dataset datasetOf(Analysis a) {
        if (a.getDataset() != null) {
            return a.getDataset();
        }
        if (study.getDatasets().isEmpty()) {
            throw new InputException("the study has no dataset: import one first");
        }
        return study.getDatasets().get(0);
    }

    /** Runs one analysis (and, first, the earlier analyses whose outputs it may use). */
    public Result run(Analysis target, ProgressMonitor monitor) {
        Dataset d = datasetOf(target);
        PanelFrame frame = frame(d);
        Set<Analysis> needed = upstream(target);
        for (Analysis a : study.getAnalyses()) {
            if (a == target) {
                break;
            }
            if (!needed.contains(a) || datasetOf(a) != d) {
                continue;
            }
            monitor.checkCanceled();
            Result r = known.get(a);
            if (r == null) {
                r = estimate(a, frame, monitor);
                known.put(a, r);
            }
            for (OutputBinding o : a.getOutputs()) {
                frame = StudyRunner.bind(frame, r, o, a.getName());
            }
            frame = derive(frame, d, a);
        }
        Result result = estimate(target, frame, monitor);
        known.put(target, result);
        return result;
    }

    /**
     * The earlier analyses whose outputs {@code target} uses, directly or through derived variables or
     * other analyses: a name is used when it appears as a name in a parameter value (a formula, a column
     * list) or in the derivation of a variable that is used. Others need not run first.
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
                for (OutputBinding o : a.getOutputs()) {
                    if (used.contains(o.getVariable()) && needed.add(a)) {
                        addNames(used, parameters(a).values());
                        grew = true;
                    }
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

    /** The raw parameters of an analysis, as written in the study. */
    public static Map<String, String> parameters(Analysis a) {
        Map<String, String> p = new LinkedHashMap<>();
        for (ParameterValue v : a.getParameters()) {
            p.put(v.getName(), v.getValue());
        }
        return p;
    }

    /** Study steps (study.table, study.summary, ...) work on earlier results; only the batch runner runs them yet. */
    public static boolean isStudyStep(Analysis a) {
        return a.getEstimatorId() != null && a.getEstimatorId().startsWith("study.");
    }

    private Result estimate(Analysis a, PanelFrame frame, ProgressMonitor monitor) {
        if (isStudyStep(a)) {
            throw new InputException("analysis '" + a.getName() + "' is a study step (" + a.getEstimatorId()
                    + "), which the desktop does not run yet: run the study with 'carbonlab run' to get its table");
        }
        EstimatorDescriptor descriptor = registry.get(a.getEstimatorId());
        // a matrix may be built over another dataset of the study (e.g. a cross-section of coordinates)
        Dataset own = datasetOf(a);
        Map<Dataset, PanelFrame> frames = new LinkedHashMap<>();
        for (Dataset d : study.getDatasets()) {
            frames.put(d, d == own ? frame : frame(d));
        }
        var weights = weightMatrices.forAnalysis(a, own, frames);
        return new EstimationRunner(version).droppingExtraWeightEntities(weightMatrices.dropsExtraEntities(a))
                .run(descriptor, frame, parameters(a), weights, monitor);
    }

    /**
     * Adds the derived variables of dataset {@code d} produced by {@code producer} (null: those no analysis
     * produces), repeating passes so that a variable may use one defined below it.
     */
    private PanelFrame derive(PanelFrame frame, Dataset d, Analysis producer) {
        List<Variable> pending = new ArrayList<>();
        for (Variable v : study.getVariables()) {
            Dataset vd = v.getDataset() != null ? v.getDataset() : study.getDatasets().get(0);
            if (vd == d && v.getProducedBy() == producer && v.getDerivation() != null && !v.getDerivation().isBlank()) {
                pending.add(v);
            }
        }
        while (!pending.isEmpty()) {
            List<String> problems = new ArrayList<>();
            List<Variable> next = new ArrayList<>();
            for (Variable v : pending) {
                Expression e;
                try {
                    e = Expression.parse(v.getDerivation());
                } catch (InputException ex) {
                    throw prefixed(v, ex);
                }
                List<String> columns = frame.columnNames();
                if (!columns.containsAll(e.variables())) {
                    next.add(v);
                    problems.add("variable '" + v.getName() + "' = " + v.getDerivation() + ": uses unknown column(s) "
                            + String.join(", ", e.variables().stream().filter(n -> !columns.contains(n)).toList()));
                    continue;
                }
                try {
                    frame = frame.withColumn(v.getName(), e.evaluate(frame));
                } catch (InputException ex) {
                    throw prefixed(v, ex);
                }
            }
            if (next.size() == pending.size()) {
                if (producer == null && next.stream().anyMatch(this::usesProducedVariable)) {
                    // variables on analysis outputs are derived when the analysis runs
                    next.removeIf(this::usesProducedVariable);
                    if (next.isEmpty()) {
                        break;
                    }
                }
                throw new InputException(problems);
            }
            pending = next;
        }
        return frame;
    }

    private boolean usesProducedVariable(Variable v) {
        for (String used : Expression.parse(v.getDerivation()).variables()) {
            for (Variable other : study.getVariables()) {
                if (other.getName() != null && other.getName().equals(used) && other.getProducedBy() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static InputException prefixed(Variable v, InputException ex) {
        List<String> problems = new ArrayList<>();
        for (String p : ex.problems()) {
            problems.add("variable '" + v.getName() + "' = " + v.getDerivation() + ": " + p);
        }
        return new InputException(problems);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
