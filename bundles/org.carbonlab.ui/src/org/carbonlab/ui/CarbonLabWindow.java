package org.carbonlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.result.Result;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.ModelPackage;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;
import org.carbonlab.model.WeightMatrix;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.ui.commands.AddToListCommand;
import org.carbonlab.ui.commands.RemoveFromListCommand;
import org.carbonlab.ui.commands.SetFeatureCommand;
import org.carbonlab.ui.dialogs.EstimatorPickerDialog;
import org.carbonlab.ui.dialogs.ImportDataDialog;
import org.carbonlab.ui.dialogs.ParameterDialog;
import org.carbonlab.ui.views.ChartView;
import org.carbonlab.ui.views.DataView;
import org.carbonlab.ui.views.DetailsView;
import org.carbonlab.ui.views.ResultView;
import org.carbonlab.ui.views.StudyNavigator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The CarbonLab desktop window: the study navigator on the left; details, result and data tabs on the
 * right; the progress strip of running jobs at the bottom. Every edit goes through the study's command
 * stack (Edit ▸ Undo/Redo); closing or opening another study asks to save a modified one.
 */
public final class CarbonLabWindow extends ApplicationWindow {
    private final EstimatorRegistry registry;
    private final String version;
    private StudyDocument document;
    private StudyNavigator navigator;
    private DetailsView details;
    private ResultView resultView;
    private DataView dataView;
    private CTabFolder tabs;
    private CTabItem detailsTab;
    private CTabItem resultTab;
    private CTabItem dataTab;
    private final ChartRegistry chartRegistry;
    private ChartView chartView;
    private CTabItem chartsTab;
    private ProgressPanel progress;
    private final Runnable documentChanged = this::documentChanged;
    /** What a prompt answers in tests instead of a person: null asks the user. */
    private Integer savePromptAnswer;

    private final Action undo = action("&Undo@Ctrl+Z", () -> document.commands().undo());
    private final Action redo = action("&Redo@Ctrl+Y", () -> document.commands().redo());

