package org.carbonlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.inference.ReferenceDistribution;
import org.carbonlab.core.inference.VcovType;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.junit.jupiter.api.Test;

/** A result written as JSON and read back is the same result: written again, it is byte for byte the same file. */
class JsonResultReaderTest {

    private static Result everyMember() {
        Result r = new Result("panel.fe");
        r.estimatorVersion("1.2.0");
        r.parameters().put("formula", "y ~ x1 + x2");
        r.parameters().put("reps", 1000);
        r.parameters().put("robust", true);
        r.parameters().put("level", 0.95);
        r.parameters().put("weights", null);
        r.data(new DataSummary("data.csv", "ab12", 200, 20, 10, true));
        r.sample().put("dropped", 3);
        r.addCoefficient(new Coefficient("x1", 0.123456789012345, 0.01, 12.3456789012345, 1e-30, 0.1, 0.14));
        r.addCoefficient(new Coefficient("x2", -1.5, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        r.inference(new Inference(ReferenceDistribution.T, 179, VcovType.CLUSTER, "clustered by id (20 clusters)", 20, 0.95));
        r.statistic("r2_within", 0.4321);
        r.statistic("n_obs", 200);
        r.statistic("effects", List.of("entity", "time"));
        r.addTest(TestResult.f("F test", 3.5, 2, 177, 0.032));
        r.addTest(TestResult.chi2("Hausman", 7.25, 2, 0.0266).with("note", "robust").with("rank", 2));
        r.addTest(TestResult.normal("z", 1.96, 0.05));
        r.vcov(List.of("x1", "x2"), new double[][] { { 1e-4, 2e-6 }, { 2e-6, Double.POSITIVE_INFINITY } });
        ModelResult east = new ModelResult("east");
        east.addCoefficient(new Coefficient("x1", 0.2, 0.05, 4, 0.0001, 0.1, 0.3));
        east.inference(new Inference(ReferenceDistribution.NORMAL, 0, VcovType.ROBUST, null, 0, 0.9));
        east.statistic("n_obs", 70);
        r.models().add(east);
        r.table("scores", new ResultTable(List.of("entity", "time", "score", "label"))
                .addRow("A", 2001L, 0.5, "x").addRow("B", 2002L, Double.NaN, null));
        r.warn("the panel is unbalanced");
        r.provenance().put("carbonlab", "0.1.0");
        r.provenance().put("seed", 42);
        r.provenance().put("timing", Map.of("ms", 12));
        return r;
    }

    @Test
    void writingWhatWasReadGivesTheSameFile() {
        String json = new JsonResultWriter().write(everyMember());
        Result back = new JsonResultReader().read(json, "fe.json");
        assertEquals(json, new JsonResultWriter().write(back));
        assertEquals(0.123456789012345, back.coefficient("x1").orElseThrow().estimate(), 0.0); // full precision
        assertTrue(Double.isNaN(back.coefficient("x2").orElseThrow().stdError()), "null comes back as NaN");
        assertEquals(VcovType.CLUSTER, back.inference().vcov());
        assertEquals(20, back.inference().clusters());
        assertEquals("robust", back.test("Hausman").orElseThrow().extra().get("note"));
        assertEquals(1, back.models().size());
    }

    @Test
    void aCrossSectionStaysOne() {
        Result r = new Result("efficiency.dea");
        r.data(new DataSummary("dmu.csv", "cd34", 30, 30, 1, true).asCrossSection());
        String json = new JsonResultWriter().write(r);
        Result back = new JsonResultReader().read(json, "dea.json");
        assertTrue(back.data().crossSection());
        assertEquals(json, new JsonResultWriter().write(back));
    }

    @Test
    void whatIsNotAResultIsRefusedWithTheFileNamed() {
        var e = assertThrows(InputException.class, () -> new JsonResultReader().read("{\"schema\": \"other/2\"}", "x.json"));
        assertTrue(e.getMessage().contains("x.json") && e.getMessage().contains("carbonlab.result/1"), e.getMessage());
        var bad = assertThrows(InputException.class, () -> new JsonResultReader().read("{not json", "y.json"));
        assertTrue(bad.getMessage().contains("y.json is not valid JSON"), bad.getMessage());
    }
}
