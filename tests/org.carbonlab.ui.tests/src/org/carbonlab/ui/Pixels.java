package org.carbonlab.ui;

import java.util.ArrayDeque;
import java.util.function.IntBinaryOperator;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;

/**
 * Pixel checks of drawn charts: colours with an opacity over white, and the largest patch of one colour (a map
 * unit), so that tests find a unit where it was drawn whatever the layout around it.
 */
final class Pixels {
    private Pixels() {
    }

    /** A patch of pixels of one colour: its bounding box and its size in pixels. */
    record Patch(int left, int top, int right, int bottom, int pixels) {
        int width() {
            return right - left + 1;
        }

        int height() {
            return bottom - top + 1;
        }

        int centreX() {
            return (left + right) / 2;
        }

        int centreY() {
            return (top + bottom) / 2;
        }
    }

    /** The pixels of an SWT image as 0xRRGGBB, by (x, y). */
    static IntBinaryOperator of(ImageData data) {
        return (x, y) -> {
            RGB c = data.palette.getRGB(data.getPixel(x, y));
            return c.red << 16 | c.green << 8 | c.blue;
        };
    }

    /** {@code rgb} drawn with {@code opacity} over white. */
    static int overWhite(int rgb, double opacity) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xff;
            out |= (int) Math.round(opacity * c + (1 - opacity) * 255) << shift;
        }
        return out;
    }

    /** The largest channel difference of two colours. */
    static int distance(int a, int b) {
        int d = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }

    /** The largest 4-connected patch of pixels within {@code tolerance} of {@code rgb} in every channel; null: none. */
    static Patch largestPatch(IntBinaryOperator image, int width, int height, int rgb, int tolerance) {
        boolean[] seen = new boolean[width * height];
        Patch best = null;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int y0 = 0; y0 < height; y0++) {
            for (int x0 = 0; x0 < width; x0++) {
                if (seen[y0 * width + x0] || distance(image.applyAsInt(x0, y0), rgb) > tolerance) {
                    continue;
                }
                int left = x0, right = x0, top = y0, bottom = y0, n = 0;
                seen[y0 * width + x0] = true;
                queue.add(new int[] { x0, y0 });
                while (!queue.isEmpty()) {
                    int[] p = queue.poll();
                    n++;
                    left = Math.min(left, p[0]);
                    right = Math.max(right, p[0]);
                    top = Math.min(top, p[1]);
                    bottom = Math.max(bottom, p[1]);
                    int[][] next = { { p[0] + 1, p[1] }, { p[0] - 1, p[1] }, { p[0], p[1] + 1 }, { p[0], p[1] - 1 } };
                    for (int[] q : next) {
                        if (q[0] >= 0 && q[0] < width && q[1] >= 0 && q[1] < height && !seen[q[1] * width + q[0]]
                                && distance(image.applyAsInt(q[0], q[1]), rgb) <= tolerance) {
                            seen[q[1] * width + q[0]] = true;
                            queue.add(q);
                        }
                    }
                }
                if (best == null || n > best.pixels()) {
                    best = new Patch(left, top, right, bottom, n);
                }
            }
        }
        return best;
    }
}
