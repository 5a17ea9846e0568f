package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate spatial.weights} writes a 4-nearest-neighbour matrix of the Columbus centroids, and
 * {@code spatial.moran --weights} that file gives the Moran's I of CRIME computed here by brute force (dense
 * distances, row-standardised kNN, I = z'Wz / z'z since S0 = n), rel 1e-12. k ≥ n exits 2 naming k.
 */
class SpatialWeightsCommandTest {
    @TempDir
    Path dir;

    @Test
    void knnMatrixFromTheCommandLineFeedsMoran() throws IOException {
        Path data = Cli.resource("columbus/columbus.csv");
        Path file = dir.resolve("knn4.csv");
        JsonObject w = Cli.run("estimate", "spatial.weights", "--data", data.toString(), "--time", "none", "--set",
                "method=knn", "--set", "k=4", "--set", "x=X", "--set", "y=Y", "--set", "file=" + file).ok().json();
        JsonObject stats = w.getAsJsonObject("statistics");
        assertEquals(49, stats.get("n").getAsInt());
        assertEquals(196, stats.get("links").getAsInt());
        assertEquals("row", stats.get("standardisation").getAsString());
        assertTrue(Files.isRegularFile(file));

        JsonObject r = Cli.run("estimate", "spatial.moran", "--data", data.toString(), "--time", "none",
                "--weights", file.toString(), "--set", "variable=CRIME", "--set", "permutations=0").ok().json();
        JsonObject moran = r.getAsJsonObject("tables").getAsJsonObject("moran");
        JsonArray columns = moran.getAsJsonArray("columns");
        int iCol = -1;
        for (int c = 0; c < columns.size(); c++) {
            iCol = columns.get(c).getAsString().equals("I") ? c : iCol;
        }
        double observed = moran.getAsJsonArray("rows").get(0).getAsJsonArray().get(iCol).getAsDouble();
        double expected = bruteForceMoran(Files.readAllLines(data));
        assertEquals(expected, observed, 1e-12 * Math.abs(expected));
    }

