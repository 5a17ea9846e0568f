package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Data preparation end to end, on the Grunfeld panel with a text column region (firms 1-5 east, 6-10 west):
 * conditions in formulas and study variables equal explicit dummy columns, {@code subset=} and
 * {@code period_range=} equal estimating on a file holding only the selected rows (coefficients and SEs to
 * 1e-12 relative), the selection is reported in data.sample, {@code data.fill} counts and lists filled cells
 * (hand counts, resources/fill), and a study chains fill → bound variable → subset analysis (with a variable
 * grouped by a derived variable defined below it: text uses count as dependencies).
 */
class DataPreparationCommandTest {
    private static Path dir;
    private static Path full;
    private static List<String[]> rows;

    @BeforeAll
    static void data() {
        dir = Cli.freshDir("data-preparation");
        rows = new ArrayList<>();
        StringBuilder sb = new StringBuilder("firm,year,inv,value,capital,region,post\n");
        for (String line : Cli.read(Cli.grunfeld()).lines().skip(1).toList()) {
            String[] c = line.split(",");
            int firm = Integer.parseInt(c[0]);
            int year = Integer.parseInt(c[1]);
            String[] r = {c[0], c[1], c[2], c[3], c[4], firm <= 5 ? "east" : "west", year >= 1945 ? "1" : "0"};
            rows.add(r);
            sb.append(String.join(",", r)).append('\n');
        }
        full = Cli.write(dir, "grunfeld_region.csv", sb.toString());
    }

    /** The rows of the data that satisfy {@code keep}, as a file. */
    private static Path only(String name, Predicate<String[]> keep) {
        StringBuilder sb = new StringBuilder("firm,year,inv,value,capital,region,post\n");
        rows.stream().filter(keep).forEach(r -> sb.append(String.join(",", r)).append('\n'));
        return Cli.write(dir, name, sb.toString());
    }

