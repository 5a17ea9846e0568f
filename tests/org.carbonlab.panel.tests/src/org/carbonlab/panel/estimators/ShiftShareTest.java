package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.fit;
import static org.carbonlab.panel.estimators.RandomEffectsEstimatorTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code panel.shiftshare} on hand-computed small cases (base-period shares times shocks, an industry mapping that
 * splits a code, leave-one-out shocks from unit-level contributions), its named bad inputs, and the Rotemberg
 * weights on a simulated panel: they sum to 1, Σ α_k β_k equals the Bartik 2SLS estimate of {@code panel.iv}, and
 * each β_k equals {@code panel.iv} with component k alone as the instrument.
 */
class ShiftShareTest {
    private static PanelFrame small;

    @BeforeAll
    static void load() {
        small = DataReader.readPanel(resource("shiftshare", "panel.csv"), null, "city", "year");
    }

    static double cell(ResultTable t, String entity, long time, String column) {
        int c = t.columnIndex(column);
        for (List<Object> row : t.rows()) {
            if (row.get(0).toString().equals(entity) && ((Number) row.get(1)).longValue() == time) {
                Object v = row.get(c);
                return v == null ? Double.NaN : ((Number) v).doubleValue();
            }
        }
        throw new AssertionError("no row " + entity + " " + time);
    }

    private static Result build(String... kv) {
        return fit(new ShiftShareEstimator(), small, kv);
    }