    public CarbonLabWindow(EstimatorRegistry registry, String version) {
        super(null);
        this.registry = registry;
        this.version = version;
        this.chartRegistry = ChartRegistry.fromExtensions();
        addMenuBar();
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("CarbonLab");
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1280, 800);
    }

    @Override
    protected MenuManager createMenuManager() {
        MenuManager bar = new MenuManager();
        MenuManager file = new MenuManager("&File");
        file.add(action("&New study", this::newStudyWithPrompt));
        file.add(action("&Open study…@Ctrl+O", this::openWithDialog));
        file.add(action("&Save@Ctrl+S", this::save));
        file.add(action("Save &as…", this::saveAsWithDialog));
        file.add(new Separator());
        file.add(action("E&xit", this::close));
        MenuManager edit = new MenuManager("&Edit");
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(action("&Delete", this::deleteSelection));
        MenuManager study = new MenuManager("&Study");
        study.add(action("&Import data…", this::importWithDialog));
        study.add(action("Add &variable", this::addVariable));
        study.add(action("Add &weight matrix…", this::addWeightMatrixWithDialog));
        study.add(action("Add &analysis…", this::addAnalysisWithDialogs));
        study.add(action("Add &output binding", () -> {
            Analysis a = selectedAnalysis();
            if (a != null) {
                addOutputBinding(a);
            }
        }));
        study.add(action("&Edit analysis…", this::editSelectedAnalysis));
        study.add(new Separator());
        study.add(action("&Run analysis@F5", () -> {
            Analysis a = selectedAnalysis();
            if (a != null) {
                runAnalyses(List.of(a));
            }
        }));
        study.add(action("Run the whole &study@Ctrl+F5", () -> runAnalyses(document.study().getAnalyses().stream()
                .filter(a -> !StudyComputation.isStudyStep(a)).toList()))); // study steps: 'carbonlab run' only, yet
        bar.add(file);
        bar.add(edit);
        bar.add(study);
        return bar;
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        navigator = new StudyNavigator(sash);
        tabs = new CTabFolder(sash, SWT.BORDER | SWT.TOP);
        details = new DetailsView(tabs);
        detailsTab = tab("Details", details.control());
        resultView = new ResultView(tabs);
        resultTab = tab("Result", resultView.control());
        chartView = new ChartView(tabs, chartRegistry);
        chartsTab = tab("Charts", chartView.control());
        dataView = new DataView(tabs);
        dataTab = tab("Data", dataView.control());
        tabs.setSelection(detailsTab);
        sash.setWeights(new int[] { 28, 72 });
        progress = new ProgressPanel(root);
        progress.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Job.getJobManager().setProgressProvider(progress);
        details.setKnownNames(() -> {
            EObject o = details.shown();
            Dataset d = o instanceof Variable v && v.getDataset() != null ? v.getDataset()
                    : document.study().getDatasets().isEmpty() ? null : document.study().getDatasets().get(0);
            return d == null ? null : columnsFor(d);
        });
        navigator.viewer().addSelectionChangedListener(e -> selectionChanged());
        navigator.viewer().getControl().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                deleteSelection();
            }
        });
        navigator.viewer().addDoubleClickListener(e -> {
            if (navigator.selectedObject() instanceof Analysis) {
                editSelectedAnalysis();
            }
        });
        if (document == null) {
            setDocument(StudyDocument.create("Untitled study"));
        } else {
            setDocument(document);
        }
        return root;
    }

    private CTabItem tab(String text, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
        return item;
    }

    // ------------------------------------------------------------------ accessors (tests, tools)

    public StudyDocument document() {
        return document;
    }

    public StudyNavigator navigator() {
        return navigator;
    }

    public ResultView resultView() {
        return resultView;
    }

    public ChartView chartView() {
        return chartView;
    }

    /** Brings the charts tab to the front. */
    public void showCharts() {
        tabs.setSelection(chartsTab);
    }

    public DataView dataView() {
        return dataView;
    }

    public DetailsView detailsView() {
        return details;
    }

    public ProgressPanel progress() {
        return progress;
    }

    public EstimatorRegistry registry() {
        return registry;
    }

    /** Answers the save prompt with 0 (save), 1 (don't save) or 2 (cancel) instead of asking; null asks. */
    public void answerSavePromptWith(Integer answer) {
        savePromptAnswer = answer;
    }

    // ------------------------------------------------------------------ documents

    private void setDocument(StudyDocument doc) {
        if (document != null) {
            document.removeListener(documentChanged);
        }
        document = doc;
        viewComputation = null;
        if (navigator == null) {
            return; // shown when the contents are created
        }
        doc.addListener(documentChanged);
        navigator.setDocument(doc);
        details.show(doc, doc.study());
        resultView.show(null, null);
        chartView.show(null, null);
        dataView.show(null, null);
        documentChanged();
    }

    private void documentChanged() {
        viewComputation = null;
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.setText("CarbonLab — " + document.title());
        }
        undo.setEnabled(document.commands().canUndo());
        redo.setEnabled(document.commands().canRedo());
        undo.setText("&Undo" + label(document.commands().getUndoCommand()) + "@Ctrl+Z");
        redo.setText("&Redo" + label(document.commands().getRedoCommand()) + "@Ctrl+Y");
        if (details.shown() != null && details.shown().eResource() == null && details.shown() != document.study()
                && !(details.shown().eContainer() != null)) {
            details.show(document, document.study()); // the shown object was deleted
        }
    }

    private static String label(org.eclipse.emf.common.command.Command c) {
        return c == null || c.getLabel() == null ? "" : " " + c.getLabel().toLowerCase();
    }

    /** Opens a study file (after asking to save the current one); false if the user cancelled or it failed. */
    public boolean open(Path file) {
        if (!promptToSave()) {
            return false;
        }
        try {
            setDocument(StudyDocument.open(file));
            return true;
        } catch (StudyFileException e) {
            error("Cannot open the study", e.getMessage());
            return false;
        }
    }

    /** Opens a study at start-up (no prompt). */
    public void openInitially(Path file) {
        try {
            document = StudyDocument.open(file);
        } catch (StudyFileException e) {
            document = StudyDocument.create("Untitled study");
            Shell s = getShell();
            if (s != null) {
                error("Cannot open the study", e.getMessage());
            } else {
                System.err.println("carbonlab desktop: " + e.getMessage());
            }
        }
        if (navigator != null) {
            setDocument(document);
        }
    }

    private void newStudyWithPrompt() {
        if (promptToSave()) {
            setDocument(StudyDocument.create("Untitled study"));
        }
    }

    private void openWithDialog() {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.carbonlab", "*.*" });
        String p = d.open();
        if (p != null) {
            open(Path.of(p));
        }
    }

    /** Saves (asking for a file name for a new study); false if cancelled or it failed. */
    public boolean save() {
        if (document.file() == null) {
            return saveAsWithDialog();
        }
        try {
            document.save();
            return true;
        } catch (StudyFileException e) {
            error("Cannot save the study", e.getMessage());
            return false;
        }
    }

    private boolean saveAsWithDialog() {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setOverwrite(true);
        d.setFilterExtensions(new String[] { "*.carbonlab" });
        d.setFileName(document.file() != null ? document.file().getFileName().toString() : "study.carbonlab");
        String p = d.open();
        if (p == null) {
            return false;
        }
        try {
            document.saveAs(Path.of(p.endsWith(".carbonlab") ? p : p + ".carbonlab"));
            return true;
        } catch (StudyFileException e) {
            error("Cannot save the study", e.getMessage());
            return false;
        }
    }

    /** Asks to save a modified study: true to go on (saved or discarded), false to stay. */
    public boolean promptToSave() {
        if (document == null || !document.isDirty()) {
            return true;
        }
        int answer = savePromptAnswer != null ? savePromptAnswer
                : new MessageDialog(getShell(), "Save changes?", null,
                        "The study '" + document.title().replaceFirst("^\\*", "") + "' has been modified. Save the changes?",
                        MessageDialog.QUESTION, 0, "Save", "Don't save", "Cancel").open();
        return switch (answer) {
            case 0 -> save();
            case 1 -> true;
            default -> false;
        };
    }

    @Override
    protected void handleShellCloseEvent() {
        if (promptToSave()) {
            super.handleShellCloseEvent();
        }
    }

    @Override
    public boolean close() {
        Job.getJobManager().cancel(AnalysisJob.FAMILY);
        Job.getJobManager().setProgressProvider(null);
        return super.close();
    }

    // ------------------------------------------------------------------ selection

    private void selectionChanged() {
        EObject o = navigator.selectedObject();
        details.show(document, o);
        if (o instanceof Analysis a) {
            Result r = document.results().get(a);
            resultView.show(a.getName(), r);
            chartView.show(a.getName(), r);
            if (tabs.getSelection() != chartsTab || r == null) {
                tabs.setSelection(r != null ? resultTab : detailsTab);
            }
        } else if (o instanceof Dataset d) {
            showData(d);
        } else {
            tabs.setSelection(detailsTab);
        }
    }

    /** Shows a dataset (read with its derived variables) in the data tab. */
    public void showData(Dataset d) {
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                dataView.show(d.getName(), computation().frame(d));
            } catch (InputException e) {
                dataView.show(d.getName() + ": " + String.join("; ", e.problems()), null);
            } catch (RuntimeException e) {
                dataView.show(d.getName() + ": " + e.getMessage(), null);
            }
        });
        tabs.setSelection(dataTab);
    }

    public Analysis selectedAnalysis() {
        EObject o = navigator.selectedObject();
        return o instanceof Analysis a ? a : null;
    }

    /** Reads datasets for the views and pickers; kept until the study changes (any edit, undo or save). */
    private StudyComputation computation() {
        if (viewComputation == null) {
            viewComputation = new StudyComputation(document.study(), document.baseDir(), registry, version, Map.of());
        }
        return viewComputation;
    }

    private StudyComputation viewComputation;

    // ------------------------------------------------------------------ editing

    private void deleteSelection() {
        EObject o = navigator.selectedObject();
        if (o != null && o != document.study()) {
            document.execute(new RemoveFromListCommand(document.study(), o));
        }
    }

    private void importWithDialog() {
        Set<String> names = new HashSet<>();
        document.study().getDatasets().forEach(d -> names.add(d.getName()));
        ImportDataDialog d = new ImportDataDialog(getShell(), names, null);
        if (d.open() == ImportDataDialog.OK) {
            importDataset(d.request());
        }
    }

    /** Adds an imported dataset (one undoable command); its source is recorded relative to the study when it can be. */
    public Dataset importDataset(ImportDataDialog.Request r) {
        Dataset d = ModelFactory.eINSTANCE.createDataset();
        d.setName(r.name());
        Path base = document.baseDir();
        String source = r.file().startsWith(base) ? base.relativize(r.file()).toString() : r.file().toString();
        d.setSource(source);
        d.setSheet(r.sheet());
        d.setEntityColumn(r.entityColumn());
        d.setTimeColumn(r.timeColumn());
        d.setSha256(r.frame().sha256());
        d.setNObs(r.frame().rows());
        d.setNEntities(r.frame().nEntities());
        d.setNPeriods(r.frame().hasTime() ? r.frame().nPeriods() : 0);
        d.setBalanced(r.frame().hasTime() && r.frame().balanced());
        document.execute(new AddToListCommand(document.study(), ModelPackage.Literals.STUDY__DATASETS, d));
        navigator.select(d);
        return d;
    }

    private void addWeightMatrixWithDialog() {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.csv", "*.*" });
        String p = d.open();
        if (p != null) {
            try {
                addWeightMatrix(Path.of(p));
            } catch (InputException e) {
                error("Cannot use this weight matrix", String.join("\n", e.problems()));
            }
        }
    }

    /**
     * Adds a weight matrix file (dense n×n CSV or edge list, row-standardised) after reading it as a run would:
     * a file the reader refuses is not added ({@link InputException} with its messages).
     */
    public WeightMatrix addWeightMatrix(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = document.baseDir();
        WeightMatrix m = ModelFactory.eINSTANCE.createWeightMatrix();
        Set<String> names = new HashSet<>();
        document.study().getWeightMatrices().forEach(w -> names.add(w.getName()));
        String stem = abs.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
        String n = stem.isEmpty() || stem.startsWith(".") ? "W" : stem;
        for (int i = 2; names.contains(n); i++) {
            n = stem + i;
        }
        m.setName(n);
        m.setSource(abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString());
        m.setStandardisation(org.carbonlab.model.Standardisation.ROW);
        org.carbonlab.core.study.WeightMatrices.read(m, base); // refuses what a run would refuse
        document.execute(new AddToListCommand(document.study(), ModelPackage.Literals.STUDY__WEIGHT_MATRICES, m));
        navigator.select(m);
        return m;
    }

    /** Adds an output binding to an analysis (a result table column that becomes a variable), to edit in Details. */
    public OutputBinding addOutputBinding(Analysis a) {
        OutputBinding o = ModelFactory.eINSTANCE.createOutputBinding();
        o.setTable("table");
        o.setColumn("column");
        o.setVariable(a.getName() + "_output");
        document.execute(new AddToListCommand(a, ModelPackage.Literals.ANALYSIS__OUTPUTS, o));
        navigator.select(o);
        return o;
    }

    /** Adds a derived variable to edit in the details tab (its derivation is checked as you type). */
    public Variable addVariable() {
        Variable v = ModelFactory.eINSTANCE.createVariable();
        Set<String> names = new HashSet<>();
        document.study().getVariables().forEach(x -> names.add(x.getName()));
        String n = "new_variable";
        for (int i = 2; names.contains(n); i++) {
            n = "new_variable" + i;
        }
        v.setName(n);
        v.setDerivation("");
        if (!document.study().getDatasets().isEmpty()) {
            v.setDataset(document.study().getDatasets().get(0));
        }
        document.execute(new AddToListCommand(document.study(), ModelPackage.Literals.STUDY__VARIABLES, v));
        navigator.select(v);
        return v;
    }

    private void addAnalysisWithDialogs() {
        if (document.study().getDatasets().isEmpty()) {
            error("No dataset", "Import a dataset first (Study ▸ Import data…).");
            return;
        }
        EstimatorPickerDialog picker = new EstimatorPickerDialog(getShell(), registry);
        if (picker.open() != EstimatorPickerDialog.OK || picker.chosen() == null) {
            return;
        }
        ParameterDialog d = parameterDialog(picker.chosen(), null);
        if (d.open() == ParameterDialog.OK) {
            addAnalysis(picker.chosen().id(), d.request());
        }
    }

    /** The generated dialog for an estimator, filled from an existing analysis or empty. */
    public ParameterDialog parameterDialog(EstimatorDescriptor descriptor, Analysis existing) {
        Study s = document.study();
        Set<String> taken = new HashSet<>();
        s.getAnalyses().forEach(a -> taken.add(a.getName()));
        List<String> datasets = s.getDatasets().stream().map(Dataset::getName).toList();
        List<String> weights = s.getWeightMatrices().stream().map(WeightMatrix::getName).toList();
        ParameterDialog.Request initial = existing == null ? null
                : new ParameterDialog.Request(existing.getName(),
                        existing.getDataset() == null ? null : existing.getDataset().getName(),
                        existing.getWeightMatrix() == null ? null : existing.getWeightMatrix().getName(),
                        StudyComputation.parameters(existing));
        return new ParameterDialog(getShell(), descriptor, columnsFor(s.getDatasets().isEmpty() ? null : s.getDatasets().get(0)),
                datasets, weights, taken, initial, req -> dataProblems(descriptor, req));
    }

    /** The dataset's columns and the study's variables (those computed by analyses included), for pickers. */
    private List<String> columnsFor(Dataset d) {
        List<String> columns = new ArrayList<>();
        if (d != null) {
            try {
                PanelFrame f = computation().frame(d);
                columns.addAll(f.columnNames());
            } catch (RuntimeException e) {
                // the data cannot be read now: pickers offer the study's variables only
            }
        }
        for (Variable v : document.study().getVariables()) {
            if (!columns.contains(v.getName())) {
                columns.add(v.getName());
            }
        }
        for (Analysis a : document.study().getAnalyses()) {
            for (OutputBinding o : a.getOutputs()) {
                if (!columns.contains(o.getVariable())) {
                    columns.add(o.getVariable());
                }
            }
        }
        return columns;
    }

    /** The estimator's validate() on the dataset as read (variables produced by analyses count as known). */
    private List<String> dataProblems(EstimatorDescriptor descriptor, ParameterDialog.Request req) {
        try {
            Dataset d = document.study().getDatasets().stream().filter(x -> x.getName().equals(req.dataset())).findFirst()
                    .orElse(document.study().getDatasets().get(0));
            PanelFrame frame = computation().frame(d);
            for (String produced : columnsFor(d)) {
                if (!frame.hasColumn(produced)) { // computed when the analyses that produce it run: not checkable now
                    double[] unknown = new double[frame.rows()];
                    java.util.Arrays.fill(unknown, 1.0);
                    frame = frame.withColumn(produced, unknown);
                }
            }
            Estimator e = descriptor.create();
            Parameters p = e.parameters().resolve(req.parameters());
            return e.validate(new EstimationContext(frame, p, ProgressMonitor.NULL, EstimationContext.DEFAULT_SEED));
        } catch (InputException e) {
            return e.problems();
        } catch (RuntimeException e) {
            return List.of(String.valueOf(e.getMessage()));
        }
    }

    /** Adds an analysis (one undoable command) and selects it. */
    public Analysis addAnalysis(String estimatorId, ParameterDialog.Request r) {
        Analysis a = ModelFactory.eINSTANCE.createAnalysis();
        a.setName(r.name());
        a.setEstimatorId(estimatorId);
        applyRequest(a, r);
        document.execute(new AddToListCommand(document.study(), ModelPackage.Literals.STUDY__ANALYSES, a));
        navigator.select(a);
        return a;
    }

    private void applyRequest(Analysis a, ParameterDialog.Request r) {
        Study s = document.study();
        a.setDataset(s.getDatasets().stream().filter(d -> d.getName().equals(r.dataset())).findFirst().orElse(null));
        a.setWeightMatrix(r.weightMatrix() == null ? null
                : s.getWeightMatrices().stream().filter(w -> r.weightMatrix().equals(w.getName())).findFirst().orElse(null));
        a.getParameters().clear();
        r.parameters().forEach((k, v) -> {
            ParameterValue pv = ModelFactory.eINSTANCE.createParameterValue();
            pv.setName(k);
            pv.setValue(v);
            a.getParameters().add(pv);
        });
    }

    private void editSelectedAnalysis() {
        Analysis a = selectedAnalysis();
        if (a == null) {
            return;
        }
        EstimatorDescriptor descriptor;
        try {
            descriptor = registry.get(a.getEstimatorId());
        } catch (InputException e) {
            error("Unknown estimator", String.join("\n", e.problems()));
            return;
        }
        ParameterDialog d = parameterDialog(descriptor, a);
        if (d.open() == ParameterDialog.OK) {
            editAnalysis(a, d.request());
        }
    }

    /** Replaces an analysis's name, dataset, weights and parameters in one undoable command. */
    public void editAnalysis(Analysis a, ParameterDialog.Request r) {
        ModelPackage p = ModelPackage.eINSTANCE;
        Analysis template = ModelFactory.eINSTANCE.createAnalysis();
        applyRequest(template, r);
        CompoundCommand c = new CompoundCommand("Edit analysis");
        c.append(new SetFeatureCommand(a, p.getAnalysis_Name(), r.name()));
        c.append(new SetFeatureCommand(a, p.getAnalysis_Dataset(), template.getDataset()));
        c.append(new SetFeatureCommand(a, p.getAnalysis_WeightMatrix(), template.getWeightMatrix()));
        if (!StudyComputation.parameters(a).equals(r.parameters())) {
            for (ParameterValue old : List.copyOf(a.getParameters())) {
                c.append(new RemoveFromListCommand(document.study(), old));
            }
            for (ParameterValue pv : List.copyOf(template.getParameters())) {
                c.append(new AddToListCommand(a, p.getAnalysis_Parameters(), pv));
            }
        }
        // CompoundCommand checks each part before any runs: a part that changes nothing is left out
        CompoundCommand runnable = new CompoundCommand("Edit analysis");
        for (org.eclipse.emf.common.command.Command part : c.getCommandList()) {
            if (part.canExecute()) {
                runnable.append(part);
            }
        }
        if (!runnable.isEmpty()) {
            document.execute(runnable);
        }
    }

    // ------------------------------------------------------------------ running

    /** Runs analyses as a background job with progress and Cancel; returns the scheduled job. */
    public AnalysisJob runAnalyses(List<Analysis> analyses) {
        if (analyses.isEmpty()) {
            return null;
        }
        AnalysisJob job = new AnalysisJob(document, List.copyOf(analyses), registry, version,
                (a, r) -> getShell().getDisplay().asyncExec(() -> resultArrived(a, r)));
        StudyDocument runFor = document;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus status = event.getResult();
                if (status.getSeverity() == IStatus.ERROR && getShell() != null && !getShell().isDisposed()) {
                    getShell().getDisplay().asyncExec(() -> {
                        if (document == runFor && getShell() != null && !getShell().isDisposed()) {
                            lastError = status.getMessage();
                            if (showErrors) {
                                error("The analysis failed", status.getMessage());
                            }
                        }
                    });
                }
            }
        });
        job.schedule();
        return job;
    }

    private String lastError;
    private boolean showErrors = true;

    /** The message of the last failed run ("" if none), for tests. */
    public String lastError() {
        return lastError == null ? "" : lastError;
    }

    /** Whether failures open a message box (tests turn it off and read {@link #lastError()}). */
    public void showErrorDialogs(boolean show) {
        showErrors = show;
    }

    private void resultArrived(Analysis a, Result r) {
        if (getShell() == null || getShell().isDisposed() || a.eContainer() == null) {
            return;
        }
        document.putResult(a, r);
        if (selectedAnalysis() == a) {
            resultView.show(a.getName(), r);
            chartView.show(a.getName(), r);
            if (tabs.getSelection() != chartsTab) {
                tabs.setSelection(resultTab);
            }
        }
    }

    private void error(String title, String message) {
        MessageDialog.openError(getShell(), title, message);
    }

    /** The action with this menu text (without mnemonics and accelerator), for tests. */
    public IAction menuAction(String text) {
        for (var menu : getMenuBarManager().getItems()) {
            if (menu instanceof MenuManager m) {
                for (var item : m.getItems()) {
                    if (item instanceof org.eclipse.jface.action.ActionContributionItem ai
                            && ai.getAction().getText().replace("&", "").replaceFirst("@.*", "").startsWith(text)) {
                        return ai.getAction();
                    }
                }
            }
        }
        throw new IllegalArgumentException("no menu item " + text);
    }
}
