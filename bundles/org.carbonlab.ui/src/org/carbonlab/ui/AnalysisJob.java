package org.carbonlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.study.RunRecorder;
import org.carbonlab.core.study.StudyEvaluation;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Study;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs analyses of a study in the background as an Eclipse job, on a copy of the study taken when the
 * job is created (the user may go on editing). Each finished analysis is handed to {@code onResult}
 * (with the original analysis); failures are collected as the messages the batch command prints.
 * Cancel stops the running estimator at its next progress check.
 * <p>
 * A study saved to a file records each run the way {@code carbonlab run} does: the result is written as
 * {@code NAME.json} into the study's output folder ({@value #OUTPUT_FOLDER} beside the study file) and a
 * {@code Result} element (status, path, SHA-256, warnings, timings, what it ran on) goes to {@code onRecord},
 * which applies it as an undoable edit.
 */
public final class AnalysisJob extends Job {
    /** Jobs of the desktop, for {@code Job.getJobManager().find(FAMILY)}. */
    public static final Object FAMILY = AnalysisJob.class;
    /** The folder beside the study file that results are written to, as {@code carbonlab run} writes them. */
    public static final String OUTPUT_FOLDER = "carbonlab-out";

    private final Study copy;
    private final Map<Analysis, Analysis> originals = new HashMap<>();
    private final List<Analysis> toRun = new ArrayList<>();
    private final StudyComputation computation;
    private final BiConsumer<Analysis, Result> onResult;
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final RunRecorder recorder;
    private final Path outDir;
    private final BiConsumer<Analysis, org.carbonlab.model.Result> onRecord;

    /**
     * @param analyses the analyses to run, in study order
     * @param onResult called on the job's thread with the original analysis and its result
     */
    public AnalysisJob(StudyDocument document, List<Analysis> analyses, EstimatorRegistry registry, String version,
            BiConsumer<Analysis, Result> onResult) {
        this(document, analyses, registry, version, onResult, null);
    }

    /**
     * @param onRecord called on the job's thread with the original analysis and the record of its run; null (or a
     *            study never saved) records nothing
     */
    public AnalysisJob(StudyDocument document, List<Analysis> analyses, EstimatorRegistry registry, String version,
            BiConsumer<Analysis, Result> onResult, BiConsumer<Analysis, org.carbonlab.model.Result> onRecord) {
        super(analyses.size() == 1 ? "Running " + analyses.get(0).getName() : "Running the study");
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        copy = (Study) copier.copy(document.study());
        copier.copyReferences();
        Map<Analysis, Result> known = new HashMap<>();
        for (Analysis a : document.study().getAnalyses()) {
            Analysis c = (Analysis) copier.get(a);
            originals.put(c, a);
            Result r = document.results().get(a);
            if (r != null && !analyses.contains(a)) {
                known.put(c, r);
            }
        }
        for (Analysis a : analyses) {
            toRun.add((Analysis) copier.get(a));
        }
        this.computation = new StudyComputation(copy, document.baseDir(), registry, version, known);
        this.onResult = onResult;
        boolean records = onRecord != null && document.file() != null;
        this.onRecord = onRecord;
        this.recorder = records ? RunRecorder.detached(copy, document.file(), version) : null;
        this.outDir = records ? outputFolder(document.file()) : null;
        // not a "user" job: the progress view shows it, the workbench's modal progress dialog would hide the study
        setUser(false);
    }

    /** Where a study's desktop runs write their results: {@value #OUTPUT_FOLDER} beside the study file. */
    public static Path outputFolder(Path studyFile) {
        return studyFile.toAbsolutePath().getParent().resolve(OUTPUT_FOLDER);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** Analysis name → the error message, for the analyses that failed. */
    public Map<String, String> failures() {
        return failures;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            for (Analysis a : toRun) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                monitor.setTaskName("Running " + a.getName() + " (" + a.getEstimatorId() + ")");
                RunRecorder.Run[] record = new RunRecorder.Run[1];
                try {
                    Result r = computation.run(a, new JobProgressMonitor(monitor), recorder, x -> record[0] = x);
                    if (record[0] != null) {
                        StudyEvaluation.writeResult(r, outDir, StudyComputation.name(a), record[0]);
                    }
                    onResult.accept(originals.get(a), r);
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (InputException e) {
                    failures.put(a.getName(), String.join("\n", e.problems()));
                    if (record[0] != null) {
                        record[0].failedInput(String.join("; ", e.problems()));
                    }
                } catch (EstimationException e) {
                    failures.put(a.getName(), "estimation failed: " + e.getMessage());
                    if (record[0] != null) {
                        record[0].failedEstimation(e.getMessage());
                    }
                } catch (IOException e) {
                    failures.put(a.getName(), "cannot write the result into " + outDir + ": " + e.getMessage());
                    record[0] = null; // nothing to point the record at
                } catch (RuntimeException e) {
                    failures.put(a.getName(), "internal error (please report): " + e);
                    if (record[0] != null) {
                        record[0].failedEstimation("internal error: " + e);
                    }
                }
                if (record[0] != null) {
                    onRecord.accept(originals.get(a), record[0].record());
                }
            }
        } finally {
            monitor.done();
        }
        if (failures.isEmpty()) {
            return Status.OK_STATUS;
        }
        StringBuilder sb = new StringBuilder();
        failures.forEach((name, msg) -> sb.append(name).append(": ").append(msg).append('\n'));
        return new Status(IStatus.ERROR, "org.carbonlab.ui", sb.toString().strip());
    }
}
