package org.carbonlab.core.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG and SVG output of the headless renderer: size, not blank, well-formed, deterministic. */
class HeadlessChartRendererTest {
    private final HeadlessChartRenderer renderer = new HeadlessChartRenderer();

    /** A chart with every series kind, a NaN gap, an annotation and text that needs escaping. */
    static Chart everyKind() {
        double[] years = new double[12];
        double[] mean = new double[12];
        double[] lo = new double[12];
        double[] hi = new double[12];
        for (int i = 0; i < 12; i++) {
            years[i] = 2008 + i;
            mean[i] = i == 5 ? Double.NaN : 0.5 + 0.03 * i;
            lo[i] = 0.4 + 0.02 * i;
            hi[i] = 0.7 + 0.03 * i;
        }
        double[] grid = ChartData.grid(2008, 2019, 50);
        double[] dens = ChartData.kernelDensity(years, 2, grid);
        for (int i = 0; i < dens.length; i++) {
            dens[i] *= 3;
        }
        return Chart.builder("every_kind", "Scores <over> time & \"more\" — 效率")
                .subtitle("Mean and interquartile range; a long subtitle that explains the sample, the method and what "
                        + "the shaded band means so that it has to wrap onto a second line of text")
                .x(Axis.periods("Year"))
                .y(Axis.of("Efficiency score", "0-1"))
                .add(Series.band("Interquartile range", years, lo, hi))
                .add(Series.line("Mean", years, mean).colour(Palette.BLUE))
                .add(Series.scatter("Provinces", years, hi))
                .add(Series.bar("Count / 100", new double[] {2009, 2012}, new double[] {0.2, 0.3}))
                .add(Series.density("Density", grid, dens))
                .add(Series.verticalMarker("Turning point", 2013.5))
                .add(Series.horizontalMarker("Frontier", 1.0).colour(Palette.BLACK))
                .add(Series.errorBars("95% CI", new double[] {2010}, new double[] {0.6}, new double[] {0.5},
                        new double[] {0.8}))
                .annotate(2017, 0.3, "HH")
                .build();
    }

    @Test
    void svgIsWellFormedAndTheSameBytesEveryTime() throws XMLStreamException {
        String svg = renderer.svg(everyKind());
        assertEquals(svg, renderer.svg(everyKind()));
        XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(svg));
        List<String> texts = new ArrayList<>();
        int elements = 0;
        String root = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                elements++;
                if (root == null) {
                    root = r.getLocalName();
                }
                if ("text".equals(r.getLocalName()) || "title".equals(r.getLocalName())) {
                    texts.add(r.getElementText());
                }
            }
        }
        assertEquals("svg", root);
        assertTrue(elements > 50, "elements: " + elements);
        assertTrue(texts.contains("Scores <over> time & \"more\" — 效率"), texts.toString());
        assertTrue(texts.contains("Efficiency score (0-1)"), texts.toString());
        assertTrue(texts.contains("Turning point") && texts.contains("2010"), texts.toString());
        assertTrue(svg.contains("#0072b2") && svg.contains("#d55e00"), "Okabe-Ito colours");
    }

    @Test
    void pngHasTheDocumentedSizeAndIsNotBlank() throws IOException {
        byte[] png = renderer.png(everyKind());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Math.round(HeadlessChartRenderer.WIDTH * HeadlessChartRenderer.PNG_SCALE), image.getWidth());
        assertEquals(Math.round(HeadlessChartRenderer.HEIGHT * HeadlessChartRenderer.PNG_SCALE), image.getHeight());
        assertTrue(png.length > 20_000, "PNG bytes: " + png.length);
        double[] stats = luminanceStats(image);
        assertTrue(stats[1] > 0.005, "pixel variance " + stats[1]);
        assertTrue(stats[2] > 0.03 && stats[2] < 0.6, "share of non-white pixels " + stats[2]);
        assertTrue(countColour(image, 0x0072B2) > 200, "the blue mean line is drawn");
        assertArrayEquals(png, renderer.png(everyKind()), "same PNG bytes for the same chart");
    }

    @Test
    void anEmptyChartAndDegenerateDataStillRender() throws IOException, XMLStreamException {
        Chart empty = Chart.builder("empty", "Nothing to show").build();
        Chart flat = Chart.builder("flat", "One value").x(Axis.of("x", null)).y(Axis.of("y", "t"))
                .add(Series.line("flat", new double[] {3, 3}, new double[] {5, 5}))
                .add(Series.scatter("nan", new double[] {Double.NaN}, new double[] {Double.POSITIVE_INFINITY}))
                .build();
        for (Chart c : List.of(empty, flat)) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(renderer.svg(c)));
            while (r.hasNext()) {
                r.next();
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png(c)));
            assertTrue(luminanceStats(image)[1] > 0.0003, c.id() + " has at least its title and axes");
        }
    }

    @Test
    void writesBothFiles(@TempDir Path dir) throws IOException {
        HeadlessChartRenderer.Written w = renderer.write(everyKind(), dir, "a-every_kind");
        assertEquals(dir.resolve("a-every_kind.png"), w.png());
        assertTrue(Files.size(w.png()) > 20_000);
        String svg = Files.readString(w.svg(), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.endsWith("</svg>\n"));
    }

    /** {mean, variance, share of pixels darker than near-white} of the luminance in [0, 1]. */
    static double[] luminanceStats(BufferedImage image) {
        double sum = 0;
        double sum2 = 0;
        long dark = 0;
        long n = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double l = (0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
                sum += l;
                sum2 += l * l;
                if (l < 0.95) {
                    dark++;
                }
            }
        }
        double mean = sum / n;
        return new double[] {mean, sum2 / n - mean * mean, (double) dark / n};
    }

    static int countColour(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
