package org.carbonlab.core.tasks;

import java.io.Serializable;
import java.util.List;

import org.carbonlab.core.estimator.ProgressMonitor;

/**
 * Runs every task of a {@link TaskPlan} and returns the results in task order, so that the caller's combination of
 * them is deterministic. {@link LocalTaskRunner} uses threads of this process; other runners (the Spark runner)
 * distribute the tasks.
 */
public interface TaskRunner {

    /**
     * @param stage   what the tasks are, for progress displays ("efficiency.dea: 2000 DMUs")
     * @param plan    the tasks
     * @param threads local parallelism asked for by the estimator (0 = every core); distributed runners ignore it
     * @param monitor progress (one unit per task, reported from the calling thread) and cancellation
     * @return result i of task i
     * @throws java.util.concurrent.CancellationException when the monitor is cancelled
     * @throws RuntimeException the first task failure (unchecked exceptions of {@link TaskPlan#run} are rethrown)
     */
    <R extends Serializable> List<R> run(String stage, TaskPlan<R> plan, int threads, ProgressMonitor monitor);
}
