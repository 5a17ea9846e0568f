package org.carbonlab.ui.commands;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Appends an object to a many-valued feature (a study's datasets, analyses …); undo removes it. */
public final class AddToListCommand extends AbstractCommand {
    private final EObject owner;
    private final EStructuralFeature feature;
    private final Object value;

    public AddToListCommand(EObject owner, EStructuralFeature feature, Object value) {
        super("Add " + feature.getName());
        this.owner = owner;
        this.feature = feature;
        this.value = value;
    }

    @Override
    protected boolean prepare() {
        return feature.isMany();
    }

    @SuppressWarnings("unchecked")
    private List<Object> list() {
        return (List<Object>) owner.eGet(feature);
    }

    @Override
    public void execute() {
        list().add(value);
    }

    @Override
    public void undo() {
        list().remove(value);
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public java.util.Collection<?> getAffectedObjects() {
        return List.of(value);
    }
}
