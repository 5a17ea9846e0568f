package org.carbonlab.panel.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.inference.ReferenceDistribution;
import org.carbonlab.core.inference.VcovType;
import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.JsonResultWriter;
import org.carbonlab.core.report.Numbers;
import org.carbonlab.core.report.PublicationOptions;
import org.carbonlab.core.report.PublicationTable;
import org.carbonlab.core.report.ResultRenderer;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The typed inference of the panel estimators on the Grunfeld data (10 firms × 20 years): panel.fe and panel.ols
 * refer their statistics to t(df) (df_resid classical, G − 1 clustered with Stata's correction), panel.re to the
 * normal; the member agrees with the statistics the JSON has always carried, every coefficient's p-value is the
 * member's distribution at its statistic (exactly: the same function), and the publication table's stars and notes
 * follow each model's own member.
 */
class PanelInferenceTest {
    private static final String FORMULA = "inv ~ value + capital";
    private static PanelFrame grunfeld;

    @BeforeAll
    static void load() throws IOException {
        grunfeld = DataReader.readPanel(RandomEffectsEstimatorTest.resource("grunfeld", "data.csv"), null, "firm",
                "year");
    }

    private static void pValuesFollow(ModelResult m) {
        Inference inf = m.inference();
        for (Coefficient c : m.coefficients()) {
            assertEquals(inf.pValue(c.statistic()), c.pValue(), 0.0, m.name() + " " + c.term());
            double crit = inf.critical();
            assertEquals(c.estimate() - crit * c.stdError(), c.confLow(), 1e-12 * Math.abs(c.estimate()) + 1e-12,
                    m.name() + " " + c.term() + " interval");
        }
    }

    @Test
    void fixedEffectsUseTAndRandomEffectsTheNormal() {
        Result fe = RandomEffectsEstimatorTest.fit(new FixedEffectsEstimator(), grunfeld, "formula", FORMULA);
        Inference fi = fe.inference();
        assertEquals(ReferenceDistribution.T, fi.distribution());
        assertEquals(188.0, fi.df(), "N - G - K = 200 - 10 - 2");
        assertEquals(fe.number("p_value_df"), fi.df());
        assertEquals(fe.number("df_resid"), fi.df());
        assertEquals(VcovType.CLASSICAL, fi.vcov());
        assertEquals(0, fi.clusters());
        assertEquals("t", fe.statistic("statistic_type"));
        pValuesFollow(fe);

        Result feCl = RandomEffectsEstimatorTest.fit(new FixedEffectsEstimator(), grunfeld, "formula", FORMULA,
                "vcov", "cluster");
        assertEquals(9.0, feCl.inference().df(), "Stata: t(G - 1)");
        assertEquals(10, feCl.inference().clusters());
        assertEquals(feCl.statistic("vcov_description"), feCl.inference().vcovDescription());
        assertEquals("clustered by firm (10 clusters), Stata small-sample correction",
                feCl.inference().vcovDescription());
        pValuesFollow(feCl);

        Result olsHc = RandomEffectsEstimatorTest.fit(new PooledOlsEstimator(), grunfeld, "formula", FORMULA,
                "vcov", "robust");
        assertEquals(197.0, olsHc.inference().df(), "regress, vce(robust): t(N - K)");
        assertEquals("robust HC1", olsHc.inference().vcovDescription());
        pValuesFollow(olsHc);

        Result re = RandomEffectsEstimatorTest.fit(new RandomEffectsEstimator(), grunfeld, "formula", FORMULA,
                "vcov", "robust");
        Inference ri = re.inference();
        assertEquals(ReferenceDistribution.NORMAL, ri.distribution());
        assertEquals(Double.POSITIVE_INFINITY, ri.df());
        assertEquals(VcovType.ROBUST, ri.vcov());
        assertEquals(10, ri.clusters());
        assertEquals("z", re.statistic("statistic_type"));
        assertEquals(null, re.statistic("p_value_df"), "z statistics carry no t df");
        pValuesFollow(re);
    }

    @Test
    void hausmanModelsCarryTheirOwnInferenceInJson() {
        Result h = RandomEffectsEstimatorTest.fit(new HausmanEstimator(), grunfeld, "formula", FORMULA, "method",
                "regression");
        assertEquals(List.of("fe", "re", "mundlak"), h.models().stream().map(ModelResult::name).toList());
        assertEquals(null, h.inference(), "the test itself has no coefficients");
        JsonObject json = JsonParser.parseString(new JsonResultWriter().write(h)).getAsJsonObject();
        for (int i = 0; i < 3; i++) {
            ModelResult m = h.models().get(i);
            JsonObject mo = json.getAsJsonArray("models").get(i).getAsJsonObject();
            JsonObject inf = mo.getAsJsonObject("inference");
            assertEquals(m.inference().distribution().label(), inf.get("distribution").getAsString(), m.name());
            assertEquals(m.inference().vcovDescription(), inf.get("vcov_description").getAsString(), m.name());
            assertEquals(10, inf.get("n_clusters").getAsInt(), m.name());
            assertEquals(0.95, inf.get("level").getAsDouble(), m.name());
            // the statistics keys the contract always had stay, and agree
            JsonObject st = mo.getAsJsonObject("statistics");
            assertEquals(inf.get("statistic").getAsString(), st.get("statistic_type").getAsString(), m.name());
            assertEquals(st.get("n_clusters").getAsInt(), inf.get("n_clusters").getAsInt(), m.name());
            pValuesFollow(m);
        }
        JsonObject fe = json.getAsJsonArray("models").get(0).getAsJsonObject();
        assertEquals("t", fe.getAsJsonObject("inference").get("distribution").getAsString());
        assertEquals(9, fe.getAsJsonObject("inference").get("df").getAsInt());
        assertEquals(9, fe.getAsJsonObject("statistics").get("p_value_df").getAsInt());
        assertEquals("normal", json.getAsJsonArray("models").get(1).getAsJsonObject().getAsJsonObject("inference")
                .get("distribution").getAsString());
        assertEquals("normal", json.getAsJsonArray("models").get(2).getAsJsonObject().getAsJsonObject("inference")
                .get("distribution").getAsString());
    }

    @Test
    void publicationTableStarsFollowEachModelsDistribution() {
        Result h = RandomEffectsEstimatorTest.fit(new HausmanEstimator(), grunfeld, "formula", FORMULA);
        ModelResult fe = h.models().get(0);
        ModelResult re = h.models().get(1);
        PublicationOptions o = PublicationOptions.parse("t", null, null);
        Grid g = ResultRenderer.publicationTable(h, o).toGrid();
        assertTrue(g.notes().get(0).startsWith("t/z statistics in parentheses (classical)."), g.notes().get(0));
        for (String term : List.of("value", "capital")) {
            List<String> row = g.rows().stream().filter(r -> r.get(0).equals(term)).findFirst().orElseThrow();
            Coefficient cf = fe.coefficient(term).orElseThrow();
            Coefficient cr = re.coefficient(term).orElseThrow();
            double pf = Distributions.tTwoSidedP(cf.statistic(), 188);
            double pr = Distributions.normalTwoSidedP(cr.statistic());
            assertEquals(pf, cf.pValue(), 0.0, "FE: t(188)");
            assertEquals(pr, cr.pValue(), 0.0, "RE: normal");
            assertNotEquals(Distributions.normalTwoSidedP(cf.statistic()), cf.pValue(), "FE is not normal");
            assertEquals(Numbers.auto(cf.estimate()) + Numbers.stars(pf, o.stars()), row.get(1), term);
            assertEquals(Numbers.auto(cr.estimate()) + Numbers.stars(pr, o.stars()), row.get(2), term);
        }
        Grid onlyRe = new PublicationTable().add("RE", re).parenthesis(PublicationTable.Parenthesis.T_STATISTIC)
                .toGrid();
        assertTrue(onlyRe.notes().get(0).startsWith("z statistics"), onlyRe.notes().get(0));
        Grid onlyFe = new PublicationTable().add("FE", fe).parenthesis(PublicationTable.Parenthesis.T_STATISTIC)
                .toGrid();
        assertTrue(onlyFe.notes().get(0).startsWith("t statistics"), onlyFe.notes().get(0));
    }
}
