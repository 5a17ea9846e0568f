package org.carbonlab.batch;

import static org.carbonlab.batch.GrunfeldEndToEndTest.coefficient;
import static org.carbonlab.batch.GrunfeldEndToEndTest.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate panel.iv} and {@code panel.shiftshare} end to end: the AER CigarettesSW reference
 * (resources/iv, rel 1e-9), FE-2SLS with clustered SEs against R's explicit-dummy 2SLS (resources/iv_fe), the
 * built Bartik column, named bad input (exit 2), and a study in which the shift-share output becomes a variable
 * that a later panel.iv analysis instruments with.
 */
class IvCommandTest {

    private static Cli.Run estimate(String id, Path data, String entity, String time, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", id, "--data", data.toString(), "--entity", entity,
                "--time", time));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    private static void rel(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected), what);
    }

    @Test
    void cigarettesReferenceFromTheCommandLine() {
        JsonObject ref = Cli.parseObject(Cli.resourceText("iv/expected.json"));
        Path data = Cli.resource("iv/data.csv");
        JsonObject r = estimate("panel.iv", data, "state", "year",
                "formula=log(packs) ~ log(rincome) | log(rprice) ~ tdiff + tax_cpi", "vcov=robust").ok().json();
        for (String t : List.of("(Intercept)", "log(rprice)", "log(rincome)")) {
            JsonObject c = coefficient(r, t);
            rel(ref.getAsJsonObject("tsls_hc1").getAsJsonObject("coef").get(t).getAsDouble(),
                    c.get("estimate").getAsDouble(), 1e-9, "coef " + t);
            rel(ref.getAsJsonObject("tsls_hc1").getAsJsonObject("se").get(t).getAsDouble(),
                    c.get("std_error").getAsDouble(), 1e-9, "HC1 se " + t);
        }
        JsonObject diag = ref.getAsJsonObject("tsls_hc1").getAsJsonObject("diagnostics_hc1");
        rel(diag.getAsJsonObject("wu_hausman_F").get("statistic").getAsDouble(),
                test(r, "durbin_wu_hausman").get("statistic").getAsDouble(), 1e-9, "robust Wu-Hausman");
        rel(diag.getAsJsonObject("sargan").get("statistic").getAsDouble(),
                test(r, "sargan").get("statistic").getAsDouble(), 1e-9, "Sargan");
        assertTrue(r.getAsJsonObject("tables").has("stock_yogo"));
        assertTrue(r.getAsJsonObject("tables").has("anderson_rubin"));
        assertEquals("first_stage:log(rprice)", r.getAsJsonArray("models").get(0).getAsJsonObject().get("name")
                .getAsString());
    }

    @Test
    void fixedEffectsClusteredFromTheCommandLine() {
        JsonObject ref = Cli.parseObject(Cli.resourceText("iv_fe/expected.json")).getAsJsonObject("fe2");
        Path data = Cli.resource("iv_fe/data.csv");
        Cli.Run run = estimate("panel.iv", data, "id", "year", "formula=y ~ x1 | id | d1 + d2 ~ z1 + z2 + z3",
                "vcov=cluster", "ssc=none").ok();
        JsonObject r = run.json();
        for (String t : List.of("x1", "d1", "d2")) {
            JsonObject c = coefficient(r, t);
            rel(ref.getAsJsonObject("coef").get(t).getAsDouble(), c.get("estimate").getAsDouble(), 1e-9, t);
            rel(ref.getAsJsonObject("se_cluster_id_hc0").get(t).getAsDouble(), c.get("std_error").getAsDouble(), 1e-9,
                    "cluster se " + t);
        }
        rel(ref.get("hansen_j_cluster_id").getAsDouble(), test(r, "hansen_j").get("statistic").getAsDouble(), 1e-8,
                "Hansen J");
        assertTrue(r.getAsJsonObject("statistics").get("kleibergen_paap_f").getAsDouble() > 0);
        JsonArray sy = r.getAsJsonObject("tables").getAsJsonObject("stock_yogo").getAsJsonArray("rows");
        assertEquals(4, sy.size(), "Stock-Yogo rows for 2 endogenous, 3 instruments");
    }

    @Test
    void badInputExitsTwoWithTheProblemNamed() {
        Path data = Cli.resource("iv_fe/data.csv");
        Cli.Run fewer = estimate("panel.iv", data, "id", "year", "formula=y ~ x1 | id | d1 + d2 ~ z1").expectCode(2);
        assertTrue(fewer.err().contains("fewer excluded instruments (1: z1)"), fewer.describe());
        Cli.Run none = estimate("panel.iv", data, "id", "year", "formula=y ~ x1 + d1").expectCode(2);
        assertTrue(none.err().contains("no instrument part"), none.describe());
        Cli.Run ss = estimate("panel.shiftshare", Cli.resource("shiftshare/panel.csv"), "city", "year",
                "shares=" + Cli.resource("shiftshare/shares.csv"), "shocks=" + Cli.resource("shiftshare/shocks.csv"),
                "base=1990").expectCode(2);
        assertTrue(ss.err().contains("missing base period"), ss.describe());
    }

    @Test
    void shiftShareBuildsTheColumnFromTheCommandLine() {
        Path data = Cli.resource("shiftshare/panel.csv");
        Cli.resource("shiftshare/shares.csv");
        Cli.resource("shiftshare/shocks.csv");
        // file names relative to the data file's folder
        JsonObject r = estimate("panel.shiftshare", data, "city", "year", "shares=shares.csv", "shocks=shocks.csv",
                "base=2000", "name=robot_exposure").ok().json();
        JsonObject t = r.getAsJsonObject("tables").getAsJsonObject("shiftshare");
        assertEquals("[\"entity\",\"time\",\"robot_exposure\"]", t.getAsJsonArray("columns").toString());
        JsonArray first = t.getAsJsonArray("rows").get(0).getAsJsonArray();
        assertEquals("A", first.get(0).getAsString());
        assertEquals(0.6 * 1 + 0.4 * -1, first.get(2).getAsDouble(), 1e-15);
    }

    @Test
    void studyBindsTheBartikColumnAndInstrumentsWithIt() {
        Path dir = Cli.freshDir("study-shiftshare");
        for (String f : List.of("panel.csv", "shares.csv", "shocks.csv")) {
            Cli.write(dir, "data/" + f, Cli.read(Cli.resource("shiftshare_sim/" + f)));
        }
        Path study = Cli.write(dir, "robots.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Robots" description="Bartik exposure to industrial robots as an instrument.">
                  <datasets name="cities" source="data/panel.csv" entityColumn="city" timeColumn="year"/>
                  <variables name="robot_exposure" label="shift-share robot exposure" dataset="cities" producedBy="exposure"/>
                  <analyses name="exposure" estimatorId="panel.shiftshare" dataset="cities">
                    <parameters name="shares" value="shares.csv"/>
                    <parameters name="shocks" value="shocks.csv"/>
                    <parameters name="formula" value="y ~ gdp | city + year | robots ~ bartik"/>
                    <outputs table="shiftshare" column="bartik" variable="robot_exposure"/>
                  </analyses>
                  <analyses name="iv" estimatorId="panel.iv" dataset="cities">
                    <parameters name="formula" value="y ~ gdp | city + year | robots ~ robot_exposure"/>
                    <parameters name="vcov" value="cluster"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("run", study.toString(), "--out", out.toString()).ok();
        JsonObject ss = Cli.parseObject(Cli.read(out.resolve("exposure.json")));
        JsonObject iv = Cli.parseObject(Cli.read(out.resolve("iv.json")));
        double bartik = ss.getAsJsonObject("statistics").get("bartik_2sls_estimate").getAsDouble();
        rel(bartik, coefficient(iv, "robots").get("estimate").getAsDouble(), 1e-9, "Rotemberg = panel.iv " + run);
        assertEquals(1.0, ss.getAsJsonObject("statistics").get("rotemberg_sum_alpha").getAsDouble(), 1e-12);
        assertEquals("cluster", iv.getAsJsonObject("parameters").get("vcov").getAsString());
    }
}
