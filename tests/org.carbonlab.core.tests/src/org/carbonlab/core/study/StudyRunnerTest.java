package org.carbonlab.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static EstimatorRegistry registry() {
        return new EstimatorRegistry()
                .register(new EstimatorDescriptor("test.scale", "Scale", "test", "1", null, "tests", Scale::new))
                .register(new EstimatorDescriptor("test.mean", "Mean", "test", "1", null, "tests", Mean::new));
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

    private static double mean(Path json) throws IOException {
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        return o.getAsJsonObject("statistics").get("mean").getAsDouble();
    }
}
