package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab estimate panel.did|panel.eventstudy|panel.placebo} and a study running all three, end to end on a
 * deterministic staggered panel (10 units, 2001–2008; cohorts 2004 and 2006, four never treated): every option group
 * works from the command line, the TWFE coefficient equals {@code panel.fe} with the same dummy (rel 1e-12), the
 * placebo table is the same with 1 and 2 threads, bad input exits 2 naming the parameter.
 */
class DidCommandTest {
    private static Path data;

    @BeforeAll
    static void writeData() {
        StringBuilder csv = new StringBuilder("id,year,y,x,first_treat,d,region\n");
        int[] starts = {2004, 2004, 2004, 2006, 2006, 2006, 0, 0, 0, 0};
        for (int i = 0; i < starts.length; i++) {
            for (int year = 2001; year <= 2008; year++) {
                double x = Math.sin(1.7 * i + 0.9 * year);
                boolean on = starts[i] > 0 && year >= starts[i];
                double y = 0.5 * i + 0.2 * (year - 2000) + (on ? 1 + 0.3 * (year - starts[i]) : 0) + 0.5 * x
                        + 0.4 * Math.cos(3.1 * i * year);
                csv.append(String.format(Locale.ROOT, "u%d,%d,%.10f,%.10f,%d,%d,r%d%n", i + 1, year, y, x, starts[i],
                        on ? 1 : 0, i % 3));
            }
        }
        data = Cli.write(Cli.freshDir("did-data"), "staggered.csv", csv.toString());
    }

