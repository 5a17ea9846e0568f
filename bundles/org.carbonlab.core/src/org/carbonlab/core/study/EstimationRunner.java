package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultContract;

/**
 * Runs one estimator the same way for the command line, studies and the desktop: resolve and
 * validate the parameters (all problems at once), validate against the data, estimate, then stamp
 * the result with the estimator, the resolved parameters, the data and the provenance.
 */
public final class EstimationRunner {

    private final String carbonlabVersion;

    public EstimationRunner(String carbonlabVersion) {
        this.carbonlabVersion = carbonlabVersion;
    }

    public Result run(EstimatorDescriptor descriptor, PanelFrame data, Map<String, String> rawParameters,
            ProgressMonitor monitor) {
        Estimator estimator = descriptor.create();
        Parameters parameters = estimator.parameters().resolve(rawParameters);
        long seed = parameters.isSet("seed") ? parameters.integer("seed") : EstimationContext.DEFAULT_SEED;
        EstimationContext context = new EstimationContext(data, parameters, monitor, seed);
        List<String> problems = new ArrayList<>(estimator.validate(context));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        long start = System.nanoTime();
        Result result = estimator.estimate(context);
        List<String> violations = ResultContract.violations(result);
        if (!violations.isEmpty()) { // a faulty (third-party) estimator is named here, not deep in the writers
            throw new EstimationException("estimator '" + descriptor.id() + "' (plug-in " + descriptor.contributor()
                    + ") returned an invalid result: " + String.join("; ", violations));
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        result.estimatorId(descriptor.id());
        result.estimatorVersion(descriptor.version());
        result.parameters().clear();
        result.parameters().putAll(parameters.asMap());
        if (result.data() == null) {
            result.data(new DataSummary(data.source(), data.sha256(), data.rows(), data.nEntities(), data.nPeriods(),
                    data.balanced()));
        }
        result.provenance().put("carbonlab", carbonlabVersion);
        result.provenance().put("java", System.getProperty("java.version"));
        result.provenance().put("seed", seed);
        result.provenance().put("elapsed_ms", elapsedMs);
        return result;
    }
}
