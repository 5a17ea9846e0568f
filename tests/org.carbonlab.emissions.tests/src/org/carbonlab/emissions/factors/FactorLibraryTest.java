package org.carbonlab.emissions.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The shipped factors against the tables they cite. IPCC 2006 Guidelines Vol. 2 Ch. 1: Table 1.2 (default NCV,
 * TJ/Gg), Table 1.3 (default carbon content, kg C/GJ) and Table 1.4 (default CO2 emission factors, kg CO2/TJ, which
 * equal carbon content × 44/12 to the table's rounding). China: GB/T 2589 NCVs and coal-equivalent coefficients (China
 * Energy Statistical Yearbook appendix) and the NDRC provincial-inventory carbon contents and oxidation rates.
 */
class FactorLibraryTest {
    static final List<String> FUELS = List.of("raw_coal", "cleaned_coal", "other_washed_coal", "briquettes", "coke",
            "coke_oven_gas", "other_gas", "other_coking_products", "crude_oil", "gasoline", "kerosene", "diesel_oil",
            "fuel_oil", "lpg", "refinery_gas", "other_petroleum_products", "natural_gas");

    private static void factor(Map<String, FuelFactor> set, String fuel, String unit, double ncv, double cc, double ox) {
        FuelFactor f = set.get(fuel);
        assertEquals(unit, f.unit().name(), fuel);
        assertEquals(ncv, f.ncv(), 0, fuel + " NCV");
        assertEquals(cc, f.carbonContent(), 0, fuel + " carbon content");
        assertEquals(ox, f.oxidation(), 0, fuel + " oxidation");
        assertTrue(f.source().length() > 10, fuel + " has a source");
    }

    @Test
    void bothSetsCoverChinasSeventeenFuels() {
        for (String set : FactorLibrary.SETS) {
            assertEquals(FUELS, List.copyOf(FactorLibrary.shipped(set).keySet()), set);
        }
    }

    @Test
    void ipcc2006AgainstTables12And13() {
        Map<String, FuelFactor> s = FactorLibrary.shipped("ipcc2006");
        factor(s, "raw_coal", "t", 25.8, 25.8, 1);        // other bituminous coal
        factor(s, "cleaned_coal", "t", 28.2, 25.8, 1);    // coking coal
        factor(s, "briquettes", "t", 20.7, 26.6, 1);      // patent fuel
        factor(s, "coke", "t", 28.2, 29.2, 1);            // coke oven coke
        factor(s, "other_coking_products", "t", 28.0, 22.0, 1); // coal tar
        factor(s, "crude_oil", "t", 42.3, 20.0, 1);
        factor(s, "gasoline", "t", 44.3, 18.9, 1);        // motor gasoline
        factor(s, "kerosene", "t", 43.8, 19.6, 1);        // other kerosene
        factor(s, "diesel_oil", "t", 43.0, 20.2, 1);      // gas/diesel oil
        factor(s, "fuel_oil", "t", 40.4, 21.1, 1);        // residual fuel oil
        factor(s, "lpg", "t", 47.3, 17.2, 1);
        factor(s, "refinery_gas", "t", 49.5, 15.7, 1);
        factor(s, "other_petroleum_products", "t", 40.2, 20.0, 1);
        factor(s, "coke_oven_gas", "1000 m3", 17.981, 12.1, 1);
        factor(s, "natural_gas", "1000 m3", 38.931, 15.3, 1);
    }

