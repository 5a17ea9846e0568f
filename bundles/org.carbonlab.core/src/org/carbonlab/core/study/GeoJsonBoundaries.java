package org.carbonlab.core.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.errors.InputException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The unit boundaries of a polygon map, read from a GeoJSON FeatureCollection (RFC 7946) of Polygon and MultiPolygon
 * features whose property {@code idProperty} names the unit, with longitude/latitude coordinates in degrees. Every
 * problem is an {@link InputException} naming the file and the feature ({@code features[3]}); nothing else of GeoJSON
 * is needed (no GIS library).
 *
 * <p>Projection: equirectangular about the middle latitude φ0 of the bounding box, x = λ·cos φ0, y = φ (degrees),
 * so that shapes keep their proportions near φ0 when drawn with equal x and y scales.
 */
final class GeoJsonBoundaries {
    /** The rings of each unit, in file order: ring = {x[], y[]} after projection. */
    final Map<String, List<double[][]>> rings;
    final double centralLatitude;

    private GeoJsonBoundaries(Map<String, List<double[][]>> rings, double centralLatitude) {
        this.rings = rings;
        this.centralLatitude = centralLatitude;
    }

    static GeoJsonBoundaries read(Path file, String idProperty, String step) {
        String where = step + ": boundaries file " + file.getFileName();
        JsonElement root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(step + ": cannot read the boundaries file " + file + ": " + e.getMessage());
        } catch (JsonParseException e) {
            throw new InputException(where + " is not valid JSON: " + e.getMessage());
        }
        if (!root.isJsonObject() || !"FeatureCollection".equals(text(root.getAsJsonObject().get("type")))) {
            throw new InputException(where + " must be a GeoJSON FeatureCollection (an object with \"type\": "
                    + "\"FeatureCollection\" and a \"features\" array)");
        }
        JsonElement featuresElement = root.getAsJsonObject().get("features");
        if (featuresElement == null || !featuresElement.isJsonArray()) {
            throw new InputException(where + ": the FeatureCollection has no \"features\" array");
        }
        JsonArray features = featuresElement.getAsJsonArray();
        Map<String, List<double[][]>> lonLat = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        double latMin = Double.POSITIVE_INFINITY;
        double latMax = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < features.size(); f++) {
            String at = where + ", features[" + f + "]";
            try {
                JsonObject feature = object(features.get(f), at, "a Feature object");
                JsonObject properties = feature.get("properties") != null && feature.get("properties").isJsonObject()
                        ? feature.getAsJsonObject("properties") : null;
                JsonElement idElement = properties == null ? null : properties.get(idProperty);
                if (idElement == null || idElement.isJsonNull() || !idElement.isJsonPrimitive()
                        || idElement.getAsString().isBlank()) {
                    throw new InputException(at + ": no property '" + idProperty + "' naming the unit"
                            + (properties == null ? " (the feature has no properties)"
                                    : "; its properties are " + properties.keySet())
                            + " (set id_property to the property that holds the entity ids)");
                }
                String id = idElement.getAsString().strip();
                JsonObject geometry = object(feature.get("geometry"), at + ": geometry", "a geometry object");
                String type = text(geometry.get("type"));
                JsonArray coordinates = array(geometry.get("coordinates"), at + ": geometry coordinates");
                List<JsonArray> polygons = new ArrayList<>();
                if ("Polygon".equals(type)) {
                    polygons.add(coordinates);
                } else if ("MultiPolygon".equals(type)) {
                    for (int p = 0; p < coordinates.size(); p++) {
                        polygons.add(array(coordinates.get(p), at + ": polygon " + p));
                    }
                } else {
                    throw new InputException(at + " (" + id + "): geometry type '" + type
                            + "' is not supported; use Polygon or MultiPolygon");
                }
                List<double[][]> unit = lonLat.get(id);
                if (unit != null) {
                    throw new InputException(at + ": unit '" + id + "' appears in two features; merge them into one "
                            + "MultiPolygon");
                }
                unit = new ArrayList<>();
                for (JsonArray polygon : polygons) {
                    for (int r = 0; r < polygon.size(); r++) {
                        double[][] ring = ring(polygon.get(r), at + " (" + id + "), ring " + r);
                        for (double lat : ring[1]) {
                            latMin = Math.min(latMin, lat);
                            latMax = Math.max(latMax, lat);
                        }
                        unit.add(ring);
                    }
                }
                lonLat.put(id, unit);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (lonLat.isEmpty()) {
            throw new InputException(where + " has no features");
        }
        double phi0 = (latMin + latMax) / 2;
        double scale = Math.cos(Math.toRadians(phi0));
        Map<String, List<double[][]>> projected = new LinkedHashMap<>();
        lonLat.forEach((id, list) -> {
            List<double[][]> out = new ArrayList<>();
            for (double[][] ring : list) {
                double[] x = ring[0].clone();
                for (int i = 0; i < x.length; i++) {
                    x[i] *= scale;
                }
                out.add(new double[][] {x, ring[1].clone()});
            }
            projected.put(id, out);
        });
        return new GeoJsonBoundaries(projected, phi0);
    }

    /** One linear ring: at least four [lon, lat] positions in degrees (the last repeats the first and is dropped). */
    private static double[][] ring(JsonElement e, String at) {
        JsonArray positions = array(e, at);
        if (positions.size() < 4) {
            throw new InputException(at + ": a ring needs at least 4 positions, it has " + positions.size());
        }
        int n = positions.size();
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            JsonArray pos = array(positions.get(i), at + ", position " + i);
            if (pos.size() < 2 || !number(pos.get(0)) || !number(pos.get(1))) {
                throw new InputException(at + ", position " + i + ": expected [longitude, latitude], got " + pos);
            }
            lon[i] = pos.get(0).getAsDouble();
            lat[i] = pos.get(1).getAsDouble();
            if (!(Math.abs(lon[i]) <= 180) || !(Math.abs(lat[i]) <= 90)) {
                throw new InputException(at + ", position " + i + ": " + pos + " is not a longitude, latitude in "
                        + "degrees (GeoJSON is WGS 84 lon/lat; reproject projected coordinates first)");
            }
        }
        boolean closed = lon[0] == lon[n - 1] && lat[0] == lat[n - 1];
        int keep = closed ? n - 1 : n;
        return new double[][] {java.util.Arrays.copyOf(lon, keep), java.util.Arrays.copyOf(lat, keep)};
    }

    private static boolean number(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    private static JsonObject object(JsonElement e, String at, String what) {
        if (e == null || !e.isJsonObject()) {
            throw new InputException(at + ": expected " + what + ", got " + (e == null ? "nothing" : e));
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonElement e, String at) {
        if (e == null || !e.isJsonArray()) {
            throw new InputException(at + ": expected an array, got " + (e == null ? "nothing" : abbreviate(e)));
        }
        return e.getAsJsonArray();
    }

    private static String text(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static String abbreviate(JsonElement e) {
        String s = e.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