    private static Cli.Run estimate(String id, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", id, "--data", data.toString(), "--entity", "id",
                "--time", "year"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonObject coefficient(JsonObject result, String term) {
        for (JsonElement e : result.getAsJsonArray("coefficients")) {
            if (e.getAsJsonObject().get("term").getAsString().equals(term)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no coefficient " + term + " in " + result.getAsJsonArray("coefficients"));
    }

    private static boolean hasTest(JsonObject result, String name) {
        for (JsonElement e : result.getAsJsonArray("tests")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void didWithEveryOptionGroup() {
        JsonObject did = estimate("panel.did", "formula=y ~ x", "start_column=first_treat", "bootstrap=wild",
                "boot_weights=webb", "reps=199", "seed=3", "control_group=notyet", "base_period=universal").ok().json();
        JsonObject fe = estimate("panel.fe", "formula=y ~ d + x", "effect=twoways", "vcov=cluster").ok().json();
        JsonObject a = coefficient(did, "treat_post");
        JsonObject b = coefficient(fe, "d");
        assertEquals(b.get("estimate").getAsDouble(), a.get("estimate").getAsDouble(),
                1e-12 * Math.abs(b.get("estimate").getAsDouble()));
        assertEquals(b.get("std_error").getAsDouble(), a.get("std_error").getAsDouble(),
                1e-12 * b.get("std_error").getAsDouble());
        JsonObject tables = did.getAsJsonObject("tables");
        for (String t : List.of("treatment", "att_gt", "cs_dynamic", "cs_group", "bacon")) {
            assertTrue(tables.has(t), t);
        }
        assertTrue(hasTest(did, "wild_cluster_bootstrap"));
        JsonObject twoWay = estimate("panel.did", "formula=y ~ x | region^year", "treated=u1,u2,u3", "start=2004",
                "cluster2=region", "heterogeneity=none", "bacon=false").ok().json();
        assertEquals(3, twoWay.getAsJsonObject("statistics").get("n_clusters").getAsInt());
        estimate("panel.did", "formula=y ~ x", "treatment=d", "vcov=classical", "bootstrap=wild",
                "bootstrap_null=unrestricted").ok();
    }

    @Test
    void eventStudyOptions() {
        JsonObject es = estimate("panel.eventstudy", "formula=y ~ x", "start_column=first_treat", "bin_low=-2",
                "bin_high=2", "ref=-1", "trends_residualised=true").ok().json();
        assertTrue(hasTest(es, "pretrend"));
        assertEquals(5, es.getAsJsonObject("tables").getAsJsonObject("event_study").getAsJsonArray("rows").size());
        estimate("panel.eventstudy", "formula=y ~ x", "start_column=first_treat", "bin_low=-2", "bin_high=2",
                "endpoints=trim").ok();
        JsonObject cs = estimate("panel.eventstudy", "formula=y ~ 1", "start_column=first_treat", "method=cs",
                "control_group=notyet").ok().json();
        assertTrue(hasTest(cs, "pretrend"));
    }

    @Test
    void placeboIsThreadCountIndependent() {
        String one = estimate("panel.placebo", "formula=y ~ x", "start_column=first_treat", "reps=40", "seed=5",
                "assign=both", "threads=1").ok().json().getAsJsonObject("tables").get("placebo").toString();
        String two = estimate("panel.placebo", "formula=y ~ x", "start_column=first_treat", "reps=40", "seed=5",
                "assign=both", "threads=2").ok().json().getAsJsonObject("tables").get("placebo").toString();
        assertEquals(one, two);
        estimate("panel.placebo", "formula=y ~ x", "treated=u1,u2,u3", "start=2004", "kind=in_time",
                "fake_start=2003").ok();
        estimate("panel.placebo", "formula=y ~ x", "treated=u1,u2", "start=2004", "kind=in_space", "reps=20").ok();
    }

    @Test
    void badInputExitsTwoNamingTheProblem() {
        Cli.Run reps = estimate("panel.placebo", "formula=y ~ x", "start_column=first_treat", "reps=0").expectCode(2);
        assertTrue(reps.err().contains("reps"), reps.describe());
        Cli.Run start = estimate("panel.did", "formula=y ~ x", "treated=u1", "start=2030").expectCode(2);
        assertTrue(start.err().contains("start=2030"), start.describe());
        Cli.Run first = estimate("panel.did", "formula=y ~ x", "treated=u1", "start=2001").expectCode(2);
        assertTrue(first.err().contains("no untreated periods"), first.describe());
        Cli.Run unit = estimate("panel.did", "formula=y ~ x", "treated=u1,u42", "start=2004").expectCode(2);
        assertTrue(unit.err().contains("u42"), unit.describe());
        Cli.Run none = estimate("panel.did", "formula=y ~ x").expectCode(2);
        assertTrue(none.err().contains("start_column"), none.describe());
    }

    @Test
    void studyRunsTheThreeAnalyses() throws Exception {
        Path dir = Cli.freshDir("did-study");
        Cli.write(dir, "data/staggered.csv", Cli.read(data));
        Path study = Cli.write(dir, "did.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="Staggered DID" description="Test study: DID, event study and placebo.">
                  <datasets name="panel" source="data/staggered.csv" entityColumn="id" timeColumn="year"/>
                  <analyses name="did" estimatorId="panel.did" dataset="panel">
                    <parameters name="formula" value="y ~ x"/>
                    <parameters name="start_column" value="first_treat"/>
                    <parameters name="bootstrap" value="wild"/>
                  </analyses>
                  <analyses name="event" estimatorId="panel.eventstudy" dataset="panel">
                    <parameters name="formula" value="y ~ x"/>
                    <parameters name="start_column" value="first_treat"/>
                    <parameters name="bin_low" value="-3"/>
                    <parameters name="bin_high" value="3"/>
                  </analyses>
                  <analyses name="placebo" estimatorId="panel.placebo" dataset="panel">
                    <parameters name="formula" value="y ~ x"/>
                    <parameters name="start_column" value="first_treat"/>
                    <parameters name="reps" value="30"/>
                  </analyses>
                  <analyses name="placebo_time" estimatorId="panel.placebo" dataset="panel">
                    <parameters name="formula" value="y ~ x"/>
                    <parameters name="start_column" value="first_treat"/>
                    <parameters name="kind" value="in_time"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out");
        Cli.run("run", study.toString(), "--out", out.toString(), "--no-record").ok();
        for (String name : List.of("did", "event", "placebo")) {
            assertTrue(Files.exists(out.resolve(name + ".json")), name);
        }
        JsonObject placebo = Cli.parseObject(Files.readString(out.resolve("placebo.json")));
        assertEquals(30, placebo.getAsJsonObject("tables").getAsJsonObject("placebo").getAsJsonArray("rows").size());
        assertTrue(Files.readString(out.resolve("report.md")).contains("panel.did"));
        // the in-time placebo: its table with the intervals it draws, and its chart beside the report
        JsonObject inTime = Cli.parseObject(Files.readString(out.resolve("placebo_time.json")));
        assertTrue(inTime.getAsJsonObject("tables").getAsJsonObject("in_time").get("columns").toString()
                .contains("\"conf_high\""), inTime.getAsJsonObject("tables").toString());
        assertTrue(Files.size(out.resolve("placebo_time-placebo_in_time.png")) > 5_000);
        assertTrue(Files.readString(out.resolve("report.md")).contains("(placebo_time-placebo_in_time.png)"));
    }
}
