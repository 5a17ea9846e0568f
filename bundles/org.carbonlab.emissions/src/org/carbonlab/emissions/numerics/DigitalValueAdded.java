package org.carbonlab.emissions.numerics;

/**
 * Digital-economy value added of one region and survey year from its input–output table, name-free
 * (the input-share method of Kang Tiexiang 2008, "中国数字经济规模测算研究", 当代财经 2008(3), with an adjustment
 * coefficient λ):
 * <pre>
 *   DE = Σ_{k ∈ core} VA_k  +  λ Σ_{j ∉ core} VA_j · (Σ_{k ∈ core} z_kj) / x_j
 * </pre>
 * with VA_j the value added of sector j, z_kj the intermediate input of the core digital sector k into j, and x_j the
 * total input of j. The first sum is the value added of the core digital sectors (digital industrialisation); the
 * second the digital share of every other sector's value added, measured by the share of core digital products in its
 * inputs (industrial digitalisation). λ = 1 keeps the input share as it is.
 */
public final class DigitalValueAdded {
    /** The two parts, their sum, and the region's total value added. */
    public record Parts(double core, double integrated, double total, double valueAdded) {
        /** DE divided by the region's total value added. */
        public double share() {
            return total / valueAdded;
        }
    }

    private DigitalValueAdded() {
    }

    /**
     * @param z          intermediate flows, z[i][j] from sector i to sector j
     * @param valueAdded value added per sector
     * @param totalInput total input per sector (output of the sector in a balanced table)
     * @param core       whether each sector is a core digital sector
     * @param adjustment the adjustment coefficient λ
     * @throws IllegalArgumentException when a non-core sector's total input is not positive
     */
    public static Parts compute(double[][] z, double[] valueAdded, double[] totalInput, boolean[] core, double adjustment) {
        int n = valueAdded.length;
        double coreVa = 0;
        double integrated = 0;
        double va = 0;
        for (int j = 0; j < n; j++) {
            va += valueAdded[j];
            if (core[j]) {
                coreVa += valueAdded[j];
                continue;
            }
            if (!(totalInput[j] > 0)) {
                throw new IllegalArgumentException("sector " + (j + 1) + " has total input " + totalInput[j]);
            }
            double digitalInput = 0;
            for (int k = 0; k < n; k++) {
                if (core[k]) {
                    digitalInput += z[k][j];
                }
            }
            integrated += valueAdded[j] * digitalInput / totalInput[j];
        }
        integrated *= adjustment;
        return new Parts(coreVa, integrated, coreVa + integrated, va);
    }
}
