package org.carbonlab.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.ResultStatus;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;
import org.carbonlab.model.persistence.StudyFiles;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs studies with two small estimators registered in code, so only the runner is under test. */
class StudyRunnerTest {

    /** Writes a per-row table: score = factor × column. */
    public static final class Scale implements Estimator {
        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of(ParameterSpec.required("column", ParameterType.COLUMN, "input"),
                    ParameterSpec.number("factor", 2.0, null, null, "multiplier"));
        }

        @Override
        public Result estimate(EstimationContext c) {
            PanelFrame f = c.data();
            double[] v = f.numeric(c.parameters().string("column"));
            ResultTable t = new ResultTable(List.of("entity", "time", "score"));
            for (int i = 0; i < f.rows(); i++) {
                t.addRow(f.entityLabel(i), f.time(i), v[i] * c.parameters().number("factor"));
            }
            return new Result("test.scale").table("scores", t);
        }
    }

    /** Reports the mean of a column. */
    public static final class Mean implements Estimator {
        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of(ParameterSpec.required("column", ParameterType.COLUMN, "input"));
        }

        @Override
        public List<String> validate(EstimationContext c) {
            String col = c.parameters().string("column");
            return c.data().hasColumn(col) ? List.of() : List.of("column '" + col + "' is not in the data");
        }

        @Override
        public Result estimate(EstimationContext c) {
            double[] v = c.data().numeric(c.parameters().string("column"));
            double s = 0;
            for (double d : v) {
                s += d;
            }
            return (Result) new Result("test.mean").statistic("mean", s / v.length);
        }
    }

    /** An estimator with a bug. */
    public static final class Boom implements Estimator {
        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of();
        }

        @Override
        public Result estimate(EstimationContext c) {
            throw new IllegalStateException("bug in test.boom");
        }
    }

    /** Stands for a run killed midway: the cancellation a kill signal's handler raises. */
    public static final class Killed implements Estimator {
        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of();
        }

        @Override
        public Result estimate(EstimationContext c) {
            throw new java.util.concurrent.CancellationException("killed (simulated)");
        }
    }

    private static EstimatorRegistry registry() {
        return new EstimatorRegistry()
                .register(new EstimatorDescriptor("test.killed", "Killed", "test", "1", null, "tests", Killed::new))
                .register(new EstimatorDescriptor("test.scale", "Scale", "test", "1", null, "tests", Scale::new))
                .register(new EstimatorDescriptor("test.mean", "Mean", "test", "1", null, "tests", Mean::new))
                .register(new EstimatorDescriptor("test.boom", "Boom", "test", "1", null, "tests", Boom::new));
    }

    private static Path dir() throws IOException {
        String configured = System.getProperty("carbonlab.test.dir");
        Path base = configured != null ? Path.of(configured) : Path.of("target", "test-files");
        Files.createDirectories(base);
        return Files.createTempDirectory(base, "study");
    }

    private static Analysis analysis(Study s, Dataset d, String name, String estimator, String... params) {
        Analysis a = ModelFactory.eINSTANCE.createAnalysis();
        a.setName(name);
        a.setEstimatorId(estimator);
        a.setDataset(d);
        for (int i = 0; i < params.length; i += 2) {
            ParameterValue p = ModelFactory.eINSTANCE.createParameterValue();
            p.setName(params[i]);
            p.setValue(params[i + 1]);
            a.getParameters().add(p);
        }
        s.getAnalyses().add(a);
        return a;
    }

    private static Study study(Path d) throws IOException {
        Files.writeString(d.resolve("panel.csv"), "id,year,y\nA,2001,1\nA,2002,4\nB,2001,9\nB,2002,16\n");
        Study s = StudyFiles.create("runner test");
        Dataset ds = ModelFactory.eINSTANCE.createDataset();
        ds.setName("panel");
        ds.setSource("panel.csv");
        ds.setEntityColumn("id");
        ds.setTimeColumn("year");
        s.getDatasets().add(ds);
        Variable v = ModelFactory.eINSTANCE.createVariable();
        v.setName("root_y");
        v.setDerivation("sqrt(y)");
        v.setDataset(ds);
        s.getVariables().add(v);
        return s;
    }

    @Test
    void derivedVariablesAndAnalysisOutputsFeedLaterAnalyses() throws IOException {
        Path d = dir();
        Study s = study(d);
        Dataset ds = s.getDatasets().get(0);
        Analysis scale = analysis(s, ds, "scale", "test.scale", "column", "root_y", "factor", "10");
        OutputBinding o = ModelFactory.eINSTANCE.createOutputBinding();
        o.setTable("scores");
        o.setColumn("score");
        o.setVariable("scaled");
        scale.getOutputs().add(o);
        // A variable derived from the analysis output, computed right after that analysis.
        Variable half = ModelFactory.eINSTANCE.createVariable();
        half.setName("half");
        half.setDerivation("scaled / 2");
        half.setDataset(ds);
        half.setProducedBy(scale);
        s.getVariables().add(half);
        analysis(s, ds, "mean_scaled", "test.mean", "column", "scaled");
        analysis(s, ds, "mean_half", "test.mean", "column", "half");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StudyRunner.Outcome out = new StudyRunner(registry(), "test").run(file, d.resolve("out"),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(0, out.failed(), log.toString(StandardCharsets.UTF_8));
        assertEquals(3, out.results().size());
        // sqrt(y) = 1, 2, 3, 4 → ×10 → mean 25; half → 12.5
        assertEquals(25.0, mean(d.resolve("out/mean_scaled.json")), 1e-12);
        assertEquals(12.5, mean(d.resolve("out/mean_half.json")), 1e-12);
        String report = Files.readString(out.report());
        assertTrue(report.contains("## scale (test.scale)") && report.contains("## mean_half (test.mean)"), report);
    }

    @Test
    void aFailingAnalysisIsReportedAndTheOthersStillRun() throws IOException {
        Path d = dir();
        Study s = study(d);
        Dataset ds = s.getDatasets().get(0);
        analysis(s, ds, "bad", "test.mean", "column", "nonexistent");
        analysis(s, ds, "unknown", "test.nosuch");
        analysis(s, ds, "good", "test.mean", "column", "y");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StudyRunner.Outcome out = new StudyRunner(registry(), "test").run(file, d.resolve("out"),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(2, out.failed());
        assertEquals(7.5, mean(d.resolve("out/good.json")), 1e-12);
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("analysis 'bad': column 'nonexistent' is not in the data"), text);
        assertTrue(text.contains("analysis 'unknown': unknown estimator 'test.nosuch'"), text);
        assertTrue(Files.readString(out.report()).contains("**Failed (bad input):**"));
    }

    @Test
    void missingStudyAndBadDerivationsAreInputErrors() throws IOException {
        Path d = dir();
        assertThrows(InputException.class, () -> new StudyRunner(registry(), "t").run(d.resolve("none.carbonlab"), d,
                System.err));
        Study s = study(d);
        s.getVariables().get(0).setDerivation("log(nosuchcolumn)");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        InputException e = assertThrows(InputException.class,
                () -> new StudyRunner(registry(), "t").run(file, d.resolve("out"), System.err));
        assertTrue(e.problems().get(0).contains("variable 'root_y'") && e.problems().get(0).contains("nosuchcolumn"),
                e.problems().toString());
    }

    private static String run(Path file, Path out) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new StudyRunner(registry(), "test").run(file, out, new PrintStream(log, true, StandardCharsets.UTF_8));
        return log.toString(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theRunIsRecordedInTheStudyWithTheResultsSha256AndWhatItRanOn() throws Exception {
        Path d = dir();
        Study s = study(d);
        Dataset ds = s.getDatasets().get(0);
        analysis(s, ds, "mean_y", "test.mean", "column", "y");
        analysis(s, ds, "bad", "test.mean", "column", "nonexistent");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        Date before = new Date();
        String log = run(file, d.resolve("out"));
        Date after = new Date();
        assertTrue(log.contains("recorded the run in"), log);

        Study recorded = StudyFiles.load(file);
        assertEquals(2, recorded.getResults().size());
        Analysis meanY = StudyFiles.findAnalysis(recorded, "mean_y").orElseThrow();
        org.carbonlab.model.Result r = meanY.getResult();
        assertSame(meanY, r.getAnalysis());
        assertEquals(ResultStatus.OK, r.getStatus());
        assertEquals("out/mean_y.json", r.getPath());
        // The recorded SHA-256 is that of the file on disk, recomputed here.
        assertEquals(sha256(Files.readAllBytes(d.resolve("out/mean_y.json"))), r.getSha256());
        assertEquals(sha256(Files.readAllBytes(d.resolve("panel.csv"))), r.getDatasetSha256());
        assertEquals(sha256("column=y\n".getBytes(StandardCharsets.UTF_8)), r.getParametersSha256());
        assertEquals("test.mean", r.getEstimatorId());
        assertEquals("1", r.getEstimatorVersion());
        assertEquals("test", r.getCarbonlabVersion());
        assertTrue(r.getDataSha256().matches("[0-9a-f]{64}"), r.getDataSha256());
        assertNull(r.getWeightMatrixSha256(), "no weight matrix reaches test.mean");
        assertTrue(r.getElapsedMs() >= 0 && r.getElapsedMs() <= after.getTime() - before.getTime() + 1, "" + r.getElapsedMs());
        assertFalse(r.getCreatedAt().before(new Date(before.getTime() / 1000 * 1000)) || r.getCreatedAt().after(after),
                r.getCreatedAt().toString());

        org.carbonlab.model.Result failed = StudyFiles.findAnalysis(recorded, "bad").orElseThrow().getResult();
        assertEquals(ResultStatus.FAILED_INPUT, failed.getStatus());
        assertTrue(failed.getSummary().contains("column 'nonexistent' is not in the data"), failed.getSummary());
        assertNull(failed.getPath());
        assertNull(failed.getSha256());

        // The rest of the study is as it was; a second run replaces the records instead of adding more.
        assertEquals("sqrt(y)", StudyFiles.findVariable(recorded, "root_y").orElseThrow().getDerivation());
        run(file, d.resolve("out"));
        assertEquals(2, StudyFiles.load(file).getResults().size());
        // Without recording, the study file is left exactly as it was.
        byte[] bytes = Files.readAllBytes(file);
        new StudyRunner(registry(), "test").recording(false).run(file, d.resolve("out2"), System.err);
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)));
        assertTrue(Files.isRegularFile(d.resolve("out2/mean_y.json")));
    }

    @Test
    void aRerunSaysUnchangedAndAfterADataEditSaysWhatChanged() throws Exception {
        Path d = dir();
        Study s = study(d);
        Dataset ds = s.getDatasets().get(0);
        analysis(s, ds, "mean_y", "test.mean", "column", "y");
        analysis(s, ds, "mean_root", "test.mean", "column", "root_y");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);

        String first = run(file, d.resolve("out"));
        assertTrue(first.contains("mean_y: no earlier run recorded"), first);
        String second = run(file, d.resolve("out"));
        assertTrue(second.contains("mean_y: unchanged since the last run (result out/mean_y.json still matches its SHA-256)"),
                second);
        assertTrue(second.contains("mean_root: unchanged since the last run"), second);

        Files.writeString(d.resolve("panel.csv"), "id,year,y\nA,2001,1\nA,2002,4\nB,2001,9\nB,2002,25\n");
        String third = run(file, d.resolve("out"));
        assertTrue(third.contains("mean_y: changed since the last run: dataset file (SHA-256 "), third);
        assertEquals(9.75, mean(d.resolve("out/mean_y.json")), 1e-12, "re-estimated on the new data");

        // A changed derivation changes the data an analysis receives, though not the file.
        Study edited = StudyFiles.load(file);
        StudyFiles.findVariable(edited, "root_y").orElseThrow().setDerivation("sqrt(y) + 1");
        StudyFiles.save(edited, file);
        String fourth = run(file, d.resolve("out"));
        assertTrue(fourth.contains("mean_y: changed since the last run: derived data"), fourth);
        // A result edited by hand is noticed.
        Files.writeString(d.resolve("out/mean_y.json"), "{}");
        String fifth = run(file, d.resolve("out"));
        assertTrue(fifth.contains("mean_y: inputs unchanged since the last run, but its result out/mean_y.json was modified"),
                fifth);
    }

    @Test
    void bindingsAreCheckedBeforeAnythingRuns() throws IOException {
        Path d = dir();
        Study s = study(d);
        Dataset ds = s.getDatasets().get(0);
        Analysis scale = analysis(s, ds, "scale", "test.scale", "column", "y");
        scale.getOutputs().add(binding("scores", "score", "y"));
        scale.getOutputs().add(binding("scores", "", "twice"));
        Analysis again = analysis(s, ds, "again", "test.scale", "column", "y");
        again.getOutputs().add(binding("scores", "score", "twice"));
        again.getOutputs().add(binding("scores", "score", "root_y"));
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        InputException e = assertThrows(InputException.class, () -> run(file, d.resolve("out")));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("analysis 'scale', output 1: the variable 'y' is already a column of dataset 'panel'"), all);
        assertTrue(all.contains("analysis 'scale', output 2: no column given"), all);
        assertTrue(all.contains("analysis 'again', output 1: the variable 'twice' is already defined by analysis 'scale', output 2"), all);
        assertTrue(all.contains("analysis 'again', output 2: the variable 'root_y' is already a column"), all);
        assertEquals(4, e.problems().size(), all);
        assertFalse(Files.exists(d.resolve("out")), "nothing ran");
    }

    @Test
    void aBindingThatFailsAfterTheEstimatorRanFailsThatAnalysisOnly() throws IOException {
        Path d = dir();
        Study s = study(d);
        Dataset ds = s.getDatasets().get(0);
        Analysis scale = analysis(s, ds, "scale", "test.scale", "column", "y");
        scale.getOutputs().add(binding("nosuchtable", "score", "scaled"));
        Analysis other = analysis(s, ds, "other", "test.scale", "column", "y", "factor", "3");
        other.getOutputs().add(binding("scores", "nosuchcolumn", "tripled"));
        analysis(s, ds, "uses_scaled", "test.mean", "column", "scaled");
        analysis(s, ds, "independent", "test.mean", "column", "y");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StudyRunner.Outcome out = new StudyRunner(registry(), "test").run(file, d.resolve("out"),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        String text = log.toString(StandardCharsets.UTF_8);
        assertEquals(3, out.failed(), text);
        assertEquals(3, out.inputFailures(), text);
        assertTrue(text.contains("analysis 'scale' has no output table 'nosuchtable'; it has: scores"), text);
        assertTrue(text.contains("analysis 'other'") && text.contains("nosuchcolumn"), text);
        assertTrue(text.contains("analysis 'uses_scaled': column 'scaled' is not in the data"), text);
        assertEquals(7.5, mean(d.resolve("out/independent.json")), 1e-12, "later analyses still ran");
        assertTrue(Files.isRegularFile(d.resolve("out/scale.json")), "the estimator's result is kept for diagnosis");
        String report = Files.readString(out.report());
        assertTrue(report.contains("## scale (test.scale)") && report.contains("**Failed (bad output binding):**"), report);
        assertTrue(report.contains("## independent (test.mean)"), report);
        Study recorded = StudyFiles.load(file);
        assertEquals(ResultStatus.FAILED_INPUT, StudyFiles.findAnalysis(recorded, "scale").orElseThrow().getResult().getStatus());
        assertEquals(ResultStatus.OK, StudyFiles.findAnalysis(recorded, "independent").orElseThrow().getResult().getStatus());
    }

    @Test
    void aBugInOneEstimatorLosesNeitherTheOthersNorTheReport() throws IOException {
        Path d = dir();
        Study s = study(d);
        Dataset ds = s.getDatasets().get(0);
        analysis(s, ds, "boom", "test.boom");
        analysis(s, ds, "good", "test.mean", "column", "y");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StudyRunner.Outcome out = new StudyRunner(registry(), "test").run(file, d.resolve("out"),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(1, out.failed());
        assertEquals(0, out.inputFailures());
        assertEquals(7.5, mean(d.resolve("out/good.json")), 1e-12);
        assertTrue(Files.readString(out.report()).contains("**Internal error:** java.lang.IllegalStateException: bug in test.boom"));
        org.carbonlab.model.Result r = StudyFiles.findAnalysis(StudyFiles.load(file), "boom").orElseThrow().getResult();
        assertEquals(ResultStatus.FAILED_ESTIMATION, r.getStatus());
        assertTrue(r.getSummary().contains("bug in test.boom"), r.getSummary());
    }

    @Test
    void anAnalysisNamedWithDotDotCannotWriteOutsideTheOutputFolder() throws IOException {
        Path d = dir();
        Files.writeString(d.resolve("panel.csv"), "id,year,y\nA,2001,1\nA,2002,4\n");
        Path file = d.resolve("s.carbonlab");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0" name="s">
                  <datasets name="panel" source="panel.csv" entityColumn="id" timeColumn="year"/>
                  <analyses name="../escaped" estimatorId="test.mean" dataset="panel">
                    <parameters name="column" value="y"/>
                  </analyses>
                </carbonlab:Study>
                """);
        InputException e = assertThrows(InputException.class, () -> run(file, d.resolve("out")));
        assertTrue(e.problems().get(0).contains("analysis name '../escaped' is not allowed"), e.problems().toString());
        assertFalse(Files.exists(d.resolve("escaped.json")));
        assertFalse(Files.exists(d.resolve("out")));
    }

    private static Variable variable(Study s, String name, String derivation) {
        Variable v = ModelFactory.eINSTANCE.createVariable();
        v.setName(name);
        v.setDerivation(derivation);
        s.getVariables().add(v);
        return v;
    }

    @Test
    void aVariableMayBeDefinedAfterOneThatUsesIt() throws IOException {
        Path d = dir();
        Study s = study(d);
        // written in the wrong order: quad uses double_y, which uses root_y's neighbour y
        variable(s, "quad", "double_y * 2");
        variable(s, "double_y", "y * 2");
        analysis(s, s.getDatasets().get(0), "m", "test.mean", "column", "quad");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        run(file, d.resolve("out"));
        // y = 1, 4, 9, 16 → ×4 → mean 30
        assertEquals(30.0, mean(d.resolve("out/m.json")), 1e-12);
    }

    @Test
    void variablesThatUseEachOtherAreReportedAsACycleNamingThem() throws IOException {
        Path d = dir();
        Study s = study(d);
        variable(s, "a", "b + 1");
        variable(s, "b", "c * 2");
        variable(s, "c", "a - y");
        analysis(s, s.getDatasets().get(0), "m", "test.mean", "column", "a");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        InputException e = assertThrows(InputException.class, () -> run(file, d.resolve("out")));
        assertEquals("variables defined through each other (a cycle): 'a' = b + 1 uses 'b' = c * 2 uses 'c' = a - y"
                + " uses 'a'; no order can compute them", e.getMessage());
        assertFalse(Files.exists(d.resolve("out")), "nothing is written");
    }

    @Test
    void anInterruptedRunLeavesCompleteResultsNoReportAndAnUnchangedStudy() throws IOException {
        Path d = dir();
        Study s = study(d);
        Dataset ds = s.getDatasets().get(0);
        analysis(s, ds, "first", "test.mean", "column", "y");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        run(file, d.resolve("out"));
        assertTrue(Files.exists(d.resolve("out/report.md")));
        // the second run is killed in its second analysis
        analysis(s, ds, "second", "test.killed");
        StudyFiles.save(s, file);
        byte[] before = Files.readAllBytes(file);
        assertThrows(java.util.concurrent.CancellationException.class, () -> run(file, d.resolve("out")));
        assertEquals(7.5, mean(d.resolve("out/first.json")), 1e-12, "the finished result is complete");
        assertFalse(Files.exists(d.resolve("out/report.md")), "no report: the run did not finish (the old one is gone)");
        try (var files = Files.list(d.resolve("out"))) {
            assertEquals(List.of("first.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file), "the study is not recorded");
    }

    @Test
    void anOutputFolderThatIsAFileIsAnErrorNamingIt() throws IOException {
        Path d = dir();
        Study s = study(d);
        analysis(s, s.getDatasets().get(0), "m", "test.mean", "column", "y");
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        Path out = d.resolve("out.txt");
        Files.writeString(out, "keep");
        InputException e = assertThrows(InputException.class, () -> run(file, out));
        assertEquals("cannot write results to " + out + ": it is a file, not a folder", e.getMessage());
        assertEquals("keep", Files.readString(out));
    }

    private static OutputBinding binding(String table, String column, String variable) {
        OutputBinding o = ModelFactory.eINSTANCE.createOutputBinding();
        o.setTable(table);
        o.setColumn(column);
        o.setVariable(variable);
        return o;
    }

    private static double mean(Path json) throws IOException {
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        return o.getAsJsonObject("statistics").get("mean").getAsDouble();
    }
}
