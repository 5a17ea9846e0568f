package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate stats.describe} and a study running it, on the Grunfeld panel against R 4.2
 * (resources/describe/expected.json, the same as in org.carbonlab.stats.tests, made by that fragment's
 * resources/describe/make_reference.R): mean, SD and the type-2 percentiles (relative 1e-12), xtsum
 * between/within SD (1e-10), Pearson r and p (1e-10, 1e-8); every publication format carries the tables; bad input
 * exits 2 naming the parameter.
 */
class StatsDescribeCommandTest {
    private static final JsonObject REF = Cli.parseObject(Cli.resourceText("describe/expected.json"))
            .getAsJsonObject("grunfeld");

    private static Cli.Run describe(List<String> extra, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", "stats.describe", "--data",
                Cli.resource("describe/grunfeld.csv").toString(), "--entity", "firm", "--time", "year"));
        args.addAll(extra);
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    private static void rel(double expected, double actual, double tol, String what) {
        assertTrue(Math.abs(expected - actual) <= tol * Math.abs(expected),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    /** The row of a JSON result table whose first cells are {@code key}. */
    static JsonArray row(JsonObject result, String table, String... key) {
        JsonObject t = result.getAsJsonObject("tables").getAsJsonObject(table);
        outer:
        for (JsonElement e : t.getAsJsonArray("rows")) {
            JsonArray r = e.getAsJsonArray();
            for (int k = 0; k < key.length; k++) {
                if (!r.get(k).getAsString().equals(key[k])) {
                    continue outer;
                }
            }
            return r;
        }
        throw new AssertionError("no row " + List.of(key) + " in " + table);
    }

    static int column(JsonObject result, String table, String name) {
        JsonArray cols = result.getAsJsonObject("tables").getAsJsonObject(table).getAsJsonArray("columns");
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).getAsString().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name + " in " + table);
    }

    @Test
    void jsonResultMatchesR() {
        JsonObject r = describe(List.of(), "variables=inv, log(inv), value", "xtsum=true").ok().json();
        JsonArray inv = row(r, "describe", "inv");
        rel(REF.getAsJsonObject("inv").get("mean").getAsDouble(), inv.get(column(r, "describe", "mean")).getAsDouble(),
                1e-12, "mean");
        rel(REF.getAsJsonObject("inv").get("sd").getAsDouble(), inv.get(column(r, "describe", "sd")).getAsDouble(),
                1e-12, "sd");
        rel(REF.getAsJsonObject("log_inv").getAsJsonArray("q2").get(3).getAsDouble(),
                row(r, "describe", "log(inv)").get(column(r, "describe", "p75")).getAsDouble(), 1e-12, "p75 of log(inv)");
        JsonObject x = REF.getAsJsonObject("xtsum_inv");
        rel(x.getAsJsonArray("between").get(0).getAsDouble(),
                row(r, "xtsum", "inv", "between").get(column(r, "xtsum", "sd")).getAsDouble(), 1e-10, "between sd");
        rel(x.getAsJsonArray("within").get(0).getAsDouble(),
                row(r, "xtsum", "inv", "within").get(column(r, "xtsum", "sd")).getAsDouble(), 1e-10, "within sd");
        JsonObject pv = REF.getAsJsonObject("pearson").getAsJsonObject("inv|value");
        JsonArray test = row(r, "correlation_tests", "inv", "value");
        rel(pv.get("r").getAsDouble(), test.get(column(r, "correlation_tests", "r")).getAsDouble(), 1e-10, "r");
        rel(pv.get("p").getAsDouble(), test.get(column(r, "correlation_tests", "p_value")).getAsDouble(), 1e-8, "p");
        assertEquals("2", r.getAsJsonObject("parameters").get("quantile_type").getAsString());
    }

    @Test
    void rQuantilesAreOneParameterAway() {
        JsonObject r = describe(List.of(), "variables=inv", "quantile_type=7").ok().json();
        rel(REF.getAsJsonObject("inv").getAsJsonArray("q7").get(1).getAsDouble(),
                row(r, "describe", "inv").get(column(r, "describe", "p25")).getAsDouble(), 1e-12, "type-7 p25");
    }

    @Test
    void everyFormatCarriesTheTables() throws IOException {
        for (String format : List.of("md", "tex", "html", "csv")) {
            Cli.Run run = describe(List.of("--format", format), "variables=inv,value,capital").ok();
            assertTrue(run.out().contains("capital"), run::describe);
            if (!format.equals("csv")) {
                // the stars are escaped as each format needs (\\*, $^{***}$ ...); the coefficient itself is plain
                assertTrue(run.out().contains("correlations") && run.out().contains("0.857"), run::describe);
            } else {
                assertTrue(run.out().startsWith("variable,n,mean,sd,min,p25,median,p75,max"), run::describe);
            }
        }
        Path docx = Cli.freshDir("describe-docx").resolve("describe.docx");
        describe(List.of("--format", "docx", "--out", docx.toString()), "variables=inv,value").ok();
        String document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(document != null && document.contains("<w:tbl") && document.contains("value"), "docx table");
    }

    @Test
    void badInputExitsTwoNamingTheParameter() {
        Cli.Run run = describe(List.of(), "variables=inv,valeu", "stats=mean,p0").expectCode(2);
        assertTrue(run.err().contains("valeu") && run.err().contains("unknown statistic 'p0'"), run::describe);
        Cli.Run bad = describe(List.of(), "correlation=kendall").expectCode(2);
        assertTrue(bad.err().contains("correlation"), bad::describe);
    }

    @Test
    void studyDescribesDerivedVariablesAndTheReportShowsTheTables() {
        Path dir = Cli.freshDir("study-describe");
        Cli.write(dir, "data/grunfeld.csv", Cli.read(Cli.resource("describe/grunfeld.csv")));
        Path study = Cli.write(dir, "describe.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Grunfeld descriptives">
                  <datasets name="grunfeld" source="data/grunfeld.csv" entityColumn="firm" timeColumn="year"/>
                  <variables name="ln_inv" derivation="log(inv)" dataset="grunfeld"/>
                  <variables name="value_dev" derivation="value - mean_by(value, entity)" dataset="grunfeld"/>
                  <analyses name="describe" estimatorId="stats.describe" dataset="grunfeld">
                    <parameters name="variables" value="ln_inv, value, value_dev"/>
                    <parameters name="xtsum" value="true"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out");
        Cli.run("run", study.toString(), "--out", out.toString(), "--no-record").ok();
        JsonObject r = Cli.parseObject(Cli.read(out.resolve("describe.json")));
        rel(REF.getAsJsonObject("log_inv").get("sd").getAsDouble(),
                row(r, "describe", "ln_inv").get(column(r, "describe", "sd")).getAsDouble(), 1e-12, "sd of ln_inv");
        // a group statistic in a study variable: the SD of value minus its firm mean is xtsum's within SD
        rel(REF.getAsJsonObject("xtsum_value").getAsJsonArray("within").get(0).getAsDouble(),
                row(r, "describe", "value_dev").get(column(r, "describe", "sd")).getAsDouble(), 1e-10, "within SD");
        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.contains("Table: describe") && report.contains("Table: xtsum")
                && report.contains("Table: correlations"), report);
    }
}
