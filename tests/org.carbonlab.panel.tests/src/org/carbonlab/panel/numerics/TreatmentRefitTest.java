package org.carbonlab.panel.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.CoefficientTable;
import org.junit.jupiter.api.Test;

/**
 * {@link TreatmentRefit} (the placebo draws' Frisch–Waugh–Lovell refit) against a full two-way within fit with the
 * drawn dummy: estimate and classical / entity-clustered SE (rel 1e-10) for random absorbing dummies, on an
 * unbalanced panel.
 */
class TreatmentRefitTest {

    @Test
    void refitEqualsFullWithinFit() {
        Random rnd = new Random(3);
        int g = 15;
        int t = 9;
        java.util.List<int[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < g; i++) {
            for (int s = 0; s < t; s++) {
                if (!(i % 4 == 0 && s == 3)) { // unbalanced
                    rows.add(new int[] {i, s});
                }
            }
        }
        int n = rows.size();
        int[] entity = new int[n];
        int[] time = new int[n];
        double[] y = new double[n];
        double[][] controls = new double[2][n];
        for (int r = 0; r < n; r++) {
            entity[r] = rows.get(r)[0];
            time[r] = rows.get(r)[1];
            controls[0][r] = rnd.nextGaussian();
            controls[1][r] = rnd.nextGaussian() + 0.2 * entity[r];
            y[r] = entity[r] * 0.3 + time[r] * 0.1 + controls[0][r] - 0.5 * controls[1][r] + rnd.nextGaussian();
        }
        for (int draw = 0; draw < 5; draw++) {
            double[] d = new double[n];
            int[] start = new int[g];
            for (int i = 0; i < g; i++) {
                start[i] = rnd.nextBoolean() ? 2 + rnd.nextInt(t - 2) : Integer.MAX_VALUE;
            }
            double[][] x = new double[n][3];
            for (int r = 0; r < n; r++) {
                d[r] = time[r] >= start[entity[r]] ? 1 : 0;
                x[r][0] = d[r];
                x[r][1] = controls[0][r];
                x[r][2] = controls[1][r];
            }
            FixedEffectsResult full = FixedEffects.fit(y, x, entity, time, PanelEffect.TWOWAYS);
            CoefficientTable cl = full.cluster(entity, ClusterCorrection.STATA);
            TwoWayAnnihilator m = TwoWayAnnihilator.of(entity, time);
            TreatmentRefit clustered = new TreatmentRefit(y, controls, m, TreatmentRefit.Covariance.CLUSTER, entity,
                    null, cl.smallSampleFactor(), full.dfResid());
            TreatmentRefit.Fit f = clustered.fit(d);
            assertEquals(cl.coefficients()[0], f.estimate(), 1e-10 * Math.abs(cl.coefficients()[0]));
            assertEquals(cl.standardErrors()[0], f.se(), 1e-10 * cl.standardErrors()[0]);
            TreatmentRefit classical = new TreatmentRefit(y, controls, m, TreatmentRefit.Covariance.CLASSICAL, null,
                    null, Double.NaN, full.dfResid());
            assertEquals(full.classical().standardErrors()[0], classical.fit(d).se(),
                    1e-10 * full.classical().standardErrors()[0]);
        }
    }
}
