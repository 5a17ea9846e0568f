package org.carbonlab.spatial.numerics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg adjusted p-values (R's {@code p.adjust(p, "BH")}): with the m finite p-values sorted
 * ascending, p̃_(i) = min_{j ≥ i} min(1, m p_(j) / j). NaN entries stay NaN and do not count in m.
 */
public final class FalseDiscoveryRate {
    private FalseDiscoveryRate() {
    }

    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[m++] = i;
            }
        }
        Integer[] finite = Arrays.copyOf(order, m);
        Arrays.sort(finite, Comparator.comparingDouble(i -> p[i]));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 1.0;
        for (int r = m - 1; r >= 0; r--) {
            running = Math.min(running, Math.min(1.0, p[finite[r]] * m / (r + 1)));
            out[finite[r]] = running;
        }
        return out;
    }
}
