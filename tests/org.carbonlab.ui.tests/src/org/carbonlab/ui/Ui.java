package org.carbonlab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Helpers of the desktop tests: the event loop, files under the build folder, screenshots. */
final class Ui {
    private Ui() {
    }

    /** Runs the event loop until the condition holds; fails after {@code seconds}. */
    static void waitUntil(Display display, BooleanSupplier condition, double seconds, String what) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + seconds + " s waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Processes the pending events. */
    static void flush(Display display) {
        while (display.readAndDispatch()) {
            // keep going
        }
    }

    /** The folder the tests write to (under the module's target folder, never /tmp). */
    static Path testDir(String name) throws IOException {
        String base = System.getProperty("carbonlab.test.dir");
        Path dir = Path.of(base == null ? "target/test-files" : base).resolve(name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /** The repository's root folder (the build passes it as carbonlab.repo). */
    static Path repo() {
        String r = System.getProperty("carbonlab.repo");
        return Path.of(r == null ? "../.." : r).toAbsolutePath().normalize();
    }

    /** A copy of the example study with its data, so tests may save it. */
    static Path exampleStudyCopy(String name) throws IOException {
        Path dir = testDir(name);
        Path example = repo().resolve("examples/china-provinces");
        Files.copy(example.resolve("china-provinces.carbonlab"), dir.resolve("china-provinces.carbonlab"));
        Files.createDirectories(dir.resolve("data"));
        try (Stream<Path> s = Files.list(example.resolve("data"))) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve("data").resolve(p.getFileName()));
            }
        }
        return dir.resolve("china-provinces.carbonlab");
    }

    /** What a window shows on the (virtual) screen, as pixels, written to a PNG file. */
    static ImageData screenshot(Control shell, Path png) throws IOException {
        Display display = shell.getDisplay();
        // GTK paints on its frame clock: ask for a full repaint and let it happen before reading the screen
        if (shell instanceof org.eclipse.swt.widgets.Composite c) {
            c.layout(true, true);
        }
        var size = shell.getSize();
        shell.redraw(0, 0, size.x, size.y, true);
        shell.update();
        long end = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        var bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        ImageData data = cropBlackBottom(image.getImageData());
        image.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        Files.createDirectories(png.getParent());
        loader.save(png.toString(), SWT.IMAGE_PNG);
        return data;
    }

    /** Without the rows at the bottom that are entirely black (screen outside the window's painted area). */
    private static ImageData cropBlackBottom(ImageData data) {
        int h = data.height;
        while (h > 1 && blackRow(data, h - 1)) {
            h--;
        }
        if (h == data.height) {
            return data;
        }
        ImageData out = new ImageData(data.width, h, data.depth, data.palette);
        int[] row = new int[data.width];
        for (int y = 0; y < h; y++) {
            data.getPixels(0, y, data.width, row, 0);
            out.setPixels(0, y, data.width, row, 0);
        }
        return out;
    }

    private static boolean blackRow(ImageData data, int y) {
        for (int x = 0; x < data.width; x++) {
            if (data.getPixel(x, y) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Distinct pixel values of an image (a blank one has one or two). */
    static int distinctColours(ImageData data) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                seen.add(data.getPixel(x, y));
            }
        }
        return seen.size();
    }
}
