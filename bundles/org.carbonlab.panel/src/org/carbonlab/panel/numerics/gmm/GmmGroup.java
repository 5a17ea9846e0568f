package org.carbonlab.panel.numerics.gmm;

/**
 * One entity's stacked GMM equations: the first {@code diffRows} rows are transformed (differenced) equations, the
 * remaining rows (system GMM only) level equations. Rows of missing equations are zero rows in y, X and Z, so they
 * drop out of every sum. {@code z} holds only this entity's block of the block-diagonal instrument matrix.
 */
public record GmmGroup(double[] y, double[][] x, double[][] z, int diffRows) {

    public int rows() {
        return y.length;
    }

    public int levelRows() {
        return y.length - diffRows;
    }
}
