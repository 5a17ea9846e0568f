package org.carbonlab.spatial.numerics;

/**
 * A variable centred on its mean, z = x − x̄, with the sums the statistics share: Σz², Σz⁴ and the sample
 * kurtosis b2 = n Σz⁴ / (Σz²)² over all n values (isolates included, as spdep does).
 */
public record Centred(double[] z, double sumSq, double sumFourth) {

    public static Centred of(double[] x) {
        int n = x.length;
        double mean = 0.0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] z = new double[n];
        double s2 = 0.0;
        double s4 = 0.0;
        for (int i = 0; i < n; i++) {
            z[i] = x[i] - mean;
            double q = z[i] * z[i];
            s2 += q;
            s4 += q * q;
        }
        return new Centred(z, s2, s4);
    }

    public int n() {
        return z.length;
    }

    /** b2 = n Σz⁴ / (Σz²)². */
    public double kurtosis() {
        return n() * sumFourth / (sumSq * sumSq);
    }

    /** m2 = Σz² / n, the variance with divisor n. */
    public double m2() {
        return sumSq / n();
    }
}
