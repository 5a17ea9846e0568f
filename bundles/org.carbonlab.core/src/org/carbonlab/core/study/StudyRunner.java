package org.carbonlab.core.study;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.io.AtomicFiles;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.report.GridRenderer;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.report.PublicationTable;
import org.carbonlab.core.report.ResultRenderer;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;

/**
 * Runs a study: loads its datasets, derives its variables, runs its analyses in order (an
 * analysis's outputs become variables that later analyses use), and writes one JSON result per
 * analysis plus a Markdown report with a publication table of the regression models. Every
 * analysis is then recorded in the study file itself (a {@code Result} element: status, result
 * path and SHA-256, what it ran on; see {@link RunRecorder}), and a rerun says per analysis
 * whether its inputs changed since the recorded run.
 */
public final class StudyRunner {

    /** What a run produced; {@code inputFailures} of the {@code failed} analyses failed on bad input. */
    public record Outcome(Path report, List<Path> results, int failed, int inputFailures) {
    }

    /** Per-unit tables longer than this are cut in report.md (never in the JSON results). */
    static final int REPORT_TABLE_ROWS = 30;

    private final EstimatorRegistry registry;
    private final String version;
    private boolean record = true;
    private ChartRegistry charts;

    public StudyRunner(EstimatorRegistry registry, String version) {
        this.registry = registry;
        this.version = version;
    }

    /**
     * Whether a run records itself in the study file (the default). Off for a study that must not
     * change, e.g. one checked into version control and run by CI.
     */
    public StudyRunner recording(boolean record) {
        this.record = record;
        return this;
    }

    /**
     * The chart providers whose charts the report shows (PNG and SVG files beside report.md); by default every
     * contribution to {@value ChartRegistry#EXTENSION_POINT}.
     */
    public StudyRunner charts(ChartRegistry chartRegistry) {
        this.charts = chartRegistry;
        return this;
    }

