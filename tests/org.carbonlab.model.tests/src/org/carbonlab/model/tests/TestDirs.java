package org.carbonlab.model.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Creates {@code @TempDir} folders under the build's test folder: the system property
 * {@code carbonlab.test.dir} if set, else {@code target/test-files} in the working directory. Never
 * under the system temporary folder.
 */
public final class TestDirs implements TempDirFactory {

	public static Path base() {
		String configured = System.getProperty("carbonlab.test.dir");
		Path base = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("target", "test-files");
		return base.toAbsolutePath().normalize();
	}

	@Override
	public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
			throws Exception {
		Path base = base();
		Files.createDirectories(base);
		String prefix = "model-" + extensionContext.getTestMethod().map(m -> m.getName()).orElse("test") + "-";
		return Files.createTempDirectory(base, prefix);
	}
}
