package org.carbonlab.panel.numerics.unitroot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Pesaran's (2007) CIPS against plm 2.6.2 cipstest(model = "cmg") on the CEADs provincial panel (resources/cips:
 * log CO2 and log population, 30 provinces × 2000–2019, its first 25 provinces and the first difference; every
 * deterministic case, lags 1–3, truncated or not; script.R there). Unit CADF t ratios and the statistics at rel 1e-9,
 * plm's interpolated p-values (convention plm) at rel 1e-12 and its bounds (0.01 / 0.10) exactly; the published
 * interpolation against hand-computed values from Pesaran's Table II.
 */
class CipsReferenceTest {
    private static final Path DIR = Path.of("resources", "cips");

    /** log(column) per province (alphabetical, as plm orders them), years in order. */
    private static double[][] panel(int column, int units, boolean difference) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("data.csv"));
        Map<String, TreeMap<Integer, Double>> byProvince = new TreeMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            byProvince.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]),
                    Math.log(Double.parseDouble(f[column])));
        }
        List<TreeMap<Integer, Double>> series = new ArrayList<>(byProvince.values());
        double[][] out = new double[units][];
        for (int i = 0; i < units; i++) {
            double[] y = series.get(i).values().stream().mapToDouble(Double::doubleValue).toArray();
            if (difference) {
                double[] d = new double[y.length - 1];
                for (int t = 1; t < y.length; t++) {
                    d[t - 1] = y[t] - y[t - 1];
                }
                y = d;
            }
            out[i] = y;
        }
        return out;
    }

    @Test
    void matchesPlmCipstest() throws IOException {
        JsonObject expected = JsonParser.parseString(Files.readString(DIR.resolve("expected.json"))).getAsJsonObject();
        int cases = 0;
        double worstT = 0;
        double worstStat = 0;
        for (String key : expected.keySet()) {
            if (!expected.get(key).isJsonObject()) {
                continue;
            }
            JsonObject c = expected.getAsJsonObject(key);
            int units = c.get("n_units").getAsInt();
            double[][] y = panel(key.contains("population") ? 3 : 2, units, key.startsWith("diff_"));
            Deterministics d = switch (c.get("type").getAsString()) {
                case "none" -> Deterministics.NONE;
                case "drift" -> Deterministics.INTERCEPT;
                default -> Deterministics.TREND;
            };
            int lags = c.get("lags").getAsInt();
            boolean truncated = c.get("truncated").getAsBoolean();
            Cips.Outcome o = Cips.run(y, lags, d);
            JsonArray unitT = c.getAsJsonArray("unit_t");
            for (int i = 0; i < units; i++) {
                worstT = Math.max(worstT, rel(unitT.get(i).getAsDouble(), o.t()[i], 1e-9, key + " unit " + i));
            }
            double stat = truncated ? o.cipsTruncated() : o.cips();
            worstStat = Math.max(worstStat, rel(c.get("statistic").getAsDouble(), stat, 1e-9, key + " statistic"));
            CipsCriticalValues.PValue p = CipsCriticalValues.pValue(stat, units, o.nObs(), d, truncated, true);
            rel(c.get("p_value").getAsDouble(), p.p(), 1e-12, key + " p");
            String bound = c.get("p_bounded").getAsString();
            assertEquals(bound.equals("below") ? -1 : bound.equals("above") ? 1 : 0, p.bound(), key + " bound");
            cases++;
        }
        assertEquals(29, cases);
        System.out.println("CIPS vs plm cipstest: worst rel unit t " + worstT + ", statistic " + worstStat);
    }

    @Test
    void truncationClipsEachUnitToPesaransBounds() throws IOException {
        double[][] y = panel(2, 30, false);
        Cips.Outcome o = Cips.run(y, 2, Deterministics.INTERCEPT);
        assertArrayEquals(new double[] {-6.19, 2.61}, o.bounds());
        double sum = 0;
        boolean clipped = false;
        for (int i = 0; i < o.t().length; i++) {
            double want = Math.min(Math.max(o.t()[i], -6.19), 2.61);
            assertEquals(want, o.tTruncated()[i], 0.0);
            clipped |= want != o.t()[i];
            sum += want;
        }
        assertTrue(clipped, "this case has a unit beyond the bounds");
        assertEquals(sum / 30, o.cipsTruncated(), 1e-15);
        assertEquals(17, o.nObs());
        assertEquals(2 * 2 + 3 + 1, o.coefficients());
    }

    /**
     * Published interpolation by hand from Pesaran (2007) Table II(b) (intercept): N = 30 is a row and T = 20 a
     * column, so the critical values are the table's (−2.32, −2.15, −2.07); at N = 25, T = 18 bilinear between
     * N = 20, 30 and T = 15, 20. p is linear between the 1%, 5% and 10% critical values.
     */
    @Test
    void publishedInterpolationByHand() {
        CipsCriticalValues.PValue onGrid = CipsCriticalValues.pValue(-2.235, 30, 20, Deterministics.INTERCEPT, false,
                false);
        assertArrayEquals(new double[] {-2.32, -2.15, -2.07}, onGrid.critical(), 1e-15);
        assertEquals(0.01 + (-2.235 + 2.32) / (-2.15 + 2.32) * 0.04, onGrid.p(), 1e-15);
        // plm evaluates the same grid point identically
        assertArrayEquals(onGrid.critical(),
                CipsCriticalValues.pValue(-2.235, 30, 20, Deterministics.INTERCEPT, false, true).critical(), 1e-15);
        // 1% column T = 15: N = 20 -2.45, N = 30 -2.34; T = 20: N = 20 -2.40, N = 30 -2.32
        double t15 = -2.45 + 0.5 * (-2.34 + 2.45);
        double t20 = -2.40 + 0.5 * (-2.32 + 2.40);
        CipsCriticalValues.PValue off = CipsCriticalValues.pValue(-1.0, 25, 18, Deterministics.INTERCEPT, false,
                false);
        assertEquals(t15 + 0.6 * (t20 - t15), off.critical()[0], 1e-14);
        assertEquals(1, off.bound());
        assertEquals(0.10, off.p());
        CipsCriticalValues.PValue below = CipsCriticalValues.pValue(-3.0, 25, 18, Deterministics.INTERCEPT, false,
                false);
        assertEquals(-1, below.bound());
        assertEquals(0.01, below.p());
        CipsCriticalValues.PValue clamped = CipsCriticalValues.pValue(-2.0, 8, 300, Deterministics.TREND, true, false);
        assertEquals(2, clamped.notes().size(), clamped.notes().toString());
    }

    @Test
    void tooFewPeriodsOrUnbalancedAreRefused() {
        double[][] shortPanel = new double[5][8];
        for (int i = 0; i < 5; i++) {
            for (int t = 0; t < 8; t++) {
                shortPanel[i][t] = Math.sin(i + t * t);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cips.run(shortPanel, 2, Deterministics.TREND));
        assertTrue(e.getMessage().contains("CADF(2)"), e.getMessage());
        double[][] ragged = {{1, 2, 4, 3, 5, 7, 6, 8, 9, 11}, {1, 3, 2, 4, 6, 5, 7, 9, 8}};
        assertThrows(IllegalArgumentException.class, () -> Cips.run(ragged, 1, Deterministics.INTERCEPT));
    }

    private static double rel(double want, double got, double tol, String what) {
        double e = Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
        assertTrue(e <= tol, what + ": expected " + want + " got " + got + " (rel " + e + ")");
        return e;
    }
}
