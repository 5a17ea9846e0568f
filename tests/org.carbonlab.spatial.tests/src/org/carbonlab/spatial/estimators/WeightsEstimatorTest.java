package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.WeightsFile;
import org.carbonlab.spatial.weights.EdgeListWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spatial.weights} end to end on small panels solved by hand and on Columbus: islands (error, keep, link),
 * k ≥ n, asymmetric kNN, economic distance over a period range, coordinates that change or are missing, the
 * standardisations, and the written file read back by WeightsFile to the same matrix.
 */
class WeightsEstimatorTest {
    @TempDir
    Path dir;

    private static Result run(PanelFrame data, SpatialWeights given, String... kv) {
        WeightsEstimator e = new WeightsEstimator();
        Map<String, String> raw = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            raw.put(kv[i], kv[i + 1]);
        }
        Parameters p = e.parameters().resolve(raw);
        EstimationContext c = new EstimationContext(data, p, ProgressMonitor.NULL, 1,
                given == null ? Map.of() : Map.of("W", given.alignTo(data.entityLabels()).weights()));
        List<String> problems = e.validate(c);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return e.estimate(c);
    }

    /** Four units: A, B, C on a line 1 apart, D far away (an island for a small band). */
    private static PanelFrame line() {
        return PanelFrame.builder().entityColumn("id").crossSection().entities("A", "B", "C", "D")
                .column("x", 0, 1, 2, 10).column("y", 0, 0, 0, 0).column("gdp", 1, 2, 4, 8).build();
    }

    @Test
    void anIslandIsAnErrorNamingIt() {
        InputException ex = assertThrows(InputException.class,
                () -> run(line(), null, "method", "distance", "x", "x", "y", "y", "cutoff", "1.5"));
        assertTrue(ex.getMessage().contains("'D'"), ex.getMessage());
    }

    @Test
    void islandsKeptAsZeroRowsWithAWarning() {
        Result r = run(line(), null, "method", "distance", "x", "x", "y", "y", "cutoff", "1.5", "islands", "keep");
        assertEquals(1, r.statistic("islands"));
        assertEquals(2, r.statistic("components"));
        assertEquals(4, r.statistic("links"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'D'")), r.warnings()::toString);
    }

    @Test
    void linkJoinsTheIslandWithItsInverseDistanceWeight() {
        Result r = run(line(), null, "method", "distance", "x", "x", "y", "y", "cutoff", "1.5", "link", "D:C",
                "standardise", "none");
        assertEquals(0, r.statistic("islands"));
        assertEquals(1, r.statistic("components"));
        assertEquals(6, r.statistic("links"));
        // S0 = 2·(1 + 1) + 2·(1/8)
        assertEquals(4.25, (double) r.statistic("S0"), 1e-15);
        assertEquals(true, r.statistic("symmetric"));
    }

    @Test
    void kOfAtLeastNIsAnError() {
        InputException ex = assertThrows(InputException.class,
                () -> run(line(), null, "method", "knn", "k", "4", "x", "x", "y", "y"));
        assertTrue(ex.getMessage().contains("k=4") && ex.getMessage().contains("at most 3"), ex.getMessage());
    }

    @Test
    void asymmetricKnnIsReportedAndSymmetrisedOnRequest() {
        Result r = run(line(), null, "method", "knn", "k", "1", "x", "x", "y", "y", "standardise", "none");
        // A→B, B→A (tie with C: the first), C→B, D→C
        assertEquals(false, r.statistic("symmetric"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("not symmetric")), r.warnings()::toString);
        Result s = run(line(), null, "method", "knn", "k", "1", "x", "x", "y", "y", "symmetrise", "true",
                "standardise", "binary");
        assertEquals(true, s.statistic("symmetric"));
        assertEquals(6, s.statistic("links"));
        assertEquals(1.0, (double) s.statistic("mean_neighbours") * 4 / 6, 1e-15);
    }

    @Test
    void economicDistanceOverAPeriodRange() {
        // means over 2001:2002: A 1, B 3, C 6 (the 2000 values are left out)
        PanelFrame f = PanelFrame.builder().entityColumn("id").timeColumn("year")
                .entities("A", "A", "A", "B", "B", "B", "C", "C", "C").times(2000, 2001, 2002, 2000, 2001, 2002,
                        2000, 2001, 2002)
                .column("gdp", 100, 1, 1, 100, 2, 4, 0, 5, 7).build();
        Result r = run(f, null, "method", "economic", "variable", "gdp", "periods", "2001:2002", "standardise",
                "none");
        assertEquals(0.5 + 0.2 + 1.0 / 3, (double) r.statistic("S0") / 2, 1e-15);
        InputException ex = assertThrows(InputException.class, () -> run(f, null, "method", "economic", "variable",
                "gdp", "periods", "2000:2000"));
        assertTrue(ex.getMessage().contains("'A'") && ex.getMessage().contains("'B'"), ex.getMessage());
    }

    @Test
    void coordinatesMustBeConstantAndPresent() {
        PanelFrame moving = PanelFrame.builder().entityColumn("id").timeColumn("year").entities("A", "A", "B", "B")
                .times(1, 2, 1, 2).column("x", 0, 0, 1, 2).column("y", 0, 0, 0, 0).build();
        InputException ex = assertThrows(InputException.class,
                () -> run(moving, null, "method", "knn", "k", "1", "x", "x", "y", "y"));
        assertTrue(ex.getMessage().contains("'B'") && ex.getMessage().contains("'x'"), ex.getMessage());
        PanelFrame missing = PanelFrame.builder().entityColumn("id").crossSection().entities("A", "B", "C")
                .column("x", 0, Double.NaN, 1).column("y", 0, 0, 0).build();
        ex = assertThrows(InputException.class, () -> run(missing, null, "method", "knn", "k", "1", "x", "x", "y",
                "y"));
        assertTrue(ex.getMessage().contains("'B'"), ex.getMessage());
    }

    /** Contiguity re-standardises the given Columbus queen matrix: S0 = n row-standardised, = links as given. */
    @Test
    void contiguityReportsColumbusChecks() throws IOException {
        SpatialWeights queen = Columbus.weights(false);
        Result r = run(Columbus.data(), queen, "method", "contiguity");
        assertEquals(49, r.statistic("n"));
        assertEquals(queen.links(), r.statistic("links"));
        assertEquals(49.0, (double) r.statistic("S0"), 1e-12);
        assertEquals(1, r.statistic("components"));
        assertEquals("row", r.statistic("standardisation"));
        Result spectral = run(Columbus.data(), queen, "method", "contiguity", "standardise", "spectral");
        assertEquals("spectral", spectral.statistic("standardisation"));
        Result binary = run(Columbus.data(), queen, "method", "contiguity", "standardise", "none");
        assertEquals((double) queen.links(), (double) binary.statistic("S0"), 0.0);
    }

    /** file=PATH writes an edge list that WeightsFile reads back to exactly the same matrix (isolate included). */
    @Test
    void writtenFileReadsBackToTheSameMatrix() throws IOException {
        Path file = dir.resolve("w.csv");
        run(line(), null, "method", "distance", "x", "x", "y", "y", "cutoff", "1.5", "islands", "keep",
                "file", file.toString());
        SpatialWeights back = WeightsFile.read(file);
        SpatialWeights expected = SpatialWeights.builder(List.of("A", "B", "C", "D"), "t", "t").link(0, 1, 1.0)
                .link(1, 0, 0.5).link(1, 2, 0.5).link(2, 1, 1.0).build();
        SpatialWeights aligned = back.alignTo(List.of("A", "B", "C", "D")).weights();
        assertEquals(4, aligned.n());
        assertEquals(expected.links(), aligned.links());
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected.weight(i, j), aligned.weight(i, j), 1e-15);
            }
        }
        // a Columbus distance matrix with arbitrary doubles: bit-for-bit after the round trip
        SpatialWeights idw = Columbus.weights(true);
        Path out = dir.resolve("columbus.csv");
        EdgeListWriter.write(idw, out);
        SpatialWeights read = WeightsFile.read(out).alignTo(idw.entities()).weights();
        assertEquals(idw.canonicalSha256(), read.canonicalSha256());
    }

    @Test
    void theInputDataIsNotOverwritten() throws IOException {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, "id,x,y\nA,0,0\nB,1,0\nC,3,0\n");
        PanelFrame f = PanelFrame.builder().entityColumn("id").crossSection().entities("A", "B", "C")
                .column("x", 0, 1, 3).column("y", 0, 0, 0).source(data.toString()).build();
        InputException ex = assertThrows(InputException.class,
                () -> run(f, null, "method", "knn", "k", "1", "x", "x", "y", "y", "file", data.toString()));
        assertTrue(ex.getMessage().contains("input"), ex.getMessage());
        assertEquals("id,x,y\nA,0,0\nB,1,0\nC,3,0\n", Files.readString(data));
    }

    /**
     * border=true: inverse distance kept only on the pairs the 0/1 border matrix links (hand-solved: A-B 1/1, B-C 1/1,
     * C-D 1/8; A and C are 2 apart but do not border); without --weights it is an input error.
     */
    @Test
    void borderFlagCombinedWithDistance() {
        SpatialWeights border = SpatialWeights.builder(List.of("A", "B", "C", "D"), "border.csv", "t")
                .link(0, 1, 1).link(1, 0, 1).link(1, 2, 1).link(2, 1, 1).link(2, 3, 1).link(3, 2, 1).build();
        Result r = run(line(), border, "method", "distance", "x", "x", "y", "y", "border", "true", "standardise",
                "none");
        assertEquals(6, r.statistic("links"));
        double[][] expected = {{0, 1, 0, 0}, {1, 0, 1, 0}, {0, 1, 0, 0.125}, {0, 0, 0.125, 0}};
        var edges = r.tables().get("weights");
        int rows = 0;
        for (List<Object> row : edges.rows()) {
            int i = "ABCD".indexOf((String) row.get(0));
            int j = "ABCD".indexOf((String) row.get(1));
            assertEquals(expected[i][j], ((Number) row.get(2)).doubleValue(), 1e-15, row::toString);
            rows++;
        }
        assertEquals(6, rows);
        assertEquals("border.csv", r.statistic("border"));
        InputException noBorder = assertThrows(InputException.class,
                () -> run(line(), null, "method", "distance", "x", "x", "y", "y", "border", "true"));
        assertTrue(noBorder.getMessage().contains("border=true needs"), noBorder.getMessage());
        InputException flagOnly = assertThrows(InputException.class,
                () -> run(line(), border, "method", "distance", "x", "x", "y", "y"));
        assertTrue(flagOnly.getMessage().contains("border=true"), flagOnly.getMessage());
    }

    /** file_format=dense (and auto for small n) writes the n x n file with ids, read back to the same matrix. */
    @Test
    void denseFileForSmallN() throws IOException {
        Path file = dir.resolve("dense.csv");
        Result r = run(Columbus.data(), null, "method", "knn", "k", "4", "x", "X", "y", "Y", "file", file.toString());
        assertEquals("dense", r.statistic("file_format"));
        List<String> lines = Files.readAllLines(file);
        assertEquals(50, lines.size());
        assertTrue(lines.get(0).startsWith("id,"), lines.get(0));
        assertEquals(50, lines.get(0).split(",").length);
        assertEquals(50, lines.get(1).split(",").length);
        SpatialWeights back = WeightsFile.read(file);
        Path edges = dir.resolve("edges.csv");
        run(Columbus.data(), null, "method", "knn", "k", "4", "x", "X", "y", "Y", "file", edges.toString(),
                "file_format", "edges");
        assertTrue(Files.readString(edges).startsWith("from,to,weight\n"));
        SpatialWeights fromEdges = WeightsFile.read(edges).alignTo(back.entities()).weights();
        assertEquals(back.canonicalSha256(), fromEdges.canonicalSha256());
        assertEquals(49 * 4, back.links());
    }
}
