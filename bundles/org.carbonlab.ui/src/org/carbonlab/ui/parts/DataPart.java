package org.carbonlab.ui.parts;

import org.carbonlab.ui.views.DataView;
import org.eclipse.swt.widgets.Composite;

/** The selected dataset as analyses see it (virtual table, sorting, per-column statistics). */
public final class DataPart extends DesktopPart {
    public static final String ID = "org.carbonlab.ui.data";
    private DataView data;

    @Override
    protected void create(Composite parent) {
        data = new DataView(parent);
    }

    public DataView data() {
        return data;
    }

    @Override
    public void setFocus() {
        data.control().setFocus();
    }
}
