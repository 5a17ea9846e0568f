package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code carbonlab estimate spatial.panel} end to end. Columbus CRIME ~ INC + HOVAL (cross-section, queen W
 * row-standardised by default) against spatialreg 1.2-6 / the score-root ML of shared/reference/spatial/columbus;
 * a simulated panel (resources/spatialpanel, made by make_reference.R) against spatialreg's lagsarlm on the
 * individual-demeaned data with I_T ⊗ W (SDM, direct approach) and an own R fit of the Lee–Yu two-way SAR; every
 * model × effect × convention runs; bad input exits 2 naming the problem.
 */
class SpatialPanelCommandTest {

    private static String[] columbus(String... more) {
        List<String> a = new ArrayList<>(List.of("estimate", "spatial.panel", "--data",
                Cli.resource("columbus/columbus.csv").toString(), "--time", "none", "--weights",
                Cli.resource("columbus/W_queen.csv").toString(), "--set", "formula=CRIME ~ INC + HOVAL"));
        for (String m : more) {
            a.add("--set");
            a.add(m);
        }
        return a.toArray(String[]::new);
    }

    private static String[] panel(String data, String... more) {
        List<String> a = new ArrayList<>(List.of("estimate", "spatial.panel", "--data", data, "--entity", "id",
                "--time", "year", "--weights", Cli.resource("spatialpanel/W_edges.csv").toString()));
        if (java.util.Arrays.stream(more).noneMatch(m -> m.startsWith("formula="))) {
            a.add("--set");
            a.add("formula=y ~ x1 + x2");
        }
        for (String m : more) {
            a.add("--set");
            a.add(m);
        }
        return a.toArray(String[]::new);
    }

    private static String panelData() {
        return Cli.resource("spatialpanel/panel.csv").toString();
    }

