package org.carbonlab.emissions.numerics;

/**
 * Downscaling a regional aggregate to sectors by national sector shares, name-free: with E_s the national final
 * energy of sector s in a year and S the sectors of the denominator,
 * <pre>
 *   share_g = Σ_{s ∈ g} E_s / Σ_{s ∈ S} E_s,          x_{r,g} = x_r × share_g
 * </pre>
 * i.e. every region is assumed to have the national sector mix of industrial final energy (the top-down allocation
 * used when regional sector energy balances are not published).
 */
public final class SectorShares {
    private SectorShares() {
    }

    /**
     * The share of each group in one year.
     *
     * @param energy  national final energy per sector of that year
     * @param groupOf group index per sector (−1: in no group)
     * @param inDenominator whether each sector counts in the denominator
     * @param groups  number of groups
     * @throws IllegalArgumentException when the denominator is not positive
     */
    public static double[] shares(double[] energy, int[] groupOf, boolean[] inDenominator, int groups) {
        double total = 0;
        double[] out = new double[groups];
        for (int s = 0; s < energy.length; s++) {
            if (inDenominator[s]) {
                total += energy[s];
            }
            if (groupOf[s] >= 0) {
                out[groupOf[s]] += energy[s];
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the sectors' total final energy is " + total + ", not positive");
        }
        for (int g = 0; g < groups; g++) {
            out[g] /= total;
        }
        return out;
    }
}
