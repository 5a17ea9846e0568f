package org.carbonlab.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tail probabilities and quantiles against 40-digit mpmath / scipy values (facts, hard-coded). */
class DistributionsTest {

    private static void rel(double expected, double actual, double tol) {
        double err = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(err <= tol, "expected " + expected + " got " + actual + " rel " + err);
    }

    @Test
    void tailProbabilitiesKeepRelativeAccuracy() {
        rel(7.718648620496052e-7, Distributions.tTwoSidedP(30, 5), 1e-12);
        rel(7.718648620496052e-7, Distributions.tTwoSidedP(-30, 5), 1e-12);
        rel(6.8616836218009594e-94, Distributions.tTwoSidedP(40, 188), 1e-11);
        rel(0.92314805960479239, Distributions.tTwoSidedP(0.1, 7), 1e-14);
        rel(2.93068725432041e-37, Distributions.fUpperP(500, 3, 50), 1e-11);
        rel(0.93637783681014452, Distributions.fUpperP(0.2, 4, 30), 1e-14);
        rel(3.6938830684872562e-196, Distributions.chiSquaredUpperP(900, 2), 1e-11);
        rel(9.8134278542963741e-198, Distributions.normalTwoSidedP(30), 1e-11);
        assertEquals(1.0, Distributions.tTwoSidedP(0, 10));
        assertEquals(0.0, Distributions.tTwoSidedP(Double.POSITIVE_INFINITY, 10));
        assertTrue(Double.isNaN(Distributions.tTwoSidedP(1, 0)));
        assertTrue(Double.isNaN(Distributions.fUpperP(Double.NaN, 1, 2)));
        // infinite df falls back to the normal
        assertEquals(Distributions.normalTwoSidedP(2.5), Distributions.tTwoSidedP(2.5, Double.POSITIVE_INFINITY));
    }

    @Test
    void quantiles() {
        rel(2.262157162798205, Distributions.tQuantile(0.975, 9), 1e-14);
        rel(1.9726626923813002, Distributions.tQuantile(0.975, 188), 1e-14);
        rel(5.840909309733355, Distributions.tQuantile(0.995, 3), 1e-14);
        rel(-5.840909309733355, Distributions.tQuantile(0.005, 3), 1e-14);
        rel(1.959963984540054, Distributions.normalQuantile(0.975), 1e-14);
        rel(1.959963984540054, Distributions.tCritical(0.95, Double.POSITIVE_INFINITY), 1e-14);
        rel(0.05, Distributions.tTwoSidedP(Distributions.tCritical(0.95, 17), 17), 1e-13);
        assertEquals(0.0, Distributions.tQuantile(0.5, 4));
    }
}
