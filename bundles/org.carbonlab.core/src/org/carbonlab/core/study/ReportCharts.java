package org.carbonlab.core.study;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.chart.render.HeadlessChartRenderer;
import org.carbonlab.core.result.Result;

/**
 * Writes the charts of a study's results next to its report: {@code <analysis>-<chart id>.png} and {@code .svg}, drawn
 * headless, and the Markdown that shows them in report.md. A chart that cannot be drawn or written is reported and
 * left out; it never fails the analysis.
 */
final class ReportCharts {
    private final ChartRegistry registry;
    private final HeadlessChartRenderer renderer = new HeadlessChartRenderer();
    private int written;
    private long nanos;

    ReportCharts(ChartRegistry registry) {
        this.registry = registry;
    }

    /** Renders the charts of {@code result} into {@code folder}; returns the Markdown for the report (or ""). */
    String write(String analysis, Result result, java.nio.file.Path folder, PrintStream log) {
        if (!registry.hasCharts(result.estimatorId())) {
            return "";
        }
        long start = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        List<Chart> charts = registry.charts(result, warnings::add);
        StringBuilder md = new StringBuilder();
        for (Chart chart : charts) {
            String stem = analysis + "-" + chart.id();
            try {
                renderer.write(chart, folder, stem);
                written++;
                md.append("![").append(markdownText(chart.title())).append("](").append(stem).append(".png)\n")
                        .append("(vector: [").append(stem).append(".svg](").append(stem).append(".svg))\n\n");
            } catch (IOException | RuntimeException e) {
                warnings.add("chart '" + chart.id() + "' could not be written: " + e.getMessage());
            }
        }
        for (String w : warnings) {
            log.println("carbonlab: warning: " + analysis + ": " + w);
            md.append("- Chart warning: ").append(w).append('\n');
        }
        nanos += System.nanoTime() - start;
        return md.toString();
    }

    /** Number of charts written so far. */
    int written() {
        return written;
    }

    /** Time spent drawing and writing them, in milliseconds. */
    long elapsedMs() {
        return nanos / 1_000_000;
    }

    /** Text safe inside Markdown link text and emphasis. */
    private static String markdownText(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*")
                .replace("_", "\\_").replace("\n", " ");
    }
}
