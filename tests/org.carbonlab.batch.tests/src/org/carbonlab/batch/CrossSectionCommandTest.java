package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Cross-section data from the command line, as a new user runs it: one row per unit and no time column, with
 * {@code --time} omitted or {@code --time none}. References: resources/dea_sbm_undesirable (Hua and Bian 2007, SBM with
 * an undesirable output and its super-efficiency; R/GLPK/lpSolve/deaR, NOTES.md there: abs 1e-9) and
 * resources/entropy_ccd (synthetic indicators, entropy weights and coupling coordination; R, NOTES.md there: rel
 * 1e-12); plain OLS against Commons Math's least squares (rel 1e-9). Also the detection rule on panel files, which
 * must still find their year or time column.
 */
class CrossSectionCommandTest {
    private static final double DEA_TOL = 1e-9;
    private static final double INDEX_REL_TOL = 1e-12;
    private static final double OLS_REL_TOL = 1e-9;

    private static Path huabian;
    private static JsonObject huabianExpected;
    private static Path indicators;
    private static JsonObject indexExpected;

    @BeforeAll
    static void load() {
        huabian = Cli.resource("dea_sbm_undesirable/huabian2007_medium.csv");
        huabianExpected = Cli.parseObject(Cli.resourceText("dea_sbm_undesirable/expected.json"))
                .getAsJsonObject("medium_huabian2007");
        indicators = Cli.resource("entropy_ccd/indicators.csv");
        indexExpected = Cli.parseObject(Cli.resourceText("entropy_ccd/expected.json"));
    }

    // ------------------------------------------------------------------ DEA

