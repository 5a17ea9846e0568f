package org.carbonlab.emissions.estimators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.study.EstimationRunner;

/** Runs estimators as the command line does, and finds or writes test files. */
final class Harness {
    private Harness() {
    }

    static Result run(String id, Estimator estimator, PanelFrame data, String... keyValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            raw.put(keyValues[i], keyValues[i + 1]);
        }
        EstimatorDescriptor d = new EstimatorDescriptor(id, id, "emissions", "test", "", "test", () -> estimator);
        return new EstimationRunner("test").run(d, data, raw, ProgressMonitor.NULL);
    }

    static Result ipcc(PanelFrame data, String... keyValues) {
        return run("emissions.ipcc", new IpccEmissionsEstimator(), data, keyValues);
    }

    static Result pim(PanelFrame data, String... keyValues) {
        return run("capital.pim", new CapitalStockEstimator(), data, keyValues);
    }

    /** The value of {@code column} in the row of {@code entity} and {@code time}; NaN for null. */
    static double cell(ResultTable t, String entity, long time, String column) {
        int c = t.columnIndex(column);
        if (c < 0) {
            throw new AssertionError("no column " + column + " in " + t.columns());
        }
        for (List<Object> row : t.rows()) {
            if (row.get(0).toString().equals(entity) && ((Number) row.get(1)).longValue() == time) {
                Object v = row.get(c);
                return v == null ? Double.NaN : ((Number) v).doubleValue();
            }
        }
        throw new AssertionError("no row " + entity + " " + time);
    }

    /** A folder for files the tests write (the build's test-files folder). */
    static Path outputDir() {
        String base = System.getProperty("carbonlab.test.dir");
        Path dir = base == null ? Path.of("target", "test-files") : Path.of(base);
        try {
            return Files.createDirectories(dir.resolve("emissions"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(String name, String content) {
        try {
            return Files.writeString(outputDir().resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource of the test fragment ({@code resources/...}) as a file. */
    static Path resource(String name) {
        ClassLoader cl = Harness.class.getClassLoader();
        for (String candidate : new String[] {"resources/" + name, name}) {
            URL url = cl.getResource(candidate);
            if (url == null) {
                continue;
            }
            try {
                if ("file".equals(url.getProtocol())) {
                    return Path.of(url.toURI());
                }
                Path out = outputDir().resolve(name);
                Files.createDirectories(out.getParent());
                try (InputStream in = url.openStream()) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path local = Path.of("resources", name);
        if (Files.isRegularFile(local)) {
            return local;
        }
        throw new IllegalStateException("test resource not found: " + name);
    }
}
