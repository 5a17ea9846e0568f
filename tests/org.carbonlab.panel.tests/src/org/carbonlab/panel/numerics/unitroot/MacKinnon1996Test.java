package org.carbonlab.panel.numerics.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * MacKinnon (1996) asymptotic p-values of the Dickey–Fuller t statistic against urca 1.3.3 punitroot(N = Inf) on a
 * grid of 752 statistics from −8 to 5 per case (resources/mackinnon1996, made by make_table.R, which also wrote the
 * table this class reads). Tolerance rel 1e-5: MacKinnon's local cubic fits are ill-conditioned and urca's Fortran
 * rounds differently (measured worst 8e-6, most points below 1e-9).
 */
class MacKinnon1996Test {

    @Test
    void matchesUrcaPunitroot() throws IOException {
        JsonObject e = JsonParser.parseString(Files.readString(Path.of("resources", "mackinnon1996", "expected.json")))
                .getAsJsonObject();
        JsonArray stats = e.getAsJsonArray("statistics");
        String[] cases = {"nc", "c", "ct"};
        int tight = 0;
        int total = 0;
        for (int c = 0; c < 3; c++) {
            JsonArray want = e.getAsJsonArray(cases[c]);
            assertEquals(stats.size(), want.size());
            double worst = 0;
            for (int i = 0; i < stats.size(); i++) {
                double tau = stats.get(i).getAsDouble();
                double p = MacKinnon1996.pValue(tau, Deterministics.values()[c]);
                double w = want.get(i).getAsDouble();
                double rel = Math.abs(p - w) / w;
                assertTrue(rel <= 1e-5, cases[c] + " tau " + tau + ": urca " + w + ", got " + p + " (rel " + rel + ")");
                worst = Math.max(worst, rel);
                tight += rel <= 1e-9 ? 1 : 0;
                total++;
            }
            System.out.println("MacKinnon 1996 vs urca, " + cases[c] + ": worst rel " + worst);
        }
        // the bulk matches to rounding; only ill-conditioned local cubic fits differ more
        assertTrue(tight > 0.8 * total, tight + " of " + total + " within 1e-9");
    }

    @Test
    void tailsAndTableEnds() {
        // a statistic closest to the first quantile but above it gets that quantile's probability, as urca does
        assertEquals(1e-4, MacKinnon1996.pValue(-3.85, Deterministics.NONE), 0.0);
        assertEquals(0.9999, MacKinnon1996.pValue(3.45, Deterministics.NONE), 0.0);
        // beyond the table the local fit extrapolates monotonically
        double far = MacKinnon1996.pValue(-7, Deterministics.TREND);
        double nearer = MacKinnon1996.pValue(-6, Deterministics.TREND);
        assertTrue(far > 0 && far < nearer && nearer < 1e-4, far + " " + nearer);
        // 5% critical value of the intercept case (MacKinnon 2010, asymptotic -2.86154): p close to 0.05
        assertEquals(0.05, MacKinnon1996.pValue(-2.86154, Deterministics.INTERCEPT), 5e-4);
    }
}
