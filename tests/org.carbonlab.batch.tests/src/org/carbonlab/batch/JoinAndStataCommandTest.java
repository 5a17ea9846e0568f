package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Joins and Stata data end to end. The Grunfeld panel is split into firm-year (inv, value), firm-year
 * (capital), firm-level (region) and year-level (post) files; joined back by entity+time, a named column and
 * the time column, panel.fe must equal the estimate on one file holding all columns (coefficients and SEs to
 * 1e-12 relative). Unmatched keys are an error naming the key and the row count, or missing values with
 * :unmatched=missing (20 rows fewer in the sample). grunfeld.dta (R's foreign::write.dta, format 114, firm a
 * labelled factor) gives the same estimate as the CSV.
 */
class JoinAndStataCommandTest {
    private static Path dir;
    private static Path full;
    private static Path main;

    @BeforeAll
    static void data() {
        dir = Cli.freshDir("join-stata");
        StringBuilder all = new StringBuilder("firm,year,inv,value,capital,region,post\n");
        StringBuilder m = new StringBuilder("firm,year,inv,value\n");
        StringBuilder cap = new StringBuilder("firm,year,capital\n");
        StringBuilder reg = new StringBuilder("id,region\n");
        StringBuilder post = new StringBuilder("year,post\n");
        for (String line : Cli.read(Cli.grunfeld()).lines().skip(1).toList()) {
            String[] c = line.split(",");
            int firm = Integer.parseInt(c[0]);
            int year = Integer.parseInt(c[1]);
            String region = firm <= 5 ? "east" : "west";
            String p = year >= 1945 ? "1" : "0";
            all.append(String.join(",", c[0], c[1], c[2], c[3], c[4], region, p)).append('\n');
            m.append(String.join(",", c[0], c[1], c[2], c[3])).append('\n');
            // the capital file lists rows in another order: the join goes by key, not position
            cap.insert(cap.indexOf("\n") + 1, String.join(",", c[0], c[1] + ".0", c[4]) + "\n");
            if (year == 1935 && firm != 10) {
                reg.append(firm).append(',').append(region).append('\n');
            }
            if (firm == 1) {
                post.append(year).append(',').append(p).append('\n');
            }
        }
        full = Cli.write(dir, "full.csv", all.toString());
        main = Cli.write(dir, "main.csv", m.toString());
        Cli.write(dir, "capital.csv", cap.toString());
        Cli.write(dir, "region9.csv", reg.toString());
        Cli.write(dir, "region.csv", reg + "10,west\n");
        Cli.write(dir, "post.csv", post.toString());
    }

