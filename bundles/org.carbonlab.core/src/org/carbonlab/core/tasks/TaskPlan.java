package org.carbonlab.core.tasks;

import java.io.Serializable;

/**
 * Independent tasks 0..{@link #size()}−1 of one parallel stage. The plan carries everything its tasks read (it is
 * serialised once and shipped to remote workers, e.g. as a Spark broadcast), so it must hold only serialisable
 * numbers, never names, files or monitors. {@link #run} must depend on the index alone (no shared mutable state, no
 * generator shared between tasks) and may be called several times for one index (a retried task): it must then give
 * the same result. Heavy derived state (a factorisation) belongs in transient fields built on first use.
 *
 * @param <R> the result of one task
 */
public interface TaskPlan<R extends Serializable> extends Serializable {

    /** Number of tasks. */
    int size();

    /** Runs task {@code index}; called concurrently for different indices. */
    R run(int index);
}
