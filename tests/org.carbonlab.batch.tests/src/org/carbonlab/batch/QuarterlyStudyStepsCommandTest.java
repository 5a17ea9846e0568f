package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A study on a quarterly CSV panel (dates in the time column, read as quarters) run by {@code carbonlab run}: the
 * study.summary table heads its period columns 2015Q4, 2016Q1, ..., and study.map takes {@code periods=2016Q1},
 * prints that label in its table, its title and its file name. Expected means worked out by hand in the comments.
 */
class QuarterlyStudyStepsCommandTest {

    @Test
    void summaryAndMapOfAQuarterlyPanelPrintQuarterLabels() {
        Path dir = Cli.freshDir("study-quarterly-steps");
        Cli.write(dir, "quarters.csv", """
                city,date,region,inv,y
                A,2015-12-31,east,2,1
                A,2016-03-31,east,4,3
                A,2016-06-30,east,6,2
                B,2015-12-31,west,5,8
                B,2016-03-31,west,9,5
                B,2016-06-30,west,7,6
                C,2015-12-31,west,10,4
                C,2016-03-31,west,11,9
                C,2016-06-30,west,13,7
                """);
        Cli.write(dir, "tiles.csv", "entity,row,col\nA,0,0\nB,0,1\nC,1,0\n");
        Path study = Cli.write(dir, "quarterly.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Quarterly steps">
                  <datasets name="q" source="quarters.csv" entityColumn="city" timeColumn="date" timeUnit="quarter"/>
                  <analyses name="stock" estimatorId="capital.pim" dataset="q">
                    <parameters name="investment" value="inv"/>
                    <parameters name="growth" value="0.05"/>
                    <parameters name="depreciation" value="0.1"/>
                  </analyses>
                  <analyses name="by_region" estimatorId="study.summary" dataset="q">
                    <parameters name="analysis" value="stock"/>
                    <parameters name="table" value="capital"/>
                    <parameters name="columns" value="real_investment"/>
                    <parameters name="by" value="region"/>
                  </analyses>
                  <analyses name="map_y" estimatorId="study.map" dataset="q">
                    <parameters name="variable" value="y"/>
                    <parameters name="layout" value="tiles.csv"/>
                    <parameters name="periods" value="2016Q1, 2016Q2"/>
                    <parameters name="classes" value="2"/>
                    <parameters name="title" value="Outcome"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out");
        Cli.run("run", study.toString(), "--out", out.toString(), "--no-record").ok();

        JsonObject t = TechImportStudyTest.json(out, "by_region").getAsJsonObject("tables")
                .getAsJsonObject("real_investment");
        assertEquals("[\"region\",\"2015Q4\",\"2016Q1\",\"2016Q2\",\"all\"]", t.getAsJsonArray("columns").toString());
        // mean investment (no deflator: as given): east A 2, 4, 6 (all 4); west B and C 7.5, 10, 10 (all 55/6);
        // all units 17/3, 8, 26/3 (all 67/9)
        double[][] expected = {{2, 4, 6, 4}, {7.5, 10, 10, 55.0 / 6}, {17.0 / 3, 8, 26.0 / 3, 67.0 / 9}};
        String[] groups = {"east", "west", "all"};
        JsonArray rows = t.getAsJsonArray("rows");
        assertEquals(3, rows.size());
        for (int g = 0; g < 3; g++) {
            JsonArray row = rows.get(g).getAsJsonArray();
            assertEquals(groups[g], row.get(0).getAsString());
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[g][j], row.get(j + 1).getAsDouble(), 1e-12, groups[g] + " column " + (j + 1));
            }
        }

        JsonArray map = TechImportStudyTest.json(out, "map_y").getAsJsonObject("tables").getAsJsonObject("map")
                .getAsJsonArray("rows");
        // 2016Q1: y = 3, 5, 9, type-7 median 5 (on the break: lower class) → 1, 1, 2;
        // 2016Q2: y = 2, 6, 7, median 6 → 1, 1, 2
        String[] periods = {"2016Q1", "2016Q1", "2016Q1", "2016Q2", "2016Q2", "2016Q2"};
        int[] classes = {1, 1, 2, 1, 1, 2};
        assertEquals(6, map.size());
        for (int i = 0; i < 6; i++) {
            JsonArray row = map.get(i).getAsJsonArray();
            assertEquals(periods[i], row.get(1).getAsString(), "row " + i);
            assertEquals(classes[i], row.get(3).getAsInt(), "row " + i);
        }
        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.contains("| region | 2015Q4 | 2016Q1 | 2016Q2 | all |"), report);
        assertTrue(report.contains("| 2016Q2 | 2 |"), report);
        for (String q : new String[] {"2016Q1", "2016Q2"}) {
            Path svg = out.resolve("map_y-map_" + q + ".svg");
            assertTrue(Files.isRegularFile(svg), Cli.list(out).toString());
            assertTrue(Cli.read(svg).contains("Outcome, " + q), "the map's title names the quarter");
        }
    }
}
