package org.carbonlab.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

/**
 * Writes the "carbonlab.result/1" JSON contract (shared/DESIGN.md). Doubles keep full precision
 * (shortest representation that round-trips); non-finite numbers become null with a warning
 * that names where they occurred. Members that do not apply are omitted.
 */
public final class JsonResultWriter {

    public String write(Result result) {
        JsonObject root = toJson(result);
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.setSerializeNulls(true);
            new com.google.gson.GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(root, w);
        } catch (IOException | com.google.gson.JsonIOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString() + "\n";
    }

    public JsonObject toJson(Result r) {
        JsonArray warnings = new JsonArray();
        Converter c = new Converter(warnings);
        JsonObject root = new JsonObject();
        root.addProperty("schema", Result.SCHEMA);
        JsonObject est = new JsonObject();
        est.addProperty("id", r.estimatorId());
        est.addProperty("version", r.estimatorVersion());
        root.add("estimator", est);
        root.add("parameters", c.map(r.parameters(), "parameters"));
        if (r.data() != null) {
            DataSummary d = r.data();
            JsonObject data = new JsonObject();
            data.addProperty("source", d.source());
            data.addProperty("sha256", d.sha256());
            data.addProperty("n_obs", d.nObs());
            data.addProperty("n_entities", d.nEntities());
            if (d.crossSection()) {
                data.addProperty("cross_section", true); // no periods: n_periods and balanced do not apply
            } else {
                data.addProperty("n_periods", d.nPeriods());
                data.addProperty("balanced", d.balanced());
                if (r.timeUnit() != null) {
                    data.addProperty("time_unit", r.timeUnit().word());
                }
            }
            if (!r.sample().isEmpty()) {
                data.add("sample", c.map(r.sample(), "data.sample"));
            }
            root.add("data", data);
        }
        c.modelMembers(root, r, "");
        if (!r.models().isEmpty()) {
            JsonArray models = new JsonArray();
            for (ModelResult m : r.models()) {
                JsonObject mo = new JsonObject();
                mo.addProperty("name", m.name());
                c.modelMembers(mo, m, "models[" + m.name() + "].");
                models.add(mo);
            }
            root.add("models", models);
        }
        if (!r.tables().isEmpty()) {
            JsonObject tables = new JsonObject();
            for (Map.Entry<String, ResultTable> t : r.tables().entrySet()) {
                JsonObject to = new JsonObject();
                JsonArray cols = new JsonArray();
                t.getValue().columns().forEach(cols::add);
                to.add("columns", cols);
                JsonArray rows = new JsonArray();
                int i = 0;
                for (List<Object> row : t.getValue().rows()) {
                    JsonArray ro = new JsonArray(row.size());
                    for (int j = 0; j < row.size(); j++) {
                        String column = t.getValue().columns().get(j);
                        ro.add(c.cell(r.cellForOutput(column, row.get(j)), t.getKey(), i, column));
                    }
                    rows.add(ro);
                    i++;
                }
                to.add("rows", rows);
                tables.add(t.getKey(), to);
            }
            root.add("tables", tables);
        }
        for (String w : r.warnings()) {
            warnings.add(w);
        }
        c.flushWarnings();
        root.add("warnings", warnings);
        root.add("provenance", c.map(r.provenance(), "provenance"));
        return root;
    }

    /** Turns values into JSON and notes where non-finite numbers were replaced by null. */
    private static final class Converter {
        private final JsonArray warnings;
        private final java.util.List<String> nonFinite = new java.util.ArrayList<>();

        Converter(JsonArray warnings) {
            this.warnings = warnings;
        }

        void flushWarnings() {
            if (!nonFinite.isEmpty()) {
                int shown = Math.min(10, nonFinite.size());
                String where = String.join(", ", nonFinite.subList(0, shown)) + (nonFinite.size() > shown ? ", …" : "");
                warnings.add(nonFinite.size() + " non-finite value(s) written as null: " + where);
            }
        }

