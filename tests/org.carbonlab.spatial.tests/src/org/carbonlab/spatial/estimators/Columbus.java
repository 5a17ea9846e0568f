package org.carbonlab.spatial.estimators;

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
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The Columbus reference (resources/columbus, copied from shared/reference/spatial/columbus; spdep 1.2-7): the
 * data as a cross-section by POLYID, W from the edge list (binary or row-standardised column), expected.json.
 */
public final class Columbus {
    private Columbus() {
    }

    static InputStream open(String relative) throws IOException {
        ClassLoader cl = Columbus.class.getClassLoader();
        for (String name : new String[] {relative, "resources/" + relative}) {
            InputStream in = cl == null ? null : cl.getResourceAsStream(name);
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

    static List<String[]> csv(String relative) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(relative), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(",", -1));
                }
            }
        }
        return rows;
    }

    public static JsonObject expected() throws IOException {
        try (InputStreamReader r = new InputStreamReader(open("columbus/expected.json"), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    public static double[] array(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }

    /** data.csv as a cross-section with entity POLYID (1..49, file order) and the numeric columns. */
    public static PanelFrame data() throws IOException {
        List<String[]> rows = csv("columbus/data.csv");
        String[] header = rows.get(0);
        int n = rows.size() - 1;
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = rows.get(i + 1)[0];
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("POLYID").crossSection().entities(ids);
        for (int j = 1; j < header.length; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Double.parseDouble(rows.get(i + 1)[j]);
            }
            b.column(header[j], v);
        }
        return b.source("columbus/data.csv").build();
    }

    public static double[] column(String name) throws IOException {
        return data().numeric(name);
    }

    /** W from W_edges.csv: {@code rowStandardised} picks the w_rowstd column, else w_binary. Ids "1".."49". */
    public static SpatialWeights weights(boolean rowStandardised) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 49; i++) {
            ids.add(Integer.toString(i));
        }
        SpatialWeights.Builder b = SpatialWeights.builder(ids, "columbus/W_edges.csv", SpatialWeights.FORMAT_EDGE_LIST_CSV);
        List<String[]> rows = csv("columbus/W_edges.csv");
        for (String[] r : rows.subList(1, rows.size())) {
            b.link(r[0], r[1], Double.parseDouble(r[rowStandardised ? 3 : 2]));
        }
        return b.build();
    }

    public static EstimationContext context(Estimator e, PanelFrame data, SpatialWeights w, long seed,
            Map<String, String> raw) {
        Parameters p = e.parameters().resolve(raw);
        return new EstimationContext(data, p, ProgressMonitor.NULL, seed, Map.of("W", w));
    }

    public static double[] numbers(ResultTable t, String name) {
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

    public static List<Object> cells(ResultTable t, String name) {
        int c = t.columnIndex(name);
        return t.rows().stream().map(r -> r.get(c)).toList();
    }
}