    public Outcome run(Path studyFile, Path outDir, PrintStream log) throws IOException {
        if (!Files.isRegularFile(studyFile)) {
            throw new InputException("study file not found: " + studyFile);
        }
        Study study;
        try {
            study = StudyFiles.load(studyFile);
        } catch (StudyFileException e) {
            throw new InputException(e.getMessage());
        }
        Path base = studyFile.toAbsolutePath().getParent();
        checkStudy(study);

        // the one derivation order, shared with the desktop (StudyEvaluation)
        StudyEvaluation evaluation = new StudyEvaluation(study, base, registry, version)
                .log(line -> log.println("carbonlab: " + line));
        evaluation.loadAll();
        evaluation.deriveUpFront();
        Map<Dataset, PanelFrame> frames = evaluation.frames();
        List<String> bindingProblems = evaluation.bindingProblems();
        if (!bindingProblems.isEmpty()) {
            throw new InputException(bindingProblems);
        }
        RunRecorder recorder = new RunRecorder(study, studyFile, version);

        AtomicFiles.ensureFolder(outDir);
        // The report is written last and only by a finished run: removing the previous one first
        // means a folder with results but no report.md holds an interrupted (or failing) run.
        Path reportPath = outDir.resolve("report.md");
        Files.deleteIfExists(reportPath);
        Files.deleteIfExists(outDir.resolve("report.html"));
        List<Path> written = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        PublicationTable regressions = new PublicationTable().caption("Regression models of the study");
        int nRegressions = 0;
        int failed = 0;
        int inputFailures = 0;
        int index = 0;
        ChartRegistry chartRegistry = charts != null ? charts : ChartRegistry.fromExtensions();
        StudySteps.registerCharts(chartRegistry);
        ReportCharts reportCharts = new ReportCharts(chartRegistry);
        reportCharts.prepare(study.getAnalyses().stream().map(Analysis::getEstimatorId).toList());
        Map<String, Result> done = new LinkedHashMap<>();
        for (Analysis a : study.getAnalyses()) {
            index++;
            String name = a.getName() == null || a.getName().isBlank() ? "analysis" + index : a.getName();
            if (StudySteps.isStep(a.getEstimatorId())) {
                RunRecorder.Run record = evaluation.startRecord(recorder, a);
                log.println("carbonlab: running " + name + " (" + a.getEstimatorId() + ")");
                try {
                    StepOutput step = evaluation.step(a, name, done);
                    Result result = step.result();
                    for (String w : result.warnings()) {
                        log.println("carbonlab: warning: " + name + ": " + w);
                    }
                    written.add(StudyEvaluation.writeResult(result, outDir, name, record));
                    done.put(name, result);
                    sections.add(stepSection(name, a, step, reportCharts.write(name, result, outDir)));
                } catch (InputException e) {
                    failed++;
                    inputFailures++;
                    String msg = String.join("; ", e.problems());
                    log.println("carbonlab: error: analysis '" + name + "': " + msg);
                    sections.add("## " + name + " (" + a.getEstimatorId() + ")\n\n**Failed (bad input):** " + msg + "\n");
                    record.failedInput(msg);
                }
                continue;
            }
            log.println("carbonlab: running " + name + " (" + a.getEstimatorId() + ")");
            RunRecorder.Run record = evaluation.startRecord(recorder, a);
            Result result;
            try {
                EstimatorDescriptor descriptor = evaluation.descriptor(a);
                record.estimator(descriptor);
                Map<String, SpatialWeights> matrices = evaluation.weights(a);
                if (!matrices.isEmpty()) {
                    record.weightMatrix(matrices.values().iterator().next().sha256());
                }
                log.println("carbonlab: " + name + ": " + record.sinceLastRun());
                result = evaluation.estimate(a, descriptor, matrices, ProgressMonitor.NULL);
            } catch (InputException e) {
                failed++;
                inputFailures++;
                String msg = String.join("; ", e.problems());
                log.println("carbonlab: error: analysis '" + name + "': " + msg);
                sections.add("## " + name + " (" + a.getEstimatorId() + ")\n\n**Failed (bad input):** " + msg + "\n");
                record.failedInput(msg);
                continue;
            } catch (EstimationException e) {
                failed++;
                log.println("carbonlab: estimation failed: analysis '" + name + "': " + e.getMessage());
                sections.add("## " + name + " (" + a.getEstimatorId() + ")\n\n**Estimation failed:** " + e.getMessage() + "\n");
                record.failedEstimation(e.getMessage());
                continue;
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                // A bug in one estimator must not lose the results and the report of the others.
                failed++;
                log.println("carbonlab: internal error (please report): analysis '" + name + "': " + e);
                e.printStackTrace(log);
                sections.add("## " + name + " (" + a.getEstimatorId() + ")\n\n**Internal error:** " + e + "\n");
                record.failedEstimation("internal error: " + e);
                continue;
            }
            // the JSON's warnings, which include non-finite values written as null
            for (com.google.gson.JsonElement w : new JsonResultWriter().toJson(result).getAsJsonArray("warnings")) {
                log.println("carbonlab: warning: " + name + ": " + w.getAsString());
            }
            Path json = StudyEvaluation.writeResult(result, outDir, name, record);
            written.add(json);
            String chartMarkdown = reportCharts.write(name, result, outDir);
            // The estimator ran; a binding that fails now (no such table or column) fails this
            // analysis only, and later analyses that need its variable report that themselves.
            try {
                evaluation.bindOutputs(a, result, name); // and derives the variables defined on them
            } catch (InputException e) {
                failed++;
                inputFailures++;
                String msg = String.join("; ", e.problems());
                log.println("carbonlab: error: analysis '" + name + "': " + msg);
                sections.add(section(name, a, result, chartMarkdown) + "\n**Failed (bad output binding):** " + msg + " (the result is in "
                        + json.getFileName() + ")\n");
                record.failedInput(msg);
                continue;
            }
            sections.add(section(name, a, result, chartMarkdown));
            done.put(name, result);
            // Single-equation regressions share one table; multi-model results print their own.
            if (!result.coefficients().isEmpty() && result.models().isEmpty()) {
                regressions.add(name, result);
                nRegressions++;
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("# ").append(study.getName() == null ? "CarbonLab study" : study.getName()).append("\n\n");
        if (study.getDescription() != null && !study.getDescription().isBlank()) {
            report.append(study.getDescription().strip()).append("\n\n");
        }
        report.append("Study file: `").append(studyFile.getFileName()).append("`; CarbonLab ").append(version).append(".\n\n");
        for (Map.Entry<Dataset, PanelFrame> e : frames.entrySet()) {
            PanelFrame f = e.getValue();
            report.append("Dataset **").append(e.getKey().getName()).append("**: `").append(e.getKey().getSource())
                    .append("`, ").append(f.rows()).append(" rows, ").append(f.nEntities()).append(" entities, ")
                    .append(f.hasTime() ? f.nPeriods() + " periods" : "cross-section").append(", SHA-256 `")
                    .append(f.sha256()).append("`\n\n");
        }
        if (nRegressions > 0) {
            report.append(GridRenderer.MARKDOWN.render(regressions.toGrid())).append('\n');
        }
        for (String s : sections) {
            report.append(s).append('\n');
        }
        String reportMarkdown = reportCharts.resolve(report.toString(), log);
        // report.html first: report.md, written last, marks a finished run
        AtomicFiles.writeString(outDir.resolve("report.html"), ReportHtml.page(reportMarkdown, outDir));
        AtomicFiles.writeString(reportPath, reportMarkdown);
        if (record) {
            recorder.save(log);
        }
        return new Outcome(reportPath, written, failed, inputFailures);
    }

    private static void checkStudy(Study study) {
        List<String> problems = new ArrayList<>();
        if (study.getDatasets().isEmpty()) {
            problems.add("the study has no dataset");
        }
        Map<String, Integer> names = new HashMap<>();
        for (Analysis a : study.getAnalyses()) {
            if (a.getEstimatorId() == null || a.getEstimatorId().isBlank()) {
                problems.add("analysis '" + a.getName() + "' names no estimator");
            }
            if (a.getName() != null && names.merge(a.getName(), 1, Integer::sum) == 2) {
                problems.add("two analyses are named '" + a.getName() + "'; names must be unique (they name the result files)");
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /**
     * Joins a result table column onto the frame by entity and period (by entity alone for a
     * cross-section, whose tables have no time column), as a new variable. Also the desktop's way of binding.
     */
    public static PanelFrame bind(PanelFrame frame, Result result, OutputBinding o, String analysis) {
        ResultTable table = result.tables().get(o.getTable());
        if (table == null) {
            throw new InputException("analysis '" + analysis + "' has no output table '" + o.getTable() + "'; it has: "
                    + String.join(", ", result.tables().keySet()));
        }
        boolean panel = frame.hasTime();
        int ce = table.columnIndex(RowKeys.ENTITY);
        int ct = panel ? table.columnIndex(RowKeys.TIME) : -1;
        int cv = table.columnIndex(o.getColumn());
        if (ce < 0 || panel && ct < 0 || cv < 0) {
            throw new InputException("output table '" + o.getTable() + "' of analysis '" + analysis + "' needs columns "
                    + String.join(", ", RowKeys.columns(frame, o.getColumn())) + "; it has " + table.columns());
        }
        Map<String, Double> byKey = new HashMap<>();
        for (List<Object> row : table.rows()) {
            Object v = row.get(cv);
            double value = v instanceof Number n ? n.doubleValue() : Double.NaN;
            byKey.put(row.get(ce) + (panel ? "\u0000" + ((Number) row.get(ct)).longValue() : ""), value);
        }
        double[] column = new double[frame.rows()];
        for (int i = 0; i < frame.rows(); i++) {
            Double v = byKey.get(frame.entityLabel(i) + (panel ? "\u0000" + frame.time(i) : ""));
            column[i] = v == null ? Double.NaN : v;
        }
        return frame.withColumn(o.getVariable(), column);
    }

    private static String section(String name, Analysis a, Result r, String charts) {
        StringBuilder sb = new StringBuilder("## ").append(name).append(" (").append(a.getEstimatorId()).append(")\n\n");
        if (a.getLabel() != null && !a.getLabel().isBlank()) {
            sb.append(a.getLabel()).append("\n\n");
        }
        List<String> params = new ArrayList<>();
        for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
            if (e.getValue() != null) {
                params.add(e.getKey() + "=" + e.getValue());
            }
        }
        sb.append("Parameters: `").append(String.join("`, `", params)).append("`\n\n");
        sb.append(charts);
        for (var g : new ResultRenderer().grids(r)) {
            sb.append(GridRenderer.MARKDOWN.render(g.truncated(REPORT_TABLE_ROWS, "all rows are in " + name + ".json")))
                    .append('\n');
        }
        for (String w : r.warnings()) {
            sb.append("- Warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    private static String stepSection(String name, Analysis a, StepOutput step, String charts) {
        StringBuilder sb = new StringBuilder("## ").append(name).append(" (").append(a.getEstimatorId()).append(")\n\n");
        if (a.getLabel() != null && !a.getLabel().isBlank()) {
            sb.append(a.getLabel()).append("\n\n");
        }
        sb.append(charts);
        for (var g : step.grids()) {
            sb.append(GridRenderer.MARKDOWN.render(g)).append('\n');
        }
        for (String w : step.result().warnings()) {
            sb.append("- Warning: ").append(w).append('\n');
        }
        return sb.toString();
    }
}
