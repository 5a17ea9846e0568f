package org.carbonlab.efficiency.estimators;

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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/** Test helpers for the DEA tests: reference files under resources/dea, running the estimator as the runner does. */
final class DeaFixtures {

    private DeaFixtures() {
    }

    static InputStream open(String relative) throws IOException {
        ClassLoader cl = DeaFixtures.class.getClassLoader();
        for (String name : new String[] {relative, "resources/" + relative}) {
            InputStream in = cl == null ? null : cl.getResourceAsStream(name);
            if (in == null) {
                in = DeaFixtures.class.getResourceAsStream("/" + name);
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

    /** A reference CSV (quoted header, first column the DMU id) as a one-period panel (dmu, year 2000). */
    static PanelFrame panel(String relative) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(relative), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(",", -1));
                }
            }
        }
        String[] header = rows.get(0);
        int n = rows.size() - 1;
        String[] ids = new String[n];
        long[] years = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = rows.get(i + 1)[0];
            years[i] = 2000;
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("dmu").timeColumn("year").entities(ids).times(years);
        for (int j = 1; j < header.length; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Double.parseDouble(rows.get(i + 1)[j]);
            }
            b.column(header[j], v);
        }
        return b.source(relative).build();
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

    static double[] doubles(JsonArray a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).getAsDouble();
        }
        return d;
    }

    static double[][] matrix(JsonArray a) {
        double[][] d = new double[a.size()][];
        for (int i = 0; i < d.length; i++) {
            d[i] = doubles(a.get(i).getAsJsonArray());
        }
        return d;
    }

    static List<String> strings(JsonArray a) {
        List<String> s = new ArrayList<>();
        a.forEach(e -> s.add(e.getAsString()));
        return s;
    }

    static boolean[] flags(JsonArray a) {
        boolean[] d = new boolean[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).getAsBoolean();
        }
        return d;
    }
}
