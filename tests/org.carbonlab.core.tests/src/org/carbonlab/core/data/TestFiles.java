package org.carbonlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Test files: resources are found through the class loader ({@code resources/...} inside the
 * test bundle, or on the class path) and otherwise as {@code resources/...} relative to the
 * working directory. Files a test writes go under the system property {@code carbonlab.test.dir}
 * when set, else {@code target/test-files} in the working directory.
 */
public final class TestFiles {
    private TestFiles() {
    }

    /** A resource as a file path (copied out of the bundle if it is not a plain file). */
    public static Path resource(String name) {
        ClassLoader cl = TestFiles.class.getClassLoader();
        for (String candidate : new String[] {name, "resources/" + name}) {
            URL url = cl.getResource(candidate);
            if (url == null) {
                continue;
            }
            try {
                if ("file".equals(url.getProtocol())) {
                    return Path.of(url.toURI());
                }
                Path out = outputDir("resources").resolve(name);
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
        Path p = Path.of("resources").resolve(name);
        if (Files.exists(p)) {
            return p;
        }
        throw new IllegalStateException("test resource not found: " + name);
    }

    /** A folder for files written by tests (created). */
    public static Path outputDir(String sub) {
        String base = System.getProperty("carbonlab.test.dir");
        Path dir = (base != null && !base.isBlank() ? Path.of(base) : Path.of("target", "test-files")).resolve(sub);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Writes UTF-8 text to a file in the test folder and returns its path. */
    public static Path write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(String name, byte[] content) {
        Path p = outputDir("data").resolve(name);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
