package org.carbonlab.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.batch.CommandLine;
import org.carbonlab.core.registry.EstimatorRegistry;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs the carbonlab command in process (as the Spark runner does) and reads its JSON result. */
final class Commands {
    private static EstimatorRegistry registry;

    private Commands() {
    }

    static synchronized EstimatorRegistry registry() {
        if (registry == null) {
            registry = PluginEstimators.registry(Commands.class.getClassLoader(), "test");
        }
        return registry;
    }

    /** The folder for this module's test files (under target, never /tmp). */
    static Path dir() {
        Path d = Path.of(System.getProperty("carbonlab.test.dir", "target/test-files"));
        try {
            return Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of this module's test folder with the given content. */
    static Path write(String name, String content) {
        try {
            return Files.writeString(dir().resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new CommandLine(registry(), "test", o, e).run(args.toArray(String[]::new));
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code estimate ID --data FILE --set ...}: the result JSON (exit code 0 asserted). */
    static JsonObject estimate(String id, Path data, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", id, "--data", data.toString()));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        Run r = run(args);
        // a plain check, not a JUnit assertion: benchmarks/spark.sh runs this without JUnit on the class path
        if (r.code() != 0) {
            throw new IllegalStateException("exit " + r.code() + "; stderr: " + r.err());
        }
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }
}
