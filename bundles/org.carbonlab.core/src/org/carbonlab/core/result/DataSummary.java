package org.carbonlab.core.result;

/** The "data" member of a result: where the data came from and its panel shape. */
public record DataSummary(String source, String sha256, int nObs, int nEntities, int nPeriods, boolean balanced) {
}
