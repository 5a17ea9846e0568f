package org.carbonlab.ui.commands;

import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Sets one single-valued feature of a model object; undo restores the previous value. */
public final class SetFeatureCommand extends AbstractCommand {
    private final EObject owner;
    private final EStructuralFeature feature;
    private final Object newValue;
    private Object oldValue;

    public SetFeatureCommand(EObject owner, EStructuralFeature feature, Object newValue) {
        super("Set " + feature.getName());
        this.owner = owner;
        this.feature = feature;
        this.newValue = newValue;
    }

    @Override
    protected boolean prepare() {
        return !feature.isMany() && !Objects.equals(owner.eGet(feature), newValue);
    }

    @Override
    public void execute() {
        oldValue = owner.eGet(feature);
        owner.eSet(feature, newValue);
    }

    @Override
    public void undo() {
        owner.eSet(feature, oldValue);
    }

    @Override
    public void redo() {
        owner.eSet(feature, newValue);
    }
}
