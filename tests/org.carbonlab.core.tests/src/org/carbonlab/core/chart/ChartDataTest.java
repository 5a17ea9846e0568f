package org.carbonlab.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/**
 * Bandwidths and kernel densities against R (resources/chart/kde_reference.R: bw.nrd0 and the exact Gaussian kernel
 * sum), group summaries against hand-computed values.
 */
class ChartDataTest {
    static final double[] POINTS = {-1, 0, 0.5, 1, 2.5};
    static final Map<String, double[]> SAMPLES = Map.of(
            "a", new double[] {0.31, 0.52, 0.55, 0.61, 0.70, 0.74, 0.88, 0.93, 1.02, 1.35},
            "b", new double[] {2, 2, 2, 2, 5},
            "c", new double[] {-3.5, 0.25, 0.5, 12, 7.75, 1e-3, 4});

    private static Map<String, String[]> reference() throws IOException {
        Map<String, String[]> ref = new HashMap<>();
        try (InputStream in = ChartDataTest.class.getClassLoader().getResourceAsStream("resources/chart/kde_reference.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split(" ", 3);
                ref.put(parts[0] + " " + parts[1], parts[2].split(" "));
            }
        }
        return ref;
    }

    @Test
    void bandwidthAndDensityMatchR() throws IOException {
        Map<String, String[]> ref = reference();
        for (Map.Entry<String, double[]> e : SAMPLES.entrySet()) {
            double h = ChartData.silvermanBandwidth(e.getValue());
            double hR = Double.parseDouble(ref.get(e.getKey() + " bw")[0]);
            assertEquals(hR, h, 1e-13 * hR, "bandwidth of sample " + e.getKey());
            double[] d = ChartData.kernelDensity(e.getValue(), hR, POINTS);
            String[] dR = ref.get(e.getKey() + " density");
            for (int i = 0; i < POINTS.length; i++) {
                double expected = Double.parseDouble(dR[i]);
                assertEquals(expected, d[i], 1e-12 * Math.max(expected, 1e-300) + 1e-300,
                        "density of sample " + e.getKey() + " at " + POINTS[i]);
            }
        }
    }

    @Test
    void densityIntegratesToOne() {
        double[] x = SAMPLES.get("c");
        double h = ChartData.silvermanBandwidth(x);
        double[] grid = ChartData.grid(-30, 40, 7001);
        double[] d = ChartData.kernelDensity(x, h, grid);
        double area = 0;
        for (int i = 1; i < grid.length; i++) {
            area += (grid[i] - grid[i - 1]) * (d[i] + d[i - 1]) / 2;
        }
        assertEquals(1, area, 1e-9);
    }

    @Test
    void missingValuesAreSkipped() {
        double[] withNaN = {0.31, Double.NaN, 0.52, 0.55, 0.61, 0.70, 0.74, 0.88, 0.93, 1.02, 1.35};
        assertEquals(ChartData.silvermanBandwidth(SAMPLES.get("a")), ChartData.silvermanBandwidth(withNaN), 0);
        assertTrue(Double.isNaN(ChartData.silvermanBandwidth(new double[] {1})));
    }

    @Test
    void summariesByGroupAreInKeyOrder() {
        double[] keys = {2011, 2010, 2011, 2010, 2011, Double.NaN, 2012};
        double[] values = {3, 1, 5, 2, 4, 100, Double.NaN};
        Map<Double, ChartData.Summary> s = ChartData.summariesBy(keys, values);
        assertEquals(List.of(2010.0, 2011.0), List.copyOf(s.keySet()));
        ChartData.Summary y2011 = s.get(2011.0);
        assertEquals(3, y2011.n());
        assertEquals(4, y2011.mean(), 1e-15);
        assertEquals(3.5, y2011.q1(), 1e-15); // R: quantile(c(3,4,5), 0.25) = 3.5
        assertEquals(4.5, y2011.q3(), 1e-15);
        assertEquals(1.5, s.get(2010.0).mean(), 1e-15);
    }

    @Test
    void tableColumnsAsNumbersAndTexts() {
        ResultTable t = new ResultTable(List.of("entity", "score"));
        t.addRow("A", 0.5).addRow("B", null).addRow("C", Double.POSITIVE_INFINITY).addRow("D", "text");
        double[] v = ChartData.numbers(t, "score");
        assertEquals(0.5, v[0]);
        assertTrue(Double.isNaN(v[1]) && Double.isNaN(v[2]) && Double.isNaN(v[3]));
        assertEquals("D", ChartData.texts(t, "entity")[3]);
        assertTrue(ChartData.hasColumns(t, "entity", "score"));
        assertTrue(!ChartData.hasColumns(t, "entity", "time") && !ChartData.hasColumns(null));
    }

    @Test
    void histogramIsADensityOverEqualBins() {
        // 0, 1, 1, 2, 4 in 4 bins of width 1 from 0 to 4: counts 1, 2, 1, 1 (4 falls into the last bin)
        Series h = ChartData.histogram("h", new double[] {1, 0, 4, Double.NaN, 1, 2}, 4);
        assertEquals(SeriesKind.BAR, h.kind());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, h.x(), 1e-15);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.2, 0.4, 0.2, 0.2}, h.y(), 1e-15);
        assertEquals(0, ChartData.histogram("flat", new double[] {3, 3}, 4).size());
    }
}
