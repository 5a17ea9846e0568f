package org.carbonlab.core.study;

import java.util.List;

import org.carbonlab.core.report.Grid;
import org.carbonlab.core.result.Result;

/** What a study step made: its result (written as JSON like an analysis') and the tables its report section prints. */
record StepOutput(Result result, List<Grid> grids) {
}
