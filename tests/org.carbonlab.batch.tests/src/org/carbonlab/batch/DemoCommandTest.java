package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carbonlab.model.ResultStatus;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** {@code carbonlab demo --out DIR}: the embedded example study runs end to end. */
class DemoCommandTest {

    @Test
    void demoWritesTheReportAndThreeResults() {
        Path out = Cli.freshDir("demo");
        Cli.Run run = Cli.run("demo", "--out", out.toString()).ok();

        for (String name : List.of("report.md", "hausman.json", "hausman_robust.json", "pooled_ols.json",
                "fe_province.json", "fe_twoways.json", "mediation_rd.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), () -> name + " missing; folder holds " + Cli.list(out)
                    + "\n" + run.describe());
        }
        assertTrue(Files.isRegularFile(out.resolve("study").resolve("china-provinces.carbonlab")),
                "the example study is extracted beside the results");
        assertTrue(run.out().contains("report.md"), run::describe);

        String[] expectedEffect = {"none", "individual", "twoways"};
        String[] expectedId = {"panel.ols", "panel.fe", "panel.fe"};
        String[] names = {"pooled_ols", "fe_province", "fe_twoways"};
        for (int i = 0; i < names.length; i++) {
            JsonObject r = Cli.parseObject(Cli.read(out.resolve(names[i] + ".json")));
            assertEquals("carbonlab.result/1", r.get("schema").getAsString(), names[i]);
            assertEquals(expectedId[i], r.getAsJsonObject("estimator").get("id").getAsString(), names[i]);
            assertEquals(expectedEffect[i], r.getAsJsonObject("statistics").get("effect").getAsString(), names[i]);
            assertEquals("ln_ci", r.getAsJsonObject("statistics").get("dependent").getAsString(), names[i]);
            JsonObject lnGdppc = GrunfeldEndToEndTest.coefficient(r, "ln_gdppc");
            for (String m : List.of("estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high")) {
                JsonElement e = lnGdppc.get(m);
                assertTrue(e != null && !e.isJsonNull() && Double.isFinite(e.getAsDouble()), names[i] + " ln_gdppc " + m);
            }
            JsonObject data = r.getAsJsonObject("data");
            assertEquals(30, data.get("n_entities").getAsInt(), names[i] + ": 30 provinces");
            assertEquals("cluster", r.getAsJsonObject("parameters").get("vcov").getAsString(), names[i]);
        }

        JsonObject hausman = Cli.parseObject(Cli.read(out.resolve("hausman.json")));
        assertEquals("hausman", hausman.getAsJsonArray("tests").get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(2, hausman.getAsJsonArray("models").size(), "FE and RE are both shown");
        JsonObject mediation = Cli.parseObject(Cli.read(out.resolve("mediation_rd.json")));
        JsonObject ms = mediation.getAsJsonObject("statistics");
        // The identity of the mediation decomposition holds on the common sample of the three FE equations.
        assertEquals(ms.get("c").getAsDouble() - ms.get("c_prime").getAsDouble(), ms.get("indirect").getAsDouble(), 1e-12);
        assertEquals(3, mediation.getAsJsonArray("models").size());
        assertTrue(mediation.getAsJsonObject("tables").has("bootstrap"));

        JsonObject ekc = Cli.parseObject(Cli.read(out.resolve("ekc_regions.json")));
        assertTrue(ekc.getAsJsonObject("tables").has("turning_points"), "the EKC reports its turning point");
        assertEquals(3, ekc.getAsJsonArray("models").size(), "one model per region");
        java.util.Set<String> tests = new java.util.HashSet<>();
        ekc.getAsJsonArray("tests").forEach(t -> tests.add(t.getAsJsonObject().get("name").getAsString()));
        assertTrue(tests.contains("lind_mehlum") && tests.contains("equal_across_groups"), tests.toString());
        JsonObject stepwise = Cli.parseObject(Cli.read(out.resolve("stepwise_fe.json")));
        assertEquals(4, stepwise.getAsJsonArray("models").size(), "base model plus three controls");

        JsonObject emissions = Cli.parseObject(Cli.read(out.resolve("emissions_ipcc.json")));
        assertTrue(emissions.getAsJsonObject("tables").has("emissions") && emissions.getAsJsonObject("tables").has("factors"));
        JsonObject ccd = Cli.parseObject(Cli.read(out.resolve("ccd_economy_innovation.json")));
        assertTrue(ccd.getAsJsonObject("tables").has("ccd"));
        JsonObject capital = Cli.parseObject(Cli.read(out.resolve("capital_stock.json")));
        assertTrue(capital.getAsJsonObject("tables").has("capital"));
        // The IPCC estimate tracks CEADs: the slope of the comparison regression is near 1.
        double slope = GrunfeldEndToEndTest.coefficient(Cli.parseObject(Cli.read(out.resolve("ipcc_vs_ceads.json"))),
                "co2_ceads_energy_mt").get("estimate").getAsDouble();
        assertTrue(slope > 0.8 && slope < 1.3, "IPCC vs CEADs slope " + slope);

        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.startsWith("# "), report);
        assertTrue(report.contains("Regression models of the study"), report);
        assertTrue(report.contains("ln_gdppc") && report.contains("| Entity FE") && report.contains("| Time FE"), report);
        for (String n : names) {
            assertTrue(report.contains("## " + n), "section " + n + ":\n" + report);
        }
        // The extracted example (a version 1 file) records the run: one result per analysis, all succeeded.
        Study recorded = loadStudy(out.resolve("study").resolve("china-provinces.carbonlab"));
        assertEquals(recorded.getAnalyses().size(), recorded.getResults().size());
        for (org.carbonlab.model.Result r : recorded.getResults()) {
            assertTrue(r.getStatus() == ResultStatus.OK || r.getStatus() == ResultStatus.WARNING,
                    r.getAnalysis().getName() + ": " + r.getStatus() + " " + r.getSummary());
            assertTrue(r.getSha256() != null && r.getPath().startsWith("../"), r.getPath());
        }
        assertSpatialMatchesSpdep(out, report);
        ReportChartsCheck.assertCharts(out, report, List.of(
                "carbon_efficiency_sbm-scores_over_time", "carbon_efficiency_sbm-scores_by_group",
                "carbon_efficiency_sbm-score_density",
                "ccd_economy_innovation-ccd_over_time", "ekc_regions-turning_point_ln_gdppc",
                "mediation_rd-bootstrap_indirect", "mediation_rd-mediation_effects",
                "moran_ln_ci_rook-moran_by_period", "moran_ln_ci_rook-moran_scatter"));
        Cli.assertNoTempFiles(out);
    }

