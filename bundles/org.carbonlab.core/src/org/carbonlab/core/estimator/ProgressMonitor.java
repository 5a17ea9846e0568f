package org.carbonlab.core.estimator;

/** Progress reporting and cancellation for long estimations (bootstrap, many LPs). */
public interface ProgressMonitor {
    /** Starts a task of {@code totalWork} units. */
    void begin(String task, int totalWork);

    void worked(int units);

    boolean isCanceled();

    /** Throws {@link java.util.concurrent.CancellationException} once the user has cancelled. */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new java.util.concurrent.CancellationException("cancelled by the user");
        }
    }

    ProgressMonitor NULL = new ProgressMonitor() {
        @Override
        public void begin(String task, int totalWork) {
        }

        @Override
        public void worked(int units) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };
}
