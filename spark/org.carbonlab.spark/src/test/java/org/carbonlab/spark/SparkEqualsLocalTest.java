package org.carbonlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.carbonlab.core.tasks.TaskRunners;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The distributed run (Spark, {@code local[2,4]}) gives exactly the numbers of the single-machine run, bit for bit:
 * each estimator runs through the carbonlab command once with the local task runner and once with the Spark runner
 * installed, and every table, coefficient and statistic of the two results must be identical (only the timing in
 * provenance may differ). The Spark runs must really have gone through Spark (stages and tasks are counted).
 */
class SparkEqualsLocalTest {

    @Test
    void superSbmWithUndesirableOutputGlobalFrontier() {
        // 450 DMUs: the global reference set is large enough for column generation
        Path data = TestData.dea(45, 10);
        assertSame("efficiency.dea", "scores", 450, () -> Commands.estimate("efficiency.dea", data,
                "inputs=labour,capital,energy", "outputs=gdp", "undesirable=co2", "model=sbm", "super=true",
                "frontier=global"));
    }

    @Test
    void superSbmWithUndesirableOutputSequentialFrontier() {
        Path data = TestData.dea(12, 6);
        assertSame("efficiency.dea", "scores", 72, () -> Commands.estimate("efficiency.dea", data,
                "inputs=labour,capital,energy", "outputs=gdp", "undesirable=co2", "model=sbm", "super=true",
                "frontier=sequential", "rts=vrs", "fallback=sbm"));
    }

    @Test
    void placeboDistribution() {
        Path data = TestData.did();
        assertSame("panel.placebo", "placebo", 300, () -> Commands.estimate("panel.placebo", data, "formula=y ~ x",
                "start_column=first_treat", "reps=300", "seed=42", "assign=both"));
        assertSame("panel.placebo", "placebo", 100, () -> Commands.estimate("panel.placebo", data, "formula=y ~ x",
                "treated=u0,u1", "start=2004", "reps=100", "seed=3", "kind=in_space", "vcov=cluster"));
    }

    @Test
    void mediationBootstrapIntervals() {
        Path data = TestData.mediation();
        assertSame("panel.mediation", "bootstrap", 200, () -> Commands.estimate("panel.mediation", data,
                "outcome=y", "treatment=x", "mediator=m", "controls=z", "reps=200", "seed=8"));
        assertSame("panel.mediation", "bootstrap", 120, () -> Commands.estimate("panel.mediation", data,
                "outcome=y", "treatment=x", "mediator=m", "controls=z", "reps=120", "seed=9",
                "resample=observation"));
    }

    /**
     * Runs {@code estimate} locally and on Spark; asserts the results are equal apart from provenance, the table
     * {@code table} cell by cell as doubles (bit for bit), and that Spark ran {@code tasks} tasks.
     */
    static void assertSame(String id, String table, int tasks, Supplier<JsonObject> estimate) {
        JsonObject local = estimate.get();
        CountingRunner spark = new CountingRunner(LocalSpark.runner(), p -> p);
        JsonObject distributed;
        try (TaskRunners.Installation i = TaskRunners.install(spark)) {
            distributed = estimate.get();
        }
        assertEquals(1, spark.stages.size(), () -> id + ": stages run on Spark: " + spark.stages);
        assertEquals(tasks, spark.tasks, id + ": tasks run on Spark");
        assertTablesBitForBit(local, distributed, table);
        local.remove("provenance");
        distributed.remove("provenance");
        assertEquals(local.toString(), distributed.toString(), id + ": the whole result");
    }

    static void assertTablesBitForBit(JsonObject local, JsonObject distributed, String table) {
        JsonArray a = local.getAsJsonObject("tables").getAsJsonObject(table).getAsJsonArray("rows");
        JsonArray b = distributed.getAsJsonObject("tables").getAsJsonObject(table).getAsJsonArray("rows");
        assertEquals(a.size(), b.size());
        assertFalse(a.isEmpty());
        int numbers = 0;
        for (int r = 0; r < a.size(); r++) {
            JsonArray ra = a.get(r).getAsJsonArray();
            JsonArray rb = b.get(r).getAsJsonArray();
            assertEquals(ra.size(), rb.size());
            for (int c = 0; c < ra.size(); c++) {
                JsonElement x = ra.get(c);
                JsonElement y = rb.get(c);
                if (x.isJsonPrimitive() && x.getAsJsonPrimitive().isNumber()) {
                    assertEquals(Double.doubleToRawLongBits(x.getAsDouble()), Double.doubleToRawLongBits(y.getAsDouble()),
                            table + " row " + r + " column " + c + ": " + x + " vs " + y);
                    numbers++;
                } else {
                    assertEquals(x, y, table + " row " + r + " column " + c);
                }
            }
        }
        assertTrue(numbers > a.size(), "the table has numbers");
    }
}
