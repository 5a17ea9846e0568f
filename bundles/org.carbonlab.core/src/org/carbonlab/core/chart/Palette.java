package org.carbonlab.core.chart;

/**
 * The Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"): eight colours that stay distinguishable under
 * the common colour-vision deficiencies. Constants are in the order series get them automatically; yellow comes last
 * because it is faint on white.
 */
public enum Palette {
    BLUE(0x0072B2),
    VERMILLION(0xD55E00),
    BLUISH_GREEN(0x009E73),
    ORANGE(0xE69F00),
    SKY_BLUE(0x56B4E9),
    REDDISH_PURPLE(0xCC79A7),
    BLACK(0x000000),
    YELLOW(0xF0E442);

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

    /** The colour the n-th automatically coloured series gets (cycling). */
    public static Palette automatic(int n) {
        Palette[] all = values();
        return all[Math.floorMod(n, all.length)];
    }
}
