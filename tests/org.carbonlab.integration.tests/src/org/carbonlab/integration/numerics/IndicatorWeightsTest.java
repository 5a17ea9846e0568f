package org.carbonlab.integration.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IndicatorWeightsTest {

    @Test
    void minMaxBothDirections() {
        assertArrayEquals(new double[] {0, 0.25, 1}, MinMax.normalise(new double[] {2, 3, 6}, true), 1e-15);
        assertArrayEquals(new double[] {1, 0.75, 0}, MinMax.normalise(new double[] {2, 3, 6}, false), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> MinMax.normalise(new double[] {4, 4, 4}, true));
    }

    /** Two observations: p = (0, 1), so e = 0 and d = 1 for each indicator; weights are equal. */
    @Test
    void entropyOfTwoObservations() {
        IndicatorWeights.Entropy e = IndicatorWeights.entropy(new double[][] {{0, 1}, {1, 0}}, 0);
        assertArrayEquals(new double[] {0, 0}, e.entropy(), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, e.weights(), 1e-15);
    }

    /** Hand computation: z = (0, 0.5, 1) has p = (0, 1/3, 2/3), e = -(1/3 ln 1/3 + 2/3 ln 2/3)/ln 3. */
    @Test
    void entropyByHand() {
        double[][] z = {{0, 0}, {0.5, 0}, {1, 1}};
        IndicatorWeights.Entropy r = IndicatorWeights.entropy(z, 0);
        double e1 = -(1 / 3.0 * Math.log(1 / 3.0) + 2 / 3.0 * Math.log(2 / 3.0)) / Math.log(3);
        assertEquals(e1, r.entropy()[0], 1e-15);
        assertEquals(0.0, r.entropy()[1], 1e-15);
        assertEquals((1 - e1) / (1 - e1 + 1), r.weights()[0], 1e-15);
        double[] u = IndicatorWeights.scores(z, r.weights(), 0);
        assertEquals(0.5 * r.weights()[0], u[1], 1e-15);
        assertEquals(1.0, u[2], 1e-15);
        // with a shift the zeros disappear and the scores can use shifted values
        IndicatorWeights.Entropy s = IndicatorWeights.entropy(z, 0.01);
        double p0 = 0.01 / 1.53;
        double p1 = 0.51 / 1.53;
        double p2 = 1.01 / 1.53;
        double es = -(p0 * Math.log(p0) + p1 * Math.log(p1) + p2 * Math.log(p2)) / Math.log(3);
        assertEquals(es, s.entropy()[0], 1e-15);
        assertEquals(1.01, IndicatorWeights.scores(z, s.weights(), 0.01)[2], 1e-15);
    }

    /** With two indicators the conflict is 1 - r for both, so CRITIC weights are proportional to the sds. */
    @Test
    void criticTwoIndicators() {
        double[][] z = {{0, 0}, {1 / 3.0, 0}, {2 / 3.0, 0}, {1, 1}};
        IndicatorWeights.Critic c = IndicatorWeights.critic(z);
        double sd1 = Math.sqrt(5.0 / 27.0);
        double sd2 = 0.5;
        assertEquals(sd1, c.sd()[0], 1e-15);
        assertEquals(sd2, c.sd()[1], 1e-15);
        assertEquals(c.conflict()[0], c.conflict()[1], 1e-15);
        assertEquals(sd1 / (sd1 + sd2), c.weights()[0], 1e-15);
    }

    /** Three indicators against a direct transcription of the CRITIC formula. */
    @Test
    void criticThreeIndicators() {
        double[][] z = {{0, 1, 0.2}, {0.4, 0, 1}, {1, 0.3, 0}, {0.7, 0.9, 0.5}, {0.1, 0.6, 0.8}};
        int n = z.length;
        double[] mean = new double[3];
        double[] sd = new double[3];
        for (int j = 0; j < 3; j++) {
            for (double[] row : z) {
                mean[j] += row[j] / n;
            }
            for (double[] row : z) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / (n - 1);
            }
            sd[j] = Math.sqrt(sd[j]);
        }
        double[] info = new double[3];
        double total = 0;
        for (int j = 0; j < 3; j++) {
            double conflict = 0;
            for (int k = 0; k < 3; k++) {
                double cov = 0;
                for (double[] row : z) {
                    cov += (row[j] - mean[j]) * (row[k] - mean[k]) / (n - 1);
                }
                conflict += 1 - cov / (sd[j] * sd[k]);
            }
            info[j] = sd[j] * conflict;
            total += info[j];
        }
        IndicatorWeights.Critic c = IndicatorWeights.critic(z);
        for (int j = 0; j < 3; j++) {
            assertEquals(info[j] / total, c.weights()[j], 1e-14);
            assertEquals(info[j], c.information()[j], 1e-14);
        }
    }

    @Test
    void singleIndicatorAndEqualWeights() {
        double[][] z = {{0}, {0.3}, {1}};
        assertArrayEquals(new double[] {1}, IndicatorWeights.entropy(z, 0).weights());
        assertArrayEquals(new double[] {1}, IndicatorWeights.critic(z).weights());
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, IndicatorWeights.equal(4));
        assertThrows(IllegalArgumentException.class, () -> IndicatorWeights.entropy(new double[][] {{1}}, 0));
    }
}
