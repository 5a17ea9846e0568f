package org.carbonlab.core.inference;

import java.util.Locale;

/**
 * The {@code ssc} parameter: the small-sample correction of robust and cluster covariances, mapped here once to the
 * HC type and to the cluster correction the numerics take.
 */
public enum SmallSampleCorrection {
    /** Stata's: HC1 for heteroskedasticity-robust, G/(G-1)(N-1)/(N-K) with t(G-1) p-values for clustered. */
    STATA(HcType.HC1, ClusterCorrection.STATA),
    /** None: HC0 (plm's {@code vcovHC}), factor 1 for clustered. */
    NONE(HcType.HC0, ClusterCorrection.NONE);

    private final HcType hcType;
    private final ClusterCorrection clusterCorrection;

    SmallSampleCorrection(HcType hcType, ClusterCorrection clusterCorrection) {
        this.hcType = hcType;
        this.clusterCorrection = clusterCorrection;
    }

    /** The heteroskedasticity-consistent type of this convention (HC1 or HC0). */
    public HcType hcType() {
        return hcType;
    }

    /** The cluster correction of this convention. */
    public ClusterCorrection clusterCorrection() {
        return clusterCorrection;
    }

    /** The value as written in the {@code ssc} parameter ({@code stata}, {@code none}). */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for an {@code ssc} parameter value (case-insensitive). */
    public static SmallSampleCorrection fromParameter(String value) {
        for (SmallSampleCorrection s : values()) {
            if (s.parameterValue().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown ssc '" + value + "'; use stata or none");
    }
}
