package org.carbonlab.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.io.AtomicFiles;
import org.carbonlab.core.result.Result;
import org.carbonlab.ui.charts.SwtCharts;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/**
 * The charts of a result, as registered for its estimator (extension point {@code org.carbonlab.core.charts}, so
 * plug-in estimators contribute theirs): a list of the charts, the selected one drawn with SWTChart, and export as
 * PNG (what is drawn here) or SVG (the batch report's renderer, from the same description).
 */
public final class ChartView {
    private final ChartRegistry registry;
    private final Composite root;
    private final Label heading;
    private final org.eclipse.swt.widgets.List list;
    private final Composite canvas;
    private final Label subtitle;
    private final List<Chart> charts = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private org.eclipse.swtchart.Chart shown;
    private String name = "result";

    public ChartView(Composite parent, ChartRegistry registry) {
        this.registry = registry;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new RowLayout());
        Button png = new Button(bar, SWT.PUSH);
        png.setText("Export PNG…");
        png.addListener(SWT.Selection, e -> exportWithDialog("png"));
        Button svg = new Button(bar, SWT.PUSH);
        svg.setText("Export SVG…");
        svg.addListener(SWT.Selection, e -> exportWithDialog("svg"));
        heading = new Label(root, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        list = new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        subtitle = new Label(right, SWT.WRAP);
        subtitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new Composite(right, SWT.NONE);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setLayout(new FillLayout());
        sash.setWeights(new int[] { 22, 78 });
        list.addListener(SWT.Selection, e -> select(list.getSelectionIndex()));
        show(null, null);
    }

    public Control control() {
        return root;
    }

    /** The charts of the shown result. */
    public List<Chart> charts() {
        return List.copyOf(charts);
    }

    /** The SWTChart widget drawing the selected chart, or null. */
    public org.eclipse.swtchart.Chart widget() {
        return shown;
    }

    /** Problems of chart providers (named in a warning, as in the batch report). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void show(String analysisName, Result result) {
        name = analysisName == null ? "result" : analysisName;
        charts.clear();
        warnings.clear();
        list.removeAll();
        if (result != null) {
            charts.addAll(registry.charts(result, warnings::add));
        }
        for (Chart c : charts) {
            list.add(c.title());
        }
        heading.setText(result == null ? "No result: run an analysis to see its charts."
                : charts.isEmpty() ? "No charts for " + name + " (" + result.estimatorId() + ")."
                        + (warnings.isEmpty() ? "" : " " + String.join(" ", warnings))
                        : charts.size() + " chart" + (charts.size() == 1 ? "" : "s") + " of " + name + " ("
                                + result.estimatorId() + ")" + (warnings.isEmpty() ? "" : "; " + String.join(" ", warnings)));
        select(charts.isEmpty() ? -1 : 0);
        root.layout(true, true);
    }

    /** Shows the chart at {@code index} (-1: none). */
    public void select(int index) {
        if (shown != null) {
            shown.dispose();
            shown = null;
        }
        subtitle.setText("");
        if (index >= 0 && index < charts.size()) {
            list.select(index);
            shown = SwtCharts.create(canvas, charts.get(index));
            subtitle.setText(charts.get(index).subtitle());
        }
        canvas.getParent().layout(true, true);
    }

    private Chart selected() {
        int i = list.getSelectionIndex();
        return i >= 0 && i < charts.size() ? charts.get(i) : null;
    }

    private void exportWithDialog(String format) {
        Chart c = selected();
        if (c == null) {
            return;
        }
        FileDialog d = new FileDialog(root.getShell(), SWT.SAVE);
        d.setOverwrite(true);
        d.setFileName(name + "-" + c.id() + "." + format);
        d.setFilterExtensions(new String[] { "*." + format });
        String path = d.open();
        if (path == null) {
            return;
        }
        try {
            if (format.equals("png")) {
                exportPng(Path.of(path));
            } else {
                exportSvg(Path.of(path));
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(root.getShell(), "Export failed", path + ": " + e.getMessage());
        }
    }

    /** Writes the selected chart, as drawn here, as a PNG; returns its pixels. */
    public ImageData exportPng(Path file) throws IOException {
        if (shown == null) {
            throw new IllegalStateException("no chart is shown");
        }
        return SwtCharts.writePng(shown, file);
    }

    /** Writes the selected chart as SVG (the same description through the batch report's renderer). */
    public void exportSvg(Path file) throws IOException {
        Chart c = selected();
        if (c == null) {
            throw new IllegalStateException("no chart is shown");
        }
        AtomicFiles.writeString(file, new HeadlessChartRenderer().svg(c));
    }
}
