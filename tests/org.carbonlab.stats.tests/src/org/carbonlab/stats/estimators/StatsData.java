package org.carbonlab.stats.estimators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Test support: the resources of this fragment as files and frames, and running an estimator on them. */
final class StatsData {
    private StatsData() {
    }

    static InputStream open(String relative) throws IOException {
        InputStream in = StatsData.class.getClassLoader().getResourceAsStream("resources/" + relative);
        if (in != null) {
            return in;
        }
        Path p = Path.of("resources", relative);
        if (Files.isRegularFile(p)) {
            return Files.newInputStream(p);
        }
        throw new IOException("test resource " + relative + " not found");
    }

    /** The resource copied to the build's test folder. */
    static Path file(String relative) {
        String base = System.getProperty("carbonlab.test.dir");
        Path target = (base == null || base.isBlank() ? Path.of("target", "test-files") : Path.of(base))
                .resolve("stats").resolve(relative);
        try (InputStream in = open(relative)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target.toAbsolutePath();
    }

    static PanelFrame panel(String relative, String entity, String time) {
        return DataReader.readPanel(file(relative), null, entity, time);
    }

    static JsonObject json(String relative) {
        try (InputStreamReader r = new InputStreamReader(open(relative), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(Estimator e, PanelFrame data, Map<String, String> raw) {
        EstimationContext context = EstimationContext.of(data, e.parameters().resolve(raw));
        var problems = e.validate(context);
        if (!problems.isEmpty()) {
            throw new org.carbonlab.core.errors.InputException(problems);
        }
        return e.estimate(context);
    }

    /** The cell of {@code table} in the row whose first columns equal {@code key}, column {@code column}. */
    static Object cell(ResultTable table, String column, Object... key) {
        int c = table.columnIndex(column);
        if (c < 0) {
            throw new AssertionError("no column " + column + " in " + table.columns());
        }
        outer:
        for (var row : table.rows()) {
            for (int k = 0; k < key.length; k++) {
                if (!String.valueOf(key[k]).equals(String.valueOf(row.get(k)))) {
                    continue outer;
                }
            }
            return row.get(c);
        }
        throw new AssertionError("no row " + java.util.Arrays.toString(key) + " in table " + table.columns());
    }

    static double number(ResultTable table, String column, Object... key) {
        Object v = cell(table, column, key);
        if (v == null) {
            return Double.NaN;
        }
        return ((Number) v).doubleValue();
    }
}
