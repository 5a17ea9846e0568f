package org.carbonlab.core.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.ModelFrame;

/**
 * The covariance an estimator computes, parsed once from the {@link CovarianceParameters} ({@code vcov},
 * {@code cluster}, {@code ssc}, {@code level}) and the estimator's {@link RobustMeaning}.
 *
 * @param vcov          what the user asked for
 * @param clusterColumn the column the covariance clusters by: the {@code cluster} parameter or the entity column for
 *                      {@code vcov=cluster}, the entity column for {@code vcov=robust} when robust means clustered by
 *                      entity; null when the covariance is not clustered
 * @param ssc           the small-sample convention
 * @param level         confidence level of the intervals
 * @param robust        what robust means for this estimator
 */
public record CovarianceSpec(VcovType vcov, String clusterColumn, SmallSampleCorrection ssc, double level,
        RobustMeaning robust) {

    public CovarianceSpec {
        if (vcov == null || ssc == null || robust == null) {
            throw new IllegalArgumentException("vcov, ssc and robust meaning are required");
        }
        boolean clustered = vcov == VcovType.CLUSTER
                || (vcov == VcovType.ROBUST && robust == RobustMeaning.CLUSTERED_BY_ENTITY);
        if (clustered != (clusterColumn != null)) {
            throw new IllegalArgumentException("a " + vcov.parameterValue() + " covariance "
                    + (clustered ? "needs" : "takes no") + " cluster column");
        }
    }

    /**
     * Every problem of the covariance parameters against the data: a {@code cluster} column that is not in the data,
     * a {@code cluster} column given without {@code vcov=cluster}. For an estimator's validate step.
     */
    public static List<String> problems(Parameters p, PanelFrame data) {
        List<String> problems = new ArrayList<>();
        String cluster = p.string(CovarianceParameters.CLUSTER);
        if (cluster != null && !data.hasColumn(cluster)) {
            problems.add("cluster column '" + cluster + "' is not in the data; columns: "
                    + String.join(", ", data.columnNames()));
        }
        String vcov = p.string(CovarianceParameters.VCOV);
        if (cluster != null && !VcovType.CLUSTER.parameterValue().equals(vcov)) {
            problems.add("cluster=" + cluster + " is set but vcov is " + vcov + "; add --set vcov=cluster");
        }
        return problems;
    }

    /**
     * The covariance of resolved parameters on a data set.
     *
     * @throws InputException naming the column when {@link #problems} finds any
     */
    public static CovarianceSpec from(Parameters p, PanelFrame data, RobustMeaning robust) {
        List<String> problems = problems(p, data);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        VcovType vcov = VcovType.fromParameter(p.string(CovarianceParameters.VCOV));
        SmallSampleCorrection ssc = SmallSampleCorrection.fromParameter(p.string(CovarianceParameters.SSC));
        String column = switch (vcov) {
            case CLASSICAL -> null;
            case ROBUST -> robust == RobustMeaning.CLUSTERED_BY_ENTITY ? data.entityColumn() : null;
            case CLUSTER -> p.isSet(CovarianceParameters.CLUSTER) ? p.string(CovarianceParameters.CLUSTER)
                    : data.entityColumn();
        };
        return new CovarianceSpec(vcov, column, ssc, p.number(CovarianceParameters.LEVEL), robust);
    }

    /** The classical covariance at a level (e.g. a test that always uses classical covariances). */
    public static CovarianceSpec classical(SmallSampleCorrection ssc, double level, RobustMeaning robust) {
        return new CovarianceSpec(VcovType.CLASSICAL, null, ssc, level, robust);
    }

    /** True when the covariance is clustered ({@link #clusterColumn()} is set). */
    public boolean clustered() {
        return clusterColumn != null;
    }

    /** True for the classical covariance. */
    public boolean classical() {
        return vcov == VcovType.CLASSICAL;
    }

    /** The HC type of a heteroskedasticity-consistent covariance under this {@link #ssc()}. */
    public HcType hcType() {
        return ssc.hcType();
    }

    /** The cluster correction under this {@link #ssc()}. */
    public ClusterCorrection clusterCorrection() {
        return ssc.clusterCorrection();
    }

    /**
     * Cluster codes for the rows of a model frame, or null when the covariance is not clustered. The entity (time)
     * column maps to the frame's entity (period) index; any other column's distinct values become codes 0, 1, ...
     * in order of appearance.
     *
     * @throws InputException naming the column and rows when the cluster column is missing in rows the model uses
     */
    public int[] clusterCodes(ModelFrame mf) {
        if (!clustered()) {
            return null;
        }
        PanelFrame data = mf.data();
        if (clusterColumn.equals(data.entityColumn())) {
            return mf.entityIndex();
        }
        if (clusterColumn.equals(data.timeColumn())) {
            return mf.timeIndex();
        }
        String[] values = data.text(clusterColumn);
        int[] rows = mf.frameRows();
        int[] codes = new int[rows.length];
        Map<String, Integer> ids = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String v = values[rows[i]];
            if (v == null || v.isEmpty()) {
                if (missing.size() < 5) {
                    missing.add(data.describe(rows[i]));
                }
                continue;
            }
            codes[i] = ids.computeIfAbsent(v, k -> ids.size());
        }
        if (!missing.isEmpty()) {
            throw new InputException("cluster column '" + clusterColumn + "' is missing in rows used by the model: "
                    + String.join("; ", missing));
        }
        return codes;
    }

    /** One line for notes under tables, e.g. "clustered by id (10 clusters), Stata small-sample correction". */
    public String describe(int clusters) {
        String correction = ssc == SmallSampleCorrection.STATA ? "Stata small-sample correction"
                : "no small-sample correction";
        return switch (vcov) {
            case CLASSICAL -> "classical";
            case ROBUST -> robust == RobustMeaning.CLUSTERED_BY_ENTITY
                    ? "robust = clustered by entity (" + clusters + " clusters), " + correction
                    : (ssc == SmallSampleCorrection.STATA ? "robust HC1" : "robust HC0");
            case CLUSTER -> "clustered by " + clusterColumn + " (" + clusters + " clusters), " + correction;
        };
    }

    /** The inference of a coefficient table computed with this covariance. */
    public Inference inference(CoefficientTable table) {
        return Inference.of(table, vcov, describe(table.clusters()));
    }
}