    /** Relative tolerance of the demo's spatial numbers against spdep. */
    private static final double SPATIAL_REL = 1e-9;

    /**
     * The spatial block of the example: Moran's I (and z under normality and randomisation, the one-sided p), Geary's
     * C and z of ln_ci by year 2004-2019 under the rook (Hainan-Guangdong linked), inverse-distance and
     * economic-distance matrices, and the five LM tests on the two-way FE model, against spdep 1.2 on the same data
     * and matrices built independently in R (resources/china_spatial/reference.R -> expected.csv), rel 1e-9.
     */
    private static void assertSpatialMatchesSpdep(Path out, String report) {
        java.util.Map<String, Double> ref = new java.util.HashMap<>();
        for (String line : Cli.resourceText("china_spatial/expected.csv").split("\\R")) {
            if (!line.isBlank()) {
                String[] kv = line.split(",");
                ref.put(kv[0], Double.parseDouble(kv[1]));
            }
        }
        double worst = 0;
        int compared = 0;
        String[][] analyses = {{"rook", "moran_ln_ci_rook"}, {"idw", "moran_ln_ci_distance"},
                {"econ", "moran_ln_ci_economic"}};
        for (String[] a : analyses) {
            JsonObject r = Cli.parseObject(Cli.read(out.resolve(a[1] + ".json")));
            assertTrue(r.getAsJsonArray("warnings").isEmpty(), a[1] + ": " + r.getAsJsonArray("warnings"));
            JsonObject moran = r.getAsJsonObject("tables").getAsJsonObject("moran");
            java.util.List<String> cols = columns(moran);
            int rows = 0;
            for (JsonElement row : moran.getAsJsonArray("rows")) {
                var cells = row.getAsJsonArray();
                long year = cells.get(cols.indexOf("period")).getAsLong();
                String assumption = cells.get(cols.indexOf("assumption")).getAsString();
                String key = "moran." + a[0] + "." + year + ".";
                worst = Math.max(worst, close(ref.get(key + "I"), cells.get(cols.indexOf("I")).getAsDouble(), key + "I"));
                worst = Math.max(worst, close(ref.get(key + "z_" + assumption), cells.get(cols.indexOf("z")).getAsDouble(),
                        key + "z_" + assumption));
                if (assumption.equals("randomisation")) {
                    worst = Math.max(worst, close(ref.get(key + "p_randomisation"),
                            cells.get(cols.indexOf("p_value")).getAsDouble(), key + "p"));
                }
                compared += 2;
                rows++;
            }
            assertEquals(32, rows, a[1] + ": 16 years x 2 assumptions");
            JsonObject geary = r.getAsJsonObject("tables").getAsJsonObject("geary");
            java.util.List<String> gc = columns(geary);
            for (JsonElement row : geary.getAsJsonArray("rows")) {
                var cells = row.getAsJsonArray();
                if (!cells.get(gc.indexOf("assumption")).getAsString().equals("randomisation")) {
                    continue;
                }
                String key = "geary." + a[0] + "." + cells.get(gc.indexOf("period")).getAsLong() + ".";
                worst = Math.max(worst, close(ref.get(key + "C"), cells.get(gc.indexOf("C")).getAsDouble(), key + "C"));
                worst = Math.max(worst, close(ref.get(key + "z_randomisation"), cells.get(gc.indexOf("z")).getAsDouble(),
                        key + "z"));
                compared += 2;
            }
            assertTrue(report.contains("## " + a[1]), "report section " + a[1]);
        }
        JsonObject lm = Cli.parseObject(Cli.read(out.resolve("lm_tests_fe_twoways.json")));
        JsonObject tests = lm.getAsJsonObject("tables").getAsJsonObject("tests");
        java.util.List<String> tc = columns(tests);
        java.util.Map<String, String> rName = java.util.Map.of("LM_lag", "LMlag", "robust_LM_lag", "RLMlag", "LM_error",
                "LMerr", "robust_LM_error", "RLMerr", "SARMA", "SARMA");
        int lmRows = 0;
        for (JsonElement row : tests.getAsJsonArray("rows")) {
            var cells = row.getAsJsonArray();
            String key = "lm.rook." + rName.get(cells.get(tc.indexOf("test")).getAsString()) + ".";
            worst = Math.max(worst, close(ref.get(key + "statistic"), cells.get(tc.indexOf("statistic")).getAsDouble(),
                    key + "statistic"));
            worst = Math.max(worst, close(ref.get(key + "p_value"), cells.get(tc.indexOf("p_value")).getAsDouble(),
                    key + "p_value"));
            compared += 2;
            lmRows++;
        }
        assertEquals(5, lmRows);
        assertEquals(300, lm.getAsJsonObject("statistics").get("n_obs").getAsInt(), "30 provinces x 2010-2019");
        assertTrue(report.contains("## lm_tests_fe_twoways"), "report section lm_tests_fe_twoways");
        System.out.println("DemoCommandTest: " + compared + " spatial values vs spdep, largest relative error " + worst);
    }

