package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The accounting options of issue 18 from the command line ({@code carbonlab estimate ID --set k=v}): heat and
 * regional grid factors of emissions.ipcc, emissions.downscale with a carbon balance, accounting.digital_io; numbers
 * by hand (rel 1e-12); bad input exits 2 naming the parameter.
 */
class AccountingCommandTest {
    private static final double REL = 1e-12;

    private static double value(JsonObject r, String table, int row, String column) {
        JsonObject t = r.getAsJsonObject("tables").getAsJsonObject(table);
        List<String> cols = TechImportStudyTest.columns(t);
        JsonArray cells = t.getAsJsonArray("rows").get(row).getAsJsonArray();
        return cells.get(cols.indexOf(column)).getAsDouble();
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL);
    }

    @Test
    void heatRegionalGridDownscaleAndDigitalIo() {
        Path dir = Cli.freshDir("accounting-cli");
        Path data = Cli.write(dir, "p.csv", "province,year,grid,heat_1e10kj,elec_100m_kwh,co2_ind,steel_10kt,grp\n"
                + "A,2012,North,10,100,50,200,90\nA,2013,North,12,110,60,210,100\nB,2012,East,0,50,20,0,40\nB,2013,East,1,60,22,0,44\n");
        Cli.write(dir, "grid.csv", "region,year,factor\nNorth,2012,0.9\nNorth,2013,0.88\nEast,2012,0.8\nEast,2013,0.78\n");
        Cli.write(dir, "energy.csv", "year,sector,energy\n2012,Steel,30\n2012,Other,70\n2013,Steel,25\n2013,Other,75\n");
        Cli.write(dir, "io.csv", "region,year,from,to,value\nA,2012,D,B,10\nA,2012,value_added,D,20\nA,2012,value_added,B,70\n"
                + "A,2012,total_input,B,100\nB,2012,value_added,D,4\nB,2012,value_added,B,36\n");

        JsonObject e = Cli.run("estimate", "emissions.ipcc", "--data", data.toString(), "--set", "heat=heat_1e10kj",
                "--set", "heat_efficiency=0.8", "--set", "electricity=elec_100m_kwh", "--set", "grid_factor="
                        + dir.resolve("grid.csv"), "--set", "grid_region=grid", "--set", "electricity_in_total=true").ok().json();
        double coalPerGj = 25.8 / 1000 * 44 / 12;
        close(10 * 1e4 / 0.8 * coalPerGj, value(e, "emissions", 0, "co2_heat"));
        close(100 * 1e5 * 0.9, value(e, "emissions", 0, "co2_electricity"));
        close(10 * 1e4 / 0.8 * coalPerGj + 100 * 1e5 * 0.9, value(e, "emissions", 0, "co2_total"));
        close(60 * 1e5 * 0.78, value(e, "emissions", 3, "co2_electricity"));

        JsonObject d = Cli.run("estimate", "emissions.downscale", "--data", data.toString(), "--set", "variables=co2_ind",
                "--set", "shares=" + dir.resolve("energy.csv"), "--set", "group.steel=Steel", "--set",
                "stored.steel=steel_10kt:10kt", "--set", "stored_carbon.steel=0.002", "--set", "unit=Mt").ok().json();
        close(50 * 0.3 - 200 * 1e4 * 0.002 * 44 / 12 / 1e6, value(d, "downscaled", 0, "co2_ind_steel_net"));
        close(60 * 0.25, value(d, "downscaled", 1, "co2_ind_steel"));

        JsonObject io = Cli.run("estimate", "accounting.digital_io", "--data", data.toString(), "--set",
                "io_table=" + dir.resolve("io.csv"), "--set", "core=D", "--set", "base=grp").ok().json();
        // A 2012: 20 + 70 x 10/100 = 27 of VA 90 -> share 0.3; 2013 keeps it: 0.3 x 100. B: 4/40 = 0.1
        close(27, value(io, "digital", 0, "digital_va"));
        close(30, value(io, "digital", 1, "digital_va"));
        close(4.4, value(io, "digital", 3, "digital_va"));

        Cli.Run bad = Cli.run("estimate", "emissions.downscale", "--data", data.toString(), "--set", "variables=co2_ind",
                "--set", "shares=" + dir.resolve("energy.csv"), "--set", "group.steel=Iron").expectCode(2);
        assertTrue(bad.err().contains("sector 'Iron' is not in the shares table"), bad::describe);
        Cli.Run badIo = Cli.run("estimate", "accounting.digital_io", "--data", data.toString(), "--set",
                "io_table=" + dir.resolve("io.csv"), "--set", "core=Software").expectCode(2);
        assertTrue(badIo.err().contains("core sector 'Software'"), badIo::describe);
    }
}
