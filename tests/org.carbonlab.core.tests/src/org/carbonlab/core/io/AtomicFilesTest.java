package org.carbonlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.carbonlab.core.errors.InputException;
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
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full (simulated)");
        }));
        assertEquals("cannot write " + target + ": disk full (simulated)", e.getMessage());
        assertEquals("old report", Files.readString(target));
        try (Stream<Path> s = Files.list(d)) {
            assertEquals(List.of(target), s.toList(), "the temporary file is removed");
        }
    }

    @Test
    void filesGetTheModeOfAnOrdinaryCreateNotThePrivateModeOfATempFile() throws IOException {
        Path d = dir("atomic-mode");
        // CarbonLab's servers and CI are POSIX; file modes do not exist elsewhere.
        assertTrue(d.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        // What the umask gives a plain new file here (0644 under umask 022).
        Path ordinary = Files.writeString(d.resolve("ordinary.txt"), "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(ordinary);
        Path written = d.resolve("result.json");
        AtomicFiles.writeString(written, "{}");
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        AtomicFiles.writeString(written, "{\"again\": true}");
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(written)), "replacing keeps the ordinary mode");
        if (expected.contains(PosixFilePermission.GROUP_READ)) {
            assertNotEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        }
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path target = dir("atomic-dirs").resolve("a/b/c.txt");
        AtomicFiles.writeString(target, "x");
        assertEquals("x", Files.readString(target));
    }

    @Test
    void aDeviceIsWrittenThroughNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        AtomicFiles.writeString(devNull, "discarded");
        assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is still a device");
        try (Stream<Path> s = Files.list(Path.of("/dev"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".null.")), "no temp file in /dev");
        }
    }

    @Test
    void aDirectoryAsTargetIsAnErrorThatSaysSo() throws IOException {
        Path d = dir("atomic-dir");
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.writeString(d, "x"));
        assertEquals("cannot write " + d + ": it is a directory; give a file name", e.getMessage());
        try (Stream<Path> s = Files.list(d)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aFileInThePlaceOfAFolderIsNamed() throws IOException {
        Path d = dir("atomic-parent");
        Path file = d.resolve("plain.txt");
        Files.writeString(file, "keep");
        Path target = file.resolve("sub").resolve("out.json");
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.writeString(target, "x"));
        assertEquals("cannot write " + target + ": " + file + " is a file, not a folder", e.getMessage());
        InputException f = assertThrows(InputException.class, () -> AtomicFiles.ensureFolder(file));
        assertEquals("cannot write results to " + file + ": it is a file, not a folder", f.getMessage());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws IOException {
        Path d = dir("atomic-link");
        Path real = d.resolve("real.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(d.resolve("link.txt"), real);
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }
}
