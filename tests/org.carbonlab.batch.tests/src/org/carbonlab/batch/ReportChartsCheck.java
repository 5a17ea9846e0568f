package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.carbonlab.core.chart.render.HeadlessChartRenderer;

/** Checks the chart files a run writes beside report.md and the report's links to them. */
final class ReportChartsCheck {
    private ReportChartsCheck() {
    }

    /** Each stem has a non-blank PNG of the renderer's size and a well-formed SVG, both linked from the report. */
    static void assertCharts(Path out, String report, List<String> stems) {
        for (String stem : stems) {
            Path png = out.resolve(stem + ".png");
            Path svg = out.resolve(stem + ".svg");
            assertTrue(Files.isRegularFile(png) && Files.isRegularFile(svg), () -> stem + " missing; folder holds "
                    + Cli.list(out));
            assertTrue(report.contains("](" + stem + ".png)"), () -> "report.md does not show " + stem + ":\n" + report);
            assertTrue(report.contains("(" + stem + ".svg)"), () -> "report.md does not link " + stem + ".svg");
            BufferedImage image = read(png);
            assertEquals(Math.round(HeadlessChartRenderer.WIDTH * HeadlessChartRenderer.PNG_SCALE), image.getWidth(), stem);
            assertEquals(Math.round(HeadlessChartRenderer.HEIGHT * HeadlessChartRenderer.PNG_SCALE), image.getHeight(), stem);
            double variance = luminanceVariance(image);
            assertTrue(variance > 0.005, stem + ": pixel variance " + variance + " (blank?)");
            assertWellFormed(svg);
        }
    }

    static BufferedImage read(Path png) {
        try (InputStream in = Files.newInputStream(png)) {
            BufferedImage image = ImageIO.read(in);
            assertTrue(image != null, png + " is not a PNG");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double luminanceVariance(BufferedImage image) {
        double sum = 0;
        double sum2 = 0;
        long n = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double l = (0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
                sum += l;
                sum2 += l * l;
            }
        }
        double mean = sum / n;
        return sum2 / n - mean * mean;
    }

    static void assertWellFormed(Path svg) {
        try (InputStream in = Files.newInputStream(svg)) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
            String root = null;
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && root == null) {
                    root = r.getLocalName();
                }
            }
            assertEquals("svg", root, svg.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new AssertionError(svg + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
