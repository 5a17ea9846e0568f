package org.carbonlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.report.ReportFormat;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.Variable;
import org.carbonlab.model.persistence.StudyFiles;
import org.carbonlab.ui.dialogs.EstimatorPickerDialog;
import org.carbonlab.ui.dialogs.ImportDataDialog;
import org.carbonlab.ui.dialogs.ParameterDialog;
import org.carbonlab.ui.views.DetailsView;
import org.carbonlab.ui.views.StudyNavigator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The desktop end to end on a virtual X server: real windows, dialogs and jobs, driven as a user would
 * (fields typed, buttons pressed), on the example study and on the Grunfeld data with plm's values.
 */
class DesktopTest {
    private static Display display;
    private static EstimatorRegistry registry;
    private CarbonLabWindow window;

    @BeforeAll
    static void display() {
        display = Display.getDefault();
        registry = EstimatorRegistry.fromExtensions();
    }

    @BeforeEach
    void openWindow() {
        window = new CarbonLabWindow(registry, "test");
        window.setBlockOnOpen(false);
        window.showErrorDialogs(false);
    }

    @AfterEach
    void closeWindow() {
        if (window.getShell() != null && !window.getShell().isDisposed()) {
            window.answerSavePromptWith(1);
            window.close();
        }
        Ui.flush(display);
    }

    private void open(Path study) {
        if (study != null) {
            window.openInitially(study);
        }
        window.open();
        Ui.flush(display);
    }

    private static Object child(StudyNavigator nav, Object parent, String label) {
        var content = (org.eclipse.jface.viewers.ITreeContentProvider) nav.viewer().getContentProvider();
        for (Object c : content.getChildren(parent)) {
            if (c instanceof StudyNavigator.Group g && g.label().equals(label)) {
                return c;
            }
        }
        throw new AssertionError("no group " + label);
    }

