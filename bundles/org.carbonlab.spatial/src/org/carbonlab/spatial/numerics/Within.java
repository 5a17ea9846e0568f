package org.carbonlab.spatial.numerics;

/**
 * The within (fixed-effects) transformation of a balanced panel stacked period by period (observation t·n + i):
 * entity effects subtract the entity mean, time effects the period mean, two-way effects both and add back the
 * grand mean (exact for a balanced panel).
 */
public final class Within {
    private Within() {
    }

    public enum Effect {
        INDIVIDUAL, TIME, TWOWAYS
    }

    public static double[] demean(double[] v, int n, int periods, Effect effect) {
        double[] entityMean = new double[n];
        double[] periodMean = new double[periods];
        double grand = 0.0;
        for (int t = 0; t < periods; t++) {
            for (int i = 0; i < n; i++) {
                double x = v[t * n + i];
                entityMean[i] += x / periods;
                periodMean[t] += x / n;
                grand += x;
            }
        }
        grand /= (double) n * periods;
        double[] out = new double[v.length];
        for (int t = 0; t < periods; t++) {
            for (int i = 0; i < n; i++) {
                double x = v[t * n + i];
                out[t * n + i] = switch (effect) {
                    case INDIVIDUAL -> x - entityMean[i];
                    case TIME -> x - periodMean[t];
                    case TWOWAYS -> x - entityMean[i] - periodMean[t] + grand;
                };
            }
        }
        return out;
    }
}
