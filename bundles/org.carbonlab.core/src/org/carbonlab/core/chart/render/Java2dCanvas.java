package org.carbonlab.core.chart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Draws on a Java2D surface (an off-screen image: no display needed). */
final class Java2dCanvas implements Canvas {
    private static final float[] DASH = {8f, 5f};
    private final Graphics2D g;
    private final Shape initialClip;

    Java2dCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        this.initialClip = g.getClip();
    }

    private void paint(int rgb, double opacity) {
        int alpha = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
        g.setColor(new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha));
    }

    private void stroke(double width, boolean dashed) {
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
                : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed) {
        paint(rgb, 1);
        stroke(width, dashed);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double width, boolean dashed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        paint(rgb, 1);
        stroke(width, dashed);
        g.draw(p);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb, double opacity) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        paint(rgb, opacity);
        g.fill(p);
    }

    @Override
    public void fillRings(java.util.List<double[]> xs, java.util.List<double[]> ys, int rgb, double opacity,
            boolean hatched) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int r = 0; r < xs.size(); r++) {
            double[] x = xs.get(r);
            double[] y = ys.get(r);
            p.moveTo(x[0], y[0]);
            for (int i = 1; i < x.length; i++) {
                p.lineTo(x[i], y[i]);
            }
            p.closePath();
        }
        if (hatched) {
            java.awt.Paint saved = g.getPaint();
            g.setPaint(new java.awt.TexturePaint(hatch(), new Rectangle2D.Double(0, 0, 8, 8)));
            g.fill(p);
            g.setPaint(saved);
        } else {
            paint(rgb, opacity);
            g.fill(p);
        }
    }

    /** The 8 × 8 tile of the no-data hatching: the SVG pattern's colours, a diagonal line from bottom left. */
    private static java.awt.image.BufferedImage hatch() {
        int k = 4; // drawn at 4x and scaled down by the paint's anchor rectangle, so the line stays smooth
        java.awt.image.BufferedImage tile = new java.awt.image.BufferedImage(8 * k, 8 * k,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D t = tile.createGraphics();
        try {
            t.setColor(new Color(SvgCanvas.HATCH_BACKGROUND));
            t.fillRect(0, 0, 8 * k, 8 * k);
            t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            t.setColor(new Color(SvgCanvas.HATCH_LINE));
            t.setStroke(new BasicStroke(1.2f * k));
            t.draw(new Line2D.Double(0, 8 * k, 8 * k, 0));
            t.draw(new Line2D.Double(-2 * k, 2 * k, 2 * k, -2 * k));
            t.draw(new Line2D.Double(6 * k, 10 * k, 10 * k, 6 * k));
        } finally {
            t.dispose();
        }
        return tile;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb, double opacity) {
        paint(rgb, opacity);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void circle(double cx, double cy, double r, int rgb, double opacity) {
        paint(rgb, opacity);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, int rgb, Anchor anchor,
            boolean vertical) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        g.setFont(font);
        paint(rgb, 1);
        double w = font.getStringBounds(s, g.getFontRenderContext()).getWidth();
        double shift = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? w / 2 : w;
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (vertical) {
            g.rotate(-Math.PI / 2);
        }
        g.drawString(s, (float) -shift, 0f);
        g.setTransform(saved);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(initialClip);
    }
}
