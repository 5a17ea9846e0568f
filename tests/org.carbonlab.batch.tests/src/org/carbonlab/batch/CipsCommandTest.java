package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate panel.unitroot --set tests=cips} end to end on the CEADs provincial panel
 * (resources/cips, a copy of the panel tests' reference made by plm 2.6.2 cipstest): CIPS and CIPS* statistics at
 * rel 1e-9, plm's interpolated p-values (convention=plm) at rel 1e-12, the per-unit CADF table; bad input (an
 * unbalanced panel, too few periods for the lags) exits 2 naming the entity or the parameter.
 */
class CipsCommandTest {

    private static Cli.Run run(Path data, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", "panel.unitroot", "--data", data.toString(),
                "--entity", "province", "--time", "year"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void cipsMatchesPlmFromTheCommandLine() {
        JsonObject ref = Cli.parseObject(Cli.resourceText("cips/expected.json"));
        JsonObject r = run(Cli.resource("cips/data.csv"), "variables=log(co2_total_mt)", "tests=cips", "exo=trend",
                "lags=2", "convention=plm").ok().json();
        JsonObject plain = ref.getAsJsonObject("co2_total_mt_trend_lags2");
        JsonObject truncated = ref.getAsJsonObject("co2_total_mt_trend_lags2_truncated");
        JsonObject cips = GrunfeldEndToEndTest.test(r, "cips");
        JsonObject star = GrunfeldEndToEndTest.test(r, "cips_truncated");
        rel(plain.get("statistic").getAsDouble(), cips.get("statistic").getAsDouble(), 1e-9, "cips");
        rel(truncated.get("statistic").getAsDouble(), star.get("statistic").getAsDouble(), 1e-9, "cips*");
        // CIPS lies below the 1% value: p reported as the bound, as plm does
        rel(plain.get("p_value").getAsDouble(), cips.get("p_value").getAsDouble(), 1e-12, "cips p");
        assertEquals("p < 0.01", cips.get("p_value_bound").getAsString());
        rel(truncated.get("p_value").getAsDouble(), star.get("p_value").getAsDouble(), 1e-12, "cips* p");
        assertEquals(30, r.getAsJsonObject("tables").getAsJsonObject("cadf").getAsJsonArray("rows").size());
        // only the asked-for test is reported
        assertEquals(2, r.getAsJsonArray("tests").size());
    }

    @Test
    void publishedInterpolationIsTheDefaultAndBothFormsRun() {
        JsonObject ref = Cli.parseObject(Cli.resourceText("cips/expected.json"))
                .getAsJsonObject("co2_total_mt_trend_lags1");
        JsonObject r = run(Cli.resource("cips/data.csv"), "variables=log(co2_total_mt)", "tests=cips", "exo=trend",
                "cips_lags=1", "difference=both").ok().json();
        assertEquals(2, r.getAsJsonArray("models").size());
        JsonObject levels = r.getAsJsonArray("models").get(0).getAsJsonObject();
        JsonObject cips = GrunfeldEndToEndTest.test(levels, "cips");
        rel(ref.get("statistic").getAsDouble(), cips.get("statistic").getAsDouble(), 1e-9, "cips");
        double p = cips.get("p_value").getAsDouble();
        // linear interpolation in Pesaran's table differs from plm's grid interpolation inside the 1%-10% range
        assertTrue(p > 0.05 && p < 0.10, "p " + p);
        assertNotEquals(ref.get("p_value").getAsDouble(), p);
        assertEquals(1, levels.getAsJsonObject("statistics").get("cips_lags").getAsInt());
    }

    @Test
    void unbalancedPanelAndTooManyLagsAreNamed() throws IOException {
        Path data = Cli.resource("cips/data.csv");
        List<String> keep = new ArrayList<>();
        for (String l : Files.readAllLines(data)) {
            if (!l.startsWith("Beijing,2000,")) {
                keep.add(l);
            }
        }
        Path late = Cli.testRoot().resolve("cips-unbalanced.csv");
        Files.write(late, keep);
        Cli.Run unbalanced = run(late, "variables=log(co2_total_mt)", "tests=cips", "lags=1").expectCode(2);
        assertTrue(unbalanced.err().contains("entity 'Beijing'") && unbalanced.err().contains("balanced"),
                unbalanced.describe());
        Cli.Run lags = run(data, "variables=log(co2_total_mt)", "tests=cips", "exo=trend", "cips_lags=8")
                .expectCode(2);
        assertTrue(lags.err().contains("cips_lags=8") && lags.err().contains("20 periods"), lags.describe());
    }

    private static void rel(double want, double got, double tol, String what) {
        double e = Math.abs(got - want) / Math.abs(want);
        assertTrue(e <= tol, what + ": expected " + want + " got " + got + " (rel " + e + ")");
    }
}
