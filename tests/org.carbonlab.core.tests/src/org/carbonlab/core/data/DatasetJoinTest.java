package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/** Joins by hand: each city row takes its province's row; a year table reaches every unit. */
class DatasetJoinTest {
    private static RawTable table(String source, List<String> header, String[]... rows) {
        int[] lines = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            lines[i] = i + 2;
        }
        return new RawTable(source, null, null, header, rows, lines);
    }

    private static final RawTable CITIES = table("cities.csv", List.of("city", "year", "prov", "gdp"),
            new String[] {"Wuhan", "2010", "Hubei", "5"}, new String[] {"Wuhan", "2011", "Hubei", "6"},
            new String[] {"Changsha", "2010", "Hunan", "4"}, new String[] {"Changsha", "2011", "Hunan", "4.5"},
            new String[] {"Lhasa", "2010", "Xizang", "1"});

    private static final RawTable PROVINCES = table("prov.csv", List.of("province", "east", "area"),
            new String[] {"Hunan", "0", "21.2"}, new String[] {"Hubei", "0", "18.6"},
            new String[] {"Jiangsu", "1", "10.7"});

    @Test
    void provinceColumnsReachEachCityAndUnmatchedKeysAreNamedAndCounted() {
        DatasetJoin.Outcome[] out = new DatasetJoin.Outcome[1];
        InputException e = assertThrows(InputException.class, () -> DatasetJoin.parse("prov.csv:prov=province")
                .apply(CITIES, PROVINCES, "city", "year", out));
        assertTrue(e.getMessage().contains("1 row of cities.csv (1 key) have no match in prov.csv by prov=province: "
                + "'Xizang' (1 row)"), e.getMessage());
        RawTable joined = DatasetJoin.parse("prov.csv:prov=province:unmatched=missing")
                .apply(CITIES, PROVINCES, "city", "year", out);
        assertEquals(List.of("city", "year", "prov", "gdp", "east", "area"), joined.columnNames());
        String[][] expected = {{"0", "18.6"}, {"0", "18.6"}, {"0", "21.2"}, {"0", "21.2"}, {null, null}};
        for (int r = 0; r < 5; r++) {
            assertEquals(expected[r][0], joined.cell(r, 4));
            assertEquals(expected[r][1], joined.cell(r, 5));
            assertEquals(CITIES.line(r), joined.line(r));
        }
        assertEquals(4, out[0].matched());
        assertEquals(5, out[0].rows());
        assertEquals(List.of("east", "area"), out[0].columns());
        assertTrue(out[0].warning().contains("'Xizang' (1 row)"), out[0].warning());
    }

    @Test
    void yearTableByTheTimeKeyNumbersMatchByValue() {
        RawTable prices = table("cpi.csv", List.of("year", "cpi"), new String[] {"2010.0", "100"},
                new String[] {"2011", "105.4"});
        RawTable small = table("c.csv", CITIES.columnNames(), CITIES.row(0).toArray(String[]::new),
                CITIES.row(1).toArray(String[]::new), CITIES.row(2).toArray(String[]::new));
        DatasetJoin.Outcome[] out = new DatasetJoin.Outcome[1];
        RawTable joined = DatasetJoin.parse("cpi.csv:time").apply(small, prices, "city", "year", out);
        assertEquals(List.of("100", "105.4", "100"), List.of(joined.cell(0, 4), joined.cell(1, 4), joined.cell(2, 4)));
        assertEquals(3, out[0].matched());
        assertNull(out[0].warning());
        assertTrue(out[0].description().contains("by year: 3 of 3 rows matched"), out[0].description());
    }

    @Test
    void duplicateKeysClashingColumnsAndBadSpecsAreErrors() {
        DatasetJoin.Outcome[] out = new DatasetJoin.Outcome[1];
        RawTable twice = table("p2.csv", List.of("prov", "gdp"), new String[] {"Hubei", "1"},
                new String[] {"Hubei", "2"});
        InputException e = assertThrows(InputException.class,
                () -> DatasetJoin.parse("p2.csv:prov").apply(CITIES, twice, "city", "year", out));
        assertTrue(e.getMessage().contains("'Hubei' appears twice in p2.csv (lines 2 and 3)"), e.getMessage());
        assertTrue(e.getMessage().contains("column 'gdp' of p2.csv is already in cities.csv"), e.getMessage());
        e = assertThrows(InputException.class,
                () -> DatasetJoin.parse("prov.csv:region").apply(CITIES, PROVINCES, "city", "year", out));
        assertTrue(e.getMessage().contains("key column 'region' not found in cities.csv"), e.getMessage());
        assertThrows(InputException.class, () -> DatasetJoin.parse("prov.csv"));
        e = assertThrows(InputException.class, () -> DatasetJoin.parse("prov.csv:prov:unmatched=drop"));
        assertTrue(e.getMessage().contains("unmatched must be error or missing"), e.getMessage());
    }

    @Test
    void theOutcomeCountsMatchedAndUnmatchedRowsWithExampleKeys() {
        DatasetJoin.Outcome[] out = new DatasetJoin.Outcome[1];
        DatasetJoin.parse("prov.csv:prov=province:unmatched=missing").apply(CITIES, PROVINCES, "city", "year", out);
        java.util.Map<String, Object> m = out[0].asMap();
        assertEquals("prov.csv:prov=province:unmatched=missing", m.get("join"));
        assertEquals(List.of("prov=province"), m.get("keys"));
        assertEquals(5, m.get("rows"));
        assertEquals(4, m.get("matched"));
        assertEquals(1, m.get("unmatched"));
        assertEquals(1, m.get("unmatched_keys"));
        assertEquals("[{key=Xizang, rows=1}]", String.valueOf(m.get("unmatched_examples")));
        assertEquals(3, m.get("other_rows"));
        assertEquals(1, m.get("other_rows_unused")); // Jiangsu
    }
}
