package org.carbonlab.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Removes a contained model object from its list, and clears the references other objects of the study
 * hold to it (an analysis's dataset, a variable's producing analysis), so the study stays saveable.
 * Undo puts it back at its index and restores those references.
 */
public final class RemoveFromListCommand extends AbstractCommand {
    private record Reference(EObject holder, EReference feature) {
    }

    private final EObject root;
    private final EObject value;
    private EObject owner;
    private EStructuralFeature feature;
    private int index;
    private final List<Reference> cleared = new ArrayList<>();

    /** @param root the study: references to {@code value} inside it are cleared */
    public RemoveFromListCommand(EObject root, EObject value) {
        super("Delete");
        this.root = root;
        this.value = value;
    }

    @Override
    protected boolean prepare() {
        return value.eContainer() != null && value.eContainingFeature().isMany();
    }

    @SuppressWarnings("unchecked")
    private List<Object> list() {
        return (List<Object>) owner.eGet(feature);
    }

    @Override
    public void execute() {
        owner = value.eContainer();
        feature = value.eContainingFeature();
        index = list().indexOf(value);
        cleared.clear();
        for (EStructuralFeature.Setting s : EcoreUtil.UsageCrossReferencer.find(value, root)) {
            if (s.getEStructuralFeature() instanceof EReference r && !r.isMany() && !r.isContainment()) {
                cleared.add(new Reference(s.getEObject(), r));
            }
        }
        for (Reference r : cleared) {
            r.holder().eSet(r.feature(), null);
        }
        list().remove(value);
    }

    @Override
    public void undo() {
        list().add(index, value);
        for (Reference r : cleared) {
            r.holder().eSet(r.feature(), value);
        }
    }

    @Override
    public void redo() {
        execute();
    }
}
