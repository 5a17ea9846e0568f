package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate spatial.moran} from the installed spatial family: Columbus CRIME (a cross-section)
 * under the binary queen matrix, row-standardised by default, gives spdep 1.2-7's Moran's I = 0.48577091366177316
 * and randomisation z = 5.342713639408028 (rel 1e-10), and spatial.lm its LM-lag; bad input exits 2 naming the
 * problem.
 */
class SpatialMoranCommandTest {
    private static final double MORAN_CRIME = 0.48577091366177316;
    private static final double Z_RANDOMISATION = 5.342713639408028;

    private static String[] args(String... more) {
        String[] base = {"estimate", "spatial.moran", "--data", Cli.resource("columbus/columbus.csv").toString(),
                "--time", "none", "--weights", Cli.resource("columbus/W_queen.csv").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void moranOfCrimeMatchesTheReference() {
        JsonObject r = Cli.run(args("--set", "variable=CRIME")).ok().json();
        JsonObject moran = r.getAsJsonObject("tables").getAsJsonObject("moran");
        JsonArray columns = moran.getAsJsonArray("columns");
        int iCol = -1;
        int zCol = -1;
        for (int c = 0; c < columns.size(); c++) {
            iCol = columns.get(c).getAsString().equals("I") ? c : iCol;
            zCol = columns.get(c).getAsString().equals("z") ? c : zCol;
        }
        JsonArray rows = moran.getAsJsonArray("rows");
        assertEquals(2, rows.size());
        assertEquals(MORAN_CRIME, rows.get(0).getAsJsonArray().get(iCol).getAsDouble(), 1e-10 * MORAN_CRIME);
        assertEquals(Z_RANDOMISATION, rows.get(1).getAsJsonArray().get(zCol).getAsDouble(), 1e-10 * Z_RANDOMISATION);
        assertEquals(49, r.getAsJsonObject("tables").getAsJsonObject("local").getAsJsonArray("rows").size());
    }

    /** spatial.lm from the CLI: spdep's LMlag = 7.855675407111458 for CRIME ~ INC + HOVAL (rel 1e-10). */
    @Test
    void lmTestsOfTheCrimeModel() {
        String[] a = args("--set", "formula=CRIME ~ INC + HOVAL");
        a[1] = "spatial.lm";
        JsonObject r = Cli.run(a).ok().json();
        JsonArray rows = r.getAsJsonObject("tables").getAsJsonObject("tests").getAsJsonArray("rows");
        JsonArray lag = rows.get(0).getAsJsonArray();
        assertEquals("LM_lag", lag.get(0).getAsString());
        assertEquals(7.855675407111458, lag.get(1).getAsDouble(), 1e-10 * 7.86);
        assertTrue(r.getAsJsonObject("statistics").get("recommendation").getAsString().startsWith("SAR"));
    }

    @Test
    void aMissingVariableIsAnInputError() {
        Cli.Run run = Cli.run(args("--set", "variable=CRIMES")).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("CRIMES"), run::describe);
    }
}
