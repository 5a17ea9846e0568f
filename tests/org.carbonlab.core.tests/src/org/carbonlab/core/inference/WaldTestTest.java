package org.carbonlab.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** {@link WaldTest} against hand formulas: the Wald statistic of one and several restrictions, rank checks. */
class WaldTestTest {

    static void close(double expected, double actual, double tol, String what) {
        double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(rel <= tol, what + ": expected " + expected + ", got " + actual + " (rel " + rel + ")");
    }

    @Test
    void waldStatisticByHand() {
        double[] b = {0.5, 1.5, -0.2};
        double[][] v = {{0.04, 0.01, 0.0}, {0.01, 0.09, 0.002}, {0.0, 0.002, 0.01}};
        // one restriction b2 − b1 = 0: W = (b2 − b1)² / (V22 + V11 − 2 V12)
        WaldTest.Outcome one = WaldTest.test(b, v, new double[][] {{-1, 1, 0}}, null, 30, 0);
        double w1 = Math.pow(1.0, 2) / (0.09 + 0.04 - 0.02);
        close(w1, one.chi2(), 1e-14, "W one restriction");
        close(w1, one.f(), 1e-14, "F = W for q = 1");
        close(Distributions.fUpperP(w1, 1, 30), one.fP(), 1e-14, "F p");
        close(Distributions.chiSquaredUpperP(w1, 1), one.chi2P(), 1e-14, "chi2 p");
        // two restrictions against a target: by hand with an explicit inverse
        double[][] r = {{1, 0, 0}, {0, 1, 1}};
        double[] target = {0.1, 1.0};
        WaldTest.Outcome two = WaldTest.test(b, v, r, target, Double.POSITIVE_INFINITY, 0);
        RealMatrix rm = new Array2DRowRealMatrix(r);
        RealMatrix m = rm.multiply(new Array2DRowRealMatrix(v)).multiply(rm.transpose());
        RealMatrix inv = new LUDecomposition(m).getSolver().getInverse();
        double[] d = {b[0] - 0.1, b[1] + b[2] - 1.0};
        double w = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                w += d[i] * inv.getEntry(i, j) * d[j];
            }
        }
        close(w, two.chi2(), 1e-13, "W two restrictions");
        close(w / 2, two.f(), 1e-13, "F");
        close(two.chi2P(), two.fP(), 1e-13, "F(q, ∞) p = chi2 p");
        assertEquals(2, two.rank());
        // collinear restrictions: rank 1 < q = 2 → NaN
        WaldTest.Outcome dup = WaldTest.test(b, v, new double[][] {{1, 0, 0}, {2, 0, 0}}, null, 30, 0);
        assertTrue(Double.isNaN(dup.chi2()));
        assertEquals(1, dup.rank());
        // more restrictions than G − 1 clusters allow
        assertTrue(Double.isNaN(WaldTest.test(b, v, r, null, 1, 2).chi2()), "q = 2 > G − 1 = 1");
    }
}
