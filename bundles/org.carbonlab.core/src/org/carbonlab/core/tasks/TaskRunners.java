package org.carbonlab.core.tasks;

import java.util.Objects;

/**
 * The runner that estimators hand their parallel stages to: {@link LocalTaskRunner} unless a host has installed
 * another one (the Spark runner installs itself around a command). Process-wide rather than per thread, because a
 * study run may estimate on worker threads.
 */
public final class TaskRunners {
    private static volatile TaskRunner current = LocalTaskRunner.INSTANCE;

    private TaskRunners() {
    }

    /** The runner in force. */
    public static TaskRunner current() {
        return current;
    }

    /**
     * Installs {@code runner} until the returned handle is closed, which restores the previous one:
     * {@code try (TaskRunners.Installation i = TaskRunners.install(spark)) { ... }}.
     */
    public static synchronized Installation install(TaskRunner runner) {
        TaskRunner previous = current;
        current = Objects.requireNonNull(runner, "runner");
        return new Installation(previous);
    }

    /** An installed runner; closing it restores the runner that was in force before. */
    public static final class Installation implements AutoCloseable {
        private final TaskRunner previous;

        private Installation(TaskRunner previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            synchronized (TaskRunners.class) {
                current = previous;
            }
        }
    }
}