        void modelMembers(JsonObject target, ModelResult m, String path) {
            if (!m.coefficients().isEmpty()) {
                JsonArray coefs = new JsonArray();
                for (Coefficient k : m.coefficients()) {
                    JsonObject o = new JsonObject();
                    String p = path + "coefficients[" + k.term() + "].";
                    o.addProperty("term", k.term());
                    o.add("estimate", num(k.estimate(), p + "estimate"));
                    o.add("std_error", num(k.stdError(), p + "std_error"));
                    o.add("statistic", num(k.statistic(), p + "statistic"));
                    o.add("p_value", num(k.pValue(), p + "p_value"));
                    o.add("conf_low", num(k.confLow(), p + "conf_low"));
                    o.add("conf_high", num(k.confHigh(), p + "conf_high"));
                    coefs.add(o);
                }
                target.add("coefficients", coefs);
            }
            if (m.inference() != null) {
                target.add("inference", inference(m.inference(), path + "inference"));
            }
            if (!m.statistics().isEmpty()) {
                target.add("statistics", map(m.statistics(), path + "statistics"));
            }
            if (!m.tests().isEmpty()) {
                JsonArray tests = new JsonArray();
                for (TestResult t : m.tests()) {
                    JsonObject o = new JsonObject();
                    String p = path + "tests[" + t.name() + "].";
                    o.addProperty("name", t.name());
                    o.add("statistic", num(t.statistic(), p + "statistic"));
                    if (t.df().length == 1) {
                        o.add("df", num(t.df()[0], p + "df"));
                    } else if (t.df().length == 2) {
                        o.add("df1", num(t.df()[0], p + "df1"));
                        o.add("df2", num(t.df()[1], p + "df2"));
                    }
                    o.add("p_value", num(t.pValue(), p + "p_value"));
                    o.addProperty("distribution", t.distribution());
                    for (Map.Entry<String, Object> e : t.extra().entrySet()) {
                        o.add(e.getKey(), value(e.getValue(), p + e.getKey()));
                    }
                    tests.add(o);
                }
                target.add("tests", tests);
            }
            if (m.vcov() != null) {
                JsonObject v = new JsonObject();
                JsonArray terms = new JsonArray();
                m.vcovTerms().forEach(terms::add);
                v.add("terms", terms);
                v.add("matrix", value(m.vcov(), path + "vcov"));
                target.add("vcov", v);
            }
        }

        /** distribution, statistic, df (t only), vcov, vcov_description, n_clusters (clustered only), level. */
        JsonObject inference(Inference inf, String path) {
            JsonObject o = new JsonObject();
            o.addProperty("distribution", inf.distribution().label());
            o.addProperty("statistic", inf.statisticSymbol());
            if (!inf.normal()) {
                o.add("df", num(inf.df(), path + ".df"));
            }
            o.addProperty("vcov", inf.vcov().parameterValue());
            if (inf.vcovDescription() != null) {
                o.addProperty("vcov_description", inf.vcovDescription());
            }
            if (inf.clustered()) {
                o.addProperty("n_clusters", inf.clusters());
            }
            o.add("level", num(inf.level(), path + ".level"));
            return o;
        }

        JsonObject map(Map<String, Object> map, String path) {
            JsonObject o = new JsonObject();
            for (Map.Entry<String, Object> e : map.entrySet()) {
                o.add(e.getKey(), value(e.getValue(), path + "." + e.getKey()));
            }
            return o;
        }

        /**
         * A table cell. Its path (for the warning about non-finite values) is only built when needed: a table of a
         * hundred thousand rows would otherwise build as many strings for nothing.
         */
        JsonElement cell(Object v, String table, int row, String column) {
            if (v instanceof Double d && Double.isFinite(d)) {
                return new JsonPrimitive(d);
            }
            if (v instanceof String text) {
                return new JsonPrimitive(text);
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Boolean || v == null) {
                return value(v, null);
            }
            return value(v, "tables." + table + "[" + row + "]." + column);
        }

        JsonElement num(double v, String path) {
            if (!Double.isFinite(v)) {
                nonFinite.add(path);
                return JsonNull.INSTANCE;
            }
            return new JsonPrimitive(v);
        }

        @SuppressWarnings("unchecked")
        JsonElement value(Object v, String path) {
            if (v == null) {
                return JsonNull.INSTANCE;
            }
            if (v instanceof Double d) {
                return num(d, path);
            }
            if (v instanceof Float f) {
                return num(f, path);
            }
            if (v instanceof Number n) {
                return new JsonPrimitive(n);
            }
            if (v instanceof Boolean b) {
                return new JsonPrimitive(b);
            }
            if (v instanceof double[] arr) {
                JsonArray a = new JsonArray();
                for (int i = 0; i < arr.length; i++) {
                    a.add(num(arr[i], path + "[" + i + "]"));
                }
                return a;
            }
            if (v instanceof double[][] m) {
                JsonArray a = new JsonArray();
                for (int i = 0; i < m.length; i++) {
                    a.add(value(m[i], path + "[" + i + "]"));
                }
                return a;
            }
            if (v instanceof Map<?, ?> m) {
                return map((Map<String, Object>) m, path);
            }
            if (v instanceof Iterable<?> it) {
                JsonArray a = new JsonArray();
                int i = 0;
                for (Object o : it) {
                    a.add(value(o, path + "[" + i++ + "]"));
                }
                return a;
            }
            return new JsonPrimitive(v.toString());
        }
    }
}
