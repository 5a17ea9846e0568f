package org.carbonlab.core.result;

/**
 * The "data" member of a result: where the data came from and its panel shape. For a
 * cross-section (data without a time column) {@code nPeriods} and {@code balanced} do not apply:
 * writers show {@code cross_section} instead.
 */
public record DataSummary(String source, String sha256, int nObs, int nEntities, int nPeriods, boolean balanced,
        boolean crossSection) {

    /** The summary of a panel. */
    public DataSummary(String source, String sha256, int nObs, int nEntities, int nPeriods, boolean balanced) {
        this(source, sha256, nObs, nEntities, nPeriods, balanced, false);
    }

    /** This summary marked as a cross-section (one row per entity, no periods). */
    public DataSummary asCrossSection() {
        return new DataSummary(source, sha256, nObs, nEntities, 1, true, true);
    }
}
