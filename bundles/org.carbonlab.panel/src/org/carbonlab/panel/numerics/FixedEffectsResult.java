package org.carbonlab.panel.numerics;

import java.util.Arrays;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.Sandwich;
import org.carbonlab.core.inference.OlsCore;
import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.DropReason;

/**
 * Result of {@link FixedEffects#fit}. Per-coefficient arrays have one entry per input column of X (NaN if dropped).
 * <p>
 * Notation: N rows, G entities, T periods present, r kept slopes, A = number of absorbed parameters = rank of the
 * effect dummies: G (INDIVIDUAL), T (TIME), G + T - C (TWOWAYS, C = connected components of the entity-period graph;
 * C = 1 for any panel in which all entities are linked through shared periods, e.g. every balanced panel).
 * <ul>
 * <li>{@code dfResid = N - A - r}; {@code sigma2 = SSR/dfResid}; classical vcov sigma2 (X~'X~)^{-1}, X~ = within
 * transformed X; t p-values with dfResid (plm, Stata xtreg fe).</li>
 * <li>{@code tssWithin} = sum of squares of the within-transformed y; {@code r2Within = 1 - SSR/tssWithin};
 * {@code adjR2WithinPlm = 1 - (1-r2Within)(N-1)/dfResid} (plm's definition, not Stata's).</li>
 * <li>{@code fStatistic} = F(r, dfResid) test that all slopes are zero (= Stata xtreg fe header F, plm summary F).</li>
 * <li>{@code effectsF} = F test that all fixed effects are zero against pooled OLS with intercept on the same
 * regressors: ((SSR_pooled - SSR)/(df_pooled - dfResid)) / (SSR/dfResid) = {@code plm::pFtest(fe, pooled)}
 * (one-way: F(G-1, dfResid), Stata's "F test that all u_i=0"; two-way: F(G+T-2, dfResid)).</li>
 * <li>Effect levels, Stata's {@code _cons} and Stata's R-squared between/overall: see the accessors.</li>
 * </ul>
 */
public final class FixedEffectsResult {

    private final PanelEffect effect;
    private final int n;
    private final int k;
    private final int nEntities;
    private final int nPeriods;
    private final int absorbed;
    private final int components;
    private final OlsCore core;
    private final FitOptions options;
    private final double[][] withinKept;
    private final Codes ent;
    private final Codes per;
    private final double[] fitted;
    private final double ssr;
    private final double tssWithin;
    private final int dfResid;
    private final double sigma2;
    private final double r2Within;
    private final double adjR2Within;
    private final double fStat;
    private final double fP;
    private final double ssrPooled;
    private final int dfPooled;
    private final double effF;
    private final int effDf1;
    private final double effP;
    private final double[] entityEffects;
    private final double[] periodEffects;
    private final double stataCons;
    private final double r2Between;
    private final double r2Overall;
    private CoefficientTable classical;

