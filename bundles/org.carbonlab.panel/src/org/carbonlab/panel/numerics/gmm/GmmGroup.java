package org.carbonlab.panel.numerics.gmm;

/**
 * One entity's stacked GMM equations: the first {@code diffRows} rows are transformed equations (first differences,
 * or forward orthogonal deviations), the remaining rows (system GMM only) level equations. Rows of missing
 * equations are zero rows in y, X and Z, so they drop out of every sum. {@code z} holds only this entity's block of
 * the block-diagonal instrument matrix.
 * <p>
 * Under orthogonal deviations {@code h} is the covariance of the transformed errors under iid ε (null: the
 * first-difference one) and {@code arY}/{@code arX} are the first-differenced equations on which the Arellano–Bond
 * AR tests are computed (null: the transformed rows are already differences).
 */
public record GmmGroup(double[] y, double[][] x, double[][] z, int diffRows, double[][] h, double[] arY,
        double[][] arX) {

    /** A group of first-differenced (and level) equations. */
    public GmmGroup(double[] y, double[][] x, double[][] z, int diffRows) {
        this(y, x, z, diffRows, null, null, null);
    }

    public int rows() {
        return y.length;
    }

    public int levelRows() {
        return y.length - diffRows;
    }

    /** True when the transformed rows are forward orthogonal deviations. */
    public boolean orthogonal() {
        return h != null;
    }

    /** The same equations with another instrument block. */
    public GmmGroup withInstruments(double[][] newZ) {
        return new GmmGroup(y, x, newZ, diffRows, h, arY, arX);
    }
}
