package org.carbonlab.spatial.numerics;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * The constants of a weight matrix that the moments of Moran's I and Geary's C need (Cliff and Ord 1981):
 * S0 = Σ w_ij, S1 = ½ Σ (w_ij + w_ji)², S2 = Σ_i (w_i· + w_·i)², and the number of units.
 *
 * <p>Isolates (rows without neighbours) follow spdep's {@code zero.policy=TRUE}: they stay in the data (they
 * enter the mean, Σz² and the kurtosis), contribute nothing to S0, S1, S2, and with {@code adjust.n=TRUE} (spdep's
 * default, ours too) they are subtracted from the n of the statistic and its moments ({@link #n()}), while
 * {@link #nAll()} keeps every unit.
 *
 * @param nAll  every unit, isolates included
 * @param n     the n of the moments: nAll minus the isolates when adjusted, else nAll
 */
public record WeightConstants(int nAll, int n, int isolates, double s0, double s1, double s2) {

    public static WeightConstants of(SpatialWeights w, boolean adjustN) {
        int nAll = w.n();
        int iso = w.isolates().length;
        double s1 = 0.0;
        for (int i = 0; i < nAll; i++) {
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                int j = w.columnAt(k);
                double wij = w.valueAt(k);
                double wji = w.weight(j, i);
                s1 += (wij + wji) * (wij + wji);
                if (wji == 0.0) { // the pair (j,i) has w_ji = 0 and is not visited as a link: add its (0 + w_ij)²
                    s1 += wij * wij;
                }
            }
        }
        double[] rs = w.rowSums();
        double[] cs = w.columnSums();
        double s2 = 0.0;
        for (int i = 0; i < nAll; i++) {
            s2 += (rs[i] + cs[i]) * (rs[i] + cs[i]);
        }
        return new WeightConstants(nAll, adjustN ? nAll - iso : nAll, iso, w.sum(), 0.5 * s1, s2);
    }
}