    @Test
    void baseSharesTimesShocks() {
        // shares in 2000 (the 2001 rows are ignored); shocks k1: 1, 2; k2: -1, 0.5; k3: 3, 4
        Result r = build("shares", "shares.csv", "shocks", "shocks.csv", "base", "2000");
        ResultTable t = r.tables().get("shiftshare");
        assertEquals(List.of("entity", "time", "bartik"), t.columns());
        double[][] expected = {{0.6 * 1 + 0.4 * -1, 0.6 * 2 + 0.4 * 0.5}, {0.2 * 1 + 0.8 * -1, 0.2 * 2 + 0.8 * 0.5},
            {0.5 * 1 + 0.5 * 3, 0.5 * 2 + 0.5 * 4}};
        String[] units = {"A", "B", "C"};
        for (int i = 0; i < 3; i++) {
            for (int s = 0; s < 2; s++) {
                assertEquals(expected[i][s], cell(t, units[i], 2001 + s, "bartik"), 1e-15, units[i] + (2001 + s));
            }
        }
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("k4")), "unused shock industry named");
        Result other = build("shares", "shares.csv", "shocks", "shocks.csv", "base", "2001", "name", "z");
        assertEquals(0.9 * 1 + 0.1 * -1, cell(other.tables().get("shiftshare"), "A", 2001, "z"), 1e-15);
    }

    @Test
    void mappingSplitsCodesByWeight() {
        Result r = build("shares", "shares_isic.csv", "shocks", "shocks.csv", "mapping", "mapping.csv");
        ResultTable t = r.tables().get("shiftshare");
        // A: a->k1 0.6; b (0.4) -> k2 0.2, k3 0.2.  B: a 0.2 -> k1; b 0.8 -> k2 0.4, k3 0.4.  C: c -> k3 1.0
        assertEquals(0.6 * 1 + 0.2 * -1 + 0.2 * 3, cell(t, "A", 2001, "bartik"), 1e-15);
        assertEquals(0.6 * 2 + 0.2 * 0.5 + 0.2 * 4, cell(t, "A", 2002, "bartik"), 1e-15);
        assertEquals(0.2 * 1 + 0.4 * -1 + 0.4 * 3, cell(t, "B", 2001, "bartik"), 1e-15);
        assertEquals(4.0, cell(t, "C", 2002, "bartik"), 1e-15);
        Result partial = build("shares", "shares_isic.csv", "shocks", "shocks.csv", "mapping", "mapping_partial.csv");
        assertTrue(partial.warnings().stream().anyMatch(w -> w.contains("b (0.75)") && w.contains("do not sum to 1")),
                partial.warnings().toString());
        assertEquals(0.6 * 1 + 0.2 * -1 + 0.1 * 3, cell(partial.tables().get("shiftshare"), "A", 2001, "bartik"),
                1e-15);
    }

    @Test
    void leaveOneOutRemovesTheUnitsOwnContribution() {
        String[] common = {"shares", "shares_k12.csv", "shocks", "unit_shocks.csv", "shocks_entity", "city",
            "shocks_value", "robots", "shocks_denominator", "workers"};
        Result full = build(common);
        ResultTable t = full.tables().get("shiftshare");
        // 2001: k1 = (2+4+6)/(10+20+10), k2 = (1+0+3)/(10+10+20)
        assertEquals(0.6 * 12 / 40 + 0.4 * 4 / 40, cell(t, "A", 2001, "bartik"), 1e-15);
        String[] loo = new String[common.length + 2];
        System.arraycopy(common, 0, loo, 0, common.length);
        loo[common.length] = "leave_one_out";
        loo[common.length + 1] = "true";
        ResultTable l = build(loo).tables().get("shiftshare");
        // A leaves out its own robots and workers: k1 = (4+6)/(20+10), k2 = (0+3)/(10+20)
        assertEquals(0.6 * 10 / 30 + 0.4 * 3 / 30, cell(l, "A", 2001, "bartik"), 1e-15);
        // C 2002: k1 = (3+5)/(10+20), k2 = (2+1)/(10+10)
        assertEquals(0.5 * 8 / 30 + 0.5 * 3 / 20, cell(l, "C", 2002, "bartik"), 1e-15);
    }

    @Test
    void badInputIsNamed() {
        InputException unmatched = assertThrows(InputException.class,
                () -> build("shares", "shares_unmatched.csv", "shocks", "shocks.csv"));
        assertTrue(unmatched.getMessage().contains("unmatched industries") && unmatched.getMessage().contains("k8, k9"),
                unmatched.getMessage());
        Result dropped = build("shares", "shares_unmatched.csv", "shocks", "shocks.csv", "unmatched", "drop");
        assertEquals(0.6 * 1, cell(dropped.tables().get("shiftshare"), "A", 2001, "bartik"), 1e-15);
        InputException base = assertThrows(InputException.class,
                () -> build("shares", "shares.csv", "shocks", "shocks.csv", "base", "1999"));
        assertTrue(base.getMessage().contains("missing base period") && base.getMessage().contains("base=1999"),
                base.getMessage());
        InputException noBase = assertThrows(InputException.class,
                () -> build("shares", "shares.csv", "shocks", "shocks.csv"));
        assertTrue(noBase.getMessage().contains("--set base=PERIOD"), noBase.getMessage());
        InputException unmapped = assertThrows(InputException.class, () -> build("shares", "shares_isic.csv",
                "shocks", "shocks.csv", "mapping", "shares_k12.csv", "mapping_from", "industry", "mapping_to", "city"));
        assertTrue(unmapped.getMessage().contains("not in the mapping table"), unmapped.getMessage());
        InputException loo = assertThrows(InputException.class,
                () -> build("shares", "shares_k12.csv", "shocks", "shocks.csv", "leave_one_out", "true"));
        assertTrue(loo.getMessage().contains("shocks_entity"), loo.getMessage());
        InputException file = assertThrows(InputException.class,
                () -> build("shares", "nope.csv", "shocks", "shocks.csv"));
        assertTrue(file.getMessage().contains("shares=nope.csv"), file.getMessage());
    }

    /** A simulated city panel with industry shares and robot shocks, written under the test folder. */
    static Path simulated() throws IOException {
        Path dir = Path.of(System.getProperty("carbonlab.test.dir", "target/test-files"), "shiftshare-sim");
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(7);
        int units = 40;
        int periods = 5;
        int industries = 6;
        double[][] share = new double[units][industries];
        StringBuilder sh = new StringBuilder("city,industry,share\n");
        for (int i = 0; i < units; i++) {
            double sum = 0;
            for (int k = 0; k < industries; k++) {
                share[i][k] = rnd.nextDouble();
                sum += share[i][k];
            }
            for (int k = 0; k < industries; k++) {
                share[i][k] /= sum;
                sh.append(String.format(Locale.ROOT, "c%02d,ind%d,%.17g%n", i, k, share[i][k]));
            }
        }
        double[][] g = new double[industries][periods];
        StringBuilder sk = new StringBuilder("industry,year,shock\n");
        for (int k = 0; k < industries; k++) {
            for (int t = 0; t < periods; t++) {
                g[k][t] = rnd.nextGaussian() + 0.3 * k * t;
                sk.append(String.format(Locale.ROOT, "ind%d,%d,%.17g%n", k, 2010 + t, g[k][t]));
            }
        }
        StringBuilder pd = new StringBuilder("city,year,y,robots,gdp\n");
        double[] fe = new double[units];
        for (int i = 0; i < units; i++) {
            fe[i] = rnd.nextGaussian();
        }
        for (int i = 0; i < units; i++) {
            for (int t = 0; t < periods; t++) {
                double b = 0;
                for (int k = 0; k < industries; k++) {
                    b += share[i][k] * g[k][t];
                }
                double v = rnd.nextGaussian();
                double gdp = rnd.nextGaussian();
                double robots = 0.8 * b + 0.3 * gdp + fe[i] + v;
                double y = -0.5 * robots + 0.2 * gdp + fe[i] + 0.5 * v + rnd.nextGaussian();
                pd.append(String.format(Locale.ROOT, "c%02d,%d,%.17g,%.17g,%.17g%n", i, 2010 + t, y, robots, gdp));
            }
        }
        Files.writeString(dir.resolve("shares.csv"), sh);
        Files.writeString(dir.resolve("shocks.csv"), sk);
        Files.writeString(dir.resolve("panel.csv"), pd);
        return dir;
    }

    @Test
    void rotembergWeightsSumToOneAndReproduceTheBartikEstimate() throws IOException {
        Path dir = simulated();
        PanelFrame data = DataReader.readPanel(dir.resolve("panel.csv"), null, "city", "year");
        String formula = "y ~ gdp | city + year | robots ~ bartik";
        Result r = fit(new ShiftShareEstimator(), data, "shares", "shares.csv", "shocks", "shocks.csv", "formula",
                formula);
        assertEquals(1.0, r.number("rotemberg_sum_alpha"), 1e-12);
        double bartik = r.number("bartik_2sls_estimate");
        assertEquals(bartik, r.number("rotemberg_sum_alpha_beta"), 1e-10 * Math.abs(bartik));
        // the same estimate from panel.iv with the built column as instrument
        ResultTable built = r.tables().get("shiftshare");
        double[] z = new double[data.rows()];
        for (int i = 0; i < data.rows(); i++) {
            z[i] = cell(built, data.entityLabel(i), data.time(i), "bartik");
        }
        PanelFrame withZ = data.withColumn("bartik", z);
        Result iv = fit(new IvEstimator(), withZ, "formula", formula);
        double b = iv.coefficient("robots").orElseThrow().estimate();
        assertEquals(b, bartik, 1e-9 * Math.abs(b));
        // beta_k = panel.iv with component k (share_k x shock_k) alone as the instrument
        ResultTable rot = r.tables().get("rotemberg");
        List<Object> row = rot.rows().get(2);
        String industry = row.get(0).toString();
        assertEquals("ind2", industry);
        int k = 2;
        double[] comp = component(data, dir, k);
        Result ivk = fit(new IvEstimator(), data.withColumn("ck", comp), "formula",
                "y ~ gdp | city + year | robots ~ ck");
        double bk = ivk.coefficient("robots").orElseThrow().estimate();
        assertEquals(bk, ((Number) row.get(2)).doubleValue(), 1e-9 * Math.abs(bk), "beta_k");
    }

    /** s_ik · g_kt per row, read back from the simulated files. */
    private static double[] component(PanelFrame data, Path dir, int k) throws IOException {
        List<String> shareLines = Files.readAllLines(dir.resolve("shares.csv"));
        List<String> shockLines = Files.readAllLines(dir.resolve("shocks.csv"));
        double[] out = new double[data.rows()];
        for (int i = 0; i < data.rows(); i++) {
            double s = Double.NaN;
            double g = Double.NaN;
            for (String l : shareLines) {
                String[] f = l.split(",");
                if (f[0].equals(data.entityLabel(i)) && f[1].equals("ind" + k)) {
                    s = Double.parseDouble(f[2]);
                }
            }
            for (String l : shockLines) {
                String[] f = l.split(",");
                if (f[0].equals("ind" + k) && f[1].equals(Long.toString(data.time(i)))) {
                    g = Double.parseDouble(f[2]);
                }
            }
            out[i] = s * g;
        }
        return out;
    }
}
