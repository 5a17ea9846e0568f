package org.carbonlab.batch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.carbonlab.core.io.AtomicFiles;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example study shipped inside this bundle (copied from examples/china-provinces at build
 * time), extracted to a folder so that {@code carbonlab demo} runs it like any study.
 */
final class EmbeddedExample {
    static final String ROOT = "examples/china-provinces";
    static final String STUDY = "china-provinces.carbonlab";

    private EmbeddedExample() {
    }

    /** Extracts the example into {@code dir} and returns the path of its study file. */
    static Path extract(Path dir) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(EmbeddedExample.class);
        if (bundle == null) {
            throw new IllegalStateException("the embedded example needs the OSGi runtime");
        }
        Enumeration<URL> entries = bundle.findEntries(ROOT, "*", true);
        if (entries == null) {
            throw new IllegalStateException("the example study is missing from bundle " + bundle.getSymbolicName());
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            String relative = path.substring(path.indexOf(ROOT) + ROOT.length() + 1);
            Path target = dir.resolve(relative);
            try (InputStream in = url.openStream()) {
                byte[] bytes = in.readAllBytes();
                Files.createDirectories(target.getParent());
                AtomicFiles.writeBytes(target, bytes);
            }
        }
        return dir.resolve(STUDY);
    }
}
