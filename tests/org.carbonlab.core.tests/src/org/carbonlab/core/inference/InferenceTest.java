package org.carbonlab.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.report.PublicationOptions;
import org.carbonlab.core.report.PublicationTable;
import org.carbonlab.core.report.ResultRenderer;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The typed inference of a model: built from a coefficient table, written to JSON as the {@code inference} member
 * (top level and in every model) and read back, and read by the publication table and the coefficient grid.
 */
class InferenceTest {

    private static CoefficientTable table(double pDf, int clusters) {
        double[] beta = {0.5, -0.25};
        double[][] v = {{0.04, 0.001}, {0.001, 0.01}};
        return CoefficientTable.of("cluster", 2, new int[] {0, 1}, beta, v, pDf, 0.9, new int[] {0, 1}, pDf, 1.1, 2,
                clusters);
    }

    /** The inference written to JSON, read back into a record. */
    private static Inference read(JsonObject o) {
        ReferenceDistribution d = ReferenceDistribution.fromLabel(o.get("distribution").getAsString());
        double df = o.has("df") ? o.get("df").getAsDouble() : Double.POSITIVE_INFINITY;
        return new Inference(d, df, VcovType.fromParameter(o.get("vcov").getAsString()),
                o.has("vcov_description") ? o.get("vcov_description").getAsString() : null,
                o.has("n_clusters") ? o.get("n_clusters").getAsInt() : 0, o.get("level").getAsDouble());
    }

    @Test
    void aCoefficientTableGivesTOrNormal() {
        Inference t = Inference.of(table(9, 10), VcovType.CLUSTER, "clustered by id (10 clusters)");
        assertEquals(ReferenceDistribution.T, t.distribution());
        assertEquals(9, t.df());
        assertEquals(10, t.clusters());
        assertEquals(0.9, t.level());
        assertEquals("t", t.statisticSymbol());
        assertTrue(t.clustered());
        assertEquals(Distributions.tTwoSidedP(2.5, 9), t.pValue(2.5));
        assertEquals(Distributions.tCritical(0.9, 9), t.critical());
        // the table's own p-values use the same distribution
        CoefficientTable tab = table(9, 10);
        assertEquals(tab.pValues()[0], t.pValue(tab.tStatistics()[0]));

        Inference z = Inference.of(table(Double.POSITIVE_INFINITY, 0), VcovType.CLASSICAL, "classical");
        assertEquals(ReferenceDistribution.NORMAL, z.distribution());
        assertEquals("z", z.statisticSymbol());
        assertFalse(z.clustered());
        assertEquals(Distributions.normalTwoSidedP(2.5), z.pValue(2.5));
        assertEquals(1.6448536269514722, z.critical(), 1e-15);
        // a normal inference has no finite df, whatever was passed
        assertEquals(Double.POSITIVE_INFINITY,
                new Inference(ReferenceDistribution.NORMAL, 12, VcovType.ROBUST, null, 0, 0.95).df());
    }

