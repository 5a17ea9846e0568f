package org.carbonlab.emissions.numerics;

/**
 * Carbon balance of a process whose product keeps part of the fuel's carbon, name-free: carbon that leaves the plant
 * in the product (carbon in crude steel, in pig iron sold) is not emitted, so
 * <pre>
 *   CO2_net = CO2_fuels − m_product × c_product × 44/12
 * </pre>
 * with m in tonnes and c the carbon mass fraction of the product (IPCC 2006 Vol. 3 Ch. 4, Eq. 4.9, the Tier 2
 * mass balance of iron and steel: carbon in steel is subtracted from carbon in the inputs).
 */
public final class CarbonBalance {
    private CarbonBalance() {
    }

    /** Tonnes of CO2 corresponding to the carbon kept in {@code productTonnes} of product with carbon fraction {@code carbonFraction}. */
    public static double storedCo2(double productTonnes, double carbonFraction) {
        return productTonnes * carbonFraction * 44.0 / 12.0;
    }
}
