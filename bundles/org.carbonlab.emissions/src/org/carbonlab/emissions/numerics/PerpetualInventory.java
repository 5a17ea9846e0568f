package org.carbonlab.emissions.numerics;

/**
 * Perpetual-inventory stocks of one entity's consecutive annual (real) flows, name-free.
 * <pre>
 *   K_t = (1 − δ) K_(t−1) + I_t                       for t after the first year
 *   K_first = I_first / (g + δ)                        steady-state start (Harberger; Hall and Jones)
 *   K_first = I_first (1 + g) / (1 + δ)                technology-stock start
 * </pre>
 * where g is given or estimated from the first {@code years} growth rates of the flow: geometric,
 * g = (I_n / I_0)^(1/n) − 1 with n = min(years, T − 1), or arithmetic, the mean of I_k / I_(k−1) − 1 for k = 1..n.
 */
public final class PerpetualInventory {
    /** How the first year's stock is set. */
    public enum Start {
        STEADY_STATE, TECHNOLOGY
    }

    /** How g is estimated when it is not given. */
    public enum Growth {
        GEOMETRIC, ARITHMETIC
    }

    /** The stocks, the growth rate used and the first-year stock. */
    public record Series(double[] stock, double growth, double initial) {
    }

    private PerpetualInventory() {
    }

    /**
     * The growth rate of {@code flow} over its first {@code years} annual changes.
     *
     * @throws IllegalArgumentException when there are fewer than two values or a value involved is not positive
     */
    public static double growth(double[] flow, int years, Growth method) {
        int n = Math.min(years, flow.length - 1);
        if (n < 1) {
            throw new IllegalArgumentException("at least two years of investment are needed to estimate the growth rate");
        }
        for (int k = 0; k <= n; k++) {
            if (!(flow[k] > 0)) {
                throw new IllegalArgumentException("the growth rate needs positive investment in the first " + (n + 1)
                        + " years, but value " + (k + 1) + " is " + flow[k]);
            }
        }
        if (method == Growth.GEOMETRIC) {
            return Math.pow(flow[n] / flow[0], 1.0 / n) - 1;
        }
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += flow[k] / flow[k - 1] - 1;
        }
        return sum / n;
    }

    /**
     * The stock series of {@code flow} (consecutive years, no missing value).
     *
     * @param growth the growth rate g, or NaN to estimate it over {@code years} years by {@code method}
     * @throws IllegalArgumentException when g + δ ≤ 0 under the steady-state start, or g cannot be estimated
     */
    public static Series run(double[] flow, double delta, double growth, int years, Growth method, Start start) {
        double g = Double.isNaN(growth) ? growth(flow, years, method) : growth;
        double k0;
        if (start == Start.STEADY_STATE) {
            if (!(g + delta > 0)) {
                throw new IllegalArgumentException("g + delta = " + (g + delta)
                        + " is not positive, so the steady-state start I/(g + delta) is undefined");
            }
            k0 = flow[0] / (g + delta);
        } else {
            k0 = flow[0] * (1 + g) / (1 + delta);
        }
        double[] k = new double[flow.length];
        k[0] = k0;
        for (int t = 1; t < flow.length; t++) {
            k[t] = (1 - delta) * k[t - 1] + flow[t];
        }
        return new Series(k, g, k0);
    }
}
