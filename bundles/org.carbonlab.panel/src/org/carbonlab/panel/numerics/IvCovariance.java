package org.carbonlab.panel.numerics;

import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.Sandwich;

/**
 * The covariance convention of {@code panel.iv} and of its auxiliary regressions (first stages, Wu–Hausman,
 * Anderson–Rubin), as one value: classical, heteroskedasticity-robust or clustered, with or without the small-sample
 * correction, and t or normal reference distribution. For a fit with k coefficients on n rows and {@code absorbedDf}
 * absorbed fixed-effect levels, K = k + absorbedDf:
 * <ul>
 * <li>classical: σ² = u'u/(n − K) with {@code small}, u'u/n without (Stata {@code ivregress 2sls} without
 * {@code small}); V = σ² (X̂'X̂)^{-1}.</li>
 * <li>robust: (X̂'X̂)^{-1} Σ u_i² x̂_i x̂_i' (X̂'X̂)^{-1} times n/(n − K) with {@code small} (HC1), 1 without
 * (HC0).</li>
 * <li>cluster: (X̂'X̂)^{-1} Σ_g s_g s_g' (X̂'X̂)^{-1}, s_g = Σ_{i∈g} x̂_i u_i, times G/(G−1)·(n−1)/(n−K_c) with
 * {@code small} (Stata), 1 without; K_c = k when the absorbed fixed effects are nested in the clusters (they then
 * cost no degree of freedom of the cluster covariance, as in fixest and reghdfe), K otherwise.</li>
 * </ul>
 * p-values: normal when {@code normal}, else t with G − 1 degrees of freedom for a clustered covariance with
 * {@code small}, and n − K otherwise. Name-free.
 *
 * @param kind         the covariance kind
 * @param small        the small-sample correction ({@code ssc=stata})
 * @param normal       z statistics and normal p-values
 * @param cluster      cluster code of each row (0..nClusters−1), null unless clustered
 * @param nClusters    number of clusters G
 * @param absorbedDf   degrees of freedom absorbed by fixed effects (0 without)
 * @param feNested     whether every absorbed factor is nested in the clusters
 */
public record IvCovariance(Kind kind, boolean small, boolean normal, int[] cluster, int nClusters, int absorbedDf,
        boolean feNested) {

    /** The covariance kinds. */
    public enum Kind {
        CLASSICAL, ROBUST, CLUSTER
    }

    /** The same convention for a regression on other rows' fixed effects (none absorbed). */
    public IvCovariance withoutAbsorbed() {
        return new IvCovariance(kind, small, normal, cluster, nClusters, 0, true);
    }

    /** The multiplier of the basic (HC0-type) sandwich; NaN for classical. */
    public double factor(int n, int k) {
        return switch (kind) {
            case CLASSICAL -> Double.NaN;
            case ROBUST -> small ? (double) n / (n - k - absorbedDf) : 1.0;
            case CLUSTER -> small ? ClusterCorrection.stataFactor(nClusters, n, clusterK(k)) : 1.0;
        };
    }

    /** K of the cluster factor: the coefficients, plus the absorbed levels unless nested in the clusters. */
    public int clusterK(int k) {
        return k + (feNested ? 0 : absorbedDf);
    }

    /** Residual degrees of freedom n − k − absorbed. */
    public int dfResid(int n, int k) {
        return n - k - absorbedDf;
    }

    /** Degrees of freedom of t p-values (+Infinity for normal). */
    public double pValueDf(int n, int k) {
        if (normal) {
            return Double.POSITIVE_INFINITY;
        }
        return kind == Kind.CLUSTER && small ? nClusters - 1 : dfResid(n, k);
    }

    /** Denominator df of F forms of Wald tests: G − 1 when clustered, n − k − absorbed otherwise (∞ if normal). */
    public double fDf2(int n, int k) {
        if (normal) {
            return Double.POSITIVE_INFINITY;
        }
        return kind == Kind.CLUSTER ? nClusters - 1 : dfResid(n, k);
    }

    /**
     * The covariance of a linear estimator with bread (X̂'X̂)^{-1} ({@code bread}), regressors {@code x} (n × k)
     * whose scores are x_i u_i, and residuals u.
     */
    public double[][] vcov(double[][] bread, double[][] x, double[] u) {
        int n = u.length;
        int k = bread.length;
        if (kind == Kind.CLASSICAL) {
            double ssr = IvAlgebra.dot(u, u);
            double sigma2 = ssr / (small ? dfResid(n, k) : n);
            return Sandwich.scale(bread, sigma2);
        }
        double[][] meat = meat(x, u);
        double[][] v = IvAlgebra.m(bread).multiply(IvAlgebra.m(meat)).multiply(IvAlgebra.m(bread)).getData();
        return Sandwich.scale(IvAlgebra.symmetrised(v), factor(n, k));
    }

    /** Σ u_i² x_i x_i' (robust) or Σ_g s_g s_g' (cluster) for scores x_i u_i. */
    public double[][] meat(double[][] x, double[] u) {
        int n = u.length;
        int k = x.length == 0 ? 0 : x[0].length;
        double[][] cols = new double[k][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                cols[j][i] = x[i][j];
            }
        }
        if (kind == Kind.CLUSTER) {
            return Sandwich.clusterMeat(cols, u, cluster, nClusters);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = u[i] * u[i];
        }
        return Sandwich.weightedMeat(cols, w);
    }

    /**
     * The convention of the diagnostic F tests: as this one, but a classical F always uses σ² = u'u/(n − K) (an F
     * test needs the degrees-of-freedom correction even when the coefficients' z statistics do not).
     */
    public IvCovariance forDiagnostics() {
        return kind == Kind.CLASSICAL ? new IvCovariance(kind, true, false, cluster, nClusters, absorbedDf, feNested)
                : new IvCovariance(kind, small, false, cluster, nClusters, absorbedDf, feNested);
    }

    /** Σ h_i h_i' (robust) or Σ_g (Σ_{i∈g} h_i)(Σ_{i∈g} h_i)' (cluster) of score rows h (n × r). */
    public double[][] scoreMeat(double[][] h) {
        double[] ones = new double[h.length];
        java.util.Arrays.fill(ones, 1.0);
        return meat(h, ones);
    }

    /** Classical, robust or clustered. */
    public boolean classical() {
        return kind == Kind.CLASSICAL;
    }
}
