package org.carbonlab.core.inference;

/**
 * How a model's coefficient statistics were turned into p-values and intervals: the reference distribution and its
 * degrees of freedom, the covariance behind the standard errors, and the confidence level. It travels in the result
 * ({@code ModelResult.inference()}), so that tables and later computations (Wald tests, turning points, marginal
 * effects) use the same distribution as the coefficients without re-reading statistics by name.
 *
 * @param distribution    t or normal
 * @param df              degrees of freedom of t ({@link Double#POSITIVE_INFINITY} for the normal)
 * @param vcov            the covariance the user asked for
 * @param vcovDescription one line for notes under tables, e.g. "clustered by id (10 clusters), Stata small-sample
 *                        correction"; may be null
 * @param clusters        number of clusters G behind a clustered covariance, 0 when not clustered
 * @param level           confidence level of the intervals
 */
public record Inference(ReferenceDistribution distribution, double df, VcovType vcov, String vcovDescription,
        int clusters, double level) {

    public Inference {
        if (distribution == null || vcov == null) {
            throw new IllegalArgumentException("an inference needs a distribution and a vcov type");
        }
        if (distribution == ReferenceDistribution.NORMAL) {
            df = Double.POSITIVE_INFINITY;
        }
        if (clusters < 0) {
            throw new IllegalArgumentException("clusters must be >= 0, got " + clusters);
        }
    }

    /**
     * The inference of a coefficient table: t with the table's p-value degrees of freedom, or the normal when
     * those are infinite.
     */
    public static Inference of(CoefficientTable table, VcovType vcov, String vcovDescription) {
        double df = table.pValueDf();
        ReferenceDistribution d = Double.isInfinite(df) ? ReferenceDistribution.NORMAL : ReferenceDistribution.T;
        return new Inference(d, df, vcov, vcovDescription, table.clusters(), table.confidenceLevel());
    }

    /** True when the covariance is clustered (G &gt; 0). */
    public boolean clustered() {
        return clusters > 0;
    }

    /** True for the normal reference distribution (z statistics). */
    public boolean normal() {
        return distribution == ReferenceDistribution.NORMAL;
    }

    /** The statistic's symbol in tables: "t" or "z". */
    public String statisticSymbol() {
        return distribution.symbol();
    }

    /** Two-sided p-value of a coefficient statistic under this inference's distribution. */
    public double pValue(double statistic) {
        return Distributions.tTwoSidedP(statistic, df);
    }

    /** Critical value of a two-sided interval at {@code otherLevel} (e.g. 0.95 gives t_{0.975, df} or 1.96). */
    public double critical(double otherLevel) {
        return Distributions.tCritical(otherLevel, df);
    }

    /** Critical value of the two-sided interval at this inference's level. */
    public double critical() {
        return critical(level);
    }
}