    @Test
    void jsonRoundTripAtTheTopAndInEveryModel() {
        Inference t = new Inference(ReferenceDistribution.T, 9, VcovType.CLUSTER, "clustered by id (10 clusters), "
                + "Stata small-sample correction", 10, 0.95);
        Inference z = new Inference(ReferenceDistribution.NORMAL, Double.POSITIVE_INFINITY, VcovType.ROBUST,
                "robust = clustered by entity (10 clusters), Stata small-sample correction", 10, 0.9);
        Inference plain = new Inference(ReferenceDistribution.T, 188, VcovType.CLASSICAL, null, 0, 0.99);
        Result r = new Result("test.inference");
        r.addCoefficient(new Coefficient("x", 1, 0.5, 2, t.pValue(2), 0, 2));
        r.inference(t);
        ModelResult fe = new ModelResult("fe");
        fe.addCoefficient(new Coefficient("x", 1, 0.5, 2, t.pValue(2), 0, 2));
        fe.inference(t);
        ModelResult re = new ModelResult("re");
        re.addCoefficient(new Coefficient("x", 1, 0.5, 2, z.pValue(2), 0, 2));
        re.inference(z);
        ModelResult ols = new ModelResult("ols");
        ols.addCoefficient(new Coefficient("x", 1, 0.5, 2, plain.pValue(2), 0, 2));
        ols.inference(plain);
        ModelResult none = new ModelResult("descriptive");
        none.statistic("n_obs", 3);
        r.models().addAll(List.of(fe, re, ols, none));

        JsonObject json = JsonParser.parseString(new JsonResultWriter().write(r)).getAsJsonObject();
        assertEquals(t, read(json.getAsJsonObject("inference")));
        JsonArray models = json.getAsJsonArray("models");
        assertEquals(t, read(models.get(0).getAsJsonObject().getAsJsonObject("inference")));
        assertEquals(z, read(models.get(1).getAsJsonObject().getAsJsonObject("inference")));
        assertEquals(plain, read(models.get(2).getAsJsonObject().getAsJsonObject("inference")));
        assertFalse(models.get(3).getAsJsonObject().has("inference"), "no member for a model without inference");

        JsonObject zj = models.get(1).getAsJsonObject().getAsJsonObject("inference");
        assertEquals("normal", zj.get("distribution").getAsString());
        assertEquals("z", zj.get("statistic").getAsString());
        assertFalse(zj.has("df"), "the normal has no df (never a null with a warning)");
        assertEquals(0, json.getAsJsonArray("warnings").size(), json.getAsJsonArray("warnings").toString());
        JsonObject pj = models.get(2).getAsJsonObject().getAsJsonObject("inference");
        assertFalse(pj.has("n_clusters"));
        assertFalse(pj.has("vcov_description"));
        assertEquals(188, pj.get("df").getAsInt());
        // member order: after the coefficients, before the statistics
        List<String> keys = List.copyOf(models.get(0).getAsJsonObject().keySet());
        assertEquals(List.of("name", "coefficients", "inference"), keys);
    }

    @Test
    void theTableAndTheCoefficientGridReadTheTypedMember() {
        Inference t = new Inference(ReferenceDistribution.T, 9, VcovType.CLUSTER, "clustered by id (10 clusters)", 10,
                0.95);
        Inference z = new Inference(ReferenceDistribution.NORMAL, Double.POSITIVE_INFINITY, VcovType.CLASSICAL,
                "classical", 0, 0.95);
        // statistic 2.1: p = 0.065 under t(9) (one star), 0.036 under the normal (two stars)
        ModelResult fe = new ModelResult("fe");
        fe.addCoefficient(new Coefficient("x", 2.1, 1, 2.1, t.pValue(2.1), 0, 4));
        fe.inference(t);
        ModelResult re = new ModelResult("re");
        re.addCoefficient(new Coefficient("x", 2.1, 1, 2.1, z.pValue(2.1), 0, 4));
        re.inference(z);
        // a stale statistics key must not win over the typed member
        re.statistic("statistic_type", "t");
        re.statistic("vcov_description", "stale");
        Grid g = new PublicationTable().add("FE", fe).add("RE", re).parenthesis(PublicationTable.Parenthesis.T_STATISTIC)
                .toGrid();
        assertEquals(List.of("x", "2.100*", "2.100**"), g.rows().get(1));
        assertEquals("t/z statistics in parentheses (clustered by id (10 clusters); classical). "
                + "* p<0.1, ** p<0.05, *** p<0.01.", g.notes().get(0));
        Grid onlyZ = new PublicationTable().add("RE", re).parenthesis(PublicationTable.Parenthesis.T_STATISTIC).toGrid();
        assertTrue(onlyZ.notes().get(0).startsWith("z statistics in parentheses (classical)."), onlyZ.notes().get(0));
        assertEquals(List.of("term", "estimate", "std. error", "z", "p-value", "95% CI low", "95% CI high"),
                ResultRenderer.coefficients(re, "RE", PublicationOptions.none()).header());
        assertEquals("t", ResultRenderer.coefficients(fe, "FE", PublicationOptions.none()).header().get(3));
    }
}
