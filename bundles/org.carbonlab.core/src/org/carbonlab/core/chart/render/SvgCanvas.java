package org.carbonlab.core.chart.render;

import java.util.Locale;

/**
 * Writes the drawing as SVG 1.1 text. Coordinates are rounded to two decimals and printed without a locale, so the
 * same chart gives the same bytes everywhere.
 */
final class SvgCanvas implements Canvas {
    static final int HATCH_BACKGROUND = 0xE6E6E6;
    static final int HATCH_LINE = 0x6E6E6E;
    private final StringBuilder out = new StringBuilder();
    private int clips;
    private boolean clipped;
    private boolean hatchDefined;

    SvgCanvas(int width, int height, String title, String description) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"DejaVu Sans, Verdana, Arial, Helvetica, sans-serif\">\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
        if (!description.isBlank()) {
            out.append("<desc>").append(escape(description)).append("</desc>\n");
        }
    }

    String finish() {
        if (clipped) {
            unclip();
        }
        return out.append("</svg>\n").toString();
    }

    /** {@code v} rounded to hundredths (half away from zero), without trailing zeros: "12.5", "-3", "0.05". */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long hundredths = Math.round(Math.abs(v) * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(12);
        if (v < 0) {
            b.append('-');
        }
        b.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            b.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                b.append(frac % 10);
            }
        }
        return b.toString();
    }

    private static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    private static String opacity(String attribute, double opacity) {
        return opacity >= 1 ? "" : " " + attribute + "=\"" + num(opacity) + "\"";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    // characters XML 1.0 forbids (control characters) are dropped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(num(xs[i])).append(',').append(num(ys[i]));
        }
        return b.toString();
    }

    private static String dash(boolean dashed) {
        return dashed ? " stroke-dasharray=\"8 5\"" : "";
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour(rgb))
                .append("\" stroke-width=\"").append(num(width)).append('"').append(dash(dashed)).append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double width, boolean dashed) {
        out.append("<polyline points=\"").append(points(xs, ys)).append("\" fill=\"none\" stroke=\"")
                .append(colour(rgb)).append("\" stroke-width=\"").append(num(width))
                .append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"").append(dash(dashed)).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb, double opacity) {
        out.append("<polygon points=\"").append(points(xs, ys)).append("\" fill=\"").append(colour(rgb)).append('"')
                .append(opacity("fill-opacity", opacity)).append(" stroke=\"none\"/>\n");
    }

    @Override
    public void fillRings(java.util.List<double[]> xs, java.util.List<double[]> ys, int rgb, double opacity,
            boolean hatched) {
        if (hatched && !hatchDefined) {
            out.append("<defs><pattern id=\"nodata\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">")
                    .append("<rect width=\"8\" height=\"8\" fill=\"").append(colour(HATCH_BACKGROUND))
                    .append("\"/><path d=\"M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6\" stroke=\"").append(colour(HATCH_LINE))
                    .append("\" stroke-width=\"1.2\"/></pattern></defs>\n");
            hatchDefined = true;
        }
        StringBuilder d = new StringBuilder();
        for (int r = 0; r < xs.size(); r++) {
            double[] x = xs.get(r);
            double[] y = ys.get(r);
            for (int i = 0; i < x.length; i++) {
                d.append(i == 0 ? (d.length() == 0 ? "M" : " M") : " L").append(num(x[i])).append(',').append(num(y[i]));
            }
            d.append(" Z");
        }
        out.append("<path d=\"").append(d).append("\" fill-rule=\"evenodd\" fill=\"")
                .append(hatched ? "url(#nodata)" : colour(rgb)).append('"')
                .append(hatched ? "" : opacity("fill-opacity", opacity)).append(" stroke=\"none\"/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb, double opacity) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" fill=\"").append(colour(rgb)).append('"')
                .append(opacity("fill-opacity", opacity)).append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, int rgb, double opacity) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(colour(rgb)).append('"').append(opacity("fill-opacity", opacity))
                .append("/>\n");
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, int rgb, Anchor anchor,
            boolean vertical) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(size)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            out.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (vertical) {
            out.append(" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y)).append(")\"");
        }
        out.append(" fill=\"").append(colour(rgb)).append("\">").append(escape(s)).append("</text>\n");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        if (clipped) {
            unclip();
        }
        String id = "clip" + clips++;
        out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            out.append("</g>\n");
            clipped = false;
        }
    }
}
