package org.carbonlab.ui.commands;

import org.carbonlab.model.Analysis;
import org.carbonlab.model.Result;
import org.carbonlab.model.Study;
import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Records a run of an analysis in the study, as {@code carbonlab run} does: the new {@code Result} element
 * replaces the analysis' previous record (in the study's results and as the analysis' result). Undo puts the
 * previous record back (the result file stays on disk).
 */
public final class RecordRunCommand extends AbstractCommand {
    private final Study study;
    private final Analysis analysis;
    private final Result record;
    private Result previous;
    private int previousIndex = -1;

    public RecordRunCommand(Study study, Analysis analysis, Result record) {
        super("Record run of " + analysis.getName());
        this.study = study;
        this.analysis = analysis;
        this.record = record;
    }

    @Override
    protected boolean prepare() {
        return analysis.eContainer() == study && record.eContainer() == null;
    }

    @Override
    public void execute() {
        previous = analysis.getResult();
        if (previous == null) { // a record may name its analysis without the analysis naming it
            previous = study.getResults().stream().filter(r -> r.getAnalysis() == analysis).findFirst().orElse(null);
        }
        previousIndex = previous == null ? -1 : study.getResults().indexOf(previous);
        redo();
    }

    @Override
    public void undo() {
        study.getResults().remove(record);
        if (previous != null && previousIndex >= 0) {
            study.getResults().add(Math.min(previousIndex, study.getResults().size()), previous);
        }
        analysis.setResult(previous);
    }

    @Override
    public void redo() {
        if (previous != null) {
            study.getResults().remove(previous);
        }
        record.setAnalysis(analysis);
        study.getResults().add(record);
        analysis.setResult(record);
    }
}
