package org.carbonlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class AtomicFilesTest {

    static Path dir(String name) throws IOException {
        String configured = System.getProperty("carbonlab.test.dir");
        Path base = configured != null ? Path.of(configured) : Path.of("target", "test-files");
        Files.createDirectories(base);
        return Files.createTempDirectory(base, name);
    }

    @Test
    void replacesContentAndLeavesNoTemporaryFile() throws IOException {
        Path d = dir("atomic");
        Path target = d.resolve("out.json");
        AtomicFiles.writeString(target, "old");
        AtomicFiles.writeString(target, "new");
        assertEquals("new", Files.readString(target));
        try (Stream<Path> s = Files.list(d)) {
            assertEquals(List.of(target), s.toList());
        }
    }

    @Test
    void aFailureMidWayKeepsTheOldFile() throws IOException {
        Path d = dir("atomic-fail");
        Path target = d.resolve("report.md");
        AtomicFiles.writeString(target, "old report");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full (simulated)");
        }));
        assertEquals("old report", Files.readString(target));
        try (Stream<Path> s = Files.list(d)) {
            assertEquals(List.of(target), s.toList(), "the temporary file is removed");
        }
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path target = dir("atomic-dirs").resolve("a/b/c.txt");
        AtomicFiles.writeString(target, "x");
        assertEquals("x", Files.readString(target));
    }
}
