package org.carbonlab.spatial.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.spatial.estimators.Columbus;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Moran's I, Geary's C and local Moran of Columbus CRIME under row-standardised queen contiguity against spdep
 * 1.2-7 (resources/columbus/expected.json), relative tolerance 1e-10.
 */
class ColumbusMoranTest {
    private static final double REL = 1e-10;

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

    @Test
    void weightConstants() throws IOException {
        JsonObject s = Columbus.expected().getAsJsonObject("weights_summary");
        WeightConstants c = WeightConstants.of(Columbus.weights(true), true);
        assertEquals(49, c.n());
        assertEquals(0, c.isolates());
        close(s.get("S0").getAsDouble(), c.s0(), "S0");
        close(s.get("S1").getAsDouble(), c.s1(), "S1");
        close(s.get("S2").getAsDouble(), c.s2(), "S2");
    }

    @Test
    void globalMoranUnderBothAssumptions() throws IOException {
        JsonObject m = Columbus.expected().getAsJsonObject("moran_I");
        SpatialWeights w = Columbus.weights(true);
        WeightConstants c = WeightConstants.of(w, true);
        Centred x = Centred.of(Columbus.column("CRIME"));
        close(m.get("kurtosis_b2").getAsDouble(), x.kurtosis(), "b2");
        check(m.getAsJsonObject("normality"), GlobalMoran.normality(x, w, c), "I", "z", "p_one_sided_greater");
        check(m.getAsJsonObject("randomisation"), GlobalMoran.randomisation(x, w, c), "I", "z",
                "p_one_sided_greater");
    }

    @Test
    void gearyUnderBothAssumptions() throws IOException {
        JsonObject g = Columbus.expected().getAsJsonObject("geary_C");
        SpatialWeights w = Columbus.weights(true);
        WeightConstants c = WeightConstants.of(w, true);
        Centred x = Centred.of(Columbus.column("CRIME"));
        check(g.getAsJsonObject("normality"), GearyC.normality(x, w, c), "C", "z_EC_minus_C",
                "p_one_sided_positive_autocorr");
        check(g.getAsJsonObject("randomisation"), GearyC.randomisation(x, w, c), "C", "z_EC_minus_C",
                "p_one_sided_positive_autocorr");
    }

    private static void check(JsonObject e, Moments m, String stat, String z, String pOne) {
        close(e.get(stat).getAsDouble(), m.statistic(), stat);
        close(e.get("expectation").getAsDouble(), m.expected(), "expectation");
        close(e.get("variance").getAsDouble(), m.variance(), "variance");
        close(e.get(z).getAsDouble(), m.z(), "z");
        close(e.get(pOne).getAsDouble(), m.pOneSided(), "one-sided p");
        close(e.get("p_two_sided").getAsDouble(), m.pTwoSided(), "two-sided p");
    }

    @Test
    void localMoranUnderBothConventionsAndQuadrants() throws IOException {
        JsonObject l = Columbus.expected().getAsJsonObject("local_moran");
        SpatialWeights w = Columbus.weights(true);
        double[] crime = Columbus.column("CRIME");
        checkLocal(l.getAsJsonObject("conditional_randomisation_default"),
                LocalMoran.compute(crime, w, LocalMoran.Variance.CONDITIONAL, 0, null, 1));
        LocalMoran.Result total = LocalMoran.compute(crime, w, LocalMoran.Variance.TOTAL, 0, null, 1);
        checkLocal(l.getAsJsonObject("total_randomisation_anselin1995"), total);
        JsonArray quadrants = l.getAsJsonArray("quadrant_z_vs_lagz");
        double[] z = Columbus.array(l.getAsJsonArray("z"));
        double[] lag = Columbus.array(l.getAsJsonArray("lag_z"));
        for (int i = 0; i < 49; i++) {
            assertEquals(quadrants.get(i).getAsString(), total.quadrant()[i], "quadrant of unit " + (i + 1));
            close(z[i], total.z()[i], "z of unit " + (i + 1));
            close(lag[i], total.lag()[i], "Wz of unit " + (i + 1));
        }
    }

    private static void checkLocal(JsonObject e, LocalMoran.Result r) {
        String[][] fields = {{"Ii", "I"}, {"E_Ii", "E"}, {"Var_Ii", "Var"}, {"Z_Ii", "Z"}, {"p_two_sided", "p"}};
        double[][] actual = {r.local(), r.expected(), r.variance(), r.deviate(), r.pValue()};
        for (int f = 0; f < fields.length; f++) {
            double[] expected = Columbus.array(e.getAsJsonArray(fields[f][0]));
            for (int i = 0; i < expected.length; i++) {
                close(expected[i], actual[f][i], fields[f][1] + " of unit " + (i + 1));
            }
        }
    }
}
