package org.carbonlab.emissions.numerics;

/** Conversions of an electricity quantity, name-free: MWh (for a grid factor in t CO2/MWh) and tonnes of coal equivalent. */
public final class Electricity {
    private Electricity() {
    }

    /** MWh per unit {@code u} of electricity. */
    public static double mwhPerUnit(Units.Unit u) {
        return u.toBase() / Units.GJ_PER_KWH / 1000.0;
    }

    /** tce per unit {@code u} of electricity at {@code kgcePerKwh} kg coal equivalent per kWh. */
    public static double tcePerUnit(Units.Unit u, double kgcePerKwh) {
        return u.toBase() / Units.GJ_PER_KWH * kgcePerKwh / 1000.0;
    }
}
