package org.carbonlab.core.weights;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a weight matrix came from and what was done to it, for results and reports.
 *
 * @param source the file path as given, or {@code study element NAME} for a matrix written in a study
 * @param format {@value SpatialWeights#FORMAT_DENSE_CSV}, {@value SpatialWeights#FORMAT_EDGE_LIST_CSV},
 *            {@value SpatialWeights#FORMAT_STUDY} or a builder's own name
 * @param sha256 hex SHA-256 of the file's bytes, or of the canonical serialisation
 *            ({@link SpatialWeights#canonicalSha256()}) when there is no file
 * @param standardisation the last standardisation applied
 * @param n number of entities
 * @param links number of non-zero weights
 */
public record WeightsProvenance(String source, String format, String sha256, Standardisation standardisation, int n,
        int links) {

    /** As written into a result's {@code provenance}. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("format", format);
        m.put("sha256", sha256);
        m.put("standardisation", standardisation.label());
        m.put("n", n);
        m.put("links", links);
        return m;
    }
}
