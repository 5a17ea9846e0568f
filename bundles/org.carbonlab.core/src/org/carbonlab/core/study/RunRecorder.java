package org.carbonlab.core.study;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.Result;
import org.carbonlab.model.ResultStatus;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;

/**
 * Records what a run did in the study itself: one {@code Result} element per analysis (status,
 * result path and SHA-256, warnings, start time, elapsed time and the {@link InputFingerprint}),
 * replacing the analysis' previous record, then saves the study atomically. Before an analysis
 * runs it compares the fingerprint with the previous record, so a rerun says what changed.
 * <p>
 * The study is only saved if its file is still the one that was loaded: an edit made while the
 * study ran is never overwritten.
 */
public final class RunRecorder {

    private final Study study;
    private final Path studyFile;
    private final String carbonlabVersion;
    private final String loadedSha256; // null: the caller applies the records itself
    private final List<Run> runs = new ArrayList<>();

    RunRecorder(Study study, Path studyFile, String carbonlabVersion) throws IOException {
        this.study = study;
        this.studyFile = studyFile.toAbsolutePath().normalize();
        this.carbonlabVersion = carbonlabVersion;
        this.loadedSha256 = DataReader.sha256(Files.readAllBytes(this.studyFile));
    }

    private RunRecorder(Study study, Path studyFile, String carbonlabVersion, String loadedSha256) {
        this.study = study;
        this.studyFile = studyFile.toAbsolutePath().normalize();
        this.carbonlabVersion = carbonlabVersion;
        this.loadedSha256 = loadedSha256;
    }

    /**
     * A recorder whose records the caller puts into the study itself (the desktop does, as an undoable edit):
     * {@link Run#record()} is the {@code Result} element; nothing is saved.
     *
     * @param studyFile where the study is saved (result paths are recorded relative to its folder)
     */
    public static RunRecorder detached(Study study, Path studyFile, String carbonlabVersion) {
        return new RunRecorder(study, studyFile, carbonlabVersion, null);
    }

    /** Starts the record of one analysis, run on the given dataset file and data. */
    public Run start(Analysis analysis, String datasetSha256, String dataSha256) {
        Run run = new Run(analysis, datasetSha256, dataSha256);
        runs.add(run);
        return run;
    }

    /** Puts the records into the study and saves it; a failure to save is a warning, not a failed run. */
    void save(PrintStream log) {
        if (loadedSha256 == null) {
            throw new IllegalStateException("a detached recorder's records are applied by its caller");
        }
        for (Run run : runs) {
            Analysis a = run.analysis;
            Result previous = a.getResult();
            study.getResults().removeIf(r -> r == previous || r.getAnalysis() == a);
            run.record.setAnalysis(a);
            study.getResults().add(run.record);
            a.setResult(run.record);
        }
        try {
            String now = DataReader.sha256(Files.readAllBytes(studyFile));
            if (!now.equals(loadedSha256)) {
                log.println("carbonlab: warning: " + studyFile.getFileName()
                        + " changed while the study ran; the run is not recorded in it (run again to record)");
                return;
            }
            StudyFiles.save(study, studyFile);
            log.println("carbonlab: recorded the run in " + studyFile);
        } catch (StudyFileException e) {
            log.println("carbonlab: warning: the run is not recorded in the study: " + e.getMessage());
        } catch (IOException e) {
            log.println("carbonlab: warning: the run is not recorded in the study: cannot read " + studyFile + ": " + e);
        }
    }

    /** The record of one analysis while it runs. */
    public final class Run {
        private final Analysis analysis;
        private final Result record = ModelFactory.eINSTANCE.createResult();
        private final long startNanos = System.nanoTime();
        private String estimatorVersion;
        private String weightMatrixSha256;
        private final String datasetSha256;
        private final String dataSha256;

        private Run(Analysis analysis, String datasetSha256, String dataSha256) {
            this.analysis = analysis;
            this.datasetSha256 = datasetSha256;
            this.dataSha256 = dataSha256;
            record.setCreatedAt(Date.from(Instant.now()));
            fingerprint().into(record);
        }

        /** The estimator was found: its version is part of what ran. */
        public void estimator(EstimatorDescriptor descriptor) {
            estimatorVersion = descriptor.version();
            fingerprint().into(record);
        }

        /** The weight matrix the estimator receives (its SHA-256) is part of what ran. */
        public void weightMatrix(String sha256) {
            weightMatrixSha256 = sha256;
            fingerprint().into(record);
        }

        /** The analysis this run records. */
        public Analysis analysis() {
            return analysis;
        }

        /** The {@code Result} element of the study model that records this run (not yet in the study). */
        public Result record() {
            return record;
        }

        InputFingerprint fingerprint() {
            return new InputFingerprint(analysis.getEstimatorId(), estimatorVersion, carbonlabVersion,
                    InputFingerprint.parametersSha256(analysis), datasetSha256, dataSha256, weightMatrixSha256);
        }

        /**
         * @return how this run compares with the recorded one, e.g. "unchanged since the last run
         *         (result out/fe.json still matches its SHA-256)"
         */
        public String sinceLastRun() {
            Result previous = analysis.getResult();
            if (previous == null) {
                return "no earlier run recorded";
            }
            List<String> changes = fingerprint().changesSince(InputFingerprint.of(previous));
            if (!changes.isEmpty()) {
                return "changed since the last run: " + String.join(", ", changes);
            }
            String status = previous.getStatus() == null ? "" : previous.getStatus().getLiteral();
            if (previous.getPath() == null || previous.getSha256() == null) {
                return "inputs unchanged since the last run, which ended " + status + " without a result";
            }
            Path earlier = StudyFiles.resolveRelativeTo(studyFile, previous.getPath());
            if (!Files.isRegularFile(earlier)) {
                return "inputs unchanged since the last run, but its result " + previous.getPath() + " is gone";
            }
            try {
                if (!DataReader.sha256(Files.readAllBytes(earlier)).equalsIgnoreCase(previous.getSha256())) {
                    return "inputs unchanged since the last run, but its result " + previous.getPath()
                            + " was modified since (SHA-256 differs from the record)";
                }
            } catch (IOException e) {
                return "inputs unchanged since the last run, but its result " + previous.getPath() + " cannot be read";
            }
            return "unchanged since the last run (result " + previous.getPath() + " still matches its SHA-256)";
        }

        public void written(org.carbonlab.core.result.Result result, Path json, byte[] bytes) {
            record.setStatus(result.warnings().isEmpty() ? ResultStatus.OK : ResultStatus.WARNING);
            record.setPath(recordedPath(json));
            record.setSha256(DataReader.sha256(bytes));
            record.getWarnings().addAll(result.warnings());
            finish();
        }

        public void failedInput(String message) {
            fail(ResultStatus.FAILED_INPUT, message);
        }

        public void failedEstimation(String message) {
            fail(ResultStatus.FAILED_ESTIMATION, message);
        }

        private void fail(ResultStatus status, String message) {
            record.setStatus(status);
            record.setSummary(message);
            finish();
        }

        private void finish() {
            record.setElapsedMs((System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    /** Relative to the study's folder where possible, with '/', so the study can move with its results. */
    private String recordedPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = studyFile.getParent();
        try {
            return dir.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }
}
