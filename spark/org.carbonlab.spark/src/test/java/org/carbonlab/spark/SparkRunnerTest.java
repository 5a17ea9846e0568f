package org.carbonlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carbonlab.batch.CommandLine;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The spark-submit entry end to end: {@code estimate ID --data F --set ... --out FILE} with the command's arguments
 * writes the same result file as the carbonlab command, reports each Spark stage on standard error, and bad
 * options exit 2 with a message.
 */
class SparkRunnerTest {

    @Test
    void estimateWritesTheResultOfTheLocalCommand() throws IOException {
        Path data = TestData.dea(10, 5);
        Path sparkOut = Commands.dir().resolve("runner-dea.json");
        Path localOut = Commands.dir().resolve("local-dea.json");
        List<String> args = List.of("estimate", "efficiency.dea", "--data", data.toString(), "--set",
                "inputs=labour,capital,energy", "--set", "outputs=gdp", "--set", "undesirable=co2", "--set",
                "super=true", "--set", "frontier=sequential", "--out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = SparkRunner.runOn(LocalSpark.context(), 2, concat(args, sparkOut.toString()), System.out, e);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(CommandLine.OK, code, stderr);
        assertTrue(stderr.contains("carbonlab: spark: DEA programs: 50 DMUs: 50 tasks in 4 Spark tasks..."), stderr);
        assertTrue(stderr.contains("carbonlab: spark: DEA programs: 50 DMUs: done in "), stderr);
        assertEquals(0, Commands.run(concat(args, localOut.toString())).code());
        JsonObject a = JsonParser.parseString(Files.readString(sparkOut)).getAsJsonObject();
        JsonObject b = JsonParser.parseString(Files.readString(localOut)).getAsJsonObject();
        SparkEqualsLocalTest.assertTablesBitForBit(b, a, "scores");
        a.remove("provenance");
        b.remove("provenance");
        // the runner names its own version (the test registry says "test")
        a.getAsJsonObject("estimator").remove("version");
        b.getAsJsonObject("estimator").remove("version");
        assertEquals(b.toString(), a.toString());
    }

    @Test
    void badOptionsExitTwoNamingThem() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            assertEquals(CommandLine.BAD_INPUT, SparkRunner.run(new String[] {"--partitions-per-core", "0", "estimators"},
                    System.out, e));
            assertEquals(CommandLine.BAD_INPUT, SparkRunner.run(new String[] {"--executors", "3", "estimators"},
                    System.out, e));
            assertEquals(CommandLine.BAD_INPUT, SparkRunner.run(new String[0], System.out, e));
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("--partitions-per-core takes a whole number of at least 1, not '0'"), stderr);
        assertTrue(stderr.contains("unknown option '--executors'"), stderr);
        assertTrue(stderr.contains("usage: SparkRunner"), stderr);
    }

    @Test
    void unknownEstimatorIsBadInputAsInTheCommand() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = SparkRunner.runOn(LocalSpark.context(), 2, List.of("estimate", "efficiency.deaa", "--data",
                    TestData.dea(3, 2).toString()), System.out, e);
        }
        assertEquals(CommandLine.BAD_INPUT, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown estimator 'efficiency.deaa' (did you mean "
                + "'efficiency.dea'?)"), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> concat(List<String> a, String last) {
        List<String> out = new java.util.ArrayList<>(a);
        out.add(last);
        return out;
    }
}
