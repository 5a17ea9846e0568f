package org.carbonlab.core.study;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Result;

/**
 * What an analysis ran on: the estimator and its version, the CarbonLab version, the parameters
 * as written, the dataset file, the data the estimator received and (for spatial estimators) the
 * weight matrix. Two runs with equal fingerprints computed the same thing.
 *
 * @param weightMatrixSha256 {@code null} while no weight matrix reaches the estimator
 */
record InputFingerprint(String estimatorId, String estimatorVersion, String carbonlabVersion,
        String parametersSha256, String datasetSha256, String dataSha256, String weightMatrixSha256) {

    /** SHA-256 of the analysis' parameters as {@code name=value} lines sorted by name. */
    static String parametersSha256(Analysis a) {
        Map<String, String> sorted = new TreeMap<>();
        for (ParameterValue p : a.getParameters()) {
            sorted.put(String.valueOf(p.getName()), String.valueOf(p.getValue()));
        }
        StringBuilder sb = new StringBuilder();
        sorted.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return DataReader.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint a run record holds. */
    static InputFingerprint of(Result record) {
        return new InputFingerprint(record.getEstimatorId(), record.getEstimatorVersion(), record.getCarbonlabVersion(),
                record.getParametersSha256(), record.getDatasetSha256(), record.getDataSha256(),
                record.getWeightMatrixSha256());
    }

    /** Writes this fingerprint into a run record. */
    void into(Result record) {
        record.setEstimatorId(estimatorId);
        record.setEstimatorVersion(estimatorVersion);
        record.setCarbonlabVersion(carbonlabVersion);
        record.setParametersSha256(parametersSha256);
        record.setDatasetSha256(datasetSha256);
        record.setDataSha256(dataSha256);
        record.setWeightMatrixSha256(weightMatrixSha256);
    }

    /** @return what differs from {@code earlier}, in words; empty when nothing does */
    List<String> changesSince(InputFingerprint earlier) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(estimatorId, earlier.estimatorId)) {
            changes.add("estimator " + earlier.estimatorId + " → " + estimatorId);
        } else if (!Objects.equals(estimatorVersion, earlier.estimatorVersion)) {
            changes.add("estimator version " + earlier.estimatorVersion + " → " + estimatorVersion);
        }
        if (!Objects.equals(carbonlabVersion, earlier.carbonlabVersion)) {
            changes.add("CarbonLab version " + earlier.carbonlabVersion + " → " + carbonlabVersion);
        }
        if (!Objects.equals(parametersSha256, earlier.parametersSha256)) {
            changes.add("parameters");
        }
        if (!Objects.equals(datasetSha256, earlier.datasetSha256)) {
            changes.add("dataset file (SHA-256 " + shortHash(earlier.datasetSha256) + " → " + shortHash(datasetSha256) + ")");
        } else if (!Objects.equals(dataSha256, earlier.dataSha256)) {
            changes.add("derived data (a derivation or an earlier analysis' output)");
        }
        if (!Objects.equals(weightMatrixSha256, earlier.weightMatrixSha256)) {
            changes.add("weight matrix");
        }
        return changes;
    }

    private static String shortHash(String sha) {
        return sha == null ? "none" : sha.substring(0, Math.min(12, sha.length()));
    }
}
