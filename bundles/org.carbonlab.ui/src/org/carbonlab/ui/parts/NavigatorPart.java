package org.carbonlab.ui.parts;

import org.carbonlab.ui.views.StudyNavigator;
import org.eclipse.swt.widgets.Composite;

/** The study navigator: the open study's datasets, variables, weight matrices and analyses as a tree. */
public final class NavigatorPart extends DesktopPart {
    public static final String ID = "org.carbonlab.ui.navigator";
    private StudyNavigator navigator;

    @Override
    protected void create(Composite parent) {
        navigator = new StudyNavigator(parent);
        getSite().setSelectionProvider(navigator.viewer());
    }

    public StudyNavigator navigator() {
        return navigator;
    }

    @Override
    public void setFocus() {
        navigator.viewer().getControl().setFocus();
    }
}