    FixedEffectsResult(PanelEffect effect, double[] y, double[][] raw, double[][] within, double[] yWithin, Codes ent,
            Codes per, EffectsProjector proj, OlsCore core, double ssrPooled, int dfPooled, FitOptions options) {
        this.effect = effect;
        this.n = y.length;
        this.k = raw.length;
        this.ent = ent;
        this.per = per;
        this.nEntities = ent == null ? 0 : ent.levels;
        this.nPeriods = per == null ? 0 : per.levels;
        this.absorbed = proj.absorbedRank;
        this.components = effect == PanelEffect.TWOWAYS ? proj.components : 0;
        this.core = core;
        this.options = options;
        int r = core.rank();
        this.withinKept = new double[r][];
        for (int a = 0; a < r; a++) {
            withinKept[a] = within[core.keptColumn(a)];
        }
        this.fitted = new double[n];
        for (int i = 0; i < n; i++) {
            fitted[i] = y[i] - core.residual(i);
        }
        this.ssr = core.ssr();
        this.tssWithin = LinAlg.sumSquares(yWithin);
        this.dfResid = n - absorbed - r;
        this.sigma2 = dfResid > 0 ? ssr / dfResid : Double.NaN;
        this.r2Within = tssWithin > 0 ? 1.0 - ssr / tssWithin : Double.NaN;
        this.adjR2Within = dfResid > 0 ? 1.0 - (1.0 - r2Within) * (n - 1.0) / dfResid : Double.NaN;
        if (r > 0 && dfResid > 0) {
            this.fStat = ((tssWithin - ssr) / r) / sigma2;
            this.fP = Distributions.fUpperP(fStat, r, dfResid);
        } else {
            this.fStat = Double.NaN;
            this.fP = Double.NaN;
        }
        this.ssrPooled = ssrPooled;
        this.dfPooled = dfPooled;
        this.effDf1 = dfPooled - dfResid;
        if (effDf1 > 0 && dfResid > 0) {
            this.effF = ((ssrPooled - ssr) / effDf1) / sigma2;
            this.effP = Distributions.fUpperP(effF, effDf1, dfResid);
        } else {
            this.effF = Double.NaN;
            this.effP = Double.NaN;
        }

        // linear index x'b on raw data and the effects of y - x'b
        double[] xb = new double[n];
        for (int a = 0; a < r; a++) {
            double ba = core.coefficient(a);
            double[] c = raw[core.keptColumn(a)];
            for (int i = 0; i < n; i++) {
                xb[i] += ba * c[i];
            }
        }
        double[] rest = new double[n];
        for (int i = 0; i < n; i++) {
            rest[i] = y[i] - xb[i];
        }
        double[][] eff = proj.effects(rest);
        switch (effect) {
            case INDIVIDUAL:
                this.entityEffects = ent.toCodeSpace(eff[0]);
                this.periodEffects = null;
                break;
            case TIME:
                this.entityEffects = null;
                this.periodEffects = per.toCodeSpace(eff[0]);
                break;
            default: {
                boolean aIsEntity = proj.a == ent;
                double[] e = aIsEntity ? eff[0] : eff[1];
                double[] p = aIsEntity ? eff[1] : eff[0];
                int[] compEnt = aIsEntity ? proj.compA : proj.compB;
                int[] compPer = aIsEntity ? proj.compB : proj.compA;
                // base period per component: the first period for the component containing it, otherwise the
                // component's last period (the dummy a sequential Stata-order sweep of i.period would omit)
                int[] base = new int[proj.components];
                Arrays.fill(base, -1);
                for (int t = 0; t < per.levels; t++) {
                    base[compPer[t]] = t;
                }
                base[compPer[0]] = 0;
                double[] alpha = new double[ent.levels];
                for (int i = 0; i < ent.levels; i++) {
                    alpha[i] = e[i] + p[base[compEnt[i]]];
                }
                double[] gamma = new double[per.levels];
                for (int t = 0; t < per.levels; t++) {
                    gamma[t] = p[t] - p[base[compPer[t]]];
                }
                this.entityEffects = ent.toCodeSpace(alpha);
                this.periodEffects = per.toCodeSpace(gamma);
                for (int i = 0; i < n; i++) {
                    xb[i] += gamma[per.code[i]];
                }
            }
        }
        this.stataCons = LinAlg.mean(y) - LinAlg.mean(xb);
        this.r2Overall = LinAlg.corrSquared(xb, y);
        Codes between = effect == PanelEffect.TIME ? per : ent;
        this.r2Between = between.levels > 1 ? LinAlg.corrSquared(between.levelMeans(xb), between.levelMeans(y))
                : Double.NaN;
    }

    public PanelEffect effect() {
        return effect;
    }

    public int nObs() {
        return n;
    }

    /** Number of input columns k. */
    public int nColumns() {
        return k;
    }

    /** Number of kept (estimated) slopes r. */
    public int rank() {
        return core.rank();
    }

    /** Number of entities present (0 if no entity index was given). */
    public int nEntities() {
        return nEntities;
    }

    /** Number of periods present (0 if no period index was given). */
    public int nPeriods() {
        return nPeriods;
    }

    /** A = rank of the absorbed dummies (G, T or G+T-C). */
    public int absorbedParameters() {
        return absorbed;
    }

    /** C = connected components of the entity-period graph (TWOWAYS only; 0 otherwise). */
    public int connectedComponents() {
        return components;
    }

