package org.carbonlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.carbonlab.ui.commands.RecordRunCommand;
import org.carbonlab.ui.commands.RemoveFromListCommand;
import org.carbonlab.ui.commands.SetFeatureCommand;
import org.carbonlab.ui.dialogs.EstimatorPickerDialog;
import org.carbonlab.ui.dialogs.ImportDataDialog;
import org.carbonlab.ui.dialogs.ParameterDialog;
import org.carbonlab.ui.parts.ChartPart;
import org.carbonlab.ui.parts.DataPart;
import org.carbonlab.ui.parts.DesktopPart;
import org.carbonlab.ui.parts.DetailsPart;
import org.carbonlab.ui.parts.NavigatorPart;
import org.carbonlab.ui.parts.ProgressPart;
import org.carbonlab.ui.parts.ResultPart;
import org.carbonlab.ui.views.ChartView;
import org.carbonlab.ui.views.DataView;
import org.carbonlab.ui.views.DetailsView;
import org.carbonlab.ui.views.ResultView;
import org.carbonlab.ui.views.StudyNavigator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The study editor: one open study ({@link StudyDocument}) with its command stack (Edit ▸ Undo/Redo), dirty
 * state ('*' in the tab) and the workbench's save prompt on close. Its own area lists the analyses with the
 * runs recorded in the study (by {@code carbonlab run} or the desktop), whose result files can be opened after
 * their SHA-256 is checked. While it is the active study editor it fills the navigator, details, result, charts
 * and data views; its commands (File, Edit, Study menus) act on it.
 */
public final class StudyEditor extends EditorPart implements ISaveablePart2 {
    public static final String ID = "org.carbonlab.ui.studyEditor";

    private static StudyEditor current;

    private final EstimatorRegistry registry = EstimatorRegistry.fromExtensions();
    private final String version = DesktopApplication.version();
    private StudyDocument document;
    private TableViewer runs;
    private Label runMessage;
    private final Runnable documentChanged = this::documentChanged;
    private final ISelectionChangedListener navigatorSelection = e -> selectionChanged();
    /** What the save prompt answers in tests instead of a person: null asks the user. */
    private Integer savePromptAnswer;
    private String lastError;
    private boolean showErrors = true;
    private StudyComputation viewComputation;

    /** The study editor that was active last (the one the menus and the views work with), or null. */
    public static StudyEditor current() {
        return current;
    }

