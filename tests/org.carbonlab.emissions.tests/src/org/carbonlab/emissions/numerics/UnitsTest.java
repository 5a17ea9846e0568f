package org.carbonlab.emissions.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void spellingsAndConversions() {
        assertEquals(1e4, Units.find("10kt").convert(1, Units.find("t")));
        assertEquals(1e4, Units.find("万吨").convert(1, Units.find("t")));
        assertEquals(1e5, Units.find("100m m3").convert(1, Units.find("1000 m3")));
        assertEquals(1e5, Units.find("10^8 m³").convert(1, Units.find("1000m3")));
        assertEquals("100m kWh", Units.find("亿千瓦时").name());
        assertEquals(29.3076, Units.find("tce").toBase());
        assertEquals(1e4 * 29.3076, Units.find("10ktce").toBase(), 1e-9);
        assertEquals(3.6, Units.find("MWh").toBase(), 1e-12);
        assertNull(Units.find("barrels"));
        assertThrows(IllegalArgumentException.class, () -> Units.find("t").convert(1, Units.find("m3")));
    }

    @Test
    void unitFromColumnName() {
        assertEquals("10kt", Units.fromColumnName("coal_10kt").name());
        assertEquals("100m m3", Units.fromColumnName("natural_gas_100m_m3").name());
        assertEquals("TJ", Units.fromColumnName("coal_TJ").name());
        assertEquals("100m kWh", Units.fromColumnName("electricity_100m_kwh").name());
        assertNull(Units.fromColumnName("diesel_oil"));
        assertNull(Units.fromColumnName("gas"));
    }

    @Test
    void combustionMultiplier() {
        // 1 (10kt) of gasoline at 44.3 GJ/t and 18.9 kg C/GJ: 10^4 x 44.3 x 0.0189 x 44/12 t CO2
        double perGj = 18.9 / 1000 * 44 / 12;
        assertEquals(1e4 * 44.3 * perGj, Combustion.co2PerInputUnit(Units.find("10kt"), Units.find("t"), 44.3, perGj), 1e-6);
        // energy input skips the NCV
        assertEquals(1e3 * perGj, Combustion.co2PerInputUnit(Units.find("TJ"), Units.find("t"), 44.3, perGj), 1e-9);
        assertThrows(IllegalArgumentException.class,
                () -> Combustion.co2PerInputUnit(Units.find("t"), Units.find("1000 m3"), 38.931, perGj));
    }
}
