package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code scatter_periods} of spatial.moran end to end: from {@code estimate --set} (the statistic and the scatter
 * data of the listed periods only, with local=false), from a study (one chart file per period, linked from the
 * report), and bad values exit 2 naming the period. The numbers of the scatter are checked against a brute force in
 * MoranChartsTest (org.carbonlab.spatial.tests).
 */
class SpatialMoranScatterCommandTest {

    private static String[] estimate(String... sets) {
        List<String> a = new ArrayList<>(List.of("estimate", "spatial.moran", "--data",
                Cli.resource("spatialpanel/panel.csv").toString(), "--entity", "id", "--time", "year", "--weights",
                Cli.resource("spatialpanel/W_edges.csv").toString(), "--set", "variable=y", "--set",
                "permutations=0"));
        for (String s : sets) {
            a.add("--set");
            a.add(s);
        }
        return a.toArray(String[]::new);
    }

    @Test
    void listedPeriodsFromTheCommandLine() {
        JsonObject r = Cli.run(estimate("local=false", "scatter_periods=2006,2002")).ok().json();
        assertEquals("2006,2002", r.getAsJsonObject("statistics").get("scatter_periods").getAsString());
        JsonObject scatter = r.getAsJsonObject("tables").getAsJsonObject("scatter");
        List<String> cols = scatter.getAsJsonArray("columns").asList().stream().map(JsonElement::getAsString).toList();
        assertEquals(List.of("variable", "entity", "time", "z", "wz", "quadrant"), cols);
        JsonArray rows = scatter.getAsJsonArray("rows");
        List<Long> years = rows.asList().stream().map(row -> row.getAsJsonArray().get(2).getAsLong()).distinct()
                .sorted().toList();
        assertEquals(List.of(2002L, 2006L), years);
        assertTrue(rows.size() % 2 == 0 && rows.size() > 0, "the same units in both periods");
    }

    @Test
    void badPeriodsExitTwoNamingThem() {
        Cli.Run run = Cli.run(estimate("scatter_periods=2002,1999")).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("scatter_periods") && run.err().contains("1999"), run::describe);
        run = Cli.run(estimate("scatter_periods=last year")).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("'last year'"), run::describe);
    }

    @Test
    void aStudyDrawsOneScatterPerPeriod() {
        Path dir = Cli.freshDir("moran-scatter-periods");
        Cli.write(dir, "data/panel.csv", Cli.resourceText("spatialpanel/panel.csv"));
        Cli.write(dir, "data/W_edges.csv", Cli.resourceText("spatialpanel/W_edges.csv"));
        Path study = Cli.write(dir, "moran.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="moran scatters">
                  <datasets name="p" source="data/panel.csv" entityColumn="id" timeColumn="year"/>
                  <weightMatrices name="knn3" source="data/W_edges.csv" standardisation="row"/>
                  <analyses name="moran" estimatorId="spatial.moran" dataset="p" weightMatrix="knn3">
                    <parameters name="variable" value="y"/>
                    <parameters name="permutations" value="19"/>
                    <parameters name="scatter_periods" value="2001,2004,2006"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out");
        Cli.run("run", study.toString(), "--out", out.toString()).ok();
        String report = Cli.read(out.resolve("report.md"));
        ReportChartsCheck.assertCharts(out, report, List.of("moran-moran_by_period", "moran-moran_scatter_2001",
                "moran-moran_scatter_2004", "moran-moran_scatter_2006"));
        assertTrue(report.indexOf("moran-moran_scatter_2001.png") < report.indexOf("moran-moran_scatter_2004.png")
                && report.indexOf("moran-moran_scatter_2004.png") < report.indexOf("moran-moran_scatter_2006.png"),
                "the scatters in the order listed");
        assertTrue(Cli.list(out).stream().noneMatch(f -> f.equals("moran-moran_scatter.png")),
                "no chart of the default last period besides the listed ones");
        Cli.assertNoTempFiles(out);
    }
}
