package org.carbonlab.emissions.estimators;

import static org.carbonlab.emissions.estimators.Harness.cell;
import static org.carbonlab.emissions.estimators.Harness.ipcc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/** emissions.ipcc's heat (as raw coal through the thermal efficiency) and regional grid factors, by hand. */
class HeatAndRegionalGridTest {
    private static final double REL = 1e-12;

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL);
    }

    private static PanelFrame provinces() {
        return PanelFrame.builder().entityColumn("province").timeColumn("year")
                .entities("Beijing", "Beijing", "Hebei", "Shanghai").times(2015, 2016, 2015, 2015)
                .textColumn("grid", "North", "North", "North", "East")
                .column("heat_1e10kj", 20, 25, 40, 0)
                .column("heat_tj", 200, 250, 400, 0)
                .column("elec_100m_kwh", 100, 110, 300, 200)
                .column("coal_10kt", 10, 10, 300, 40)
                .build();
    }

    @Test
    void heatIsRawCoalThroughTheThermalEfficiency() {
        Result r = ipcc(provinces(), "fuel.coal", "coal_10kt", "heat", "heat_1e10kj", "heat_efficiency", "0.7");
        ResultTable t = r.tables().get("emissions");
        // 20 x 10^10 kJ = 2 x 10^5 GJ of heat; raw coal 25.8 kg C/GJ x 44/12 = 0.0946 t CO2/GJ (IPCC 2006);
        // fuel burnt 2e5 / 0.7 GJ -> CO2 = 2e5 / 0.7 x 0.0258 x 44/12
        double perGj = 25.8 / 1000.0 * 44.0 / 12.0;
        close(2e5 / 0.7 * perGj, cell(t, "Beijing", 2015, "co2_heat"));
        double coal = 10 * 1e4 * 25.8 * perGj;
        close(coal + 2e5 / 0.7 * perGj, cell(t, "Beijing", 2015, "co2_total"));
        // energy: coal 10^5 t x 0.7143 tce/t + heat 2e5 GJ / 29.3076 GJ/tce
        close(1e5 * 0.7143 + 2e5 / 29.3076, cell(t, "Beijing", 2015, "energy_tce"));
        // heat in TJ (here 400 TJ = 4e5 GJ for Hebei), China factors, out of the total
        Result tj = ipcc(provinces(), "heat", "heat_tj", "heat_efficiency", "0.85", "heat_in_total", "false",
                "factor_set", "china");
        ResultTable u = tj.tables().get("emissions");
        assertEquals(0.0, cell(u, "Hebei", 2015, "co2_total"));
        ResultTable f = tj.tables().get("factors");
        double chinaPerGj = ((Number) f.rows().get(0).get(f.columnIndex("t_co2_per_factor_unit"))).doubleValue();
        close(4e5 / 0.85 * chinaPerGj, cell(u, "Hebei", 2015, "co2_heat"));
        assertEquals("raw_coal", f.rows().get(0).get(f.columnIndex("factor_fuel")));
    }

    @Test
    void heatFuelAndBadHeatInput() {
        ResultTable t = ipcc(provinces(), "heat", "heat_tj", "heat_fuel", "natural_gas", "heat_efficiency", "0.9")
                .tables().get("emissions");
        close(2e5 / 0.9 * 15.3 / 1000.0 * 44.0 / 12.0, cell(t, "Beijing", 2015, "co2_heat"));
        InputException e = assertThrows(InputException.class, () -> ipcc(provinces(), "heat", "coal_10kt", "heat_fuel", "peat"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("heat_fuel 'peat' has no emission factor"), all);
        assertTrue(all.contains("heat column 'coal_10kt' is in 10kt, which is not an energy unit"), all);
        InputException eff = assertThrows(InputException.class, () -> ipcc(provinces(), "heat", "heat_tj", "heat_efficiency", "1.5"));
        assertTrue(String.join("\n", eff.problems()).contains("heat_efficiency"), eff.problems().toString());
    }

    @Test
    void regionalGridFactorsByGridRegionAndYear() {
        Path table = Harness.write("regional_grid.csv", "region,year,factor\nNorth,2015,0.8843\nNorth,2016,0.8606\n"
                + "East,2015,0.7035\n");
        Result r = ipcc(provinces(), "electricity", "elec_100m_kwh", "grid_factor", table.toString(), "grid_region", "grid");
        ResultTable t = r.tables().get("emissions");
        // 100 x 10^8 kWh = 10^7 MWh
        close(1e7 * 0.8843, cell(t, "Beijing", 2015, "co2_electricity"));
        close(1.1e7 * 0.8606, cell(t, "Beijing", 2016, "co2_electricity"));
        close(3e7 * 0.8843, cell(t, "Hebei", 2015, "co2_electricity"));
        close(2e7 * 0.7035, cell(t, "Shanghai", 2015, "co2_electricity"));
        assertTrue(r.tables().get("factors").rows().get(0).toString().contains("region (grid)"),
                r.tables().get("factors").rows().toString());
        InputException e = assertThrows(InputException.class, () -> ipcc(provinces(), "electricity", "elec_100m_kwh",
                "grid_factor", table.toString(), "grid_region", "grid_name"));
        assertTrue(e.problems().get(0).contains("grid_region: column 'grid_name' not found"), e.problems().toString());
        Path byYear = Harness.write("grid_by_year.csv", "year,factor\n2015,0.6\n2016,0.5\n");
        InputException noRegion = assertThrows(InputException.class, () -> ipcc(provinces(), "electricity",
                "elec_100m_kwh", "grid_factor", byYear.toString(), "grid_region", "grid"));
        assertTrue(noRegion.problems().get(0).contains("has no column 'region'"), noRegion.problems().toString());
    }
}
