package org.carbonlab.panel.numerics;

import org.carbonlab.core.inference.OlsCore;
import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.DropReason;
import org.carbonlab.core.inference.RowBlocks;

/**
 * Fixed-effects (within) estimator for panels y_it = x_it'b + alpha_i [+ gamma_t] + e_it (matrices in, numbers out).
 * <p>
 * Inputs: y (length n), X (n x k, regressors WITHOUT an intercept column), entity codes and period codes (non-negative
 * integers; codes are ordered, so the smallest period code is the first period). Panels may be unbalanced, rows may
 * be in any order, and an entity-period cell may even hold several rows.
 * <p>
 * Transformation: {@link PanelEffect#INDIVIDUAL} subtracts entity means, {@link PanelEffect#TIME} period means;
 * {@link PanelEffect#TWOWAYS} is the exact projection off entity AND period dummies, computed by Frisch-Waugh-Lovell
 * (demean by the factor with more levels, then partial out the dummies of the other factor by least squares on exact
 * cross-products). No iterative approximation is used, so balanced and unbalanced panels are handled identically.
 * <p>
 * Columns that are zero, absorbed by the effects (e.g. constant within entity) or collinear with earlier columns
 * are dropped (see {@link DropReason}, {@link FitOptions#collinearityTolerance()}); the fit never fails on a singular
 * design.
 */
public final class FixedEffects {

    private FixedEffects() {
    }

    /** Fit with default options. */
    public static FixedEffectsResult fit(double[] y, double[][] x, int[] entity, int[] time, PanelEffect effect) {
        return fit(y, x, entity, time, effect, FitOptions.defaults());
    }

    /**
     * @param y       response, length n
     * @param x       regressors n x k without intercept (k may be 0)
     * @param entity  entity code per row; required for INDIVIDUAL and TWOWAYS, optional (may be null) for TIME
     * @param time    period code per row; required for TIME and TWOWAYS, optional (may be null) for INDIVIDUAL
     * @param effect  effects to absorb
     * @param options level and collinearity tolerance ({@link FitOptions#interceptColumn()} is ignored)
     * @throws IllegalArgumentException for invalid input (dimensions, non-finite values, negative codes,
     *                                  missing required index)
     */
    public static FixedEffectsResult fit(double[] y, double[][] x, int[] entity, int[] time, PanelEffect effect,
            FitOptions options) {
        if (effect == null) {
            throw new IllegalArgumentException("effect is null");
        }
        int n = Validation.checkData(y, x);
        return fitColumns(y, LinAlg.toColumns(x, n, x[0].length), entity, time, effect, options);
    }

    /**
     * As {@link #fit(double[], double[][], int[], int[], PanelEffect, FitOptions)} with the regressors given column
     * by column ({@code columns[j][row]}), the layout of {@link org.carbonlab.core.formula.ModelFrame#column(int)}:
     * a million-row design is then never copied into row arrays. The columns are not modified.
     *
     * @throws IllegalArgumentException for invalid input (dimensions, non-finite values, negative codes,
     *                                  missing required index)
     */
    public static FixedEffectsResult fitColumns(double[] y, double[][] columns, int[] entity, int[] time,
            PanelEffect effect, FitOptions options) {
        if (effect == null) {
            throw new IllegalArgumentException("effect is null");
        }
        int n = Validation.checkColumns(y, columns);
        int k = columns.length;
        FitOptions opt = options == null ? FitOptions.defaults() : options;
        Codes ent = entity == null && effect == PanelEffect.TIME ? null : Codes.of(entity, n, "entity");
        Codes per = time == null && effect == PanelEffect.INDIVIDUAL ? null : Codes.of(time, n, "time");
        EffectsProjector proj = projector(ent, per, effect);

        double[][] raw = columns;
        double tol = opt.collinearityTolerance();
        double[] norms = new double[k];
        double[][] within = new double[k][];
        DropReason[] preset = new DropReason[k];
        double[][] transformed = new double[k + 1][];
        // y and each column are transformed on their own (one task per variable, each exactly as sequentially),
        // so the result does not depend on the number of threads
        RowBlocks.forEach(k + 1, j -> transformed[j] = residualize(proj, j < k ? raw[j] : y));
        for (int j = 0; j < k; j++) {
            norms[j] = LinAlg.norm(raw[j]);
            within[j] = transformed[j];
            if (!(norms[j] > 0)) {
                preset[j] = DropReason.ALL_ZERO;
            } else if (!(LinAlg.norm(within[j]) > tol * norms[j])) {
                preset[j] = DropReason.ABSORBED_BY_EFFECTS;
            }
        }
        double[] yw = transformed[k];
        OlsCore core = OlsCore.fit(within, yw, norms, preset, tol);

        // pooled OLS with intercept on the same regressors (for the F test of the effects)
        double[][] pooledCols = new double[k + 1][];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        pooledCols[0] = ones;
        double[] pooledNorms = new double[k + 1];
        pooledNorms[0] = Math.sqrt(n);
        for (int j = 0; j < k; j++) {
            pooledCols[j + 1] = raw[j];
            pooledNorms[j + 1] = norms[j];
        }
        OlsCore pooled = OlsCore.fit(pooledCols, y, pooledNorms, null, tol);

        return new FixedEffectsResult(effect, y, raw, within, yw, ent, per, proj, core, pooled.ssr(),
                n - pooled.rank(), opt);
    }

    /**
     * The exact within transformation of a single variable (residual of v on the absorbed dummies), as used by
     * {@link #fit}. Useful for diagnostics that need demeaned data.
     */
    public static double[] demean(double[] v, int[] entity, int[] time, PanelEffect effect) {
        if (v == null || effect == null) {
            throw new IllegalArgumentException("null argument");
        }
        int n = v.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("v[" + i + "] is not finite: " + v[i]);
            }
        }
        Codes ent = entity == null && effect == PanelEffect.TIME ? null : Codes.of(entity, n, "entity");
        Codes per = time == null && effect == PanelEffect.INDIVIDUAL ? null : Codes.of(time, n, "time");
        return residualize(projector(ent, per, effect), v);
    }

    /**
     * The within transform of v. Values near the top of the double range (a group sum of 1e307s) overflow in the
     * group means; then the transform is redone on v divided by a power of two, which is exact, and scaled back.
     */
    private static double[] residualize(EffectsProjector proj, double[] v) {
        double[] w = proj.residualize(v);
        for (double d : w) {
            if (!Double.isFinite(d)) {
                int e = LinAlg.binaryExponent(v);
                double[] scaled = proj.residualize(LinAlg.scaledByPowerOfTwo(v, e));
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] = Math.scalb(scaled[i], e);
                }
                return scaled;
            }
        }
        return w;
    }

    private static EffectsProjector projector(Codes ent, Codes per, PanelEffect effect) {
        switch (effect) {
            case INDIVIDUAL:
                return new EffectsProjector(ent);
            case TIME:
                return new EffectsProjector(per);
            default:
                // demean by the factor with more levels, partial out the (fewer) dummies of the other
                return ent.levels >= per.levels ? new EffectsProjector(ent, per) : new EffectsProjector(per, ent);
        }
    }
}
