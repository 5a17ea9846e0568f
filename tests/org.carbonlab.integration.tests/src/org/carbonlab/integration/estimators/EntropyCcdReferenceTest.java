package org.carbonlab.integration.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.integration.numerics.MinMax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * shared/reference/index/entropy_ccd (R, see resources/entropy_ccd/NOTES.md): every variant through the
 * estimators, at relative 1e-12 (absolute 1e-15 where the reference is 0). The worst error of each variant is
 * printed.
 */
class EntropyCcdReferenceTest {
    static final double REL = 1e-12;
    static final double ABS_AT_ZERO = 1e-15;

    private static JsonObject ref;
    private static PanelFrame data;
    private static Fixtures.Meta meta;
    private static final Map<String, double[]> worst = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        ref = Fixtures.json("entropy_ccd/expected.json");
        data = Fixtures.referencePanel();
        meta = Fixtures.referenceMeta();
    }

    @AfterAll
    static void report() {
        StringBuilder sb = new StringBuilder("entropy_ccd reference, worst relative error per variant (count):\n");
        worst.forEach((k, v) -> sb.append(String.format("  %-60s %.3g (%d values)%n", k, v[0], (long) v[1])));
        System.out.print(sb);
    }

    private void check(String variant, String what, double expected, double actual) {
        double err = Math.abs(actual - expected);
        double rel = expected == 0 ? err : err / Math.abs(expected);
        boolean ok = expected == 0 ? err <= ABS_AT_ZERO : rel <= REL;
        double[] w = worst.computeIfAbsent(variant, k -> new double[2]);
        w[0] = Math.max(w[0], rel);
        w[1]++;
        if (!ok || Double.isNaN(actual)) {
            failures.add(variant + " " + what + ": expected " + expected + " got " + actual + " (rel " + rel + ")");
        }
    }

    private void checkArray(String variant, String what, JsonArray expected, double[] actual) {
        assertEquals(expected.size(), actual.length, variant + " " + what + " length");
        for (int i = 0; i < actual.length; i++) {
            check(variant, what + "[" + i + "]", expected.get(i).getAsDouble(), actual[i]);
        }
    }

    private void done() {
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static JsonObject subsystem(String name) {
        return ref.getAsJsonObject("subsystems").getAsJsonObject(name);
    }

    @Test
    void regionsAreInFileOrder() {
        JsonArray regions = ref.getAsJsonArray("regions");
        for (int i = 0; i < regions.size(); i++) {
            assertEquals(regions.get(i).getAsString(), data.entityLabel(i));
        }
    }

    @Test
    void normalisation() {
        for (String ss : meta.subsystems().keySet()) {
            JsonArray z = subsystem(ss).getAsJsonArray("normalized");
            List<String> inds = meta.subsystems().get(ss);
            for (int j = 0; j < inds.size(); j++) {
                double[] zj = MinMax.normalise(data.numeric(inds.get(j)), !meta.negative().contains(inds.get(j)));
                for (int i = 0; i < zj.length; i++) {
                    check("normalised values", ss + "." + inds.get(j) + "[" + i + "]",
                            z.get(i).getAsJsonArray().get(j).getAsDouble(), zj[i]);
                }
            }
        }
        done();
    }

    private Result entropy(String ss, String... extra) {
        List<String> kv = new ArrayList<>(List.of("indicators", String.join(",", meta.subsystems().get(ss)),
                "negative", String.join(",", meta.negativeIn(ss))));
        kv.addAll(List.of(extra));
        return Fixtures.run(new EntropyIndexEstimator(), data, Fixtures.params(kv.toArray(String[]::new)));
    }

    private void checkWeights(String variant, String ss, JsonObject block, ResultTable weights) {
        for (String ind : meta.subsystems().get(ss)) {
            check(variant, ss + ".entropy." + ind, block.getAsJsonObject("entropy").get(ind).getAsDouble(),
                    Fixtures.lookup(weights, "indicator", ind, "entropy"));
            check(variant, ss + ".divergence." + ind, block.getAsJsonObject("divergence").get(ind).getAsDouble(),
                    Fixtures.lookup(weights, "indicator", ind, "divergence"));
            check(variant, ss + ".weight." + ind, block.getAsJsonObject("weights").get(ind).getAsDouble(),
                    Fixtures.lookup(weights, "indicator", ind, "weight"));
        }
    }

    @Test
    void entropyVariantANoShift() {
        for (String ss : meta.subsystems().keySet()) {
            JsonObject a = subsystem(ss).getAsJsonObject("variant_A_no_shift");
            Result r = entropy(ss);
            checkWeights("entropy variant A (no shift)", ss, a, r.tables().get("weights"));
            checkArray("entropy variant A (no shift)", ss + ".score", a.getAsJsonArray("score"),
                    Fixtures.column(r.tables().get("scores"), "score"));
            assertEquals(List.of("entity", "time", "score"), r.tables().get("scores").columns());
        }
        done();
    }

    @Test
    void entropyVariantBShiftedScores() {
        for (String ss : meta.subsystems().keySet()) {
            JsonObject b = subsystem(ss).getAsJsonObject("variant_B_shift_1em4");
            Result r = entropy(ss, "shift", "0.0001", "shift_scores", "true");
            checkWeights("entropy variant B (shift 1e-4)", ss, b, r.tables().get("weights"));
            checkArray("entropy variant B score_with_shifted_values", ss,
                    b.getAsJsonArray("score_with_shifted_values"), Fixtures.column(r.tables().get("scores"), "score"));
            Result r0 = entropy(ss, "shift", "0.0001", "shift_scores", "false");
            checkWeights("entropy variant B (shift 1e-4)", ss, b, r0.tables().get("weights"));
            checkArray("entropy variant B score_with_unshifted_values", ss,
                    b.getAsJsonArray("score_with_unshifted_values"), Fixtures.column(r0.tables().get("scores"), "score"));
        }
        done();
    }

    private Result ccd(List<String> subsystems, String... extra) {
        List<String> kv = new ArrayList<>();
        List<String> neg = new ArrayList<>();
        for (String ss : subsystems) {
            kv.add("subsystem." + ss);
            kv.add(String.join(",", meta.subsystems().get(ss)));
            neg.addAll(meta.negativeIn(ss));
        }
        kv.addAll(List.of("negative", String.join(",", neg)));
        kv.addAll(List.of(extra));
        return Fixtures.run(new CouplingCoordinationEstimator(), data, Fixtures.params(kv.toArray(String[]::new)));
    }

    /** Every coupling variant of one ccd_* block, plus the subsystem scores U against the entropy scores. */
    private void checkCcd(String block, List<String> subsystems, String scoreKey, String... extra) {
        JsonObject e = ref.getAsJsonObject(block);
        Map<String, String[]> variants = Map.of(
                "general", new String[] {"C", "D"},
                "without_n", new String[] {"variant_C_without_n_factor", "variant_D_without_n_factor"},
                "modified_distance", new String[] {"variant_C_modified_distance_form", "variant_D_modified_distance_form"});
        for (Map.Entry<String, String[]> v : new TreeMap<>(variants).entrySet()) {
            List<String> kv = new ArrayList<>(List.of(extra));
            kv.addAll(List.of("coupling", v.getKey()));
            ResultTable t = ccd(subsystems, kv.toArray(String[]::new)).tables().get("ccd");
            String label = block + " coupling=" + v.getKey();
            checkArray(label, "C", e.getAsJsonArray(v.getValue()[0]), Fixtures.column(t, "C"));
            checkArray(label, "T", e.getAsJsonArray("T"), Fixtures.column(t, "T"));
            checkArray(label, "D", e.getAsJsonArray(v.getValue()[1]), Fixtures.column(t, "D"));
            for (String ss : subsystems) {
                JsonElement u = subsystem(ss).getAsJsonObject(scoreKey.split("/")[0]).get(scoreKey.split("/")[1]);
                checkArray(label, "U_" + ss, u.getAsJsonArray(), Fixtures.column(t, "U_" + ss));
            }
        }
        if (subsystems.size() == 2) {
            List<String> kv = new ArrayList<>(List.of(extra));
            kv.addAll(List.of("coupling", "two_subsystem"));
            ResultTable t = ccd(subsystems, kv.toArray(String[]::new)).tables().get("ccd");
            checkArray(block + " coupling=two_subsystem", "C", e.getAsJsonArray("C_two_subsystem_formula"),
                    Fixtures.column(t, "C"));
            // explicit alpha equal to the reference's alpha gives the same T and D
            JsonArray alpha = e.getAsJsonArray("alpha");
            kv = new ArrayList<>(List.of(extra));
            for (int i = 0; i < subsystems.size(); i++) {
                kv.addAll(List.of("alpha." + subsystems.get(i), alpha.get(i).getAsString()));
            }
            t = ccd(subsystems, kv.toArray(String[]::new)).tables().get("ccd");
            checkArray(block + " coupling=general", "T (explicit alpha)", e.getAsJsonArray("T"), Fixtures.column(t, "T"));
            checkArray(block + " coupling=general", "D (explicit alpha)", e.getAsJsonArray("D"), Fixtures.column(t, "D"));
        }
        done();
    }

    @Test
    void ccdTwoSubsystemsVariantA() {
        checkCcd("ccd_two_subsystems_variant_A", List.of("U1_economy", "U2_environment"), "variant_A_no_shift/score");
    }

    @Test
    void ccdTwoSubsystemsVariantBShiftedScores() {
        checkCcd("ccd_two_subsystems_variant_B_shifted_scores", List.of("U1_economy", "U2_environment"),
                "variant_B_shift_1em4/score_with_shifted_values", "shift", "0.0001", "shift_scores", "true");
    }

    @Test
    void ccdThreeSubsystemsVariantA() {
        checkCcd("ccd_three_subsystems_variant_A", List.of("U1_economy", "U2_environment", "U3_society"),
                "variant_A_no_shift/score");
    }

    @Test
    void edgeCasesOfTheReference() {
        ResultTable t = ccd(List.of("U1_economy", "U2_environment")).tables().get("ccd");
        int r04 = 3;
        int r05 = 4;
        assertEquals("R04", t.rows().get(r04).get(0));
        assertEquals(1.0, Fixtures.column(t, "U_U1_economy")[r04], 1e-15);
        assertEquals(1.0, Fixtures.column(t, "D")[r04], 1e-15);
        assertEquals("high-quality coordination", Fixtures.cells(t, "level").get(r04));
        assertEquals("synchronous", Fixtures.cells(t, "lagging").get(r04));
        assertEquals(0.0, Fixtures.column(t, "U_U1_economy")[r05]);
        assertEquals(0.0, Fixtures.column(t, "C")[r05]);
        assertEquals(0.0, Fixtures.column(t, "D")[r05]);
        assertEquals("extreme imbalance", Fixtures.cells(t, "level").get(r05));
        assertEquals("U1_economy", Fixtures.cells(t, "lagging").get(r05));
        assertEquals(List.of("entity", "time", "U_U1_economy", "U_U2_environment", "C", "T", "D", "level", "lagging",
                "level_code"), t.columns());
    }
}
