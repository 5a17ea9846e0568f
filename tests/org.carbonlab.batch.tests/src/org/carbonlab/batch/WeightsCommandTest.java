package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate --weights}: a spatial-looking estimator receives W from the command line
 * (dense and edge-list files, named and unnamed, several at once), and every problem exits 2 with a
 * message naming the file, line or entity. Reference: Moran's I of Columbus CRIME under row-standardised
 * queen contiguity (spdep 1.2-7), rel 1e-10.
 */
class WeightsCommandTest {
    private static final double MORAN_CRIME = 0.48577091366177316;
    private static final EstimatorRegistry REGISTRY = EstimatorRegistry.fromExtensions()
            .register(new EstimatorDescriptor(SpatialMoranTestEstimator.ID, "Moran's I (test)", "test", "1", null,
                    "org.carbonlab.batch.tests", SpatialMoranTestEstimator::new));

    private static Path dir(TestInfo info) {
        return Cli.freshDir("weights-" + info.getTestMethod().orElseThrow().getName());
    }

    private static List<String> moran(String... more) {
        List<String> args = new ArrayList<>(List.of("estimate", SpatialMoranTestEstimator.ID, "--data",
                Cli.resource("columbus/data.csv").toString(), "--entity", "POLYID", "--time", "year", "--set",
                "variable=CRIME"));
        args.addAll(List.of(more));
        return args;
    }

    private static Cli.Run run(List<String> args) {
        return Cli.run(REGISTRY, args.toArray(String[]::new));
    }

    private static void assertMoran(JsonObject result) {
        JsonArray rows = result.getAsJsonObject("tables").getAsJsonObject("moran").getAsJsonArray("rows");
        assertEquals(2, rows.size());
        for (var row : rows) {
            assertEquals(MORAN_CRIME, row.getAsJsonArray().get(1).getAsDouble(), 1e-10 * MORAN_CRIME, row.toString());
        }
    }

    private static void assertErr(Cli.Run run, String... parts) {
        for (String p : parts) {
            assertTrue(run.err().contains(p), () -> "'" + p + "' not on stderr:\n" + run.describe());
        }
    }

    @Test
    void aDenseFileReachesTheEstimatorNamedAfterItsFile() throws IOException {
        Path w = Cli.resource("columbus/W_queen.csv");
        Cli.Run run = run(moran("--weights", w.toString())).ok();
        JsonObject r = run.json();
        assertMoran(r);
        JsonObject p = r.getAsJsonObject("provenance").getAsJsonObject("weights").getAsJsonObject("W_queen");
        assertEquals(DataReader.sha256(Files.readAllBytes(w)), p.get("sha256").getAsString());
        assertEquals("dense-csv", p.get("format").getAsString());
        assertEquals(230, p.get("links").getAsInt());
        // the folder is left out: a checkout path may itself contain "weight"
        assertTrue(!run.err().replace(w.getParent().toString(), "").contains("weight"), run::describe);
    }

    @Test
    void namedEdgeListsAndSeveralMatrices() {
        String dense = Cli.resource("columbus/W_queen.csv").toString();
        String edges = Cli.resource("columbus/W_queen_edges.csv").toString();
        JsonObject r = run(moran("--weights", "queen=" + edges)).ok().json();
        assertMoran(r);
        assertEquals("edge-list-csv", r.getAsJsonObject("provenance").getAsJsonObject("weights")
                .getAsJsonObject("queen").get("format").getAsString());
        // Two matrices; the estimator picks one by name. Binary W: global (C) scaling gives the same I
        // as no scaling, which differs from the row-standardised reference.
        JsonObject two = run(moran("--weights", "a=" + dense, "--weights=b=" + edges, "--set", "matrix=b", "--set",
                "standardise=C")).ok().json();
        JsonObject used = two.getAsJsonObject("provenance").getAsJsonObject("weights");
        assertEquals(2, used.size());
        double binary = two.getAsJsonObject("tables").getAsJsonObject("moran").getAsJsonArray("rows").get(0)
                .getAsJsonArray().get(1).getAsDouble();
        assertTrue(Math.abs(binary - MORAN_CRIME) > 1e-3, "binary W gives another I: " + binary);
        JsonObject none = run(moran("--weights", "a=" + dense, "--weights=b=" + edges, "--set", "matrix=a", "--set",
                "standardise=none")).ok().json();
        assertEquals(binary, none.getAsJsonObject("tables").getAsJsonObject("moran").getAsJsonArray("rows").get(0)
                .getAsJsonArray().get(1).getAsDouble(), 1e-12);
    }

