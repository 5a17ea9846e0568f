/**
 * Embarrassingly parallel work as a name-free plan of independent tasks (DEA programs per DMU, placebo draws,
 * bootstrap replications), so that one implementation of the numerics runs on local threads or on a cluster:
 * an estimator builds a {@link org.carbonlab.core.tasks.TaskPlan}, hands it to
 * {@link org.carbonlab.core.tasks.TaskRunners#current()} and combines the results, which come back in task order.
 * A plan is {@link java.io.Serializable} and each task's result depends on its index alone (random streams from
 * the run seed and the index), so the numbers are the same whoever runs the tasks, in any order, retried or not.
 */
package org.carbonlab.core.tasks;