    /** Relative tolerance of the demo's spatial panel models against spatialreg. */
    private static final double SPATIAL_PANEL_REL = 1e-6;
    /** The two-way FE SEM against its score root: lambda and the log-likelihood abs, beta and sigma2 rel. */
    private static final double SEM_SCORE_ROOT_TOL = 1e-9;

    /**
     * The spatial panel block of the example: two-way FE SAR, SEM and SDM (rook) and SDM (economic distance) of ln_ci,
     * 2010-2019, direct approach: every coefficient (beta, W*x, rho/lambda), sigma2, the log-likelihood (the full
     * constant, as spatialreg's), the LR tests of SDM against SAR and SEM and of two-way against one-way effects, and
     * the exact point effects, against spatialreg's lagsarlm/errorsarlm on the demeaned data with I_T (x) W
     * (resources/china_spatial_panel/reference.R -> expected.csv), rel 1e-6; and the study's publication table shows
     * them with their rho/lambda and W* rows and the log-likelihood.
     */
    @Test
    void demoSpatialPanelModelsMatchSpatialreg() {
        Path out = Cli.freshDir("demo-spatial-panel");
        Cli.run("demo", "--out", out.toString()).ok();
        java.util.Map<String, Double> ref = new java.util.LinkedHashMap<>();
        for (String line : Cli.resourceText("china_spatial_panel/expected.csv").split("\\R")) {
            if (!line.isBlank()) {
                int comma = line.lastIndexOf(',');
                ref.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
            }
        }
        String[][] analyses = {{"sar.rook", "sar_fe_twoways_rook", "sar"}, {"sem.rook", "sem_fe_twoways_rook", "sem"},
                {"sdm.rook", "sdm_fe_twoways_rook", "sdm"}, {"sdm.econ", "sdm_fe_twoways_econ", "sdm"}};
        double worst = 0;
        java.util.Set<String> compared = new java.util.HashSet<>();
        for (String[] a : analyses) {
            JsonObject r = Cli.parseObject(Cli.read(out.resolve(a[1] + ".json")));
            assertEquals("spatial.panel", r.getAsJsonObject("estimator").get("id").getAsString(), a[1]);
            JsonObject st = r.getAsJsonObject("statistics");
            assertEquals(a[2], st.get("model").getAsString(), a[1]);
            assertEquals("twoways", st.get("effect").getAsString(), a[1]);
            assertEquals("direct", st.get("approach").getAsString(), a[1]);
            assertEquals(300, st.get("n_obs").getAsInt(), a[1] + ": 30 provinces x 2010-2019");
            assertTrue(r.getAsJsonArray("warnings").isEmpty(), a[1] + ": " + r.getAsJsonArray("warnings"));
            java.util.Map<String, Double> actual = new java.util.HashMap<>();
            r.getAsJsonArray("coefficients").forEach(c -> actual.put(a[0] + ".coef." + c.getAsJsonObject().get("term")
                    .getAsString(), c.getAsJsonObject().get("estimate").getAsDouble()));
            actual.put(a[0] + ".sigma2", st.get("sigma2").getAsDouble());
            actual.put(a[0] + ".log_likelihood", st.get("log_likelihood").getAsDouble());
            r.getAsJsonArray("tests").forEach(t -> actual.put(a[0] + ".test." + t.getAsJsonObject().get("name")
                    .getAsString(), t.getAsJsonObject().get("statistic").getAsDouble()));
            JsonObject effects = r.getAsJsonObject("tables").getAsJsonObject("effects");
            if (a[2].equals("sem")) {
                assertTrue(effects == null, "SEM: the effects are the coefficients, no effects table");
            } else {
                java.util.List<String> ec = columns(effects);
                assertEquals(12, effects.getAsJsonArray("rows").size(), a[1] + ": 4 regressors x 3 effects");
                for (JsonElement row : effects.getAsJsonArray("rows")) {
                    var cells = row.getAsJsonArray();
                    actual.put(a[0] + ".effect." + cells.get(ec.indexOf("term")).getAsString() + "."
                            + cells.get(ec.indexOf("effect")).getAsString(),
                            cells.get(ec.indexOf("estimate")).getAsDouble());
                    double se = cells.get(ec.indexOf("std_error")).getAsDouble();
                    assertTrue(se > 0 && Double.isFinite(se), a[1] + ": simulated SE " + row);
                }
                assertEquals(200, st.get("effects_draws").getAsInt(), a[1]);
            }
            if (a[2].equals("sdm")) {
                for (String t : List.of("Wald_sdm_vs_sar", "Wald_sdm_vs_sem")) {
                    assertTrue(actual.containsKey(a[0] + ".test." + t), a[1] + " reports " + t);
                }
            }
            int before = compared.size();
            for (var e : ref.entrySet()) {
                if (e.getKey().startsWith(a[0] + ".")) {
                    Double v = actual.get(e.getKey());
                    assertTrue(v != null, a[1] + " has no value for " + e.getKey() + "; it has " + actual.keySet());
                    worst = Math.max(worst, Math.abs(v - e.getValue()) / Math.abs(e.getValue()));
                    assertEquals(e.getValue(), v, SPATIAL_PANEL_REL * Math.abs(e.getValue()), e.getKey());
                    compared.add(e.getKey());
                }
            }
            // at least beta (4), rho or lambda, sigma2 and the log-likelihood
            assertTrue(compared.size() - before >= 7, a[1] + ": compared " + (compared.size() - before));
        }
        assertEquals(ref.keySet(), compared, "every reference value is compared");

        // SEM against its own score root (china_spatial_panel/sem_score_root.R): errorsarlm's optimize() stops ~2e-7
        // from the maximum in lambda (4.7e-7 relative in ln_pop's beta), so the tight check is against the root
        JsonObject sem = Cli.parseObject(Cli.read(out.resolve("sem_fe_twoways_rook.json")));
        double semWorst = 0;
        int semCompared = 0;
        for (String line : Cli.resourceText("china_spatial_panel/sem_score_root.csv").split("\\R")) {
            int comma = line.lastIndexOf(',');
            String key = comma < 0 ? "" : line.substring(0, comma);
            if (!key.startsWith("sem.rook.coef.") && !key.equals("sem.rook.sigma2")
                    && !key.equals("sem.rook.log_likelihood")) {
                continue; // the score at the root and errorsarlm's lambda are there for the record
            }
            double expected = Double.parseDouble(line.substring(comma + 1));
            double actual = key.equals("sem.rook.sigma2") || key.equals("sem.rook.log_likelihood")
                    ? sem.getAsJsonObject("statistics").get(key.substring("sem.rook.".length())).getAsDouble()
                    : GrunfeldEndToEndTest.coefficient(sem, key.substring("sem.rook.coef.".length())).get("estimate")
                            .getAsDouble();
            double err = Math.abs(actual - expected) / (key.endsWith(".lambda") || key.endsWith("log_likelihood")
                    ? 1.0 : Math.abs(expected));
            semWorst = Math.max(semWorst, err);
            semCompared++;
            assertEquals(expected, actual, SEM_SCORE_ROOT_TOL * (key.endsWith(".lambda")
                    || key.endsWith("log_likelihood") ? 1.0 : Math.abs(expected)), key + " vs the score root");
        }
        assertEquals(7, semCompared, "4 betas, lambda, sigma2 and the log-likelihood");
        System.out.println("DemoCommandTest: SEM vs its score root, largest error (lambda and LL abs, others rel) "
                + semWorst);

        // The study's publication table puts the models side by side with their spatial rows and log-likelihood.
        String report = Cli.read(out.resolve("report.md"));
        int table = report.indexOf("Regression models of the study");
        int end = report.indexOf("\n## ", table);
        String pub = report.substring(table, end < 0 ? report.length() : end);
        for (String row : List.of("| W\\*ln_gdppc |", "| rho |", "| lambda |", "| Log-likelihood |", "| N |",
                "| R² (fixed effects included) |")) {
            assertTrue(pub.contains(row) || pub.contains(row.replace("\\", "")), "publication table row " + row
                    + ":\n" + pub);
        }
        assertTrue(pub.contains("sdm_fe_twoways_rook") && pub.contains("sar_fe_twoways_rook")
                && pub.contains("sem_fe_twoways_rook"), pub);
        for (String[] a : analyses) {
            assertTrue(report.contains("## " + a[1]), "report section " + a[1]);
        }
        System.out.println("DemoCommandTest: " + compared.size() + " spatial panel values vs spatialreg, largest"
                + " relative error " + worst);
    }