    @Test
    void anEntityMissingFromWIsAnInputErrorNamingIt(TestInfo info) throws IOException {
        List<String> lines = Files.readAllLines(Cli.resource("columbus/W_queen_edges.csv"));
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            String[] c = l.split(",");
            if (!c[0].equals("17") && !c[1].equals("17")) {
                sb.append(l).append('\n');
            }
        }
        Path w = Cli.write(dir(info), "no17.csv", sb.toString());
        Cli.Run run = run(moran("--weights", w.toString())).expectCode(CommandLine.BAD_INPUT);
        assertErr(run, "carbonlab: error: the spatial weight matrix", "no17.csv", "has no entity '17'");
        assertTrue(run.out().isEmpty(), run::describe);
    }

    @Test
    void entitiesOfWThatTheDataLacksAreRefusedUnlessDroppingIsAsked(TestInfo info) throws IOException {
        String edges = Files.readString(Cli.resource("columbus/W_queen_edges.csv")) + "99,,\n";
        Path w = Cli.write(dir(info), "extra.csv", edges);
        Cli.Run refused = run(moran("--weights", w.toString())).expectCode(CommandLine.BAD_INPUT);
        assertErr(refused, "carbonlab: error: weight matrix 'extra'", "1 entity that the data do not have: '99'",
                "--weights-drop-extra");
        assertTrue(refused.out().isEmpty(), refused::describe);
        Cli.Run run = run(moran("--weights", w.toString(), "--weights-drop-extra")).ok();
        assertMoran(run.json());
        assertErr(run, "carbonlab: warning: weight matrix 'extra': 1 of its entities are not in the data", "'99'");
    }

    @Test
    void theListingSaysWhichEstimatorsUseWeights() {
        JsonArray list = com.google.gson.JsonParser.parseString(Cli.run(REGISTRY, "estimators", "--json").ok().out())
                .getAsJsonArray();
        int seen = 0;
        for (var e : list) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("id").getAsString().equals(SpatialMoranTestEstimator.ID)) {
                assertEquals("required", o.get("weights").getAsString());
                seen++;
            } else if (o.get("id").getAsString().equals("panel.ols")) {
                assertTrue(!o.has("weights"), o::toString);
                seen++;
            }
        }
        assertEquals(2, seen);
    }

    @Test
    void aRequiredMatrixThatIsNotGivenExits2() {
        Cli.Run run = run(moran()).expectCode(CommandLine.BAD_INPUT);
        assertErr(run, "estimator test.spatial.moran needs a spatial weight matrix: give --weights FILE");
    }

    @Test
    void weightsAreIgnoredWithAWarningByEstimatorsThatUseNone(TestInfo info) {
        // The file is not even read: a broken one does not matter.
        Path w = Cli.write(dir(info), "broken.csv", "A,B\n0,x\n");
        Cli.Run run = Cli.run("estimate", "panel.ols", "--data", Cli.grunfeld().toString(), "--entity", "firm", "--time",
                "year", "--set", "formula=inv ~ value + capital", "--weights", w.toString()).ok();
        assertErr(run, "carbonlab: warning: --weights is ignored: panel.ols does not use spatial weights");
    }

    @Test
    void badFilesAndNamesExit2WithTheFileAndLine(TestInfo info) {
        Path d = dir(info);
        Path negative = Cli.write(d, "neg.csv", "from,to,weight\n1,2,1\n2,1,-1\n");
        assertErr(run(moran("--weights", negative.toString())).expectCode(CommandLine.BAD_INPUT), "line 3 of",
                "neg.csv", "'2' -> '1'", "negative");
        Path nonSquare = Cli.write(d, "square.csv", "1,2\n0,1\n");
        assertErr(run(moran("--weights", nonSquare.toString())).expectCode(CommandLine.BAD_INPUT), "square.csv",
                "not square");
        Path one = Cli.write(d, "a/W.csv", "from,to\n1,2\n");
        Path two = Cli.write(d, "b/W.csv", "from,to\n1,2\n");
        assertErr(run(moran("--weights", one.toString(), "--weights", two.toString())).expectCode(CommandLine.BAD_INPUT),
                "two weight matrices are named 'W'");
        assertErr(run(moran("--weights", "q=" + d.resolve("nothere.csv"))).expectCode(CommandLine.BAD_INPUT),
                "weights file not found", "nothere.csv");
    }
}
