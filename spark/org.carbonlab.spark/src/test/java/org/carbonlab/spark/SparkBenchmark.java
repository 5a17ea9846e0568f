package org.carbonlab.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.carbonlab.core.tasks.TaskRunners;

import com.google.gson.JsonObject;

/**
 * Benchmark harness (not a test; run by {@code benchmarks/spark.sh}): the same {@code carbonlab estimate} in one JVM,
 * first with the local task runner (threads of this process: start the JVM with -XX:ActiveProcessorCount=C), then
 * with Spark in local mode on C cores ({@code local[C]}), after a warm-up of both; prints the estimation time of
 * each (provenance.elapsed_ms) and checks that the two results are identical.
 *
 * <pre>SparkBenchmark --cores C [--dea FILE]... [--placebo REPS]</pre>
 * A DEA file is a CSV written by {@code benchmarks/dea.sh --csv N FILE} (global-frontier super-SBM with an
 * undesirable output); placebo draws run on a seeded 200-unit × 15-year staggered panel.
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    public static void main(String[] args) {
        int cores = 1;
        List<Path> dea = new ArrayList<>();
        int placebo = 0;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--cores" -> cores = Integer.parseInt(args[i + 1]);
                case "--dea" -> dea.add(Path.of(args[i + 1]));
                case "--placebo" -> placebo = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SparkConf conf = new SparkConf().setMaster("local[" + cores + "]").setAppName("carbonlab-benchmark")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            SparkTaskRunner runner = new SparkTaskRunner(spark, SparkRunner.DEFAULT_PARTITIONS_PER_CORE, null);
            System.out.printf(Locale.ROOT, "%d core(s) (availableProcessors %d), Java %s, Spark %s local[%d]%n", cores,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), spark.version(),
                    cores);
            Path did = TestData.didLarge(200, 15);
            int threads = cores;
            // warm-up of both paths (JIT) on small cases
            time("warm-up", runner, () -> Commands.estimate("panel.placebo", did, placeboSets(200, threads)));
            if (!dea.isEmpty()) {
                Path small = TestData.dea(50, 10);
                time("warm-up", runner, () -> Commands.estimate("efficiency.dea", small, deaSets()));
            }
            for (Path f : dea) {
                time("super-SBM global " + f.getFileName(), runner,
                        () -> Commands.estimate("efficiency.dea", f, deaSets()));
            }
            if (placebo > 0) {
                int reps = placebo;
                time("placebo " + reps + " draws", runner,
                        () -> Commands.estimate("panel.placebo", did, placeboSets(reps, threads)));
            }
        }
    }

    private static String[] deaSets() {
        return new String[] {"inputs=labour,capital,energy", "outputs=gdp", "undesirable=co2", "model=sbm",
            "super=true", "frontier=global"};
    }

    private static String[] placeboSets(int reps, int threads) {
        return new String[] {"formula=y ~ x", "start_column=first_treat", "reps=" + reps, "seed=1",
            "assign=both", "threads=" + threads};
    }

    private static void time(String what, SparkTaskRunner spark, java.util.function.Supplier<JsonObject> estimate) {
        long t0 = System.nanoTime();
        JsonObject local = estimate.get();
        double localS = (System.nanoTime() - t0) / 1e9;
        JsonObject distributed;
        long t1 = System.nanoTime();
        try (TaskRunners.Installation i = TaskRunners.install(spark)) {
            distributed = estimate.get();
        }
        double sparkS = (System.nanoTime() - t1) / 1e9;
        long localMs = local.getAsJsonObject("provenance").get("elapsed_ms").getAsLong();
        long sparkMs = distributed.getAsJsonObject("provenance").get("elapsed_ms").getAsLong();
        local.remove("provenance");
        distributed.remove("provenance");
        boolean same = local.toString().equals(distributed.toString());
        System.out.printf(Locale.ROOT, "%-40s local %8.2f s (estimate %8d ms)   spark %8.2f s (estimate %8d ms)   %s%n",
                what, localS, localMs, sparkS, sparkMs, same ? "identical" : "DIFFERENT RESULTS");
    }
}
