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
import java.util.stream.Stream;

import org.carbonlab.batch.CommandLine;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code run STUDY} through the Spark runner: the example study (31 analyses and steps; its DEA, placebo and
 * mediation bootstrap go through Spark) writes the same results as the local command, a report and its charts.
 */
class SparkStudyRunTest {

    @Test
    void exampleStudyGivesTheLocalResultsWithReportAndCharts() throws IOException {
        Path study = Path.of("../../examples/china-provinces/china-provinces.carbonlab").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(study), study.toString());
        Path sparkOut = Commands.dir().resolve("study-spark");
        Path localOut = Commands.dir().resolve("study-local");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = SparkRunner.runOn(LocalSpark.context(), 2, List.of("run", study.toString(), "--out",
                    sparkOut.toString(), "--no-record"), o, e);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(CommandLine.OK, code, stderr);
        for (String stage : List.of("DEA programs", "panel.placebo", "bootstrap")) {
            assertTrue(stderr.contains("carbonlab: spark: " + stage), stage + " ran on Spark: " + stderr);
        }
        assertTrue(Files.isRegularFile(sparkOut.resolve("report.md")));
        try (Stream<Path> files = Files.walk(sparkOut)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".png")), "the report has charts");
        }
        Commands.Run local = Commands.run(List.of("run", study.toString(), "--out", localOut.toString(),
                "--no-record"));
        assertEquals(0, local.code(), local.err());
        for (String analysis : List.of("carbon_efficiency_sbm", "placebo_ets_pilots", "mediation_rd")) {
            JsonObject a = JsonParser.parseString(Files.readString(sparkOut.resolve(analysis + ".json")))
                    .getAsJsonObject();
            JsonObject b = JsonParser.parseString(Files.readString(localOut.resolve(analysis + ".json")))
                    .getAsJsonObject();
            for (JsonObject r : List.of(a, b)) {
                r.remove("provenance");
                r.getAsJsonObject("estimator").remove("version");
            }
            assertEquals(b.toString(), a.toString(), analysis);
        }
    }
}
