package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Issues 20 and 13 end to end: dates as quarters (the same estimate as on whole-number periods, coefficients and
 * standard errors to 1e-12 relative), title and note lines above the header (the same estimate as the clean file,
 * exactly), join counts in the result, and winsorised variables (panel.ols on Grunfeld equals the estimate on a
 * file holding the values winsorised by hand with Stata's _pctile definition, to 1e-12 relative), from the command
 * line and from a study with a robustness variant.
 */
class DataInTablesOutCommandTest {
    private static Path dir;
    private static Path periods;
    private static Path quarters;

    @BeforeAll
    static void data() {
        dir = Cli.freshDir("data-in-tables-out");
        // three cities, eight quarters; y depends on lag(x,1); quarter q of 2015-2016 is period number q
        StringBuilder p = new StringBuilder("city,t,x,y\n");
        StringBuilder q = new StringBuilder("city,date,x,y\n");
        String[] ends = {"03-31", "06-30", "09-30", "12-31"};
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < 8; k++) {
                double x = Math.sin(3 * c + k) + 0.1 * k;
                double y = 1 + 0.5 * x + Math.cos(7 * c + 2 * k);
                String values = "," + x + "," + y + "\n";
                p.append("C").append(c).append(',').append(k + 1).append(values);
                q.append("C").append(c).append(',').append(2015 + k / 4).append('-').append(ends[k % 4]).append(values);
            }
        }
        periods = Cli.write(dir, "periods.csv", p.toString());
        quarters = Cli.write(dir, "quarters.csv", q.toString());
    }

    private static Cli.Run estimate(String... args) {
        List<String> all = new ArrayList<>(List.of("estimate"));
        all.addAll(Arrays.asList(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void quarterlyDatesGiveTheEstimateOfWholeNumberPeriods() {
        String f = "formula=y ~ lag(x,1) + x";
        JsonObject expected = estimate("panel.fe", "--data", periods.toString(), "--set", f).ok().json();
        Cli.Run run = estimate("panel.fe", "--data", quarters.toString(), "--set", f).ok();
        JoinAndStataCommandTest.sameCoefficients(expected, run.json());
        assertEquals("quarter", run.json().getAsJsonObject("data").get("time_unit").getAsString());
        assertEquals(21, run.json().getAsJsonObject("data").get("n_obs").getAsInt());
        assertTrue(run.err().contains("read as quarters 2015Q1 to 2016Q4 (every date is a quarter end")
                && run.err().contains("lag(x,1) is one quarter"), run.err());
        // --time-unit month: lag(x,1) reaches three months back, where there is no quarter: nothing is left
        Cli.Run months = estimate("panel.fe", "--data", quarters.toString(), "--time-unit", "month", "--set", f);
        assertTrue(months.code() != CommandLine.OK && months.err().contains("read as months"), months.err());
        Cli.Run bad = estimate("panel.fe", "--data", quarters.toString(), "--time-unit", "week", "--set", f)
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(bad.err().contains("--time-unit (in a study: timeUnit) must be year, quarter or month, not "
                + "'week'"), bad.err());
    }

    @Test
    void perUnitTablesPrintQuarterLabels() {
        Cli.Run dea = estimate("efficiency.dea", "--data", quarters.toString(), "--set", "inputs=x", "--set",
                "outputs=y", "--set", "subset=x > 0 & y > 0").ok();
        JsonObject scores = dea.json().getAsJsonObject("tables").getAsJsonObject("scores");
        int time = scores.getAsJsonArray("columns").asList().stream().map(e -> e.getAsString()).toList()
                .indexOf("time");
        for (var row : scores.getAsJsonArray("rows")) {
            String label = row.getAsJsonArray().get(time).getAsString();
            assertTrue(label.matches("201[56]Q[1-4]"), label);
        }
        Cli.Run md = estimate("efficiency.dea", "--data", quarters.toString(), "--set", "inputs=x", "--set",
                "outputs=y", "--set", "subset=x > 0 & y > 0", "--format", "md").ok();
        assertTrue(md.out().matches("(?s).*\\| C\\d \\| 201[56]Q[1-4] \\|.*"), md.out());
    }

    @Test
    void titleAndNoteLinesAboveTheHeader() {
        String clean = Cli.read(Cli.grunfeld());
        Path titled = Cli.write(dir, "titled.csv", "Table 1. Grunfeld investment data,,,,\n" + clean);
        Path noted = Cli.write(dir, "noted.csv", "Source: Grunfeld (1958),1958\nUnits: million USD,,\n" + clean);
        String f = "formula=inv ~ value + capital";
        JsonObject expected = estimate("panel.fe", "--data", Cli.grunfeld().toString(), "--set", f).ok().json();
        Cli.Run title = estimate("panel.fe", "--data", titled.toString(), "--set", f).ok();
        assertEquals(expected.get("coefficients"), title.json().get("coefficients"));
        assertTrue(title.err().contains("read as a title and skipped; the header is line 2 (--header-row N or "
                + "--skip N name the header line)"), title.err());
        Cli.Run plain = estimate("panel.fe", "--data", noted.toString(), "--set", f)
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(plain.err().contains("--header-row N"), plain.err());
        for (String[] option : new String[][] {{"--header-row", "3"}, {"--skip", "2"}}) {
            Cli.Run run = estimate("panel.fe", "--data", noted.toString(), option[0], option[1], "--set", f).ok();
            assertEquals(expected.get("coefficients"), run.json().get("coefficients"));
            assertTrue(run.err().contains("the header is line 3 as given; 2 non-empty lines above it skipped"),
                    run.err());
        }
    }

    @Test
    void joinCountsAreInTheResult() {
        Path main = Cli.grunfeld();
        StringBuilder region = new StringBuilder("firm,region\n");
        for (int firm = 1; firm <= 9; firm++) {
            region.append(firm).append(',').append(firm <= 5 ? "east" : "west").append('\n');
        }
        region.append("11,north\n");
        Path file = Cli.write(dir, "region.csv", region.toString());
        Cli.Run run = estimate("panel.fe", "--data", main.toString(), "--join", file + ":firm:unmatched=missing",
                "--set", "formula=inv ~ value + capital").ok();
        JsonObject join = run.json().getAsJsonObject("provenance").getAsJsonArray("joins").get(0).getAsJsonObject();
        assertEquals(200, join.get("rows").getAsInt());
        assertEquals(180, join.get("matched").getAsInt());
        assertEquals(20, join.get("unmatched").getAsInt());
        assertEquals(1, join.get("unmatched_keys").getAsInt());
        assertEquals("[{\"key\":\"10\",\"rows\":20}]", join.get("unmatched_examples").toString());
        assertEquals(10, join.get("other_rows").getAsInt());
        assertEquals(1, join.get("other_rows_unused").getAsInt());
        JsonArray warnings = run.json().getAsJsonArray("warnings");
        assertTrue(warnings.toString().contains("have no match in") && warnings.toString().contains("'10' (20 rows)"),
                warnings.toString());
    }

    /** Stata's _pctile: P = n·p; whole P → (x(P) + x(P+1))/2, else x(floor(P)+1). */
    private static double pctile(double[] sorted, double p) {
        double pos = sorted.length * p;
        long whole = Math.round(pos);
        if (Math.abs(pos - whole) < 1e-9) {
            return (sorted[(int) whole - 1] + sorted[(int) whole]) / 2;
        }
        return sorted[(int) Math.floor(pos)];
    }

    @Test
    void winsorisedVariablesEqualValuesWinsorisedByHand() {
        List<String[]> rows = Cli.read(Cli.grunfeld()).lines().skip(1).map(l -> l.split(",")).toList();
        String[] header = Cli.read(Cli.grunfeld()).lines().findFirst().orElseThrow().split(",");
        int value = Arrays.asList(header).indexOf("value");
        double[] v = rows.stream().mapToDouble(r -> Double.parseDouble(r[value])).sorted().toArray();
        double lo = pctile(v, 0.05);
        double hi = pctile(v, 0.95);
        StringBuilder w = new StringBuilder(String.join(",", header) + "\n");
        for (String[] r : rows) {
            String[] c = r.clone();
            c[value] = Double.toString(Math.min(Math.max(Double.parseDouble(r[value]), lo), hi));
            w.append(String.join(",", c)).append('\n');
        }
        Path byHand = Cli.write(dir, "winsorised.csv", w.toString());
        String f = "formula=inv ~ value + capital";
        JsonObject expected = estimate("panel.ols", "--data", byHand.toString(), "--set", f).ok().json();
        Cli.Run run = estimate("panel.ols", "--data", Cli.grunfeld().toString(), "--set", f, "--set", "winsor=value",
                "--set", "winsor_cuts=5,95").ok();
        JoinAndStataCommandTest.sameCoefficients(expected, run.json());
        JsonObject x = run.json().getAsJsonObject("data").getAsJsonObject("sample").getAsJsonObject("winsor")
                .getAsJsonObject("columns").getAsJsonObject("value");
        assertEquals(lo, x.get("cut_low").getAsDouble(), 0.0);
        assertEquals(hi, x.get("cut_high").getAsDouble(), 0.0);
        // R: quantile(value, c(.05, .95), type = 2) (resources/winsor/grunfeld_cuts.R)
        assertEquals(69.295, lo, 69.295 * 1e-12);
        assertEquals(4465.25, hi, 4465.25 * 1e-12);
        assertEquals(10, x.get("clipped_low").getAsInt()); // x(1..10) lie below (x(10) + x(11))/2
        assertEquals(10, x.get("clipped_high").getAsInt());
        assertEquals("5,95", run.json().getAsJsonObject("parameters").get("winsor_cuts").getAsString());
    }

    @Test
    void aStudyReadsQuartersUnderATitleAndShowsAWinsorisedVariant() {
        Path data = Cli.write(dir, "study-quarters.csv", "Quarterly panel,,,\nNotes: made by the test,,,\n"
                + Cli.read(quarters));
        Path study = Cli.write(dir, "quarters.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Quarters">
                  <datasets name="q" source="%s" entityColumn="city" timeColumn="date" headerRow="3" timeUnit="quarter"/>
                  <analyses name="fe" estimatorId="panel.fe" dataset="q">
                    <parameters name="formula" value="y ~ lag(x,1) + x"/>
                  </analyses>
                  <analyses name="checks" estimatorId="study.robustness" dataset="q">
                    <parameters name="base" value="fe"/>
                    <parameters name="focal" value="x"/>
                    <parameters name="variant:winsorised at 5%%" value="winsor=x,y;winsor_cuts=5,95"/>
                  </analyses>
                </carbonlab:Study>
                """.formatted(data.getFileName()));
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("run", study.toString(), "--out", out.toString(), "--no-record").ok();
        assertTrue(run.err().contains("the header is line 3 as given") && run.err().contains("read as quarters"),
                run.err());
        JsonObject fe = Cli.parseObject(Cli.read(out.resolve("fe.json")));
        JsonObject expected = estimate("panel.fe", "--data", periods.toString(), "--set", "formula=y ~ lag(x,1) + x")
                .ok().json();
        JoinAndStataCommandTest.sameCoefficients(expected, fe);
        JsonObject checks = Cli.parseObject(Cli.read(out.resolve("checks.json")));
        JsonArray models = checks.getAsJsonArray("models");
        assertEquals("baseline", models.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("winsorised at 5%", models.get(1).getAsJsonObject().get("name").getAsString());
        JsonObject winsorised = estimate("panel.fe", "--data", quarters.toString(), "--set",
                "formula=y ~ lag(x,1) + x", "--set", "winsor=x,y", "--set", "winsor_cuts=5,95").ok().json();
        JsonArray a = winsorised.getAsJsonArray("coefficients");
        JsonArray b = models.get(1).getAsJsonObject().getAsJsonArray("coefficients");
        for (int i = 0; i < a.size(); i++) {
            double e = a.get(i).getAsJsonObject().get("estimate").getAsDouble();
            double g = b.get(i).getAsJsonObject().get("estimate").getAsDouble();
            assertEquals(e, g, 1e-12 * Math.abs(e));
        }
        assertTrue(Cli.read(out.resolve("report.md")).contains("winsorised at 5%"));
    }
}