    private static List<String> dea(String time, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", "efficiency.dea", "--data", huabian.toString(), "--set",
                "inputs=x1,x2", "--set", "outputs=yg1,yg2", "--set", "undesirable=yb1", "--set", "model=sbm"));
        if (time != null) {
            args.addAll(List.of("--time", time));
        }
        for (String s : sets) {
            args.addAll(List.of("--set", s));
        }
        return args;
    }

    @ParameterizedTest(name = "--time {0}")
    @ValueSource(strings = {"(omitted)", "none"})
    void huaBianSuperSbmWithUndesirableOutputMatchesTheReference(String time) {
        boolean omitted = time.equals("(omitted)");
        Cli.Run run = Cli.run(dea(omitted ? null : time, "super=true").toArray(String[]::new)).ok();
        JsonObject r = run.json();

        // which columns were taken, on standard error
        assertEquals(1, run.dataNotes().size(), run::describe);
        String note = run.dataNotes().get(0);
        assertTrue(note.startsWith("carbonlab: data " + huabian + ": entity column 'dmu', no time column (cross-section"),
                run::describe);
        assertTrue(note.contains(omitted ? "column 'x1' is not named like a period and every entity has one row"
                : "as declared by time none"), note);

        JsonObject data = r.getAsJsonObject("data");
        assertTrue(data.get("cross_section").getAsBoolean(), data::toString);
        assertEquals(30, data.get("n_obs").getAsInt());
        assertEquals(30, data.get("n_entities").getAsInt());
        assertFalse(data.has("n_periods"), data::toString);
        assertFalse(r.getAsJsonObject("tables").has("period_means"), "no periods, no period means");

        JsonObject scores = r.getAsJsonObject("tables").getAsJsonObject("scores");
        List<String> columns = strings(scores.getAsJsonArray("columns"));
        assertEquals(List.of("entity", "score", "efficient", "super_score", "combined", "slack_x1", "slack_x2",
                "slack_yg1", "slack_yg2", "slack_yb1", "peers", "status"), columns);
        Map<String, JsonArray> rows = rowsByEntity(scores);
        JsonObject crs = huabianExpected.getAsJsonObject("SBM_undesirable_CRS");
        List<String> ids = strings(huabianExpected.getAsJsonArray("dmu"));
        double[] rho = doubles(crs.getAsJsonArray("rho"));
        double[] combined = doubles(crs.getAsJsonArray("combined_score"));
        double[] delta = doubles(crs.getAsJsonArray("super_delta_all_dmus"));
        assertEquals(ids.size(), rows.size());
        int efficient = 0;
        for (int i = 0; i < ids.size(); i++) {
            JsonArray row = rows.get(ids.get(i));
            String who = ids.get(i);
            assertEquals(rho[i], row.get(columns.indexOf("score")).getAsDouble(), DEA_TOL, who + " rho");
            assertEquals(combined[i], row.get(columns.indexOf("combined")).getAsDouble(), DEA_TOL, who + " combined");
            if (row.get(columns.indexOf("efficient")).getAsBoolean()) {
                efficient++;
                assertEquals(delta[i], row.get(columns.indexOf("super_score")).getAsDouble(), DEA_TOL, who + " delta");
            }
            assertEquals("optimal", row.get(columns.indexOf("status")).getAsString(), who);
            String peers = row.get(columns.indexOf("peers")).getAsString();
            assertFalse(peers.contains("@"), "peers of a cross-section name entities only: " + peers);
        }
        assertTrue(efficient > 0 && efficient < ids.size(), "some DMUs are efficient, some not: " + efficient);
    }

    @Test
    void huaBianVrsScoresMatchTheReference() {
        JsonObject r = Cli.run(dea(null, "rts=vrs").toArray(String[]::new)).ok().json();
        JsonObject scores = r.getAsJsonObject("tables").getAsJsonObject("scores");
        int score = strings(scores.getAsJsonArray("columns")).indexOf("score");
        Map<String, JsonArray> rows = rowsByEntity(scores);
        List<String> ids = strings(huabianExpected.getAsJsonArray("dmu"));
        double[] rho = doubles(huabianExpected.getAsJsonObject("SBM_undesirable_VRS").getAsJsonArray("rho"));
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(rho[i], rows.get(ids.get(i)).get(score).getAsDouble(), DEA_TOL, ids.get(i));
        }
    }

    @Test
    void csvAndMarkdownOutputsOfACrossSectionHaveNoTimeColumn() {
        List<String> csv = dea(null);
        csv.addAll(List.of("--format", "csv"));
        String text = Cli.run(csv.toArray(String[]::new)).ok().out();
        String header = text.lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertTrue(header.startsWith("entity,score,efficient,"), text);
        List<String> md = dea(null);
        md.addAll(List.of("--format", "md"));
        String markdown = Cli.run(md.toArray(String[]::new)).ok().out();
        assertTrue(markdown.contains("(30 observations, 30 entities, cross-section)"), markdown);
        assertFalse(markdown.contains("| time"), markdown);
    }

    @Test
    void framesOfCrossSectionsThatNeedPeriodsAreInputErrors() {
        Cli.Run window = Cli.run(dea(null, "frontier=window").toArray(String[]::new)).expectCode(CommandLine.BAD_INPUT);
        assertTrue(window.err().contains("frontier=window needs periods") && window.err().contains("cross-section"),
                window::describe);
        Cli.Run malmquist = Cli.run("estimate", "efficiency.malmquist", "--data", huabian.toString(), "--set",
                "inputs=x1,x2", "--set", "outputs=yg1,yg2").expectCode(CommandLine.BAD_INPUT);
        assertEquals(1, malmquist.errLines().size(), malmquist::describe);
        assertTrue(malmquist.err().contains("efficiency.malmquist compares periods")
                && malmquist.err().contains("cross-section") && malmquist.err().contains("--time COL"),
                malmquist::describe);
    }

    // ------------------------------------------------------------------ composite indices

    @Test
    void indicatorFileEntropyIndexWithoutTimeMatchesTheReference() {
        JsonObject u1 = indexExpected.getAsJsonObject("subsystems").getAsJsonObject("U1_economy");
        List<String> inds = strings(u1.getAsJsonArray("indicators"));
        Cli.Run run = Cli.run("estimate", "index.entropy", "--data", indicators.toString(), "--set",
                "indicators=" + String.join(",", inds), "--set", "negative=econ_unemployment").ok();
        assertTrue(run.dataNotes().get(0).contains("entity column 'region', no time column (cross-section: column "
                + "'econ_gdp_pc' is not named like a period"), run::describe);
        JsonObject r = run.json();
        assertTrue(r.getAsJsonObject("data").get("cross_section").getAsBoolean());
        JsonObject scores = r.getAsJsonObject("tables").getAsJsonObject("scores");
        assertEquals(List.of("entity", "score"), strings(scores.getAsJsonArray("columns")));
        Map<String, JsonArray> rows = rowsByEntity(scores);
        List<String> regions = strings(indexExpected.getAsJsonArray("regions"));
        double[] u = doubles(u1.getAsJsonObject("variant_A_no_shift").getAsJsonArray("score"));
        for (int i = 0; i < regions.size(); i++) {
            assertRelative(u[i], rows.get(regions.get(i)).get(1).getAsDouble(), regions.get(i) + " U1");
        }
        JsonObject weights = r.getAsJsonObject("tables").getAsJsonObject("weights");
        List<String> wc = strings(weights.getAsJsonArray("columns"));
        JsonObject expectedWeights = u1.getAsJsonObject("variant_A_no_shift").getAsJsonObject("weights");
        for (JsonElement e : weights.getAsJsonArray("rows")) {
            JsonArray row = e.getAsJsonArray();
            String ind = row.get(wc.indexOf("indicator")).getAsString();
            assertRelative(expectedWeights.get(ind).getAsDouble(), row.get(wc.indexOf("weight")).getAsDouble(), ind);
        }
    }

    @Test
    void indicatorFileCouplingCoordinationWithoutTimeMatchesTheReference() {
        JsonObject subsystems = indexExpected.getAsJsonObject("subsystems");
        List<String> args = new ArrayList<>(List.of("estimate", "index.ccd", "--data", indicators.toString(), "--set",
                "negative=econ_unemployment,env_so2_per_gdp,env_pm25"));
        for (String s : List.of("U1_economy", "U2_environment")) {
            args.addAll(List.of("--set", "subsystem." + s + "="
                    + String.join(",", strings(subsystems.getAsJsonObject(s).getAsJsonArray("indicators")))));
        }
        JsonObject r = Cli.run(args.toArray(String[]::new)).ok().json();
        JsonObject ccd = r.getAsJsonObject("tables").getAsJsonObject("ccd");
        List<String> columns = strings(ccd.getAsJsonArray("columns"));
        assertEquals("entity", columns.get(0));
        assertFalse(columns.contains("time"), columns::toString);
        assertFalse(r.getAsJsonObject("tables").has("ccd_by_period"), "no periods, no period means");
        Map<String, JsonArray> rows = rowsByEntity(ccd);
        List<String> regions = strings(indexExpected.getAsJsonArray("regions"));
        JsonObject exp = indexExpected.getAsJsonObject("ccd_two_subsystems_variant_A");
        for (String key : List.of("C", "T", "D")) {
            double[] v = doubles(exp.getAsJsonArray(key));
            for (int i = 0; i < regions.size(); i++) {
                assertRelative(v[i], rows.get(regions.get(i)).get(columns.indexOf(key)).getAsDouble(),
                        regions.get(i) + " " + key);
            }
        }
    }

    // ------------------------------------------------------------------ emissions

    @Test
    void emissionsOfACrossSectionAreRebuiltByHandAndPerPeriodToolsSayTheyNeedPeriods() {
        Path file = Cli.write(Cli.freshDir("xsection-ipcc"), "fuels.csv",
                "province,coal_10kt,gas_100m_m3,investment\nA,100,2,5\nB,0,1,6\n");
        Cli.Run run = Cli.run("estimate", "emissions.ipcc", "--data", file.toString(), "--set",
                "fuel.coal=coal_10kt:10kt", "--set", "fuel.natural_gas=gas_100m_m3").ok();
        JsonObject emissions = run.json().getAsJsonObject("tables").getAsJsonObject("emissions");
        List<String> columns = strings(emissions.getAsJsonArray("columns"));
        assertEquals(List.of("entity", "co2_coal", "co2_natural_gas", "co2_total", "energy_tce"), columns);
        JsonArray a = rowsByEntity(emissions).get("A");
        // 100 x 10^4 t x 25.8 GJ/t x 25.8 kg C/GJ x 44/12 = 2,440,680 t (IPCC 2006 other bituminous coal);
        // 2 x 10^5 thousand m3 x 38.931 GJ x 15.3 kg C/GJ x 44/12 = 436,805.82 t; 980,300 tce (GB/T 2589)
        assertRelative(2_440_680.0, a.get(1).getAsDouble(), 1e-12, "co2_coal");
        assertRelative(436_805.82, a.get(2).getAsDouble(), 1e-12, "co2_natural_gas");
        assertRelative(2_440_680.0 + 436_805.82, a.get(3).getAsDouble(), 1e-12, "co2_total");
        assertRelative(980_300.0, a.get(4).getAsDouble(), 1e-12, "energy_tce");

        Cli.Run pim = Cli.run("estimate", "capital.pim", "--data", file.toString(), "--set", "investment=investment",
                "--set", "depreciation=0.096").expectCode(CommandLine.BAD_INPUT);
        assertEquals(1, pim.errLines().size(), pim::describe);
        assertTrue(pim.err().contains("capital.pim accumulates investment over periods")
                && pim.err().contains("cross-section"), pim::describe);
        Cli.Run byPeriod = Cli.run("estimate", "index.entropy", "--data", file.toString(), "--set",
                "indicators=coal_10kt,gas_100m_m3", "--set", "by_period=true").expectCode(CommandLine.BAD_INPUT);
        assertTrue(byPeriod.err().contains("by_period=true") && byPeriod.err().contains("cross-section"),
                byPeriod::describe);
    }

    // ------------------------------------------------------------------ regressions

    /** The Grunfeld firms in 1954 without the year column: a cross-section of ten firms. */
    private static Path grunfeld1954(String name) {
        StringBuilder sb = new StringBuilder("firm,inv,value,capital\n");
        for (String l : Cli.read(Cli.grunfeld()).lines().toList()) {
            String[] c = l.split(",");
            if (c[1].equals("1954")) {
                sb.append(c[0]).append(',').append(c[2]).append(',').append(c[3]).append(',').append(c[4]).append('\n');
            }
        }
        return Cli.write(Cli.freshDir(name), "grunfeld1954.csv", sb.toString());
    }

    @Test
    void pooledOlsOnACrossSectionIsPlainOls() {
        Path file = grunfeld1954("xsection-ols");
        Cli.Run run = Cli.run("estimate", "panel.ols", "--data", file.toString(), "--set",
                "formula=inv ~ value + capital").ok();
        assertTrue(run.dataNotes().get(0).contains("entity column 'firm', no time column (cross-section"),
                run::describe);
        JsonObject r = run.json();
        assertTrue(r.getAsJsonObject("data").get("cross_section").getAsBoolean());
        assertFalse(r.getAsJsonObject("statistics").has("n_periods"), "a cross-section has no periods");

        List<String> lines = Cli.read(file).lines().skip(1).toList();
        double[] y = new double[lines.size()];
        double[][] x = new double[lines.size()][2];
        for (int i = 0; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            y[i] = Double.parseDouble(c[1]);
            x[i][0] = Double.parseDouble(c[2]);
            x[i][1] = Double.parseDouble(c[3]);
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] b = ols.estimateRegressionParameters();
        double[] se = ols.estimateRegressionParametersStandardErrors();
        String[] terms = {"(Intercept)", "value", "capital"};
        for (int k = 0; k < 3; k++) {
            JsonObject c = GrunfeldEndToEndTest.coefficient(r, terms[k]);
            assertRelative(b[k], c.get("estimate").getAsDouble(), OLS_REL_TOL, terms[k]);
            assertRelative(se[k], c.get("std_error").getAsDouble(), OLS_REL_TOL, terms[k] + " se");
        }
        assertRelative(ols.calculateRSquared(), r.getAsJsonObject("statistics").get("r2").getAsDouble(), OLS_REL_TOL,
                "r2");
    }

    @Test
    void effectsModelsAndLagsOnACrossSectionAreInputErrors() {
        Path file = grunfeld1954("xsection-fe");
        for (String id : List.of("panel.fe", "panel.re", "panel.hausman")) {
            Cli.Run run = Cli.run("estimate", id, "--data", file.toString(), "--set", "formula=inv ~ value + capital")
                    .expectCode(CommandLine.BAD_INPUT);
            assertEquals(1, run.errLines().size(), run::describe);
            assertTrue(run.err().contains(id + " needs a panel") && run.err().contains("panel.ols"), run::describe);
        }
        Cli.Run lag = Cli.run("estimate", "panel.ols", "--data", file.toString(), "--set",
                "formula=inv ~ lag(value) + capital").expectCode(CommandLine.BAD_INPUT);
        assertTrue(lag.err().contains("lag()") && lag.err().contains("cross-section"), lag::describe);
    }

    // ------------------------------------------------------------------ detection on panels

    @Test
    void panelFilesStillFindTheirTimeColumn() {
        Path grunfeld = Cli.grunfeld();
        Cli.Run named = Cli.run("estimate", "panel.fe", "--data", grunfeld.toString(), "--set",
                "formula=inv ~ value + capital").ok();
        assertEquals(List.of("carbonlab: data " + grunfeld + ": entity column 'firm', time column 'year' (its name "
                + "looks like a period; --time none declares a cross-section)"), named.dataNotes(), named::describe);
        assertEquals(20, named.json().getAsJsonObject("data").get("n_periods").getAsInt());

        // an unusual name: whole numbers and firms on several rows make it the time column
        String renamed = Cli.read(grunfeld).replaceFirst("firm,year,", "firm,k,");
        Path file = Cli.write(Cli.freshDir("xsection-detect"), "grunfeld-k.csv", renamed);
        Cli.Run values = Cli.run("estimate", "panel.fe", "--data", file.toString(), "--set",
                "formula=inv ~ value + capital").ok();
        assertTrue(values.dataNotes().get(0).endsWith("entity column 'firm', time column 'k' (whole numbers, and "
                + "entities have several rows; --time none declares a cross-section)"), values::describe);
        JsonObject r = values.json();
        assertEquals(20, r.getAsJsonObject("data").get("n_periods").getAsInt());
        assertEquals(0.11012380412071845, GrunfeldEndToEndTest.coefficient(r, "value").get("estimate").getAsDouble(),
                1e-9 * 0.11);

        // given columns are reported too
        Cli.Run given = Cli.run("estimate", "panel.ols", "--data", grunfeld.toString(), "--entity", "firm", "--time",
                "year", "--set", "formula=inv ~ value + capital").ok();
        assertTrue(given.dataNotes().get(0).endsWith("entity column 'firm', time column 'year' (as given)"),
                given::describe);
    }

    @Test
    void aRepeatedEntityWithoutATimeColumnIsAnErrorSuggestingTime() {
        StringBuilder sb = new StringBuilder();
        for (String l : Cli.read(Cli.grunfeld()).lines().toList()) {
            String[] c = l.split(",");
            sb.append(c[0]).append(',').append(c[2]).append(',').append(c[3]).append(',').append(c[4]).append(',')
                    .append(c[1]).append('\n');
        }
        Path file = Cli.write(Cli.freshDir("xsection-repeated"), "grunfeld-year-last.csv", sb.toString());
        Cli.Run run = Cli.run("estimate", "panel.ols", "--data", file.toString(), "--set",
                "formula=inv ~ value + capital").expectCode(CommandLine.BAD_INPUT);
        assertEquals(1, run.errLines().size(), run::describe);
        String m = run.errLines().get(0);
        assertTrue(m.startsWith("carbonlab: error: no time column found in " + file), m);
        assertTrue(m.contains("entity column 'firm' repeats: firm 1 is on lines 2, 3, 4, 5, 6 and 15 more"), m);
        assertTrue(m.contains("--time COL") && m.contains("column 'year' looks like a period"), m);
        // naming it works
        Cli.run("estimate", "panel.ols", "--data", file.toString(), "--time", "year", "--set",
                "formula=inv ~ value + capital").ok();
    }

    // ------------------------------------------------------------------ studies

    @Test
    void studyDatasetWithTimeColumnNoneIsACrossSection() {
        Path dir = Cli.freshDir("study-xsection");
        Cli.write(dir, "data/huabian.csv", Cli.read(huabian));
        Path study = Cli.write(dir, "dea.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Hua-Bian DEA">
                  <datasets name="hb" source="data/huabian.csv" entityColumn="dmu" timeColumn="none"/>
                  <variables name="eff" dataset="hb" producedBy="sbm"/>
                  <analyses name="sbm" estimatorId="efficiency.dea" dataset="hb">
                    <parameters name="inputs" value="x1,x2"/>
                    <parameters name="outputs" value="yg1,yg2"/>
                    <parameters name="undesirable" value="yb1"/>
                    <outputs table="scores" column="score" variable="eff"/>
                  </analyses>
                  <analyses name="ols" estimatorId="panel.ols" dataset="hb">
                    <parameters name="formula" value="eff ~ x1"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("run", study.toString(), "--out", out.toString()).ok();
        assertEquals(List.of("carbonlab: dataset 'hb': data " + dir.toAbsolutePath().resolve("data/huabian.csv")
                + ": entity column 'dmu', no time column (cross-section, as declared by time none)"), run.dataNotes(),
                run::describe);

        JsonObject sbm = Cli.parseObject(Cli.read(out.resolve("sbm.json")));
        assertTrue(sbm.getAsJsonObject("data").get("cross_section").getAsBoolean());
        // the scores are bound back by entity: OLS of eff on x1 equals OLS of the reference rho on x1
        List<String> ids = strings(huabianExpected.getAsJsonArray("dmu"));
        double[] rho = doubles(huabianExpected.getAsJsonObject("SBM_undesirable_CRS").getAsJsonArray("rho"));
        Map<String, Double> x1 = new HashMap<>();
        for (String l : Cli.read(huabian).lines().skip(1).toList()) {
            String[] c = l.replace("\"", "").split(",");
            x1.put(c[0], Double.parseDouble(c[1]));
        }
        double[][] x = new double[ids.size()][1];
        for (int i = 0; i < ids.size(); i++) {
            x[i][0] = x1.get(ids.get(i));
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(rho, x);
        double[] b = ols.estimateRegressionParameters();
        JsonObject fit = Cli.parseObject(Cli.read(out.resolve("ols.json")));
        assertEquals(30, fit.getAsJsonObject("data").get("n_obs").getAsInt());
        // rho is known to abs 1e-9, so the slope (x1 in the hundreds) to about 1e-9 relative of its scale
        assertEquals(b[1], GrunfeldEndToEndTest.coefficient(fit, "x1").get("estimate").getAsDouble(), 1e-9 * Math.abs(b[1]) + 1e-11);
        assertEquals(b[0], GrunfeldEndToEndTest.coefficient(fit, "(Intercept)").get("estimate").getAsDouble(), 1e-8);

        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.contains("30 rows, 30 entities, cross-section"), report);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertRelative(double expected, double actual, String what) {
        assertRelative(expected, actual, INDEX_REL_TOL, what);
    }

    private static void assertRelative(double expected, double actual, double rel, String what) {
        double tol = expected == 0 ? 1e-15 : rel * Math.abs(expected);
        assertEquals(expected, actual, tol, what);
    }

    private static Map<String, JsonArray> rowsByEntity(JsonObject table) {
        int e = strings(table.getAsJsonArray("columns")).indexOf("entity");
        Map<String, JsonArray> out = new HashMap<>();
        for (JsonElement row : table.getAsJsonArray("rows")) {
            out.put(row.getAsJsonArray().get(e).getAsString(), row.getAsJsonArray());
        }
        return out;
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    private static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }
}
