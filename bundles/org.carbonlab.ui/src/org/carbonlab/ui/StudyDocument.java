package org.carbonlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.result.Result;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.WeightMatrix;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * One open study: the EMF model, the file it came from (none for a new study), the command stack
 * that every edit goes through (undo/redo, dirty state) and the results computed in this session.
 * Not thread-safe: used on the UI thread; jobs hand their results back through the display.
 */
public final class StudyDocument {
    private final Study study;
    private Path file;
    private final BasicCommandStack commands = new BasicCommandStack();
    private final Map<Analysis, Result> results = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    private StudyDocument(Study study, Path file) {
        this.study = study;
        this.file = file;
        commands.addCommandStackListener(e -> fireChanged());
    }

    public static StudyDocument open(Path file) throws StudyFileException {
        Path abs = file.toAbsolutePath().normalize();
        return new StudyDocument(StudyFiles.load(abs), abs);
    }

    public static StudyDocument create(String name) {
        return new StudyDocument(StudyFiles.create(name), null);
    }

    public Study study() {
        return study;
    }

    /** The study file, or {@code null} for a new study that was never saved. */
    public Path file() {
        return file;
    }

    /** Folder that relative data paths are resolved against: the study's, or the working folder. */
    public Path baseDir() {
        return file != null ? file.getParent() : Path.of("").toAbsolutePath();
    }

    public BasicCommandStack commands() {
        return commands;
    }

    /** Runs an edit through the command stack (so it can be undone); false if it could not run. */
    public boolean execute(Command command) {
        if (!command.canExecute()) {
            return false;
        }
        commands.execute(command);
        return true;
    }

    public boolean isDirty() {
        return commands.isSaveNeeded() || (file == null && !study.getDatasets().isEmpty());
    }

    /** Saves atomically (the model's saver writes a temporary file and moves it into place). */
    public void saveAs(Path target) throws StudyFileException {
        Path abs = target.toAbsolutePath().normalize();
        Path oldBase = baseDir();
        Path newBase = abs.getParent();
        if (!newBase.equals(oldBase)) {
            // data paths are relative to the study file: keep them pointing at the same files
            for (Dataset d : study.getDatasets()) {
                d.setSource(rebase(d.getSource(), oldBase, newBase));
            }
            for (WeightMatrix w : study.getWeightMatrices()) {
                w.setSource(rebase(w.getSource(), oldBase, newBase));
            }
        }
        StudyFiles.save(study, abs);
        file = abs;
        commands.saveIsDone();
        fireChanged();
    }

    /** A path recorded relative to {@code from}, made relative to {@code to} (absolute when outside it). */
    static String rebase(String source, Path from, Path to) {
        if (source == null || source.isBlank() || Path.of(source).isAbsolute()) {
            return source;
        }
        Path file = from.resolve(source).normalize();
        return file.startsWith(to) ? to.relativize(file).toString() : file.toString();
    }

    public void save() throws StudyFileException {
        if (file == null) {
            throw new IllegalStateException("a new study needs a file name: use saveAs");
        }
        saveAs(file);
    }

    public Map<Analysis, Result> results() {
        return results;
    }

    public void putResult(Analysis analysis, Result result) {
        results.put(analysis, result);
        fireChanged();
    }

    public String title() {
        String name = study.getName() == null || study.getName().isBlank() ? "Untitled study" : study.getName();
        return (isDirty() ? "*" : "") + name + (file != null ? " — " + file.getFileName() : "");
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public void fireChanged() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}
