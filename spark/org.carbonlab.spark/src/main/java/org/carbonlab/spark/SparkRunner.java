package org.carbonlab.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.carbonlab.batch.CommandLine;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.tasks.TaskRunners;

/**
 * The Spark application: {@code spark-submit --class org.carbonlab.spark.SparkRunner carbonlab-spark.jar estimate ID
 * --data F --set ...} (or {@code run STUDY}, {@code estimators}) takes the arguments of the {@code carbonlab} command
 * and runs the same command, with the parallel stages of the estimators (DEA programs per DMU, placebo draws,
 * bootstrap replications) distributed by a {@link SparkTaskRunner}; the result JSON and report are the command's.
 * Options before the command: {@code --master URL} (default: the one spark-submit gives, else {@code local[*]})
 * and {@code --partitions-per-core K} (Spark tasks per core of default parallelism, default 4).
 */
public final class SparkRunner {
    static final int DEFAULT_PARTITIONS_PER_CORE = 4;

    private SparkRunner() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        System.setProperty("java.awt.headless", "true");
        int code;
        try {
            code = run(args, out, err);
        } catch (RuntimeException | Error e) {
            err.println("carbonlab: spark: internal error (please report): " + e);
            e.printStackTrace(err);
            code = CommandLine.INTERNAL;
        }
        out.flush();
        System.exit(code);
    }

    /** Runs one command on a Spark context made from the options; returns the command's exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String master = null;
        int perCore = DEFAULT_PARTITIONS_PER_CORE;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty() && rest.get(0).startsWith("--") && !rest.get(0).equals("--help")
                && !rest.get(0).equals("--version")) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                err.println("carbonlab: error: " + option + " needs a value");
                return CommandLine.BAD_INPUT;
            }
            String value = rest.remove(0);
            switch (option) {
                case "--master" -> master = value;
                case "--partitions-per-core" -> {
                    try {
                        perCore = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        perCore = 0;
                    }
                    if (perCore < 1) {
                        err.println("carbonlab: error: --partitions-per-core takes a whole number of at least 1, not '"
                                + value + "'");
                        return CommandLine.BAD_INPUT;
                    }
                }
                default -> {
                    err.println("carbonlab: error: unknown option '" + option
                            + "' (before the command: --master URL, --partitions-per-core K)");
                    return CommandLine.BAD_INPUT;
                }
            }
        }
        if (rest.isEmpty()) {
            err.println("usage: SparkRunner [--master URL] [--partitions-per-core K] estimate ID --data FILE ... | run "
                    + "STUDY.carbonlab [--out DIR] | estimators   (the arguments of the carbonlab command)");
            return CommandLine.BAD_INPUT;
        }
        SparkConf conf = new SparkConf().setAppName("carbonlab " + String.join(" ", rest.subList(0, Math.min(2,
                rest.size()))));
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // a local run needs no web UI (and must not fail when its port is taken)
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            return runOn(spark, perCore, rest, out, err);
        }
    }

    /** Runs the carbonlab command {@code command} with its parallel stages on {@code spark}. */
    static int runOn(JavaSparkContext spark, int perCore, List<String> command, PrintStream out, PrintStream err) {
        String version = version();
        EstimatorRegistry registry = PluginEstimators.registry(SparkRunner.class.getClassLoader(), version);
        registry.problems().forEach(p -> err.println("carbonlab: warning: " + p));
        err.println("carbonlab: spark: master " + spark.master() + ", default parallelism " + spark.defaultParallelism());
        try (TaskRunners.Installation installed = TaskRunners.install(new SparkTaskRunner(spark, perCore,
                err::println))) {
            return new CommandLine(registry, version, out, err)
                    .charts(PluginEstimators.charts(SparkRunner.class.getClassLoader(),
                            w -> err.println("carbonlab: warning: " + w)))
                    .run(command.toArray(String[]::new));
        }
    }

    private static String version() {
        String v = SparkRunner.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
