package org.carbonlab.emissions.factors;

import org.carbonlab.emissions.numerics.Units;

/**
 * The emission factor of one fuel: CO2 per consumption unit = NCV × carbon content × oxidation × 44/12.
 *
 * @param fuel          the fuel's name ({@code raw_coal}, {@code natural_gas}, ...)
 * @param unit          the physical unit one consumption unit refers to ({@code t}, {@code 1000 m3}, {@code GJ}, ...)
 * @param ncv           net calorific value, GJ per {@code unit}
 * @param carbonContent carbon content, kg C per GJ
 * @param oxidation     fraction of the carbon oxidised (0..1]
 * @param label         a readable name
 * @param source        where the numbers come from
 */
public record FuelFactor(String fuel, Units.Unit unit, double ncv, double carbonContent, double oxidation,
        String label, String source) {

    /** Mass ratio of CO2 to C. */
    public static final double CO2_PER_C = 44.0 / 12.0;

    /** Tonnes of CO2 per GJ of this fuel burnt. */
    public double co2PerGj() {
        return carbonContent / 1000.0 * oxidation * CO2_PER_C;
    }

    /** Tonnes of CO2 per {@link #unit} of this fuel. */
    public double co2PerUnit() {
        return ncv * co2PerGj();
    }
}
