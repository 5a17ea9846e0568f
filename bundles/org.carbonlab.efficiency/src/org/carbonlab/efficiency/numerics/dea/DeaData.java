package org.carbonlab.efficiency.numerics.dea;

import java.util.Arrays;

/**
 * The data every DEA model reads: inputs {@code x}, desirable outputs {@code g} and undesirable outputs {@code b}
 * (variables × DMUs, scaled), the scale of each variable (slack weights of the max-slack phase) and Tone's
 * replacements for zero outputs in the SBM denominators.
 */
final class DeaData {
    final double[][] x;
    final double[][] g;
    final double[][] b;
    final double[] wx;
    final double[] wg;
    final double[] wb;
    final double[] zeroG;
    final double[] zeroB;
    /** Radial models: the inputs followed by the bad outputs. */
    final double[][] radialInputs;

    DeaData(double[][] x, double[][] g, double[][] b, double[] wx, double[] wg, double[] wb) {
        this.x = x;
        this.g = g;
        this.b = b;
        this.wx = wx == null ? ones(x.length) : wx;
        this.wg = wg == null ? ones(g.length) : wg;
        this.wb = wb == null ? ones(b.length) : wb;
        this.zeroG = minPositive(g);
        this.zeroB = minPositive(b);
        if (b.length == 0) {
            this.radialInputs = x;
        } else {
            this.radialInputs = new double[x.length + b.length][];
            System.arraycopy(x, 0, radialInputs, 0, x.length);
            System.arraycopy(b, 0, radialInputs, x.length, b.length);
        }
    }

    int dmus() {
        return x.length == 0 ? 0 : x[0].length;
    }

    /** The values of DMU o, one per variable. */
    static double[] column(double[][] v, int o) {
        double[] c = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            c[i] = v[i][o];
        }
        return c;
    }

    /** A solution with no numbers: zero λ, NaN slacks. */
    DmuSolution failed(String state, int nr) {
        return new DmuSolution(Double.NaN, state, Intensities.zero(nr), nan(x.length), nan(g.length), nan(b.length),
                Double.NaN, null);
    }

    private static double[] nan(int k) {
        double[] d = new double[k];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    private static double[] ones(int k) {
        double[] o = new double[k];
        Arrays.fill(o, 1.0);
        return o;
    }

    /** Tone's replacement for a zero in an SBM denominator: the smallest positive value of the variable / 100. */
    private static double[] minPositive(double[][] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double mn = Double.POSITIVE_INFINITY;
            for (double d : v[i]) {
                if (d > 0 && d < mn) {
                    mn = d;
                }
            }
            out[i] = mn == Double.POSITIVE_INFINITY ? 1.0 : mn / 100.0;
        }
        return out;
    }
}
