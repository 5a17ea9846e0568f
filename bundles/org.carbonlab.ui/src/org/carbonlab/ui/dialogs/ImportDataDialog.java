package org.carbonlab.ui.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.Cells;
import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.PanelLayout;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.model.persistence.StudyNames;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Imports a CSV/XLSX file as a dataset after a preview made by the batch reader itself: which entity and
 * time columns it takes and why, the panel's shape (entities, periods, balanced), each column's type and
 * missing count, and the errors the batch command would give, before anything is added to the study.
 */
public final class ImportDataDialog extends TitleAreaDialog {
    /** What the dialog produces. */
    public record Request(String name, Path file, String sheet, String entityColumn, String timeColumn,
            PanelFrame frame) {
    }

    static final String AUTO = "(detect)";

    private final Set<String> takenNames;
    private Path initialFile;
    private Text file;
    private Text sheet;
    private Text name;
    private Combo entity;
    private Combo time;
    private Label shape;
    private Table columns;
    private Text errors;
    private RawTable table;
    private PanelFrame frame;
    private PanelLayout layout;
    private Request request;

    public ImportDataDialog(Shell parent, Set<String> takenNames, Path initialFile) {
        super(parent);
        this.takenNames = takenNames;
        this.initialFile = initialFile;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public Request request() {
        return request;
    }

    public Text fileField() {
        return file;
    }

    public String shapeText() {
        return shape.getText();
    }

    public String errorsText() {
        return errors.getText();
    }

    public Table columnsTable() {
        return columns;
    }

    /** Whether Import can be pressed now. */
    public boolean okEnabled() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** Presses Import (as a user would). */
    public void pressOk() {
        okPressed();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("Import data");
        setTitle("Import a dataset (CSV or XLSX)");
        setMessage("The preview is what the batch reader makes of the file; nothing is added before OK.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(3, false));
        new Label(form, SWT.NONE).setText("file");
        file = new Text(form, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.csv;*.xlsx;*.xlsm", "*.*" });
            String p = d.open();
            if (p != null) {
                file.setText(p);
            }
        });
        new Label(form, SWT.NONE).setText("sheet (XLSX)");
        sheet = new Text(form, SWT.BORDER);
        sheet.setMessage("first sheet");
        sheet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(form, SWT.NONE).setText("dataset name");
        name = new Text(form, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(form, SWT.NONE).setText("entity column");
        entity = new Combo(form, SWT.READ_ONLY);
        entity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(form, SWT.NONE).setText("time column");
        time = new Combo(form, SWT.READ_ONLY);
        time.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        shape = new Label(form, SWT.WRAP);
        GridData sgd = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        sgd.widthHint = 640;
        shape.setLayoutData(sgd);
        columns = new Table(form, SWT.BORDER | SWT.FULL_SELECTION);
        columns.setHeaderVisible(true);
        columns.setLinesVisible(true);
        for (String h : new String[] { "column", "role", "type", "missing", "first values" }) {
            new TableColumn(columns, SWT.LEFT).setText(h);
        }
        GridData tgd = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        tgd.heightHint = 260;
        columns.setLayoutData(tgd);
        errors = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        errors.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData egd = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        egd.heightHint = 60;
        errors.setLayoutData(egd);

        file.addListener(SWT.Modify, e -> reread());
        sheet.addListener(SWT.Modify, e -> reread());
        entity.addListener(SWT.Selection, e -> relayout());
        time.addListener(SWT.Selection, e -> relayout());
        name.addListener(SWT.Modify, e -> updateButtons());
        if (initialFile != null) {
            file.setText(initialFile.toString());
        }
        return area;
    }

    /** Reads the file again (new path or sheet) and offers its columns. */
    private void reread() {
        table = null;
        frame = null;
        layout = null;
        columns.removeAll();
        shape.setText("");
        entity.removeAll();
        time.removeAll();
        String path = file.getText().strip();
        if (path.isEmpty()) {
            showProblems(List.of("choose a CSV or XLSX file"));
            return;
        }
        try {
            table = DataReader.read(Path.of(path), sheet.getText());
        } catch (InputException e) {
            showProblems(e.problems());
            return;
        } catch (RuntimeException e) {
            showProblems(List.of(path + ": " + e.getMessage()));
            return;
        }
        entity.add(AUTO);
        time.add(AUTO);
        time.add(PanelLayout.NONE + " (cross-section)");
        for (String c : table.columnNames()) {
            entity.add(c);
            time.add(c);
        }
        entity.select(0);
        time.select(0);
        if (name.getText().isBlank()) {
            String base = Path.of(path).getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
            name.setText(base.startsWith(".") ? "data" + base : base);
        }
        relayout();
    }

    /** Chooses entity and time columns as the batch reader would, builds the frame, fills the preview. */
    private void relayout() {
        frame = null;
        layout = null;
        columns.removeAll();
        if (table == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        try {
            layout = PanelLayout.choose(table, choice(entity), choice(time));
            frame = layout.frame(table);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (layout != null) {
            shape.setText(layout.describe() + (frame == null ? ""
                    : "\n" + table.rows() + " rows × " + table.columns() + " columns; " + frame.nEntities() + " entities"
                            + (frame.hasTime() ? ", " + frame.nPeriods() + " periods (" + first(frame) + "–" + last(frame) + "), "
                                    + (frame.balanced() ? "balanced" : "unbalanced") : ", cross-section (no periods)")));
        } else {
            shape.setText("");
        }
        for (int c = 0; c < table.columns(); c++) {
            String col = table.columnNames().get(c);
            int missing = 0;
            boolean numeric = true;
            List<String> examples = new ArrayList<>();
            for (int r = 0; r < table.rows(); r++) {
                String cell = Cells.normalize(table.cell(r, c));
                if (cell == null) {
                    missing++;
                } else {
                    numeric &= Cells.isNumber(cell);
                    if (examples.size() < 3) {
                        examples.add(cell);
                    }
                }
            }
            String role = layout == null ? "" : col.equals(layout.entityColumn()) ? "entity"
                    : col.equals(layout.timeColumn()) ? "time" : "";
            TableItem item = new TableItem(columns, SWT.NONE);
            item.setText(new String[] { col, role, missing == table.rows() ? "empty" : numeric ? "numeric" : "text",
                    Integer.toString(missing), String.join(", ", examples) });
        }
        for (TableColumn tc : columns.getColumns()) {
            tc.pack();
        }
        showProblems(problems);
        getShell().layout(true, true);
    }

    private static long first(PanelFrame f) {
        long[] p = f.periods();
        return p.length == 0 ? 0 : p[0];
    }

    private static long last(PanelFrame f) {
        long[] p = f.periods();
        return p.length == 0 ? 0 : p[p.length - 1];
    }

    private static String choice(Combo c) {
        String t = c.getText();
        if (t.isEmpty() || t.equals(AUTO)) {
            return null;
        }
        return t.startsWith(PanelLayout.NONE + " (") ? PanelLayout.NONE : t;
    }

    private void showProblems(List<String> problems) {
        errors.setText(String.join("\n", problems));
        if (problems.isEmpty()) {
            setErrorMessage(null);
            setMessage("The batch reader accepts this file.", IMessageProvider.INFORMATION);
        } else {
            setErrorMessage(problems.get(0));
        }
        updateButtons();
    }

    private String nameProblem() {
        String n = name.getText().strip();
        if (n.isEmpty()) {
            return "the dataset needs a name";
        }
        if (!StudyNames.isSafe(n)) {
            return "dataset name '" + n + "': " + StudyNames.RULE;
        }
        return takenNames.contains(n) ? "another dataset is already named '" + n + "'" : null;
    }

    private void updateButtons() {
        Button ok = getButton(IDialogConstants.OK_ID);
        String problem = frame == null ? null : nameProblem();
        if (problem != null) {
            setErrorMessage(problem);
        } else if (frame != null) {
            setErrorMessage(null);
        }
        if (ok != null) {
            ok.setEnabled(frame != null && problem == null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Import");
        updateButtons();
    }

    @Override
    protected void okPressed() {
        if (frame == null || nameProblem() != null || !Files.isRegularFile(Path.of(file.getText().strip()))) {
            return;
        }
        request = new Request(name.getText().strip(), Path.of(file.getText().strip()).toAbsolutePath().normalize(),
                sheet.getText().isBlank() ? null : sheet.getText().strip(), layout.entityColumn(),
                layout.timeColumn() == null ? PanelLayout.NONE : layout.timeColumn(), frame);
        super.okPressed();
    }
}
