package org.carbonlab.efficiency.malmquist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/**
 * {@code tables.levels} of efficiency.malmquist (what a study binds as cumulated green TFP): 1 in each entity's first
 * period, then the running product of that entity's GML indices, multiplied out here by hand (rel 1e-12).
 */
class MalmquistLevelsTest {
    @Test
    void levelsAreTheRunningProductOfTheIndices() throws IOException {
        Result r = new GmlPanelTest().gml();
        ResultTable index = r.tables().get("index");
        ResultTable levels = r.tables().get("levels");
        assertEquals(List.of("entity", "time", "level"), levels.columns());
        Map<String, Double> product = new HashMap<>();
        Map<String, Double> expected = new HashMap<>();
        for (List<Object> row : index.rows()) {
            String e = (String) row.get(0);
            double level = product.getOrDefault(e, 1.0) * ((Number) row.get(3)).doubleValue();
            product.put(e, level);
            expected.put(e + "@" + ((Number) row.get(2)).longValue(), level);
        }
        int firsts = 0;
        for (List<Object> row : levels.rows()) {
            String key = row.get(0) + "@" + ((Number) row.get(1)).longValue();
            double level = ((Number) row.get(2)).doubleValue();
            Double want = expected.get(key);
            if (want == null) {
                assertEquals(1.0, level, 0, key + " (first period)");
                firsts++;
            } else {
                assertEquals(want, level, 1e-12 * want, key);
            }
        }
        assertEquals(product.size(), firsts);
        assertEquals(index.rows().size() + firsts, levels.rows().size());
    }
}
