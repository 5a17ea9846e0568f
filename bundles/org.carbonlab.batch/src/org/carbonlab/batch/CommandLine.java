package org.carbonlab.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.ReadOptions;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.estimator.WeightsUse;
import org.carbonlab.core.io.AtomicFiles;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.report.PublicationOptions;
import org.carbonlab.core.report.ReportFormat;
import org.carbonlab.core.report.ResultRenderer;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.study.Datasets;
import org.carbonlab.core.study.EstimationRunner;
import org.carbonlab.core.study.SampleSelection;
import org.carbonlab.core.study.StudyRunner;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.WeightsFile;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code carbonlab} command line (contract in shared/DESIGN.md). Exit codes: 0 success, 2 bad
 * usage or bad input, 3 estimation failed, 1 internal error. Kept free of OSGi so tests can call it.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int ESTIMATION_FAILED = 3;

    static final String USAGE = """
            Usage:
              carbonlab estimators [--json]
              carbonlab estimate ID --data FILE [--entity COL] [--time COL] [--sheet NAME] [--header-row N | --skip N]
                                    [--time-unit year|quarter|month] [--weights [NAME=]FILE]...
                                    [--join FILE:KEYS[:unmatched=missing]]... [--weights-drop-extra] [--set NAME=VALUE]...
                                    [--format json|md|tex|html|csv|docx] [--out FILE] [--parenthesis se|t]
                                    [--stars 0.1,0.05,0.01|none] [--notes TEXT] [--bom]
              carbonlab run STUDY.carbonlab [--out DIR] [--no-record]
              carbonlab demo [--out DIR]
              carbonlab help | --version

            --entity defaults to the data's first column. --time defaults to the second column if it looks like
            periods (named year, time, period, t, date ..., or whole numbers with entities on several rows);
            otherwise the data are a cross-section. --time none declares a cross-section.
            --header-row N takes the header from line (CSV) or row (XLSX) N, --skip N skips N lines above it; without
            them a single-cell title line above a wider header is skipped. A time column of dates (2015-03-31,
            2015Q1, 2015-03) becomes years, quarters or months as the dates say, or as --time-unit chooses.
            --weights takes a dense n×n CSV with entity ids as header, or an edge list from,to[,weight];
            it may repeat, NAME=FILE names a matrix (default: the file name without extension). An entity of W
            that the data do not have is an error; --weights-drop-extra drops such entities with their links.
            --join adds the columns of another file by key (KEYS: COL or COL=OTHER_COL, comma-separated; entity and
            time name the data's columns): --join provinces.csv:province. Unmatched keys are an error unless
            :unmatched=missing keeps those rows with missing joined values. --data reads .csv, .xlsx and Stata .dta.
            List values are comma-separated: --set inputs=labour,capital,energy
            --bom starts --format csv output with a UTF-8 byte-order mark, for Excel on Windows.
            run records each analysis (status, result SHA-256, inputs) in the study file; --no-record leaves it unchanged.
            Exit codes: 0 ok, 2 bad usage or input, 3 estimation failed, 1 internal error.
            """;

    private final EstimatorRegistry registry;
    private final String version;
    private final PrintStream out;
    private final PrintStream err;
    private ChartRegistry charts;

    public CommandLine(EstimatorRegistry registry, String version, PrintStream out, PrintStream err) {
        this.registry = registry;
        this.version = version;
        this.out = out;
        this.err = err;
    }

    /**
     * The chart providers of study reports; by default those of the extension registry (a host without OSGi, the
     * Spark runner, gives its own).
     */
    public CommandLine charts(ChartRegistry chartRegistry) {
        this.charts = chartRegistry;
        return this;
    }

    public int run(String[] args) {
        try {
            if (args.length == 0) {
                err.print(USAGE);
                return BAD_INPUT;
            }
            List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
            return switch (args[0]) {
                case "estimators" -> estimators(rest);
                case "estimate" -> estimate(rest);
                case "run" -> runStudy(rest);
                case "demo" -> demo(rest);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield OK;
                }
                case "--version", "version" -> {
                    out.println("carbonlab " + version);
                    yield OK;
                }
                default -> throw new InputException("unknown command '" + args[0] + "'; commands: estimators, estimate, run, demo, help");
            };
        } catch (InputException e) {
            for (String p : e.problems()) {
                err.println("carbonlab: error: " + p);
            }
            return BAD_INPUT;
        } catch (EstimationException e) {
            err.println("carbonlab: estimation failed: " + e.getMessage());
            return ESTIMATION_FAILED;
        } catch (CancellationException e) {
            err.println("carbonlab: cancelled");
            return ESTIMATION_FAILED;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println("carbonlab: error: cannot write " + e.getFile() + ": a file is in the way of a folder on that path");
            return BAD_INPUT;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println("carbonlab: error: permission denied: " + e.getFile());
            return BAD_INPUT;
        } catch (java.nio.file.FileSystemException e) {
            // in words about the path, not the Java exception's name
            err.println("carbonlab: error: " + e.getFile() + ": " + (e.getReason() != null ? e.getReason() : "cannot be used"));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("carbonlab: error: " + (e.getMessage() != null ? e.getMessage() : "input/output error"));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("carbonlab: internal error (please report): " + e);
            e.printStackTrace(err);
            return INTERNAL;
        }
    }

    private int estimators(List<String> args) {
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else {
                throw new InputException("unknown option '" + a + "' for 'estimators'; only --json");
            }
        }
        for (String p : registry.problems()) {
            err.println("carbonlab: warning: " + p);
        }
        if (json) {
            JsonArray list = new JsonArray();
            for (EstimatorDescriptor d : registry.all()) {
                JsonObject o = new JsonObject();
                o.addProperty("id", d.id());
                o.addProperty("name", d.name());
                o.addProperty("category", d.category());
                o.addProperty("version", d.version());
                o.addProperty("bundle", d.contributor());
                if (d.description() != null) {
                    o.addProperty("description", d.description());
                }
                Estimator estimator = d.create();
                if (estimator.weightsUse() != WeightsUse.NONE) {
                    o.addProperty("weights", estimator.weightsUse().name().toLowerCase(java.util.Locale.ROOT));
                }
                JsonArray params = new JsonArray();
                List<ParameterSpec> specs = new ArrayList<>(estimator.parameters().specs());
                List<ParameterSpec> common = SampleSelection.parameterSpecs(estimator.parameters());
                specs.addAll(common);
                for (ParameterSpec s : specs) {
                    JsonObject p = new JsonObject();
                    p.addProperty("name", s.name());
                    p.addProperty("type", s.type().label());
                    p.addProperty("required", s.required());
                    if (s.defaultValue() != null) {
                        p.addProperty("default", s.defaultValue());
                    }
                    if (!s.allowedValues().isEmpty()) {
                        JsonArray allowed = new JsonArray();
                        s.allowedValues().forEach(allowed::add);
                        p.add("allowed", allowed);
                    }
                    if (s.min() != null) {
                        p.addProperty("min", s.min());
                    }
                    if (s.max() != null) {
                        p.addProperty("max", s.max());
                    }
                    p.addProperty("doc", s.documentation());
                    if (common.contains(s)) {
                        p.addProperty("common", true); // handled by the runner for every estimator
                    }
                    params.add(p);
                }
                o.add("parameters", params);
                list.add(o);
            }
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(list));
            return OK;
        }
        for (EstimatorDescriptor d : registry.all()) {
            out.printf("%-22s %-12s %s%n", d.id(), d.category(), d.name());
            ParameterSchema schema = d.create().parameters();
            List<ParameterSpec> specs = new ArrayList<>(schema.specs());
            specs.addAll(SampleSelection.parameterSpecs(schema));
            for (ParameterSpec s : specs) {
                String type = s.type() == org.carbonlab.core.estimator.ParameterType.CHOICE
                        ? String.join("|", s.allowedValues()) : s.type().label();
                String def = s.required() ? " (required)" : s.defaultValue() == null ? "" : " (default " + s.defaultValue() + ")";
                out.printf("    %-16s %-28s %s%s%n", s.name(), type, s.documentation(), def);
            }
        }
        return OK;
    }

    private int estimate(List<String> args) throws IOException {
        List<String> problems = new ArrayList<>();
        String id = null;
        String data = null;
        String entity = null;
        String time = null;
        String sheet = null;
        String headerRow = null;
        String skip = null;
        String timeUnit = null;
        List<String> weights = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        String format = "json";
        String outFile = null;
        String parenthesis = null;
        String stars = null;
        String notes = null;
        boolean dropExtraWeightEntities = false;
        boolean bom = false;
        Map<String, String> sets = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--weights-drop-extra")) {
                dropExtraWeightEntities = true;
                continue;
            }
            if (a.equals("--bom")) {
                bom = true;
                continue;
            }
            if (!a.startsWith("--")) {
                if (id == null) {
                    id = a;
                } else {
                    problems.add("unexpected argument '" + a + "'");
                }
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                // --opt=value; for --set=NAME=VALUE the value is NAME=VALUE
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!List.of("--data", "--entity", "--time", "--sheet", "--header-row", "--skip", "--time-unit", "--weights",
                    "--join", "--set", "--format", "--out", "--parenthesis", "--stars", "--notes").contains(name)) {
                problems.add("unknown option '" + a + "' for 'estimate'");
                if (value == null && id != null && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    i++; // every estimate option takes a value: skip it rather than report it as an unexpected argument
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    problems.add("option " + name + " needs a value");
                    continue;
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--data" -> data = value;
                case "--entity" -> entity = value;
                case "--time" -> time = value;
                case "--sheet" -> sheet = value;
                case "--header-row" -> headerRow = value;
                case "--skip" -> skip = value;
                case "--time-unit" -> timeUnit = value;
                case "--weights" -> weights.add(value);
                case "--join" -> joins.add(value);
                case "--format" -> format = value;
                case "--out" -> outFile = value;
                case "--parenthesis" -> parenthesis = value;
                case "--stars" -> stars = value;
                case "--notes" -> notes = value;
                case "--set" -> {
                    int e = value.indexOf('=');
                    if (e <= 0) {
                        problems.add("--set expects NAME=VALUE, got '" + value + "'");
                    } else {
                        String key = value.substring(0, e).trim();
                        if (sets.containsKey(key)) {
                            problems.add("parameter '" + key + "' is set twice");
                        }
                        sets.put(key, value.substring(e + 1));
                    }
                }
                default -> throw new IllegalStateException(name);
            }
        }
        if (id == null) {
            problems.add("which estimator? usage: carbonlab estimate ID --data FILE ... (see 'carbonlab estimators')");
        }
        if (data == null) {
            problems.add("--data FILE is required");
        }
        ReportFormat fmt = null;
        try {
            fmt = ReportFormat.parse(format);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        PublicationOptions tableOptions = PublicationOptions.none();
        try {
            tableOptions = PublicationOptions.parse(parenthesis, stars, notes);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (fmt == ReportFormat.DOCX && outFile == null) {
            problems.add("--format docx needs --out FILE");
        }
        if (bom && fmt != ReportFormat.CSV) {
            problems.add("--bom applies to --format csv only (a byte-order mark lets Excel on Windows read UTF-8)");
        }
        EstimatorDescriptor descriptor = null;
        if (id != null) {
            try {
                descriptor = registry.get(id);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        WeightsUse weightsUse = WeightsUse.NONE;
        if (descriptor != null) {
            // Check parameters before reading any data, so all usage problems come together.
            Estimator estimator = descriptor.create();
            weightsUse = estimator.weightsUse();
            // subset and period_range are the runner's common parameters unless the estimator declares them
            Map<String, String> own = new LinkedHashMap<>(sets);
            try {
                SampleSelection.take(own, estimator.parameters());
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
            try {
                estimator.parameters().resolve(own);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
            if (weightsUse == WeightsUse.REQUIRED && weights.isEmpty()) {
                problems.add(EstimationRunner.missingWeights(id));
            }
        }
        Map<String, Path> weightFiles = weightFiles(weights, problems);
        ReadOptions readOptions = null;
        try {
            readOptions = ReadOptions.parse(sheet, headerRow, skip, timeUnit);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        PanelFrame frame = Datasets.loadWith(Path.of(data), readOptions, entity, time, joins, null,
                chosen -> err.println("carbonlab: " + chosen), joined -> err.println("carbonlab: " + joined));
        Map<String, SpatialWeights> matrices = new LinkedHashMap<>();
        if (!weightFiles.isEmpty() && weightsUse == WeightsUse.NONE) {
            err.println("carbonlab: warning: --weights is ignored: " + id + " does not use spatial weights");
        } else {
            for (Map.Entry<String, Path> w : weightFiles.entrySet()) {
                try {
                    matrices.put(w.getKey(), WeightsFile.read(w.getValue()));
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
        }
        Result result = new EstimationRunner(version).droppingExtraWeightEntities(dropExtraWeightEntities)
                .run(descriptor, frame, sets, matrices, ProgressMonitor.NULL);
        // the warnings of the JSON contract, which include non-finite values written as null, whatever the format
        for (com.google.gson.JsonElement w : new JsonResultWriter().toJson(result).getAsJsonArray("warnings")) {
            err.println("carbonlab: warning: " + w.getAsString());
        }
        ResultRenderer renderer = new ResultRenderer(tableOptions);
        if (fmt == ReportFormat.DOCX) {
            AtomicFiles.writeBytes(Path.of(outFile), renderer.renderDocx(result));
        } else {
            String text = renderer.render(result, fmt);
            if (bom) {
                text = "\uFEFF" + text; // Excel on Windows takes a CSV as UTF-8 only with a byte-order mark
            }
            if (outFile == null) {
                out.print(text);
                out.flush();
            } else {
                AtomicFiles.writeString(Path.of(outFile), text);
            }
        }
        return OK;
    }

    /**
     * The {@code --weights} values as name → file: {@code NAME=FILE}, or {@code FILE} named after the
     * file without its extension ({@code rook.csv} → {@code rook}). A value that is an existing file
     * is a file even if it holds '='.
     */
    private static Map<String, Path> weightFiles(List<String> values, List<String> problems) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String v : values) {
            String name;
            String file;
            int eq = v.indexOf('=');
            try {
                Path.of(v);
            } catch (java.nio.file.InvalidPathException e) {
                problems.add("--weights: '" + v + "' is not a valid file name");
                continue;
            }
            if (eq > 0 && !Files.exists(Path.of(v))) {
                name = v.substring(0, eq).strip();
                file = v.substring(eq + 1).strip();
            } else {
                file = v;
                String f = Path.of(v).getFileName() == null ? v : Path.of(v).getFileName().toString();
                name = f.lastIndexOf('.') > 0 ? f.substring(0, f.lastIndexOf('.')) : f;
            }
            if (name.isEmpty() || file.isEmpty()) {
                problems.add("--weights expects FILE or NAME=FILE, got '" + v + "'");
            } else if (!Files.isRegularFile(Path.of(file))) {
                problems.add("weights file not found: " + file);
            } else if (files.putIfAbsent(name, Path.of(file)) != null) {
                problems.add("two weight matrices are named '" + name + "'; name them apart: --weights NAME=FILE");
            }
        }
        return files;
    }

    private int runStudy(List<String> args) throws IOException {
        String study = null;
        String outDir = null;
        boolean record = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--no-record")) {
                record = false;
            } else if (a.equals("--out")) {
                if (i + 1 >= args.size()) {
                    throw new InputException("option --out needs a value");
                }
                outDir = args.get(++i);
            } else if (a.startsWith("--out=")) {
                outDir = a.substring(6);
            } else if (a.startsWith("--")) {
                throw new InputException("unknown option '" + a + "' for 'run'; only --out DIR and --no-record");
            } else if (study == null) {
                study = a;
            } else {
                throw new InputException("unexpected argument '" + a + "'");
            }
        }
        if (study == null) {
            throw new InputException("which study? usage: carbonlab run STUDY.carbonlab [--out DIR]");
        }
        Path studyPath = Path.of(study);
        Path out = outDir != null ? Path.of(outDir)
                : studyPath.toAbsolutePath().getParent().resolve("carbonlab-out");
        return report(new StudyRunner(registry, version).charts(charts).recording(record).run(studyPath, out, err));
    }

    private int demo(List<String> args) throws IOException {
        String outDir = "carbonlab-demo";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out") && i + 1 < args.size()) {
                outDir = args.get(++i);
            } else if (a.startsWith("--out=")) {
                outDir = a.substring(6);
            } else {
                throw new InputException(a.equals("--out") ? "option --out needs a value" : "unknown option '" + a + "' for 'demo'; only --out DIR");
            }
        }
        Path out = Path.of(outDir).toAbsolutePath();
        Path study = EmbeddedExample.extract(out.resolve("study"));
        err.println("carbonlab: demo: the example study is in " + study.getParent());
        return report(new StudyRunner(registry, version).charts(charts).run(study, out, err));
    }

    private int report(StudyRunner.Outcome outcome) {
        out.println("Report: " + outcome.report());
        for (Path p : outcome.results()) {
            out.println("Result: " + p);
        }
        if (outcome.failed() > 0) {
            err.println("carbonlab: " + outcome.failed() + " analysis(es) failed; see the report");
            // Bad input (exit 2) only when every failure was bad input; any failed estimation gives 3.
            return outcome.inputFailures() == outcome.failed() ? BAD_INPUT : ESTIMATION_FAILED;
        }
        return OK;
    }
}
