package org.carbonlab.ui.parts;

import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.study.StudyEvaluation;
import org.carbonlab.ui.views.ChartView;
import org.eclipse.swt.widgets.Composite;

/** The charts registered for the selected analysis' estimator, drawn with SWTChart. */
public final class ChartPart extends DesktopPart {
    public static final String ID = "org.carbonlab.ui.charts";
    private ChartView charts;

    @Override
    protected void create(Composite parent) {
        ChartRegistry registry = ChartRegistry.fromExtensions();
        // the study steps' charts (maps, robustness) are core's own, not extension contributions
        StudyEvaluation.registerStepCharts(registry);
        charts = new ChartView(parent, registry);
    }

    public ChartView charts() {
        return charts;
    }

    @Override
    public void setFocus() {
        charts.control().setFocus();
    }
}