    private static void rel(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected), what);
    }

    private static double coef(JsonObject r, String term, String member) {
        return GrunfeldEndToEndTest.coefficient(r, term).get(member).getAsDouble();
    }

    private static double stat(JsonObject r, String name) {
        return r.getAsJsonObject("statistics").get(name).getAsDouble();
    }

    /** Columbus SDM: own score-root ML ρ = 0.38250623277499257, LL = −182.01611644350274 (spatialreg), LR. */
    @Test
    void columbusDurbinModelMatchesTheReference() {
        JsonObject r = Cli.run(columbus("model=sdm", "draws=200", "seed=7")).ok().json();
        rel(0.38250623277499257, coef(r, "rho", "estimate"), 1e-8, "rho");
        rel(0.16237482182409016, coef(r, "rho", "std_error"), 1e-8, "rho se");
        rel(-0.6183749146860281, coef(r, "W*INC", "estimate"), 1e-8, "W*INC");
        assertEquals(-182.01611644350274, stat(r, "log_likelihood"), 1e-8);
        rel(95.05056779964733, stat(r, "sigma2"), 1e-8, "sigma2");
        rel(2.3043271856946035, GrunfeldEndToEndTest.test(r, "LR_sdm_vs_sar").get("statistic").getAsDouble(), 1e-6,
                "LR sar");
        rel(4.2781764567915275, GrunfeldEndToEndTest.test(r, "LR_sdm_vs_sem").get("statistic").getAsDouble(), 1e-6,
                "LR sem");
        JsonObject eff = r.getAsJsonObject("tables").getAsJsonObject("effects");
        JsonArray rows = eff.getAsJsonArray("rows");
        assertEquals(6, rows.size());
        assertEquals(List.of("term", "effect", "estimate", "std_error", "statistic", "p_value", "conf_low",
                "conf_high"), eff.getAsJsonArray("columns").asList().stream().map(e -> e.getAsString()).toList());
        JsonArray indirectInc = rows.get(1).getAsJsonArray();
        assertEquals("indirect", indirectInc.get(1).getAsString());
        rel(-1.4804245818122532, indirectInc.get(2).getAsDouble(), 1e-8, "indirect INC");
        assertEquals(49, stat(r, "n_obs"), 0.0);
    }

    @Test
    void panelDurbinModelWithIndividualEffectsMatchesSpatialreg() throws IOException {
        JsonObject ref = JsonParser.parseString(Cli.resourceText("spatialpanel/expected.json")).getAsJsonObject()
                .getAsJsonObject("sdm_individual_direct");
        JsonObject r = Cli.run(panel(panelData(), "model=sdm", "effect=individual", "draws=0")).ok().json();
        String[] terms = {"x1", "x2", "W*x1", "W*x2"};
        for (int j = 0; j < terms.length; j++) {
            rel(ref.getAsJsonArray("coefficients").get(j).getAsDouble(), coef(r, terms[j], "estimate"), 1e-6, terms[j]);
            rel(ref.getAsJsonArray("std_errors").get(j).getAsDouble(), coef(r, terms[j], "std_error"), 1e-6,
                    "se " + terms[j]);
        }
        rel(ref.get("rho").getAsDouble(), coef(r, "rho", "estimate"), 1e-6, "rho");
        rel(ref.get("rho_se").getAsDouble(), coef(r, "rho", "std_error"), 1e-6, "rho se");
        rel(ref.get("sigma2").getAsDouble(), stat(r, "sigma2"), 1e-6, "sigma2");
        assertEquals(ref.get("log_likelihood").getAsDouble(), stat(r, "log_likelihood"), 1e-8);
        assertEquals(72, stat(r, "n_obs"), 0.0);
        assertEquals(12, stat(r, "n_entities"), 0.0);
        assertEquals(6, stat(r, "n_periods"), 0.0);
    }

    @Test
    void panelTwoWayLeeYuMatchesTheOwnReference() {
        JsonObject ref = JsonParser.parseString(Cli.resourceText("spatialpanel/expected.json")).getAsJsonObject()
                .getAsJsonObject("sar_twoways_leeyu");
        JsonObject r = Cli.run(panel(panelData(), "model=sar", "effect=twoways", "approach=leeyu", "draws=0")).ok()
                .json();
        rel(ref.get("rho").getAsDouble(), coef(r, "rho", "estimate"), 1e-6, "rho");
        rel(ref.getAsJsonArray("beta").get(0).getAsDouble(), coef(r, "x1", "estimate"), 1e-6, "x1");
        rel(ref.getAsJsonArray("beta").get(1).getAsDouble(), coef(r, "x2", "estimate"), 1e-6, "x2");
        rel(ref.get("sigma2").getAsDouble(), stat(r, "sigma2"), 1e-6, "sigma2");
        assertEquals(ref.get("log_likelihood").getAsDouble(), stat(r, "log_likelihood"), 1e-8);
        assertEquals(55, stat(r, "n_obs_effective"), 0.0);
    }

    /**
     * --set logdet=lu: the spatialreg SDM with individual effects at rel 1e-6 as above, the Lee–Yu two-way SAR at
     * rel 1e-6, both within rel 1e-10 of the eigenvalue route, and the route named in the result.
     */
    @Test
    void luLogDeterminantRunsFromTheCommandLine() {
        JsonObject ref = JsonParser.parseString(Cli.resourceText("spatialpanel/expected.json")).getAsJsonObject()
                .getAsJsonObject("sdm_individual_direct");
        JsonObject r = Cli.run(panel(panelData(), "model=sdm", "effect=individual", "logdet=lu", "draws=100"))
                .ok().json();
        JsonObject eigen = Cli.run(panel(panelData(), "model=sdm", "effect=individual", "logdet=eigen",
                "draws=100")).ok().json();
        assertTrue(r.getAsJsonObject("statistics").get("logdet").getAsString().startsWith("lu (exact"));
        rel(ref.get("rho").getAsDouble(), coef(r, "rho", "estimate"), 1e-6, "rho");
        rel(ref.get("rho_se").getAsDouble(), coef(r, "rho", "std_error"), 1e-6, "rho se");
        assertEquals(ref.get("log_likelihood").getAsDouble(), stat(r, "log_likelihood"), 1e-8);
        String[] terms = {"x1", "x2", "W*x1", "W*x2", "rho"};
        for (String t : terms) {
            rel(coef(eigen, t, "estimate"), coef(r, t, "estimate"), 1e-10, t);
            rel(coef(eigen, t, "std_error"), coef(r, t, "std_error"), 1e-10, "se " + t);
        }
        JsonArray effLu = r.getAsJsonObject("tables").getAsJsonObject("effects").getAsJsonArray("rows");
        JsonArray effEigen = eigen.getAsJsonObject("tables").getAsJsonObject("effects").getAsJsonArray("rows");
        for (int row = 0; row < effEigen.size(); row++) {
            for (int col = 2; col < 4; col++) {
                rel(effEigen.get(row).getAsJsonArray().get(col).getAsDouble(),
                        effLu.get(row).getAsJsonArray().get(col).getAsDouble(), 1e-10, "effects row " + row);
            }
        }
        JsonObject ly = JsonParser.parseString(Cli.resourceText("spatialpanel/expected.json")).getAsJsonObject()
                .getAsJsonObject("sar_twoways_leeyu");
        JsonObject s = Cli.run(panel(panelData(), "model=sar", "effect=twoways", "approach=leeyu", "logdet=lu",
                "draws=0")).ok().json();
        rel(ly.get("rho").getAsDouble(), coef(s, "rho", "estimate"), 1e-6, "leeyu rho");
        assertEquals(ly.get("log_likelihood").getAsDouble(), stat(s, "log_likelihood"), 1e-8);
    }

    /** The same two-way Lee–Yu SAR from a study file, W given as the study's weight matrix. */
    @Test
    void aStudyRunsTheModel() {
        JsonObject ref = JsonParser.parseString(Cli.resourceText("spatialpanel/expected.json")).getAsJsonObject()
                .getAsJsonObject("sar_twoways_leeyu");
        Path dir = Cli.freshDir("spatial-panel-study");
        Cli.write(dir, "data/panel.csv", Cli.resourceText("spatialpanel/panel.csv"));
        Cli.write(dir, "data/W_edges.csv", Cli.resourceText("spatialpanel/W_edges.csv"));
        Path study = Cli.write(dir, "panel.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="spatial panel">
                  <datasets name="p" source="data/panel.csv" entityColumn="id" timeColumn="year"/>
                  <weightMatrices name="knn3" source="data/W_edges.csv" standardisation="row"/>
                  <analyses name="sar" estimatorId="spatial.panel" dataset="p" weightMatrix="knn3">
                    <parameters name="formula" value="y ~ x1 + x2"/>
                    <parameters name="model" value="sar"/>
                    <parameters name="effect" value="twoways"/>
                    <parameters name="approach" value="leeyu"/>
                    <parameters name="draws" value="100"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out");
        Cli.run("run", study.toString(), "--out", out.toString()).ok();
        JsonObject r = Cli.parseObject(Cli.read(out.resolve("sar.json")));
        rel(ref.get("rho").getAsDouble(), coef(r, "rho", "estimate"), 1e-6, "study rho");
        assertEquals(ref.get("log_likelihood").getAsDouble(), stat(r, "log_likelihood"), 1e-8);
        assertEquals(6, r.getAsJsonObject("tables").getAsJsonObject("effects").getAsJsonArray("rows").size());
    }

    @Test
    void everyModelEffectAndConventionRuns() {
        for (String model : new String[] {"sar", "sdm", "sem", "sac"}) {
            for (String effect : new String[] {"none", "individual", "time", "twoways"}) {
                for (String conv : new String[] {"approach=direct", "approach=leeyu", "bias_correction=elhorst"}) {
                    JsonObject r = Cli.run(panel(panelData(), "model=" + model, "effect=" + effect, conv, "draws=50"))
                            .ok().json();
                    assertTrue(Double.isFinite(stat(r, "log_likelihood")), model + effect + conv);
                    boolean lag = !model.equals("sem");
                    assertEquals(lag, r.has("tables") && r.getAsJsonObject("tables").has("effects"), model + " effects table");
                    if (effect.equals("twoways")) {
                        GrunfeldEndToEndTest.test(r, "LR_twoways_vs_individual");
                    }
                }
            }
        }
        JsonObject r = Cli.run(panel(panelData(), "model=sdm", "durbin=x1", "logdet=chebyshev", "draws=100")).ok()
                .json();
        JsonObject exact = Cli.run(panel(panelData(), "model=sdm", "durbin=x1", "draws=0")).ok().json();
        assertEquals(coef(exact, "rho", "estimate"), coef(r, "rho", "estimate"), 2e-2, "chebyshev rho");
        assertTrue(r.getAsJsonObject("statistics").get("logdet").getAsString().startsWith("chebyshev"));
        assertEquals(1.0, GrunfeldEndToEndTest.test(exact, "Wald_sdm_vs_sar").get("df").getAsDouble(), 0.0);
    }

    @Test
    void badInputIsNamed() throws IOException {
        Cli.Run run = Cli.run(panel(panelData(), "formula=y ~ x1 + area", "effect=individual"))
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("'area'") && run.err().contains("time-invariant"), run::describe);
        // drop one unit-period: the missing one is named
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(panelData())));
        String dropped = lines.remove(15);
        Path dir = Cli.freshDir("spatial-panel-unbalanced");
        Path file = dir.resolve("panel.csv");
        Files.write(file, lines);
        String unit = dropped.split(",")[0].replace("\"", "");
        String year = dropped.split(",")[1];
        run = Cli.run(panel(file.toString())).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("balanced") && run.err().contains(unit + "@" + year), run::describe);
        run = Cli.run(panel(panelData(), "model=sar", "durbin=x1")).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("durbin"), run::describe);
        run = Cli.run(panel(panelData(), "model=sdm", "durbin=x9")).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("'x9'"), run::describe);
        run = Cli.run(columbus("effect=individual")).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("cross-section"), run::describe);
        run = Cli.run(panel(panelData(), "approach=leeyu", "bias_correction=elhorst"))
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("bias_correction"), run::describe);
        // W over other units than the data: the alignment names them
        run = Cli.run("estimate", "spatial.panel", "--data", panelData(), "--entity", "id", "--time", "year",
                "--weights", Cli.resource("columbus/W_queen_edges.csv").toString(), "--set", "formula=y ~ x1")
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.err().contains("u01"), run::describe);
    }
}
