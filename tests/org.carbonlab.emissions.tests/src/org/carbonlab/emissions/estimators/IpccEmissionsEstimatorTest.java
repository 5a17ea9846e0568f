package org.carbonlab.emissions.estimators;

import static org.carbonlab.emissions.estimators.Harness.cell;
import static org.carbonlab.emissions.estimators.Harness.ipcc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/** emissions.ipcc against hand-computed rows, and its input checks. */
class IpccEmissionsEstimatorTest {
    private static final double REL = 1e-12;

    /** Two provinces, two years; A has no gas in 2001 (missing). */
    private static PanelFrame provinces() {
        return PanelFrame.builder().entityColumn("province").timeColumn("year")
                .entities("A", "A", "B", "B").times(2000, 2001, 2000, 2001)
                .column("coal_10kt", 100, 50, 0, 10)
                .column("gas_100m_m3", 2, Double.NaN, 1, 1)
                .column("gasoline_10kt", 10, 10, 0, 5)
                .column("diesel_10kt", 5, 0, 0, 1)
                .column("crude_10kt", 1, 1, 0, 0)
                .column("elec_100m_kwh", 30, 40, 10, 0)
                .column("grid", 0.6, 0.5, 0.9, 0.8)
                .build();
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL + 1e-9);
    }

    @Test
    void ipcc2006RowsRebuiltByHand() {
        Result r = ipcc(provinces(), "fuel.coal", "coal_10kt:10kt", "fuel.natural_gas", "gas_100m_m3");
        ResultTable t = r.tables().get("emissions");
        assertEquals(List.of("entity", "time", "co2_coal", "co2_natural_gas", "co2_total", "energy_tce"), t.columns());
        // 100 x 10^4 t x 25.8 GJ/t x 25.8 kg C/GJ x 1 x 44/12 = 2,440,680 t (IPCC 2006 other bituminous coal)
        close(2_440_680.0, cell(t, "A", 2000, "co2_coal"));
        // 2 x 10^8 m3 = 2 x 10^5 thousand m3 x 38.931 GJ x 15.3 kg C/GJ x 44/12 = 436,805.82 t
        close(436_805.82, cell(t, "A", 2000, "co2_natural_gas"));
        close(2_440_680.0 + 436_805.82, cell(t, "A", 2000, "co2_total"));
        // tce: 10^6 t x 0.7143 + 2 x 10^5 thousand m3 x 1.33 = 980,300 tce (GB/T 2589)
        close(980_300.0, cell(t, "A", 2000, "energy_tce"));
        // missing gas propagates to the total, with a warning
        assertTrue(Double.isNaN(cell(t, "A", 2001, "co2_total")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("1 consumption values are missing")), r.warnings().toString());
        // zero consumption gives zero
        assertEquals(0.0, cell(t, "B", 2000, "co2_coal"));
        assertEquals("coal, natural_gas", r.statistic("co2_total_includes"));
        ResultTable f = r.tables().get("factors");
        assertEquals("raw_coal", f.rows().get(0).get(f.columnIndex("factor_fuel")));
        assertTrue(f.rows().get(0).get(f.columnIndex("source")).toString().contains("Tables 1.2/1.3"));
    }

    @Test
    void chinaSetOutputUnitAndExclusions() {
        Result r = ipcc(provinces(), "factor_set", "china", "fuel.gasoline", "gasoline_10kt", "fuel.diesel", "diesel_10kt",
                "fuel.crude_oil", "crude_10kt", "total_excludes", "crude_oil", "output_unit", "kt", "missing", "zero",
                "energy_unit", "10ktce");
        ResultTable t = r.tables().get("emissions");
        // gasoline: 10^5 t x 43.070 x 18.9/1000 x 0.98 x 44/12 = 292,505.598 t; diesel 5 x 10^4 t -> 154,795.4818667 t
        close(292.505598, cell(t, "A", 2000, "co2_gasoline"));
        close(154.7954818666667, cell(t, "A", 2000, "co2_diesel"));
        // crude oil 10^4 t x 41.816 x 20.08/1000 x 0.98 x 44/12 = 30,171.972 t: reported, not in the total
        close(30.17197239466666, cell(t, "A", 2000, "co2_crude_oil"));
        close(292.505598 + 154.7954818666667, cell(t, "A", 2000, "co2_total"));
        // energy in 10^4 tce: 10 x 1.4714 + 5 x 1.4571; crude oil is excluded from the total, so from energy too
        close(10 * 1.4714 + 5 * 1.4571, cell(t, "A", 2000, "energy_tce"));
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("double counting")), r.warnings().toString());
    }

    @Test
    void aMissingValueOfAnExcludedFuelLeavesTheTotalAlone() {
        // A's gas is missing in 2001, but gas is excluded from the total: co2_total and energy stay defined.
        Result r = ipcc(provinces(), "fuel.coal", "coal_10kt", "fuel.natural_gas", "gas_100m_m3",
                "total_excludes", "natural_gas");
        ResultTable t = r.tables().get("emissions");
        assertTrue(Double.isNaN(cell(t, "A", 2001, "co2_natural_gas")));
        close(50 * 10_000 * 25.8 * 25.8 / 1000 * 44.0 / 12, cell(t, "A", 2001, "co2_total"));
        close(50 * 10_000 * 0.7143, cell(t, "A", 2001, "energy_tce"));
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("consumption values are missing")), r.warnings().toString());
    }

    @Test
    void doubleCountingIsWarned() {
        Result r = ipcc(provinces(), "fuel.gasoline", "gasoline_10kt", "fuel.crude_oil", "crude_10kt");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("crude oil and refined oil products")), r.warnings().toString());
    }

    @Test
    void electricityConstantColumnAndTable() {
        // constant 0.581 t/MWh: 30 x 10^8 kWh = 3 x 10^6 MWh -> 1,743,000 t
        Result c = ipcc(provinces(), "electricity", "elec_100m_kwh", "grid_factor", "0.581");
        ResultTable t = c.tables().get("emissions");
        close(1_743_000.0, cell(t, "A", 2000, "co2_electricity"));
        assertEquals(0.0, cell(t, "A", 2000, "co2_total"), "indirect emissions stay out of the total by default");
        // energy: 3 x 10^9 kWh x 0.1229 kgce/kWh = 368,700 tce
        close(368_700.0, cell(t, "A", 2000, "energy_tce"));
        Result col = ipcc(provinces(), "electricity", "elec_100m_kwh:100m kWh", "grid_factor", "grid", "electricity_in_total", "true");
        ResultTable u = col.tables().get("emissions");
        close(4e6 * 0.5, cell(u, "A", 2001, "co2_electricity"));
        close(4e6 * 0.5, cell(u, "A", 2001, "co2_total"));
        Path table = Harness.write("grid.csv", "region,year,factor\nA,2000,0.7\nA,2001,0.65\nB,2000,1.0\n");
        Result tab = ipcc(provinces(), "electricity", "elec_100m_kwh", "grid_factor", table.toString());
        ResultTable v = tab.tables().get("emissions");
        close(3e6 * 0.7, cell(v, "A", 2000, "co2_electricity"));
        close(4e6 * 0.65, cell(v, "A", 2001, "co2_electricity"));
        assertTrue(Double.isNaN(cell(v, "B", 2001, "co2_electricity")));
        assertTrue(tab.warnings().stream().anyMatch(w -> w.contains("no factor for 1 rows (B 2001)")), tab.warnings().toString());
        Path byRegion = Harness.write("grid_region.csv", "region,factor\nA,0.5\nB,0.25\n");
        ResultTable w = ipcc(provinces(), "electricity", "elec_100m_kwh", "grid_factor", byRegion.toString()).tables().get("emissions");
        close(1e6 * 0.25, cell(w, "B", 2000, "co2_electricity"));
    }

    @Test
    void userFactorTableOverridesTheShippedSet() {
        Path f = Harness.write("factors.csv", "fuel,unit,ncv_gj_per_unit,carbon_content_kgc_per_gj,oxidation,source\n"
                + "raw_coal,t,20,25,0.9,my survey\n");
        Result r = ipcc(provinces(), "fuel.coal", "coal_10kt", "fuel.gasoline", "gasoline_10kt", "factors", f.toString());
        ResultTable t = r.tables().get("emissions");
        // 10^6 t x 20 x 25/1000 x 0.9 x 44/12 = 1,650,000 t
        close(1_650_000.0, cell(t, "A", 2000, "co2_coal"));
        // gasoline keeps the IPCC default: 10^5 t x 44.3 x 18.9/1000 x 44/12
        close(1e5 * 44.3 * 18.9 / 1000 * 44 / 12, cell(t, "A", 2000, "co2_gasoline"));
        ResultTable factors = r.tables().get("factors");
        assertEquals("my survey", factors.rows().get(0).get(factors.columnIndex("source")));
        // tce of a user factor comes from its NCV: 20/29.3076 tce per t
        close(1e6 * 20 / 29.3076 + 1e5 * 1.4714, cell(t, "A", 2000, "energy_tce"));
    }

    @Test
    void energyUnitsSkipTheCalorificValue() {
        PanelFrame d = PanelFrame.builder().entities("X").times(2010).column("coal_tj", 1000).column("coal_tce", 1000).build();
        ResultTable t = ipcc(d, "fuel.coal", "coal_tj", "fuel.raw_coal", "coal_tce").tables().get("emissions");
        // 1000 TJ = 10^6 GJ x 25.8 kg C/GJ x 44/12 = 94,600 t (IPCC Table 1.4: 94,600 kg CO2/TJ)
        close(94_600.0, cell(t, "X", 2010, "co2_coal"));
        close(1000 * 29.3076 * 25.8 / 1000 * 44 / 12, cell(t, "X", 2010, "co2_raw_coal"));
    }

    @Test
    void sectorGroups() {
        PanelFrame d = PanelFrame.builder().entityColumn("unit").timeColumn("year")
                .entities("P1/steel", "P1/cement", "P1/glass", "P1/textiles", "P2/steel", "P2/cement")
                .times(2015, 2015, 2015, 2015, 2015, 2015)
                .textColumn("province", "P1", "P1", "P1", "P1", "P2", "P2")
                .textColumn("sector", "Ferrous metals", "Cement", "Glass", "Textiles", "Ferrous metals", "Cement")
                .column("coke_t", 100, 0, 0, 0, 50, 0)
                .column("coal_t", 10, 200, 30, 5, 0, 100)
                .build();
        Result r = ipcc(d, "factor_set", "china", "fuel.coke", "coke_t", "fuel.coal", "coal_t", "sector", "sector", "region",
                "province", "group.iron_steel", "Ferrous metals", "group.building_materials", "Cement;Glass;Lime");
        ResultTable g = r.tables().get("groups");
        assertEquals(List.of("entity", "time", "co2_iron_steel", "co2_building_materials", "co2_groups_total"), g.columns());
        double coke = 28.435 * 29.42 / 1000 * 0.93 * 44 / 12;
        double coal = 20.908 * 26.37 / 1000 * 0.94 * 44 / 12;
        close(100 * coke + 10 * coal, cell(g, "P1", 2015, "co2_iron_steel"));
        close(230 * coal, cell(g, "P1", 2015, "co2_building_materials"));
        close(50 * coke, cell(g, "P2", 2015, "co2_iron_steel"));
        close(100 * coal + 50 * coke, cell(g, "P2", 2015, "co2_groups_total"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'Lime' does not occur")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("in no group") && w.contains("Textiles")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("raw coal and coal products")), r.warnings().toString());
    }

    @Test
    void badInputIsReportedTogether() {
        PanelFrame d = PanelFrame.builder().entityColumn("province").timeColumn("year").entities("A", "A", "B")
                .times(2000, 2001, 2000).column("coal_10kt", 5, -1, 2).column("gas", 1, 1, 1).column("lpg_10kt", 1, 1, 1)
                .column("peat_t", 1, 1, 1).build();
        Path f = Harness.write("factors_peat_missing.csv",
                "fuel,unit,ncv_gj_per_unit,carbon_content_kgc_per_gj,oxidation\nraw_coal,t,20,25,0.9\n");
        InputException e = assertThrows(InputException.class, () -> ipcc(d, "fuel.coal", "coal_10kt", "fuel.natural_gas",
                "gas:barrels", "fuel.peat", "peat_t", "factors", f.toString()));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("unknown unit 'barrels'"), all);
        assertTrue(all.contains("fuel 'peat' (fuel.peat) has no emission factor"), all);
        // negative values are checked once the mapping is valid
        InputException neg = assertThrows(InputException.class, () -> ipcc(d, "fuel.coal", "coal_10kt"));
        assertTrue(neg.problems().get(0).contains("negative consumption in column 'coal_10kt' for province A, year 2001"),
                neg.problems().toString());
        InputException noUnit = assertThrows(InputException.class, () -> ipcc(d, "fuel.natural_gas", "gas"));
        assertTrue(noUnit.problems().get(0).contains("the unit of column 'gas' is not known"), noUnit.problems().toString());
        InputException mismatch = assertThrows(InputException.class, () -> ipcc(d, "fuel.natural_gas", "lpg_10kt"));
        assertTrue(mismatch.problems().get(0).contains("per 1000 m3"), mismatch.problems().toString());
        InputException badTable = assertThrows(InputException.class, () -> ipcc(d, "fuel.coal", "coal_10kt", "factors",
                Harness.write("bad_factors.csv", "fuel,unit,ncv_gj_per_unit,carbon_content_kgc_per_gj,oxidation\n"
                        + "raw_coal,furlongs,20,25,1.5\n").toString()));
        String b = String.join("\n", badTable.problems());
        assertTrue(b.contains("unknown unit 'furlongs'") && b.contains("oxidation = 1.5 is out of range"), b);
        InputException none = assertThrows(InputException.class, () -> ipcc(d));
        assertTrue(none.problems().get(0).contains("no fuel column given"), none.problems().toString());
        InputException noGrid = assertThrows(InputException.class, () -> ipcc(d, "electricity", "gas:kWh"));
        assertTrue(noGrid.problems().get(0).contains("electricity needs grid_factor"), noGrid.problems().toString());
    }

    @Test
    void oneColumnGivenAsTwoFuelsIsAnInputErrorNamingBoth() {
        PanelFrame d = PanelFrame.builder().entityColumn("province").timeColumn("year").entities("A", "A")
                .times(2000, 2001).column("coal_10kt", 5, 6).build();
        InputException e = assertThrows(InputException.class,
                () -> ipcc(d, "fuel.coal", "coal_10kt", "fuel.coke", "coal_10kt"));
        assertEquals(List.of("column 'coal_10kt' is given as two fuels, fuel.coal and fuel.coke: its consumption would be"
                + " counted twice in co2_total; map each column to one fuel"), e.problems());
    }

    /**
     * The grid table is read once per run: validate builds the plan with its contents and estimate (same context)
     * reuses it, so a table removed in between does not matter; a new context reads it again.
     */
    @Test
    void gridTableIsReadOncePerRun() throws Exception {
        Path table = Harness.write("grid_once.csv", "region,factor\nA,0.5\nB,0.25\n");
        IpccEmissionsEstimator estimator = new IpccEmissionsEstimator();
        org.carbonlab.core.estimator.Parameters p = estimator.parameters().resolve(java.util.Map.of("electricity",
                "elec_100m_kwh", "grid_factor", table.toString()));
        org.carbonlab.core.estimator.EstimationContext context = org.carbonlab.core.estimator.EstimationContext
                .of(provinces(), p);
        assertEquals(List.of(), estimator.validate(context));
        java.nio.file.Files.delete(table);
        ResultTable t = estimator.estimate(context).tables().get("emissions");
        close(1e6 * 0.25, cell(t, "B", 2000, "co2_electricity"));
        InputException gone = assertThrows(InputException.class,
                () -> estimator.estimate(org.carbonlab.core.estimator.EstimationContext.of(provinces(), p)));
        assertTrue(gone.problems().get(0).contains("not found"), gone.problems().toString());
    }
}
