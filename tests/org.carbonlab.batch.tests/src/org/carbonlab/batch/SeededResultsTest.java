package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Every random procedure reachable from the command line gives the same numbers for the same seed,
 * run after run, and other numbers for another seed (so the seed is really used). The numbers do
 * not depend on the thread count either: each replication or permutation draws from its own split
 * of the seed's generator, tested with 1 and several threads where the threads are chosen
 * (MediationBootstrapTest.sameSeedSameDrawsWhateverTheThreads, PermutationTest in the spatial tests).
 */
class SeededResultsTest {

    /** The tables of a JSON result: what the procedure computed (provenance holds run times). */
    private static JsonElement numbers(Cli.Run run) {
        JsonObject o = run.json();
        JsonObject kept = new JsonObject();
        for (String key : List.of("tables", "statistics", "coefficients", "models", "warnings")) {
            if (o.has(key)) {
                kept.add(key, o.get(key));
            }
        }
        return kept;
    }

    private static Cli.Run run(List<String> args, String seed) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--set", "seed=" + seed));
        return Cli.run(all.toArray(String[]::new)).ok();
    }

    private static void sameForSameSeed(List<String> args) {
        JsonElement first = numbers(run(args, "7"));
        assertEquals(first, numbers(run(args, "7")), "same seed, same numbers: " + args);
        assertNotEquals(first, numbers(run(args, "8")), "another seed, other draws: " + args);
    }

    @Test
    void mediationBootstrap() {
        Path g = Cli.grunfeld();
        sameForSameSeed(List.of("estimate", "panel.mediation", "--data", g.toString(), "--set", "outcome=inv", "--set",
                "treatment=value", "--set", "mediator=capital", "--set", "reps=60"));
    }

    @Test
    void mediationBootstrapResamplingObservations() {
        Path g = Cli.grunfeld();
        sameForSameSeed(List.of("estimate", "panel.mediation", "--data", g.toString(), "--set", "outcome=inv", "--set",
                "treatment=value", "--set", "mediator=capital", "--set", "reps=40", "--set", "resample=observation"));
    }

    @Test
    void moranPermutations() {
        sameForSameSeed(List.of("estimate", "spatial.moran", "--data", Cli.resource("columbus/columbus.csv").toString(),
                "--time", "none", "--weights", Cli.resource("columbus/W_queen.csv").toString(), "--set", "variable=CRIME",
                "--set", "permutations=199"));
    }
}
