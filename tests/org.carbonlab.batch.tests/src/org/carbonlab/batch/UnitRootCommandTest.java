package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate panel.unitroot} on Grunfeld's inv (resources/unitroot: plm 2.6.2 purtest, NOTES.md
 * there): with convention=plm the LLC, IPS W_tbar and MacKinnon-1994 Maddala-Wu statistics and p-values match at
 * rel 1e-9; two variables in levels and differences give four models; bad input exits 2 naming what is wrong.
 */
class UnitRootCommandTest {

    private static Cli.Run run(Path data, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", "panel.unitroot", "--data", data.toString(),
                "--entity", "firm", "--time", "year"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void plmConventionMatchesPurtest() {
        JsonObject ref = Cli.parseObject(Cli.resourceText("unitroot/expected.json")).getAsJsonObject("results")
                .getAsJsonObject("trend_lags1");
        JsonObject r = run(Cli.grunfeld(), "variables=inv", "exo=trend", "lags=1", "convention=plm").ok().json();
        check(ref.getAsJsonObject("levinlin"), GrunfeldEndToEndTest.test(r, "llc"), "llc");
        check(ref.getAsJsonObject("ips_Wtbar"), GrunfeldEndToEndTest.test(r, "ips_wtbar"), "ips");
        check(ref.getAsJsonObject("madwu_MacKinnon1994"), GrunfeldEndToEndTest.test(r, "fisher_adf"), "madwu");
        assertEquals("plm", r.getAsJsonObject("parameters").get("convention").getAsString());
        assertEquals(10, r.getAsJsonObject("tables").getAsJsonObject("adf").getAsJsonArray("rows").size());
    }

    /** p_approx=mackinnon1996: plm's default unit p-values (urca installed), so its Maddala-Wu, at rel 1e-5. */
    @Test
    void mackinnon1996MatchesPurtestDefault() {
        JsonObject ref = Cli.parseObject(Cli.resourceText("unitroot/expected.json")).getAsJsonObject("results")
                .getAsJsonObject("trend_lags1");
        JsonObject r = run(Cli.grunfeld(), "variables=inv", "exo=trend", "lags=1", "convention=plm",
                "p_approx=mackinnon1996").ok().json();
        JsonObject want = ref.getAsJsonObject("madwu");
        JsonObject got = GrunfeldEndToEndTest.test(r, "fisher_adf");
        for (String[] k : new String[][] {{"statistic", "statistic"}, {"p", "p_value"}}) {
            double e = Math.abs(got.get(k[1]).getAsDouble() - want.get(k[0]).getAsDouble())
                    / Math.abs(want.get(k[0]).getAsDouble());
            assertTrue(e <= 1e-5, "madwu (MacKinnon 1996) " + k[0] + ": rel " + e);
        }
        assertEquals("mackinnon1996", r.getAsJsonObject("parameters").get("p_approx").getAsString());
    }

    @Test
    void severalVariablesInLevelsAndDifferencesAndMarkdown() {
        JsonObject r = run(Cli.grunfeld(), "variables=inv, log(value)", "difference=both", "lags=bic", "max_lags=2")
                .ok().json();
        assertEquals(4, r.getAsJsonArray("models").size());
        assertEquals("log(value) (first difference)",
                r.getAsJsonArray("models").get(3).getAsJsonObject().get("name").getAsString());
        Cli.Run mdOk = Cli.run("estimate", "panel.unitroot", "--data", Cli.grunfeld().toString(), "--entity", "firm",
                "--time", "year", "--set", "variables=inv", "--format", "md").ok();
        assertTrue(mdOk.out().contains("Table: tests") && mdOk.out().contains("fisher_adf"), mdOk.describe());
    }

    @Test
    void gapInsideASeriesIsNamed() throws IOException {
        List<String> lines = Files.readAllLines(Cli.grunfeld());
        List<String> keep = new ArrayList<>();
        for (String l : lines) {
            if (!l.startsWith("3,1940,")) {
                keep.add(l);
            }
        }
        Path gap = Cli.testRoot().resolve("unitroot-gap.csv");
        Files.write(gap, keep);
        Cli.Run run = run(gap, "variables=inv").expectCode(2);
        assertTrue(run.err().contains("entity '3'") && run.err().contains("1940"), run.describe());
    }

    @Test
    void aSeriesWithoutVariationIsNamed() throws IOException {
        List<String> lines = Files.readAllLines(Cli.grunfeld());
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            out.add(f[0].equals("4") ? f[0] + "," + f[1] + ",5.0," + f[3] + "," + f[4] : l);
        }
        Path flat = Cli.testRoot().resolve("unitroot-flat.csv");
        Files.write(flat, out);
        Cli.Run run = run(flat, "variables=inv").expectCode(2);
        assertTrue(run.err().contains("does not vary within entity '4'"), run.describe());
    }

    @Test
    void badParametersAreNamed() {
        Cli.Run lags = run(Cli.grunfeld(), "variables=inv", "lags=many").expectCode(2);
        assertTrue(lags.err().contains("lags") && lags.err().contains("many"), lags.describe());
        Cli.Run tests = run(Cli.grunfeld(), "variables=inv", "tests=llc,kpss").expectCode(2);
        assertTrue(tests.err().contains("kpss"), tests.describe());
        Cli.Run column = run(Cli.grunfeld(), "variables=co2").expectCode(2);
        assertTrue(column.err().contains("co2"), column.describe());
        Cli.Run tooShort = run(Cli.grunfeld(), "variables=inv", "lags=9", "exo=trend").expectCode(2);
        assertTrue(tooShort.err().contains("consecutive periods") && tooShort.err().contains("9 lag"),
                tooShort.describe());
    }

    private static void check(JsonObject ref, JsonObject got, String what) {
        for (String[] k : new String[][] {{"statistic", "statistic"}, {"p", "p_value"}}) {
            double want = ref.get(k[0]).getAsDouble();
            double have = got.get(k[1]).getAsDouble();
            double e = Math.abs(have - want) / Math.abs(want);
            assertTrue(e <= 1e-9, what + " " + k[0] + ": expected " + want + " got " + have + " (rel " + e + ")");
        }
    }
}
