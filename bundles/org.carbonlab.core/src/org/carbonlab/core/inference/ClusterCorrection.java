package org.carbonlab.core.inference;

/**
 * Small-sample correction applied to the HC0 cluster sandwich (X'X)^-1 [sum_g X_g'u_g u_g'X_g] (X'X)^-1.
 * <ul>
 * <li>{@link #NONE}: factor 1 (plm {@code vcovHC(method="arellano", type="HC0")}); t p-values with the model's
 * residual degrees of freedom (what {@code lmtest::coeftest} does).</li>
 * <li>{@link #STATA}: factor G/(G-1) * (N-1)/(N-K) with Stata's K (which K an estimator uses is its documentation's);
 * t p-values with G-1 degrees of freedom (Stata {@code regress/xtreg ..., vce(cluster c)}).</li>
 * </ul>
 * In both cases the robust Wald F test of the slopes uses F(q, G-1). Custom factors (e.g. plm's {@code "sss"}) are
 * computed with {@link #stataFactor(long, long, long)} and {@link #clusterOnlyFactor(long)} and applied to the
 * sandwich ({@link Sandwich#scale}).
 */
public enum ClusterCorrection {
    NONE, STATA;

    /**
     * G/(G-1) * (N-1)/(N-K). Stata's cluster factor; with K = number of slopes without constant it is plm's
     * {@code type="sss"} factor; with K = number of coefficients incl. intercept it is {@code sandwich::vcovCL}'s
     * HC1 factor. NaN if G &lt;= 1 or N &lt;= K.
     */
    public static double stataFactor(long nClusters, long nObs, long k) {
        if (nClusters <= 1 || nObs <= k) {
            return Double.NaN;
        }
        return ((double) nClusters / (nClusters - 1)) * ((double) (nObs - 1) / (nObs - k));
    }

    /** G/(G-1) only (the "cluster adjustment" of sandwich's vcovCL with type HC0, cadjust = TRUE). */
    public static double clusterOnlyFactor(long nClusters) {
        if (nClusters <= 1) {
            return Double.NaN;
        }
        return (double) nClusters / (nClusters - 1);
    }
}
