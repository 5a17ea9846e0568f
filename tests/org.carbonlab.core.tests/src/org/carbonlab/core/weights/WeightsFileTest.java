package org.carbonlab.core.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.TestFiles;
import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The {@code --weights} file contract: every accepted form and every rejected one. */
class WeightsFileTest {

    private static SpatialWeights read(String name, String text) {
        return WeightsFile.read(TestFiles.write("weights/" + name, text));
    }

    private static String error(String name, String text) {
        return assertThrows(InputException.class, () -> read(name, text)).getMessage();
    }

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), () -> "'" + p + "' not in: " + text);
        }
    }

    /** The 3-unit path A - B - C with weight 2 on B -> C. */
    private static void assertPath(SpatialWeights w) {
        assertEquals(List.of("A", "B", "C"), w.entities());
        assertArrayEquals(new double[] {0, 1, 0}, w.toDense()[0], 0.0);
        assertArrayEquals(new double[] {1, 0, 2}, w.toDense()[1], 0.0);
        assertArrayEquals(new double[] {0, 1, 0}, w.toDense()[2], 0.0);
        assertEquals(4, w.links());
    }

    @Test
    void denseWithHeaderOnly() throws IOException {
        SpatialWeights w = read("dense.csv", "A,B,C\n0,1,0\n1,0,2\n0,1,0\n");
        assertPath(w);
        assertEquals(SpatialWeights.FORMAT_DENSE_CSV, w.format());
        Path file = TestFiles.outputDir("data").resolve("weights/dense.csv");
        assertEquals(DataReader.sha256(Files.readAllBytes(file)), w.sha256(), "the file's SHA-256");
        assertEquals(file.toString(), w.provenance().source());
        assertEquals(Standardisation.NONE, w.standardisation());
    }

    @Test
    void denseWithAnIdColumnUnderAnEmptyOrIdCorner() {
        assertPath(read("dense-corner.csv", ",A,B,C\nA,0,1,0\nB,1,0,2\nC,0,1,0\n"));
        assertPath(read("dense-id.csv", "ID,A,B,C\nA,0,1,0\nB,1,0,2\nC,0,1,0\n"));
        assertContains(error("dense-id-order.csv", "id,A,B,C\nA,0,1,0\nC,1,0,2\nB,0,1,0\n"),
                "line 3 of", "(row 'B') is labelled 'C'", "same order");
    }

    @Test
    void edgeListsWithAndWithoutWeights() {
        SpatialWeights weighted = read("edges.csv", "from,to,weight\nA,B,1\nB,A,1\nB,C,2\nC,B,1\n");
        assertPath(weighted);
        assertEquals(SpatialWeights.FORMAT_EDGE_LIST_CSV, weighted.format());
        SpatialWeights unweighted = read("edges-1.csv", "FROM,To\nA,B\nB,A\n");
        assertArrayEquals(new double[] {1, 1}, unweighted.rowSums(), 0.0);
        // An empty 'to' declares an isolate; a zero weight declares entities but no link.
        SpatialWeights isolated = read("edges-iso.csv", "from,to,weight\nA,B,1\nB,A,1\nH,,\nA,C,0\n");
        assertEquals(List.of("A", "B", "H", "C"), isolated.entities());
        assertEquals(List.of("H", "C"), isolated.isolateIds());
        assertEquals(2, isolated.links());
    }

    @Test
    void denseErrorsNameTheFileRowAndColumn() {
        assertContains(error("nonsquare.csv", "A,B,C\n0,1,0\n1,0,1\n"), "nonsquare.csv", "not square",
                "3 entities", "2 rows");
        assertContains(error("text.csv", "A,B\n0,x\n1,0\n"), "line 2 of", "text.csv", "(row 'A'), column 'B'",
                "'x', which is not a number");
        assertContains(error("inf.csv", "A,B\n0,Inf\n1,0\n"), "column 'B'", "'Inf', which is not a number");
        assertContains(error("empty.csv", "A,B\n0,\n1,0\n"), "(row 'A'), column 'B' is empty");
        assertContains(error("negative.csv", "A,B\n0,1\n-0.5,0\n"), "line 3 of", "(row 'B'), column 'A'",
                "negative weight -0.5");
        assertContains(error("diagonal.csv", "A,B\n1,1\n1,0\n"), "(row 'A'), column 'A'", "diagonal",
                "not its own neighbour");
        assertContains(error("dupids.csv", "A,B,A\n0,1,0\n1,0,1\n0,1,0\n"), "dupids.csv", "'A' more than once");
        assertContains(assertThrows(InputException.class, () -> WeightsFile.read(Path.of("no/such/W.csv")))
                .getMessage(), "weights file not found", "W.csv");
    }

    @Test
    void edgeListErrorsNameTheFileAndLine() {
        assertContains(error("e-neg.csv", "from,to,weight\nA,B,1\nB,A,-2\n"), "line 3 of", "e-neg.csv",
                "'B' -> 'A'", "negative");
        assertContains(error("e-text.csv", "from,to,weight\nA,B,one\n"), "line 2", "'one' is not a number");
        assertContains(error("e-nan.csv", "from,to,weight\nA,B,NaN\n"), "'NaN' is not a number");
        assertContains(error("e-empty.csv", "from,to,weight\nA,B,\n"), "line 2", "the weight is empty");
        assertContains(error("e-self.csv", "from,to\nA,B\nA,A\n"), "line 3", "'A' is linked to itself");
        assertContains(error("e-dup.csv", "from,to,weight\nA,B,1\nB,A,1\nA,B,2\n"), "line 4",
                "'A' -> 'B' is given again (first on line 2)");
        assertContains(error("e-from.csv", "from,to\n,B\n"), "line 2", "'from' is empty");
        assertContains(error("e-cols.csv", "from,to,weight,other\nA,B,1,2\n"), "e-cols.csv",
                "exactly from,to or from,to,weight");
        assertContains(error("e-half.csv", "from,to,weight\nA,,1\n"), "'to' is empty but a weight is given");
    }

    @Test
    void columbusDenseAndEdgeListAgreeAndMatchTheReference() throws IOException {
        SpatialWeights dense = WeightsFile.read(TestFiles.resource("spatial/columbus/W_queen.csv"));
        SpatialWeights edges = WeightsFile.read(TestFiles.resource("spatial/columbus/W_queen_edges.csv"));
        assertEquals(49, dense.n());
        assertEquals(230, dense.links());
        assertTrue(dense.isSymmetric());
        assertTrue(dense.isolateIds().isEmpty());
        List<String> polyid = new java.util.ArrayList<>();
        for (int i = 1; i <= 49; i++) {
            polyid.add(Integer.toString(i));
        }
        SpatialWeights d = dense.alignTo(polyid).weights();
        SpatialWeights e = edges.alignTo(polyid).weights();
        double[][] dd = d.toDense();
        double[][] ed = e.toDense();
        for (int i = 0; i < 49; i++) {
            assertArrayEquals(dd[i], ed[i], 0.0, "row " + (i + 1));
        }
        // Row standardisation against spdep's style "W" (written with %.17g): exact.
        double[][] row = d.standardised(Standardisation.ROW).toDense();
        List<String> lines = Files.readAllLines(TestFiles.resource("spatial/columbus/W_rowstd.csv"));
        for (int i = 0; i < 49; i++) {
            String[] cells = lines.get(i).split(",");
            for (int j = 0; j < 49; j++) {
                assertEquals(Double.parseDouble(cells[j]), row[i][j], 0.0, "w[" + (i + 1) + "," + (j + 1) + "]");
            }
        }
        // spdep's cardinalities (neighbour counts) in POLYID order, S0 = n for style W.
        JsonObject summary = JsonParser.parseString(Files.readString(TestFiles.resource("spatial/columbus/expected.json")))
                .getAsJsonObject().getAsJsonObject("weights_summary");
        JsonArray card = summary.getAsJsonArray("cardinalities");
        JsonArray rowSums = summary.getAsJsonArray("row_sums");
        double[] sums = d.standardised(Standardisation.ROW).rowSums();
        for (int i = 0; i < 49; i++) {
            assertEquals(card.get(i).getAsInt(), d.neighbourCount(i), "POLYID " + (i + 1));
            assertEquals(rowSums.get(i).getAsDouble(), sums[i], 1e-15, "POLYID " + (i + 1));
        }
        assertEquals(summary.get("S0").getAsDouble(), d.standardised(Standardisation.ROW).sum(), 1e-12);
    }
}