    private static java.util.List<String> columns(JsonObject table) {
        java.util.List<String> cols = new java.util.ArrayList<>();
        table.getAsJsonArray("columns").forEach(c -> cols.add(c.getAsString()));
        return cols;
    }

    private static double close(Double expected, double actual, String what) {
        assertTrue(expected != null, "no reference value for " + what);
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertEquals(expected, actual, SPATIAL_REL * Math.abs(expected), what);
        return rel;
    }

    /**
     * The 2013 carbon-trading pilots in the demo: the Callaway-Sant'Anna simple ATT and the Bacon decomposition
     * (one treated-vs-never comparison, weight 1) equal DIDs of means computed here from the CSV (rel 1e-10); the
     * placebo ran 500 draws of the same model as the DID; the event study bins at -5 and 5 with 4 pre-period
     * coefficients in its pre-trend test.
     */
    @Test
    void demoEvaluatesTheCarbonTradingPilots() throws Exception {
        Path out = Cli.freshDir("demo-pilots");
        Cli.run("demo", "--out", out.toString()).ok();
        java.util.Set<String> pilots = java.util.Set.of("Beijing", "Tianjin", "Shanghai", "Chongqing", "Hubei",
                "Guangdong");
        java.util.Map<String, java.util.Map<Integer, Double>> lnCi = new java.util.TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of("..", "..", "examples", "china-provinces", "data",
                "china30_provinces_2000_2019.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int co2 = header.indexOf("co2_total_mt");
        int grp = header.indexOf("grp_nominal_nbs_revised_100m_yuan");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!f[co2].isEmpty() && !f[grp].isEmpty()) {
                lnCi.computeIfAbsent(f[0], k -> new java.util.TreeMap<>()).put(Integer.parseInt(f[1]),
                        Math.log(Double.parseDouble(f[co2]) / Double.parseDouble(f[grp])));
            }
        }
        // DID of means over 2004-2012 vs 2013-2019, and the mean over 2013-2019 of the change since 2012
        double[] pre = new double[2];
        double[] post = new double[2];
        double[] change = new double[2];
        int[] units = new int[2];
        for (var e : lnCi.entrySet()) {
            int g = pilots.contains(e.getKey()) ? 0 : 1;
            units[g]++;
            for (var v : e.getValue().entrySet()) {
                if (v.getKey() < 2013) {
                    pre[g] += v.getValue() / 9;
                } else {
                    post[g] += v.getValue() / 7;
                    change[g] += (v.getValue() - e.getValue().get(2012)) / 7;
                }
            }
        }
        double didOfMeans = (post[0] - pre[0]) / units[0] - (post[1] - pre[1]) / units[1];
        double csSimple = change[0] / units[0] - change[1] / units[1];
        assertEquals(6, units[0]);