    @Test
    void carbonContentsReproduceTable14EmissionFactors() {
        Map<String, FuelFactor> s = FactorLibrary.shipped("ipcc2006");
        // Table 1.4 default CO2 emission factors, kg CO2/TJ
        Map<String, Double> table14 = Map.ofEntries(Map.entry("raw_coal", 94_600.0), Map.entry("cleaned_coal", 94_600.0),
                Map.entry("briquettes", 97_500.0), Map.entry("coke", 107_000.0), Map.entry("other_coking_products", 80_700.0),
                Map.entry("crude_oil", 73_300.0), Map.entry("gasoline", 69_300.0), Map.entry("kerosene", 71_900.0),
                Map.entry("diesel_oil", 74_100.0), Map.entry("fuel_oil", 77_400.0), Map.entry("lpg", 63_100.0),
                Map.entry("refinery_gas", 57_600.0), Map.entry("other_petroleum_products", 73_300.0),
                Map.entry("coke_oven_gas", 44_400.0), Map.entry("natural_gas", 56_100.0));
        for (Map.Entry<String, Double> e : table14.entrySet()) {
            double ours = s.get(e.getKey()).co2PerGj() * 1e6; // t/GJ -> kg/TJ
            assertEquals(e.getValue(), ours, e.getValue() * 0.002, e.getKey());
        }
    }

    @Test
    void chinaSetAgainstGbt2589AndNdrc() {
        Map<String, FuelFactor> s = FactorLibrary.shipped("china");
        factor(s, "raw_coal", "t", 20.908, 26.37, 0.94);
        factor(s, "cleaned_coal", "t", 26.344, 25.41, 0.93);
        factor(s, "coke", "t", 28.435, 29.42, 0.93);
        factor(s, "crude_oil", "t", 41.816, 20.08, 0.98);
        factor(s, "gasoline", "t", 43.070, 18.9, 0.98);
        factor(s, "kerosene", "t", 43.070, 19.6, 0.98);
        factor(s, "diesel_oil", "t", 42.652, 20.2, 0.98);
        factor(s, "fuel_oil", "t", 41.816, 21.1, 0.98);
        factor(s, "lpg", "t", 50.179, 17.2, 0.98);
        factor(s, "natural_gas", "1000 m3", 38.931, 15.3, 0.99);
        // implied factors quoted in shared/data (CEADs / ji2022): gasoline 2.93, diesel 3.09, kerosene 3.03, fuel oil 3.17 t CO2/t
        assertEquals(2.93, s.get("gasoline").co2PerUnit(), 0.005);
        assertEquals(3.09, s.get("diesel_oil").co2PerUnit(), 0.01);
        assertEquals(3.03, s.get("kerosene").co2PerUnit(), 0.005);
        assertEquals(3.17, s.get("fuel_oil").co2PerUnit(), 0.005);
    }

    @Test
    void coalEquivalentCoefficients() {
        Map<String, FactorLibrary.TceCoefficient> t = FactorLibrary.tceCoefficients();
        assertEquals(0.7143, t.get("raw_coal").tcePerUnit(), 0);
        assertEquals(0.9000, t.get("cleaned_coal").tcePerUnit(), 0);
        assertEquals(0.9714, t.get("coke").tcePerUnit(), 0);
        assertEquals(1.4286, t.get("crude_oil").tcePerUnit(), 0);
        assertEquals(1.4714, t.get("gasoline").tcePerUnit(), 0);
        assertEquals(1.4571, t.get("diesel_oil").tcePerUnit(), 0);
        assertEquals(1.7143, t.get("lpg").tcePerUnit(), 0);
        assertEquals(1.3300, t.get("natural_gas").tcePerUnit(), 0);
        assertEquals("1000 m3", t.get("natural_gas").unit().name());
        assertEquals(0.1229e-3, t.get("electricity").tcePerUnit(), 0);
        for (String f : FUELS) {
            assertTrue(t.containsKey(f), f);
        }
        // the coefficients are the NCVs over 29.3076 GJ/tce to within GB/T 2589's rounding (kcal-based values)
        Map<String, FuelFactor> china = FactorLibrary.shipped("china");
        for (String f : List.of("raw_coal", "cleaned_coal", "coke", "gasoline", "diesel_oil", "fuel_oil", "lpg", "natural_gas")) {
            assertEquals(china.get(f).ncv() / 29.3076, t.get(f).tcePerUnit(), 0.003, f);
        }
    }
}