    private static Cli.Run estimate(String id, Path data, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", id, "--data", data.toString(), "--entity", "firm",
                "--time", "year"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    private static void sameCoefficients(JsonObject expected, JsonObject actual) {
        JsonArray e = expected.getAsJsonArray("coefficients");
        JsonArray a = actual.getAsJsonArray("coefficients");
        assertEquals(e.size(), a.size());
        for (int i = 0; i < e.size(); i++) {
            for (String k : List.of("estimate", "std_error", "p_value")) {
                double x = e.get(i).getAsJsonObject().get(k).getAsDouble();
                double y = a.get(i).getAsJsonObject().get(k).getAsDouble();
                assertTrue(Math.abs(x - y) <= 1e-12 * Math.abs(x), k + " " + i + ": " + x + " vs " + y);
            }
        }
    }

    @Test
    void conditionsInFormulasEqualExplicitDummies() {
        JsonObject explicit = estimate("panel.fe", full, "formula=inv ~ value + capital + post").ok().json();
        JsonObject condition = estimate("panel.fe", full, "formula=inv ~ value + capital + I(year >= 1945)").ok()
                .json();
        double b = GrunfeldEndToEndTest.coefficient(explicit, "post").get("estimate").getAsDouble();
        double c = GrunfeldEndToEndTest.coefficient(condition, "I(year>=1945)").get("estimate").getAsDouble();
        assertEquals(b, c, 1e-12 * Math.abs(b));
        JsonObject text = estimate("panel.ols", full, "formula=inv ~ value + I(region == \"east\")").ok().json();
        JsonObject dummy = estimate("panel.ols", full, "formula=inv ~ value + I(firm <= 5)").ok().json();
        assertEquals(GrunfeldEndToEndTest.coefficient(dummy, "I(firm<=5)").get("estimate").getAsDouble(),
                GrunfeldEndToEndTest.coefficient(text, "I(region==\"east\")").get("estimate").getAsDouble(), 1e-9);
        Cli.Run bad = estimate("panel.ols", full, "formula=inv ~ value + I(region < \"east\")").expectCode(2);
        assertTrue(bad.err().contains("strings are compared with == and != only, not '<' (position"), bad::describe);
    }

    @Test
    void subsetAndPeriodRangeEqualEstimatingOnTheSelectedRows() {
        Path east = only("east.csv", r -> r[5].equals("east"));
        sameCoefficients(estimate("panel.fe", east, "formula=inv ~ value + capital").ok().json(),
                estimate("panel.fe", full, "formula=inv ~ value + capital", "subset=region == \"east\"").ok().json());
        Path window = only("window.csv", r -> !List.of("2", "3").contains(r[0]) && Integer.parseInt(r[1]) >= 1940
                && Integer.parseInt(r[1]) <= 1950);
        JsonObject selected = estimate("panel.fe", full, "formula=inv ~ value + capital",
                "subset=!inlist(firm, 2, 3)", "period_range=1940:1950", "vcov=cluster").ok().json();
        sameCoefficients(estimate("panel.fe", window, "formula=inv ~ value + capital", "vcov=cluster").ok().json(),
                selected);
        JsonObject sample = selected.getAsJsonObject("data").getAsJsonObject("sample");
        assertEquals(200, sample.get("rows_data").getAsInt());
        assertEquals(88, sample.get("rows_selected").getAsInt());
        assertEquals(40, sample.get("dropped_by_subset").getAsInt());
        assertEquals(72, sample.get("dropped_outside_periods").getAsInt());
        assertEquals("!inlist(firm, 2, 3)", sample.get("subset").getAsString());
        assertEquals("1940:1950", selected.getAsJsonObject("parameters").get("period_range").getAsString());
        assertEquals(88, selected.getAsJsonObject("data").get("n_obs").getAsInt());
        // every estimator takes it: the descriptive table of the east
        JsonObject d = estimate("stats.describe", full, "variables=inv", "subset=region == 'east'").ok().json();
        assertEquals(100, StatsDescribeCommandTest.row(d, "describe", "inv").get(1).getAsInt());
        String md = Cli.run("estimate", "panel.ols", "--data", full.toString(), "--entity", "firm", "--time", "year",
                "--set", "formula=inv ~ value", "--set", "subset=region == \"east\"", "--format", "md").ok().out();
        assertTrue(md.contains("; sample: subset `region == \"east\"`, 100 of 200 rows"), md);
        Cli.Run listing = Cli.run("estimators", "--json").ok();
        for (JsonElement e : com.google.gson.JsonParser.parseString(listing.out()).getAsJsonArray()) {
            long common = 0;
            for (JsonElement p : e.getAsJsonObject().getAsJsonArray("parameters")) {
                String name = p.getAsJsonObject().get("name").getAsString();
                if ((name.equals("subset") || name.equals("period_range")) && p.getAsJsonObject().has("common")) {
                    common++;
                }
            }
            assertEquals(2, common, e.getAsJsonObject().get("id") + " lists subset and period_range");
        }
        JsonObject early = estimate("panel.ols", full, "formula=inv ~ value", "period_range=:1939").ok().json();
        assertEquals(50, early.getAsJsonObject("data").get("n_obs").getAsInt());
    }

    @Test
    void badSelectionsAreNamed() {
        Cli.Run syntax = estimate("panel.ols", full, "formula=inv ~ value", "subset=year >", "period_range=1950:1940",
                "vcv=cluster").expectCode(2);
        assertTrue(syntax.err().contains("unknown parameter 'vcv' (did you mean 'vcov'?)"), syntax::describe);
        assertTrue(syntax.err().contains("parameter 'subset'") && syntax.err().contains("position"), syntax::describe);
        assertTrue(syntax.err().contains("parameter 'period_range': 1950 comes after 1940"), syntax::describe);
        Cli.Run unknown = estimate("panel.ols", full, "formula=inv ~ value", "subset=regoin == \"east\"")
                .expectCode(2);
        assertTrue(unknown.err().contains("did you mean 'region'?"), unknown::describe);
        Cli.Run empty = estimate("panel.ols", full, "formula=inv ~ value", "period_range=2000:").expectCode(2);
        assertTrue(empty.err().contains("keeps no row"), empty::describe);
    }

    @Test
    void fillCountsAndListsEveryFilledCell() {
        JsonObject r = Cli.run("estimate", "data.fill", "--data", Cli.resource("fill/panel.csv").toString(),
                "--entity", "prov", "--time", "year", "--set", "variables=gdp", "--set", "extrapolate=linear").ok()
                .json();
        JsonArray summary = r.getAsJsonObject("tables").getAsJsonObject("summary").getAsJsonArray("rows").get(0)
                .getAsJsonArray();
        // gdp: 11 missing, 5 interpolated, 4 extrapolated, 2 left (the entity with one observation)
        assertEquals("[\"gdp\",11,5,0,4,0,2]", summary.toString());
        assertEquals(9, r.getAsJsonObject("tables").getAsJsonObject("cells").getAsJsonArray("rows").size());
        assertTrue(r.getAsJsonArray("warnings").toString().contains("gdp: 9 of 11 missing cells filled"));
    }

    @Test
    void studyChainsFillBindingConditionVariableAndSubset() {
        Path study = Cli.write(dir, "prep.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Data preparation">
                  <datasets name="g" source="holes.csv" entityColumn="firm" timeColumn="year"/>
                  <variables name="post" derivation="ifelse(year >= 1945, 1, 0)" dataset="g"/>
                  <variables name="era_mean" derivation="mean_by(value, era)" dataset="g"/>
                  <variables name="era" derivation="ifelse(year >= 1945, 2, 1)" dataset="g"/>
                  <analyses name="fill" estimatorId="data.fill" dataset="g">
                    <parameters name="variables" value="inv"/>
                    <outputs table="filled" column="inv" variable="inv_f"/>
                  </analyses>
                  <analyses name="fe" estimatorId="panel.fe" dataset="g">
                    <parameters name="formula" value="inv_f ~ value + post"/>
                    <parameters name="subset" value="firm != 1 &amp; value &gt; 0 &amp; era_mean &gt; 0"/>
                    <parameters name="period_range" value="1936:"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Cli.write(dir, "holes.csv", Cli.read(Cli.resource("describe/holes.csv")));
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("run", study.toString(), "--out", out.toString(), "--no-record").ok();
        JsonObject fill = Cli.parseObject(Cli.read(out.resolve("fill.json")));
        JsonArray summary = fill.getAsJsonObject("tables").getAsJsonObject("summary").getAsJsonArray("rows").get(0)
                .getAsJsonArray();
        assertEquals("inv", summary.get(0).getAsString());
        int filled = summary.get(2).getAsInt();
        assertTrue(filled > 0 && filled + summary.get(6).getAsInt() == summary.get(1).getAsInt(), summary::toString);
        JsonObject fe = Cli.parseObject(Cli.read(out.resolve("fe.json")));
        JsonObject sample = fe.getAsJsonObject("data").getAsJsonObject("sample");
        // counted in R: firm 1 where value is present (18), value missing (18: missing in, missing out, also for
        // firm 1), 1935 rows still kept (8)
        assertEquals(18, sample.get("dropped_by_subset").getAsInt());
        assertEquals(18, sample.get("dropped_missing_subset").getAsInt());
        assertEquals(8, sample.get("dropped_outside_periods").getAsInt());
        assertTrue(fe.getAsJsonArray("warnings").toString().contains("subset 'firm != 1 & value > 0 & era_mean > 0' is missing in 18"
                + " of 200 rows"), fe.getAsJsonArray("warnings")::toString);
        GrunfeldEndToEndTest.coefficient(fe, "post");
        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.contains("fill") && report.contains("Table: cells"), report);
        assertTrue(run.err().contains("inv: " + filled), run::describe);
        for (JsonElement e : fill.getAsJsonObject("tables").getAsJsonObject("cells").getAsJsonArray("rows")) {
            assertEquals("interpolated", e.getAsJsonArray().get(4).getAsString());
        }
    }
}
