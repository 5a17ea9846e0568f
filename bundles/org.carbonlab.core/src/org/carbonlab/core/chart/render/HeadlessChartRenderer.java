package org.carbonlab.core.chart.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.io.AtomicFiles;

/**
 * Renders {@link Chart}s to SVG and PNG without a display (Java2D on an off-screen image; set
 * {@code java.awt.headless=true} on servers, as the batch product does). Both formats come from one layout of
 * {@value #WIDTH} × {@value #HEIGHT} chart pixels; the PNG is drawn at {@link #PNG_SCALE} times that for sharp text.
 * The SVG of a chart is the same bytes on every machine; the PNG's text depends on the installed sans-serif font.
 */
public final class HeadlessChartRenderer {
    public static final int WIDTH = ChartPainter.WIDTH;
    public static final int HEIGHT = ChartPainter.HEIGHT;
    /** PNG pixels per chart pixel. */
    public static final double PNG_SCALE = 1.25;

    /** The files one chart was written to. */
    public record Written(Path png, Path svg) {
    }

    /** The chart as an SVG document. */
    public String svg(Chart chart) {
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT, chart.title(), chart.subtitle());
        ChartPainter.paint(chart, canvas);
        return canvas.finish();
    }

    /** The chart drawn on an image of {@code scale} × the chart size. */
    public BufferedImage image(Chart chart, double scale) {
        int w = (int) Math.round(WIDTH * scale);
        int h = (int) Math.round(HEIGHT * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            ChartPainter.paint(chart, new Java2dCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The chart as PNG bytes at {@link #PNG_SCALE}. */
    public byte[] png(Chart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image(chart, PNG_SCALE), "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code <stem>.png} and {@code <stem>.svg} into {@code folder}, each atomically. */
    public Written write(Chart chart, Path folder, String stem) throws IOException {
        Path png = folder.resolve(stem + ".png");
        Path svg = folder.resolve(stem + ".svg");
        AtomicFiles.writeBytes(png, png(chart));
        AtomicFiles.writeBytes(svg, svg(chart).getBytes(StandardCharsets.UTF_8));
        return new Written(png, svg);
    }
}
