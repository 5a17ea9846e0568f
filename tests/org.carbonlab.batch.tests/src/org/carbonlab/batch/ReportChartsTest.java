package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Charts in batch reports: {@code carbonlab run} writes each analysis' charts as PNG and SVG beside report.md and
 * shows them in it, the same SVG bytes on a rerun; efficiency.dea's {@code group} option from the command line.
 */
class ReportChartsTest {

    /** Six DMUs in two regions over three years: two inputs, one output. */
    private static String data() {
        StringBuilder csv = new StringBuilder("dmu,year,region,labour,capital,gdp\n");
        String[] regions = {"east", "west"};
        for (int i = 0; i < 6; i++) {
            for (int t = 0; t < 3; t++) {
                csv.append("D").append(i + 1).append(',').append(2010 + t).append(',').append(regions[i % 2])
                        .append(',').append(10 + 3 * i + t).append(',').append(50 - 4 * i + 2 * t).append(',')
                        .append(20 + (i * 7) % 11 + 3 * t).append('\n');
            }
        }
        return csv.toString();
    }

    private static Path study(String name) {
        Path dir = Cli.freshDir("charts-" + name);
        Cli.write(dir, "data/dmus.csv", data());
        return Cli.write(dir, name + ".carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Charts">
                  <datasets name="dmus" source="data/dmus.csv" entityColumn="dmu" timeColumn="year"/>
                  <analyses name="dea" estimatorId="efficiency.dea" dataset="dmus">
                    <parameters name="inputs" value="labour,capital"/>
                    <parameters name="outputs" value="gdp"/>
                    <parameters name="model" value="radial"/>
                    <parameters name="orientation" value="input"/>
                    <parameters name="rts" value="vrs"/>
                    <parameters name="frontier" value="global"/>
                    <parameters name="group" value="region"/>
                  </analyses>
                  <analyses name="ols" estimatorId="panel.ols" dataset="dmus">
                    <parameters name="formula" value="gdp ~ labour + capital"/>
                  </analyses>
                </carbonlab:Study>
                """);
    }

    @Test
    void runWritesTheChartsBesideTheReportAndTheSameSvgTwice() {
        Path first = study("first");
        Path out = first.getParent().resolve("out");
        Cli.Run run = Cli.run("run", first.toString(), "--out", out.toString(), "--no-record").ok();
        String report = Cli.read(out.resolve("report.md"));
        List<String> stems = List.of("dea-scores_over_time", "dea-scores_by_group", "dea-score_density");
        ReportChartsCheck.assertCharts(out, report, stems);
        assertTrue(run.err().contains("carbonlab: 3 charts (PNG and SVG) drawn beside the analyses in "), run::describe);
        // a regression without a polynomial has no chart
        assertEquals(stems.size() * 2, Cli.list(out).stream().filter(f -> f.endsWith(".png") || f.endsWith(".svg"))
                .count(), () -> Cli.list(out).toString());
        // the charts come first in the analysis' section, before its tables
        int section = report.indexOf("## dea (efficiency.dea)");
        assertTrue(section >= 0 && report.indexOf("![", section) < report.indexOf("| ", section), report);
        // report.html beside it is self-contained: every chart embedded, nothing loaded from elsewhere
        String html = Cli.read(out.resolve("report.html"));
        assertEquals(stems.size(), html.split("src=\"data:image/png;base64,", -1).length - 1, html.substring(0,
                Math.min(2000, html.length())));
        assertEquals(stems.size(), html.split(" src=\"", -1).length - 1, "no image loaded from a file or URL");
        assertTrue(html.contains("<table class=\"carbonlab\">"), "the tables are HTML tables");

        Path second = study("second");
        Path out2 = second.getParent().resolve("out");
        Cli.run("run", second.toString(), "--out", out2.toString(), "--no-record").ok();
        for (String stem : stems) {
            assertEquals(Cli.read(out.resolve(stem + ".svg")), Cli.read(out2.resolve(stem + ".svg")), stem);
        }
        Cli.assertNoTempFiles(out);
    }

    @Test
    void deaGroupFromTheCommandLine() {
        Path dir = Cli.freshDir("charts-group");
        Path csv = Cli.write(dir, "dmus.csv", data());
        Cli.Run run = Cli.run("estimate", "efficiency.dea", "--data", csv.toString(), "--entity", "dmu", "--time",
                "year", "--set", "inputs=labour,capital", "--set", "outputs=gdp", "--set", "model=radial", "--set",
                "orientation=input", "--set", "group=region").ok();
        JsonObject scores = run.json().getAsJsonObject("tables").getAsJsonObject("scores");
        JsonArray columns = scores.getAsJsonArray("columns");
        assertEquals("group", columns.get(2).getAsString(), columns.toString());
        JsonArray firstRow = scores.getAsJsonArray("rows").get(0).getAsJsonArray();
        assertEquals("east", firstRow.get(2).getAsString());

        Cli.Run bad = Cli.run("estimate", "efficiency.dea", "--data", csv.toString(), "--entity", "dmu", "--time",
                "year", "--set", "inputs=labour,capital", "--set", "outputs=gdp", "--set", "group=province")
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(bad.err().contains("group column 'province' is not in the data"), bad::describe);
    }
}