    public int[] keptColumns() {
        return core.kept();
    }

    public int[] droppedColumns() {
        return core.droppedColumns();
    }

    /** Drop reason per input column (null for kept columns). */
    public DropReason[] dropReasons() {
        return core.reasons();
    }

    /** Slopes, one per input column (NaN if dropped). */
    public double[] coefficients() {
        return core.coefficientsByColumn();
    }

    /** Residuals e_it of the model with all effects (= residuals of the within regression). */
    public double[] residuals() {
        return core.residuals();
    }

    /** y - residuals (x'b plus the effects). */
    public double[] fitted() {
        return fitted.clone();
    }

    public double ssr() {
        return ssr;
    }

    /** Sum of squares of the within-transformed y. */
    public double tssWithin() {
        return tssWithin;
    }

    public double r2Within() {
        return r2Within;
    }

    /** 1 - (1 - r2Within)(N-1)/dfResid (plm). */
    public double adjR2WithinPlm() {
        return adjR2Within;
    }

    /** N - A - r. */
    public int dfResid() {
        return dfResid;
    }

    public double sigma2() {
        return sigma2;
    }

    public double sigma() {
        return Math.sqrt(sigma2);
    }

    /** F test that all slopes are zero, F(r, dfResid). */
    public double fStatistic() {
        return fStat;
    }

    public int fDf1() {
        return core.rank();
    }

    public int fDf2() {
        return dfResid;
    }

    public double fPValue() {
        return fP;
    }

    /** SSR of pooled OLS (intercept + the same regressors), used by {@link #effectsF()}. */
    public double pooledSsr() {
        return ssrPooled;
    }

    public int pooledDfResid() {
        return dfPooled;
    }

    /** F test that all fixed effects are zero ({@code plm::pFtest(fe, pooled)}). */
    public double effectsF() {
        return effF;
    }

    public int effectsDf1() {
        return effDf1;
    }

    public int effectsDf2() {
        return dfResid;
    }

    public double effectsP() {
        return effP;
    }

    /**
     * Entity intercepts, indexed by the caller's entity code (NaN for codes with no rows); null for TIME.
     * INDIVIDUAL: alpha_i = mean_i(y) - mean_i(x)'b ({@code plm::fixef(type="level")}). TWOWAYS: alpha_i in
     * y_it = alpha_i + gamma_t + x_it'b + e_it with gamma of the base period = 0 (see {@link #periodEffects()}).
     */
    public double[] entityEffects() {
        return entityEffects == null ? null : entityEffects.clone();
    }

    /**
     * Period effects indexed by the caller's period code (NaN for codes with no rows); null for INDIVIDUAL.
     * TIME: period intercepts lambda_t = mean_t(y) - mean_t(x)'b. TWOWAYS: gamma_t relative to the base period
     * (gamma_base = 0) - the coefficients of Stata's i.period dummies in {@code xtreg y x i.period, fe}. The base is
     * the first period; if the entity-period graph is disconnected, each further component uses its own last period as
     * base (the dummy that Stata's sequential omission would drop), so levels are one arbitrary normalization.
     */
    public double[] periodEffects() {
        return periodEffects == null ? null : periodEffects.clone();
    }

    /**
     * Stata's {@code _cons} for {@code xtreg, fe}: mean(y) - mean(xb) where xb = x'b for INDIVIDUAL and TIME (TIME is
     * the same formula with periods as panels), and xb = x'b + gamma_t for TWOWAYS (period dummies as explicit
     * regressors, as in {@code xtreg y x i.period, fe}), i.e. ybar - xbar'b - sum_t dbar_t gamma_t.
     */
    public double stataCons() {
        return stataCons;
    }

    /**
     * Stata's "R-sq between" of xtreg fe: corr(mean_g(xb), mean_g(y))^2 over groups g = entities (INDIVIDUAL,
     * TWOWAYS) or periods (TIME), unweighted; xb as in {@link #stataCons()}.
     */
    public double stataR2Between() {
        return r2Between;
    }

    /** Stata's "R-sq overall" of xtreg fe: corr(xb, y)^2 over all rows; xb as in {@link #stataCons()}. */
    public double stataR2Overall() {
        return r2Overall;
    }

