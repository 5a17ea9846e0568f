package org.carbonlab.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.inference.ReferenceDistribution;
import org.carbonlab.core.inference.VcovType;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads a "carbonlab.result/1" JSON file back into a {@link Result}, so a result that an earlier run wrote
 * can be shown again (tables, charts). The inverse of {@link JsonResultWriter}: numbers written as null
 * (non-finite) come back as NaN, and the writer's warning about them is left to the writer to say again.
 */
public final class JsonResultReader {

    /** @throws InputException when the text is not a CarbonLab result (names what is wrong) */
    public Result read(String json, String where) {
        JsonObject root;
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject()) {
                throw new InputException(where + " is not a CarbonLab result: its JSON is not an object");
            }
            root = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new InputException(where + " is not valid JSON: " + e.getMessage());
        }
        String schema = text(root, "schema");
        if (!Result.SCHEMA.equals(schema)) {
            throw new InputException(where + " is not a CarbonLab result: schema '" + schema + "', expected '"
                    + Result.SCHEMA + "'");
        }
        JsonObject est = root.getAsJsonObject("estimator");
        Result r = new Result(est == null ? null : text(est, "id"));
        if (est != null) {
            r.estimatorVersion(text(est, "version"));
        }
        putAll(r.parameters(), root.getAsJsonObject("parameters"));
        JsonObject data = root.getAsJsonObject("data");
        if (data != null) {
            boolean cross = data.has("cross_section") && data.get("cross_section").getAsBoolean();
            DataSummary d = new DataSummary(text(data, "source"), text(data, "sha256"), integer(data, "n_obs"),
                    integer(data, "n_entities"), cross ? 1 : integer(data, "n_periods"),
                    !cross && data.has("balanced") && data.get("balanced").getAsBoolean());
            r.data(cross ? d.asCrossSection() : d);
            putAll(r.sample(), data.getAsJsonObject("sample"));
        }
        java.util.Set<String> nonFinite = nonFinitePaths(root);
        modelMembers(r, root);
        if (root.has("statistics")) {
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("statistics").entrySet()) {
                if (e.getValue().isJsonNull() && nonFinite.contains("statistics." + e.getKey())) {
                    r.statistic(e.getKey(), Double.NaN);
                }
            }
        }
        if (root.has("models")) {
            for (JsonElement m : root.getAsJsonArray("models")) {
                ModelResult model = new ModelResult(text(m.getAsJsonObject(), "name"));
                modelMembers(model, m.getAsJsonObject());
                r.models().add(model);
            }
        }
        if (root.has("tables")) {
            for (Map.Entry<String, JsonElement> t : root.getAsJsonObject("tables").entrySet()) {
                JsonObject to = t.getValue().getAsJsonObject();
                List<String> columns = new ArrayList<>();
                to.getAsJsonArray("columns").forEach(c -> columns.add(c.getAsString()));
                ResultTable table = new ResultTable(columns);
                int i = 0;
                for (JsonElement row : to.getAsJsonArray("rows")) {
                    List<Object> cells = new ArrayList<>();
                    JsonArray ra = row.getAsJsonArray();
                    for (int j = 0; j < ra.size(); j++) {
                        boolean nan = ra.get(j).isJsonNull()
                                && nonFinite.contains("tables." + t.getKey() + "[" + i + "]." + columns.get(j));
                        cells.add(nan ? (Object) Double.NaN : value(ra.get(j)));
                    }
                    table.addRow(cells.toArray());
                    i++;
                }
                r.table(t.getKey(), table);
            }
        }
        if (root.has("warnings")) {
            for (JsonElement w : root.getAsJsonArray("warnings")) {
                if (!isNonFiniteWarning(w.getAsString())) { // the writer says that again when the result is written
                    r.warn(w.getAsString());
                }
            }
        }
        putAll(r.provenance(), root.getAsJsonObject("provenance"));
        return r;
    }

    /** How {@link JsonResultWriter} begins its warning about non-finite numbers (after their count). */
    private static final String NON_FINITE = "non-finite value(s) written as null: ";

    /**
     * The paths of the numbers that the writer's warning names as non-finite (written as null): table cells and
     * statistics come back as NaN there (elsewhere null is a value too). Coefficients, tests and the vcov hold
     * numbers only, so their nulls are NaN anyway.
     */
    private static java.util.Set<String> nonFinitePaths(JsonObject root) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        if (root.has("warnings")) {
            for (JsonElement w : root.getAsJsonArray("warnings")) {
                String text = w.getAsString();
                if (isNonFiniteWarning(text)) {
                    paths.addAll(List.of(text.substring(text.indexOf(NON_FINITE) + NON_FINITE.length()).split(", ")));
                }
            }
        }
        return paths;
    }

    private static boolean isNonFiniteWarning(String text) {
        return text.matches("\\d+ " + java.util.regex.Pattern.quote(NON_FINITE) + ".*");
    }

    private static void modelMembers(ModelResult m, JsonObject o) {
        if (o.has("coefficients")) {
            for (JsonElement e : o.getAsJsonArray("coefficients")) {
                JsonObject c = e.getAsJsonObject();
                m.addCoefficient(new Coefficient(text(c, "term"), num(c, "estimate"), num(c, "std_error"),
                        num(c, "statistic"), num(c, "p_value"), num(c, "conf_low"), num(c, "conf_high")));
            }
        }
        if (o.has("inference")) {
            JsonObject i = o.getAsJsonObject("inference");
            ReferenceDistribution dist = ReferenceDistribution.fromLabel(text(i, "distribution"));
            m.inference(new Inference(dist, i.has("df") ? num(i, "df") : Double.POSITIVE_INFINITY,
                    VcovType.fromParameter(text(i, "vcov")), text(i, "vcov_description"),
                    i.has("n_clusters") ? integer(i, "n_clusters") : 0, num(i, "level")));
        }
        if (o.has("statistics")) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("statistics").entrySet()) {
                m.statistic(e.getKey(), value(e.getValue()));
            }
        }
        if (o.has("tests")) {
            for (JsonElement e : o.getAsJsonArray("tests")) {
                JsonObject t = e.getAsJsonObject();
                double[] df = t.has("df") ? new double[] { num(t, "df") }
                        : t.has("df1") ? new double[] { num(t, "df1"), num(t, "df2") } : new double[0];
                TestResult test = new TestResult(text(t, "name"), num(t, "statistic"), df, num(t, "p_value"),
                        text(t, "distribution"), new LinkedHashMap<>());
                for (Map.Entry<String, JsonElement> x : t.entrySet()) {
                    if (!List.of("name", "statistic", "df", "df1", "df2", "p_value", "distribution").contains(x.getKey())) {
                        test = test.with(x.getKey(), value(x.getValue()));
                    }
                }
                m.addTest(test);
            }
        }
        if (o.has("vcov")) {
            JsonObject v = o.getAsJsonObject("vcov");
            List<String> terms = new ArrayList<>();
            v.getAsJsonArray("terms").forEach(t -> terms.add(t.getAsString()));
            JsonArray rows = v.getAsJsonArray("matrix");
            double[][] matrix = new double[rows.size()][];
            for (int i = 0; i < matrix.length; i++) {
                JsonArray row = rows.get(i).getAsJsonArray();
                matrix[i] = new double[row.size()];
                for (int j = 0; j < row.size(); j++) {
                    matrix[i][j] = row.get(j).isJsonNull() ? Double.NaN : row.get(j).getAsDouble();
                }
            }
            m.vcov(terms, matrix);
        }
    }

    private static void putAll(Map<String, Object> target, JsonObject o) {
        if (o != null) {
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                target.put(e.getKey(), value(e.getValue()));
            }
        }
    }

    /** JSON to the values results hold: numbers as Long when integral and written so, else Double; null stays. */
    private static Object value(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isNumber()) {
                String s = p.getAsString();
                if (s.matches("-?\\d+") && s.length() < 19) {
                    return Long.parseLong(s);
                }
                return p.getAsDouble();
            }
            return p.getAsString();
        }
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> list.add(value(x)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        putAll(map, e.getAsJsonObject());
        return map;
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static double num(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
    }

    private static int integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? 0 : e.getAsInt();
    }
}
