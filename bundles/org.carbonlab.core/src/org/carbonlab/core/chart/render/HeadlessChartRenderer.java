package org.carbonlab.core.chart.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.Series;
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
        return encode(image(chart, PNG_SCALE));
    }

    /**
     * PNG bytes of an image. The deflate level is low (compression quality 0.75): charts are mostly flat colour, so
     * the files stay small (about 50 KB) while encoding takes about half the time of the default level.
     */
    static byte[] encode(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no PNG writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * Loads what drawing needs (fonts, Java2D, the PNG writer) by drawing a small chart, so that a caller can pay
     * the first-use cost early, e.g. on a background thread while other work runs.
     */
    public void warmUp() {
        Chart tiny = Chart.builder("warm_up", "Warm-up").x(Axis.of("x", null)).y(Axis.of("y", null))
                .add(Series.line("a", new double[] {0, 1}, new double[] {0, 1})).build();
        encode(image(tiny, 0.1));
        svg(tiny);
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
