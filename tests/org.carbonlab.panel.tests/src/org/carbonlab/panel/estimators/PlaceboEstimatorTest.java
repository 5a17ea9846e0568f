package org.carbonlab.panel.estimators;

import static org.carbonlab.panel.estimators.DidPanels.close;
import static org.carbonlab.panel.estimators.SyntheticPanels.coef;
import static org.carbonlab.panel.estimators.SyntheticPanels.fit;
import static org.carbonlab.panel.estimators.SyntheticPanels.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.Test;

/**
 * {@code panel.placebo}: identical draws with 1 and 2 threads and the same seed; every draw's estimate and SE equal a
 * full {@code panel.fe} refit with that draw's dummy (rel 1e-9, checked through the in-time placebo and the numerics
 * test TreatmentRefitTest); the permutation p-value and rank recomputed from the table; cancellation.
 */
class PlaceboEstimatorTest {
    private final PanelFrame data = DidPanels.staggered(DidEstimatorTest.STARTS, 8, 11L);

    @Test
    void drawsDoNotDependOnThreadsAndFollowTheSeed() {
        for (String assign : List.of("units", "timing", "both")) {
            Map<String, String> p = params("formula", "y ~ x", "start_column", "first_treat", "reps", "60", "seed",
                    "99", "assign", assign, "threads", "1");
            Result one = fit(new PlaceboEstimator(), data, p);
            p.put("threads", "2");
            Result two = fit(new PlaceboEstimator(), data, p);
            assertEquals(one.tables().get("placebo").rows(), two.tables().get("placebo").rows(), assign);
            p.put("seed", "100");
            Result other = fit(new PlaceboEstimator(), data, p);
            assertNotEquals(one.tables().get("placebo").rows(), other.tables().get("placebo").rows(), assign);
            checkSummary(one);
        }
    }

    private static void checkSummary(Result r) {
        ResultTable t = r.tables().get("placebo");
        double truth = ((Number) r.statistic("true_estimate")).doubleValue();
        int extreme = 0;
        int below = 0;
        int valid = 0;
        double sum = 0;
        for (List<Object> row : t.rows()) {
            if (row.get(1) == null) {
                continue;
            }
            double est = ((Number) row.get(1)).doubleValue();
            valid++;
            sum += est;
            extreme += Math.abs(est) >= Math.abs(truth) ? 1 : 0;
            below += est < truth ? 1 : 0;
        }
        close((1.0 + extreme) / (valid + 1.0), ((Number) r.statistic("p_permutation")).doubleValue(), 1e-15, "p");
        assertEquals(below + 1, ((Number) r.statistic("true_rank")).intValue());
        close(sum / valid, ((Number) r.statistic("placebo_mean")).doubleValue(), 1e-12, "mean");
    }

    @Test
    void inTimePlaceboEqualsPanelFeOnThePrePeriods() {
        Result r = fit(new PlaceboEstimator(), data, params("formula", "y ~ x", "start_column", "first_treat", "kind",
                "in_time"));
        ResultTable t = r.tables().get("in_time");
        assertEquals(2, t.rows().size()); // pre-periods 2001-2003: fake starts 2002, 2003
        assertEquals(List.of("fake_start", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"),
                t.columns());
        assertEquals(2004L, ((Number) r.statistic("real_start")).longValue());
        for (List<Object> row : t.rows()) {
            long fake = ((Number) row.get(0)).longValue();
            int[] keep = java.util.stream.IntStream.range(0, data.rows()).filter(i -> data.time(i) < 2004).toArray();
            PanelFrame pre = data.subset(keep);
            double[] d = new double[pre.rows()];
            double[] pilot = pre.numeric("pilot");
            for (int i = 0; i < d.length; i++) {
                d[i] = pilot[i] == 1 && pre.time(i) >= fake ? 1 : 0;
            }
            Result fe = fit(new FixedEffectsEstimator(), pre.withColumn("fake", d), params("formula", "y ~ fake + x",
                    "effect", "twoways", "vcov", "cluster"));
            close(coef(fe, "fake").estimate(), ((Number) row.get(1)).doubleValue(), 1e-12, "in-time " + fake);
            close(coef(fe, "fake").stdError(), ((Number) row.get(2)).doubleValue(), 1e-12, "in-time se " + fake);
            close(coef(fe, "fake").confLow(), ((Number) row.get(5)).doubleValue(), 1e-12, "in-time low " + fake);
            close(coef(fe, "fake").confHigh(), ((Number) row.get(6)).doubleValue(), 1e-12, "in-time high " + fake);
        }
    }

    @Test
    void inSpacePlaceboUsesOnlyControls() {
        int[] starts = {2005, 2005, 0, 0, 0, 0, 0, 0, 0, 0};
        PanelFrame d = DidPanels.staggered(starts, 7, 4L);
        Result r = fit(new PlaceboEstimator(), d, params("formula", "y ~ x", "treated", "pilot", "start", "2005",
                "kind", "in_space", "reps", "50"));
        assertEquals(8, ((Number) r.statistic("placebo_units")).intValue());
        assertEquals(50, r.tables().get("placebo").rows().size());
        checkSummary(r);
    }

    @Test
    void cancelStopsTheDraws() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int units) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> SyntheticPanels.fit(new PlaceboEstimator(), data,
                params("formula", "y ~ x", "start_column", "first_treat", "reps", "100000"), 1L, cancelled));
        assertTrue(true);
    }
}