    /** Opens a study file in an editor (or brings its open editor to the front). */
    public static StudyEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        return (StudyEditor) page.openEditor(StudyEditorInput.of(file), ID);
    }

    /** Opens a new, empty study in an editor. */
    public static StudyEditor openNew(IWorkbenchPage page) throws PartInitException {
        return (StudyEditor) page.openEditor(StudyEditorInput.newStudy("Untitled study"), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StudyEditorInput in)) {
            throw new PartInitException("not a study: " + input.getName());
        }
        setSite(site);
        setInput(input);
        try {
            document = in.file() != null ? StudyDocument.open(in.file()) : StudyDocument.create(in.getName());
        } catch (StudyFileException e) {
            throw new PartInitException("Cannot open the study: " + e.getMessage());
        }
        document.addListener(documentChanged);
        updateTitle();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        runMessage = new Label(root, SWT.WRAP);
        runMessage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button openRecorded = new Button(root, SWT.PUSH);
        openRecorded.setText("Open recorded result");
        openRecorded.addListener(SWT.Selection, e -> {
            Analysis a = selectedRun();
            if (a != null) {
                openRecordedResult(a);
            }
        });
        runs = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        runs.getTable().setHeaderVisible(true);
        runs.getTable().setLinesVisible(true);
        runs.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        runs.setContentProvider(ArrayContentProvider.getInstance());
        column("Analysis", 160, a -> a.getName());
        column("Estimator", 150, a -> a.getEstimatorId());
        column("Recorded run", 110, a -> a.getResult() == null || a.getResult().getStatus() == null ? ""
                : a.getResult().getStatus().getLiteral());
        column("Run at", 150, a -> a.getResult() == null || a.getResult().getCreatedAt() == null ? ""
                : String.format("%tF %<tT", a.getResult().getCreatedAt()));
        column("Result file", 330, a -> {
            RecordedResults.Check c = RecordedResults.check(a, document.file());
            return switch (c.state()) {
                case NONE -> a.getResult() == null ? "" : "(none)";
                case OK -> a.getResult().getPath() + " ✓";
                case GONE -> a.getResult().getPath() + " — gone";
                case CHANGED -> a.getResult().getPath() + " — changed since the run";
                case UNSAVED -> a.getResult().getPath() + " — save the study first";
            };
        });
        runs.addDoubleClickListener(e -> {
            Analysis a = selectedRun();
            if (a != null) {
                openRecordedResult(a);
            }
        });
        runs.setInput(document.study().getAnalyses().toArray());
        runMessage.setText("Runs recorded in " + (document.file() == null ? "this new study" : document.file().getFileName())
                + ": double-click one to open its result.");
        getSite().getPage().addPartListener(partListener);
        activated();
    }

    private void column(String title, int width, java.util.function.Function<Analysis, String> text) {
        TableViewerColumn c = new TableViewerColumn(runs, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((Analysis) element);
                return s == null ? "" : s;
            }
        });
    }

    private Analysis selectedRun() {
        Object o = runs.getStructuredSelection().getFirstElement();
        return o instanceof Analysis a ? a : null;
    }

    /** The runs table of the editor (analyses and their recorded runs). */
    public TableViewer runsTable() {
        return runs;
    }

    private final org.eclipse.ui.IPartListener partListener = new org.eclipse.ui.IPartListener() {
        @Override
        public void partActivated(IWorkbenchPart part) {
            if (part == StudyEditor.this) {
                activated();
            }
        }

        @Override
        public void partClosed(IWorkbenchPart part) {
            if (part == StudyEditor.this && current == StudyEditor.this) {
                unbindViews();
                current = null;
                IWorkbenchPage page = getSite().getPage();
                if (page.getActiveEditor() instanceof StudyEditor next) {
                    next.activated();
                }
            }
        }

        @Override
        public void partBroughtToTop(IWorkbenchPart part) {
        }

        @Override
        public void partDeactivated(IWorkbenchPart part) {
        }

        @Override
        public void partOpened(IWorkbenchPart part) {
        }
    };

    /** This editor becomes the one the views show and the menus act on. */
    private void activated() {
        if (current == this) {
            return;
        }
        if (current != null) {
            current.unbindViews();
        }
        current = this;
        for (String id : new String[] { NavigatorPart.ID, DetailsPart.ID, ResultPart.ID, ChartPart.ID, DataPart.ID,
                ProgressPart.ID }) {
            IViewPart v = getSite().getPage().findView(id);
            if (v instanceof DesktopPart p) {
                viewCreated(p);
            }
        }
        DesktopActions.update();
    }

    /** Fills a view with this editor's study (called when the editor becomes current, or the view is created). */
    public void viewCreated(DesktopPart part) {
        if (current != this) {
            return;
        }
        if (part instanceof NavigatorPart n) {
            n.navigator().setDocument(document);
            n.navigator().viewer().removeSelectionChangedListener(navigatorSelection);
            n.navigator().viewer().addSelectionChangedListener(navigatorSelection);
        } else if (part instanceof DetailsPart d) {
            d.details().setKnownNames(() -> {
                EObject o = d.details().shown();
                Dataset ds = o instanceof Variable v && v.getDataset() != null ? v.getDataset()
                        : document.study().getDatasets().isEmpty() ? null : document.study().getDatasets().get(0);
                return ds == null ? null : columnsFor(ds);
            });
            EObject shown = navigatorOrNull() == null ? null : navigatorOrNull().selectedObject();
            d.details().show(document, shown == null ? document.study() : shown);
        } else if (part instanceof ResultPart || part instanceof ChartPart) {
            Analysis a = selectedAnalysisOrNull();
            Result r = a == null ? null : document.results().get(a);
            if (part instanceof ResultPart rp) {
                rp.result().show(a == null ? null : a.getName(), r);
            } else {
                ((ChartPart) part).charts().show(a == null ? null : a.getName(), r);
            }
        } else if (part instanceof DataPart dp && !(navigatorOrNull() != null
                && navigatorOrNull().selectedObject() instanceof Dataset)) {
            dp.data().show(null, null);
        }
    }

    private void unbindViews() {
        StudyNavigator n = navigatorOrNull();
        if (n != null) {
            n.viewer().removeSelectionChangedListener(navigatorSelection);
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        document.removeListener(documentChanged);
        if (current == this) {
            current = null;
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        runs.getControl().setFocus();
    }

    // ------------------------------------------------------------------ views (tests, tools)

    @SuppressWarnings("unchecked")
    private <T extends DesktopPart> T part(String id, boolean create) {
        IWorkbenchPage page = getSite().getPage();
        IViewPart v = page.findView(id);
        if (v == null && create) {
            try {
                v = page.showView(id, null, IWorkbenchPage.VIEW_CREATE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        }
        return (T) v;
    }

    /** Brings a view to the front (creating it if needed). */
    private void bringToTop(String id) {
        DesktopPart p = part(id, true);
        getSite().getPage().bringToTop(p);
    }

    private StudyNavigator navigatorOrNull() {
        NavigatorPart p = part(NavigatorPart.ID, false);
        return p == null ? null : p.navigator();
    }

    public StudyDocument document() {
        return document;
    }

    public StudyNavigator navigator() {
        return this.<NavigatorPart>part(NavigatorPart.ID, true).navigator();
    }

    public DetailsView detailsView() {
        return this.<DetailsPart>part(DetailsPart.ID, true).details();
    }

    public ResultView resultView() {
        return this.<ResultPart>part(ResultPart.ID, true).result();
    }

    public ChartView chartView() {
        return this.<ChartPart>part(ChartPart.ID, true).charts();
    }

    public DataView dataView() {
        return this.<DataPart>part(DataPart.ID, true).data();
    }

    public ProgressPanel progress() {
        return this.<ProgressPart>part(ProgressPart.ID, true).progress();
    }

    /** Brings the charts view to the front. */
    public void showCharts() {
        bringToTop(ChartPart.ID);
    }

    public EstimatorRegistry registry() {
        return registry;
    }

    private Shell shell() {
        return getSite().getShell();
    }

    // ------------------------------------------------------------------ saving

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!save() && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        saveAsWithDialog();
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

    /** Saves under another name (the editor then edits that file). */
    public void saveAs(Path file) throws StudyFileException {
        document.saveAs(file);
        setInputWithNotify(StudyEditorInput.of(document.file()));
        updateTitle();
    }

    private boolean saveAsWithDialog() {
        FileDialog d = new FileDialog(shell(), SWT.SAVE);
        d.setOverwrite(true);
        d.setFilterExtensions(new String[] { "*.carbonlab" });
        d.setFileName(document.file() != null ? document.file().getFileName().toString() : "study.carbonlab");
        String p = d.open();
        if (p == null) {
            return false;
        }
        try {
            saveAs(Path.of(p.endsWith(".carbonlab") ? p : p + ".carbonlab"));
            return true;
        } catch (StudyFileException e) {
            error("Cannot save the study", e.getMessage());
            return false;
        }
    }

    /** Answers the save prompt with YES (save), NO (don't save) or CANCEL instead of asking; null asks. */
    public void answerSavePromptWith(Integer answer) {
        savePromptAnswer = answer;
    }

    @Override
    public int promptToSaveOnClose() {
        return savePromptAnswer != null ? savePromptAnswer : DEFAULT; // DEFAULT: the workbench's own prompt
    }

    private void documentChanged() {
        viewComputation = null;
        firePropertyChange(org.eclipse.ui.IEditorPart.PROP_DIRTY);
        updateTitle();
        if (runs != null && !runs.getControl().isDisposed()) {
            runs.setInput(document.study().getAnalyses().toArray());
        }
        if (current == this) {
            DesktopActions.update();
            DetailsPart d = part(DetailsPart.ID, false);
            if (d != null && d.details().shown() != null && d.details().shown() != document.study()
                    && d.details().shown().eContainer() == null) {
                d.details().show(document, document.study()); // the shown object was deleted
            }
        }
    }

    private void updateTitle() {
        String t = document.title();
        setPartName(t.startsWith("*") ? t.substring(1) : t); // the workbench adds '*' for a dirty editor
        setTitleToolTip(document.file() == null ? "a new study, not saved yet" : document.file().toString());
    }

    // ------------------------------------------------------------------ selection

    private void selectionChanged() {
        StudyNavigator navigator = navigatorOrNull();
        EObject o = navigator == null ? null : navigator.selectedObject();
        DetailsPart details = part(DetailsPart.ID, true);
        details.details().show(document, o);
        if (o instanceof Analysis a) {
            runs.setSelection(new org.eclipse.jface.viewers.StructuredSelection(a), true); // its recorded run
            Result r = document.results().get(a);
            showResult(a, r);
            if (r == null) {
                bringToTop(DetailsPart.ID);
            }
        } else if (o instanceof Dataset d) {
            showData(d);
        } else {
            bringToTop(DetailsPart.ID);
        }
    }

    private void showResult(Analysis a, Result r) {
        resultView().show(a.getName(), r);
        chartView().show(a.getName(), r);
        if (r != null) {
            ChartPart charts = part(ChartPart.ID, false);
            if (!getSite().getPage().isPartVisible(charts)) {
                bringToTop(ResultPart.ID);
            }
        }
    }

    /** Shows a dataset (read with its derived variables) in the data view. */
    public void showData(Dataset d) {
        DataView dataView = dataView();
        BusyIndicator.showWhile(shell().getDisplay(), () -> {
            try {
                dataView.show(d.getName(), computation().frame(d));
            } catch (InputException e) {
                dataView.show(d.getName() + ": " + String.join("; ", e.problems()), null);
            } catch (RuntimeException e) {
                dataView.show(d.getName() + ": " + e.getMessage(), null);
            }
        });
        bringToTop(DataPart.ID);
    }

    public Analysis selectedAnalysis() {
        Analysis a = selectedAnalysisOrNull();
        return a;
    }

    private Analysis selectedAnalysisOrNull() {
        StudyNavigator n = navigatorOrNull();
        EObject o = n == null ? null : n.selectedObject();
        return o instanceof Analysis a ? a : null;
    }

    /** Reads datasets for the views and pickers; kept until the study changes (any edit, undo or save). */
    private StudyComputation computation() {
        if (viewComputation == null) {
            viewComputation = new StudyComputation(document.study(), document.baseDir(), registry, version, Map.of());
        }
        return viewComputation;
    }

    // ------------------------------------------------------------------ recorded results

    /**
     * Opens the result that a recorded run wrote (after checking its SHA-256) in the result and chart views;
     * false, with the reason in a message (or {@link #lastError()}), when the file is gone or was changed.
     */
    public boolean openRecordedResult(Analysis a) {
        RecordedResults.Check check = RecordedResults.check(a, document.file());
        Result r;
        try {
            r = RecordedResults.open(a, document.file());
        } catch (InputException e) {
            lastError = String.join("\n", e.problems());
            runMessage.setText(lastError);
            if (showErrors) {
                error("Cannot open the recorded result", lastError);
            }
            return false;
        }
        runMessage.setText(check.message());
        document.putResult(a, r);
        navigator().select(a);
        showResult(a, r);
        bringToTop(ResultPart.ID);
        return true;
    }

    /** Applies the record of a desktop run to the study (an undoable edit, saved with the study). */
    public void recordRun(Analysis a, org.carbonlab.model.Result record) {
        if (a.eContainer() == document.study()) {
            document.execute(new RecordRunCommand(document.study(), a, record));
        }
    }

    // ------------------------------------------------------------------ editing

    void deleteSelection() {
        EObject o = navigator().selectedObject();
        if (o != null && o != document.study()) {
            document.execute(new RemoveFromListCommand(document.study(), o));
        }
    }

    void importWithDialog() {
        Set<String> names = new HashSet<>();
        document.study().getDatasets().forEach(d -> names.add(d.getName()));
        ImportDataDialog d = new ImportDataDialog(shell(), names, null);
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
        navigator().select(d);
        return d;
    }

    void addWeightMatrixWithDialog() {
        FileDialog d = new FileDialog(shell(), SWT.OPEN);
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
        navigator().select(m);
        return m;
    }

    /** Adds an output binding to an analysis (a result table column that becomes a variable), to edit in Details. */
    public OutputBinding addOutputBinding(Analysis a) {
        OutputBinding o = ModelFactory.eINSTANCE.createOutputBinding();
        o.setTable("table");
        o.setColumn("column");
        o.setVariable(a.getName() + "_output");
        document.execute(new AddToListCommand(a, ModelPackage.Literals.ANALYSIS__OUTPUTS, o));
        navigator().select(o);
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
        navigator().select(v);
        return v;
    }

    void addAnalysisWithDialogs() {
        if (document.study().getDatasets().isEmpty()) {
            error("No dataset", "Import a dataset first (Study ▸ Import data…).");
            return;
        }
        EstimatorPickerDialog picker = new EstimatorPickerDialog(shell(), registry);
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
        return new ParameterDialog(shell(), descriptor, columnsFor(s.getDatasets().isEmpty() ? null : s.getDatasets().get(0)),
                datasets, weights, taken, initial, req -> dataProblems(descriptor, req));
    }

    /** The dataset's columns and the study's variables (those computed by analyses included), for pickers. */
    List<String> columnsFor(Dataset d) {
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
        navigator().select(a);
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

    void editSelectedAnalysis() {
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

    /** Runs analyses and study steps as a background job with progress and Cancel; returns the scheduled job. */
    public AnalysisJob runAnalyses(List<Analysis> analyses) {
        if (analyses.isEmpty()) {
            return null;
        }
        var display = shell().getDisplay();
        AnalysisJob job = new AnalysisJob(document, List.copyOf(analyses), registry, version,
                (a, r) -> display.asyncExec(() -> resultArrived(a, r)),
                (a, record) -> display.asyncExec(() -> {
                    if (!runs.getControl().isDisposed()) {
                        recordRun(a, record);
                    }
                }));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus status = event.getResult();
                if (status.getSeverity() == IStatus.ERROR && !display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (!runs.getControl().isDisposed()) {
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

    /** Runs every analysis and study step of the study, in order. */
    public AnalysisJob runWholeStudy() {
        return runAnalyses(document.study().getAnalyses());
    }

    /** The message of the last failure ("" if none), for tests. */
    public String lastError() {
        return lastError == null ? "" : lastError;
    }

    /** Whether failures open a message box (tests turn it off and read {@link #lastError()}). */
    public void showErrorDialogs(boolean show) {
        showErrors = show;
    }

    private void resultArrived(Analysis a, Result r) {
        if (runs.getControl().isDisposed() || a.eContainer() == null) {
            return;
        }
        document.putResult(a, r);
        if (current == this && selectedAnalysisOrNull() == a) {
            showResult(a, r);
        }
    }

    void error(String title, String message) {
        MessageDialog.openError(shell(), title, message);
    }

    /** The menu action with this text (without mnemonics and accelerator), for tests. */
    public static org.eclipse.jface.action.IAction menuAction(String text) {
        return DesktopActions.find(text);
    }

    /** Runs the analysis selected in the navigator. */
    public void runSelected() {
        Analysis a = selectedAnalysis();
        if (a != null) {
            runAnalyses(List.of(a));
        }
    }

    /** Adds an output binding to the selected analysis. */
    public void addOutputBindingToSelected() {
        Analysis a = selectedAnalysis();
        if (a != null) {
            addOutputBinding(a);
        }
    }

    /** Opens the recorded result of the selected analysis. */
    public void openSelectedRecordedResult() {
        Analysis a = selectedAnalysis();
        if (a == null) {
            a = selectedRun();
        }
        if (a != null) {
            openRecordedResult(a);
        }
    }
}
