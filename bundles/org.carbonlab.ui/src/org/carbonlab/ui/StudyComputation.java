package org.carbonlab.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.study.RunRecorder;
import org.carbonlab.core.study.StudyEvaluation;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.Study;

/**
 * Computes what the desktop shows from a study through the core's {@link StudyEvaluation}, the order
 * {@code carbonlab run} uses: an analysis (or study step) runs after the earlier analyses whose results it
 * uses ({@link StudyEvaluation#upstream}; those whose result {@code known} holds are not run again), with their
 * outputs bound as variables. Works on a snapshot of the study taken on the UI thread, so a job can use it while
 * the user edits.
 */
public final class StudyComputation {
    private final StudyEvaluation evaluation;
    private final Map<Analysis, Result> known;
    private final Set<Analysis> bound = new HashSet<>();

    /**
     * @param study a copy the caller does not edit while this runs
     * @param known results already computed for (the copies of) analyses, reused for bindings and study steps
     */
    public StudyComputation(Study study, Path baseDir, EstimatorRegistry registry, String version,
            Map<Analysis, Result> known) {
        this.evaluation = new StudyEvaluation(study, baseDir, registry, version);
        this.known = new HashMap<>(known);
    }

    public Study study() {
        return evaluation.study();
    }

    /** The dataset as read from its file (with its joins), with the derived variables that no analysis produces. */
    public PanelFrame frame(Dataset d) {
        return evaluation.frame(d);
    }

    /** The dataset an analysis runs on: its own, else the study's first. */
    public Dataset datasetOf(Analysis a) {
        return evaluation.datasetOf(a);
    }

    /** Runs one analysis or study step (and, first, the earlier analyses whose results it uses). */
    public Result run(Analysis target, ProgressMonitor monitor) {
        return run(target, monitor, null, r -> {
        });
    }

    /**
     * As {@link #run(Analysis, ProgressMonitor)}, recording the target's run: {@code started} receives its record
     * (null without a recorder) before the target runs, so that a failure can be recorded too.
     */
    public Result run(Analysis target, ProgressMonitor monitor, RunRecorder recorder, Consumer<RunRecorder.Run> started) {
        Set<Analysis> needed = evaluation.upstream(target);
        Map<String, Result> done = new LinkedHashMap<>();
        for (Analysis a : study().getAnalyses()) {
            if (a == target) {
                break;
            }
            if (!needed.contains(a)) {
                continue;
            }
            monitor.checkCanceled();
            Result r = known.get(a);
            if (r == null) {
                r = StudyEvaluation.isStep(a) ? evaluation.runStep(a, name(a), done) : evaluation.estimate(a, monitor, null);
                known.put(a, r);
            }
            done.put(name(a), r);
            if (!StudyEvaluation.isStep(a) && bound.add(a)) {
                evaluation.bindOutputs(a, r, name(a));
            }
        }
        RunRecorder.Run record = recorder == null ? null : evaluation.startRecord(recorder, target);
        started.accept(record);
        Result result = StudyEvaluation.isStep(target) ? evaluation.runStep(target, name(target), done)
                : evaluation.estimate(target, monitor, record);
        known.put(target, result);
        return result;
    }

    /** The analyses whose results {@code target} uses (see {@link StudyEvaluation#upstream}). */
    public Set<Analysis> upstream(Analysis target) {
        return evaluation.upstream(target);
    }

    /** The name results are filed under: the analysis' own, else its place in the study, as the batch run names it. */
    public static String name(Analysis a) {
        if (a.getName() != null && !a.getName().isBlank()) {
            return a.getName();
        }
        Study s = (Study) a.eContainer();
        return "analysis" + (s == null ? 1 : s.getAnalyses().indexOf(a) + 1);
    }

    /** The raw parameters of an analysis, as written in the study. */
    public static Map<String, String> parameters(Analysis a) {
        return StudyEvaluation.parameters(a);
    }

    /** Study steps (study.table, study.summary, ...) work on the results of earlier analyses. */
    public static boolean isStudyStep(Analysis a) {
        return StudyEvaluation.isStep(a);
    }
}
