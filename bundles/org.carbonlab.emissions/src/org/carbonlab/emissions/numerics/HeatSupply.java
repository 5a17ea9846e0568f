package org.carbonlab.emissions.numerics;

/**
 * Purchased heat converted to the fuel burnt to supply it, name-free: a boiler of thermal efficiency η delivers
 * η GJ of heat per GJ of fuel, so one GJ of heat stands for 1/η GJ of fuel and
 * <pre>
 *   fuel = heat / (η × NCV_fuel),        CO2 = heat × CO2-per-GJ_fuel / η
 * </pre>
 * (the accounting of heat as raw coal through the thermal efficiency of heat supply, used for Chinese provincial
 * inventories whose energy balance lists heat as a final energy).
 */
public final class HeatSupply {
    private HeatSupply() {
    }

    /**
     * Tonnes of CO2 per unit {@code heatUnit} of heat.
     *
     * @param co2PerGjFuel t CO2 per GJ of the supplying fuel
     * @param efficiency   thermal efficiency of heat supply, in (0, 1]
     * @throws IllegalArgumentException when the unit is not an energy unit or the efficiency is outside (0, 1]
     */
    public static double co2PerUnit(Units.Unit heatUnit, double co2PerGjFuel, double efficiency) {
        return gjFuelPerUnit(heatUnit, efficiency) * co2PerGjFuel;
    }

    /** GJ of fuel burnt per unit {@code heatUnit} of heat delivered. */
    public static double gjFuelPerUnit(Units.Unit heatUnit, double efficiency) {
        if (heatUnit.dimension() != Units.Dimension.ENERGY) {
            throw new IllegalArgumentException("heat must be in an energy unit (GJ, TJ, 10^10 kJ ...), not " + heatUnit.name());
        }
        if (!(efficiency > 0 && efficiency <= 1)) {
            throw new IllegalArgumentException("the thermal efficiency must lie in (0, 1], not " + efficiency);
        }
        return heatUnit.toBase() / efficiency;
    }
}
