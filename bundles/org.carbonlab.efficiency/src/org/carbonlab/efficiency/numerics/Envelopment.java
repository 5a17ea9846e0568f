package org.carbonlab.efficiency.numerics;

import org.carbonlab.efficiency.numerics.LinearProgram.Sense;

/**
 * The rows every envelopment program is made of: Σ_k λ_k v[ref_k] plus a few terms in other variables (θ, β, t,
 * slacks), in a {@link LinearProgram} whose λ columns are {@code lambdaAt .. lambdaAt + ref.length − 1}. One place for
 * the reference-set loops that the DEA models and the Malmquist distance programs share. Name-free: {@code v} is one
 * variable's values over all DMUs (observations), {@code ref} the indices spanning the technology.
 */
public final class Envelopment {
    private final LinearProgram lp;
    private final int[] ref;
    private final int lambdaAt;

    public Envelopment(LinearProgram lp, int[] ref, int lambdaAt) {
        this.lp = lp;
        this.ref = ref;
        this.lambdaAt = lambdaAt;
    }

    /** Σ_k λ_k v[ref_k] (sense) rhs. */
    public void row(double[] v, Sense sense, double rhs) {
        add(v, new int[0], new double[0], sense, rhs);
    }

    /** Σ_k λ_k v[ref_k] + coef·x_var (sense) rhs. */
    public void row(double[] v, int var, double coef, Sense sense, double rhs) {
        add(v, new int[] {var}, new double[] {coef}, sense, rhs);
    }

    /** Σ_k λ_k v[ref_k] + coef1·x_var1 + coef2·x_var2 (sense) rhs. */
    public void row(double[] v, int var1, double coef1, int var2, double coef2, Sense sense, double rhs) {
        add(v, new int[] {var1, var2}, new double[] {coef1, coef2}, sense, rhs);
    }

    /** Σ_k λ_k v[ref_k] + coef1·x_var1 + coef2·x_var2 + coef3·x_var3 (sense) rhs. */
    public void row(double[] v, int var1, double coef1, int var2, double coef2, int var3, double coef3, Sense sense,
            double rhs) {
        add(v, new int[] {var1, var2, var3}, new double[] {coef1, coef2, coef3}, sense, rhs);
    }

    /** The convexity row Σ_k λ_k = 1 (variable returns to scale). */
    public void convexity() {
        add(null, new int[0], new double[0], Sense.EQ, 1.0);
    }

    /** The Charnes-Cooper convexity row Σ_k Λ_k − t = 0 (Λ = tλ, t at {@code var}). */
    public void convexity(int var) {
        add(null, new int[] {var}, new double[] {-1.0}, Sense.EQ, 0.0);
    }

    /** {@code v == null}: all λ coefficients are 1. */
    private void add(double[] v, int[] vars, double[] coefs, Sense sense, double rhs) {
        int nr = ref.length;
        int[] idx = new int[vars.length + nr];
        double[] c = new double[vars.length + nr];
        System.arraycopy(vars, 0, idx, 0, vars.length);
        System.arraycopy(coefs, 0, c, 0, vars.length);
        for (int k = 0; k < nr; k++) {
            idx[vars.length + k] = lambdaAt + k;
            c[vars.length + k] = v == null ? 1.0 : v[ref[k]];
        }
        lp.rowOwned(idx, c, sense, rhs);
    }
}
