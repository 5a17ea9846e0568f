package org.carbonlab.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.report.JsonResultReader;
import org.carbonlab.core.result.Result;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.persistence.StudyFiles;

/**
 * The results that runs recorded in a study ({@code carbonlab run} or the desktop): where the result file is,
 * whether it is still the file the run wrote (its SHA-256), and the result read back from it.
 */
public final class RecordedResults {
    /** What became of a recorded result file. */
    public enum State {
        /** No run recorded, or the run failed without a result file. */
        NONE,
        /** The file is there and matches the recorded SHA-256. */
        OK,
        /** The file is gone. */
        GONE,
        /** The file was changed since the run (its SHA-256 differs). */
        CHANGED,
        /** The study was never saved: a relative path has no folder to be resolved against. */
        UNSAVED
    }

    /** The check of one recorded result: its state, the file and a sentence for the user. */
    public record Check(State state, Path file, String message) {
    }

    private RecordedResults() {
    }

    /** Checks the recorded result of an analysis against its file. */
    public static Check check(Analysis a, Path studyFile) {
        org.carbonlab.model.Result record = a.getResult();
        String name = a.getName();
        if (record == null) {
            return new Check(State.NONE, null, "'" + name + "' has no recorded run");
        }
        String status = record.getStatus() == null ? "?" : record.getStatus().getLiteral();
        if (record.getPath() == null || record.getPath().isBlank()) {
            return new Check(State.NONE, null, "the recorded run of '" + name + "' ended " + status + " without a result"
                    + (record.getSummary() == null ? "" : ": " + record.getSummary()));
        }
        if (studyFile == null && !Path.of(record.getPath()).isAbsolute()) {
            return new Check(State.UNSAVED, null, "save the study to find its recorded result " + record.getPath());
        }
        Path file = studyFile == null ? Path.of(record.getPath()) : StudyFiles.resolveRelativeTo(studyFile, record.getPath());
        if (!Files.isRegularFile(file)) {
            return new Check(State.GONE, file, "the recorded result of '" + name + "' is gone: " + file + " does not exist");
        }
        try {
            String sha = DataReader.sha256(Files.readAllBytes(file));
            if (record.getSha256() != null && !sha.equalsIgnoreCase(record.getSha256())) {
                return new Check(State.CHANGED, file, "the recorded result of '" + name + "' was changed since the run: "
                        + file + " has SHA-256 " + sha + ", the study recorded " + record.getSha256());
            }
        } catch (IOException e) {
            return new Check(State.GONE, file, "the recorded result of '" + name + "' cannot be read: " + e.getMessage());
        }
        return new Check(State.OK, file, "recorded run of '" + name + "' (" + status + "): " + file.getFileName()
                + " matches its SHA-256");
    }

    /**
     * Reads the recorded result of an analysis, after checking its SHA-256.
     *
     * @throws InputException with the check's message when the file is gone or changed
     */
    public static Result open(Analysis a, Path studyFile) {
        Check c = check(a, studyFile);
        if (c.state() != State.OK) {
            throw new InputException(c.message());
        }
        try {
            return new JsonResultReader().read(Files.readString(c.file(), StandardCharsets.UTF_8), c.file().toString());
        } catch (IOException e) {
            throw new InputException("cannot read " + c.file() + ": " + e.getMessage());
        }
    }
}
