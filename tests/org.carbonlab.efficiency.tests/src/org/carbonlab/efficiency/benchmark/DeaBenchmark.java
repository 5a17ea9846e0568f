package org.carbonlab.efficiency.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.carbonlab.efficiency.numerics.dea.DeaEngine;
import org.carbonlab.efficiency.numerics.dea.DeaSpec;
import org.carbonlab.efficiency.numerics.dea.DmuSolution;

/**
 * Benchmark harness (not a test): global-frontier super-SBM with one undesirable output, CRS, non-oriented, on a
 * seeded synthetic set (inputs labour, capital, energy; output gdp = Cobb-Douglas × half-normal inefficiency; bad
 * output co2 = energy × a noisy emission factor). Run with {@code benchmarks/dea.sh [n ...]} (default 500 1000 2000
 * 4000). Prints, per n, the wall and CPU time, the number of efficient DMUs and of non-optimal solves. {@code --csv N FILE}
 * writes the data set of size N as CSV (for benchmarks/run.sh dea, the whole command).
 */
public final class DeaBenchmark {

    private DeaBenchmark() {
    }

    /** Rows: labour, capital, energy, gdp, co2. */
    public static double[][] synthetic(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] d = new double[5][n];
        for (int j = 0; j < n; j++) {
            double l = Math.exp(7 + 0.8 * gauss(rnd));
            double k = Math.exp(9 + 0.9 * gauss(rnd));
            double e = Math.exp(5 + 0.7 * gauss(rnd));
            double u = Math.abs(0.3 * gauss(rnd));
            d[0][j] = round2(l);
            d[1][j] = round2(k);
            d[2][j] = round2(e);
            d[3][j] = round2(0.9 * Math.pow(k, 0.35) * Math.pow(l, 0.45) * Math.pow(e, 0.2) * Math.exp(-u));
            d[4][j] = round2(e * 2.5 * Math.exp(0.15 * gauss(rnd)));
        }
        return d;
    }

    private static double gauss(SplittableRandom r) {
        // Box-Muller: deterministic for a given seed on every JVM
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 3 && args[0].equals("--csv")) {
            writeCsv(Integer.parseInt(args[1]), java.nio.file.Path.of(args[2]));
            return;
        }
        int[] sizes = args.length == 0 ? new int[] {500, 1000, 2000, 4000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        DeaSpec spec = new DeaSpec(DeaSpec.Model.SBM, DeaSpec.Orientation.NONORIENTED, false, true,
                DeaSpec.Fallback.SCORE, new boolean[] {false, true, true}, false);
        System.out.printf(Locale.ROOT, "efficiency.dea benchmark: super-SBM, undesirable output, CRS, global frontier; "
                + "%d processors, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        // warm-up (JIT) on a small set
        run(spec, 200);
        for (int n : sizes) {
            run(spec, n);
        }
    }

    /**
     * The data set of size n of {@link #run} as CSV for the whole-command benchmark (benchmarks/run.sh dea): DMU j is
     * entity j / 10 + 1 in year 2001 + j % 10 (n / 10 entities × 10 years when n is a multiple of 10), so that the
     * global frontier is the one reference set of all n DMUs, in the same order.
     */
    static void writeCsv(int n, java.nio.file.Path out) throws java.io.IOException {
        double[][] d = synthetic(n, 20240601L + n);
        StringBuilder sb = new StringBuilder("id,year,labour,capital,energy,gdp,co2\n");
        for (int j = 0; j < n; j++) {
            sb.append(j / 10 + 1).append(',').append(2001 + j % 10);
            for (double[] v : d) {
                sb.append(',').append(java.math.BigDecimal.valueOf(v[j]).toPlainString());
            }
            sb.append('\n');
        }
        java.nio.file.Files.writeString(out, sb);
    }

    private static void run(DeaSpec spec, int n) {
        double[][] d = synthetic(n, 20240601L + n);
        double[][] x = {d[0], d[1], d[2]};
        double[][] g = {d[3]};
        double[][] b = {d[4]};
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        int[][] refs = new int[n][];
        Arrays.fill(refs, all);
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        DmuSolution[] s = DeaEngine.run(spec, x, g, b, refs, null, null);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - c0) / 1e9;
        int eff = 0;
        int nonOptimal = 0;
        double mean = 0;
        for (DmuSolution r : s) {
            if (!r.optimal() || (r.superStatus() != null && !r.superStatus().equals("optimal"))) {
                nonOptimal++;
            }
            if (r.superStatus() != null) {
                eff++;
            }
            mean += r.superStatus() != null ? r.superScore() : r.score();
        }
        System.out.printf(Locale.ROOT,
                "n = %5d: %8.2f s wall, %6.2f s CPU (efficient %d, non-optimal solves %d, mean combined %.6f)%n", n,
                secs, cpu, eff, nonOptimal, mean / n);
    }

    /** CPU time of the whole process (all threads, JIT included): the fair figure on a shared machine. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof
                com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0L;
    }
}
