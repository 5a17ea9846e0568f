package org.carbonlab.panel.numerics;

import org.carbonlab.core.inference.Sandwich;
import org.carbonlab.core.inference.OlsCore;
import org.carbonlab.core.inference.LinAlg;

/**
 * One-way (individual) random-effects GLS with the Swamy–Arora variance components, for balanced and unbalanced
 * panels (matrices in, numbers out). The conventions are those of {@code plm(model="random", random.method="swar")}.
 * <p>
 * Model: y_it = x_it'b + u_i + e_it with Var(u_i) = σ²_u, Var(e_it) = σ²_e. Notation: N observations, G entities,
 * T_i observations of entity i.
 * <ol>
 * <li><b>Idiosyncratic variance</b> from the within (fixed-effects) regression of y on the columns of X that vary
 * within entities ({@link FixedEffects}): σ²_e = SSR_W / (N − G − K_W), K_W = number of within-identified slopes.</li>
 * <li><b>Between regression</b>: OLS of the entity means ȳ_i on the entity means z̄_i of all columns of X (the
 * intercept included), each entity weighted by T_i (= plm's "Between" model, the means repeated T_i times). With
 * SSR_B = Σ_i T_i (ȳ_i − z̄_i'b_B)², r_B the rank of the between design and h_i the leverage of entity i in the
 * weighted between regression:
 * σ²_u = (SSR_B − (G − r_B) σ²_e) / (N − Σ_i T_i h_i).
 * For a balanced panel (T_i = T) the denominator is T (G − r_B), so σ²_u = (σ²_1 − σ²_e)/T with
 * σ²_1 = T·SSR_B/(G − r_B) (the textbook form; also Stata's {@code xtreg, re} for balanced panels). For unbalanced
 * panels this is plm's exact quadratic-form estimator (Stata's default {@code xtreg, re} uses a harmonic-mean
 * approximation instead and only its {@code sa} option is exact, with an unweighted between regression).</li>
 * <li>A negative σ²_u is set to 0 (θ = 0, i.e. pooled OLS), as plm and Stata do; see
 * {@link RandomEffectsResult#sigma2IndividualTruncated()}.</li>
 * <li><b>GLS</b> by OLS on quasi-demeaned data: θ_i = 1 − sqrt(σ²_e / (σ²_e + T_i σ²_u)), y*_it = y_it − θ_i ȳ_i,
 * x*_it = x_it − θ_i x̄_i (the intercept column becomes 1 − θ_i). Collinear columns are dropped as in
 * {@link PooledOls}.</li>
 * </ol>
 * The pooled OLS fit on the same design is kept for the Breusch–Pagan and Honda LM tests of σ²_u = 0.
 */
public final class RandomEffects {

    private RandomEffects() {
    }

    /** Fit with default options. */
    public static RandomEffectsResult fit(double[] y, double[][] x, int[] entity) {
        return fit(y, x, entity, FitOptions.defaults());
    }