        JsonObject did = Cli.parseObject(Cli.read(out.resolve("did_ets_pilots.json")));
        JsonObject st = did.getAsJsonObject("statistics");
        assertEquals(didOfMeans, st.get("bacon_twfe").getAsDouble(), 1e-10 * Math.abs(didOfMeans));
        assertEquals(csSimple, st.get("cs_att_simple").getAsDouble(), 1e-10 * Math.abs(csSimple));
        assertEquals(1, did.getAsJsonObject("tables").getAsJsonObject("bacon").getAsJsonArray("rows").size());
        assertEquals(6, st.get("n_treated_units").getAsInt());
        double att = GrunfeldEndToEndTest.coefficient(did, "treat_post").get("estimate").getAsDouble();
        assertEquals(att, st.get("att_twfe").getAsDouble(), 0);
        assertTrue(did.getAsJsonArray("tests").toString().contains("wild_cluster_bootstrap"));

        JsonObject placebo = Cli.parseObject(Cli.read(out.resolve("placebo_ets_pilots.json")));
        JsonObject ps = placebo.getAsJsonObject("statistics");
        assertEquals(500, ps.get("valid_draws").getAsInt());
        assertEquals(att, ps.get("true_estimate").getAsDouble(), 1e-12 * Math.abs(att));
        double p = ps.get("p_permutation").getAsDouble();
        assertTrue(p > 0 && p <= 1, "permutation p " + p);

