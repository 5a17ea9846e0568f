package org.carbonlab.emissions.numerics;

import java.util.List;

/**
 * Per-row CO2 of several emission sources and their totals, name-free: for source k and row r
 * <pre>
 *   co2_k[r]   = q_k[r] × co2PerUnit_k [× rowFactor_k[r]] × co2Scale
 *   total[r]   = Σ co2_k[r]                          over the sources counted in the total
 *   energy[r]  = Σ q_k[r] × tcePerUnit_k × energyScale  over the sources counted in energy
 * </pre>
 * A missing quantity (NaN) propagates to its source's CO2 and to the sums it enters, or is taken as zero with
 * {@code missingAsZero}; missing quantities of sources that enter a sum are counted.
 */
public final class EmissionTotals {

    /**
     * One source: its quantities per row, the t CO2 per quantity unit, an optional per-row factor (the grid factor
     * of electricity, else null), the energy in tce per quantity unit, and which sums it enters.
     */
    public record Source(double[] quantity, double co2PerUnit, double[] rowFactor, double tcePerUnit,
            boolean inTotal, boolean inEnergy) {
    }

    /** CO2 per source (in the order given) and row, the total and the energy per row, missing quantities counted. */
    public record Totals(double[][] co2, double[] total, double[] energy, int missing) {
    }

    /** The sum of the present (non-NaN) values and how many there are. */
    public record Sum(double value, int present) {
    }

    private EmissionTotals() {
    }

    public static Totals compute(List<Source> sources, int rows, boolean missingAsZero, double co2Scale,
            double energyScale) {
        double[][] co2 = new double[sources.size()][];
        double[] total = new double[rows];
        double[] energy = new double[rows];
        int missing = 0;
        for (int k = 0; k < co2.length; k++) {
            Source s = sources.get(k);
            double[] c = new double[rows];
            for (int r = 0; r < rows; r++) {
                double x = s.quantity()[r];
                if (Double.isNaN(x)) {
                    // only sources that enter a sum make it missing
                    missing += s.inTotal() || s.inEnergy() ? 1 : 0;
                    if (missingAsZero) {
                        x = 0;
                    }
                }
                c[r] = s.rowFactor() == null ? x * s.co2PerUnit() * co2Scale
                        : x * s.co2PerUnit() * s.rowFactor()[r] * co2Scale;
                if (s.inEnergy()) {
                    energy[r] += x * s.tcePerUnit() * energyScale;
                }
                if (s.inTotal()) {
                    total[r] += c[r];
                }
            }
            co2[k] = c;
        }
        return new Totals(co2, total, energy, missing);
    }

    /** The sum of the values that are not NaN. */
    public static Sum sumPresent(double[] values) {
        double sum = 0;
        int used = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                used++;
            }
        }
        return new Sum(sum, used);
    }

    /**
     * Sums of {@code value} by cell and group: out[cell][group] = Σ value[r] over the rows r of that cell and group;
     * rows with a negative cell or group are left out.
     */
    public static double[][] sumByCell(int[] cell, int[] group, double[] value, int cells, int groups) {
        double[][] out = new double[cells][groups];
        for (int r = 0; r < value.length; r++) {
            if (cell[r] >= 0 && group[r] >= 0) {
                out[cell[r]][group[r]] += value[r];
            }
        }
        return out;
    }
}
