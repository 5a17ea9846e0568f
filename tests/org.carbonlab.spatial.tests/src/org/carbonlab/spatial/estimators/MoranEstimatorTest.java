package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code spatial.moran} end to end on Columbus (spdep 1.2-7 reference, rel 1e-10): the binary W is row-standardised
 * by default; tables, clusters and the panel forms (per period and pooled with I_T ⊗ W).
 */
class MoranEstimatorTest {
    private static final double REL = 1e-10;

    private static Result run(PanelFrame data, SpatialWeights w, String... kv) {
        Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            raw.put(kv[i], kv[i + 1]);
        }
        MoranEstimator e = new MoranEstimator();
        var c = Columbus.context(e, data, w, 42L, raw);
        List<String> problems = e.validate(c);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return e.estimate(c);
    }

    @Test
    void crossSectionMatchesSpdep() throws IOException {
        JsonObject ref = Columbus.expected();
        Result r = run(Columbus.data(), Columbus.weights(false), "variable", "CRIME");
        ResultTable moran = r.tables().get("moran");
        assertEquals(List.of("normality", "randomisation"), Columbus.cells(moran, "assumption"));
        double[] z = Columbus.numbers(moran, "z");
        assertEquals(ref.getAsJsonObject("moran_I").getAsJsonObject("normality").get("z").getAsDouble(), z[0],
                REL * 6);
        assertEquals(ref.getAsJsonObject("moran_I").getAsJsonObject("randomisation").get("z").getAsDouble(), z[1],
                REL * 6);
        double[] pPerm = Columbus.numbers(moran, "p_permutation");
        assertEquals(0.001, pPerm[0], 1e-15);
        double[] c = Columbus.numbers(r.tables().get("geary"), "C");
        assertEquals(ref.getAsJsonObject("geary_C").getAsJsonObject("normality").get("C").getAsDouble(), c[0],
                REL);
        ResultTable local = r.tables().get("local");
        assertEquals(49, local.rows().size());
        double[] ii = Columbus.numbers(local, "I_local");
        double[] expected = Columbus.array(ref.getAsJsonObject("local_moran")
                .getAsJsonObject("conditional_randomisation_default").getAsJsonArray("Ii"));
        for (int i = 0; i < 49; i++) {
            assertEquals(expected[i], ii[i], REL * Math.abs(expected[i]));
        }
        List<Object> quadrant = Columbus.cells(local, "quadrant");
        List<Object> cluster = Columbus.cells(local, "cluster");
        double[] pp = Columbus.numbers(local, "p_permutation");
        for (int i = 0; i < 49; i++) {
            assertEquals(pp[i] <= 0.05 ? quadrant.get(i) : MoranEstimator.NOT_SIGNIFICANT, cluster.get(i));
        }
        assertEquals(49.0, ((Number) r.statistic("S0")).doubleValue(), 1e-12);
        // FDR-adjusted clusters (same seed, same permutations): a unit is labelled only where it was without FDR
        Result fdr = run(Columbus.data(), Columbus.weights(false), "variable", "CRIME", "cluster_adjust", "fdr");
        double[] adjusted = org.carbonlab.spatial.numerics.FalseDiscoveryRate.adjust(pp);
        List<Object> fdrCluster = Columbus.cells(fdr.tables().get("local"), "cluster");
        for (int i = 0; i < 49; i++) {
            assertEquals(adjusted[i] <= 0.05 ? quadrant.get(i) : MoranEstimator.NOT_SIGNIFICANT, fdrCluster.get(i));
        }
        assertEquals("row", r.statistic("standardisation"));
        assertEquals(49, r.tables().get("scatter").rows().size());
    }

    /** Two periods (CRIME and 2·CRIME + 1): each period has the reference I; pooled uses I_T ⊗ W. */
    private static PanelFrame twoYears() throws IOException {
        double[] crime = Columbus.column("CRIME");
        String[] ids = new String[98];
        long[] years = new long[98];
        double[] v = new double[98];
        for (int i = 0; i < 49; i++) {
            for (int t = 0; t < 2; t++) {
                ids[2 * i + t] = Integer.toString(i + 1);
                years[2 * i + t] = 2000 + t;
                v[2 * i + t] = t == 0 ? crime[i] : 2 * crime[i] + 1;
            }
        }
        return PanelFrame.builder().entityColumn("POLYID").timeColumn("year").entities(ids).times(years)
                .column("CRIME", v).source("two years").build();
    }

    @Test
    void panelPerPeriodAndPooled() throws IOException {
        double iRef = Columbus.expected().getAsJsonObject("moran_I").getAsJsonObject("normality").get("I")
                .getAsDouble();
        Result r = run(twoYears(), Columbus.weights(true), "variable", "CRIME", "permutations", "0");
        double[] iValues = Columbus.numbers(r.tables().get("moran"), "I");
        assertEquals(4, iValues.length);
        for (double i : iValues) {
            assertEquals(iRef, i, REL * iRef);
        }
        assertEquals(List.of(2000L, 2000L, 2001L, 2001L), Columbus.cells(r.tables().get("moran"), "period"));
        assertEquals(98, r.tables().get("local").rows().size());

        // pooled: brute force (n/S0) z'(I_2 ⊗ W)z / z'z over the 98 stacked values
        Result pooled = run(twoYears(), Columbus.weights(true), "variable", "CRIME", "by_period", "false",
                "permutations", "0", "local", "false");
        double[] crime = Columbus.column("CRIME");
        double[] stacked = new double[98];
        for (int i = 0; i < 49; i++) {
            stacked[i] = crime[i];
            stacked[49 + i] = 2 * crime[i] + 1;
        }
        double mean = 0;
        for (double s : stacked) {
            mean += s / 98;
        }
        double[][] w = Columbus.weights(true).toDense();
        double num = 0;
        double den = 0;
        for (int a = 0; a < 98; a++) {
            den += (stacked[a] - mean) * (stacked[a] - mean);
            for (int b = 0; b < 98; b++) {
                double wab = a / 49 == b / 49 ? w[a % 49][b % 49] : 0.0;
                num += (stacked[a] - mean) * wab * (stacked[b] - mean);
            }
        }
        double expected = 98 / 98.0 * num / den;
        assertEquals(expected, Columbus.numbers(pooled.tables().get("moran"), "I")[0], REL * Math.abs(expected));
        assertEquals("pooled", Columbus.cells(pooled.tables().get("moran"), "period").get(0));
        assertTrue(pooled.tables().get("local") == null);
    }

    @Test
    void islandsAreNamedUnlessKept() throws IOException {
        // drop every link of unit 1 (both directions): an island
        SpatialWeights full = Columbus.weights(false);
        SpatialWeights.Builder b = SpatialWeights.builder(full.entities(), "with island",
                SpatialWeights.FORMAT_EDGE_LIST_CSV);
        for (int i = 0; i < 49; i++) {
            for (int k = full.rowStart(i); k < full.rowEnd(i); k++) {
                if (i != 0 && full.columnAt(k) != 0) {
                    b.link(i, full.columnAt(k), full.valueAt(k));
                }
            }
        }
        SpatialWeights island = b.build();
        InputException e = assertThrows(InputException.class,
                () -> run(Columbus.data(), island, "variable", "CRIME"));
        assertTrue(e.getMessage().contains("'1'") && e.getMessage().contains("islands=keep"), e.getMessage());
        Result r = run(Columbus.data(), island, "variable", "CRIME", "islands", "keep", "permutations", "0");
        assertEquals(48, ((Number) r.statistic("n")).intValue());
        assertEquals(1, r.warnings().size());
        ResultTable local = r.tables().get("local");
        assertEquals(0.0, Columbus.numbers(local, "I_local")[0], 0.0);
        assertEquals(MoranEstimator.NOT_SIGNIFICANT, Columbus.cells(local, "cluster").get(0));
        List<Object> all = new ArrayList<>(Columbus.cells(local, "quadrant"));
        assertEquals(49, all.size());
        assertEquals(null, Columbus.cells(local, "z").get(0), "an isolate's local z is undefined (variance 0)");

        // spdep's zero.policy: z centred over all 49 units, S0 without the isolate's links, n = 48 (adjust.n=TRUE)
        // or 49 (adjust.n=FALSE); brute force over the dense row-standardised matrix
        double[][] w = island.standardised(org.carbonlab.core.weights.Standardisation.ROW).toDense();
        double[] crime = Columbus.column("CRIME");
        double mean = 0;
        for (double v : crime) {
            mean += v / 49;
        }
        double num = 0;
        double den = 0;
        double s0 = 0;
        for (int i = 0; i < 49; i++) {
            den += (crime[i] - mean) * (crime[i] - mean);
            for (int j = 0; j < 49; j++) {
                num += (crime[i] - mean) * w[i][j] * (crime[j] - mean);
                s0 += w[i][j];
            }
        }
        assertEquals(48.0, s0, 1e-12);
        double adjusted = Columbus.numbers(r.tables().get("moran"), "I")[0];
        assertEquals(48 / s0 * num / den, adjusted, 1e-12);
        assertEquals(-1.0 / 47, Columbus.numbers(r.tables().get("moran"), "expected")[0], 1e-15);
        Result unadjusted = run(Columbus.data(), island, "variable", "CRIME", "islands", "keep", "permutations", "0",
                "adjust_n", "false");
        assertEquals(49 / s0 * num / den, Columbus.numbers(unadjusted.tables().get("moran"), "I")[0], 1e-12);
        assertEquals(-1.0 / 48, Columbus.numbers(unadjusted.tables().get("moran"), "expected")[0], 1e-15);
    }

    /**
     * Three periods, the variable unobserved (missing for every unit) in the first: with periods=2000:2002 that
     * period is skipped with a warning naming it, and the others give the reference I; periods=2001:2001 keeps one;
     * a period in which only some units are missing stays an error naming the unit.
     */
    @Test
    void unobservedPeriodsAreSkippedAndPeriodsSelectARange() throws IOException {
        double iRef = Columbus.expected().getAsJsonObject("moran_I").getAsJsonObject("normality").get("I")
                .getAsDouble();
        double[] crime = Columbus.column("CRIME");
        String[] ids = new String[147];
        long[] years = new long[147];
        double[] v = new double[147];
        for (int i = 0; i < 49; i++) {
            for (int t = 0; t < 3; t++) {
                ids[3 * i + t] = Integer.toString(i + 1);
                years[3 * i + t] = 2000 + t;
                v[3 * i + t] = t == 0 ? Double.NaN : t * crime[i] + 3;
            }
        }
        PanelFrame f = PanelFrame.builder().entityColumn("POLYID").timeColumn("year").entities(ids).times(years)
                .column("CRIME", v).source("three years").build();
        Result r = run(f, Columbus.weights(true), "variable", "CRIME", "permutations", "0", "local", "false",
                "periods", "2000:2002");
        assertEquals(List.of(2001L, 2001L, 2002L, 2002L), Columbus.cells(r.tables().get("moran"), "period"));
        for (double i : Columbus.numbers(r.tables().get("moran"), "I")) {
            assertEquals(iRef, i, REL * iRef);
        }
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'CRIME'") && w.contains("skipped: 2000")),
                r.warnings()::toString);
        Result one = run(f, Columbus.weights(true), "variable", "CRIME", "permutations", "0", "local", "false",
                "periods", "2001:2001");
        assertEquals(List.of(2001L, 2001L), Columbus.cells(one.tables().get("moran"), "period"));
        assertTrue(one.warnings().isEmpty(), one.warnings()::toString);
        Result pooled = run(f, Columbus.weights(true), "variable", "CRIME", "permutations", "0", "local", "false",
                "by_period", "false");
        assertEquals(List.of("pooled", "pooled"), Columbus.cells(pooled.tables().get("moran"), "period"));
        assertTrue(pooled.warnings().stream().anyMatch(w -> w.contains("skipped: 2000")), pooled.warnings()::toString);

        InputException none = assertThrows(InputException.class, () -> run(f, Columbus.weights(true), "variable",
                "CRIME", "periods", "1990:1995"));
        assertTrue(none.getMessage().contains("no period in 1990:1995"), none.getMessage());
        InputException bad = assertThrows(InputException.class, () -> run(f, Columbus.weights(true), "variable",
                "CRIME", "periods", "2004-2019"));
        assertTrue(bad.getMessage().contains("'2004-2019'"), bad.getMessage());
        double[] partly = v.clone();
        partly[3 * 4 + 1] = Double.NaN; // unit 5 in 2001
        PanelFrame g = PanelFrame.builder().entityColumn("POLYID").timeColumn("year").entities(ids).times(years)
                .column("CRIME", partly).source("three years").build();
        InputException unit = assertThrows(InputException.class, () -> run(g, Columbus.weights(true), "variable",
                "CRIME", "permutations", "0"));
        assertTrue(unit.getMessage().contains("entity '5'") && unit.getMessage().contains("2001"), unit.getMessage());
    }

    /** Geary's permutation p-values sit next to Moran's, from the same permutations (columbus: C far below 1). */
    @Test
    void gearyHasAPermutationTest() throws IOException {
        Result r = run(Columbus.data(), Columbus.weights(false), "variable", "CRIME", "local", "false");
        ResultTable geary = r.tables().get("geary");
        assertEquals(0.001, Columbus.numbers(geary, "p_permutation")[0], 1e-15);
        assertEquals(0.001, Columbus.numbers(geary, "p_permutation_two_sided")[1], 1e-15);
        Result none = run(Columbus.data(), Columbus.weights(false), "variable", "CRIME", "local", "false",
                "permutations", "0");
        assertEquals(null, Columbus.cells(none.tables().get("geary"), "p_permutation").get(0));
    }
}
