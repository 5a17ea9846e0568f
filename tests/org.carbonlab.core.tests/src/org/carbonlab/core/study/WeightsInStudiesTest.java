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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.TestFiles;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.WeightsFile;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Study;
import org.carbonlab.model.WeightEntry;
import org.carbonlab.model.WeightMatrix;
import org.carbonlab.model.persistence.StudyFiles;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A spatial-looking estimator contributed by this fragment ({@code test.spatial.lag}, see
 * fragment.xml) receives W through the context from a study: a WeightMatrix element with a source
 * file and one with inline entries. Reference: Moran's I of CRIME under row-standardised queen
 * contiguity, spdep 1.2-7 (columbus expected.json), rel 1e-10; W·y against a brute-force mean of
 * the neighbours, 1e-12.
 */
class WeightsInStudiesTest {
    private static final double MORAN_CRIME = 0.48577091366177316;

    /** An estimator that uses no weights. */
    public static final class NoWeights implements Estimator {
        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of();
        }

        @Override
        public Result estimate(EstimationContext c) {
            return new Result("test.noweights");
        }
    }

    private static EstimatorRegistry registry() {
        // From the extension registry, so test.spatial.lag comes from this fragment's fragment.xml.
        return EstimatorRegistry.fromExtensions()
                .register(new EstimatorDescriptor("test.noweights", "No weights", "test", "1", null, "tests", NoWeights::new));
    }

    private static Path studyDir() throws IOException {
        Path base = TestFiles.outputDir("weights-studies");
        Path d = Files.createTempDirectory(base, "study");
        for (String f : List.of("data.csv", "W_queen.csv", "W_queen_edges.csv")) {
            Files.copy(TestFiles.resource("spatial/columbus/" + f), d.resolve(f));
        }
        return d;
    }

    private static Study study() {
        Study s = StudyFiles.create("weights test");
        Dataset ds = ModelFactory.eINSTANCE.createDataset();
        ds.setName("columbus");
        ds.setSource("data.csv");
        ds.setEntityColumn("POLYID");
        ds.setTimeColumn("year");
        s.getDatasets().add(ds);
        return s;
    }

    private static WeightMatrix fileMatrix(Study s, String name, String source) {
        WeightMatrix m = ModelFactory.eINSTANCE.createWeightMatrix();
        m.setName(name);
        m.setSource(source);
        m.setStandardisation(org.carbonlab.model.Standardisation.ROW);
        s.getWeightMatrices().add(m);
        return m;
    }

    /** The queen matrix written into the study, optionally without the links of one entity. */
    private static WeightMatrix inlineMatrix(Study s, String name, Path edges, String without) throws IOException {
        WeightMatrix m = ModelFactory.eINSTANCE.createWeightMatrix();
        m.setName(name);
        m.setStandardisation(org.carbonlab.model.Standardisation.ROW);
        for (String line : Files.readAllLines(edges).subList(1, 231)) {
            String[] c = line.split(",");
            if (c[0].equals(without) || c[1].equals(without)) {
                continue;
            }
            WeightEntry e = ModelFactory.eINSTANCE.createWeightEntry();
            e.setFrom(c[0]);
            e.setTo(c[1]);
            e.setValue(Double.parseDouble(c[2]));
            m.getEntries().add(e);
        }
        s.getWeightMatrices().add(m);
        return m;
    }

    private static Analysis analysis(Study s, String name, String estimator, WeightMatrix w, String... params) {
        Analysis a = ModelFactory.eINSTANCE.createAnalysis();
        a.setName(name);
        a.setEstimatorId(estimator);
        a.setDataset(s.getDatasets().get(0));
        a.setWeightMatrix(w);
        for (int i = 0; i < params.length; i += 2) {
            ParameterValue p = ModelFactory.eINSTANCE.createParameterValue();
            p.setName(params[i]);
            p.setValue(params[i + 1]);
            a.getParameters().add(p);
        }
        s.getAnalyses().add(a);
        return a;
    }

    private record Run(StudyRunner.Outcome outcome, String log, Path out) {
        JsonObject json(String analysis) throws IOException {
            return JsonParser.parseString(Files.readString(out.resolve(analysis + ".json"))).getAsJsonObject();
        }
    }

    private static Run run(Study s, Path dir) throws IOException {
        Path file = dir.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StudyRunner.Outcome o = new StudyRunner(registry(), "test").run(file, dir.resolve("out"),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        return new Run(o, log.toString(StandardCharsets.UTF_8), dir.resolve("out"));
    }

    /** Moran's I in both years, and W·y as the mean of the neighbours' values read from the files. */
    private static void assertQueenResult(JsonObject r, Path dir) throws IOException {
        JsonArray moran = r.getAsJsonObject("tables").getAsJsonObject("moran").getAsJsonArray("rows");
        assertEquals(2, moran.size());
        for (int k = 0; k < 2; k++) {
            double i = moran.get(k).getAsJsonArray().get(1).getAsDouble();
            assertEquals(MORAN_CRIME, i, 1e-10 * MORAN_CRIME, "year " + moran.get(k).getAsJsonArray().get(0));
        }
        PanelFrame data = DataReader.readPanel(dir.resolve("data.csv"), null, "POLYID", "year");
        double[] crime = data.numeric("CRIME");
        Map<String, Double> crime2000 = new HashMap<>();
        for (int row = 0; row < data.rows(); row++) {
            if (data.time(row) == 2000) {
                crime2000.put(data.entityLabel(row), crime[row]);
            }
        }
        List<String> lines = Files.readAllLines(dir.resolve("W_queen.csv"));
        String[] header = lines.get(0).split(",");
        Map<String, Double> expected = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            double sum = 0;
            int count = 0;
            for (int j = 0; j < cells.length; j++) {
                if (cells[j].equals("1")) {
                    sum += crime2000.get(header[j]);
                    count++;
                }
            }
            expected.put(header[i - 1], sum / count);
        }
        JsonArray lag = r.getAsJsonObject("tables").getAsJsonObject("lag").getAsJsonArray("rows");
        int checked = 0;
        for (var row : lag) {
            JsonArray a = row.getAsJsonArray();
            if (a.get(1).getAsLong() == 2000) {
                assertEquals(expected.get(a.get(0).getAsString()), a.get(3).getAsDouble(), 1e-12, "entity " + a.get(0));
                checked++;
            }
        }
        assertEquals(49, checked);
    }

    @Test
    void aSpatialEstimatorGetsWFromAStudyElementWithASourceFile() throws IOException {
        Path dir = studyDir();
        Study s = study();
        analysis(s, "moran", "test.spatial.lag", fileMatrix(s, "queen", "W_queen.csv"), "variable", "CRIME");
        Run run = run(s, dir);
        assertEquals(0, run.outcome().failed(), run.log());
        JsonObject r = run.json("moran");
        assertQueenResult(r, dir);
        JsonObject w = r.getAsJsonObject("provenance").getAsJsonObject("weights").getAsJsonObject("queen");
        assertEquals(DataReader.sha256(Files.readAllBytes(dir.resolve("W_queen.csv"))), w.get("sha256").getAsString());
        assertEquals("row", w.get("standardisation").getAsString());
        assertEquals(SpatialWeights.FORMAT_DENSE_CSV, w.get("format").getAsString());
        assertEquals(49, w.get("n").getAsInt());
        assertEquals(230, w.get("links").getAsInt());
    }

    @Test
    void aSpatialEstimatorGetsWFromEntriesWrittenInTheStudy() throws IOException {
        Path dir = studyDir();
        Study s = study();
        WeightMatrix m = inlineMatrix(s, "queen_inline", dir.resolve("W_queen_edges.csv"), null);
        analysis(s, "moran", "test.spatial.lag", m, "variable", "CRIME", "matrix", "queen_inline");
        Run run = run(s, dir);
        assertEquals(0, run.outcome().failed(), run.log());
        JsonObject r = run.json("moran");
        assertQueenResult(r, dir);
        JsonObject w = r.getAsJsonObject("provenance").getAsJsonObject("weights").getAsJsonObject("queen_inline");
        assertEquals("study element queen_inline", w.get("source").getAsString());
        assertEquals(SpatialWeights.FORMAT_STUDY, w.get("format").getAsString());
        assertEquals(64, w.get("sha256").getAsString().length());
    }

    @Test
    void missingAndIgnoredMatricesAreReported() throws IOException {
        Path dir = studyDir();
        Study s = study();
        WeightMatrix queen = fileMatrix(s, "queen", "W_queen.csv");
        analysis(s, "no_matrix", "test.spatial.lag", null, "variable", "CRIME");
        analysis(s, "short_matrix", "test.spatial.lag", inlineMatrix(s, "short", dir.resolve("W_queen_edges.csv"), "17"),
                "variable", "CRIME");
        analysis(s, "bad_value", "test.spatial.lag", fileMatrix(s, "broken", "nosuch.csv"), "variable", "CRIME");
        analysis(s, "ignored", "test.noweights", queen);
        Run run = run(s, dir);
        assertEquals(3, run.outcome().failed(), run.log());
        assertEquals(3, run.outcome().inputFailures(), run.log());
        assertTrue(run.log().contains("analysis 'no_matrix': estimator test.spatial.lag needs a spatial weight matrix:"
                + " give --weights FILE (or weightMatrix in the study)"), run.log());
        assertTrue(run.log().contains("analysis 'short_matrix': the spatial weight matrix study element short has no"
                + " entity '17'"), run.log());
        assertTrue(run.log().contains("analysis 'bad_value': weights file not found") && run.log().contains("nosuch.csv"),
                run.log());
        JsonArray warnings = run.json("ignored").getAsJsonArray("warnings");
        assertEquals("weight matrix 'queen' is ignored: test.noweights does not use spatial weights",
                warnings.get(0).getAsString());
    }

    @Test
    void extraEntitiesOfAStudyMatrixAreRefusedUnlessItsDropExtraParameterSaysSo() throws IOException {
        Path dir = studyDir();
        Files.writeString(dir.resolve("W_extra.csv"), Files.readString(dir.resolve("W_queen_edges.csv")) + "99,,\n");
        Study s = study();
        analysis(s, "refused", "test.spatial.lag", fileMatrix(s, "extra", "W_extra.csv"), "variable", "CRIME");
        WeightMatrix dropping = fileMatrix(s, "extra_dropped", "W_extra.csv");
        ParameterValue p = ModelFactory.eINSTANCE.createParameterValue();
        p.setName(WeightMatrices.DROP_EXTRA);
        p.setValue("true");
        dropping.getParameters().add(p);
        analysis(s, "dropped", "test.spatial.lag", dropping, "variable", "CRIME");
        Run run = run(s, dir);
        assertEquals(1, run.outcome().failed(), run.log());
        assertTrue(run.log().contains("analysis 'refused': weight matrix 'extra' (")
                && run.log().contains("1 entity that the data do not have: '99'"), run.log());
        // drop_extra is the element's own parameter: the matrix is still read from its file, not built
        JsonObject r = run.json("dropped");
        assertQueenResult(r, dir);
        assertTrue(r.getAsJsonArray("warnings").get(0).getAsString()
                .contains("weight matrix 'extra_dropped': 1 of its entities are not in the data"), r.toString());
    }

    @Test
    void studyElementsAreCheckedWhenRead() throws IOException {
        Path dir = studyDir();
        WeightMatrix zero = ModelFactory.eINSTANCE.createWeightMatrix();
        zero.setName("z");
        WeightEntry e = ModelFactory.eINSTANCE.createWeightEntry();
        e.setFrom("A");
        e.setTo("B");
        zero.getEntries().add(e);
        String msg = assertThrows(InputException.class, () -> WeightMatrices.read(zero, dir)).getMessage();
        assertTrue(msg.contains("entry 1 ('A' -> 'B') has no value"), msg);
        zero.getEntities().addAll(List.of("A", "C"));
        e.setValue(1);
        msg = assertThrows(InputException.class, () -> WeightMatrices.read(zero, dir)).getMessage();
        assertTrue(msg.contains("names 'B', which is not among the matrix's entities"), msg);
        zero.getEntities().add("B");
        SpatialWeights w = WeightMatrices.read(zero, dir);
        assertEquals(List.of("A", "C", "B"), w.entities());
        assertEquals(List.of("C", "B"), w.isolateIds());

        WeightMatrix both = ModelFactory.eINSTANCE.createWeightMatrix();
        both.setName("both");
        both.setSource("W_queen.csv");
        both.getEntries().add(e);
        msg = assertThrows(InputException.class, () -> WeightMatrices.read(both, dir)).getMessage();
        assertTrue(msg.contains("both a source file"), msg);

        WeightMatrix spectral = ModelFactory.eINSTANCE.createWeightMatrix();
        spectral.setName("sp");
        spectral.setSource("W_queen.csv");
        spectral.setStandardisation(org.carbonlab.model.Standardisation.SPECTRAL);
        SpatialWeights sp = WeightMatrices.read(spectral, dir);
        assertEquals(1.0, org.carbonlab.core.weights.SpectralRadius.of(sp), 1e-9, "a study's spectral matrix");
        assertEquals(org.carbonlab.core.weights.Standardisation.SPECTRAL, sp.provenance().standardisation());
    }

    @Test
    void theRunnerAlignsOnceAndTheContextNamesItsMatrices() throws IOException {
        Path dir = studyDir();
        PanelFrame data = DataReader.readPanel(dir.resolve("data.csv"), null, "POLYID", "year");
        SpatialWeights queen = WeightsFile.read(dir.resolve("W_queen.csv"));
        EstimatorDescriptor lag = registry().get("test.spatial.lag");
        // A matrix with more entities than the data: refused by default, naming the entity; when
        // dropping is asked for, the extra one is dropped with a warning.
        PanelFrame without49 = data.subset(java.util.stream.IntStream.range(0, data.rows())
                .filter(i -> !data.entityLabel(i).equals("49")).toArray());
        String refused = assertThrows(InputException.class, () -> new EstimationRunner("t").run(lag, without49,
                Map.of("variable", "CRIME"), Map.of("queen", queen), ProgressMonitor.NULL)).getMessage();
        assertTrue(refused.contains("weight matrix 'queen'") && refused.contains("1 entity that the data do not have:"
                + " '49'") && refused.contains("drop_extra"), refused);
        Result r = new EstimationRunner("t").droppingExtraWeightEntities(true).run(lag, without49,
                Map.of("variable", "CRIME"), Map.of("queen", queen), ProgressMonitor.NULL);
        assertTrue(r.warnings().get(0).contains("weight matrix 'queen': 1 of its entities are not in the data")
                && r.warnings().get(0).contains("'49'"), r.warnings().toString());
        // The context: unaligned matrices are refused, names are looked up with suggestions.
        assertThrows(IllegalArgumentException.class, () -> new EstimationContext(data, null, ProgressMonitor.NULL, 1L,
                Map.of("queen", queen)));
        EstimationContext c = new EstimationContext(data, null, ProgressMonitor.NULL, 1L,
                Map.of("queen", queen.alignTo(data.entityLabels()).weights()));
        assertEquals("1", c.weights().entities().get(0));
        String msg = assertThrows(InputException.class, () -> c.weights("quen")).getMessage();
        assertTrue(msg.contains("did you mean 'queen'"), msg);
        msg = assertThrows(InputException.class, () -> EstimationContext.of(data, null).weights()).getMessage();
        assertTrue(msg.contains("needs a spatial weight matrix"), msg);
    }
}
