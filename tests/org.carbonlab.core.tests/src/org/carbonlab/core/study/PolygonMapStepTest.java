package org.carbonlab.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.Palette;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.SeriesKind;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.ParameterValue;
import org.junit.jupiter.api.Test;

/**
 * study.map with GeoJSON boundaries on a hand-made FeatureCollection: the projection x = lon·cos φ0 (φ0 the middle
 * latitude of the bounding box), class breaks by quantiles, equal intervals and fixed breaks worked out by hand, each
 * class's polygons in its colour of the sequential palette, units without a value and units not in the data drawn
 * hatched and named in warnings, and bad GeoJSON refused naming the feature and the property.
 */
class PolygonMapStepTest {
    /** A square ring [lon0, lat0] to [lon0 + 1, lat0 + 1], closed. */
    private static String square(double lon, double lat) {
        return "[[" + lon + "," + lat + "],[" + (lon + 1) + "," + lat + "],[" + (lon + 1) + "," + (lat + 1) + "],["
                + lon + "," + (lat + 1) + "],[" + lon + "," + lat + "]]";
    }

    private static String feature(String id, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + id + "\"},\"geometry\":" + geometry + "}";
    }

    /** A, B, C squares at latitude 30-32; D a MultiPolygon of two squares at 29-30 (so φ0 = 30.5). */
    private static final String GEOJSON = "{\"type\":\"FeatureCollection\",\"features\":["
            + feature("A", "{\"type\":\"Polygon\",\"coordinates\":[" + square(100, 30) + "]}") + ","
            + feature("B", "{\"type\":\"Polygon\",\"coordinates\":[" + square(101, 30) + "]}") + ","
            + feature("C", "{\"type\":\"Polygon\",\"coordinates\":[" + square(100, 31) + "]}") + ","
            + feature("D", "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + square(100, 29) + "],[" + square(102, 29)
                    + "]]}")
            + "]}";

    private static final PanelFrame DATA = PanelFrame.builder().entityColumn("id").timeColumn("year")
            .entities("A", "A", "B", "B", "C", "C").times(2001, 2002, 2001, 2002, 2001, 2002)
            .column("y", 1, 4, 2, 5, 3, Double.NaN).build();

    private static Path folder(String geojson) throws IOException {
        String configured = System.getProperty("carbonlab.test.dir");
        Path base = configured != null ? Path.of(configured) : Path.of("target", "test-files");
        Files.createDirectories(base);
        Path d = Files.createTempDirectory(base, "polygon-map");
        Files.writeString(d.resolve("units.geojson"), geojson);
        return d;
    }

    private static Analysis analysis(String... params) {
        Analysis a = ModelFactory.eINSTANCE.createAnalysis();
        a.setName("map_y");
        a.setEstimatorId(MapStep.ID);
        for (int i = 0; i < params.length; i += 2) {
            ParameterValue p = ModelFactory.eINSTANCE.createParameterValue();
            p.setName(params[i]);
            p.setValue(params[i + 1]);
            a.getParameters().add(p);
        }
        return a;
    }

    private static Result map(String geojson, String... extra) throws IOException {
        String[] base = {"variable", "y", "boundaries", "units.geojson", "id_property", "code", "periods", "2001,2002"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return MapStep.run(analysis(all), "map_y", DATA, folder(geojson)).result();
    }

    private static Series coloured(Chart c, Palette colour) {
        return c.series().stream().filter(s -> s.colour() == colour && !s.isHatched()).findFirst()
                .orElseThrow(() -> new AssertionError("no series in " + colour + ": " + c.series()));
    }

    /** Class of each unit in one period from tables.map. */
    private static Map<String, Integer> classes(Result r, long period) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (List<Object> row : r.tables().get("map").rows()) {
            if (((Number) row.get(1)).longValue() == period) {
                out.put((String) row.get(0), ((Number) row.get(3)).intValue());
            }
        }
        return out;
    }

