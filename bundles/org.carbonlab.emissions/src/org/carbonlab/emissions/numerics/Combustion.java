package org.carbonlab.emissions.numerics;

/**
 * The IPCC Tier 1/2 combustion formula, name-free: CO2 = E × NCV × CC × O × 44/12. Quantities are in any unit;
 * {@link #co2PerInputUnit} folds the unit conversion and the factor into one multiplier.
 */
public final class Combustion {
    private Combustion() {
    }

    /**
     * Tonnes of CO2 per unit {@code input} of a fuel whose factor refers to {@code factorUnit}, with {@code ncv} GJ
     * per factor unit and {@code co2PerGj} t CO2 per GJ. An energy-unit input (GJ, TJ, tce, kWh) skips the NCV.
     *
     * @throws IllegalArgumentException when the input is a mass and the factor a volume, or the reverse
     */
    public static double co2PerInputUnit(Units.Unit input, Units.Unit factorUnit, double ncv, double co2PerGj) {
        return gjPerInputUnit(input, factorUnit, ncv) * co2PerGj;
    }

    /**
     * Tonnes of CO2 per unit {@code input} of a fuel whose factor is given directly as {@code co2PerFactorUnit}
     * t CO2 per {@code factorUnit}: a conversion within the dimension (m3 of gas to 10k m3, kg to t, kWh to MWh),
     * or through {@code ncv} (GJ per factor unit) when the consumption is in energy units and the factor is not.
     *
     * @throws IllegalArgumentException when the dimensions differ and no calorific value links them
     */
    public static double directCo2PerInputUnit(Units.Unit input, Units.Unit factorUnit, double co2PerFactorUnit,
            double ncv) {
        if (input.dimension() == factorUnit.dimension()) {
            return input.convert(1.0, factorUnit) * co2PerFactorUnit;
        }
        if (input.dimension() == Units.Dimension.ENERGY && ncv > 0) {
            return input.toBase() / ncv * co2PerFactorUnit;
        }
        throw new IllegalArgumentException("the factor is given per " + factorUnit.name() + ", so the consumption "
                + "must be in a unit of the same kind (or, for energy units, the fuel needs a calorific value)");
    }

    /** GJ per unit {@code input} of a fuel with {@code ncv} GJ per {@code factorUnit}. */
    public static double gjPerInputUnit(Units.Unit input, Units.Unit factorUnit, double ncv) {
        if (input.dimension() == Units.Dimension.ENERGY) {
            return input.toBase();
        }
        if (factorUnit.dimension() == Units.Dimension.ENERGY) {
            throw new IllegalArgumentException("the factor is per " + factorUnit.name() + " (energy), so the "
                    + "consumption must be in an energy unit (GJ, TJ, tce, kWh ...), not " + input.name());
        }
        return input.convert(1.0, factorUnit) * ncv;
    }

    /**
     * Element-wise {@code quantity × multiplier}; NaN stays NaN. Returns a new array.
     */
    public static double[] scale(double[] quantity, double multiplier) {
        double[] out = new double[quantity.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = quantity[i] * multiplier;
        }
        return out;
    }
}
