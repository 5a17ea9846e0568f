package org.carbonlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The desktop end to end on a virtual X server: the real workbench ({@link RunningWorkbench}), its views, study
 * editors, dialogs and jobs, driven as a user would
 * (fields typed, buttons pressed), on the example study and on the Grunfeld data with plm's values.
 */
@ExtendWith(RunningWorkbench.class)
class DesktopTest {
    private static Display display;
    private static EstimatorRegistry registry;
    private StudyEditor window;

    @BeforeAll
    static void display() {
        display = PlatformUI.getWorkbench().getDisplay();
        registry = EstimatorRegistry.fromExtensions();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        Ui.waitUntil(display, () -> Job.getJobManager().find(AnalysisJob.FAMILY).length == 0, 60, "jobs to end");
        Ui.flush(display);
        page().closeAllEditors(false);
        Ui.flush(display);
    }

    /** Opens a study (null: a new one) in a study editor of the running desktop workbench. */
    private void open(Path study) {
        try {
            page().closeAllEditors(false);
            window = study == null ? StudyEditor.openNew(page()) : StudyEditor.open(page(), study);
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
        window.showErrorDialogs(false);
        Ui.flush(display);
        assertSame(window, StudyEditor.current());
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
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
        assertTrue(window.getPartName().contains("Carbon intensity"), window.getPartName());
        // the CarbonLab perspective with its views
        assertEquals("org.carbonlab.ui.perspective", page().getPerspective().getId());
        for (String view : List.of("org.carbonlab.ui.navigator", "org.carbonlab.ui.details", "org.carbonlab.ui.result",
                "org.carbonlab.ui.charts", "org.carbonlab.ui.data", "org.carbonlab.ui.progress")) {
            assertNotNull(page().findViewReference(view), view);
        }
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
        ImportDataDialog importer = new ImportDataDialog(shell(), java.util.Set.of(), csv);
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
        EstimatorPickerDialog picker = new EstimatorPickerDialog(shell(), registry);
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
        window.saveAs(saved);
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
        // a modified study asks before closing: Cancel keeps the editor open, "No" closes it unsaved
        Path file = window.document().file();
        String before = Files.readString(file);
        window.addVariable();
        assertTrue(window.isDirty());
        assertTrue(window.isSaveOnCloseNeeded());
        window.answerSavePromptWith(ISaveablePart2.CANCEL);
        assertFalse(page().closeEditor(window, true));
        assertNotNull(page().findEditor(StudyEditorInput.of(file)), "Cancel keeps the study open");
        window.answerSavePromptWith(ISaveablePart2.NO);
        assertTrue(page().closeEditor(window, true));
        Ui.flush(display);
        assertNull(page().findEditor(StudyEditorInput.of(file)));
        assertEquals(before, Files.readString(file), "not saved");
        // "Yes" saves: the saved study has the new variable and the editor is clean
        open(file);
        Variable added = window.addVariable();
        window.answerSavePromptWith(ISaveablePart2.YES);
        assertTrue(page().closeEditor(window, true));
        Ui.flush(display);
        assertTrue(StudyFiles.load(file).getVariables().stream().anyMatch(x -> x.getName().equals(added.getName())));
        open(file);
        assertFalse(window.isDirty());
        window.document().commands().execute(new org.carbonlab.ui.commands.SetFeatureCommand(window.document().study(),
                org.carbonlab.model.ModelPackage.Literals.STUDY__NAME, "Renamed"));
        assertTrue(window.isDirty());
        window.doSave(null);
        assertFalse(window.isDirty());
        assertEquals("Renamed", StudyFiles.load(file).getName());
    }

    @Test
    void runningTheWholeStudyGivesTheBatchRunsNumbers() throws Exception {
        Path study = Ui.exampleStudyCopy("example-run-all");
        open(study);
        StudyEditor.menuAction("Run the whole study").run();
        Job[] jobs = Job.getJobManager().find(AnalysisJob.FAMILY);
        assertEquals(1, jobs.length);
        // every analysis and study step (study.table, study.summary, study.robustness) runs here too
        List<Analysis> estimated = List.copyOf(window.document().study().getAnalyses());
        assertTrue(estimated.stream().anyMatch(StudyComputation::isStudyStep));
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
        org.carbonlab.core.study.StudyEvaluation.registerStepCharts(chartRegistry); // tile maps, robustness (as the chart view)
        var shell = new org.eclipse.swt.widgets.Shell(display);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        shell.setSize(900, 560);
        shell.open(); // SWTChart draws only a realised widget
        int drawn = 0;
        int tiles = 0;
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
                    if (chart.series().stream().anyMatch(s -> s.kind() == org.carbonlab.core.chart.SeriesKind.TILE)) {
                        // a tile map's cells stay square (equal scales) in their class colour at 90 % opacity
                        int rgb = Pixels.overWhite(chart.series().get(0).colour().rgb(), 0.9);
                        var cell = Pixels.largestPatch(Pixels.of(image), image.width, image.height, rgb, 3);
                        assertNotNull(cell, chart.id() + ": no tile of class 1's colour");
                        assertTrue(cell.width() > 20 && Math.abs(cell.width() - cell.height()) <= 3, chart.id() + ": " + cell);
                        tiles++;
                    }
                    widget.dispose();
                    drawn++;
                }
                assertTrue(warnings.isEmpty(), a.getName() + ": " + warnings);
            }
        } finally {
            shell.dispose();
        }
        assertTrue(drawn >= 6, "charts drawn: " + drawn);
        assertEquals(3, tiles, "tile maps drawn (2005, 2012, 2018)");
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
        shell().setSize(1200, 760);
        shell().setLocation(0, 0);
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
        Ui.screenshot(shell(), Path.of(System.getProperty("carbonlab.test.dir", "target/test-files"),
                "screenshots", "desktop-chart.png"));
    }

    /** A unit square of the hand-made GeoJSON (as in the batch tests' PolygonMapCommandTest). */
    private static String squareFeature(String id, int lon, int lat) {
        return "{\"type\":\"Feature\",\"properties\":{\"prov\":\"" + id + "\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + 1) + "," + lat + "],[" + (lon + 1) + ","
                + (lat + 1) + "],[" + lon + "," + (lat + 1) + "],[" + lon + "," + lat + "]]]}}";
    }

    /** Width over height of a polygon series' vertices, in data units. */
    private static double aspect(org.carbonlab.core.chart.Series s) {
        var xs = java.util.Arrays.stream(s.x()).filter(Double::isFinite).summaryStatistics();
        var ys = java.util.Arrays.stream(s.y()).filter(Double::isFinite).summaryStatistics();
        return (xs.getMax() - xs.getMin()) / (ys.getMax() - ys.getMin());
    }

    @Test
    void polygonMapsAreDrawnUnstretchedWithClassColoursAndHatchedNoData() throws IOException {
        Path dir = Ui.testDir("polygon-map");
        Files.writeString(dir.resolve("d.csv"), "id,year,y\nA,2001,1\nA,2002,2\nB,2001,3\nB,2002,\nC,2001,5\nC,2002,6\n");
        // A and B side by side, C above A; in 2002 B has no value (hatched), A is in class 1, C in class 2
        Files.writeString(dir.resolve("units.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + squareFeature("A", 110, 30) + "," + squareFeature("B", 111, 30) + "," + squareFeature("C", 110, 31) + "]}");
        Path file = dir.resolve("maps.carbonlab");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:carbonlab="http://carbonlab.org/model/1.0" name="polygon maps">
                  <datasets name="d" source="d.csv" entityColumn="id" timeColumn="year"/>
                  <analyses name="map_y" estimatorId="study.map" dataset="d">
                    <parameters name="variable" value="y"/>
                    <parameters name="boundaries" value="units.geojson"/>
                    <parameters name="id_property" value="prov"/>
                    <parameters name="periods" value="2001,2002"/>
                    <parameters name="classify" value="equal"/>
                    <parameters name="classes" value="2"/>
                    <parameters name="title" value="y by unit"/>
                  </analyses>
                </carbonlab:Study>
                """);
        open(file);
        shell().setSize(1200, 760);
        Analysis map = window.document().study().getAnalyses().get(0);
        AnalysisJob job = window.runAnalyses(List.of(map));
        Ui.waitUntil(display, () -> job.getResult() != null && window.document().results().containsKey(map), 60, "map");
        window.navigator().select(map);
        window.showCharts();
        Ui.flush(display);
        var charts = window.chartView();
        assertEquals(2, charts.charts().size(), "a map per period: " + charts.warnings());
        charts.select(1);
        Ui.flush(display);
        var chart = charts.charts().get(1);
        assertTrue(chart.title().endsWith("2002"), chart.title());
        assertTrue(chart.series().get(2).isHatched(), chart.series().toString());
        Path png = dir.resolve("map_2002.png");
        charts.exportPng(png);
        var loaded = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
        var pixels = Pixels.of(loaded);

        // the units' fill is their class colour at the description's 90 % opacity over white (±3 of 255 per channel)
        int class1 = Pixels.overWhite(chart.series().get(0).colour().rgb(), 0.9);
        int class2 = Pixels.overWhite(chart.series().get(1).colour().rgb(), 0.9);
        Pixels.Patch a = Pixels.largestPatch(pixels, loaded.width, loaded.height, class1, 3);
        Pixels.Patch c = Pixels.largestPatch(pixels, loaded.width, loaded.height, class2, 3);
        assertNotNull(a, "no pixel of class 1's colour");
        assertNotNull(c, "no pixel of class 2's colour");
        assertTrue(Pixels.distance(pixels.applyAsInt(a.centreX(), a.centreY()), class1) <= 3);
        assertTrue(a.width() > 100, "unit A is drawn " + a);
        // equal scales: A keeps the shape of its projected outline (x = longitude·cos φ: narrower than tall) to 2 %,
        // C sits right above A, same size (±3 px: antialiased borders)
        double aspect = aspect(chart.series().get(0));
        assertTrue(aspect < 0.95, "projected unit A: " + aspect);
        assertEquals(aspect, (double) a.width() / a.height(), 0.02, "unit A stretched: " + a);
        assertTrue(Math.abs(c.width() - a.width()) <= 3 && Math.abs(c.height() - a.height()) <= 3, a + " vs " + c);
        assertTrue(Math.abs(c.left() - a.left()) <= 3, a + " vs " + c);
        assertTrue(a.top() - c.bottom() >= 0 && a.top() - c.bottom() <= 5, a + " vs " + c);
        // B, right of A, is hatched: the hatching's light grey ground crossed by dark grey diagonals
        int light = 0;
        int dark = 0;
        for (int dy = -5; dy <= 5; dy++) {
            for (int dx = -5; dx <= 5; dx++) {
                int rgb = pixels.applyAsInt(a.centreX() + a.width() + dx, a.centreY() + dy);
                light += Pixels.distance(rgb, 0xE6E6E6) <= 3 ? 1 : 0;
                dark += Pixels.distance(rgb, 0x6E6E6E) <= 0x50 ? 1 : 0;
            }
        }
        assertTrue(light >= 20 && dark >= 5, "hatching of B: " + light + " light and " + dark + " dark pixels");

        // core's headless renderer draws the same units in the same colours, square too
        var headless = new org.carbonlab.core.chart.render.HeadlessChartRenderer().image(chart,
                org.carbonlab.core.chart.render.HeadlessChartRenderer.PNG_SCALE);
        Pixels.Patch ha = Pixels.largestPatch((x, y) -> headless.getRGB(x, y) & 0xFFFFFF, headless.getWidth(),
                headless.getHeight(), class1, 3);
        assertNotNull(ha, "headless: no pixel of class 1's colour");
        assertTrue(ha.width() > 100, "headless unit A: " + ha);
        assertEquals(aspect, (double) ha.width() / ha.height(), 0.02, "headless unit A stretched: " + ha);
        Ui.screenshot(shell(), Path.of(System.getProperty("carbonlab.test.dir", "target/test-files"),
                "screenshots", "desktop-polygon-map.png"));
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
        shell().setSize(1200, 760);
        shell().setLocation(0, 0);
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
        ImageData shot = Ui.screenshot(shell(), png);
        assertEquals(1200, shot.width);
        assertTrue(Ui.distinctColours(shot) > 20, "not blank: " + Ui.distinctColours(shot) + " colours");
        assertTrue(Files.size(png) > 10_000);
    }

    /** A copy of the example study with only the named analyses (and no analysis outputs), quick to run. */
    private static Path trimmedExample(String dirName, String... keep) throws Exception {
        Path file = Ui.exampleStudyCopy(dirName);
        var study = StudyFiles.load(file);
        var names = java.util.Set.of(keep);
        study.getVariables().removeIf(v -> v.getProducedBy() != null && !names.contains(v.getProducedBy().getName()));
        study.getAnalyses().removeIf(a -> !names.contains(a.getName()));
        study.getAnalyses().forEach(a -> a.getOutputs().clear());
        StudyFiles.save(study, file);
        return file;
    }

    private static Analysis analysis(StudyEditor editor, String name) {
        return editor.document().study().getAnalyses().stream().filter(a -> a.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void opensTheResultsThatABatchRunRecordedAndSaysWhenTheyAreGoneOrChanged() throws Exception {
        Path study = trimmedExample("recorded-batch", "pooled_ols", "fe_province");
        // carbonlab run records its results (path + SHA-256) in the study file
        new org.carbonlab.core.study.StudyRunner(registry, "test")
                .run(study, study.getParent().resolve("carbonlab-out"), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        Path json = study.getParent().resolve("carbonlab-out/fe_province.json");
        Result written = new org.carbonlab.core.report.JsonResultReader().read(Files.readString(json), json.toString());
        open(study);
        Analysis fe = analysis(window, "fe_province");
        assertNotNull(fe.getResult(), "the batch run is recorded");
        assertEquals(RecordedResults.State.OK, RecordedResults.check(fe, study).state());
        assertEquals(2, window.runsTable().getTable().getItemCount());
        assertTrue(window.runsTable().getTable().getItem(1).getText(4).endsWith("✓"), window.runsTable().getTable().getItem(1).getText(4));

        assertTrue(window.openRecordedResult(fe), window.lastError());
        Result shown = window.resultView().result();
        assertNotNull(shown);
        assertEquals("panel.fe", shown.estimatorId());
        assertEquals(written.coefficients().size(), shown.coefficients().size());
        for (int i = 0; i < shown.coefficients().size(); i++) {
            assertEquals(written.coefficients().get(i), shown.coefficients().get(i)); // read back exactly
        }
        // what is read back is what the file holds: written again, it is the same JSON
        assertEquals(Files.readString(json), new org.carbonlab.core.report.JsonResultWriter().write(shown));
        assertFalse(window.resultView().tables().isEmpty());
        assertFalse(window.isDirty(), "opening a recorded result changes nothing in the study");

        // a file changed since the run is not opened, and the reason names the file and the SHA-256
        Files.writeString(json, Files.readString(json).replace("panel.fe", "panel.re"));
        assertFalse(window.openRecordedResult(fe));
        assertTrue(window.lastError().contains("changed since the run") && window.lastError().contains("SHA-256"),
                window.lastError());
        Files.delete(json);
        assertFalse(window.openRecordedResult(fe));
        assertTrue(window.lastError().contains("is gone") && window.lastError().contains("fe_province.json"),
                window.lastError());
    }

    @Test
    void recordsADesktopRunInTheStudyAsAnUndoableEditAndSavesIt() throws Exception {
        Path study = trimmedExample("recorded-desktop", "pooled_ols", "fe_province");
        open(study);
        Analysis fe = analysis(window, "fe_province");
        assertNull(fe.getResult());
        AnalysisJob job = window.runAnalyses(List.of(fe));
        Ui.waitUntil(display, () -> job.getResult() != null && fe.getResult() != null, 60, "the run to be recorded");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        var record = fe.getResult();
        Path json = study.getParent().resolve("carbonlab-out/fe_province.json");
        assertTrue(Files.isRegularFile(json), "the result is written into the study's output folder");
        assertEquals("carbonlab-out/fe_province.json", record.getPath());
        assertEquals(org.carbonlab.core.data.DataReader.sha256(Files.readAllBytes(json)), record.getSha256());
        Result ran = window.document().results().get(fe);
        assertEquals(ran.warnings().isEmpty() ? org.carbonlab.model.ResultStatus.OK : org.carbonlab.model.ResultStatus.WARNING,
                record.getStatus());
        assertEquals(ran.warnings(), List.copyOf(record.getWarnings()));
        assertEquals("panel.fe", record.getEstimatorId());
        assertNotNull(record.getParametersSha256());
        assertNotNull(record.getDatasetSha256());
        assertNotNull(record.getDataSha256());
        assertNotNull(record.getCreatedAt());
        assertTrue(record.getElapsedMs() >= 0);
        assertTrue(window.document().study().getResults().contains(record));
        // the desktop's record equals what carbonlab run records for the same inputs
        Path batchStudy = trimmedExample("recorded-desktop-batch", "pooled_ols", "fe_province");
        new org.carbonlab.core.study.StudyRunner(registry, DesktopApplication.version())
                .run(batchStudy, batchStudy.getParent().resolve("carbonlab-out"), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        var batchRecord = StudyFiles.load(batchStudy).getAnalyses().stream().filter(a -> a.getName().equals("fe_province"))
                .findFirst().orElseThrow().getResult();
        assertEquals(batchRecord.getParametersSha256(), record.getParametersSha256());
        assertEquals(batchRecord.getDatasetSha256(), record.getDatasetSha256());
        assertEquals(batchRecord.getDataSha256(), record.getDataSha256());
        // the same result (the files differ only where they name the folder they were read from)
        JsonObject batchJson = JsonParser.parseString(Files.readString(batchStudy.getParent().resolve(batchRecord.getPath())))
                .getAsJsonObject();
        JsonObject desktopJson = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        for (String member : List.of("estimator", "parameters", "coefficients", "statistics", "tests", "tables")) {
            assertEquals(batchJson.get(member), desktopJson.get(member), member);
        }
        assertEquals(batchJson.get("warnings").toString().replace("recorded-desktop-batch", "recorded-desktop"),
                desktopJson.get("warnings").toString());

        // recording is an edit: the study is modified, and undo takes the record away again
        assertTrue(window.isDirty());
        window.document().commands().undo();
        assertNull(fe.getResult());
        assertTrue(window.document().study().getResults().isEmpty());
        assertFalse(window.isDirty());
        window.document().commands().redo();
        assertSame(record, fe.getResult());
        window.doSave(null);
        assertFalse(window.isDirty());
        var saved = StudyFiles.load(study).getAnalyses().stream().filter(a -> a.getName().equals("fe_province"))
                .findFirst().orElseThrow();
        assertNotNull(saved.getResult(), "the record is saved with the study");
        assertEquals(record.getSha256(), saved.getResult().getSha256());
        assertEquals(RecordedResults.State.OK, RecordedResults.check(saved, study).state());
    }

    @Test
    void runsAStudyStepFromTheDesktopWithTheAnalysesItUses() throws Exception {
        Path study = Ui.exampleStudyCopy("study-step");
        open(study);
        Analysis table = analysis(window, "table_fe_gmm");
        assertTrue(StudyComputation.isStudyStep(table));
        AnalysisJob job = window.runAnalyses(List.of(table));
        Ui.waitUntil(display, () -> job.getResult() != null && window.document().results().containsKey(table), 120,
                "the study table");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        Result r = window.document().results().get(table);
        assertEquals("study.table", r.estimatorId());
        assertFalse(r.tables().isEmpty(), "the combined table");
        window.navigator().select(table);
        Ui.flush(display);
        assertSame(r, window.resultView().result());
        assertFalse(window.resultView().tables().isEmpty());
        // the step's result is the batch run's, number for number: the analyses it names ran first, in the study's order
        var evaluation = new org.carbonlab.core.study.StudyEvaluation(StudyFiles.load(study), study.getParent(), registry, "test");
        evaluation.deriveUpFront();
        var done = new java.util.LinkedHashMap<String, Result>();
        for (Analysis a : evaluation.study().getAnalyses()) {
            if (List.of("fe_province", "fe_twoways", "gmm_dynamic_ci").contains(a.getName())) {
                done.put(a.getName(), evaluation.estimate(a, org.carbonlab.core.estimator.ProgressMonitor.NULL, null));
            }
        }
        Analysis step = evaluation.study().getAnalyses().stream().filter(a -> a.getName().equals("table_fe_gmm")).findFirst()
                .orElseThrow();
        var expected = new org.carbonlab.core.report.JsonResultWriter().toJson(evaluation.runStep(step, "table_fe_gmm", done));
        var actual = new org.carbonlab.core.report.JsonResultWriter().toJson(r);
        assertEquals(expected.get("tables"), actual.get("tables"));
        // the run is recorded like the batch run records a step
        Ui.waitUntil(display, () -> table.getResult() != null, 10, "the record");
        assertEquals("carbonlab-out/table_fe_gmm.json", table.getResult().getPath());
    }
}