    /** Classical covariance sigma2 (X~'X~)^{-1}; p-values from t(dfResid); Wald F(r, dfResid). */
    public synchronized CoefficientTable classical() {
        if (classical == null) {
            classical = CoefficientTable.of("classical", k, core.kept(), core.beta(), Sandwich.scale(core.xtxInv(), sigma2),
                    dfResid, options.confidenceLevel(), allPositions(), dfResid, Double.NaN, -1, 0);
        }
        return classical;
    }

    /**
     * Cluster-robust covariance: HC0 sandwich on the within-transformed X and the residuals, times a factor.
     * <ul>
     * <li>{@link ClusterCorrection#NONE}: factor 1 (= {@code plm::vcovHC(method="arellano", type="HC0")}), p-values
     * from t(dfResid) (as {@code lmtest::coeftest}).</li>
     * <li>{@link ClusterCorrection#STATA}: factor G/(G-1)(N-1)/(N-K) with K = {@link #stataClusterK(int[])},
     * p-values from t(G-1) ({@code xtreg ..., fe vce(cluster c)}).</li>
     * </ul>
     * Both report the robust Wald F(r, G-1) of all slopes. "Robust" under FE means clustering by entity.
     *
     * @param cluster cluster code per row (non-negative integers, any labelling)
     */
    public CoefficientTable cluster(int[] cluster, ClusterCorrection correction) {
        Codes c = Codes.of(cluster, n, "cluster");
        int g = c.levels;
        if (correction == ClusterCorrection.STATA) {
            int kk = stataClusterK(c);
            return cluster(c, ClusterCorrection.stataFactor(g, n, kk), g - 1, g - 1, kk);
        }
        return cluster(c, 1.0, dfResid, g - 1, -1);
    }

    /**
     * Cluster-robust covariance with a caller-chosen factor on the HC0 sandwich, t df for p-values and Wald
     * denominator df. E.g. plm's {@code type="sss"}: factor {@code ClusterCorrection.stataFactor(G, N, r)},
     * pDf = dfResid.
     */
    public CoefficientTable cluster(int[] cluster, double factor, double pDf, double waldDf2) {
        return cluster(Codes.of(cluster, n, "cluster"), factor, pDf, waldDf2, -1);
    }

    /**
     * Stata's K in the cluster factor of {@code xtreg ..., fe vce(cluster c)}: the constant and the explicit
     * regressors are counted, the absorbed effects only if the panels are not nested within the clusters.
     * INDIVIDUAL: r + 1 if every entity lies in one cluster, else r + G. TIME (periods play the role of panels):
     * r + 1 if every period lies in one cluster, else r + T. TWOWAYS ({@code xtreg y x i.period, fe}): period dummies
     * are explicit, so r + 1 + (A - G) [= r + T when connected] if entities are nested, else r + A.
     */
    public int stataClusterK(int[] cluster) {
        return stataClusterK(Codes.of(cluster, n, "cluster"));
    }

    private int stataClusterK(Codes c) {
        int r = core.rank();
        switch (effect) {
            case INDIVIDUAL:
                return ent.nestedIn(c) ? r + 1 : r + nEntities;
            case TIME:
                return per.nestedIn(c) ? r + 1 : r + nPeriods;
            default:
                return ent.nestedIn(c) ? r + 1 + (absorbed - nEntities) : r + absorbed;
        }
    }

    private CoefficientTable cluster(Codes c, double factor, double pDf, double waldDf2, int kSsc) {
        double[][] meat = Sandwich.clusterMeat(withinKept, core.residuals(), c.code, c.levels);
        double[][] v = Sandwich.scale(LinAlg.sandwich(core.xtxInv(), meat), factor);
        return CoefficientTable.of("cluster", k, core.kept(), core.beta(), v, pDf, options.confidenceLevel(),
                allPositions(), waldDf2, factor, kSsc, c.levels);
    }

    private int[] allPositions() {
        int[] pos = new int[core.rank()];
        for (int a = 0; a < pos.length; a++) {
            pos[a] = a;
        }
        return pos;
    }
}
