package org.carbonlab.emissions.factors;

import org.carbonlab.emissions.numerics.Units;

/**
 * The emission factor of one fuel: CO2 per consumption unit = NCV × carbon content × oxidation × 44/12, or a
 * CO2 factor given directly per physical unit (kg CO2 per m³ of gas, per kg of LPG, per kWh), for which carbon
 * content and oxidation are NaN and the NCV is known only when a calorific value was given or shipped.
 *
 * @param fuel          the fuel's name ({@code raw_coal}, {@code natural_gas}, ...)
 * @param unit          the physical unit one consumption unit refers to ({@code t}, {@code 1000 m3}, {@code GJ}, ...)
 * @param ncv           net calorific value, GJ per {@code unit} (NaN: unknown, for a direct factor)
 * @param carbonContent carbon content, kg C per GJ (NaN for a direct factor)
 * @param oxidation     fraction of the carbon oxidised (0..1] (NaN for a direct factor)
 * @param label         a readable name
 * @param source        where the numbers come from
 * @param givenCo2PerUnit tonnes of CO2 per {@code unit} as given directly, NaN when computed from the others
 */
public record FuelFactor(String fuel, Units.Unit unit, double ncv, double carbonContent, double oxidation,
        String label, String source, double givenCo2PerUnit) {

    /** Mass ratio of CO2 to C. */
    public static final double CO2_PER_C = 44.0 / 12.0;

    /** A factor computed from NCV, carbon content and oxidation. */
    public FuelFactor(String fuel, Units.Unit unit, double ncv, double carbonContent, double oxidation,
            String label, String source) {
        this(fuel, unit, ncv, carbonContent, oxidation, label, source, Double.NaN);
    }

    /** A factor given directly as tonnes of CO2 per {@code unit}; {@code ncv} may be NaN. */
    public static FuelFactor direct(String fuel, Units.Unit unit, double tCo2PerUnit, double ncv, String label,
            String source) {
        return new FuelFactor(fuel, unit, ncv, Double.NaN, Double.NaN, label, source, tCo2PerUnit);
    }

    /** True when the factor was given directly as CO2 per unit. */
    public boolean direct() {
        return !Double.isNaN(givenCo2PerUnit);
    }

    /** Tonnes of CO2 per GJ of this fuel burnt (NaN for a direct factor without a calorific value). */
    public double co2PerGj() {
        return direct() ? givenCo2PerUnit / ncv : carbonContent / 1000.0 * oxidation * CO2_PER_C;
    }

    /** Tonnes of CO2 per {@link #unit} of this fuel. */
    public double co2PerUnit() {
        return direct() ? givenCo2PerUnit : ncv * co2PerGj();
    }
}
