package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.DidPanels.close;
import static org.carbonlab.panel.estimators.SyntheticPanels.coef;
import static org.carbonlab.panel.estimators.SyntheticPanels.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.api.Test;

/**
 * {@code panel.eventstudy} against explicit event-time dummies fitted by {@code panel.fe} (coefficients and cluster
 * SEs rel 1e-10), the pre-trend F against the Wald statistic computed by hand from that fit's covariance (1e-9),
 * trimming against the dummy regression on the trimmed rows, the CS version against {@code panel.did}'s dynamic
 * aggregation, and the trends table against hand means (1e-12).
 */
class EventStudyEstimatorTest {
    private static final int[] STARTS = DidEstimatorTest.STARTS;
    private final PanelFrame data = DidPanels.staggered(STARTS, 8, 11L);

    /** Event-time dummies e_m3, e_m2, e_p0..e_p3 with endpoints binned at -3 and 3 (or rows trimmed). */
    private PanelFrame withDummies(PanelFrame d, boolean bin) {
        int[] events = {-3, -2, 0, 1, 2, 3};
        PanelFrame out = d;
        for (int e : events) {
            double[] col = new double[d.rows()];
            for (int r = 0; r < d.rows(); r++) {
                int start = STARTS[Integer.parseInt(d.entityLabel(r)) - 1];
                if (start == 0) {
                    continue;
                }
                long rel = d.time(r) - start;
                if (bin) {
                    rel = Math.max(-3, Math.min(3, rel));
                }
                col[r] = rel == e ? 1 : 0;
            }
            out = out.withColumn(name(e), col);
        }
        return out;
    }

    private static String name(int e) {
        return e < 0 ? "e_m" + (-e) : "e_p" + e;
    }

    private static final String DUMMIES = "e_m3 + e_m2 + e_p0 + e_p1 + e_p2 + e_p3";

    @Test
    void binnedEventStudyEqualsExplicitDummies() {
        Result es = fit(new EventStudyEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat",
                "bin_low", "-3", "bin_high", "3"));
        Result fe = fit(new FixedEffectsEstimator(), withDummies(data, true),
                params("formula", "y ~ " + DUMMIES + " + x", "effect", "twoways", "vcov", "cluster"));
        for (int e : new int[] {-3, -2, 0, 1, 2, 3}) {
            close(coef(fe, name(e)).estimate(), coef(es, "event_time::" + e).estimate(), 1e-10, "e=" + e);
            close(coef(fe, name(e)).stdError(), coef(es, "event_time::" + e).stdError(), 1e-10, "se e=" + e);
        }
        close(coef(fe, "x").estimate(), coef(es, "x").estimate(), 1e-10, "x");
        // pre-trend F = b' V^-1 b / 2 over e = -3, -2
        List<String> terms = fe.vcovTerms();
        int a = terms.indexOf("e_m3");
        int b = terms.indexOf("e_m2");
        double[][] v = fe.vcov();
        double b1 = coef(fe, "e_m3").estimate();
        double b2 = coef(fe, "e_m2").estimate();
        double det = v[a][a] * v[b][b] - v[a][b] * v[b][a];
        double w = (b1 * b1 * v[b][b] - 2 * b1 * b2 * v[a][b] + b2 * b2 * v[a][a]) / det;
        TestResult pre = es.test("pretrend").orElseThrow();
        close(w / 2, pre.statistic(), 1e-9, "pretrend F");
        assertEquals(11.0, pre.df()[1], 0);
        // the plot table holds every event time, the reference at zero
        ResultTable t = es.tables().get("event_study");
        assertEquals(7, t.rows().size());
        List<Object> refRow = t.rows().get(2);
        assertEquals(-1L, ((Number) refRow.get(0)).longValue());
        assertEquals(true, refRow.get(5));
    }

    @Test
    void trimmedEventStudyEqualsDummiesOnTrimmedRows() {
        Result es = fit(new EventStudyEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat",
                "bin_low", "-3", "bin_high", "3", "endpoints", "trim"));
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < data.rows(); r++) {
            int start = STARTS[Integer.parseInt(data.entityLabel(r)) - 1];
            long rel = data.time(r) - start;
            if (start == 0 || (rel >= -3 && rel <= 3)) {
                keep.add(r);
            }
        }
        PanelFrame sub = withDummies(data, false).subset(keep.stream().mapToInt(Integer::intValue).toArray());
        Result fe = fit(new FixedEffectsEstimator(), sub,
                params("formula", "y ~ " + DUMMIES + " + x", "effect", "twoways", "vcov", "cluster"));
        for (int e : new int[] {-3, -2, 0, 1, 2, 3}) {
            close(coef(fe, name(e)).estimate(), coef(es, "event_time::" + e).estimate(), 1e-10, "trim e=" + e);
            close(coef(fe, name(e)).stdError(), coef(es, "event_time::" + e).stdError(), 1e-10, "trim se e=" + e);
        }
        assertEquals(data.rows() - keep.size(), ((Number) es.statistic("rows_trimmed")).intValue());
    }

    @Test
    void callawaySantAnnaVersionAndTrends() {
        Result es = fit(new EventStudyEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat",
                "method", "cs"));
        Result did = fit(new DidEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat"));
        ResultTable dyn = did.tables().get("cs_dynamic");
        for (List<Object> row : dyn.rows()) {
            long e = ((Number) row.get(0)).longValue();
            close(((Number) row.get(1)).doubleValue(), coef(es, "event_time::" + e).estimate(), 1e-14, "cs e=" + e);
            close(((Number) row.get(2)).doubleValue(), coef(es, "event_time::" + e).stdError(), 1e-14, "cs se e=" + e);
        }
        assertTrue(es.test("pretrend").isPresent());
        // trends: mean outcome of ever-treated and never-treated units per year
        double[] y = data.numeric("y");
        ResultTable trends = es.tables().get("trends");
        for (List<Object> row : trends.rows()) {
            long year = ((Number) row.get(0)).longValue();
            boolean treated = "treated".equals(row.get(1));
            double s = 0;
            int c = 0;
            for (int r = 0; r < data.rows(); r++) {
                boolean isTreated = STARTS[Integer.parseInt(data.entityLabel(r)) - 1] > 0;
                if (data.time(r) == year && isTreated == treated) {
                    s += y[r];
                    c++;
                }
            }
            close(s / c, ((Number) row.get(2)).doubleValue(), 1e-12, "trend " + year);
        }
        assertEquals(2004L, ((Number) es.statistic("policy_period")).longValue());
    }

    @Test
    void referenceOutsideTheWindowIsNamed() {
        InputException e = assertThrows(InputException.class, () -> fit(new EventStudyEstimator(), data,
                params("formula", "y ~ x", "start_column", "first_treat", "ref", "-9")));
        assertTrue(e.getMessage().contains("ref=-9"), e.getMessage());
    }
}
