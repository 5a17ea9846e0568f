package org.carbonlab.core.study;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.result.Result;

/**
 * Writes the charts of a study's results next to its report: {@code <analysis>-<chart id>.png} and {@code .svg}, drawn
 * headless, and the Markdown that shows them in report.md. The charts of a result are described at once, but drawn
 * and written on one background thread while the next analyses run, so they add little to a run's time; the report
 * holds a placeholder per analysis that {@link #resolve} replaces once its files are written. A chart that cannot be
 * drawn or written is reported and left out; it never fails the analysis.
 */
final class ReportCharts {
    private final ChartRegistry registry;
    private final HeadlessChartRenderer renderer = new HeadlessChartRenderer();
    private final List<Future<Drawn>> pending = new ArrayList<>();
    private ExecutorService executor;
    private volatile long warmUpNanos;

    /** What drawing one result's charts gave: its Markdown, problems, number of charts and time taken. */
    private record Drawn(String analysis, String markdown, List<String> warnings, int written, long nanos) {
    }

    ReportCharts(ChartRegistry registry) {
        this.registry = registry;
    }

    /**
     * Starts loading the drawing machinery on the background thread when any of {@code estimatorIds} has charts,
     * so that its one-off cost overlaps the first estimations instead of delaying the report.
     */
    void prepare(java.util.Collection<String> estimatorIds) {
        if (estimatorIds.stream().anyMatch(registry::hasCharts)) {
            executor().submit(() -> {
                long start = cpuNanos();
                renderer.warmUp();
                warmUpNanos = cpuNanos() - start;
            });
        }
    }

    /**
     * Describes the charts of {@code result} and queues them for drawing into {@code folder}; returns the placeholder
     * to put into the report where they belong ("" when the estimator has no charts).
     */
    String write(String analysis, Result result, Path folder) {
        if (!registry.hasCharts(result.estimatorId())) {
            return "";
        }
        List<String> warnings = new ArrayList<>();
        List<Chart> charts = registry.charts(result, warnings::add);
        pending.add(executor().submit(() -> draw(analysis, charts, folder, warnings)));
        return placeholder(pending.size() - 1);
    }

    private ExecutorService executor() {
        if (executor == null) {
            // one idle-expiring daemon thread: nothing to shut down when a run ends early (failure, cancel)
            ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    task -> {
                        Thread t = new Thread(task, "carbonlab-report-charts");
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            executor = pool;
        }
        return executor;
    }

    private static String placeholder(int index) {
        return "<!-- carbonlab charts " + index + " -->\n";
    }

    /** CPU time of the current thread (what drawing costs, whatever else runs), else wall time. */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private Drawn draw(String analysis, List<Chart> charts, Path folder, List<String> described) {
        long start = cpuNanos();
        List<String> warnings = new ArrayList<>(described);
        StringBuilder md = new StringBuilder();
        int written = 0;
        for (Chart chart : charts) {
            String stem = analysis + "-" + chart.id();
            try {
                renderer.write(chart, folder, stem);
                written++;
                md.append("![").append(markdownText(chart.title())).append("](").append(stem).append(".png)\n")
                        .append("(vector: [").append(stem).append(".svg](").append(stem).append(".svg))\n\n");
            } catch (IOException | RuntimeException | LinkageError e) {
                warnings.add("chart '" + chart.id() + "' could not be written: " + e);
            }
        }
        for (String w : warnings) {
            md.append("- Chart warning: ").append(w).append('\n');
        }
        if (!warnings.isEmpty()) {
            md.append('\n');
        }
        return new Drawn(analysis, md.toString(), warnings, written, cpuNanos() - start);
    }

    /**
     * Waits for every queued chart and returns {@code report} with the placeholders replaced by the Markdown that
     * shows them; problems and a timing line go to {@code log}.
     */
    String resolve(String report, PrintStream log) throws IOException {
        long waitStart = System.nanoTime();
        String out = report;
        int written = 0;
        long nanos = 0;
        for (int i = 0; i < pending.size(); i++) {
            Drawn d;
            try {
                d = pending.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the report's charts", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("drawing the report's charts failed", e.getCause());
            }
            for (String w : d.warnings()) {
                log.println("carbonlab: warning: " + d.analysis() + ": " + w);
            }
            out = out.replace(placeholder(i), d.markdown());
            written += d.written();
            nanos += d.nanos();
        }
        long waited = System.nanoTime() - waitStart;
        if (written > 0) {
            log.println("carbonlab: " + written + " charts (PNG and SVG) drawn beside the analyses in "
                    + (nanos + warmUpNanos) / 1_000_000 + " ms of CPU time; the report waited " + waited / 1_000_000
                    + " ms for them");
        }
        return out;
    }

    /** Text safe inside Markdown link text. */
    private static String markdownText(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*")
                .replace("_", "\\_").replace("\n", " ");
    }
}
