package org.carbonlab.emissions.estimators;

import static org.carbonlab.emissions.estimators.Harness.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/** emissions.downscale against shares and carbon balances worked out by hand. */
class SectorDownscalingEstimatorTest {
    private static final double REL = 1e-12;

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL);
    }

    private static Result downscale(PanelFrame d, String... kv) {
        return Harness.run("emissions.downscale", new SectorDownscalingEstimator(), d, kv);
    }

    private static PanelFrame provinces() {
        return PanelFrame.builder().entityColumn("province").timeColumn("year")
                .entities("A", "A", "B", "B").times(2015, 2016, 2015, 2016)
                .column("co2_industry_mt", 100, 120, 50, Double.NaN)
                .column("steel_10kt", 1000, 1100, 0, 10)
                .build();
    }

    /** National industrial final energy: 2015 total 200 (steel 50, cement 30, other 120), 2016 total 250. */
    private static Path shares() {
        return Harness.write("national_energy.csv", "year,sector,energy\n"
                + "2015,Ferrous metals,50\n2015,Non-metallic minerals,30\n2015,Other industry,120\n"
                + "2016,Ferrous metals,50\n2016,Non-metallic minerals,40\n2016,Other industry,160\n");
    }

    @Test
    void sharesAndCarbonBalance() {
        Result r = downscale(provinces(), "variables", "co2_industry_mt", "shares", shares().toString(),
                "group.steel", "Ferrous metals", "group.building", "Non-metallic minerals",
                "stored.steel", "steel_10kt:10kt", "stored_carbon.steel", "0.002", "unit", "Mt");
        ResultTable t = r.tables().get("downscaled");
        assertEquals(List.of("entity", "time", "co2_industry_mt_steel", "co2_industry_mt_steel_stored",
                "co2_industry_mt_steel_net", "co2_industry_mt_building"), t.columns());
        close(100 * 50 / 200.0, cell(t, "A", 2015, "co2_industry_mt_steel"));
        close(120 * 50 / 250.0, cell(t, "A", 2016, "co2_industry_mt_steel"));
        close(100 * 30 / 200.0, cell(t, "A", 2015, "co2_industry_mt_building"));
        close(120 * 40 / 250.0, cell(t, "A", 2016, "co2_industry_mt_building"));
        // 1000 x 10^4 t steel x 0.002 C x 44/12 = 73,333.33 t = 0.0733 Mt
        double stored = 1000 * 1e4 * 0.002 * 44 / 12 / 1e6;
        close(stored, cell(t, "A", 2015, "co2_industry_mt_steel_stored"));
        close(25 - stored, cell(t, "A", 2015, "co2_industry_mt_steel_net"));
        assertTrue(Double.isNaN(cell(t, "B", 2016, "co2_industry_mt_steel_net")), "missing stays missing");
        ResultTable s = r.tables().get("shares");
        assertEquals(4, s.rows().size());
        // shares over the grouped sectors only
        ResultTable g = downscale(provinces(), "variables", "co2_industry_mt", "shares", shares().toString(),
                "group.steel", "Ferrous metals", "group.building", "Non-metallic minerals", "denominator", "groups")
                .tables().get("downscaled");
        close(100 * 50 / 80.0, cell(g, "A", 2015, "co2_industry_mt_steel"));
    }

    @Test
    void badInputNamesTheProblem() {
        Path gap = Harness.write("national_energy_gap.csv", "year,sector,energy\n2015,Ferrous metals,50\n"
                + "2015,Other industry,150\n");
        InputException e = assertThrows(InputException.class, () -> downscale(provinces(), "variables", "co2_industry_mt",
                "shares", gap.toString(), "group.steel", "Ferrous metals"));
        assertTrue(e.problems().get(0).contains("has no rows for year 2016"), e.problems().toString());
        InputException s = assertThrows(InputException.class, () -> downscale(provinces(), "variables", "co2_industry_mt",
                "shares", shares().toString(), "group.steel", "Iron", "stored.steel", "steel_10kt"));
        String all = String.join("\n", s.problems());
        assertTrue(all.contains("sector 'Iron' is not in the shares table"), all);
        assertTrue(all.contains("stored.steel needs stored_carbon.steel"), all);
        InputException c = assertThrows(InputException.class, () -> downscale(provinces(), "variables", "co2",
                "shares", "nowhere.csv", "group.steel", "Ferrous metals"));
        String m = String.join("\n", c.problems());
        assertTrue(m.contains("column 'co2' not found") && m.contains("shares table 'nowhere.csv' not found"), m);
    }
}
