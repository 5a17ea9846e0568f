package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.SyntheticPanels.coef;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.inference.Distributions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Non-linear effects of panel.ols / panel.fe / panel.re: every number of {@code tables.turning_points} and of the
 * {@code lind_mehlum} test rebuilt by hand (−b1/(2b2), delta method with the covariances, slopes at the bounds, the
 * directional minimum t, Fieller) from a separately fitted model (the estimator's own fit on the same design, without
 * the support layer) to rel 1e-12; against R (resources/nonlinear_by/script.R: plm 2.6-2 within / random and lm,
 * vcov / vcovHC, all by hand) to rel 1e-9; the cubic, the monotone case, a log focal, focal selection and bad input.
 */
class NonLinearEffectsTest {
    static final double HAND = 1e-12;
    static final double R_TOL = 1e-9;

    static Path resource(String name) {
        Path p = Path.of("resources", "nonlinear_by", name);
        assertTrue(Files.exists(p), "test resource missing: " + p.toAbsolutePath());
        return p;
    }

    static PanelFrame data() {
        return DataReader.readPanel(resource("data.csv"), null, "id", "year");
    }

    static JsonObject expected() {
        try {
            return JsonParser.parseString(Files.readString(resource("expected.json"))).getAsJsonObject();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final PanelFrame DATA = data();

    static void close(double expected, double actual, double tol, String what) {
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(rel <= tol, what + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
    }

    static Estimator estimator(String id) {
        return switch (id) {
            case "fe" -> new FixedEffectsEstimator();
            case "re" -> new RandomEffectsEstimator();
            default -> new PooledOlsEstimator();
        };
    }

    /** The estimator's own fit on the evaluated design, without turning points or groups. */
    static Result separateFit(String id, PanelFrame data, Map<String, String> params) {
        Estimator e = estimator(id);
        Parameters p = e.parameters().resolve(params);
        ModelFrame mf = ModelFrame.of(data, params.get("formula"));
        return switch (id) {
            case "fe" -> FixedEffectsEstimator.fit(mf, p);
            case "re" -> RandomEffectsEstimator.fit(mf, p);
            default -> PooledOlsEstimator.fit(mf, p);
        };
    }

    static Result fit(String id, PanelFrame data, Map<String, String> params) {
        Estimator e = estimator(id);
        return e.estimate(EstimationContext.of(data, e.parameters().resolve(params)));
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    static double[] range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        return new double[] {lo, hi};
    }

    /** Hand rebuild of the quadratic turning point, its row in the table and the lind_mehlum test of {@code test}. */
    static double checkQuadratic(ModelResult separate, List<Object> row, TestResult test, String x, String x2,
            double[] xr, double level, String what) {
        double b1 = coef(separate, x).estimate();
        double b2 = coef(separate, x2).estimate();
        List<String> terms = separate.vcovTerms();
        double[][] v = separate.vcov();
        int i1 = terms.indexOf(x);
        int i2 = terms.indexOf(x2);
        double v11 = v[i1][i1];
        double v12 = v[i1][i2];
        double v22 = v[i2][i2];
        boolean tStat = "t".equals(separate.statistic("statistic_type"));
        double df = tStat ? separate.number("p_value_df") : Double.POSITIVE_INFINITY;
        double crit = tStat ? Distributions.tCritical(level, df) : Distributions.normalQuantile(0.5 + level / 2);

        double tp = -b1 / (2 * b2);
        double g1 = -1 / (2 * b2);
        double g2 = b1 / (2 * b2 * b2);
        double se = Math.sqrt(g1 * g1 * v11 + 2 * g1 * g2 * v12 + g2 * g2 * v22);
        double worst = 0;
        if (row != null) {
            assertEquals(x, row.get(0), what + " focal");
            worst = Math.max(worst, rel(tp, num(row.get(1))));
            close(tp, num(row.get(1)), HAND, what + " turning point");
            close(se, num(row.get(2)), HAND, what + " se");
            close(tp - crit * se, num(row.get(3)), HAND, what + " conf_low");
            close(tp + crit * se, num(row.get(4)), HAND, what + " conf_high");
            assertEquals(tp >= xr[0] && tp <= xr[1], row.get(5), what + " inside_range");
            assertEquals(xr[0], num(row.get(6)), 0.0, what + " x_min");
            assertEquals(xr[1], num(row.get(7)), 0.0, what + " x_max");
            assertEquals(b2 < 0 ? "inverse_u" : "u", row.get(8), what + " shape");
            assertEquals(2, ((Number) row.get(9)).intValue());
            // Fieller: (b1 + 2 b2 θ)² = crit² Var(b1 + 2 b2 θ) at both ends
            double a = 4 * b2 * b2 - 4 * crit * crit * v22;
            double bb = 4 * b1 * b2 - 4 * crit * crit * v12;
            double c = b1 * b1 - crit * crit * v11;
            double disc = bb * bb - 4 * a * c;
            if (a > 0 && disc >= 0) {
                close((-bb - Math.sqrt(disc)) / (2 * a), num(row.get(10)), HAND, what + " fieller_low");
                close((-bb + Math.sqrt(disc)) / (2 * a), num(row.get(11)), HAND, what + " fieller_high");
            } else {
                assertNull(row.get(10), what + " unbounded Fieller set");
            }
            worst = Math.max(worst, rel(se, num(row.get(2))));
        }
        // Lind–Mehlum
        double sLo = b1 + 2 * b2 * xr[0];
        double sHi = b1 + 2 * b2 * xr[1];
        double seLo = Math.sqrt(v11 + 4 * xr[0] * v12 + 4 * xr[0] * xr[0] * v22);
        double seHi = Math.sqrt(v11 + 4 * xr[1] * v12 + 4 * xr[1] * xr[1] * v22);
        boolean inverse = b2 < 0;
        double t = inverse ? Math.min(sLo / seLo, -sHi / seHi) : Math.min(-sLo / seLo, sHi / seHi);
        double p = tStat ? Distributions.tUpperP(t, df) : Distributions.normalUpperP(t);
        assertEquals(inverse ? "inverse_u" : "u", test.extra().get("shape"), what + " U-test shape");
        close(t, test.statistic(), HAND, what + " U-test t");
        close(p, test.pValue(), 1e-10, what + " U-test p");
        close(sLo, num(test.extra().get("slope_min")), HAND, what + " slope at x_min");
        close(sHi, num(test.extra().get("slope_max")), HAND, what + " slope at x_max");
        close(seLo, num(test.extra().get("slope_min_se")), HAND, what + " se of slope at x_min");
        close(seHi, num(test.extra().get("slope_max_se")), HAND, what + " se of slope at x_max");
        assertEquals(inverse ? sLo > 0 && sHi < 0 : sLo < 0 && sHi > 0, test.extra().get("extremum_inside"));
        if (tStat) {
            assertEquals("t", test.distribution());
            assertEquals(df, test.df()[0], 0.0);
        } else {
            assertEquals("normal", test.distribution());
            assertEquals(0, test.df().length);
        }
        return Math.max(worst, rel(t, test.statistic()));
    }

    static double rel(double e, double a) {
        return Math.abs(a - e) / Math.max(Math.abs(e), 1e-300);
    }

    @ParameterizedTest
    @CsvSource({"fe,classical", "fe,robust", "fe,cluster", "ols,classical", "ols,robust", "ols,cluster", "re,classical",
            "re,robust"})
    void turningPointRebuiltByHandFromTheSeparateModel(String id, String vcov) {
        Map<String, String> params = params("formula", "y ~ x + I(x^2) + z", "vcov", vcov);
        Result r = fit(id, DATA, params);
        Result separate = separateFit(id, DATA, params);
        // the main coefficients are those of the plain fit
        assertEquals(separate.coefficients(), r.coefficients());
        ResultTable t = r.tables().get("turning_points");
        assertEquals(List.of("focal", "turning_point", "std_error", "conf_low", "conf_high", "inside_range", "x_min",
                "x_max", "shape", "degree", "fieller_low", "fieller_high"), t.columns());
        assertEquals(1, t.rows().size());
        TestResult u = r.test("lind_mehlum").orElseThrow();
        checkQuadratic(separate, t.rows().get(0), u, "x", "I(x^2)", range(DATA.numeric("x")), 0.95, id + "/" + vcov);
    }

    @Test
    void levelChangesTheIntervalOnly() {
        Map<String, String> params = params("formula", "y ~ x + I(x^2) + z", "level", "0.9");
        Result r = fit("fe", DATA, params);
        checkQuadratic(separateFit("fe", DATA, params), r.tables().get("turning_points").rows().get(0),
                r.test("lind_mehlum").orElseThrow(), "x", "I(x^2)", range(DATA.numeric("x")), 0.9, "level 0.9");
    }

    @ParameterizedTest
    @CsvSource({"fe_classical,fe,classical,none,y", "fe_cluster_hc0,fe,cluster,none,y", "fe_monotone,fe,classical,none,ymono",
            "ols_hc1,ols,robust,stata,y", "re_classical,re,classical,stata,y"})
    void matchesR(String block, String id, String vcov, String ssc, String response) {
        JsonObject e = expected().getAsJsonObject(block);
        Result r = fit(id, DATA, params("formula", response + " ~ x + I(x^2) + z", "vcov", vcov, "ssc", ssc));
        List<Object> row = r.tables().get("turning_points").rows().get(0);
        close(e.get("turning_point").getAsDouble(), num(row.get(1)), R_TOL, block + " turning point");
        close(e.get("se").getAsDouble(), num(row.get(2)), R_TOL, block + " se");
        close(e.get("x_min").getAsDouble(), num(row.get(6)), 0, block + " x_min");
        close(e.get("x_max").getAsDouble(), num(row.get(7)), 0, block + " x_max");
        TestResult u = r.test("lind_mehlum").orElseThrow();
        close(e.get("t").getAsDouble(), u.statistic(), R_TOL, block + " t");
        close(e.get("p").getAsDouble(), u.pValue(), 1e-8, block + " p");
        for (String k : new String[] {"slope_min", "slope_min_se", "slope_max", "slope_max_se"}) {
            close(e.get(k).getAsDouble(), num(u.extra().get(k)), R_TOL, block + " " + k);
        }
        if ("fe_monotone".equals(block)) {
            assertEquals(false, row.get(5), "turning point outside the range");
            assertEquals(false, u.extra().get("extremum_inside"));
            assertTrue(u.extra().containsKey("note"), "trivial failure noted");
            assertTrue(u.pValue() > 0.5);
        } else {
            assertEquals(true, row.get(5), "turning point inside the range");
            assertEquals("inverse_u", row.get(8));
            assertTrue(u.pValue() < 1e-10, "inverse U detected");
        }
    }

    @Test
    void cubicRootsMatchR() {
        JsonObject e = expected().getAsJsonObject("cubic");
        Map<String, String> params = params("formula", "y3 ~ x + I(x^2) + I(x^3) + z");
        Result r = fit("fe", DATA, params);
        ResultTable t = r.tables().get("turning_points");
        assertEquals(2, t.rows().size());
        close(e.get("root1").getAsDouble(), num(t.rows().get(0).get(1)), R_TOL, "root 1");
        close(e.get("root2").getAsDouble(), num(t.rows().get(1).get(1)), R_TOL, "root 2");
        close(e.get("se1").getAsDouble(), num(t.rows().get(0).get(2)), R_TOL, "se 1");
        close(e.get("se2").getAsDouble(), num(t.rows().get(1).get(2)), R_TOL, "se 2");
        assertEquals("inverse_u", t.rows().get(0).get(8), "first root: local maximum");
        assertEquals("u", t.rows().get(1).get(8), "second root: local minimum");
        assertEquals(3, ((Number) t.rows().get(0).get(9)).intValue());
        assertNull(t.rows().get(0).get(10), "no Fieller interval for a cubic");
        // by hand from the separate fit: roots of b1 + 2 b2 x + 3 b3 x² and the implicit-function gradient
        Result s = separateFit("fe", DATA, params);
        double b1 = coef(s, "x").estimate();
        double b2 = coef(s, "I(x^2)").estimate();
        double b3 = coef(s, "I(x^3)").estimate();
        double disc = 4 * b2 * b2 - 12 * b3 * b1;
        double[] roots = {(-2 * b2 - Math.sqrt(disc)) / (6 * b3), (-2 * b2 + Math.sqrt(disc)) / (6 * b3)};
        java.util.Arrays.sort(roots);
        List<String> terms = s.vcovTerms();
        int[] idx = {terms.indexOf("x"), terms.indexOf("I(x^2)"), terms.indexOf("I(x^3)")};
        for (int i = 0; i < 2; i++) {
            double rt = roots[i];
            double curv = 2 * b2 + 6 * b3 * rt;
            double[] g = {-1 / curv, -2 * rt / curv, -3 * rt * rt / curv};
            double var = 0;
            for (int a = 0; a < 3; a++) {
                for (int c = 0; c < 3; c++) {
                    var += g[a] * s.vcov()[idx[a]][idx[c]] * g[c];
                }
            }
            close(rt, num(t.rows().get(i).get(1)), 1e-11, "root " + i + " by hand");
            close(Math.sqrt(var), num(t.rows().get(i).get(2)), 1e-10, "se " + i + " by hand");
        }
        TestResult u = r.test("lind_mehlum").orElseThrow();
        assertEquals(2, ((List<?>) u.extra().get("turning_point")).size());
        double[] xr = range(DATA.numeric("x"));
        double sLo = b1 + 2 * b2 * xr[0] + 3 * b3 * xr[0] * xr[0];
        close(sLo, num(u.extra().get("slope_min")), HAND, "cubic slope at x_min");
    }

    @Test
    void logFocalIsDetectedAndUsesTheRangeOfTheLog() {
        Map<String, String> params = params("formula", "y ~ log(x) + I(log(x)^2) + z");
        Result r = fit("fe", DATA, params);
        ResultTable t = r.tables().get("turning_points");
        assertEquals("log(x)", t.rows().get(0).get(0));
        double[] lx = DATA.numeric("x").clone();
        for (int i = 0; i < lx.length; i++) {
            lx[i] = Math.log(lx[i]);
        }
        checkQuadratic(separateFit("fe", DATA, params), t.rows().get(0), r.test("lind_mehlum").orElseThrow(), "log(x)",
                "I(log(x)^2)", range(lx), 0.95, "log focal");
        // spelled differently, same canonical terms
        Result spaced = fit("fe", DATA, params("formula", "y ~ log(x) + I((log(x)) ^ 2) + z"));
        assertEquals(t.rows(), spaced.tables().get("turning_points").rows());
    }

    @Test
    void focalSelectsAmongSeveralPolynomials() {
        Map<String, String> both = params("formula", "y ~ x + I(x^2) + z + I(z^2)");
        Result r = fit("ols", DATA, both);
        assertEquals(2, r.tables().get("turning_points").rows().size());
        assertTrue(r.test("lind_mehlum_x").isPresent() && r.test("lind_mehlum_z").isPresent(), r.tests().toString());
        Result onlyZ = fit("ols", DATA, params("formula", "y ~ x + I(x^2) + z + I(z^2)", "focal", "z"));
        assertEquals(1, onlyZ.tables().get("turning_points").rows().size());
        assertEquals("z", onlyZ.tables().get("turning_points").rows().get(0).get(0));
        assertEquals("z", onlyZ.test("lind_mehlum").orElseThrow().extra().get("focal"));
        Result bySquare = fit("ols", DATA, params("formula", "y ~ x + I(x^2) + z + I(z^2)", "focal", "I(z ^ 2)"));
        assertEquals(onlyZ.tables().get("turning_points").rows(), bySquare.tables().get("turning_points").rows(),
                "any term of the polynomial selects it");
        // a lag with a comma inside the list parameter
        Result lag = fit("fe", DATA, params("formula", "y ~ lag(x,1) + I(lag(x,1)^2)", "focal", "lag(x, 1)"));
        assertEquals("lag(x,1)", lag.tables().get("turning_points").rows().get(0).get(0));
    }

    @Test
    void noPolynomialNoOutputAndWarnings() {
        Result plain = fit("fe", DATA, params("formula", "y ~ x + z"));
        assertFalse(plain.tables().containsKey("turning_points"));
        assertTrue(plain.tests().stream().noneMatch(t -> t.name().startsWith("lind_mehlum")));
        Result focal = fit("fe", DATA, params("formula", "y ~ x + z", "focal", "z"));
        assertTrue(focal.warnings().stream().anyMatch(w -> w.contains("focal term z has no polynomial terms")),
                focal.warnings().toString());
        Result inter = fit("fe", DATA, params("formula", "y ~ x + I(x^2) + x:z"));
        assertTrue(inter.warnings().stream().anyMatch(w -> w.contains("also enters x:z")), inter.warnings().toString());
    }

    @Test
    void focalMustBeATermOfTheFormula() {
        List<String> problems = SyntheticPanels.validate(new FixedEffectsEstimator(), DATA,
                params("formula", "y ~ x + I(x^2) + z", "focal", "w,x*z"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("focal 'w' is not a term of the formula"), problems.toString());
        assertTrue(problems.get(1).contains("not a single term"), problems.toString());
    }
}
