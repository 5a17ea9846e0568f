package org.carbonlab.integration.estimators;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/** Test helpers: reference files under resources/, running an estimator as the runner does, reading tables. */
final class Fixtures {

    private Fixtures() {
    }

    static InputStream open(String relative) throws IOException {
        ClassLoader cl = Fixtures.class.getClassLoader();
        for (String name : new String[] {relative, "resources/" + relative}) {
            InputStream in = cl == null ? null : cl.getResourceAsStream(name);
            if (in == null) {
                in = Fixtures.class.getResourceAsStream("/" + name);
            }
            if (in != null) {
                return in;
            }
        }
        for (Path p : new Path[] {Paths.get("resources", relative), Paths.get(relative)}) {
            if (Files.isRegularFile(p)) {
                return Files.newInputStream(p);
            }
        }
        throw new FileNotFoundException("test resource " + relative + " not found");
    }

    static JsonObject json(String relative) throws IOException {
        try (InputStreamReader r = new InputStreamReader(open(relative), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    /** A CSV as header and rows of text. */
    static List<String[]> csv(String relative) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(relative), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        }
        return rows;
    }

    /** The reference indicators as a one-period panel (region, year 2020). */
    static PanelFrame referencePanel() throws IOException {
        List<String[]> rows = csv("entropy_ccd/indicators.csv");
        String[] header = rows.get(0);
        int n = rows.size() - 1;
        String[] ids = new String[n];
        long[] years = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = rows.get(i + 1)[0];
            years[i] = 2020;
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("region").timeColumn("year").entities(ids).times(years);
        for (int j = 1; j < header.length; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Double.parseDouble(rows.get(i + 1)[j]);
            }
            b.column(header[j], v);
        }
        return b.source("indicators.csv").build();
    }

    /** indicator_meta.csv: subsystem → indicators (file order) and the negative indicators. */
    record Meta(Map<String, List<String>> subsystems, List<String> negative) {
        List<String> negativeIn(String subsystem) {
            return subsystems.get(subsystem).stream().filter(negative::contains).toList();
        }
    }

    static Meta referenceMeta() throws IOException {
        Map<String, List<String>> subsystems = new LinkedHashMap<>();
        List<String> negative = new ArrayList<>();
        List<String[]> rows = csv("entropy_ccd/indicator_meta.csv");
        for (String[] r : rows.subList(1, rows.size())) {
            subsystems.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
            if (r[2].equals("negative")) {
                negative.add(r[0]);
            }
        }
        return new Meta(subsystems, negative);
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static EstimationContext context(Estimator e, PanelFrame data, Map<String, String> raw) {
        Parameters p = e.parameters().resolve(raw);
        return EstimationContext.of(data, p);
    }

    /** Resolve, validate (throwing every problem), estimate: what the runner does. */
    static Result run(Estimator e, PanelFrame data, Map<String, String> raw) {
        EstimationContext c = context(e, data, raw);
        List<String> problems = e.validate(c);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return e.estimate(c);
    }

    /** The problems validate reports (resolving must succeed). */
    static List<String> problems(Estimator e, PanelFrame data, Map<String, String> raw) {
        return e.validate(context(e, data, raw));
    }

    static double[] column(ResultTable t, String name) {
        int c = t.columnIndex(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + t.columns());
        }
        double[] out = new double[t.rows().size()];
        for (int i = 0; i < out.length; i++) {
            Object v = t.rows().get(i).get(c);
            out[i] = v == null ? Double.NaN : ((Number) v).doubleValue();
        }
        return out;
    }

    static List<Object> cells(ResultTable t, String name) {
        int c = t.columnIndex(name);
        return t.rows().stream().map(r -> r.get(c)).toList();
    }

    /** The value of {@code valueColumn} in the row whose {@code keyColumn} equals {@code key}. */
    static double lookup(ResultTable t, String keyColumn, String key, String valueColumn) {
        int k = t.columnIndex(keyColumn);
        int v = t.columnIndex(valueColumn);
        for (List<Object> r : t.rows()) {
            if (key.equals(r.get(k))) {
                return ((Number) r.get(v)).doubleValue();
            }
        }
        throw new IllegalArgumentException("no row " + keyColumn + "=" + key);
    }
}
