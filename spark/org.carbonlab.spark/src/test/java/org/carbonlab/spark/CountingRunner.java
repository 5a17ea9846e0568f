package org.carbonlab.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.tasks.TaskPlan;
import org.carbonlab.core.tasks.TaskRunner;

/**
 * A Spark runner that records the stages it ran (so a test knows the work really went through Spark) and may wrap
 * each plan (to inject failures).
 */
final class CountingRunner implements TaskRunner {
    private final TaskRunner spark;
    private final UnaryOperator<TaskPlan<? extends Serializable>> wrap;
    final List<String> stages = new ArrayList<>();
    long tasks;

    CountingRunner(TaskRunner spark, UnaryOperator<TaskPlan<? extends Serializable>> wrap) {
        this.spark = spark;
        this.wrap = wrap;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R extends Serializable> List<R> run(String stage, TaskPlan<R> plan, int threads, ProgressMonitor monitor) {
        synchronized (this) {
            stages.add(stage);
            tasks += plan.size();
        }
        return spark.run(stage, (TaskPlan<R>) wrap.apply(plan), threads, monitor);
    }
}
