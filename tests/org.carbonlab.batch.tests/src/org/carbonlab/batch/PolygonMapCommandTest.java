package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code carbonlab run} of a study with a polygon map ({@code study.map} with {@code boundaries}): the maps written
 * beside the report and linked from it, the unit without a value named on standard error, and a GeoJSON feature
 * without the id property refused with exit code 2 naming the feature.
 */
class PolygonMapCommandTest {
    private static String square(int lon, int lat) {
        return "[[[" + lon + "," + lat + "],[" + (lon + 1) + "," + lat + "],[" + (lon + 1) + "," + (lat + 1) + "],["
                + lon + "," + (lat + 1) + "],[" + lon + "," + lat + "]]]";
    }

    private static String feature(String property, String id, int lon, int lat) {
        return "{\"type\":\"Feature\",\"properties\":{\"" + property + "\":\"" + id
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + square(lon, lat) + "}}";
    }

    private static Path study(String dirName, String secondProperty) {
        Path d = Cli.freshDir(dirName);
        Cli.write(d, "d.csv", "id,year,y\nA,2001,1\nA,2002,2\nB,2001,3\nB,2002,\nC,2001,5\nC,2002,6\n");
        Cli.write(d, "units.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + feature("prov", "A", 110, 30)
                + "," + feature(secondProperty, "B", 111, 30) + "," + feature("prov", "C", 110, 31) + "]}");
        return Cli.write(d, "maps.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:carbonlab="http://carbonlab.org/model/1.0" name="polygon maps">
                  <datasets name="d" source="d.csv" entityColumn="id" timeColumn="year"/>
                  <analyses name="map_y" estimatorId="study.map" dataset="d">
                    <parameters name="variable" value="y"/>
                    <parameters name="boundaries" value="units.geojson"/>
                    <parameters name="id_property" value="prov"/>
                    <parameters name="periods" value="2001,2002"/>
                    <parameters name="classify" value="equal"/>
                    <parameters name="classes" value="2"/>
                    <parameters name="title" value="y by unit"/>
                  </analyses>
                </carbonlab:Study>
                """);
    }

    @Test
    void polygonMapsAreDrawnBesideTheReport() throws Exception {
        Path file = study("polygon-map", "prov");
        Path out = file.getParent().resolve("out");
        Cli.Run run = Cli.run("run", file.toString(), "--out", out.toString(), "--no-record").ok();
        assertTrue(run.err().contains("unit 'B' has no value of 'y' in 2002; drawn hatched as 'no data'"),
                run::describe);
        String report = Cli.read(out.resolve("report.md"));
        for (String year : new String[] {"2001", "2002"}) {
            assertTrue(Files.size(out.resolve("map_y-map_" + year + ".png")) > 5_000, year);
            assertTrue(report.contains("(map_y-map_" + year + ".png)"), report);
        }
        assertTrue(Cli.read(out.resolve("map_y-map_2002.svg")).contains("url(#nodata)"));
        JsonObject r = Cli.parseObject(Cli.read(out.resolve("map_y.json")));
        // equal intervals, 2001: 1..5 → break 3 (B = 3 on the break: lower class); 2002: 2..6 → break 4, B missing
        StringBuilder classes = new StringBuilder();
        for (var row : r.getAsJsonObject("tables").getAsJsonObject("map").getAsJsonArray("rows")) {
            var a = row.getAsJsonArray();
            classes.append(a.get(0).getAsString()).append(a.get(1).getAsLong()).append('=').append(a.get(3).getAsInt())
                    .append(' ');
        }
        assertEquals("A2001=1 B2001=1 C2001=2 A2002=1 C2002=2 ", classes.toString());
    }

    @Test
    void aFeatureWithoutTheIdPropertyIsBadInput() {
        Path file = study("polygon-map-bad", "name");
        Cli.Run run = Cli.run("run", file.toString(), "--out", file.getParent().resolve("out").toString(),
                "--no-record");
        assertTrue(run.err().contains("features[1]: no property 'prov' naming the unit; its properties are [name]"),
                run::describe);
        assertEquals(2, run.code(), run::describe);
    }
}
