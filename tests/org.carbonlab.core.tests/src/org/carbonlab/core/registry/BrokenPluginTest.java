package org.carbonlab.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.study.EstimationRunner;
import org.junit.jupiter.api.Test;

/** A faulty plug-in is named and disabled; the other estimators keep working. */
class BrokenPluginTest {

    /** Counts the rows: the healthy neighbour of the broken ones. */
    static class Rows implements Estimator {
        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of();
        }

        @Override
        public Result estimate(EstimationContext c) {
            return (Result) new Result("ok.rows").statistic("rows", c.data().rows());
        }
    }

    static final class ThrowsInParameters extends Rows {
        @Override
        public ParameterSchema parameters() {
            throw new IllegalStateException("schema exploded");
        }
    }

    static final class DuplicateTerms extends Rows {
        @Override
        public Result estimate(EstimationContext c) {
            Result r = new Result("bad.result");
            r.addCoefficient(new Coefficient("x", 1, 0.1, 10, 0, 0.8, 1.2));
            r.addCoefficient(new Coefficient("x", 2, 0.1, 20, 0, 1.8, 2.2));
            return r;
        }
    }

    private static EstimatorDescriptor descriptor(String id, String bundle, java.util.function.Supplier<Estimator> f) {
        return new EstimatorDescriptor(id, id, "test", "1", null, bundle, f);
    }

    private static EstimatorRegistry registry() {
        return new EstimatorRegistry()
                .registerChecked(descriptor("ok.rows", "org.ok", Rows::new))
                .registerChecked(descriptor("bad.class", "org.bad.classes", () -> {
                    throw new NoClassDefFoundError("org/bad/Missing");
                }))
                .registerChecked(descriptor("bad.params", "org.bad.params", ThrowsInParameters::new))
                .registerChecked(descriptor("bad.result", "org.bad.result", DuplicateTerms::new));
    }

    private static PanelFrame data() {
        return PanelFrame.builder().entities("A", "A", "B").times(1, 2, 1).column("x", 1, 2, 3).build();
    }

    @Test
    void brokenContributionsAreNamedAndLeftOut() {
        EstimatorRegistry r = registry();
        assertEquals(List.of("bad.result", "ok.rows"), r.all().stream().map(EstimatorDescriptor::id).toList());
        assertEquals(2, r.problems().size());
        assertTrue(r.problems().get(0).contains("'bad.class'") && r.problems().get(0).contains("org.bad.classes")
                && r.problems().get(0).contains("org/bad/Missing"), r.problems().get(0));
        assertTrue(r.problems().get(1).contains("'bad.params'") && r.problems().get(1).contains("schema exploded"),
                r.problems().get(1));
    }

    @Test
    void usingABrokenEstimatorIsAnInputErrorNamingIt() {
        InputException e = assertThrows(InputException.class, () -> registry().get("bad.params"));
        assertTrue(e.getMessage().contains("'bad.params'") && e.getMessage().contains("broken"), e.getMessage());
    }

    @Test
    void anInvalidResultIsAnEstimationErrorNamingThePlugin() {
        EstimatorRegistry r = registry();
        EstimationRunner runner = new EstimationRunner("test");
        EstimationException e = assertThrows(EstimationException.class,
                () -> runner.run(r.get("bad.result"), data(), Map.of(), ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("org.bad.result") && e.getMessage().contains("'x' twice"), e.getMessage());
        Result ok = runner.run(r.get("ok.rows"), data(), Map.of(), ProgressMonitor.NULL);
        assertEquals(3, ((Number) ok.statistic("rows")).intValue());
    }
}