        JsonObject event = Cli.parseObject(Cli.read(out.resolve("event_ets_pilots.json")));
        assertEquals(11, event.getAsJsonObject("tables").getAsJsonObject("event_study").getAsJsonArray("rows").size());
        int pretrend = 0;
        for (JsonElement t : event.getAsJsonArray("tests")) {
            if (t.getAsJsonObject().get("name").getAsString().equals("pretrend")) {
                assertEquals(4, t.getAsJsonObject().get("df1").getAsInt());
                pretrend++;
            }
        }
        assertEquals(1, pretrend);
        assertTrue(event.getAsJsonObject("tables").has("trends"));
        assertTrue(Cli.read(out.resolve("report.md")).contains("## did_ets_pilots"));
    }

    /**
     * The example's dynamic model and unit-root tests: system GMM two-step collapsed keeps 8 instruments for 30
     * provinces (instrument count, groups and AR(2)/Hansen in the result and in the report's table); the unit-root
     * tests of ln_ci in levels match plm 2.6.2 purtest (resources/china_dynamic, script.R there) at rel 1e-9.
     */
    @Test
    void demoReportsTheDynamicModelAndUnitRoots() {
        Path out = Cli.freshDir("demo-dynamic");
        Cli.run("demo", "--out", out.toString()).ok();
        JsonObject gmm = Cli.parseObject(Cli.read(out.resolve("gmm_dynamic_ci.json")));
        JsonObject st = gmm.getAsJsonObject("statistics");
        assertEquals(8, st.get("n_instruments").getAsInt());
        assertEquals(30, st.get("n_groups").getAsInt());
        assertEquals("system", st.get("transformation").getAsString());
        assertEquals(false, st.get("instruments_exceed_groups").getAsBoolean());
        // 2011-2019 differenced and 2010-2019 level equations: patents and fiscal data start in 2010
        assertEquals(270, st.get("n_diff_equations").getAsInt());
        assertEquals(300, st.get("n_level_equations").getAsInt());
        JsonObject hansen = GrunfeldEndToEndTest.test(gmm, "hansen");
        assertEquals(2, hansen.get("df").getAsInt(), "8 instruments, 6 coefficients");
        double ar2p = GrunfeldEndToEndTest.test(gmm, "ar2").get("p_value").getAsDouble();
        assertTrue(ar2p > 0.1, "no second-order autocorrelation: AR(2) p = " + ar2p);
        double rho = GrunfeldEndToEndTest.coefficient(gmm, "lag(ln_ci, 1)").get("estimate").getAsDouble();
        assertTrue(rho > 0.9 && rho < 1.1, "carbon intensity is highly persistent: " + rho);

        JsonObject ur = Cli.parseObject(Cli.read(out.resolve("unit_roots.json")));
        assertEquals(10, ur.getAsJsonArray("models").size(), "five variables in levels and first differences");
        JsonObject levels = ur.getAsJsonArray("models").get(0).getAsJsonObject();
        assertEquals("ln_ci (levels)", levels.get("name").getAsString());
        JsonObject ref = Cli.parseObject(Cli.resourceText("china_dynamic/expected.json"))
                .getAsJsonObject("unitroot_ln_ci_levels");
        for (String test : ref.keySet()) {
            JsonObject want = ref.getAsJsonObject(test);
            JsonObject got = null;
            for (JsonElement e : levels.getAsJsonArray("tests")) {
                if (e.getAsJsonObject().get("name").getAsString().equals(test)) {
                    got = e.getAsJsonObject();
                }
            }
            assertTrue(got != null, test);
            for (String[] k : new String[][] {{"statistic", "statistic"}, {"p", "p_value"}}) {
                double w = want.get(k[0]).getAsDouble();
                double g = got.get(k[1]).getAsDouble();
                assertTrue(Math.abs(g - w) <= 1e-9 * Math.abs(w), test + " " + k[0] + ": " + g + " vs plm " + w);
            }
        }
        String report = Cli.read(out.resolve("report.md"));
        assertTrue(report.contains("## gmm_dynamic_ci") && report.contains("## unit_roots"), "sections");
        assertTrue(report.contains("instruments: 8, groups: 30"), "the GMM column's note under the study table");
    }

    @Test
    void demoPrintsTheStudyTablesAndRobustness() {
        Path out = Cli.freshDir("demo-tables");
        Cli.run("demo", "--out", out.toString()).ok();
        String report = Cli.read(out.resolve("report.md"));

        // the report opens with the descriptive statistics and correlations of the regression variables on the
        // balanced 2010-2019 sample (30 provinces x 10 years in every variable and pair)
        assertTrue(report.indexOf("## describe_variables") >= 0
                && report.indexOf("## describe_variables") < report.indexOf("## emissions_ipcc"), "describe first");
        JsonObject describe = Cli.parseObject(Cli.read(out.resolve("describe_variables.json"))).getAsJsonObject("tables");
        assertEquals(5, describe.getAsJsonObject("describe").getAsJsonArray("rows").size());
        assertTrue(describe.has("xtsum") && describe.has("correlations"), describe.keySet().toString());
        JsonObject pairs = describe.getAsJsonObject("correlation_tests");
        assertEquals(10, pairs.getAsJsonArray("rows").size());
        int nColumn = pairs.getAsJsonArray("columns").asList().stream().map(JsonElement::getAsString).toList()
                .indexOf("n");
        pairs.getAsJsonArray("rows").forEach(r -> assertEquals(300, r.getAsJsonArray().get(nColumn).getAsInt()));

        // combined table: FE one-way, two-way and system GMM side by side, each column the analysis' own numbers
        JsonObject table = Cli.parseObject(Cli.read(out.resolve("table_fe_gmm.json"))).getAsJsonObject("tables")
                .getAsJsonObject("table");
        java.util.Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        table.getAsJsonArray("rows").forEach(r -> {
            List<String> cells = r.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
            rows.putIfAbsent(cells.get(0), cells);
        });
        String[] names = {"fe_province", "fe_twoways", "gmm_dynamic_ci"};
        for (int i = 0; i < 3; i++) {
            JsonObject r = Cli.parseObject(Cli.read(out.resolve(names[i] + ".json")));
            double est = GrunfeldEndToEndTest.coefficient(r, "ln_gdppc").get("estimate").getAsDouble();
            String cell = rows.get("ln_gdppc").get(i + 1).replace("*", "");
            assertEquals(est, Double.parseDouble(cell), Math.abs(est) * 1e-2 + 1e-3, names[i] + " " + cell);
            assertEquals(r.getAsJsonObject("statistics").get("n_obs").getAsInt(),
                    Integer.parseInt(rows.get("N").get(i + 1)), names[i]);
        }
        JsonObject gmm = Cli.parseObject(Cli.read(out.resolve("gmm_dynamic_ci.json")));
        // the GMM removes the province effects (effect=individual: no year dummies), as its result states
        assertEquals("individual", gmm.getAsJsonObject("statistics").get("effect").getAsString());
        assertEquals(List.of("Entity FE", "Yes", "Yes", "Yes"), rows.get("Entity FE"));
        assertEquals(List.of("Time FE", "No", "Yes", "No"), rows.get("Time FE"));
        double ar2 = GrunfeldEndToEndTest.test(gmm, "ar2").get("p_value").getAsDouble();
        assertEquals(ar2, Double.parseDouble(rows.get("AR(2) p").get(3)), 1e-3);
        assertEquals("", rows.get("AR(2) p").get(1));
        assertEquals("8", rows.get("Instruments").get(3));
        assertTrue(report.contains("## table_fe_gmm (study.table)") && report.contains("FE (two-way)"), report);

        // region x year efficiency: recomputed here from the DEA scores and the data's region column
        JsonObject scores = Cli.parseObject(Cli.read(out.resolve("carbon_efficiency_sbm.json"))).getAsJsonObject("tables")
                .getAsJsonObject("scores");
        List<String> sc = columns(scores);
        java.util.Map<String, String> region = new java.util.HashMap<>();
        for (String line : Cli.read(out.resolve("study/data/china30_provinces_2000_2019.csv")).split("\n")) {
            String[] f = line.split(",");
            region.put(f[0], f[2]);
        }
        double sum = 0;
        int n = 0;
        double sumAll = 0;
        int nAll = 0;
        for (JsonElement e : scores.getAsJsonArray("rows")) {
            var row = e.getAsJsonArray();
            JsonElement v = row.get(sc.indexOf("combined"));
            if (v.isJsonNull()) {
                continue;
            }
            sumAll += v.getAsDouble();
            nAll++;
            if (region.get(row.get(sc.indexOf("entity")).getAsString()).equals("west")
                    && row.get(sc.indexOf("time")).getAsInt() == 2010) {
                sum += v.getAsDouble();
                n++;
            }
        }
        JsonObject summary = Cli.parseObject(Cli.read(out.resolve("efficiency_region_year.json")))
                .getAsJsonObject("tables").getAsJsonObject("combined");
        List<String> cols = columns(summary);
        for (JsonElement e : summary.getAsJsonArray("rows")) {
            var row = e.getAsJsonArray();
            if (row.get(0).getAsString().equals("west")) {
                assertEquals(sum / n, row.get(cols.indexOf("2010")).getAsDouble(), 1e-12, "west 2010");
            }
            if (row.get(0).getAsString().equals("all")) {
                assertEquals(sumAll / nAll, row.get(cols.indexOf("all")).getAsDouble(), 1e-12, "all");
            }
        }
        assertTrue(n > 0 && report.contains("Mean of combined by region and period"), report);

        // robustness: the baseline is fe_twoways itself; random effects equal the RE model of the Hausman test
        JsonObject robust = Cli.parseObject(Cli.read(out.resolve("robustness_fe_twoways.json")));
        JsonObject rt = robust.getAsJsonObject("tables").getAsJsonObject("robustness");
        List<String> rc = columns(rt);
        java.util.Map<String, com.google.gson.JsonArray> variants = new java.util.LinkedHashMap<>();
        rt.getAsJsonArray("rows").forEach(r -> variants.put(r.getAsJsonArray().get(0).getAsString(), r.getAsJsonArray()));
        assertEquals(List.of("baseline", "no_municipalities", "lagged_patents", "add_rd", "since_2012", "random_effects"),
                List.copyOf(variants.keySet()));
        JsonObject twoways = Cli.parseObject(Cli.read(out.resolve("fe_twoways.json")));
        assertEquals(GrunfeldEndToEndTest.coefficient(twoways, "ln_gdppc").get("estimate").getAsDouble(),
                variants.get("baseline").get(rc.indexOf("estimate")).getAsDouble(), 0);
        JsonObject hausman = Cli.parseObject(Cli.read(out.resolve("hausman.json")));
        JsonObject re = null;
        for (JsonElement m : hausman.getAsJsonArray("models")) {
            if (m.getAsJsonObject().get("name").getAsString().equals("re")) {
                re = m.getAsJsonObject();
            }
        }
        assertTrue(re != null, "hausman has an RE model");
        assertEquals(GrunfeldEndToEndTest.coefficient(re, "ln_gdppc").get("estimate").getAsDouble(),
                variants.get("random_effects").get(rc.indexOf("estimate")).getAsDouble(), 1e-10);
        assertEquals("panel.re", variants.get("random_effects").get(rc.indexOf("estimator")).getAsString());
        int nBase = variants.get("baseline").get(rc.indexOf("n_obs")).getAsInt();
        // the four municipalities leave 26 of 30 provinces
        assertEquals(nBase * 26 / 30, variants.get("no_municipalities").get(rc.indexOf("n_obs")).getAsInt());
        // 2012-2019: 8 of the base's 10 years (patents and fiscal data start in 2010)
        assertEquals(nBase * 8 / 10, variants.get("since_2012").get(rc.indexOf("n_obs")).getAsInt());
        assertEquals(6, robust.getAsJsonArray("models").size());
        ReportChartsCheck.assertCharts(out, report, List.of("robustness_fe_twoways-focal_coefficient",
                "map_carbon_efficiency-map_2005", "map_carbon_efficiency-map_2012", "map_carbon_efficiency-map_2018"));
        // the map's classes: quartiles of each year's 30 scores, 7 or 8 provinces each
        JsonObject map = Cli.parseObject(Cli.read(out.resolve("map_carbon_efficiency.json"))).getAsJsonObject("tables")
                .getAsJsonObject("map");
        int[] perClass = new int[5];
        for (JsonElement e : map.getAsJsonArray("rows")) {
            if (e.getAsJsonArray().get(1).getAsInt() == 2012) {
                perClass[e.getAsJsonArray().get(3).getAsInt()]++;
            }
        }
        for (int c = 1; c <= 4; c++) {
            assertTrue(perClass[c] == 7 || perClass[c] == 8, "class " + c + ": " + perClass[c]);
        }
    }

    private static Study loadStudy(Path file) {
        try {
            return StudyFiles.load(file);
        } catch (StudyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void demoRejectsUnknownOptions() {
        Cli.Run run = Cli.run("demo", "--fast").expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("--fast"), run::describe);
    }

    @Test
    void demoOutWithoutAValueIsBadUsage() {
        Cli.Run run = Cli.run("demo", "--out").expectCode(CommandLine.BAD_INPUT);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("--out") && run.err().contains("value"), run::describe);
    }
}
