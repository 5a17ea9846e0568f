package org.carbonlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.Success$;
import org.apache.spark.TaskContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.carbonlab.core.tasks.TaskPlan;
import org.carbonlab.core.tasks.TaskRunners;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * A Spark task that fails on its first attempt (as when an executor is lost mid-run) is retried by Spark
 * ({@code local[2,4]}: up to four attempts) and the result is still exactly the single-machine one.
 */
class RetriedTaskTest {

    /** Throws in the first attempt of Spark partition 1, after the plan's task has run (work lost mid-partition). */
    static final class FailFirstAttempt<R extends Serializable> implements TaskPlan<R> {
        private static final long serialVersionUID = 1L;
        private final TaskPlan<R> plan;

        FailFirstAttempt(TaskPlan<R> plan) {
            this.plan = plan;
        }

        @Override
        public int size() {
            return plan.size();
        }

        @Override
        public R run(int index) {
            R r = plan.run(index);
            TaskContext task = TaskContext.get();
            if (task != null && task.partitionId() == 1 && task.attemptNumber() == 0) {
                throw new IllegalStateException("injected failure: first attempt of partition 1, task " + index);
            }
            return r;
        }
    }

    /** Counts failed Spark task attempts. */
    static final class Failures extends SparkListener {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.reason() != Success$.MODULE$) {
                count.incrementAndGet();
            }
        }
    }

    @Test
    void deaTaskKilledOnFirstAttemptIsRetriedWithTheSameResult() {
        Path data = TestData.dea(12, 6);
        String[] sets = {"inputs=labour,capital,energy", "outputs=gdp", "undesirable=co2", "model=sbm", "super=true",
            "frontier=global"};
        JsonObject local = Commands.estimate("efficiency.dea", data, sets);
        Failures failures = new Failures();
        LocalSpark.context().sc().addSparkListener(failures);
        CountingRunner failing = new CountingRunner(LocalSpark.runner(), FailFirstAttempt::new);
        JsonObject distributed;
        try (TaskRunners.Installation i = TaskRunners.install(failing)) {
            distributed = Commands.estimate("efficiency.dea", data, sets);
            // the listener bus is asynchronous: wait for the failed attempt's event
            long until = System.currentTimeMillis() + 10_000;
            while (failures.count.get() == 0 && System.currentTimeMillis() < until) {
                Thread.onSpinWait();
            }
        } finally {
            LocalSpark.context().sc().removeSparkListener(failures);
        }
        assertTrue(failures.count.get() >= 1, "a task attempt failed and was retried");
        assertEquals(1, failing.stages.size());
        SparkEqualsLocalTest.assertTablesBitForBit(local, distributed, "scores");
        local.remove("provenance");
        distributed.remove("provenance");
        assertEquals(local.toString(), distributed.toString());
    }
}