    private static Cli.Run fe(Path data, List<String> joins, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", "panel.fe", "--data", data.toString(), "--entity",
                "firm", "--time", "year"));
        for (String j : joins) {
            args.add("--join");
            args.add(j);
        }
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    static void sameCoefficients(JsonObject expected, JsonObject actual) {
        JsonArray e = expected.getAsJsonArray("coefficients");
        JsonArray a = actual.getAsJsonArray("coefficients");
        assertEquals(e.size(), a.size());
        for (int i = 0; i < e.size(); i++) {
            for (String k : List.of("estimate", "std_error")) {
                double x = e.get(i).getAsJsonObject().get(k).getAsDouble();
                double y = a.get(i).getAsJsonObject().get(k).getAsDouble();
                assertTrue(Math.abs(x - y) <= 1e-12 * Math.abs(x), k + " " + i + ": " + x + " vs " + y);
            }
        }
    }

    @Test
    void joinedColumnsEqualOneFileHoldingThem() {
        String formula = "formula=inv ~ value + capital + post";
        JsonObject expected = fe(full, List.of(), formula, "subset=region == \"east\"").ok().json();
        Cli.Run joined = fe(main, List.of(dir.resolve("capital.csv") + ":entity,time",
                dir.resolve("region.csv") + ":firm=id", dir.resolve("post.csv") + ":year"), formula,
                "subset=region == \"east\"").ok();
        sameCoefficients(expected, joined.json());
        assertTrue(joined.err().contains("joined 1 column (capital) from " + dir.resolve("capital.csv")
                + " by firm, year: 200 of 200 rows matched"), joined.err());
        assertTrue(joined.err().contains("joined 1 column (region) from " + dir.resolve("region.csv")
                + " by firm=id: 200 of 200 rows matched"), joined.err());
        assertTrue(joined.errLines().stream().noneMatch(l -> l.contains("warning")), joined.err());
    }

    @Test
    void unmatchedKeysAreAnErrorOrMissingOnRequest() {
        Cli.Run bad = fe(main, List.of(dir.resolve("region9.csv") + ":firm=id"), "formula=inv ~ value")
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(bad.err().contains("20 rows of " + main + " (1 key) have no match in " + dir.resolve("region9.csv")
                + " by firm=id: '10' (20 rows)") && bad.err().contains(":unmatched=missing"), bad.err());
        Cli.Run kept = fe(main, List.of(dir.resolve("region9.csv") + ":firm=id:unmatched=missing"),
                "formula=inv ~ value", "subset=region != \"none\"").ok();
        assertTrue(kept.err().contains("warning: join ") && kept.err().contains("their joined columns are missing"),
                kept.err());
        JsonObject sample = kept.json().getAsJsonObject("data").getAsJsonObject("sample");
        assertEquals(20, sample.get("dropped_missing_subset").getAsInt(), sample::toString);
    }

    @Test
    void stataFileGivesTheCsvEstimate() {
        String formula = "formula=inv ~ value + capital";
        JsonObject csv = fe(Cli.grunfeld(), List.of(), formula).ok().json();
        Cli.Run dta = fe(Cli.resource("dta/grunfeld.dta"), List.of(), formula).ok();
        sameCoefficients(csv, dta.json());
        assertEquals(csv.getAsJsonObject("data").get("n_obs").toString(),
                dta.json().getAsJsonObject("data").get("n_obs").toString());
    }

    @Test
    void studyJoinsOntoAStataDataset() {
        Path study = Cli.write(dir, "join.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Joins">
                  <datasets name="g" source="%s" entityColumn="firm" timeColumn="year">
                    <joins>post.csv:time</joins>
                  </datasets>
                  <analyses name="fe" estimatorId="panel.fe" dataset="g">
                    <parameters name="formula" value="inv ~ value + capital + post"/>
                  </analyses>
                </carbonlab:Study>
                """.formatted(Cli.resource("dta/grunfeld.dta").toAbsolutePath()));
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("run", study.toString(), "--out", out.toString(), "--no-record").ok();
        assertTrue(run.err().contains("dataset 'g': joined 1 column (post) from ")
                && run.err().contains("by year: 200 of 200 rows matched"), run.err());
        JsonObject fe = Cli.parseObject(Cli.read(out.resolve("fe.json")));
        JsonObject expected = fe(full, List.of(), "formula=inv ~ value + capital + post").ok().json();
        sameCoefficients(expected, fe);
    }

    @Test
    void directEmissionFactorsFromTheCommandLineAndAStudy() {
        Path file = Cli.write(dir, "fuels.csv", "city,gas_100m_m3,lpg_10kt\nA,2,10\nB,0.5,3\n");
        Cli.Run run = Cli.run("estimate", "emissions.ipcc", "--data", file.toString(), "--set",
                "fuel.natural_gas=gas_100m_m3", "--set", "co2_factor.natural_gas=2.162 kg/m3", "--set",
                "fuel.lpg=lpg_10kt:10kt", "--set", "co2_factor.lpg=3.101 kg/kg").ok();
        JsonObject emissions = run.json().getAsJsonObject("tables").getAsJsonObject("emissions");
        JsonArray a = emissions.getAsJsonArray("rows").get(0).getAsJsonArray();
        // 2 x 10^8 m3 x 2.162 kg/m3 = 432,400 t; 10^8 kg LPG x 3.101 = 310,100 t
        assertEquals(List.of("entity", "co2_natural_gas", "co2_lpg", "co2_total", "energy_tce").toString(),
                emissions.getAsJsonArray("columns").toString().replace("\"", "").replace(",", ", "));
        assertEquals(432_400.0, a.get(1).getAsDouble(), 432_400.0 * 1e-12);
        assertEquals(310_100.0, a.get(2).getAsDouble(), 310_100.0 * 1e-12);
        Path study = Cli.write(dir, "factors.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Direct factors">
                  <datasets name="c" source="fuels.csv" entityColumn="city" timeColumn="none"/>
                  <analyses name="co2" estimatorId="emissions.ipcc" dataset="c">
                    <parameters name="fuel.natural_gas" value="gas_100m_m3"/>
                    <parameters name="co2_factor.natural_gas" value="21.62 t/10k m3"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out-factors");
        Cli.run("run", study.toString(), "--out", out.toString(), "--no-record").ok();
        JsonObject co2 = Cli.parseObject(Cli.read(out.resolve("co2.json")));
        JsonArray b = co2.getAsJsonObject("tables").getAsJsonObject("emissions").getAsJsonArray("rows").get(1)
                .getAsJsonArray();
        assertEquals(108_100.0, b.get(1).getAsDouble(), 108_100.0 * 1e-12);
    }
}
