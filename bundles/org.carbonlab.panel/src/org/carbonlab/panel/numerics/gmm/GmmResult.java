package org.carbonlab.panel.numerics.gmm;

/**
 * The numbers of one dynamic-panel GMM fit. {@code coefficients} are the model's (two-step when {@code twoStep});
 * {@code vcovRobust} is the Arellano–Bond one-step sandwich or the Windmeijer-corrected two-step covariance;
 * {@code vcovNonRobust} is the textbook σ²(X'Z A1 Z'X)^{-1} (one-step, σ² = SSR of the differenced residuals / (2 ×
 * differenced equations used), as gretl) or the uncorrected (X'Z A2 Z'X)^{-1} (two-step).
 * <p>
 * {@code hansen} is (Σ Z'e)' A2 (Σ Z'e) with A2 from one-step residuals and e the model's residuals: Hansen's J for
 * two-step, the robust (Hansen) form of the overidentification test for one-step. {@code sargan} is the classical
 * Q/σ² with the one-step weight (consistent only under homoskedasticity). AR statistics are the Arellano–Bond m_j
 * on the differenced residuals, {@code ar*Robust} with {@code vcovRobust}. {@code generalizedInverse}: a weight
 * matrix was singular and its Moore–Penrose inverse was used.
 */
public record GmmResult(boolean twoStep, double[] coefficients, double[] firstStepCoefficients, double[][] vcovRobust,
        double[][] vcovNonRobust, double hansen, double sargan, int overidentificationDf, double ar1Robust,
        double ar2Robust, double ar1NonRobust, double ar2NonRobust, int instruments, int groups, int diffEquationsUsed,
        int levelEquationsUsed, double sigma2, boolean generalizedInverse) {
}
