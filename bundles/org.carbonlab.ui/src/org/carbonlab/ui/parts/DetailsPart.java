package org.carbonlab.ui.parts;

import org.carbonlab.ui.views.DetailsView;
import org.eclipse.swt.widgets.Composite;

/** The details of the selected study element, edited in place (through the study's command stack). */
public final class DetailsPart extends DesktopPart {
    public static final String ID = "org.carbonlab.ui.details";
    private DetailsView details;

    @Override
    protected void create(Composite parent) {
        details = new DetailsView(parent);
    }

    public DetailsView details() {
        return details;
    }

    @Override
    public void setFocus() {
        details.control().setFocus();
    }
}
