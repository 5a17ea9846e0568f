package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code carbonlab run} with the study steps on real estimators: a spatial Durbin model printed as Main and Wx
 * columns under its weight matrix, and a robustness variant that swaps the weight matrix, checked against the same
 * model run as its own analysis.
 */
class StudyTablesCommandTest {

    @Test
    void spatialDurbinMainAndWxColumnsAndAWeightsVariant() {
        Path dir = Cli.freshDir("study-tables");
        Cli.write(dir, "data/panel.csv", Cli.resourceText("spatialpanel/panel.csv"));
        Cli.write(dir, "data/W_edges.csv", Cli.resourceText("spatialpanel/W_edges.csv"));
        Path study = Cli.write(dir, "tables.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0"
                    name="study tables">
                  <datasets name="p" source="data/panel.csv" entityColumn="id" timeColumn="year"/>
                  <weightMatrices name="knn_row" source="data/W_edges.csv" standardisation="row"/>
                  <weightMatrices name="knn_raw" source="data/W_edges.csv" standardisation="none"/>
                  <analyses name="sdm_row" estimatorId="spatial.panel" dataset="p" weightMatrix="knn_row">
                    <parameters name="formula" value="y ~ x1 + x2"/>
                    <parameters name="model" value="sdm"/>
                    <parameters name="effect" value="individual"/>
                    <parameters name="draws" value="0"/>
                  </analyses>
                  <analyses name="sdm_raw" estimatorId="spatial.panel" dataset="p" weightMatrix="knn_raw">
                    <parameters name="formula" value="y ~ x1 + x2"/>
                    <parameters name="model" value="sdm"/>
                    <parameters name="effect" value="individual"/>
                    <parameters name="draws" value="0"/>
                  </analyses>
                  <analyses name="sdm_table" estimatorId="study.table" dataset="p">
                    <parameters name="columns" value="sdm_row#main, sdm_row#wx, sdm_raw#main, sdm_raw#wx"/>
                    <parameters name="groups" value="W row-standardised,W row-standardised,W raw,W raw"/>
                  </analyses>
                  <analyses name="sdm_weights" estimatorId="study.robustness" dataset="p">
                    <parameters name="base" value="sdm_row"/>
                    <parameters name="focal" value="W*x1"/>
                    <parameters name="variant:raw_weights" value="weights=knn_raw"/>
                    <parameters name="variant:no_durbin_x2" value="durbin=x1"/>
                  </analyses>
                </carbonlab:Study>
                """);
        Path out = dir.resolve("out");
        Cli.run("run", study.toString(), "--out", out.toString()).ok();
        JsonObject row = Cli.parseObject(Cli.read(out.resolve("sdm_row.json")));
        JsonObject raw = Cli.parseObject(Cli.read(out.resolve("sdm_raw.json")));

        JsonObject table = Cli.parseObject(Cli.read(out.resolve("sdm_table.json"))).getAsJsonObject("tables")
                .getAsJsonObject("table");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        table.getAsJsonArray("rows").forEach(r -> {
            List<String> cells = r.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
            rows.putIfAbsent(cells.get(0), cells);
        });
        assertEquals(List.of("", "W row-standardised", "", "W raw", ""), rows.get(""));
        // row x1: Main is x1, Wx is W*x1, of each model
        double[] expected = {est(row, "x1"), est(row, "W*x1"), est(raw, "x1"), est(raw, "W*x1")};
        for (int j = 0; j < 4; j++) {
            double printed = Double.parseDouble(rows.get("x1").get(j + 1).replace("*", ""));
            assertEquals(expected[j], printed, Math.abs(expected[j]) * 1e-2 + 1e-3, "x1 column " + (j + 1));
        }
        assertEquals("", rows.get("rho").get(2), "rho is printed under Main only");
        assertTrue(rows.get("Log-likelihood").get(1).length() > 0 && rows.get("Log-likelihood").get(2).isEmpty());

        JsonObject robust = Cli.parseObject(Cli.read(out.resolve("sdm_weights.json")));
        JsonObject rt = robust.getAsJsonObject("tables").getAsJsonObject("robustness");
        JsonArray variants = rt.getAsJsonArray("rows");
        assertEquals(3, variants.size());
        // the base, then the same model under the other matrix: exactly the separate analysis sdm_raw
        assertEquals(est(row, "W*x1"), variants.get(0).getAsJsonArray().get(3).getAsDouble(), 0);
        assertEquals(est(raw, "W*x1"), variants.get(1).getAsJsonArray().get(3).getAsDouble(), 1e-12);
        JsonObject rawCoef = GrunfeldEndToEndTest.coefficient(raw, "W*x1");
        assertEquals(rawCoef.get("conf_low").getAsDouble(), variants.get(1).getAsJsonArray().get(6).getAsDouble(), 1e-12);
        assertEquals("no_durbin_x2", variants.get(2).getAsJsonArray().get(0).getAsString());
        assertTrue(robust.getAsJsonArray("models").get(2).getAsJsonObject().getAsJsonArray("coefficients").toString()
                .indexOf("W*x2") < 0, "durbin=x1 drops W*x2");
    }

    private static double est(JsonObject r, String term) {
        return GrunfeldEndToEndTest.coefficient(r, term).get("estimate").getAsDouble();
    }
}