    @Test
    void kOfAtLeastNExitsWithAnInputError() {
        Cli.Run run = Cli.run("estimate", "spatial.weights", "--data", Cli.resource("columbus/columbus.csv").toString(),
                "--time", "none", "--set", "method=knn", "--set", "k=49", "--set", "x=X", "--set", "y=Y")
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("k=49"), run::describe);
    }

    /**
     * The same kNN matrix built from a study's WeightMatrix element (parameters as on the command line) feeds the
     * study's spatial.moran: the same brute-force I, rel 1e-12. A bad builder parameter fails that analysis with
     * exit 2, naming the matrix and the parameter; a study border matrix (source file + border=true) keeps the
     * queen links only.
     */
    @Test
    void studyWeightMatrixIsBuiltWithTheSameParameters() throws IOException {
        Path data = Cli.resource("columbus/columbus.csv");
        Path queen = Cli.resource("columbus/W_queen.csv");
        Files.copy(data, dir.resolve("columbus.csv"));
        Files.copy(queen, dir.resolve("W_queen.csv"));
        String header = """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Columbus">
                  <datasets name="columbus" source="columbus.csv" entityColumn="POLYID" timeColumn="none"/>
                  <weightMatrices name="W_knn">
                    <parameters name="method" value="knn"/>
                    <parameters name="k" value="%s"/>
                    <parameters name="x" value="X"/>
                    <parameters name="y" value="Y"/>
                  </weightMatrices>
                  <weightMatrices name="W_border" source="W_queen.csv">
                    <parameters name="method" value="distance"/>
                    <parameters name="x" value="X"/>
                    <parameters name="y" value="Y"/>
                    <parameters name="border" value="true"/>
                  </weightMatrices>
                  <analyses name="moran_knn" estimatorId="spatial.moran" dataset="columbus" weightMatrix="W_knn">
                    <parameters name="variable" value="CRIME"/>
                    <parameters name="permutations" value="0"/>
                  </analyses>
                  <analyses name="border_weights" estimatorId="spatial.weights" dataset="columbus" weightMatrix="W_border">
                    <parameters name="method" value="contiguity"/>
                  </analyses>
                </carbonlab:Study>
                """;
        Path study = dir.resolve("columbus.carbonlab");
        Files.writeString(study, header.formatted("4"));
        Path out = dir.resolve("out");
        Cli.run("run", study.toString(), "--out", out.toString()).ok();
        JsonObject moran = Cli.parseObject(Cli.read(out.resolve("moran_knn.json"))).getAsJsonObject("tables")
                .getAsJsonObject("moran");
        JsonArray columns = moran.getAsJsonArray("columns");
        int iCol = -1;
        for (int c = 0; c < columns.size(); c++) {
            iCol = columns.get(c).getAsString().equals("I") ? c : iCol;
        }
        double observed = moran.getAsJsonArray("rows").get(0).getAsJsonArray().get(iCol).getAsDouble();
        double expected = bruteForceMoran(Files.readAllLines(data));
        assertEquals(expected, observed, 1e-12 * Math.abs(expected));
        JsonObject border = Cli.parseObject(Cli.read(out.resolve("border_weights.json"))).getAsJsonObject("statistics");
        assertEquals(org.carbonlab.core.weights.WeightsFile.read(queen).links(), border.get("links").getAsInt());

        Files.writeString(study, header.formatted("49"));
        Cli.Run bad = Cli.run("run", study.toString(), "--out", dir.resolve("out2").toString())
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(bad.err().contains("weight matrix 'W_knn'") && bad.err().contains("k=49"), bad::describe);
    }

    /**
     * Bad study weight-matrix elements fail the analysis that uses them with exit 2 and a message naming the matrix:
     * an unknown builder parameter, a dataset the study lacks, the standardisation attribute on a built matrix,
     * missing coordinates for a unit (named).
     */
    @Test
    void badBuiltStudyMatricesAreNamed() throws IOException {
        Files.writeString(dir.resolve("pts.csv"), "id,x,y,v\nA,0,0,1\nB,1,0,2\nC,3,0,4\nD,,1,3\nE,5,5,8\n");
        String[][] cases = {
            {"<parameters name=\"method\" value=\"knn\"/><parameters name=\"kk\" value=\"2\"/>", "", "'kk'"},
            {"<parameters name=\"dataset\" value=\"nope\"/><parameters name=\"method\" value=\"knn\"/>", "",
                "dataset names 'nope'"},
            {"<parameters name=\"method\" value=\"knn\"/><parameters name=\"k\" value=\"1\"/>"
                + "<parameters name=\"x\" value=\"x\"/><parameters name=\"y\" value=\"y\"/>",
                " standardisation=\"row\"", "parameter standardise"},
            {"<parameters name=\"method\" value=\"knn\"/><parameters name=\"k\" value=\"1\"/>"
                + "<parameters name=\"x\" value=\"x\"/><parameters name=\"y\" value=\"y\"/>", "", "entity 'D'"}};
        int c = 0;
        for (String[] bad : cases) {
            c++;
            Path study = dir.resolve("bad" + c + ".carbonlab");
            Files.writeString(study, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                        name="bad">
                      <datasets name="pts" source="pts.csv" entityColumn="id" timeColumn="none"/>
                      <weightMatrices name="W_bad"%s>%s</weightMatrices>
                      <analyses name="moran" estimatorId="spatial.moran" dataset="pts" weightMatrix="W_bad">
                        <parameters name="variable" value="v"/>
                      </analyses>
                    </carbonlab:Study>
                    """.formatted(bad[1], bad[0]));
            Cli.Run run = Cli.run("run", study.toString(), "--no-record", "--out", dir.resolve("o" + c).toString())
                    .expectCode(CommandLine.BAD_INPUT);
            assertTrue(run.err().contains("weight matrix 'W_bad'") && run.err().contains(bad[2]), run::describe);
        }
    }

    /**
     * The new options from the command line: border=true keeps inverse distance on exactly the queen links (all
     * pairs linked in --weights); file_format=dense writes the n x n file with ids, which reads back to the edge
     * list's matrix; spatial.moran periods= on the example panel (GRP missing for every province 2000-2003: those
     * years skipped with a warning; islands=keep for Hainan).
     */
    @Test
    void borderDenseAndPeriodsFromTheCommandLine() throws IOException {
        Path data = Cli.resource("columbus/columbus.csv");
        Path queen = Cli.resource("columbus/W_queen.csv");
        Path dense = dir.resolve("border-dense.csv");
        JsonObject w = Cli.run("estimate", "spatial.weights", "--data", data.toString(), "--time", "none",
                "--weights", queen.toString(), "--set", "method=distance", "--set", "x=X", "--set", "y=Y", "--set",
                "border=true", "--set", "file=" + dense, "--set", "file_format=dense").ok().json();
        var queenW = org.carbonlab.core.weights.WeightsFile.read(queen);
        assertEquals(queenW.links(), w.getAsJsonObject("statistics").get("links").getAsInt());
        assertEquals("dense", w.getAsJsonObject("statistics").get("file_format").getAsString());
        assertTrue(Files.readAllLines(dense).get(0).startsWith("id,"));
        var back = org.carbonlab.core.weights.WeightsFile.read(dense);
        assertEquals(queenW.links(), back.links());
        for (int i = 0; i < back.n(); i++) {
            for (int k = back.rowStart(i); k < back.rowEnd(i); k++) {
                assertTrue(queenW.weight(queenW.indexOf(back.entities().get(i)),
                        queenW.indexOf(back.entities().get(back.columnAt(k)))) > 0, "a border pair");
            }
        }

        Path example = Path.of("..", "..", "examples", "china-provinces", "data");
        Cli.Run run = Cli.run("estimate", "spatial.moran", "--data",
                example.resolve("china30_provinces_2000_2019.csv").toString(), "--entity", "province", "--time", "year",
                "--weights", example.resolve("W_rook_binary_30.csv").toString(), "--set",
                "variable=grp_nominal_nbs_revised_100m_yuan", "--set", "islands=keep", "--set", "permutations=0",
                "--set", "local=false", "--set", "periods=2000:2010").ok();
        JsonObject moran = run.json().getAsJsonObject("tables").getAsJsonObject("moran");
        assertEquals(2 * 7, moran.getAsJsonArray("rows").size(), "2004-2010, two assumptions each");
        assertTrue(run.err().contains("skipped: 2000, 2001, 2002, 2003"), run::describe);
    }

    /** Moran's I of CRIME under row-standardised 4-NN (ties by file order) from the CSV lines. */
    private static double bruteForceMoran(List<String> lines) {
        int n = lines.size() - 1;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] crime = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            crime[i] = Double.parseDouble(f[2]);
            x[i] = Double.parseDouble(f[5]);
            y[i] = Double.parseDouble(f[6]);
        }
        double mean = 0;
        for (double v : crime) {
            mean += v / n;
        }
        double[] z = new double[n];
        double zz = 0;
        for (int i = 0; i < n; i++) {
            z[i] = crime[i] - mean;
            zz += z[i] * z[i];
        }
        double zwz = 0;
        for (int i = 0; i < n; i++) {
            int row = i;
            List<Integer> others = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    others.add(j);
                }
            }
            others.sort(Comparator.<Integer>comparingDouble(j -> Math.hypot(x[row] - x[j], y[row] - y[j]))
                    .thenComparingInt(j -> j));
            for (int j : others.subList(0, 4)) {
                zwz += z[i] * 0.25 * z[j];
            }
        }
        return zwz / zz;
    }
}
