package org.carbonlab.core.study;

import java.util.Map;

import org.carbonlab.core.chart.ChartRegistry;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.result.Result;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Study;

/**
 * Study steps: analyses whose estimator id starts with {@value #PREFIX} work on the results of earlier analyses
 * instead of on data, so the study runner runs them itself ({@code study.table}, {@code study.summary},
 * {@code study.robustness}, {@code study.map}); they are written, reported and recorded like analyses. They are declared with the
 * existing Analysis element, so study files need no new schema.
 */
final class StudySteps {
    static final String PREFIX = "study.";

    private StudySteps() {
    }

    static boolean isStep(String estimatorId) {
        return estimatorId != null && estimatorId.startsWith(PREFIX);
    }

    static StepOutput run(Analysis a, String name, Study study, Map<String, Result> done, PanelFrame frame,
            java.nio.file.Path studyFolder, RobustnessStep.Estimation estimation) {
        return switch (a.getEstimatorId()) {
            case CombinedTableStep.ID -> CombinedTableStep.run(a, name, done);
            case GroupSummaryStep.ID -> GroupSummaryStep.run(a, name, done, frame);
            case RobustnessStep.ID -> RobustnessStep.run(a, name, study, done, estimation);
            case MapStep.ID -> MapStep.run(a, name, frame, studyFolder);
            default -> throw new InputException("analysis '" + name + "': unknown study step '" + a.getEstimatorId()
                    + "'; study steps are " + CombinedTableStep.ID + ", " + GroupSummaryStep.ID + ", "
                    + RobustnessStep.ID + ", " + MapStep.ID);
        };
    }

    /** The robustness step's chart of the focal coefficient and the map step's tile and polygon maps. */
    static void registerCharts(ChartRegistry registry) {
        if (!registry.hasCharts(RobustnessStep.ID)) {
            registry.register(RobustnessStep.ID, new RobustnessStep.FocalChart());
        }
        if (!registry.hasCharts(MapStep.ID)) {
            registry.register(MapStep.ID, new MapStep.TileMaps());
            registry.register(MapStep.ID, new PolygonMaps());
        }
    }
}
