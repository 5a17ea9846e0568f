package org.carbonlab.core.weights;

/**
 * The spectral radius (largest eigenvalue modulus) of a non-negative weight matrix by power iteration on W + I.
 * For W ≥ 0 the radius is itself an eigenvalue (Perron–Frobenius) and ρ(W + I) = ρ(W) + 1; the shift makes the
 * dominant eigenvalue strictly largest in modulus even when W is periodic (e.g. a bipartite graph, whose −ρ is an
 * eigenvalue too), so the iteration converges. Works on the sparse matrix: O(links) per step, no n×n copy (an eigen
 * solver would need the dense matrix, too large at N = 50,000).
 */
public final class SpectralRadius {
    /** Relative residual ‖Wv − ρv‖/ρ at which the iteration stops. */
    public static final double TOLERANCE = 1e-12;
    public static final int MAX_ITERATIONS = 100_000;

    private SpectralRadius() {
    }

    public static double of(SpatialWeights w) {
        int n = w.n();
        double[] v = new double[n];
        double[] wv = new double[n];
        // a positive start vector has a component along the Perron vector
        java.util.Arrays.fill(v, 1.0 / Math.sqrt(n));
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            w.lag(v, wv);
            double lambda = 0.0;
            for (int i = 0; i < n; i++) {
                lambda += wv[i] * wv[i];
            }
            lambda = Math.sqrt(lambda); // ‖Wv‖ with ‖v‖ = 1
            if (lambda == 0.0) {
                return 0.0; // nilpotent (e.g. no links): every eigenvalue is 0
            }
            // stop when v is an eigenvector to working precision: ‖Wv − λv‖ ≤ tol·λ
            double residual = 0.0;
            double norm = 0.0;
            for (int i = 0; i < n; i++) {
                double r = wv[i] - lambda * v[i];
                residual += r * r;
                wv[i] += v[i]; // (W + I) v
                norm += wv[i] * wv[i];
            }
            if (Math.sqrt(residual) <= TOLERANCE * lambda) {
                return lambda;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                v[i] = wv[i] / norm;
            }
        }
        throw new ArithmeticException("the power iteration for the spectral radius did not converge in "
                + MAX_ITERATIONS + " steps");
    }
}