    @Test
    void opensTheExampleStudyAndShowsItsDataSortedAndSummarised() throws IOException {
        open(Ui.exampleStudyCopy("example-open"));
        var study = window.document().study();
        assertEquals("Carbon intensity of China's provinces", study.getName());
        assertTrue(window.getShell().getText().contains("Carbon intensity"), window.getShell().getText());
        var analyses = (StudyNavigator.Group) child(window.navigator(), study, "Analyses");
        assertEquals(study.getAnalyses().size(), analyses.study().getAnalyses().size());
        assertTrue(study.getAnalyses().size() >= 10, "analyses in the example: " + study.getAnalyses().size());

        Dataset provinces = study.getDatasets().get(0);
        window.navigator().select(provinces);
        Ui.flush(display);
        var data = window.dataView();
        assertNotNull(data.frame(), "the data tab shows the dataset");
        assertEquals(600, data.table().getItemCount()); // 30 provinces x 2000-2019
        int column = data.frame().columnNames().indexOf("co2_total_mt");
        assertTrue(column >= 0);
        // derived variables of the study are columns too, computed as the batch run does
        assertTrue(data.frame().columnNames().contains("ln_ci"));
        data.sortBy(column);
        double[] co2 = data.frame().numeric("co2_total_mt");
        double min = Double.POSITIVE_INFINITY;
        for (double v : co2) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
            }
        }
        assertEquals(min, Double.parseDouble(data.table().getItem(0).getText(column)), 1e-9);
        data.sortBy(column); // again: descending
        double max = java.util.Arrays.stream(co2).filter(v -> !Double.isNaN(v)).max().orElseThrow();
        assertEquals(max, Double.parseDouble(data.table().getItem(0).getText(column)), 1e-9);
        // the summary has one row per column, with n + missing = rows
        Table summary = data.summaryTable();
        assertEquals(data.frame().columnNames().size(), summary.getItemCount());
        var row = summary.getItem(column);
        assertEquals("co2_total_mt", row.getText(0));
        assertEquals(600, Integer.parseInt(row.getText(2)) + Integer.parseInt(row.getText(3)));
    }

    @Test
    void importsDataRunsFixedEffectsThroughTheGeneratedDialogAndMatchesPlm() throws IOException {
        Path dir = Ui.testDir("grunfeld");
        Path csv = dir.resolve("grunfeld.csv");
        Path panelTests = Ui.repo().resolve("tests/org.carbonlab.panel.tests/resources/grunfeld");
        Files.copy(panelTests.resolve("data.csv"), csv);
        open(null);
        assertNotNull(window.document());

        // import preview: what the batch reader makes of the file
        ImportDataDialog importer = new ImportDataDialog(window.getShell(), java.util.Set.of(), csv);
        importer.setBlockOnOpen(false);
        importer.open();
        Ui.flush(display);
        String shape = importer.shapeText();
        assertTrue(shape.contains("10 entities") && shape.contains("20 periods") && shape.contains("balanced")
                && shape.contains("entity column 'firm'"), shape);
        assertEquals("", importer.errorsText());
        assertEquals(5, importer.columnsTable().getItemCount());
        assertEquals("numeric", importer.columnsTable().getItem(2).getText(2));
        // a file the reader refuses shows the reader's error before anything is added
        importer.fileField().setText(dir.resolve("grunfeld.xls").toString());
        Ui.flush(display);
        assertTrue(importer.errorsText().contains(".xls format"), importer.errorsText());
        assertFalse(importer.okEnabled());
        importer.fileField().setText(csv.toString());
        Ui.flush(display);
        importer.pressOk();
        assertNotNull(importer.request());
        Dataset d = window.importDataset(importer.request());
        assertEquals("firm", d.getEntityColumn());
        assertEquals("year", d.getTimeColumn());
        assertTrue(window.document().isDirty());

        // the estimator picker groups by category and documents the chosen estimator
        EstimatorPickerDialog picker = new EstimatorPickerDialog(window.getShell(), registry);
        picker.setBlockOnOpen(false);
        picker.open();
        picker.select("panel.fe");
        assertEquals("panel.fe", picker.chosen().id());
        assertTrue(picker.tree().getItemCount() >= 3, "categories: " + picker.tree().getItemCount());
        picker.close();

        // the dialog generated from panel.fe's schema, typed into as a user would
        ParameterDialog dialog = window.parameterDialog(registry.get("panel.fe"), null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.flush(display);
        assertTrue(dialog.problemsText().contains("formula"), "formula is required: " + dialog.problemsText());
        Text formula = (Text) dialog.field("formula");
        formula.setText("inv ~ value + capital");
        Combo vcov = (Combo) dialog.field("vcov");
        assertTrue(vcov.getItem(0).startsWith("(default"), vcov.getItem(0));
        Text level = (Text) dialog.field("level");
        level.setText("1.5"); // outside the allowed range: shown as you type, OK disabled
        Ui.flush(display);
        assertTrue(dialog.problemsText().contains("level"), dialog.problemsText());
        assertFalse(okButton(dialog).isEnabled());
        level.setText("");
        Ui.flush(display);
        assertEquals("", dialog.problemsText());
        assertTrue(okButton(dialog).isEnabled());
        formula.setText("inv ~ value + nosuchcolumn");
        assertFalse(dialog.checkAgainstData(), "validate() finds the unknown column");
        assertTrue(dialog.problemsText().contains("nosuchcolumn"), dialog.problemsText());
        formula.setText("inv ~ value + capital");
        assertTrue(dialog.checkAgainstData(), dialog.problemsText());
        dialog.nameField().setText("fe");
        okButton(dialog).notifyListeners(SWT.Selection, null);
        ParameterDialog.Request request = dialog.request();
        assertNotNull(request);
        assertEquals("inv ~ value + capital", request.parameters().get("formula"));
        assertFalse(request.parameters().containsKey("vcov"), "defaults are not written: " + request.parameters());
        Analysis fe = window.addAnalysis("panel.fe", request);

        // run as a job; the result table shows up
        AnalysisJob job = window.runAnalyses(List.of(fe));
        Ui.waitUntil(display, () -> job.getResult() != null && window.document().results().containsKey(fe), 60,
                "the fixed-effects job");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        window.navigator().select(fe);
        Ui.flush(display);
        Result r = window.resultView().result();
        assertNotNull(r);
        JsonObject expected = JsonParser.parseString(Files.readString(panelTests.resolve("expected.json")))
                .getAsJsonObject().getAsJsonObject("fe_oneway");
        for (String term : List.of("value", "capital")) {
            Coefficient c = r.coefficient(term).orElseThrow();
            // plm 2.6.2 within estimator (tests/org.carbonlab.panel.tests/resources/grunfeld/expected.json)
            assertEquals(expected.getAsJsonObject("coef").get(term).getAsDouble(), c.estimate(), 1e-8, term);
            assertEquals(expected.getAsJsonObject("se").get(term).getAsDouble(), c.stdError(), 1e-8, term);
        }
        Table coefficients = window.resultView().tables().get(0);
        boolean shown = false;
        for (var item : coefficients.getItems()) {
            if (item.getText(0).equals("value")) {
                shown = item.getText(1).startsWith("0.110");
            }
        }
        assertTrue(shown, "the coefficient table shows value = 0.110…");
        String markdown = window.resultView().text(ReportFormat.MARKDOWN);
        assertTrue(markdown.contains("| value"), markdown);
        String latex = window.resultView().text(ReportFormat.LATEX);
        assertTrue(latex.contains("\\begin{tabular}"), latex);
        String tsv = window.resultView().text(null);
        assertTrue(tsv.lines().anyMatch(l -> l.startsWith("value\t0.110")), tsv);
        Path exported = dir.resolve("fe.docx");
        window.resultView().export(exported);
        assertTrue(Files.size(exported) > 1000);

        // undo removes the analysis, redo brings it back; saving clears the dirty state
        int n = window.document().study().getAnalyses().size();
        window.document().commands().undo();
        assertEquals(n - 1, window.document().study().getAnalyses().size());
        window.document().commands().redo();
        assertEquals(n, window.document().study().getAnalyses().size());
        Path saved = dir.resolve("grunfeld.carbonlab");
        window.document().saveAs(saved);
        assertFalse(window.document().isDirty());
        var reloaded = StudyFiles.load(saved);
        assertEquals("panel.fe", reloaded.getAnalyses().get(0).getEstimatorId());
        assertEquals("grunfeld.csv", reloaded.getDatasets().get(0).getSource());
    }

    private static Button okButton(ParameterDialog d) {
        return d.okButton();
    }

    @Test
    void aHundredThousandRowsAreShownVirtually() throws IOException {
        Path dir = Ui.testDir("large");
        Path csv = dir.resolve("large.csv");
        StringBuilder sb = new StringBuilder("unit,year,x,y\n");
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int u = 0; u < 1000; u++) {
            for (int t = 0; t < 100; t++) {
                sb.append('u').append(u).append(',').append(1900 + t).append(',').append(random.nextDouble())
                        .append(',').append(t % 10 == 0 ? "" : Double.toString(random.nextDouble())).append('\n');
            }
        }
        Files.writeString(csv, sb);
        open(null);
        var frame = org.carbonlab.core.study.Datasets.load(csv, null, null, null);
        window.importDataset(new ImportDataDialog.Request("large", csv, null, frame.entityColumn(), frame.timeColumn(), frame));
        Ui.flush(display);
        Table table = window.dataView().table();
        assertEquals(100_000, table.getItemCount());
        int[] made = { 0 };
        table.addListener(SWT.SetData, e -> made[0]++);
        table.setTopIndex(99_990);
        Ui.flush(display);
        table.setTopIndex(50_000);
        Ui.flush(display);
        assertTrue(made[0] < 2_000, "rows made while scrolling: " + made[0]);
        var y = window.dataView().summaryTable().getItem(3);
        assertEquals("y", y.getText(0));
        assertEquals("90000", y.getText(2));
        assertEquals("10000", y.getText(3));
        window.dataView().sortBy(3);
        assertTrue(Double.parseDouble(table.getItem(0).getText(3)) < 1e-3, table.getItem(0).getText(3));
        assertEquals("", table.getItem(99_999).getText(3), "missing values sort last");
    }

    @Test
    void derivedVariableShowsItsParseErrorInPlaceAndEditsAreUndoable() throws IOException {
        open(Ui.exampleStudyCopy("example-edit"));
        Variable v = window.addVariable();
        assertTrue(window.document().isDirty());
        assertEquals(v, window.detailsView().shown());
        assertEquals("", DetailsView.parseError("log(co2_total_mt / population_10k)"));
        assertFalse(DetailsView.parseError("log(co2_total_mt / ").isEmpty());
        Text derivation = window.detailsView().field("derivation");
        derivation.setText("log(co2_total_mt / ");
        Ui.flush(display);
        assertFalse(window.detailsView().derivationError().isEmpty(), "parse error shown in place");
        derivation.setText("log(co2_total_mt / populaton_10k)");
        Ui.flush(display);
        assertTrue(window.detailsView().derivationError().contains("unknown column 'populaton_10k'")
                && window.detailsView().derivationError().contains("did you mean 'population_10k'"),
                window.detailsView().derivationError());
        derivation.setText("log(co2_total_mt / population_10k)");
        Ui.flush(display);
        assertEquals("", window.detailsView().derivationError());
        derivation.notifyListeners(SWT.DefaultSelection, null); // Enter commits as an undoable command
        assertEquals("log(co2_total_mt / population_10k)", v.getDerivation());
        window.document().commands().undo();
        assertEquals("", v.getDerivation() == null ? "" : v.getDerivation());
        window.document().commands().undo();
        assertFalse(window.document().study().getVariables().contains(v));
        assertFalse(window.document().isDirty(), "undoing every edit leaves the study unmodified");
        // a modified study asks before closing: Cancel keeps the window open
        window.addVariable();
        window.answerSavePromptWith(2);
        assertFalse(window.promptToSave());
        window.answerSavePromptWith(1);
        assertTrue(window.promptToSave());
    }

    @Test
    void runningTheWholeStudyGivesTheBatchRunsNumbers() throws Exception {
        Path study = Ui.exampleStudyCopy("example-run-all");
        open(study);
        window.menuAction("Run the whole study").run();
        Job[] jobs = Job.getJobManager().find(AnalysisJob.FAMILY);
        assertEquals(1, jobs.length);
        // study steps (study.table, ...) run only in the batch runner; every estimator analysis runs here
        List<Analysis> estimated = window.document().study().getAnalyses().stream()
                .filter(a -> !StudyComputation.isStudyStep(a)).toList();
        Ui.waitUntil(display, () -> jobs[0].getResult() != null
                && window.document().results().size() == estimated.size(), 300,
                "every analysis of the example");
        assertEquals(IStatus.OK, jobs[0].getResult().getSeverity(), jobs[0].getResult().getMessage());

        // the same study through the batch runner (carbonlab run): every number must agree
        Path out = study.getParent().resolve("batch-out");
        new org.carbonlab.core.study.StudyRunner(registry, "test").recording(false)
                .run(study, out, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        for (Analysis a : estimated) {
            JsonObject batch = JsonParser.parseString(Files.readString(out.resolve(a.getName() + ".json"))).getAsJsonObject();
            JsonObject desktop = JsonParser.parseString(new org.carbonlab.core.report.JsonResultWriter()
                    .write(window.document().results().get(a))).getAsJsonObject();
            for (String member : List.of("parameters", "coefficients", "statistics", "tests", "models", "tables", "warnings")) {
                assertEquals(batch.get(member), desktop.get(member), a.getName() + ": " + member);
            }
        }

        // every chart of every result draws with SWTChart and exports a picture that is not blank
        var chartRegistry = org.carbonlab.core.chart.ChartRegistry.fromExtensions();
        var shell = new org.eclipse.swt.widgets.Shell(display);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        shell.setSize(900, 560);
        shell.open(); // SWTChart draws only a realised widget
        int drawn = 0;
        try {
            for (Analysis a : estimated) {
                List<String> warnings = new java.util.ArrayList<>();
                for (var chart : chartRegistry.charts(window.document().results().get(a), warnings::add)) {
                    var widget = org.carbonlab.ui.charts.SwtCharts.create(shell, chart);
                    shell.layout();
                    Ui.flush(display);
                    ImageData image = org.carbonlab.ui.charts.SwtCharts.writePng(widget,
                            study.getParent().resolve("charts").resolve(a.getName() + "-" + chart.id() + ".png"));
                    assertTrue(Ui.distinctColours(image) > 10, a.getName() + " " + chart.id());
                    widget.dispose();
                    drawn++;
                }
                assertTrue(warnings.isEmpty(), a.getName() + ": " + warnings);
            }
        } finally {
            shell.dispose();
        }
        assertTrue(drawn >= 6, "charts drawn: " + drawn);
    }

    @Test
    void everyAnalysisOfTheExampleRoundTripsThroughItsGeneratedDialog() throws IOException {
        open(Ui.exampleStudyCopy("example-dialogs"));
        for (Analysis a : window.document().study().getAnalyses()) {
            if (StudyComputation.isStudyStep(a)) {
                continue; // no estimator, so no generated dialog
            }
            ParameterDialog dialog = window.parameterDialog(registry.get(a.getEstimatorId()), a);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Ui.flush(display);
            assertEquals("", dialog.problemsText(), a.getName());
            // choices, booleans, column lists and prefix parameters (fuel.coal = …) give back what the study holds
            assertEquals(StudyComputation.parameters(a), dialog.rawParameters(), a.getName());
            okButton(dialog).notifyListeners(SWT.Selection, null);
            window.editAnalysis(a, dialog.request());
        }
        assertFalse(window.document().isDirty(), "applying unchanged dialogs changes nothing");
    }

    @Test
    void chartsOfAResultAreDrawnWithSwtChartAndExportedAsPngAndSvg() throws IOException {
        Path study = Ui.exampleStudyCopy("example-charts");
        open(study);
        window.getShell().setSize(1200, 760);
        window.getShell().setLocation(0, 0);
        Analysis ccd = window.document().study().getAnalyses().stream()
                .filter(a -> a.getEstimatorId().equals("index.ccd")).findFirst().orElseThrow();
        AnalysisJob job = window.runAnalyses(List.of(ccd));
        Ui.waitUntil(display, () -> job.getResult() != null && window.document().results().containsKey(ccd), 60, "ccd");
        window.navigator().select(ccd);
        window.showCharts();
        Ui.flush(display);
        var charts = window.chartView();
        assertFalse(charts.charts().isEmpty(), "index.ccd has charts: " + charts.warnings());
        assertTrue(charts.warnings().isEmpty(), charts.warnings().toString());
        assertNotNull(charts.widget());
        Path dir = study.getParent();
        Path png = dir.resolve("ccd.png");
        ImageData data = charts.exportPng(png);
        assertEquals(org.carbonlab.ui.charts.SwtCharts.PNG_WIDTH, data.width);
        assertEquals(org.carbonlab.ui.charts.SwtCharts.PNG_HEIGHT, data.height);
        assertTrue(Ui.distinctColours(data) > 10, "not blank: " + Ui.distinctColours(data) + " colours");
        assertTrue(Files.size(png) > 5_000, "PNG of " + Files.size(png) + " bytes");
        var loaded = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
        assertEquals(data.width, loaded.width);
        Path svg = dir.resolve("ccd.svg");
        charts.exportSvg(svg);
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains(charts.charts().get(0).title().split("[&<>]")[0]), text.substring(0, 200));
        Ui.screenshot(window.getShell(), Path.of(System.getProperty("carbonlab.test.dir", "target/test-files"),
                "screenshots", "desktop-chart.png"));
    }

    @Test
    void weightMatricesAndOutputBindingsAreAddedAndChecked() throws IOException {
        Path study = Ui.exampleStudyCopy("example-weights");
        open(study);
        int before = window.document().study().getWeightMatrices().size();
        var w = window.addWeightMatrix(study.getParent().resolve("data/W_rook_binary_30.csv"));
        assertEquals("data/W_rook_binary_30.csv", w.getSource());
        assertEquals(before + 1, window.document().study().getWeightMatrices().size());
        // a file the weights reader refuses is not added, with the reader's message
        InputException refused = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> window.addWeightMatrix(study.getParent().resolve("data/china30_provinces_2000_2019.csv")));
        assertFalse(refused.problems().isEmpty());
        assertEquals(before + 1, window.document().study().getWeightMatrices().size());
        Analysis ols = window.document().study().getAnalyses().stream()
                .filter(a -> a.getEstimatorId().equals("panel.ols")).findFirst().orElseThrow();
        var binding = window.addOutputBinding(ols);
        assertTrue(ols.getOutputs().contains(binding));
        window.document().commands().undo();
        assertFalse(ols.getOutputs().contains(binding));
        window.document().commands().undo();
        assertEquals(before, window.document().study().getWeightMatrices().size());
    }

    @Test
    void cancellingALongBootstrapEndsTheJobPromptly() throws IOException {
        open(Ui.exampleStudyCopy("example-cancel"));
        Analysis mediation = window.document().study().getAnalyses().stream()
                .filter(a -> a.getEstimatorId().equals("panel.mediation")).findFirst().orElseThrow();
        ParameterDialog dialog = window.parameterDialog(registry.get("panel.mediation"), mediation);
        dialog.setBlockOnOpen(false);
        dialog.open();
        ((Text) dialog.field("reps")).setText("100000");
        Ui.flush(display);
        assertEquals("", dialog.problemsText());
        okButton(dialog).notifyListeners(SWT.Selection, null);
        window.editAnalysis(mediation, dialog.request());
        assertEquals("100000", StudyComputation.parameters(mediation).get("reps"));

        AnalysisJob job = window.runAnalyses(List.of(mediation));
        Ui.waitUntil(display, () -> window.progress().running() == job && job.getState() == Job.RUNNING
                && window.progress().taskText().contains("bootstrap") && window.progress().percent() > 0, 60,
                "the bootstrap to start reporting progress");
        long start = System.nanoTime();
        window.progress().pressCancel();
        Ui.waitUntil(display, () -> job.getResult() != null, 10, "the job to end after Cancel");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
        assertTrue(seconds < 5, "ended " + seconds + " s after Cancel");
        assertFalse(window.document().results().containsKey(mediation));
        Ui.waitUntil(display, () -> window.progress().taskText().endsWith("cancelled"), 5, "the progress strip to say so");
    }

    @Test
    void runningAnAnalysisWithBadInputReportsTheBatchMessage() throws IOException {
        open(Ui.exampleStudyCopy("example-bad"));
        Analysis ols = window.document().study().getAnalyses().stream()
                .filter(a -> a.getEstimatorId().equals("panel.ols")).findFirst().orElseThrow();
        ParameterDialog dialog = window.parameterDialog(registry.get("panel.ols"), ols);
        dialog.setBlockOnOpen(false);
        dialog.open();
        ((Text) dialog.field("formula")).setText("ln_ci ~ nosuchvariable");
        okButton(dialog).notifyListeners(SWT.Selection, null);
        window.editAnalysis(ols, dialog.request());
        AnalysisJob job = window.runAnalyses(List.of(ols));
        Ui.waitUntil(display, () -> job.getResult() != null && !window.lastError().isEmpty(), 60, "the failure");
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(window.lastError().contains("nosuchvariable"), window.lastError());
        try {
            registry.get("no.such.estimator");
        } catch (InputException e) {
            assertTrue(e.getMessage().contains("unknown estimator") || String.join("", e.problems()).contains("unknown"));
        }
    }

    @Test
    void screenshotOfTheDesktopWithTheExampleStudy() throws IOException {
        open(Ui.exampleStudyCopy("example-screenshot"));
        window.getShell().setSize(1200, 760);
        window.getShell().setLocation(0, 0);
        Analysis fe = window.document().study().getAnalyses().stream().filter(a -> a.getName().equals("fe_province"))
                .findFirst().orElseThrow();
        AnalysisJob job = window.runAnalyses(List.of(fe));
        Ui.waitUntil(display, () -> job.getResult() != null && window.document().results().containsKey(fe), 60,
                "fe_province");
        // the tree fits the window when the long list of variables is folded
        window.navigator().viewer().setExpandedState(child(window.navigator(), window.document().study(), "Variables"), false);
        window.navigator().select(fe);
        window.navigator().viewer().getTree().setTopItem(window.navigator().viewer().getTree().getItem(0));
        Ui.waitUntil(display, () -> window.progress().taskText().equals("Ready"), 10, "the progress strip to clear");
        Path png = Path.of(System.getProperty("carbonlab.test.dir", "target/test-files"), "screenshots", "desktop.png");
        ImageData shot = Ui.screenshot(window.getShell(), png);
        assertEquals(1200, shot.width);
        assertTrue(Ui.distinctColours(shot) > 20, "not blank: " + Ui.distinctColours(shot) + " colours");
        assertTrue(Files.size(png) > 10_000);
    }
}
