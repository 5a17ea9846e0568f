package org.carbonlab.core.chart;

/**
 * The Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"): eight colours that stay distinguishable under
 * the common colour-vision deficiencies. Constants are in the order series get them automatically; yellow comes last
 * because it is faint on white. After them: a sequential scale for classed maps ({@link #sequential(int)}) and the
 * grey of units without data.
 */
public enum Palette {
    BLUE(0x0072B2),
    VERMILLION(0xD55E00),
    BLUISH_GREEN(0x009E73),
    ORANGE(0xE69F00),
    SKY_BLUE(0x56B4E9),
    REDDISH_PURPLE(0xCC79A7),
    BLACK(0x000000),
    YELLOW(0xF0E442),
    /*
     * A sequential scale for classed maps: viridis (van der Walt and Smith, matplotlib 2015) at seven evenly spaced
     * points, light (low values) to dark (high values); perceptually uniform and readable under the common
     * colour-vision deficiencies and in grey scale. Never given to series automatically.
     */
    VIRIDIS_1(0xFDE725),
    VIRIDIS_2(0x90D743),
    VIRIDIS_3(0x35B779),
    VIRIDIS_4(0x21918C),
    VIRIDIS_5(0x31688E),
    VIRIDIS_6(0x443983),
    VIRIDIS_7(0x440154),
    /** Units without data on a map (drawn hatched). */
    NO_DATA(0xBDBDBD);

    /** The number of qualitative (Okabe–Ito) colours, the first constants. */
    private static final int QUALITATIVE = 8;
    private static final Palette[] VIRIDIS = {VIRIDIS_1, VIRIDIS_2, VIRIDIS_3, VIRIDIS_4, VIRIDIS_5, VIRIDIS_6,
        VIRIDIS_7};

    private final int rgb;

    Palette(int rgb) {
        this.rgb = rgb;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** The colour as {@code #rrggbb}. */
    public String hex() {
        return String.format(java.util.Locale.ROOT, "#%06x", rgb);
    }

    /** The colour the n-th automatically coloured series gets (cycling through the eight Okabe–Ito colours). */
    public static Palette automatic(int n) {
        return values()[Math.floorMod(n, QUALITATIVE)];
    }

    /**
     * {@code classes} (2 to 7) colours of the sequential scale, light to dark, spread over its whole range (the
     * lightest and the darkest always included).
     */
    public static Palette[] sequential(int classes) {
        if (classes < 2 || classes > VIRIDIS.length) {
            throw new IllegalArgumentException("a sequential scale has 2 to " + VIRIDIS.length + " classes, not " + classes);
        }
        Palette[] out = new Palette[classes];
        for (int c = 0; c < classes; c++) {
            out[c] = VIRIDIS[(int) Math.round(c * (VIRIDIS.length - 1.0) / (classes - 1))];
        }
        return out;
    }

    /** The largest number of classes {@link #sequential(int)} gives. */
    public static int maxSequentialClasses() {
        return VIRIDIS.length;
    }
}
