package org.carbonlab.panel.numerics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The variance of Stata's {@code _cons} in {@code xtreg, fe}. Stata estimates the within model as
 * the mean-augmented regression (y_it − ȳ_g + ȳ) on (x_it − x̄_g + x̄) and a constant, so the
 * constant's variance comes from that design: classical σ²[(Z'Z)⁻¹]_cc, or the cluster sandwich
 * factor·[(Z'Z)⁻¹ Σ_c s_c s_c' (Z'Z)⁻¹]_cc with s_c = Σ_{i∈c} z_i u_i. Under two-way effects the
 * period dummies are explicit regressors of {@code xtreg y x i.period, fe} and belong in Z.
 */
public final class StataConstant {
    private StataConstant() {
    }

    /**
     * @param x        explicit regressors (rows × p) without intercept, kept columns only (period dummies included
     *                 for two-way effects)
     * @param group    code of the absorbed group per row (entity, or period under time effects)
     * @param residuals residuals of the within fit
     * @param sigma2   classical residual variance, used when {@code cluster} is null
     * @param cluster  cluster code per row, or null for the classical variance
     * @param factor   small-sample factor of the cluster sandwich
     */
    public static double variance(double[][] x, int[] group, double[] residuals, double sigma2, int[] cluster,
            double factor) {
        int n = residuals.length;
        int p = n == 0 ? 0 : x[0].length;
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        double[][] groupSum = new double[groups][p];
        int[] groupCount = new int[groups];
        double[] overall = new double[p];
        for (int i = 0; i < n; i++) {
            groupCount[group[i]]++;
            for (int j = 0; j < p; j++) {
                groupSum[group[i]][j] += x[i][j];
                overall[j] += x[i][j];
            }
        }
        double[][] z = new double[n][p + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[i][j] = x[i][j] - groupSum[group[i]][j] / groupCount[group[i]] + overall[j] / n;
            }
            z[i][p] = 1.0;
        }
        RealMatrix zm = new Array2DRowRealMatrix(z, false);
        RealMatrix bread = new SingularValueDecomposition(zm.transpose().multiply(zm)).getSolver().getInverse();
        if (cluster == null) {
            return sigma2 * bread.getEntry(p, p);
        }
        int clusters = 0;
        for (int c : cluster) {
            clusters = Math.max(clusters, c + 1);
        }
        double[][] scores = new double[clusters][p + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= p; j++) {
                scores[cluster[i]][j] += z[i][j] * residuals[i];
            }
        }
        // Only the constant's row of the bread is needed: var = factor * Σ_c (b_c' s_c)^2.
        double[] b = bread.getRow(p);
        double sum = 0;
        for (int c = 0; c < clusters; c++) {
            double dot = 0;
            for (int j = 0; j <= p; j++) {
                dot += b[j] * scores[c][j];
            }
            sum += dot * dot;
        }
        return factor * sum;
    }
}