    /**
     * @param y       response, length n (finite)
     * @param x       regressors n x k (finite), including the intercept column if the model has one
     *                ({@link FitOptions#interceptColumn()}, auto-detected by default); time-invariant columns are
     *                allowed (they are identified by the between variation)
     * @param entity  entity code per row (non-negative integers)
     * @param options level, collinearity tolerance, intercept column
     * @throws IllegalArgumentException for invalid input, or when the variance components cannot be estimated
     *                                  (no degrees of freedom in the within or between regression, or no within
     *                                  variation left: σ²_e = 0); the message says which
     */
    public static RandomEffectsResult fit(double[] y, double[][] x, int[] entity, FitOptions options) {
        int n = Validation.checkData(y, x);
        int k = x[0].length;
        FitOptions opt = options == null ? FitOptions.defaults() : options;
        Codes ent = Codes.of(entity, n, "entity");
        int g = ent.levels;
        double tol = opt.collinearityTolerance();

        // pooled OLS on the same design: resolves the intercept column and gives the residuals of the LM tests
        PooledOlsResult pooled = PooledOls.fit(y, x, opt);
        int intercept = pooled.interceptColumn();

        // 1. within regression (the intercept and time-invariant columns are absorbed by the entity effects)
        FixedEffectsResult within = FixedEffects.fit(y, x, entity, null, PanelEffect.INDIVIDUAL, opt);
        int dfWithin = within.dfResid();
        if (dfWithin <= 0) {
            throw new IllegalArgumentException("no degrees of freedom for the idiosyncratic variance: " + n
                    + " observations, " + g + " entities and " + within.rank()
                    + " within-identified slopes (each entity needs repeated observations)");
        }
        double sigma2e = within.ssr() / dfWithin;
        if (!(sigma2e > 0)) {
            throw new IllegalArgumentException("the idiosyncratic variance is zero: the within regression fits the "
                    + "response exactly (the response does not vary within entities beyond the regressors)");
        }

        // 2. between regression on entity means, entity i weighted by T_i
        double[][] raw = LinAlg.toColumns(x, n, k);
        double[] norms = new double[k];
        double[][] means = new double[k][];
        double[][] betweenCols = new double[k][g];
        double[] sqrtT = new double[g];
        for (int a = 0; a < g; a++) {
            sqrtT[a] = Math.sqrt(ent.counts[a]);
        }
        for (int j = 0; j < k; j++) {
            norms[j] = LinAlg.norm(raw[j]);
            means[j] = ent.levelMeans(raw[j]);
            for (int a = 0; a < g; a++) {
                betweenCols[j][a] = sqrtT[a] * means[j][a];
            }
        }
        double[] yMeans = ent.levelMeans(y);
        double[] yBetween = new double[g];
        for (int a = 0; a < g; a++) {
            yBetween[a] = sqrtT[a] * yMeans[a];
        }
        OlsCore between = OlsCore.fit(betweenCols, yBetween, norms, null, tol);
        int rankBetween = between.rank();
        int dfBetween = g - rankBetween;
        if (dfBetween <= 0) {
            throw new IllegalArgumentException("the between regression on entity means has " + g
                    + " entities for " + rankBetween + " coefficients; Swamy-Arora needs more entities than "
                    + "coefficients");
        }
        double[][] keptBetween = new double[rankBetween][];
        for (int c = 0; c < rankBetween; c++) {
            keptBetween[c] = betweenCols[between.keptColumn(c)];
        }
        double[] lev = Sandwich.leverages(keptBetween, between.rInv());
        double trace = 0;
        for (int a = 0; a < g; a++) {
            trace += ent.counts[a] * lev[a];
        }
        double denominator = n - trace;
        if (!(denominator > 0)) {
            throw new IllegalArgumentException("the Swamy-Arora individual variance is not identified (N - sum T_i h_i = "
                    + denominator + ")");
        }
        double sigma2uRaw = (between.ssr() - dfBetween * sigma2e) / denominator;
        double sigma2u = sigma2uRaw > 0 ? sigma2uRaw : 0.0;

        // 3. quasi-demeaning and GLS
        double[] thetaLevel = new double[g];
        for (int a = 0; a < g; a++) {
            thetaLevel[a] = 1.0 - Math.sqrt(sigma2e / (sigma2e + ent.counts[a] * sigma2u));
        }
        double[] thetaObs = new double[n];
        for (int i = 0; i < n; i++) {
            thetaObs[i] = thetaLevel[ent.code[i]];
        }
        double[][] star = new double[k][];
        for (int j = 0; j < k; j++) {
            star[j] = quasiDemean(raw[j], means[j], ent.code, thetaObs);
        }
        double[] yStar = quasiDemean(y, yMeans, ent.code, thetaObs);
        OlsCore gls = OlsCore.fit(star, yStar, norms, null, tol);
        if (gls.rank() == 0) {
            throw new IllegalArgumentException("every column of X is zero or collinear; nothing to estimate");
        }
        return new RandomEffectsResult(y, raw, star, yStar, ent, thetaLevel, thetaObs, intercept, gls, within, pooled,
                sigma2e, sigma2uRaw, sigma2u, between.ssr(), dfBetween, between.kept(), trace, opt);
    }

    private static double[] quasiDemean(double[] v, double[] levelMeans, int[] code, double[] thetaObs) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - thetaObs[i] * levelMeans[code[i]];
        }
        return out;
    }

    /**
     * Honda's statistic for individual effects from pooled OLS residuals e (plm::plmtest, Baltagi–Li for
     * unbalanced panels): LM = N / sqrt(2 (Σ_i T_i² − N)) · (Σ_i (Σ_t e_it)² / Σ e² − 1); N(0,1) under
     * σ²_u = 0, one-sided. Breusch–Pagan's statistic is LM². NaN if every entity has a single observation.
     */
    public static double hondaStatistic(double[] residuals, int[] entity) {
        int n = residuals.length;
        Codes ent = Codes.of(entity, n, "entity");
        double[] sums = new double[ent.levels];
        for (int i = 0; i < n; i++) {
            sums[ent.code[i]] += residuals[i];
        }
        double m11 = 0;
        for (int c : ent.counts) {
            m11 += (double) c * c;
        }
        double ss = LinAlg.sumSquares(residuals);
        if (!(m11 > n) || !(ss > 0)) {
            return Double.NaN;
        }
        double a = LinAlg.sumSquares(sums) / ss - 1.0;
        return n / Math.sqrt(2.0 * (m11 - n)) * a;
    }
}
