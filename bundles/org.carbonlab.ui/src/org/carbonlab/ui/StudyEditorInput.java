package org.carbonlab.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A study file to edit, or (no file) a new study; two inputs of one file are equal, so it opens once. */
public final class StudyEditorInput implements IEditorInput {
    private final Path file;
    private final String newName;

    private StudyEditorInput(Path file, String newName) {
        this.file = file == null ? null : file.toAbsolutePath().normalize();
        this.newName = newName;
    }

    public static StudyEditorInput of(Path file) {
        return new StudyEditorInput(file, null);
    }

    public static StudyEditorInput newStudy(String name) {
        return new StudyEditorInput(null, name);
    }

    /** The file, or null for a new study. */
    public Path file() {
        return file;
    }

    @Override
    public boolean exists() {
        return file != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file != null ? file.getFileName().toString() : newName;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file != null ? file.toString() : newName;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        // new studies are never the same editor's; files are
        return o == this || o instanceof StudyEditorInput i && file != null && file.equals(i.file);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(file);
    }
}
