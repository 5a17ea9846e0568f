package org.carbonlab.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.carbonlab.core.errors.InputException;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * half-written file: write a temporary sibling, force it to disk, then rename over the target.
 *
 * <p>What a target means: a regular file (or a new name) is replaced atomically; a symbolic link is
 * followed and its target replaced; a special file (device such as {@code /dev/null}, pipe, socket)
 * is written through, never replaced by a regular file; a directory is an error. Problems with the
 * target are {@link InputException}s that name the path the caller gave, never the temporary file.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes what {@code body} produces; if it throws, the target is untouched and no temp file stays. */
    public static void write(Path target, IOConsumer body) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new InputException("cannot write " + target + ": it is a directory; give a file name");
        }
        if (Files.isSymbolicLink(abs) && Files.exists(abs)) {
            abs = abs.toRealPath(); // replace what the link points to, keep the link
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            writeThrough(target, abs, body);
            return;
        }
        Path dir = abs.getParent();
        if (dir != null) {
            checkFolder(target, dir);
        }
        // Not Files.createTempFile: it creates the file with mode 0600, and the rename would give the
        // result that mode; an ordinary create gives the mode the umask allows (0644 under 022).
        Path tmp = (dir == null ? Path.of("") : dir).resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean done = false;
        try {
            OutputStream out;
            try {
                out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw cannotWrite(target, dir, e);
            }
            try (out) {
                body.accept(out);
            } catch (IOException e) {
                throw cannotWrite(target, dir, e);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw cannotWrite(target, null, e);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Checks that {@code dir} is (or can be made) a writable folder: a file in its place or a
     * folder that cannot be created is reported with the user's path.
     */
    private static void checkFolder(Path target, Path dir) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new InputException("cannot write " + target + ": " + existing + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannotWrite(target, dir, e);
        }
    }

    /** A device, pipe or socket: open it as it is (no create, no truncate: a device has no length). */
    private static void writeThrough(Path target, Path abs, IOConsumer body) {
        try (OutputStream out = Files.newOutputStream(abs, StandardOpenOption.WRITE)) {
            body.accept(out);
        } catch (IOException e) {
            throw cannotWrite(target, null, e);
        }
    }

    /** An I/O failure in words about the user's path (the temp file's name means nothing to them). */
    private static InputException cannotWrite(Path target, Path dir, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied" + (dir != null ? " in folder " + dir : "");
        } else if (e instanceof NoSuchFileException) {
            why = "the folder " + (dir != null ? dir : "") + " does not exist";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new InputException("cannot write " + target + ": " + why);
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Makes {@code dir} a folder to write results in, or fails naming it: a file in its place or
     * on its path, or a folder that cannot be created.
     */
    public static void ensureFolder(Path dir) {
        Path abs = dir.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InputException("cannot write results to " + dir + ": it is a file, not a folder");
        }
        checkFolder(dir, abs);
    }

    /** A body that writes to the temporary file's stream. */
    @FunctionalInterface
    public interface IOConsumer {
        void accept(OutputStream out) throws IOException;
    }
}
