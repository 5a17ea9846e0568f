package org.carbonlab.emissions.estimators;

import static org.carbonlab.emissions.estimators.Harness.cell;
import static org.carbonlab.emissions.estimators.Harness.ipcc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/** co2_factor.FUEL: CO2 factors given per physical unit, against hand computations (1e-12 relative). */
class DirectFactorTest {
    private static PanelFrame data() {
        return PanelFrame.builder().entityColumn("city").timeColumn("year")
                .entities("A", "B").times(2020, 2020)
                .column("gas_100m_m3", 2, 0.5)
                .column("lpg_10kt", 10, 3)
                .column("heat_100m_kwh", 30, 4)
                .build();
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12 + 1e-9);
    }

    @Test
    void gasLpgAndKwhFactorsByHand() {
        Result r = ipcc(data(), "fuel.natural_gas", "gas_100m_m3", "co2_factor.natural_gas", "2.162 kg/m3",
                "fuel.lpg", "lpg_10kt:10kt", "co2_factor.lpg", "3.101 kg/kg",
                "fuel.heat", "heat_100m_kwh:100m kWh", "co2_factor.heat", "0.25 kg/kWh");
        ResultTable t = r.tables().get("emissions");
        // 2 x 10^8 m3 x 2.162 kg/m3 = 4.324 x 10^8 kg = 432,400 t
        close(432_400.0, cell(t, "A", 2020, "co2_natural_gas"));
        close(108_100.0, cell(t, "B", 2020, "co2_natural_gas"));
        // 10 x 10^4 t = 10^8 kg x 3.101 = 310,100 t
        close(310_100.0, cell(t, "A", 2020, "co2_lpg"));
        // 30 x 10^8 kWh x 0.25 kg/kWh = 750,000 t
        close(750_000.0, cell(t, "A", 2020, "co2_heat"));
        close(432_400.0 + 310_100.0 + 750_000.0, cell(t, "A", 2020, "co2_total"));
        // energy: gas and LPG by GB/T 2589 (1.33 kgce/m3 → 13.3 tce per 10^4 m3; 1.7143 kgce/kg), heat by its
        // energy content: 2e4 x 13.3 + 10e4 x 1.7143 + 30e8 x 0.0036 / 29.3076 tce
        close(2e4 * 13.3 + 10e4 * 1.7143 + 30e8 * 0.0036 / 29.3076, cell(t, "A", 2020, "energy_tce"));
        ResultTable f = r.tables().get("factors");
        assertTrue(f.rows().get(0).get(f.columnIndex("source")).toString().contains("co2_factor.natural_gas = 2.162 kg/m3"),
                f.rows().get(0)::toString);
        // a direct factor has no carbon content or oxidation: empty cells, not NaN (no non-finite warning in JSON)
        for (String c : new String[] {"carbon_content_kgc_per_gj", "oxidation"}) {
            assertNull(f.rows().get(0).get(f.columnIndex(c)), c);
        }
    }

    @Test
    void tonnesPerLargerUnitGiveTheSameNumbers() {
        Result r = ipcc(data(), "fuel.natural_gas", "gas_100m_m3", "co2_factor.natural_gas", "21.62 t/10k m3");
        close(432_400.0, cell(r.tables().get("emissions"), "A", 2020, "co2_natural_gas"));
    }

    @Test
    void badFactorsAreNamed() {
        InputException e = assertThrows(InputException.class, () -> ipcc(data(), "fuel.natural_gas", "gas_100m_m3",
                "co2_factor.natural_gas", "2.162 kg/t", "fuel.lpg", "lpg_10kt:10kt", "co2_factor.lpg", "much"));
        assertTrue(e.getMessage().contains("co2_factor.lpg: expected VALUE kg/UNIT"), e.getMessage());
        assertTrue(e.getMessage().contains("fuel.natural_gas: column 'gas_100m_m3' is in 100m m3 but the factor of "
                + "natural_gas is per t"), e.getMessage());
    }

    @Test
    void factorTableWithDirectFactors() {
        java.nio.file.Path f = Harness.write("direct.csv", "fuel,unit,co2_kg_per_unit,ncv_gj_per_unit,source\n"
                + "natural_gas,m3,2.162,0.0389,city survey\nlpg,kg,3.101,,\n");
        Result r = ipcc(data(), "fuel.natural_gas", "gas_100m_m3", "factors", f.toString());
        ResultTable t = r.tables().get("emissions");
        close(432_400.0, cell(t, "A", 2020, "co2_natural_gas"));
        // energy of the table's gas from its NCV: 2 x 10^8 m3 x 0.0389 GJ / 29.3076 GJ/tce
        close(2e8 * 0.0389 / 29.3076, cell(t, "A", 2020, "energy_tce"));
        ResultTable factors = r.tables().get("factors");
        assertEquals("city survey", factors.rows().get(0).get(factors.columnIndex("source")));
        // LPG has no NCV in the table: its energy in coal equivalent cannot be computed
        InputException e = assertThrows(InputException.class, () -> ipcc(data(), "fuel.lpg", "lpg_10kt:10kt",
                "factors", f.toString()));
        assertTrue(e.getMessage().contains("energy in coal equivalent needs the calorific value of lpg"),
                e.getMessage());
    }
}
