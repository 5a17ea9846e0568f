package org.carbonlab.ui.parts;

import org.carbonlab.ui.views.ResultView;
import org.eclipse.swt.widgets.Composite;

/** The selected analysis' result: tables, statistics, warnings, copy and export. */
public final class ResultPart extends DesktopPart {
    public static final String ID = "org.carbonlab.ui.result";
    private ResultView result;

    @Override
    protected void create(Composite parent) {
        result = new ResultView(parent);
    }

    public ResultView result() {
        return result;
    }

    @Override
    public void setFocus() {
        result.control().setFocus();
    }
}
