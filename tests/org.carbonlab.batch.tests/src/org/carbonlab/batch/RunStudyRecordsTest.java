package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.carbonlab.model.Result;
import org.carbonlab.model.ResultStatus;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code carbonlab run}: what a run records in the study, what a rerun says, and the review's
 * robustness faults (names that escape --out, bad output bindings, private file modes).
 */
class RunStudyRecordsTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- A hand-written test study. -->
            <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                name="Grunfeld investment"%s>
              <datasets name="grunfeld" source="data/grunfeld.csv" entityColumn="firm" timeColumn="year"/>
            """;

    private static final String OLS = """
              <analyses name="ols" estimatorId="panel.ols" dataset="grunfeld">
                <parameters name="formula" value="inv ~ value + capital"/>
              </analyses>
            """;

    private static final String FE = """
              <analyses name="fe" estimatorId="panel.fe" dataset="grunfeld">
                <parameters name="formula" value="inv ~ value + capital"/>
              </analyses>
            """;

    private static Path study(String name, String studyAttributes, String analyses) {
        Path dir = Cli.freshDir("records-" + name);
        Cli.write(dir, "data/grunfeld.csv", Cli.read(Cli.grunfeld()));
        return Cli.write(dir, name + ".carbonlab", HEADER.formatted(studyAttributes) + analyses + "</carbonlab:Study>\n");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void runRecordsEveryAnalysisInTheStudyWithTheSha256OfItsResult() throws Exception {
        Path studyFile = study("recorded", "", OLS + FE);
        Path out = studyFile.getParent().resolve("out");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", out.toString()).ok();
        assertTrue(run.err().contains("recorded the run in"), run::describe);

        Study study = StudyFiles.load(studyFile);
        assertEquals(2, study.getResults().size());
        for (String name : List.of("ols", "fe")) {
            Result r = StudyFiles.findAnalysis(study, name).orElseThrow().getResult();
            assertEquals(ResultStatus.OK, r.getStatus(), name);
            assertEquals("out/" + name + ".json", r.getPath());
            assertEquals(sha256(out.resolve(name + ".json")), r.getSha256(), name + ": SHA-256 of the JSON on disk");
            assertEquals(sha256(studyFile.getParent().resolve("data/grunfeld.csv")), r.getDatasetSha256());
            assertEquals("panel." + name, r.getEstimatorId());
            assertEquals("test", r.getCarbonlabVersion());
            assertTrue(r.getEstimatorVersion() != null && !r.getEstimatorVersion().isBlank());
            assertTrue(r.getCreatedAt() != null && r.getElapsedMs() >= 0);
        }
        String saved = Cli.read(studyFile);
        assertTrue(saved.contains("<!-- A hand-written test study. -->"), "the comment stays:\n" + saved);
        assertTrue(saved.contains("schemaVersion=\"2\""), saved);
    }

    @Test
    void aRerunSaysUnchangedAndAfterADataEditSaysChanged() {
        Path studyFile = study("rerun", "", OLS);
        Path out = studyFile.getParent().resolve("out");
        Cli.run("run", studyFile.toString(), "--out", out.toString()).ok();
        Cli.Run again = Cli.run("run", studyFile.toString(), "--out", out.toString()).ok();
        assertTrue(again.err().contains("ols: unchanged since the last run (result out/ols.json still matches its SHA-256)"),
                again::describe);

        Path data = studyFile.getParent().resolve("data/grunfeld.csv");
        Cli.write(studyFile.getParent(), "data/grunfeld.csv", Cli.read(data).replace("1,1935,317.6,", "1,1935,318.6,"));
        Cli.Run changed = Cli.run("run", studyFile.toString(), "--out", out.toString()).ok();
        assertTrue(changed.err().contains("ols: changed since the last run: dataset file (SHA-256 "), changed::describe);
    }

    @Test
    void noRecordLeavesTheStudyFileAsItWas() throws IOException {
        Path studyFile = study("no-record", "", OLS);
        byte[] before = Files.readAllBytes(studyFile);
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", studyFile.getParent().resolve("out").toString(),
                "--no-record").ok();
        assertFalse(run.err().contains("recorded the run"), run::describe);
        assertArrayEquals(before, Files.readAllBytes(studyFile));
    }

    @Test
    void resultFilesGetTheUmasksOrdinaryMode() throws IOException {
        Path studyFile = study("mode", "", OLS);
        Path out = studyFile.getParent().resolve("out");
        Cli.run("run", studyFile.toString(), "--out", out.toString()).ok();
        // What an ordinary create gives here (0644 under umask 022), not a temporary file's 0600.
        String ordinary = PosixFilePermissions.toString(Files.getPosixFilePermissions(
                Files.writeString(studyFile.getParent().resolve("ordinary.txt"), "x")));
        for (Path p : List.of(out.resolve("ols.json"), out.resolve("report.md"), studyFile)) {
            assertEquals(ordinary, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
        }
    }

    @Test
    void anAnalysisNameThatClimbsOutOfTheOutputFolderIsRefused() throws IOException {
        Path studyFile = study("traversal", "", """
                  <analyses name="../../escaped" estimatorId="panel.ols" dataset="grunfeld">
                    <parameters name="formula" value="inv ~ value + capital"/>
                  </analyses>
                """);
        Path out = studyFile.getParent().resolve("out");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", out.toString()).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("analysis name '../../escaped' is not allowed"), run::describe);
        assertTrue(run.err().contains(studyFile.getFileName().toString()), run::describe);
        assertFalse(Files.exists(out), run::describe);
        try (Stream<Path> all = Files.walk(Cli.testRoot())) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().equals("escaped.json")), "no escaped.json anywhere");
        }
    }

    @Test
    void aBindingToAnExistingColumnIsRefusedBeforeAnythingRuns() {
        Path studyFile = study("binding-clash", "", """
                  <analyses name="ols" estimatorId="panel.ols" dataset="grunfeld">
                    <parameters name="formula" value="inv ~ value + capital"/>
                    <outputs table="residuals" column="residual" variable="inv"/>
                  </analyses>
                """);
        Path out = studyFile.getParent().resolve("out");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", out.toString()).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("analysis 'ols', output 1: the variable 'inv' is already a column of dataset 'grunfeld'"),
                run::describe);
        assertFalse(Files.exists(out), "nothing ran");
    }

    @Test
    void aBindingThatFailsAfterTheEstimatorRanFailsOnlyThatAnalysis() throws Exception {
        Path studyFile = study("binding-late", "", """
                  <analyses name="ols_bound" estimatorId="panel.ols" dataset="grunfeld">
                    <parameters name="formula" value="inv ~ value + capital"/>
                    <outputs table="no_such_table" column="x" variable="bound"/>
                  </analyses>
                """ + FE);
        Path out = studyFile.getParent().resolve("out");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", out.toString()).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("analysis 'ols_bound'") && run.err().contains("no_such_table"), run::describe);
        assertTrue(run.err().contains("1 analysis(es) failed"), run::describe);
        assertTrue(Files.isRegularFile(out.resolve("fe.json")), "the other analysis ran:\n" + run.describe());
        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.contains("## ols_bound (panel.ols)") && report.contains("Failed (bad output binding)"), report);
        assertTrue(report.contains("## fe (panel.fe)"), report);
        Study study = StudyFiles.load(studyFile);
        assertEquals(ResultStatus.FAILED_INPUT, StudyFiles.findAnalysis(study, "ols_bound").orElseThrow().getResult().getStatus());
        assertEquals(ResultStatus.OK, StudyFiles.findAnalysis(study, "fe").orElseThrow().getResult().getStatus());
    }

    @Test
    void aStudyFromANewerSchemaIsRefusedWithAClearMessage() {
        Path studyFile = study("newer", " schemaVersion=\"99\"", OLS);
        Path out = studyFile.getParent().resolve("out");
        Cli.Run run = Cli.run("run", studyFile.toString(), "--out", out.toString()).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("schema version 99") && run.err().contains("newer CarbonLab"), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
        assertFalse(Files.exists(out));
    }
}
