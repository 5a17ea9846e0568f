package org.carbonlab.ui.parts;

import org.carbonlab.ui.StudyEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the desktop: one of the existing composites (navigator, details, result, charts, data, progress)
 * in a workbench view. The study editor that was active last fills it; a view created later (a stacked tab
 * shown for the first time) asks that editor for what to show.
 */
public abstract class DesktopPart extends ViewPart {

    @Override
    public final void createPartControl(Composite parent) {
        create(parent);
        StudyEditor editor = StudyEditor.current();
        if (editor != null) {
            editor.viewCreated(this);
        }
    }

    /** Creates the view's composite. */
    protected abstract void create(Composite parent);
}
