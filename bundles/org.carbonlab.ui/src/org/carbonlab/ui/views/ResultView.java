package org.carbonlab.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.io.AtomicFiles;
import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.ReportFormat;
import org.carbonlab.core.report.ResultRenderer;
import org.carbonlab.core.result.Result;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * One result as the report shows it: the publication table (for multi-model results), coefficients with
 * stars, statistics, tests and every per-unit table, one SWT table each (the same grids the batch writers
 * render); warnings highlighted on top; copy as Markdown, LaTeX or TSV; export in the batch formats.
 */
public final class ResultView {
    /** Rows of a per-unit table shown; the copy and the export hold all rows. */
    static final int MAX_ROWS = 5000;

    private final Composite root;
    private final Label heading;
    private final Label warnings;
    private final ScrolledComposite scroll;
    private Composite tables;
    private Result result;
    private String name = "result";
    private final List<Table> shownTables = new ArrayList<>();

    public ResultView(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new RowLayout());
        heading = new Label(root, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading.setText("No result: run an analysis (Study ▸ Run analysis).");
        button(bar, "Copy as Markdown", () -> copy(ReportFormat.MARKDOWN));
        button(bar, "Copy as LaTeX", () -> copy(ReportFormat.LATEX));
        button(bar, "Copy as TSV", () -> copy(null));
        button(bar, "Export…", this::exportWithDialog);
        warnings = new Label(root, SWT.WRAP);
        warnings.setBackground(root.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
        warnings.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        warnings.setVisible(false);
        ((GridData) warnings.getLayoutData()).exclude = true;
        scroll = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        show(null, null);
    }

    private static void button(Composite bar, String text, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    public Control control() {
        return root;
    }

    public Result result() {
        return result;
    }

    /** The tables shown (publication or coefficient table first), for tests. */
    public List<Table> tables() {
        return List.copyOf(shownTables);
    }

    public String warningsText() {
        return warnings.getVisible() ? warnings.getText() : "";
    }

    public void show(String analysisName, Result r) {
        result = r;
        name = analysisName == null ? "result" : analysisName;
        shownTables.clear();
        if (tables != null) {
            tables.dispose();
        }
        tables = new Composite(scroll, SWT.NONE);
        tables.setLayout(new GridLayout(1, false));
        if (r == null) {
            heading.setText("No result: select an analysis and run it (Study ▸ Run analysis).");
            warnings.setVisible(false);
            ((GridData) warnings.getLayoutData()).exclude = true;
        } else {
            heading.setText(name + " — " + r.estimatorId() + (r.data() != null ? ", " + r.data().nObs() + " observations" : ""));
            boolean hasWarnings = !r.warnings().isEmpty();
            warnings.setText(hasWarnings ? "⚠ " + String.join("\n⚠ ", r.warnings()) : "");
            warnings.setVisible(hasWarnings);
            ((GridData) warnings.getLayoutData()).exclude = !hasWarnings;
            for (Grid g : new ResultRenderer().grids(r)) {
                addGrid(g);
            }
        }
        scroll.setContent(tables);
        scroll.setMinSize(tables.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        root.layout(true, true);
    }

    private void addGrid(Grid g) {
        if (g.caption() != null && !g.caption().isBlank()) {
            Label caption = new Label(tables, SWT.NONE);
            caption.setText(g.caption());
            caption.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        }
        Table t = new Table(tables, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String h : g.header()) {
            new TableColumn(t, SWT.LEFT).setText(h);
        }
        int n = Math.min(g.rows().size(), MAX_ROWS);
        for (int i = 0; i < n; i++) {
            new TableItem(t, SWT.NONE).setText(g.rows().get(i).toArray(String[]::new));
        }
        for (TableColumn c : t.getColumns()) {
            c.pack();
        }
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.heightHint = Math.min(n + 1, 16) * t.getItemHeight() + t.getHeaderHeight() + 4;
        t.setLayoutData(gd);
        shownTables.add(t);
        for (String note : g.notes()) {
            Label l = new Label(tables, SWT.WRAP);
            l.setText(note);
        }
        if (g.rows().size() > n) {
            new Label(tables, SWT.NONE).setText("… " + (g.rows().size() - n) + " more rows (in the copy and the export)");
        }
    }

    /** The result as text: Markdown or LaTeX as the batch writers render it, or TSV ({@code null}). */
    public String text(ReportFormat format) {
        if (result == null) {
            return "";
        }
        if (format != null) {
            return new ResultRenderer().render(result, format);
        }
        StringBuilder sb = new StringBuilder();
        for (Grid g : new ResultRenderer().grids(result)) {
            if (g.caption() != null) {
                sb.append(g.caption()).append('\n');
            }
            sb.append(String.join("\t", g.header())).append('\n');
            for (List<String> row : g.rows()) {
                sb.append(String.join("\t", row.stream().map(c -> c.replace('\t', ' ')).toList())).append('\n');
            }
            for (String note : g.notes()) {
                sb.append(note).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private void copy(ReportFormat format) {
        if (result == null) {
            return;
        }
        Clipboard cb = new Clipboard(root.getDisplay());
        try {
            cb.setContents(new Object[] { text(format) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            cb.dispose();
        }
    }

    private void exportWithDialog() {
        if (result == null) {
            return;
        }
        FileDialog d = new FileDialog(root.getShell(), SWT.SAVE);
        d.setOverwrite(true);
        d.setFileName(name + ".md");
        d.setFilterExtensions(new String[] { "*.md", "*.tex", "*.html", "*.csv", "*.docx", "*.json" });
        d.setFilterNames(new String[] { "Markdown", "LaTeX", "HTML", "CSV", "Word (docx)", "JSON result" });
        String path = d.open();
        if (path == null) {
            return;
        }
        try {
            export(Path.of(path));
        } catch (IOException | RuntimeException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(root.getShell(), "Export failed", path + ": " + e.getMessage());
        }
    }

    /** Writes the result in the format its file extension names (md, tex, html, csv, docx, json), atomically. */
    public void export(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        ReportFormat format = ReportFormat.parse(dot < 0 ? "md" : fileName.substring(dot + 1));
        byte[] bytes = format == ReportFormat.DOCX ? new ResultRenderer().renderDocx(result)
                : new ResultRenderer().render(result, format).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeBytes(file, bytes);
    }
}
