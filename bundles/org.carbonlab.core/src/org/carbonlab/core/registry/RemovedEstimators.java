package org.carbonlab.core.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Which plug-in provided an estimator that has since been removed, so that a study naming it can say what to
 * reinstall. `carbonlab plugins remove` writes the file (estimator id = plug-in) and the launcher passes its
 * path in the system property {@value #PROPERTY}.
 */
final class RemovedEstimators {
    static final String PROPERTY = "carbonlab.plugins.removed";
    static final RemovedEstimators NONE = new RemovedEstimators(new Properties());

    private final Properties providers;

    private RemovedEstimators(Properties providers) {
        this.providers = providers;
    }

    static RemovedEstimators fromSystemProperty() {
        String file = System.getProperty(PROPERTY);
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            return NONE;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return NONE; // only a better error message is lost
        }
        return new RemovedEstimators(p);
    }

    Optional<String> providerOf(String estimatorId) {
        return Optional.ofNullable(providers.getProperty(estimatorId));
    }
}
