package org.carbonlab.emissions.estimators;

import static org.carbonlab.emissions.estimators.Harness.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/** accounting.digital_io against small input-output tables solved by hand. */
class DigitalEconomyIoEstimatorTest {
    private static final double REL = 1e-12;

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL);
    }

    private static Result io(PanelFrame d, String... kv) {
        return Harness.run("accounting.digital_io", new DigitalEconomyIoEstimator(), d, kv);
    }

    private static PanelFrame provinces() {
        return PanelFrame.builder().entityColumn("province").timeColumn("year")
                .entities("P", "P", "P", "P", "Q", "Q").times(2012, 2013, 2017, 2018, 2012, 2013)
                .column("grp", 90, 100, 200, 220, 50, 55).build();
    }

    /**
     * Region P, 2012: sectors D (core digital), B, C. Flows D->B 10, D->C 5, B->C 8, C->B 6, D->D 2, B->D 3;
     * value added D 20, B 40, C 30; total inputs given for B (100) and C (50), D from the column sum (2 + 3 + 20 = 25).
     * DE = 20 + 40 x 10/100 + 30 x 5/50 = 27 (lambda 1); lambda 0.5: 20 + 0.5 x 7 = 23.5. VA = 90, share 0.3.
     * P 2017: D 30, B 50 (D->B 20, total 100), C 20 (D->C 0, total 40): DE = 30 + 50 x 0.2 = 40; VA 100, share 0.4.
     * Q 2012 (two core sectors D and E): E->B 4, D->B 1, B total 50, VA D 5, E 5, B 30: DE = 10 + 30 x 5/50 = 13; VA 40.
     */
    private static Path table() {
        return Harness.write("io_tables.csv", "region,year,from,to,value\n"
                + "P,2012,D,B,10\nP,2012,D,C,5\nP,2012,B,C,8\nP,2012,C,B,6\nP,2012,D,D,2\nP,2012,B,D,3\n"
                + "P,2012,value_added,D,20\nP,2012,value_added,B,40\nP,2012,value_added,C,30\n"
                + "P,2012,total_input,B,100\nP,2012,total_input,C,50\n"
                + "P,2017,D,B,20\nP,2017,value_added,D,30\nP,2017,value_added,B,50\nP,2017,value_added,C,20\n"
                + "P,2017,total_input,B,100\nP,2017,total_input,C,40\n"
                + "Q,2012,E,B,4\nQ,2012,D,B,1\nQ,2012,value_added,D,5\nQ,2012,value_added,E,5\nQ,2012,value_added,B,30\n"
                + "Q,2012,total_input,B,50\n");
    }

    @Test
    void handSolvedTablesAndConstantStructure() {
        Result r = io(provinces(), "io_table", table().toString(), "core", "D;E", "base", "grp");
        ResultTable t = r.tables().get("digital");
        close(0.3 * 90, cell(t, "P", 2012, "digital_va"));
        close(0.3, cell(t, "P", 2012, "digital_share"));
        close(20.0 / 90, cell(t, "P", 2012, "core_share"));
        close(7.0 / 90, cell(t, "P", 2012, "integrated_share"));
        // 2013 keeps the 2012 structure; 2018 the 2017 one
        close(0.3 * 100, cell(t, "P", 2013, "digital_va"));
        close(0.4 * 200, cell(t, "P", 2017, "digital_va"));
        close(0.4 * 220, cell(t, "P", 2018, "digital_va"));
        close(13.0 / 40 * 55, cell(t, "Q", 2013, "digital_va"));
        assertEquals(2017L, ((Number) t.rows().get(3).get(t.columnIndex("survey_year"))).longValue());
        assertEquals(3.0, ((Number) r.statistic("rows_filled_by_constant_structure")).doubleValue());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("core sector 'E' is not in the input-output table of P 2012")),
                r.warnings().toString());
        ResultTable s = r.tables().get("sectors");
        assertTrue(s.rows().size() >= 8, s.rows().toString());
        // lambda 0.5, no base: survey years in the table's unit, others empty with a warning
        Result half = io(provinces(), "io_table", table().toString(), "core", "D;E", "adjustment", "0.5");
        ResultTable h = half.tables().get("digital");
        close(23.5, cell(h, "P", 2012, "digital_va"));
        close(10 + 0.5 * 3, cell(h, "Q", 2012, "digital_va"));
        assertTrue(Double.isNaN(cell(h, "P", 2013, "digital_va")));
        assertTrue(half.warnings().stream().anyMatch(w -> w.contains("3 rows lie outside the survey years")), half.warnings().toString());
    }

    @Test
    void badTablesAreNamed() {
        InputException e = assertThrows(InputException.class, () -> io(provinces(), "io_table", table().toString(),
                "core", "D;Software"));
        assertTrue(String.join("\n", e.problems()).contains("core sector 'Software' is in none of the input-output tables"),
                e.problems().toString());
        Path noQ = Harness.write("io_no_q.csv", "region,year,from,to,value\nP,2012,value_added,D,1\n");
        InputException q = assertThrows(InputException.class, () -> io(provinces(), "io_table", noQ.toString(), "core", "D"));
        assertTrue(q.problems().get(0).contains("has no table for province Q"), q.problems().toString());
        Path noVa = Harness.write("io_no_va.csv", "region,year,from,to,value\nP,2012,D,B,1\nP,2012,value_added,D,1\n"
                + "Q,2012,value_added,D,1\n");
        InputException v = assertThrows(InputException.class, () -> io(provinces(), "io_table", noVa.toString(), "core", "D"));
        assertTrue(v.problems().get(0).contains("has no value_added row for sector(s) B"), v.problems().toString());
        InputException c = assertThrows(InputException.class, () -> io(provinces(), "io_table", "missing.csv", "core", "D",
                "base", "gdp"));
        String all = String.join("\n", c.problems());
        assertTrue(all.contains("base: column 'gdp' not found") && all.contains("'missing.csv' not found"), all);
    }
}
