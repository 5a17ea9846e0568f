package org.carbonlab.integration.numerics;

import java.util.List;

/**
 * Coupling coordination of n ≥ 2 subsystems with scores U₁, …, Uₙ (usually in [0, 1]).
 *
 * <h2>Coupling degree C ({@link Variant})</h2>
 * <ul>
 * <li>{@code GENERAL}: C = n · [Πᵢ Uᵢ / (Σᵢ Uᵢ)ⁿ]^(1/n), in [0, 1]. For n = 2 it equals the two-subsystem
 * formula.</li>
 * <li>{@code TWO_SUBSYSTEM}: C = 2 √(U₁U₂) / (U₁ + U₂) (n = 2 only).</li>
 * <li>{@code WITHOUT_N}: C = [Πᵢ Uᵢ / (Σᵢ Uᵢ)ⁿ]^(1/n), found in some papers; its range is [0, 1/n].</li>
 * <li>{@code MODIFIED_DISTANCE}: the "revised" model of the recent literature,
 * C = √{[1 − Σ_{i&gt;j} |Uᵢ − Uⱼ| / Σ_{m=1}^{n−1} m] · [Πᵢ (Uᵢ / maxⱼ Uⱼ)]^(1/(n−1))}.</li>
 * </ul>
 * <h2>Coordination index and degree</h2>
 * T = Σᵢ αᵢ Uᵢ with subsystem weights α (default 1/n each) and D = √(C · T). When every U is 0, C is 0/0
 * (undefined, NaN) but D = 0 for any C in [0, 1], since T = 0.
 *
 * <h2>Levels</h2>
 * The usual ten-level classification of D in steps of 0.1, intervals closed on the left: [0, 0.1) extreme
 * imbalance, …, [0.9, 1] high-quality coordination.
 */
public final class Coupling {

    private Coupling() {
    }

    /** The coupling-degree formulas. */
    public enum Variant {
        GENERAL, TWO_SUBSYSTEM, WITHOUT_N, MODIFIED_DISTANCE
    }

    /** The ten levels of D, from the lowest (index 0, level 1) to the highest (index 9, level 10). */
    public static final List<String> LEVELS = List.of("extreme imbalance", "serious imbalance", "moderate imbalance",
            "mild imbalance", "on the verge of imbalance", "barely coordinated", "primary coordination",
            "intermediate coordination", "good coordination", "high-quality coordination");

    /** The coupling degree of one observation's subsystem scores. */
    public static double coupling(double[] u, Variant variant) {
        int n = u.length;
        if (n < 2) {
            throw new IllegalArgumentException("coupling needs at least 2 subsystems, got " + n);
        }
        switch (variant) {
            case TWO_SUBSYSTEM: {
                if (n != 2) {
                    throw new IllegalArgumentException("the two-subsystem formula needs exactly 2 subsystems, got " + n);
                }
                return 2 * Math.sqrt(u[0] * u[1]) / (u[0] + u[1]);
            }
            case GENERAL:
                return n * productOverSumPower(u);
            case WITHOUT_N:
                return productOverSumPower(u);
            case MODIFIED_DISTANCE: {
                double dsum = 0;
                for (int i = 1; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        dsum += Math.abs(u[i] - u[j]);
                    }
                }
                double pairs = 0;
                for (int m = 1; m <= n - 1; m++) {
                    pairs += m;
                }
                double max = u[0];
                for (double v : u) {
                    max = Math.max(max, v);
                }
                double prod = 1;
                for (double v : u) {
                    prod *= v / max;
                }
                return Math.sqrt((1 - dsum / pairs) * Math.pow(prod, 1.0 / (n - 1)));
            }
            default:
                throw new IllegalArgumentException("unknown variant " + variant);
        }
    }

    /** [Π U / (Σ U)ⁿ]^(1/n). */
    private static double productOverSumPower(double[] u) {
        int n = u.length;
        double prod = 1;
        double sum = 0;
        for (double v : u) {
            prod *= v;
            sum += v;
        }
        double denominator = n == 2 ? sum * sum : Math.pow(sum, n);
        return Math.pow(prod / denominator, 1.0 / n);
    }

    /** T = Σ αᵢ Uᵢ. */
    public static double coordination(double[] u, double[] alpha) {
        double t = 0;
        for (int i = 0; i < u.length; i++) {
            t += u[i] * alpha[i];
        }
        return t;
    }

    /** D = √(C·T); 0 when T = 0 (whatever C, which is then often 0/0). */
    public static double degree(double c, double t) {
        if (t == 0) {
            return 0;
        }
        return Math.sqrt(c * t);
    }

    /** The level 1..10 of D (0 when D is NaN); values above 1 count as level 10, below 0 as level 1. */
    public static int level(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        int level = 1;
        for (int k = 1; k <= 9; k++) {
            if (d >= k / 10.0) {
                level = k + 1;
            }
        }
        return level;
    }

    /** The name of a level 1..10 ({@link #LEVELS}); {@code null} for 0. */
    public static String levelName(int level) {
        return level < 1 ? null : LEVELS.get(level - 1);
    }
}
