package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.study.Datasets;
import org.junit.jupiter.api.Test;

/** The rule that settles the entity and time columns when the user names them, declares none, or omits them. */
class PanelLayoutTest {

    private static RawTable table(String name, String csv) {
        return DataReader.read(TestFiles.write(name, csv), null);
    }

    private static PanelLayout layout(String csv, String entity, String time) {
        return PanelLayout.choose(table("layout.csv", csv), entity, time);
    }

    @Test
    void aSecondColumnNamedLikeAPeriodIsTheTime() {
        for (String name : List.of("year", "Year", "YEAR", "t", "time", "period", "date", "yr", "month", "quarter",
                "年份", "年", "survey_year", "time_id", "Fiscal Year")) {
            PanelLayout l = layout("id," + name + ",x\nA,2001,1\nB,2001,2\n", null, null);
            assertEquals("id", l.entityColumn(), name);
            assertEquals(name, l.timeColumn(), name);
            assertEquals(PanelLayout.Basis.NAME, l.basis(), name);
            assertTrue(l.describe().contains("time column '" + name + "' (its name looks like a period"), l.describe());
        }
        for (String name : List.of("x1", "labor", "econ_gdp_pc", "co2_t", "timer", "yearly_gdp_growth_x", "年末人口")) {
            assertFalse(PanelLayout.looksLikePeriod(name), name);
        }
    }

    @Test
    void wholeNumbersWithRepeatedEntitiesAreTheTime() {
        PanelLayout l = layout("id,wave_no,x\nA,1,1.5\nA,2,2.5\nB,1,3.5\nB,2,4.5\n", null, null);
        assertEquals("wave_no", l.timeColumn());
        assertEquals(PanelLayout.Basis.VALUES, l.basis());
        assertTrue(l.describe().contains("whole numbers, and entities have several rows"), l.describe());
        PanelFrame f = l.frame(table("values.csv", "id,wave_no,x\nA,1,1.5\nA,2,2.5\nB,1,3.5\nB,2,4.5\n"));
        assertTrue(f.hasTime());
        assertEquals(2, f.nPeriods());
    }

    @Test
    void wholeNumbersWithoutRepeatsAreACrossSection() {
        // Hua-Bian style: integer-valued inputs, one row per DMU
        String csv = "dmu,x1,x2,y\nDMU1,437,1438,2015\nDMU2,884,1061,3452\nDMU3,1160,9171,2276\n";
        PanelLayout l = layout(csv, null, null);
        assertEquals("dmu", l.entityColumn());
        assertNull(l.timeColumn());
        assertEquals(PanelLayout.Basis.NOT_FOUND, l.basis());
        assertTrue(l.describe().startsWith("data ") && l.describe().endsWith("layout.csv: entity column 'dmu', no time "
                + "column (cross-section: column 'x1' is not named like a period and every entity has one row; name the "
                + "time column with --time COL if the data are a panel)"), l.describe());
        PanelFrame f = l.frame(table("hb.csv", csv));
        assertFalse(f.hasTime());
        assertEquals(3, f.nEntities());
    }

    @Test
    void aRepeatedEntityWithoutATimeColumnIsAnErrorNamingItAndSuggestingTime() {
        String csv = "firm,inv,value,year\n1,317.6,3078.5,1935\n1,391.8,4661.7,1936\n2,209.9,1362.4,1935\n"
                + "2,355.3,1807.1,1936\n";
        InputException e = assertThrows(InputException.class, () -> layout(csv, null, null));
        String m = String.join("\n", e.problems());
        assertEquals(1, e.problems().size(), m);
        assertTrue(m.contains("entity column 'firm' repeats: firm 1 is on lines 2 and 3"), m);
        assertTrue(m.contains("(and 1 more entities have several rows)"), m);
        assertTrue(m.contains("column 'inv' (the first column besides the entity) is neither named like a period"), m);
        assertTrue(m.contains("--time COL"), m);
        assertTrue(m.contains("column 'year' looks like a period"), m);
    }

    @Test
    void givenAndDeclaredColumnsAreTakenAsTheyAre() {
        String csv = "id,x,year\nA,1.5,2001\nB,2.5,2001\n";
        PanelLayout given = layout(csv, "id", "year");
        assertEquals("year", given.timeColumn());
        assertEquals(PanelLayout.Basis.GIVEN, given.basis());
        assertTrue(given.describe().endsWith("entity column 'id', time column 'year' (as given)"), given.describe());
        for (String none : List.of("none", "NONE", " None ")) {
            PanelLayout l = layout(csv, null, none);
            assertNull(l.timeColumn(), none);
            assertEquals("id", l.entityColumn());
            assertEquals(PanelLayout.Basis.GIVEN_NONE, l.basis());
            assertTrue(l.describe().endsWith("entity column 'id', no time column (cross-section, as declared by time none)"),
                    l.describe());
        }
        // the time given as the first column makes the second the entity
        PanelLayout swapped = layout("year,id,x\n2001,A,1\n2002,A,2\n", null, "year");
        assertEquals("id", swapped.entityColumn());
    }

    @Test
    void aDeclaredCrossSectionWithARepeatedEntityNamesTheLines() {
        String csv = "dmu,x\nA,1\nB,2\nA,3\n";
        RawTable t = table("dup.csv", csv);
        PanelLayout l = PanelLayout.choose(t, null, "none");
        InputException e = assertThrows(InputException.class, () -> l.frame(t));
        String m = e.problems().get(0);
        assertTrue(m.contains("duplicate rows in") && m.contains("for dmu A: lines 2 and 4"), m);
        assertTrue(m.contains("one row per entity"), m);
    }

    @Test
    void aPeriodNameWithOtherValuesSaysWhyItWasTaken() {
        // quarters (2020Q1) and months are periods now; half-years are not
        RawTable t = table("dates.csv", "id,date,x\nA,2020H1,1\nB,2020H1,2\n");
        PanelLayout l = PanelLayout.choose(t, null, null);
        InputException e = assertThrows(InputException.class, () -> l.frame(t));
        String m = String.join("\n", e.problems());
        assertTrue(m.contains("the time column 'date' holds '2020H1', which is not a whole number"), m);
        assertTrue(m.contains("'date' was taken as the time column because its name looks like a period"), m);
        assertTrue(m.contains("--time none"), m);
    }

    @Test
    void datasetsTellWhichColumnsWereTaken() {
        List<String> notes = new ArrayList<>();
        PanelFrame f = Datasets.load(TestFiles.write("indicators.csv", "region,econ_gdp_pc,soc_gini\nR01,45.2,0.41\n"
                + "R02,61.8,0.38\n"), null, null, null, notes::add);
        assertFalse(f.hasTime());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("data ") && notes.get(0).contains("indicators.csv: entity column 'region', "
                + "no time column (cross-section: column 'econ_gdp_pc' is not named like a period"), notes.get(0));
        notes.clear();
        PanelFrame p = Datasets.load(TestFiles.write("panel.csv", "id,year,x\nA,2001,1\nA,2002,2\n"), null, null, null,
                notes::add);
        assertTrue(p.hasTime());
        assertTrue(notes.get(0).endsWith("entity column 'id', time column 'year' (its name looks like a period; "
                + "--time none declares a cross-section)"), notes.get(0));
    }
}
