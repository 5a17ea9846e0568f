package org.carbonlab.ui;

import org.carbonlab.core.estimator.ProgressMonitor;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Core's progress monitor on top of an Eclipse job's: each {@code begin} restarts the job's progress with
 * the new task (an estimator may report several phases; the desktop's monitor accepts that), and Cancel in the desktop reaches the estimator
 * through {@link #isCanceled()}.
 */
final class JobProgressMonitor implements ProgressMonitor {
    private final IProgressMonitor job;

    JobProgressMonitor(IProgressMonitor job) {
        this.job = job;
    }

    @Override
    public void begin(String task, int totalWork) {
        job.beginTask(task, Math.max(totalWork, 1));
    }

    @Override
    public void worked(int units) {
        job.worked(units);
    }

    @Override
    public boolean isCanceled() {
        return job.isCanceled();
    }
}
