package org.carbonlab.core.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.TestFiles;
import org.carbonlab.core.formula.Expression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The panel/winsor reference case (resources/panel/winsor): 1%/99% winsorization of
 * {@code plm::Produc}'s unemp (many ties) and pcap (continuous) over all 816 pooled observations,
 * expected values from R 4.2.2 {@code quantile(x, c(0.01, 0.99), type = k)} and
 * {@code pmin(pmax(x, lo), hi)}. Cut points and moments to relative 1e-12; counts exactly.
 */
class WinsorReferenceTest {
    private static final double TOL = 1e-12;

    private static JsonObject expected() throws IOException {
        String json = Files.readString(TestFiles.resource("panel/winsor/expected.json"), StandardCharsets.UTF_8);
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static PanelFrame data() {
        return DataReader.readPanel(TestFiles.resource("panel/winsor/data.csv"), null, "state", "year");
    }

    private static void close(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), Double.MIN_NORMAL);
        assertTrue(Math.abs(actual - expected) <= TOL * scale,
                () -> what + ": expected " + expected + " but was " + actual + " (rel "
                        + Math.abs(actual - expected) / scale + ")");
    }

    private static void checkStats(JsonObject s, double[] w, String what) {
        int n = w.length;
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : w) {
            ss += (v - mean) * (v - mean);
        }
        double var = ss / (n - 1);
        double[] sorted = w.clone();
        Arrays.sort(sorted);
        assertEquals(s.get("n").getAsInt(), n, what + " n");
        close(s.get("mean").getAsDouble(), mean, what + " mean");
        close(s.get("sd").getAsDouble(), Math.sqrt(var), what + " sd");
        close(s.get("var").getAsDouble(), var, what + " var");
        close(s.get("min").getAsDouble(), sorted[0], what + " min");
        close(s.get("max").getAsDouble(), sorted[n - 1], what + " max");
        close(s.get("median_type7").getAsDouble(), Percentiles.quantile(w, 0.5, Percentiles.Type.TYPE7),
                what + " median");
        close(s.get("sum").getAsDouble(), sum, what + " sum");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"unemp, type7, 7", "unemp, type2, 2", "unemp, type6, 6", "unemp, type1, 1",
            "pcap, type7, 7", "pcap, type2, 2", "pcap, type6, 6", "pcap, type1, 1"})
    void cutPointsCountsAndMoments(String variable, String key, int type) throws IOException {
        JsonObject v = expected().getAsJsonObject(variable);
        JsonObject r = v.getAsJsonObject("results").getAsJsonObject(key);
        double[] x = data().numeric(variable);
        assertEquals(v.get("n").getAsInt(), x.length);
        Winsorize.Result w = Winsorize.winsorize(x, r.get("p_low").getAsDouble(), r.get("p_high").getAsDouble(),
                Percentiles.Type.of(type));
        close(r.get("cut_low").getAsDouble(), w.cutLow(), variable + " " + key + " cut_low");
        close(r.get("cut_high").getAsDouble(), w.cutHigh(), variable + " " + key + " cut_high");
        assertEquals(r.get("n_clipped_low").getAsInt(), w.clippedLow(), variable + " " + key + " n_clipped_low");
        assertEquals(r.get("n_clipped_high").getAsInt(), w.clippedHigh(), variable + " " + key + " n_clipped_high");
        checkStats(r.getAsJsonObject("winsorized"), w.values(), variable + " " + key);
        // the formula function gives the same values
        double[] viaFormula = Expression.parse("winsor(" + variable + ", 0.01, 0.99, " + type + ")").evaluate(data());
        assertTrue(Arrays.equals(w.values(), viaFormula), "winsor() in an expression");
    }

    @ParameterizedTest
    @CsvSource({"unemp", "pcap"})
    void rawStatisticsAndOrderStatistics(String variable) throws IOException {
        JsonObject v = expected().getAsJsonObject(variable);
        double[] x = data().numeric(variable);
        checkStats(v.getAsJsonObject("raw"), x, variable + " raw");
        double[] sorted = Percentiles.sortedNonMissing(x);
        JsonObject os = v.getAsJsonObject("order_stats");
        for (String k : os.keySet()) {
            int i = k.equals("x_n") ? sorted.length : Integer.parseInt(k.substring(2));
            assertEquals(os.get(k).getAsDouble(), sorted[i - 1], variable + " " + k);
        }
        assertEquals(v.get("n_distinct").getAsInt(), (int) Arrays.stream(x).distinct().count());
        // Cox's h = floor(np) rule gives the type 2 cuts here
        JsonObject cox = v.getAsJsonObject("results").getAsJsonObject("cox_winsor_h");
        int h = cox.get("h").getAsInt();
        close(cox.get("cut_low").getAsDouble(), sorted[h], variable + " cox low");
        close(cox.get("cut_high").getAsDouble(), sorted[sorted.length - h - 1], variable + " cox high");
        checkStats(cox.getAsJsonObject("winsorized"), Winsorize.clip(x, sorted[h], sorted[sorted.length - h - 1], false)
                .values(), variable + " cox");
    }
}
