package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.carbonlab.core.registry.EstimatorRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Test support: runs the {@code carbonlab} command line in-process with captured standard output
 * and error, finds the test resources, and hands out fresh folders under the build's test
 * directory (system property {@code carbonlab.test.dir}, else {@code target/test-files}).
 */
final class Cli {
    /** The estimators installed in the running platform (panel.ols and panel.fe from org.carbonlab.panel). */
    static final EstimatorRegistry REGISTRY = EstimatorRegistry.fromExtensions();

    private Cli() {
    }

    /** What one invocation produced. */
    record Run(String[] args, int code, String out, String err) {
        private static final Pattern DATA_NOTE = Pattern.compile(
                "^carbonlab: (dataset '[^']*': )?data .*: entity column '.*', (time column '.*' \\(|no time column \\()");

        /** Standard output parsed as a JSON object. */
        JsonObject json() {
            JsonElement e = JsonParser.parseString(out);
            assertTrue(e.isJsonObject(), () -> "stdout is not a JSON object:\n" + out);
            return e.getAsJsonObject();
        }

        /**
         * The non-empty lines of standard error except the {@linkplain #dataNotes() data notes}:
         * the warnings and error messages.
         */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank() && !DATA_NOTE.matcher(l).find()).toList();
        }

        /** The lines that say which columns of a dataset were taken as entity and time (one per dataset read). */
        List<String> dataNotes() {
            return err.lines().filter(l -> DATA_NOTE.matcher(l).find()).toList();
        }

        /** A description for assertion messages. */
        String describe() {
            return "carbonlab " + String.join(" ", args) + "\nexit " + code + "\n--- stdout ---\n" + abbreviate(out)
                    + "\n--- stderr ---\n" + err;
        }

        Run expectCode(int expected) {
            assertEquals(expected, code, this::describe);
            return this;
        }

        Run ok() {
            return expectCode(CommandLine.OK);
        }

        private static String abbreviate(String s) {
            return s.length() > 4000 ? s.substring(0, 4000) + "\n[... " + (s.length() - 4000) + " more chars]" : s;
        }
    }

    static Run run(String... args) {
        return run(REGISTRY, args);
    }

    /** Runs with another registry (e.g. the installed estimators plus a test estimator). */
    static Run run(EstimatorRegistry registry, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new CommandLine(registry, "test", o, e).run(args);
        }
        return new Run(args, code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Root folder for files written by these tests (created). */
    static Path testRoot() {
        String base = System.getProperty("carbonlab.test.dir");
        Path dir = (base != null && !base.isBlank() ? Path.of(base) : Path.of("target", "test-files")).resolve("batch");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.toAbsolutePath();
    }

    /** A fresh, empty folder {@code name} under the test root (old content from earlier runs removed). */
    static Path freshDir(String name) {
        Path dir = testRoot().resolve(name);
        deleteTree(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes UTF-8 text to {@code dir/name}. */
    static Path write(Path dir, String name, String text) {
        Path p = dir.resolve(name);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the files in a folder, sorted. */
    static List<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A test resource ({@code resources/<name>} in this fragment) as a plain file: copied out of
     * the bundle into the test folder, so that every test sees an ordinary path.
     */
    static Path resource(String name) {
        Path target = testRoot().resolve("resources").resolve(name);
        try (InputStream in = openResource(name)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The text of a test resource. */
    static String resourceText(String name) {
        try (InputStream in = openResource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream openResource(String name) throws IOException {
        String path = "resources/" + name;
        Bundle host = FrameworkUtil.getBundle(Cli.class);
        if (host != null) {
            int slash = path.lastIndexOf('/');
            // findEntries searches the host and its attached fragments (this test fragment).
            Enumeration<URL> found = host.findEntries(path.substring(0, slash), path.substring(slash + 1), false);
            if (found != null && found.hasMoreElements()) {
                return found.nextElement().openStream();
            }
        }
        URL url = Cli.class.getClassLoader().getResource(path);
        if (url != null) {
            return url.openStream();
        }
        Path local = Path.of(path);
        if (Files.isRegularFile(local)) {
            return Files.newInputStream(local);
        }
        throw new IllegalStateException("test resource not found: " + path);
    }

    /** The grunfeld data as a file in the test folder. */
    static Path grunfeld() {
        return resource("grunfeld/data.csv");
    }

    /** Asserts that a folder holds no leftover temporary files of an atomic write. */
    static void assertNoTempFiles(Path dir) {
        List<String> temps = new ArrayList<>();
        for (String f : list(dir)) {
            if (f.endsWith(".tmp") || f.startsWith(".")) {
                temps.add(f);
            }
        }
        assertTrue(temps.isEmpty(), () -> "temporary files left in " + dir + ": " + temps);
    }

    static JsonObject parseObject(String text) {
        JsonElement e = JsonParser.parseString(text);
        assertNotNull(e);
        assertTrue(e.isJsonObject(), "not a JSON object");
        return e.getAsJsonObject();
    }
}
