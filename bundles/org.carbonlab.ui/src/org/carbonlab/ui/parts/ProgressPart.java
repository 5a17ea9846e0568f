package org.carbonlab.ui.parts;

import org.carbonlab.ui.ProgressPanel;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;

/** The progress of the running analysis job, with Cancel; it is the job manager's progress provider while open. */
public final class ProgressPart extends DesktopPart {
    public static final String ID = "org.carbonlab.ui.progress";
    private ProgressPanel progress;

    @Override
    protected void create(Composite parent) {
        progress = new ProgressPanel(parent);
        Job.getJobManager().setProgressProvider(progress);
    }

    public ProgressPanel progress() {
        return progress;
    }

    @Override
    public void setFocus() {
        progress.control().setFocus();
    }

    @Override
    public void dispose() {
        if (progress != null) {
            Job.getJobManager().setProgressProvider(null);
        }
        super.dispose();
    }
}
