package org.carbonlab.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFiles;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The study steps study.table, study.summary and study.robustness, run by the study runner on small estimators
 * registered in code; expected numbers are worked out by hand in the comments.
 */
class StudyStepsTest {

    /** y on x with an intercept (intercept = false: through the origin): classical OLS, t(n-k) inference. */
    public static final class Slope implements Estimator {
        private final boolean intercept;

        Slope(boolean intercept) {
            this.intercept = intercept;
        }

        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of(ParameterSpec.required("y", ParameterType.COLUMN, "outcome"),
                    ParameterSpec.required("x", ParameterType.COLUMN, "regressor"));
        }

        @Override
        public Result estimate(EstimationContext c) {
            double[] y = c.data().numeric(c.parameters().string("y"));
            double[] x = c.data().numeric(c.parameters().string("x"));
            int n = y.length;
            double mx = 0;
            double my = 0;
            if (intercept) {
                for (int i = 0; i < n; i++) {
                    mx += x[i] / n;
                    my += y[i] / n;
                }
            }
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
            double b = sxy / sxx;
            double ssr = 0;
            for (int i = 0; i < n; i++) {
                double e = y[i] - my - b * (x[i] - mx);
                ssr += e * e;
            }
            int df = n - (intercept ? 2 : 1);
            double se = Math.sqrt(ssr / df / sxx);
            TDistribution t = new TDistribution(df);
            double q = t.inverseCumulativeProbability(0.975);
            double p = 2 * t.cumulativeProbability(-Math.abs(b / se));
            Result r = new Result(intercept ? "test.slope" : "test.origin");
            r.addCoefficient(new Coefficient("x", b, se, b / se, p, b - q * se, b + q * se));
            r.statistic("n_obs", n);
            return r;
        }
    }

    /** {@code formula = y ~ term}: the least-squares slope of the one term, named as the formula names it. */
    public static final class Line implements Estimator {
        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of(ParameterSpec.required("formula", ParameterType.FORMULA, "y ~ term"));
        }

        @Override
        public Result estimate(EstimationContext c) {
            ModelFrame m = ModelFrame.of(c.data(), c.parameters().string("formula"));
            double[] y = m.y();
            double[] x = m.column(1);
            int n = y.length;
            double mx = 0;
            double my = 0;
            for (int i = 0; i < n; i++) {
                mx += x[i] / n;
                my += y[i] / n;
            }
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
            double b = sxy / sxx;
            Result r = new Result("test.line");
            r.addCoefficient(new Coefficient(m.columnLabels().get(1), b, 0.5, b / 0.5, 0.1, b - 1, b + 1));
            r.statistic("n_obs", n);
            return r;
        }
    }

    /** Fixed results shaped as a spatial Durbin model, an IV with a first stage, and a GMM. */
    public static final class Shaped implements Estimator {
        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of(ParameterSpec.choice("kind", "sdm", List.of("sdm", "iv", "gmm"), "shape"));
        }

        @Override
        public Result estimate(EstimationContext c) {
            Result r = new Result("test.shaped");
            switch (c.parameters().string("kind")) {
                case "sdm" -> {
                    r.addCoefficient(new Coefficient("x", 0.5, 0.1, 5, 0.001, 0.3, 0.7));
                    r.addCoefficient(new Coefficient("W*x", -0.25, 0.2, -1.25, 0.2, -0.6, 0.1));
                    r.addCoefficient(new Coefficient("rho", 0.3, 0.05, 6, 0.0001, 0.2, 0.4));
                    r.statistic("n_obs", 60).statistic("log_likelihood", -12.5).statistic("effect", "twoways");
                }
                case "iv" -> {
                    r.addCoefficient(new Coefficient("x", 1.5, 0.5, 3, 0.04, 0.5, 2.5));
                    r.statistic("n_obs", 40).statistic("r2", 0.75);
                    ModelResult first = new ModelResult("first_stage:x");
                    first.addCoefficient(new Coefficient("z", 2.0, 0.4, 5, 0.0002, 1.2, 2.8));
                    first.statistic("r2", 0.5);
                    r.models().add(first);
                }
                default -> {
                    r.addCoefficient(new Coefficient("x", 0.8, 0.2, 4, 0.003, 0.4, 1.2));
                    r.statistic("n_obs", 50).statistic("n_instruments", 7).statistic("n_groups", 10);
                    r.addTest(TestResult.normal("ar2", 0.5, 0.6171));
                    r.addTest(TestResult.chi2("hansen", 3.2, 4, 0.525));
                }
            }
            return r;
        }
    }

    private static EstimatorRegistry registry() {
        return new EstimatorRegistry()
                .register(new EstimatorDescriptor("test.slope", "Slope", "test", "1", null, "t", () -> new Slope(true)))
                .register(new EstimatorDescriptor("test.origin", "Origin", "test", "1", null, "t", () -> new Slope(false)))
                .register(new EstimatorDescriptor("test.line", "Line", "test", "1", null, "t", Line::new))
                .register(new EstimatorDescriptor("test.shaped", "Shaped", "test", "1", null, "t", Shaped::new))
                .register(new EstimatorDescriptor("test.scale", "Scale", "test", "1", null, "t",
                        StudyRunnerTest.Scale::new));
    }

    private static Path dir() throws IOException {
        String configured = System.getProperty("carbonlab.test.dir");
        Path base = configured != null ? Path.of(configured) : Path.of("target", "test-files");
        Files.createDirectories(base);
        return Files.createTempDirectory(base, "steps");
    }

    private static Analysis analysis(Study s, String name, String estimator, String... params) {
        Analysis a = ModelFactory.eINSTANCE.createAnalysis();
        a.setName(name);
        a.setEstimatorId(estimator);
        a.setDataset(s.getDatasets().get(0));
        for (int i = 0; i < params.length; i += 2) {
            ParameterValue p = ModelFactory.eINSTANCE.createParameterValue();
            p.setName(params[i]);
            p.setValue(params[i + 1]);
            a.getParameters().add(p);
        }
        s.getAnalyses().add(a);
        return a;
    }

    private static Study study(Path d) throws IOException {
        Files.writeString(d.resolve("panel.csv"), """
                id,year,region,y,x,z
                A,2001,east,2,1,1
                A,2002,east,4,2,3
                B,2001,west,5,3,2
                B,2002,west,9,4,8
                C,2001,west,10,5,5
                C,2002,west,11,6,7
                """);
        Study s = StudyFiles.create("steps test");
        Dataset ds = ModelFactory.eINSTANCE.createDataset();
        ds.setName("panel");
        ds.setSource("panel.csv");
        ds.setEntityColumn("id");
        ds.setTimeColumn("year");
        s.getDatasets().add(ds);
        return s;
    }

    private record Run(StudyRunner.Outcome outcome, String log, Path out) {
        JsonObject json(String name) throws IOException {
            return JsonParser.parseString(Files.readString(out.resolve(name + ".json"))).getAsJsonObject();
        }
    }

    private static Run run(Study s, Path d) throws IOException {
        Path file = d.resolve("s.carbonlab");
        StudyFiles.save(s, file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StudyRunner.Outcome o = new StudyRunner(registry(), "test").charts(new ChartRegistry())
                .run(file, d.resolve("out"), new PrintStream(log, true, StandardCharsets.UTF_8));
        return new Run(o, log.toString(StandardCharsets.UTF_8), d.resolve("out"));
    }

    private static List<String> row(JsonArray rows, String first) {
        for (var r : rows) {
            JsonArray a = r.getAsJsonArray();
            if (a.get(0).getAsString().equals(first)) {
                return a.asList().stream().map(e -> e.isJsonNull() ? "" : e.getAsString()).toList();
            }
        }
        throw new AssertionError("no row '" + first + "' in " + rows);
    }

    @Test
    void combinedTablePutsDifferentEstimatorsAndModelPartsSideBySide() throws IOException {
        Path d = dir();
        Study s = study(d);
        analysis(s, "sdm", "test.shaped", "kind", "sdm");
        analysis(s, "iv", "test.shaped", "kind", "iv");
        analysis(s, "gmm", "test.shaped", "kind", "gmm");
        analysis(s, "combined", "study.table", "columns", "sdm#main, sdm#wx, iv/first_stage:x, iv, gmm",
                "groups", "SDM (W rook),SDM (W rook),IV,IV,GMM", "labels", "Main,Wx,First stage,Second stage,Sys-GMM",
                "stars", "0.1,0.05,0.01");
        Run r = run(s, d);
        assertEquals(0, r.outcome().failed(), r.log());
        JsonArray rows = r.json("combined").getAsJsonObject("tables").getAsJsonObject("table").getAsJsonArray("rows");
        assertEquals(List.of("", "SDM (W rook)", "", "IV", "", "GMM"), row(rows, ""));
        // x: Main 0.5 (p 0.001 → ***), Wx prints W*x in the row of x, first stage has no x, IV 1.5 (p 0.04 → **)
        List<String> x = row(rows, "x");
        assertTrue(x.get(1).startsWith("0.5") && x.get(1).endsWith("***"), x.toString());
        assertTrue(x.get(2).startsWith("-0.25") && !x.get(2).contains("*"), x.toString());
        assertEquals("", x.get(3));
        assertTrue(x.get(4).startsWith("1.5") && x.get(4).endsWith("**") && !x.get(4).endsWith("***"), x.toString());
        assertTrue(x.get(5).startsWith("0.8") && x.get(5).endsWith("***"), x.toString());
        assertTrue(row(rows, "z").get(3).startsWith("2"), row(rows, "z").toString());
        assertTrue(row(rows, "rho").get(1).startsWith("0.3"));
        // N: the Wx half repeats nothing; the first stage takes the IV's sample
        assertEquals(List.of("N", "60", "", "40", "40", "50"), row(rows, "N"));
        assertTrue(row(rows, "Log-likelihood").get(1).startsWith("-12.5"), row(rows, "Log-likelihood").toString());
        assertEquals(List.of("Entity FE", "Yes", "", "No", "No", "No"), row(rows, "Entity FE"));
        assertTrue(row(rows, "AR(2) p").get(5).startsWith("0.617"), row(rows, "AR(2) p").toString());
        assertTrue(row(rows, "Hansen p").get(5).startsWith("0.525"));
        assertEquals("7", row(rows, "Instruments").get(5));
        String report = Files.readString(r.outcome().report());
        assertTrue(report.contains("## combined (study.table)") && report.contains("SDM (W rook)"), report);
    }

    @Test
    void combinedTableNamesWhatIsMissing() throws IOException {
        Path d = dir();
        Study s = study(d);
        analysis(s, "iv", "test.shaped", "kind", "iv");
        analysis(s, "bad", "study.table", "columns", "iv/first_stage:w, nothere, iv#side");
        Run r = run(s, d);
        assertEquals(1, r.outcome().inputFailures(), r.log());
        assertTrue(r.log().contains("has no model 'first_stage:w'; it has: first_stage:x"), r.log());
        assertTrue(r.log().contains("no analysis 'nothere' ran before this table"), r.log());
        assertTrue(r.log().contains("unknown part 'side'"), r.log());
    }

    @Test
    void summaryByRegionAndYear() throws IOException {
        Path d = dir();
        Study s = study(d);
        analysis(s, "scores", "test.scale", "column", "y", "factor", "1");
        analysis(s, "by_region", "study.summary", "analysis", "scores", "table", "scores", "columns", "score",
                "by", "region");
        analysis(s, "sd_by_region", "study.summary", "analysis", "scores", "table", "scores", "columns", "score",
                "by", "region", "statistic", "sd", "total", "false");
        Run r = run(s, d);
        assertEquals(0, r.outcome().failed(), r.log());
        JsonObject t = r.json("by_region").getAsJsonObject("tables").getAsJsonObject("score");
        assertEquals("[\"region\",\"2001\",\"2002\",\"all\"]", t.getAsJsonArray("columns").toString());
        JsonArray rows = t.getAsJsonArray("rows");
        // east: A only (2, 4); west: B and C (5, 10 | 9, 11); all: every unit
        double[][] expected = {{2, 4, 3}, {7.5, 10, 8.75}, {17.0 / 3, 8, 41.0 / 6}};
        String[] groups = {"east", "west", "all"};
        for (int g = 0; g < 3; g++) {
            JsonArray row = rows.get(g).getAsJsonArray();
            assertEquals(groups[g], row.get(0).getAsString());
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[g][j], row.get(j + 1).getAsDouble(), 1e-12, groups[g] + " " + j);
            }
        }
        JsonArray sd = r.json("sd_by_region").getAsJsonObject("tables").getAsJsonObject("score").getAsJsonArray("rows");
        assertEquals(2, sd.size()); // no total row
        assertTrue(sd.get(0).getAsJsonArray().get(1).isJsonNull()); // one unit: no SD
        assertEquals(Math.sqrt(12.5), sd.get(1).getAsJsonArray().get(1).getAsDouble(), 1e-12); // 5, 10
        assertEquals(Math.sqrt(2), sd.get(1).getAsJsonArray().get(2).getAsDouble(), 1e-12); // 9, 11
    }

    @Test
    void robustnessVariantsOfOneAnalysis() throws IOException {
        Path d = dir();
        Study s = study(d);
        analysis(s, "base", "test.slope", "y", "y", "x", "x");
        analysis(s, "robust", "study.robustness", "base", "base", "focal", "x",
                "variant:west_only", "subset=region == \"west\"",
                "variant:outcome_z", "y=z",
                "variant:through_origin", "estimator=test.origin");
        Run r = run(s, d);
        assertEquals(0, r.outcome().failed(), r.log());
        JsonObject json = r.json("robust");
        JsonArray rows = json.getAsJsonObject("tables").getAsJsonObject("robustness").getAsJsonArray("rows");
        assertEquals(4, rows.size());
        // x̄ = 3.5, Sxx = 17.5, Σ(x-x̄)y = 33.5 → 1.9142857; west (x 3..6, y 5 9 10 11): 9.5 / 5 = 1.9;
        // z on x: Σ(x-x̄)z = 21 → 1.2; through the origin: Σxy / Σx² = 177 / 91
        String[] names = {"baseline", "west_only", "outcome_z", "through_origin"};
        double[] b = {33.5 / 17.5, 1.9, 1.2, 177.0 / 91};
        int[] n = {6, 4, 6, 6};
        for (int i = 0; i < 4; i++) {
            JsonArray row = rows.get(i).getAsJsonArray();
            assertEquals(names[i], row.get(0).getAsString());
            assertEquals(b[i], row.get(3).getAsDouble(), 1e-12, names[i]);
            assertEquals(n[i], row.get(8).getAsInt(), names[i]);
            double se = row.get(4).getAsDouble();
            assertTrue(row.get(6).getAsDouble() < b[i] && row.get(7).getAsDouble() > b[i]);
            assertEquals(row.get(7).getAsDouble() - b[i], b[i] - row.get(6).getAsDouble(), 1e-12);
            assertTrue(se > 0);
        }
        // the west-only slope by hand: residuals of y = 0.2 + 1.9 x on (3,5),(4,9),(5,10),(6,11) are
        // -0.9, 1.2, 0.3, -0.6: SSR = 2.7, se = sqrt(2.7 / 2 / 5)
        assertEquals(Math.sqrt(0.27), rows.get(1).getAsJsonArray().get(4).getAsDouble(), 1e-12);
        assertEquals("test.origin", rows.get(3).getAsJsonArray().get(1).getAsString());
        assertEquals(4, json.getAsJsonArray("models").size());
        String report = Files.readString(r.outcome().report());
        assertTrue(report.contains("robust: x across variants"), report);
        assertTrue(Files.isRegularFile(r.out().resolve("robust-focal_coefficient.png")), report);
    }

    @Test
    void robustnessVariantWithALaggedOrTransformedFocalRegressor() throws IOException {
        Path d = dir();
        Study s = study(d);
        analysis(s, "base", "test.line", "formula", "y ~ x");
        analysis(s, "robust", "study.robustness", "base", "base", "focal", "x",
                "variant:lagged", "formula=y ~ lag(x, 1)",
                "variant:named", "formula=y ~ log(x); focal=log(x)",
                "variant:other", "formula=y ~ z; focal=z");
        analysis(s, "ambiguous", "study.robustness", "base", "base", "focal", "x",
                "variant:none", "formula=y ~ z");
        Run r = run(s, d);
        assertEquals(1, r.outcome().inputFailures(), r.log());
        assertTrue(r.log().contains("variant 'none' has no coefficient 'x' nor one transformed term of it "
                + "(name it with focal=TERM); it has: z"), r.log());
        JsonArray rows = r.json("robust").getAsJsonObject("tables").getAsJsonObject("robustness").getAsJsonArray("rows");
        // lagged: rows of 2002 with x of 2001: (lag x, y) = (1, 4), (3, 9), (5, 11): x̄ 3, ȳ 8, Sxy 14, Sxx 8 → 1.75;
        // log(x) and z: the least-squares slope of y on ln x and on z, from the six rows (slope below)
        String[] names = {"baseline", "lagged", "named", "other"};
        String[] terms = {"x", "lag(x,1)", "log(x)", "z"};
        double[] xs = {1, 2, 3, 4, 5, 6};
        double[] ys = {2, 4, 5, 9, 10, 11};
        double[] zs = {1, 3, 2, 8, 5, 7};
        double[] lx = new double[6];
        for (int i = 0; i < 6; i++) {
            lx[i] = Math.log(xs[i]);
        }
        double[] b = {33.5 / 17.5, 1.75, slope(lx, ys), slope(zs, ys)};
        int[] n = {6, 3, 6, 6};
        assertEquals(4, rows.size());
        for (int i = 0; i < 4; i++) {
            JsonArray row = rows.get(i).getAsJsonArray();
            assertEquals(names[i], row.get(0).getAsString());
            assertEquals(terms[i], row.get(2).getAsString());
            assertEquals(b[i], row.get(3).getAsDouble(), 1e-12, names[i]);
            assertEquals(n[i], row.get(8).getAsInt(), names[i]);
        }
        String report = Files.readString(r.outcome().report());
        assertTrue(report.contains("| lagged | lag(x,1) |"), report);
    }

    private static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    @Test
    void quarterlyPeriodsPrintAsLabelsInSummaryAndMap() throws IOException {
        Path d = dir();
        Files.writeString(d.resolve("quarters.csv"), """
                id,quarter,region,y
                A,2015Q4,east,2
                A,2016Q1,east,4
                B,2015Q4,west,5
                B,2016Q1,west,9
                C,2015Q4,west,10
                C,2016Q1,west,11
                """);
        Study s = StudyFiles.create("quarters");
        Dataset ds = ModelFactory.eINSTANCE.createDataset();
        ds.setName("panel");
        ds.setSource("quarters.csv");
        ds.setEntityColumn("id");
        ds.setTimeColumn("quarter");
        s.getDatasets().add(ds);
        Files.writeString(d.resolve("tiles.csv"), "entity,row,col\nA,0,0\nB,0,1\nC,1,0\n");
        analysis(s, "scores", "test.scale", "column", "y", "factor", "1");
        analysis(s, "by_region", "study.summary", "analysis", "scores", "table", "scores", "columns", "score",
                "by", "region");
        analysis(s, "map_y", "study.map", "variable", "y", "layout", "tiles.csv", "periods", "2016Q1", "classes", "2",
                "title", "y");
        Run r = run(s, d);
        assertEquals(0, r.outcome().failed(), r.log());
        JsonObject t = r.json("by_region").getAsJsonObject("tables").getAsJsonObject("score");
        assertEquals("[\"region\",\"2015Q4\",\"2016Q1\",\"all\"]", t.getAsJsonArray("columns").toString());
        // west in 2016Q1: B 9, C 11 → 10
        assertEquals(10, t.getAsJsonArray("rows").get(1).getAsJsonArray().get(2).getAsDouble(), 1e-12);
        JsonArray map = r.json("map_y").getAsJsonObject("tables").getAsJsonObject("map").getAsJsonArray("rows");
        assertEquals(3, map.size());
        // 2016Q1: y = 4, 9, 11; the type-7 median break is 9 → A and B in class 1, C in class 2
        int[] classes = {1, 1, 2};
        for (int i = 0; i < 3; i++) {
            assertEquals("2016Q1", map.get(i).getAsJsonArray().get(1).getAsString());
            assertEquals(classes[i], map.get(i).getAsJsonArray().get(3).getAsInt());
        }
        String report = Files.readString(r.outcome().report());
        assertTrue(report.contains("| 2015Q4 | 2016Q1 |") && report.contains("| 2016Q1 | 1 |"), report);
        assertTrue(Files.isRegularFile(r.out().resolve("map_y-map_2016Q1.svg")), Files.list(r.out()).toList().toString());
        assertTrue(Files.readString(r.out().resolve("map_y-map_2016Q1.svg")).contains("y, 2016Q1"), "map title");
    }

    @Test
    void robustnessVariantWithUnknownParameterFailsNamingIt() throws IOException {
        Path d = dir();
        Study s = study(d);
        analysis(s, "base", "test.slope", "y", "y", "x", "x");
        analysis(s, "robust", "study.robustness", "base", "base", "focal", "x", "variant:bad", "weights=W_none");
        Run r = run(s, d);
        assertEquals(1, r.outcome().inputFailures(), r.log());
        assertTrue(r.log().contains("variant 'bad': no weight matrix 'W_none'"), r.log());
    }

    @Test
    void tileMapClassesByQuantilesAndDrawsOneMapPerPeriod() throws IOException {
        Path d = dir();
        Study s = study(d);
        Files.writeString(d.resolve("tiles.csv"), "entity,row,col,label\nA,0,0,AA\nB,0,1,BB\nC,1,0,CC\n");
        analysis(s, "map_y", "study.map", "variable", "y", "layout", "tiles.csv", "periods", "2001,2002",
                "classes", "3");
        Files.writeString(d.resolve("short.csv"), "entity,row,col\nA,0,0\nB,0,1\n");
        analysis(s, "bad_map", "study.map", "variable", "y", "layout", "short.csv", "periods", "2001");
        Run r = run(s, d);
        assertEquals(1, r.outcome().inputFailures(), r.log());
        assertTrue(r.log().contains("unit 'C' is not in the layout file short.csv"), r.log());
        JsonArray rows = r.json("map_y").getAsJsonObject("tables").getAsJsonObject("map").getAsJsonArray("rows");
        // 2001: y = 2, 5, 10; type-7 tertile breaks 2 + (2/3)·3 = 4 and 5 + (1/3)·5 = 6.667 → classes 1, 2, 3
        // 2002: y = 4, 9, 11; breaks 4 + (2/3)·5 = 7.333 and 9 + (1/3)·2 = 9.667 → classes 1, 2, 3
        assertEquals(6, rows.size());
        double[][] expected = {{2001, 2, 1, 2, 4}, {2001, 5, 2, 4, 5 + 5.0 / 3}, {2001, 10, 3, 5 + 5.0 / 3, 10},
                {2002, 4, 1, 4, 4 + 10.0 / 3}, {2002, 9, 2, 4 + 10.0 / 3, 9 + 2.0 / 3}, {2002, 11, 3, 9 + 2.0 / 3, 11}};
        for (int i = 0; i < 6; i++) {
            JsonArray row = rows.get(i).getAsJsonArray();
            assertEquals((long) expected[i][0], row.get(1).getAsLong());
            assertEquals(expected[i][1], row.get(2).getAsDouble(), 0);
            assertEquals((int) expected[i][2], row.get(3).getAsInt(), "class of row " + i);
            assertEquals(expected[i][3], row.get(4).getAsDouble(), 1e-12, "low of row " + i);
            assertEquals(expected[i][4], row.get(5).getAsDouble(), 1e-12, "high of row " + i);
        }
        // a value on a break falls in the lower class: median break of 2, 5, 10 is 5
        assertEquals(1, MapStep.classOf(5, MapStep.breaks(new double[] {2, 5, 10}, 2)));
        assertTrue(Files.isRegularFile(r.out().resolve("map_y-map_2001.png")), r.log());
        assertTrue(Files.isRegularFile(r.out().resolve("map_y-map_2002.svg")), r.log());
        String svg = Files.readString(r.out().resolve("map_y-map_2001.svg"));
        assertTrue(svg.contains("AA") && svg.contains("CC"), "tiles are labelled");
    }
}
