package org.carbonlab.emissions.estimators;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.carbonlab.core.data.PanelFrame;

/**
 * Finds a file named by a parameter ({@code factors=FILE.csv}, {@code grid_factor=FILE.csv}): as given (absolute, or
 * relative to the working directory), else relative to the folder of the dataset's file, so that a study can name
 * files next to its data.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** The file, or {@code null} if it exists in neither place. */
    static Path find(String name, PanelFrame data) {
        try {
            Path p = Path.of(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
            if (!p.isAbsolute() && data.source() != null) {
                Path dataFile = Path.of(data.source());
                Path dir = dataFile.toAbsolutePath().getParent();
                if (dir != null && Files.isRegularFile(dir.resolve(p))) {
                    return dir.resolve(p);
                }
            }
        } catch (InvalidPathException e) {
            return null;
        }
        return null;
    }

    /** Whether the text looks like a file name rather than a number or column ({@code .csv} or {@code .xlsx}). */
    static boolean looksLikeFile(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.endsWith(".csv") || t.endsWith(".xlsx") || t.endsWith(".xlsm");
    }
}
