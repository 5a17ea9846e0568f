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
 * Result of {@link RandomEffects#fit}. Per-coefficient arrays have one entry per input column of X (NaN for dropped
 * columns). Inference is asymptotic: every {@link CoefficientTable} of this class reports z statistics with normal
 * p-values and intervals ({@link CoefficientTable#pValueDf()} = +Infinity), and its Wald test of all coefficients
 * except the intercept is a chi-square: chi2 = {@link #waldChi2(CoefficientTable)}, df = {@code waldDf1()}, p =
 * {@code waldP()} (plm's {@code summary} "Chisq" test; Stata's "Wald chi2").
 * <ul>
 * <li>{@code dfResid = N − r} (r = kept columns, intercept included); {@code sigma2 = SSR* / dfResid} with SSR* the
 * sum of squared residuals of the quasi-demeaned regression; classical covariance sigma2 (X*'X*)^{-1} (plm's
 * {@code vcov}, Stata's conventional VCE).</li>
 * <li>R-squared, four definitions: {@link #r2()} (plm's summary), {@link #r2Rss()}, and Stata's within/between/overall
 * ({@link #r2Within()}, {@link #r2Between()}, {@link #r2Overall()}); see each accessor.</li>
 * </ul>
 */
public final class RandomEffectsResult {

    private final int n;
    private final int k;
    private final int intercept;
    private final OlsCore core;
    private final FitOptions options;
    private final FixedEffectsResult within;
    private final PooledOlsResult pooled;
    private final double sigma2e;
    private final double sigma2uRaw;
    private final double sigma2u;
    private final double ssrBetween;
    private final int dfBetween;
    private final int[] betweenKept;
    private final double betweenTrace;
    private final double[] thetaLevel;
    private final double ssr;
    private final int dfResid;
    private final double sigma2;
    private final double r2;
    private final double r2Rss;
    private final double r2Within;
    private final double r2Between;
    private final double r2Overall;
    private final double honda;
    private final boolean balanced;
    private CoefficientTable classical;

    // package-private state used by Hausman
    final double[] y;
    final Codes ent;
    final double[][] raw;
    final double[][] star;
    final double[] yStar;
    final double[] thetaObs;

    RandomEffectsResult(double[] y, double[][] raw, double[][] star, double[] yStar, Codes ent, double[] thetaLevel,
            double[] thetaObs, int intercept, OlsCore core, FixedEffectsResult within, PooledOlsResult pooled,
            double sigma2e, double sigma2uRaw, double sigma2u, double ssrBetween, int dfBetween, int[] betweenKept,
            double betweenTrace, FitOptions options) {
        this.n = y.length;
        this.k = raw.length;
        this.y = y;
        this.raw = raw;
        this.star = star;
        this.yStar = yStar;
        this.ent = ent;
        this.thetaLevel = thetaLevel;
        this.thetaObs = thetaObs;
        this.intercept = intercept;
        this.core = core;
        this.within = within;
        this.pooled = pooled;
        this.sigma2e = sigma2e;
        this.sigma2uRaw = sigma2uRaw;
        this.sigma2u = sigma2u;
        this.ssrBetween = ssrBetween;
        this.dfBetween = dfBetween;
        this.betweenKept = betweenKept;
        this.betweenTrace = betweenTrace;
        this.options = options;
        int r = core.rank();
        this.ssr = core.ssr();
        this.dfResid = n - r;
        this.sigma2 = dfResid > 0 ? ssr / dfResid : Double.NaN;

        double[] fittedStar = new double[n];
        for (int i = 0; i < n; i++) {
            fittedStar[i] = yStar[i] - core.residual(i);
        }
        this.r2 = LinAlg.corrSquared(yStar, fittedStar);
        double tssStar = LinAlg.centredSumSquares(yStar);
        this.r2Rss = tssStar > 0 ? 1.0 - ssr / tssStar : Double.NaN;

        double[] xb = linearIndex();
        double[] xbMeans = ent.levelMeans(xb);
        double[] yMeans = ent.levelMeans(y);
        double[] xbWithin = new double[n];
        double[] yWithin = new double[n];
        for (int i = 0; i < n; i++) {
            xbWithin[i] = xb[i] - xbMeans[ent.code[i]];
            yWithin[i] = y[i] - yMeans[ent.code[i]];
        }
        this.r2Within = LinAlg.corrSquared(xbWithin, yWithin);
        this.r2Between = ent.levels > 1 ? LinAlg.corrSquared(xbMeans, yMeans) : Double.NaN;
        this.r2Overall = LinAlg.corrSquared(xb, y);

        boolean equal = true;
        for (int c : ent.counts) {
            equal &= c == ent.counts[0];
        }
        this.balanced = equal;
        this.honda = RandomEffects.hondaStatistic(pooled.residuals(), ent.code);
    }

    /** x_it'b on the untransformed data (kept columns, intercept included). */
    private double[] linearIndex() {
        double[] xb = new double[n];
        for (int a = 0; a < core.rank(); a++) {
            double b = core.coefficient(a);
            double[] c = raw[core.keptColumn(a)];
            for (int i = 0; i < n; i++) {
                xb[i] += b * c[i];
            }
        }
        return xb;
    }

    public int nObs() {
        return n;
    }

    /** Number of input columns k. */
    public int nColumns() {
        return k;
    }

    /** Number of kept (estimated) columns r, intercept included. */
    public int rank() {
        return core.rank();
    }

    /** Number of entities G. */
    public int nEntities() {
        return ent.levels;
    }

    /** True if every entity has the same number of observations (then θ is one number). */
    public boolean balanced() {
        return balanced;
    }

    /** Index of the intercept column in X, or -1. */
    public int interceptColumn() {
        return intercept;
    }

    public int[] keptColumns() {
        return core.kept();
    }

    public int[] droppedColumns() {
        return core.droppedColumns();
    }

    /** Drop reason per input column of the GLS regression (null for kept columns). */
    public DropReason[] dropReasons() {
        return core.reasons();
    }

    /** GLS coefficients, one per input column (NaN if dropped). */
    public double[] coefficients() {
        return core.coefficientsByColumn();
    }

    /** Residuals of the quasi-demeaned regression, y* − X*b. */
    public double[] transformedResiduals() {
        return core.residuals();
    }

    /** Composite residuals u_i + e_it = y − Xb on the untransformed data. */
    public double[] residuals() {
        double[] xb = linearIndex();
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = y[i] - xb[i];
        }
        return e;
    }

    /** SSR* of the quasi-demeaned regression (plm's {@code deviance}). */
    public double ssr() {
        return ssr;
    }

    /** N − r. */
    public int dfResid() {
        return dfResid;
    }

    /** SSR* / (N − r): the scale of the classical covariance. */
    public double sigma2() {
        return sigma2;
    }

    /** σ²_e = SSR_within / (N − G − K_W). */
    public double sigma2Idiosyncratic() {
        return sigma2e;
    }

    /** σ²_u after truncation at zero. */
    public double sigma2Individual() {
        return sigma2u;
    }

    /** The Swamy–Arora estimate of σ²_u before truncation (negative values are possible). */
    public double sigma2IndividualUntruncated() {
        return sigma2uRaw;
    }

    /** True if the raw estimate of σ²_u was negative and was set to 0 (θ = 0: the GLS fit is pooled OLS). */
    public boolean sigma2IndividualTruncated() {
        return sigma2uRaw <= 0;
    }

    public double sigmaE() {
        return Math.sqrt(sigma2e);
    }

    public double sigmaU() {
        return Math.sqrt(sigma2u);
    }

    /** ρ = σ²_u / (σ²_u + σ²_e), the share of the error variance due to the individual effect. */
    public double rho() {
        return sigma2u / (sigma2u + sigma2e);
    }

    /** θ per entity in the caller's code space (NaN for codes not present). */
    public double[] theta() {
        return ent.toCodeSpace(thetaLevel);
    }

    /** Observations per entity in the caller's code space (0 for codes not present). */
    public int[] observationsPerEntity() {
        int[] out = new int[ent.space];
        for (int a = 0; a < ent.levels; a++) {
            out[ent.original[a]] = ent.counts[a];
        }
        return out;
    }

    /** Smallest, median and largest θ over entities (one value per entity). */
    public double[] thetaSummary() {
        double[] s = thetaLevel.clone();
        Arrays.sort(s);
        int m = s.length;
        double median = m % 2 == 1 ? s[m / 2] : 0.5 * (s[m / 2 - 1] + s[m / 2]);
        return new double[] {s[0], median, s[m - 1]};
    }

    /** SSR of the T_i-weighted between regression, Σ_i T_i (ȳ_i − z̄_i'b_B)². */
    public double ssrBetween() {
        return ssrBetween;
    }

    /** G − r_B: residual degrees of freedom of the between regression. */
    public int dfBetween() {
        return dfBetween;
    }

    /** Input columns kept by the between regression. */
    public int[] betweenKeptColumns() {
        return betweenKept.clone();
    }

    /** Σ_i T_i h_i of the between regression (N minus it is the coefficient of σ²_u). */
    public double betweenTrace() {
        return betweenTrace;
    }

    /** The within (fixed-effects) fit on the same columns that gave σ²_e (intercept and time-invariant columns absorbed). */
    public FixedEffectsResult within() {
        return within;
    }

    /** Pooled OLS on the same design (residuals of the LM tests). */
    public PooledOlsResult pooled() {
        return pooled;
    }

    /**
     * plm's R-squared ({@code summary(re)$r.squared["rsq"]}, {@code r.squared(type="cor")}): the squared correlation
     * of the quasi-demeaned response y* and the fitted values X*b.
     */
    public double r2() {
        return r2;
    }

    /**
     * 1 − SSR* / TSS* with TSS* the centred sum of squares of y* ({@code r.squared(re, type="rss")}). Equal to
     * {@link #r2()} when θ is the same for all entities (the transformed intercept column is then constant).
     */
    public double r2Rss() {
        return r2Rss;
    }

    /** Stata's R-sq within: corr(x_it'b − mean_i(x'b), y_it − ȳ_i)². */
    public double r2Within() {
        return r2Within;
    }

    /** Stata's R-sq between: corr over entities of (mean_i(x'b), ȳ_i), squared (entities unweighted). */
    public double r2Between() {
        return r2Between;
    }

    /** Stata's R-sq overall: corr(x_it'b, y_it)². */
    public double r2Overall() {
        return r2Overall;
    }

    /** Honda's one-sided LM statistic for σ²_u = 0 (see {@link RandomEffects#hondaStatistic}). */
    public double hondaStatistic() {
        return honda;
    }

    /** P(Z ≥ z) of Honda's statistic. */
    public double hondaP() {
        return Distributions.normalUpperP(honda);
    }

    /** Breusch–Pagan LM statistic = Honda², chi-square(1) under σ²_u = 0 ({@code plmtest(type="bp")}). */
    public double breuschPaganStatistic() {
        return honda * honda;
    }

    public double breuschPaganP() {
        return Distributions.chiSquaredUpperP(breuschPaganStatistic(), 1);
    }

    /**
     * p-value against the chi-bar-square(01) mixture 0.5·χ²(0) + 0.5·χ²(1) of the one-sided test σ²_u &gt; 0 (the
     * boundary distribution Stata's {@code xttest0} reports): half the chi-square(1) p-value when Honda's statistic is
     * positive, 1 otherwise. Equals {@link #hondaP()} for positive statistics.
     */
    public double breuschPaganChibar2P() {
        if (Double.isNaN(honda)) {
            return Double.NaN;
        }
        return honda > 0 ? 0.5 * breuschPaganP() : 1.0;
    }

    /** Classical covariance sigma2 (X*'X*)^{-1}; normal p-values; Wald chi-square of the slopes. */
    public synchronized CoefficientTable classical() {
        if (classical == null) {
            classical = CoefficientTable.of("classical", k, core.kept(), core.beta(), Sandwich.scale(core.xtxInv(), sigma2),
                    Double.POSITIVE_INFINITY, options.confidenceLevel(), slopePositions(), Double.POSITIVE_INFINITY,
                    Double.NaN, -1, 0);
        }
        return classical;
    }

    /**
     * Cluster-robust covariance: the HC0 cluster sandwich on the quasi-demeaned data
     * (X*'X*)^{-1} Σ_g X*_g'e*_g e*_g'X*_g (X*'X*)^{-1}, times a factor; normal p-values and a Wald chi-square.
     * <ul>
     * <li>{@link ClusterCorrection#NONE}: factor 1 (= {@code plm::vcovHC(re, method="arellano", type="HC0")}).</li>
     * <li>{@link ClusterCorrection#STATA}: G/(G−1)·(N−1)/(N−r), r = kept columns with the intercept: Stata's
     * {@code xtreg, re vce(cluster c)} runs {@code regress, vce(cluster c)} on the quasi-demeaned data and reports
     * z statistics.</li>
     * </ul>
     * The Wald chi-square is NaN when more slopes are tested than G − 1.
     */
    public CoefficientTable cluster(int[] cluster, ClusterCorrection correction) {
        Codes c = Codes.of(cluster, n, "cluster");
        int r = core.rank();
        boolean stata = correction == ClusterCorrection.STATA;
        double factor = stata ? ClusterCorrection.stataFactor(c.levels, n, r) : 1.0;
        double[][] kept = keptStar();
        double[][] meat = Sandwich.clusterMeat(kept, core.residuals(), c.code, c.levels);
        double[][] v = Sandwich.scale(LinAlg.sandwich(core.xtxInv(), meat), factor);
        return CoefficientTable.of("cluster", k, core.kept(), core.beta(), v, Double.POSITIVE_INFINITY,
                options.confidenceLevel(), slopePositions(), Double.POSITIVE_INFINITY, factor, stata ? r : -1,
                c.levels);
    }

    /** The Wald chi-square statistic of a table of this class: q · waldF (its F has infinite denominator df). */
    public static double waldChi2(CoefficientTable t) {
        return t.waldF() * t.waldDf1();
    }

    private double[][] keptStar() {
        double[][] kept = new double[core.rank()][];
        for (int a = 0; a < kept.length; a++) {
            kept[a] = star[core.keptColumn(a)];
        }
        return kept;
    }

    /** Positions (into kept) of all kept columns except the intercept. */
    private int[] slopePositions() {
        int r = core.rank();
        int[] pos = new int[r];
        int m = 0;
        for (int a = 0; a < r; a++) {
            if (core.keptColumn(a) != intercept) {
                pos[m++] = a;
            }
        }
        return Arrays.copyOf(pos, m);
    }

    FitOptions options() {
        return options;
    }
}
