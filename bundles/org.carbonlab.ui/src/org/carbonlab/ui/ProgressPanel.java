package org.carbonlab.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The window's progress strip: the running job's task, a progress bar and Cancel. It is the job
 * manager's progress provider for the desktop's jobs, so their monitors report here; updates cross
 * to the UI thread asynchronously and the UI never waits for a job.
 */
public final class ProgressPanel extends ProgressProvider {
    private final Composite panel;
    private final Label task;
    private final ProgressBar bar;
    private final Button cancel;
    private volatile Job running;

    public ProgressPanel(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        panel.setLayout(layout);
        task = new Label(panel, SWT.NONE);
        task.setText("Ready");
        task.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar = new ProgressBar(panel, SWT.SMOOTH);
        bar.setLayoutData(new GridData(220, SWT.DEFAULT));
        cancel = new Button(panel, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            Job j = running;
            if (j != null) {
                j.cancel();
                task.setText("Cancelling " + j.getName() + "…");
            }
        });
    }

    public Composite control() {
        return panel;
    }

    /** The job whose progress is shown, or null. */
    public Job running() {
        return running;
    }

    /** The task shown next to the bar. */
    public String taskText() {
        return task.getText();
    }

    /** The bar's position in percent. */
    public int percent() {
        return bar.getSelection();
    }

    /** Presses Cancel (as a user would). */
    public void pressCancel() {
        cancel.notifyListeners(SWT.Selection, null);
    }

    @Override
    public IProgressMonitor createMonitor(Job job) {
        if (!job.belongsTo(AnalysisJob.FAMILY)) {
            return new NullProgressMonitor();
        }
        return new Monitor(job);
    }

    private void ui(Runnable r) {
        Display d = panel.isDisposed() ? null : panel.getDisplay();
        if (d != null && !d.isDisposed()) {
            d.asyncExec(() -> {
                if (!panel.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    /** One job's monitor: counts work and forwards at most one update per 1 % to the UI thread. */
    private final class Monitor extends NullProgressMonitor {
        private final Job job;
        private int total = 1;
        private long done;
        private int shown = -1;

        Monitor(Job job) {
            this.job = job;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            running = job;
            total = totalWork <= 0 ? 1 : totalWork;
            done = 0;
            shown = 0;
            ui(() -> {
                task.setText(name == null || name.isEmpty() ? job.getName() : name);
                bar.setSelection(0);
                cancel.setEnabled(true);
            });
        }

        @Override
        public void setTaskName(String name) {
            running = job;
            ui(() -> {
                task.setText(name);
                cancel.setEnabled(true);
            });
        }

        @Override
        public void subTask(String name) {
            setTaskName(name);
        }

        @Override
        public void worked(int work) {
            done += work;
            int percent = (int) Math.min(100, done * 100 / total);
            if (percent != shown) {
                shown = percent;
                ui(() -> bar.setSelection(percent));
            }
        }

        @Override
        public void done() {
            if (running == job) {
                running = null;
            }
            ui(() -> {
                if (running == null) {
                    task.setText(isCanceled() ? job.getName() + ": cancelled" : "Ready");
                    bar.setSelection(0);
                    cancel.setEnabled(false);
                }
            });
        }
    }
}