    @Test
    void quantileClassesFillTheirUnitsInTheSequentialPalette() throws IOException {
        Result r = map(GEOJSON, "classes", "3");
        // 2001: y = 1, 2, 3; type-7 tertile breaks 1 + 2/3 and 2 + 1/3 → A 1, B 2, C 3
        assertEquals(Map.of("A", 1, "B", 2, "C", 3), classes(r, 2001));
        // 2002: y = 4, 5 (C missing); breaks 4 + 1/3, 4 + 2/3 → A 1, B 3
        assertEquals(Map.of("A", 1, "B", 3), classes(r, 2002));
        List<Chart> charts = new PolygonMaps().charts(r);
        assertEquals(List.of("map_2001", "map_2002"), charts.stream().map(Chart::id).toList());
        Palette[] palette = Palette.sequential(3);
        assertArrayEquals(new Palette[] {Palette.VIRIDIS_1, Palette.VIRIDIS_4, Palette.VIRIDIS_7}, palette);
        double k = Math.cos(Math.toRadians(30.5));
        Chart c2001 = charts.get(0);
        Series a = coloured(c2001, palette[0]);
        assertEquals(SeriesKind.POLYGON, a.kind());
        // A's ring, projected, closing vertex dropped
        assertArrayEquals(new double[] {100 * k, 101 * k, 101 * k, 100 * k}, a.x(), 1e-12);
        assertArrayEquals(new double[] {30, 30, 31, 31}, a.y(), 0);
        assertArrayEquals(new double[] {100 * k, 101 * k, 101 * k, 100 * k}, coloured(c2001, palette[2]).x(), 1e-12);
        assertArrayEquals(new double[] {31, 31, 32, 32}, coloured(c2001, palette[2]).y(), 0);
        assertArrayEquals(new double[] {101 * k, 102 * k, 102 * k, 101 * k}, coloured(c2001, palette[1]).x(), 1e-12);
        // D is in the map, not in the data: hatched, both of its polygons, separated by NaN
        Series noData2001 = c2001.series().stream().filter(Series::isHatched).findFirst().orElseThrow();
        assertEquals("No data (1)", noData2001.name());
        assertEquals(9, noData2001.size());
        assertTrue(Double.isNaN(noData2001.x()[4]));
        assertEquals(102 * k, noData2001.x()[5], 1e-12);
        // 2002: C has no value → hatched with D; B in the darkest class, the middle class is empty but in the legend
        Chart c2002 = charts.get(1);
        Series noData2002 = c2002.series().stream().filter(Series::isHatched).findFirst().orElseThrow();
        assertEquals("No data (2)", noData2002.name());
        assertEquals(0, coloured(c2002, palette[1]).size());
        assertArrayEquals(new double[] {101 * k, 102 * k, 102 * k, 101 * k}, coloured(c2002, palette[2]).x(), 1e-12);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'D'") && w.contains("not in the dataset")),
                r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'C' has no value of 'y' in 2002")
                && w.contains("hatched")), r.warnings().toString());
        // drawn: the hatch pattern and the class colours in the SVG, a non-blank PNG of the renderer's size
        HeadlessChartRenderer renderer = new HeadlessChartRenderer();
        String svg = renderer.svg(c2002);
        assertTrue(svg.contains("url(#nodata)") && svg.contains("#fde725") && svg.contains("#440154"), svg);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(renderer.png(c2002)));
        assertEquals(Math.round(HeadlessChartRenderer.WIDTH * HeadlessChartRenderer.PNG_SCALE), png.getWidth());
        int yellow = 0;
        for (int y = 0; y < png.getHeight(); y += 2) {
            for (int x = 0; x < png.getWidth(); x += 2) {
                int rgb = png.getRGB(x, y) & 0xFFFFFF;
                int dr = ((rgb >> 16) & 0xFF) - 0xFD;
                int dg = ((rgb >> 8) & 0xFF) - 0xE7;
                yellow += Math.abs(dr) < 30 && Math.abs(dg) < 30 && (rgb & 0xFF) < 0x80 ? 1 : 0;
            }
        }
        assertTrue(yellow > 2_000, "pixels of the lightest class: " + yellow);
    }

    @Test
    void equalIntervalsAndFixedBreaks() throws IOException {
        // equal, 2 classes: 2001 1..3 → break 2 (B on the break → lower class); 2002 4..5 → break 4.5
        Result eq = map(GEOJSON, "classify", "equal", "classes", "2");
        assertEquals(Map.of("A", 1, "B", 1, "C", 2), classes(eq, 2001));
        assertEquals(Map.of("A", 1, "B", 2), classes(eq, 2002));
        // fixed breaks 1.5, 4.5: three classes, the same limits every period
        Result fx = map(GEOJSON, "classify", "fixed", "breaks", "1.5,4.5");
        assertEquals(3, ((Number) fx.statistic("classes")).intValue());
        assertEquals(Map.of("A", 1, "B", 2, "C", 2), classes(fx, 2001));
        assertEquals(Map.of("A", 2, "B", 3), classes(fx, 2002));
        assertEquals(3, new PolygonMaps().charts(fx).get(0).series().stream().filter(s -> !s.isHatched()).count());
        InputException e = assertThrows(InputException.class,
                () -> map(GEOJSON, "classify", "fixed", "breaks", "2,1"));
        assertTrue(e.getMessage().contains("increasing order"), e.getMessage());
    }

    @Test
    void badGeoJsonNamesTheFeatureAndTheProperty() throws IOException {
        String noId = GEOJSON.replace("{\"code\":\"B\"}", "{\"name\":\"B\"}");
        InputException e = assertThrows(InputException.class, () -> map(noId));
        assertTrue(e.getMessage().contains("features[1]") && e.getMessage().contains("no property 'code'")
                && e.getMessage().contains("[name]"), e.getMessage());
        String point = GEOJSON.replace("{\"type\":\"Polygon\",\"coordinates\":[" + square(100, 31) + "]}",
                "{\"type\":\"Point\",\"coordinates\":[100,31]}");
        e = assertThrows(InputException.class, () -> map(point));
        assertTrue(e.getMessage().contains("features[2] (C): geometry type 'Point' is not supported"), e.getMessage());
        String projected = GEOJSON.replace("[101.0,30.0]", "[500000.0,3300000.0]");
        e = assertThrows(InputException.class, () -> map(projected));
        assertTrue(e.getMessage().contains("features[0] (A), ring 0, position 1") && e.getMessage().contains("WGS 84"),
                e.getMessage());
        e = assertThrows(InputException.class, () -> map("{\"type\":\"FeatureCollection\",\"features\":[" ));
        assertTrue(e.getMessage().contains("units.geojson is not valid JSON"), e.getMessage());
        e = assertThrows(InputException.class, () -> map(GEOJSON, "layout", "tiles.csv"));
        assertTrue(e.getMessage().contains("give either 'layout' (a tile-grid CSV) or 'boundaries'"), e.getMessage());
        // a unit of the data without a polygon is an error, as for tile grids
        String withoutC = GEOJSON.replace(feature("C", "{\"type\":\"Polygon\",\"coordinates\":[" + square(100, 31)
                + "]}") + ",", "");
        e = assertThrows(InputException.class, () -> map(withoutC));
        assertTrue(e.getMessage().contains("unit 'C' is not in the boundaries file units.geojson"), e.getMessage());
    }
}
