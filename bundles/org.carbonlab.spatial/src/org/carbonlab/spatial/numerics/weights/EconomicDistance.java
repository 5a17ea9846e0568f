package org.carbonlab.spatial.numerics.weights;

/**
 * Economic-distance weights from each unit's mean x̄_i of a variable: w_ij = 1 / |x̄_i − x̄_j| for i ≠ j (a dense,
 * symmetric matrix), and the nested geo-economic forms built on a geographic matrix W_d.
 */
public final class EconomicDistance {
    private EconomicDistance() {
    }

    /** w_ij = 1/|x̄_i − x̄_j|; equal means must have been rejected by the caller ({@link #firstEqualPair}). */
    public static Links of(double[] means) {
        int n = means.length;
        Links out = new Links();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    out.add(i, j, 1.0 / Math.abs(means[i] - means[j]));
                }
            }
        }
        return out;
    }

    /** The first pair {i, j} (i &lt; j) with equal means, or null. */
    public static int[] firstEqualPair(double[] means) {
        for (int i = 0; i < means.length; i++) {
            for (int j = i + 1; j < means.length; j++) {
                if (means[i] == means[j]) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /**
     * W_d · diag(x̄_j / x̄): each link i→j of the geographic matrix scaled by the neighbour's mean relative to the
     * mean of all units' means x̄ (Li et al.'s geo-economic nested matrix). Means must be positive.
     */
    public static Links nestedDiagonal(Links geographic, double[] means) {
        double grand = 0.0;
        for (double m : means) {
            grand += m;
        }
        grand /= means.length;
        Links out = new Links();
        for (int k = 0; k < geographic.size(); k++) {
            int j = geographic.to(k);
            out.add(geographic.from(k), j, geographic.weight(k) * means[j] / grand);
        }
        return out;
    }

    /** W_d ∘ W_e: each link of the geographic matrix times 1/|x̄_i − x̄_j| (Hadamard product). */
    public static Links nestedProduct(Links geographic, double[] means) {
        Links out = new Links();
        for (int k = 0; k < geographic.size(); k++) {
            int i = geographic.from(k);
            int j = geographic.to(k);
            out.add(i, j, geographic.weight(k) / Math.abs(means[i] - means[j]));
        }
        return out;
    }
}
