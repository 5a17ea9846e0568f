package org.carbonlab.spatial.numerics.ml;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.spatial.numerics.Within;

/**
 * Maximum likelihood of the spatial panel models on a balanced panel stacked period by period (t·n + i):
 * SAR y = rWy + Xβ + ε, SDM y = rWy + Xβ + WX_dθ + ε, SEM y = Xβ + u with u = lWu + ε, SAC both (one W),
 * with the fixed effects removed by demeaning (lags are taken of the raw data and then demeaned, as in Elhorst's
 * code, which equals the Lee–Yu orthogonal transformation). Two conventions:
 * <ul>
 * <li>direct (Elhorst 2014): n·T observations and T·ln|I − rW|;</li>
 * <li>Lee and Yu (2010) transformation: individual effects n(T − 1) observations and (T − 1)·ln|I − rW|; time
 * effects (n − 1)T and T[ln|I − rW| − ln(1 − r)]; two-way (n − 1)(T − 1) and (T − 1)[ln|I − rW| − ln(1 − r)].</li>
 * </ul>
 * Elhorst's bias correction (his MATLAB code, after Lee–Yu) applies to the direct approach: σ²·T/(T − 1) for
 * individual effects, σ²·n/(n − 1) for time effects and, for two-way effects, θ + T·I⁻¹·(0, 1/(1 − r), 1/(2σ²))
 * followed by σ²·T/(T − 1), with the information matrix re-evaluated at the corrected values.
 */
public final class SpatialPanelModel {
    public enum Kind {
        SAR, SDM, SEM, SAC;

        public boolean lag() {
            return this != SEM;
        }

        public boolean error() {
            return this == SEM || this == SAC;
        }
    }

    public enum Effect {
        NONE, INDIVIDUAL, TIME, TWOWAYS
    }

    /** @param durbin indices of the X columns whose lags enter an SDM */
    public record Spec(Kind kind, Effect effect, boolean leeYu, boolean biasCorrection, int[] durbin) {
    }

    /**
     * @param coefficients β (X then the lags WX_d of an SDM), then r and/or l
     * @param vcov         covariance of coefficients and σ² (last), the inverse of the information matrix
     */
    public record Fit(Spec spec, double[] coefficients, double[][] vcov, double sigma2, double logLik,
            double sse, int parameters, double nObs, double periodsInJacobian, String rhoBound, String lambdaBound,
            double r2, double r2Corrected, boolean biasCorrected) {
        public int rhoIndex() {
            return spec.kind().lag() ? coefficients.length - (spec.kind().error() ? 2 : 1) : -1;
        }

        public int lambdaIndex() {
            return spec.kind().error() ? coefficients.length - 1 : -1;
        }
    }

    private final double[] y;
    private final double[][] x;
    private final int n;
    private final int periods;
    private final SpatialWeights w;
    private final PanelLag lag;
    private final LogDeterminant logDet;
    private final TraceSource traces;
    private final double[] wy;
    private double[] wwy;
    private final double[][] wx;

    /** @param x the regressors (k columns of length n·T; no intercept under fixed effects) */
    public SpatialPanelModel(double[] y, double[][] x, int units, int periods, SpatialWeights w,
            LogDeterminant logDet, TraceSource traces) {
        this.y = y;
        this.x = x;
        this.n = units;
        this.periods = periods;
        this.w = w;
        this.lag = new PanelLag(w, periods);
        this.logDet = logDet;
        this.traces = traces;
        this.wy = lag.apply(y);
        this.wx = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            wx[j] = lag.apply(x[j]);
        }
    }

    public LogDeterminant logDeterminant() {
        return logDet;
    }

    private double[] demean(double[] v, Effect e) {
        return switch (e) {
            case NONE -> v;
            case INDIVIDUAL -> Within.demean(v, n, periods, Within.Effect.INDIVIDUAL);
            case TIME -> Within.demean(v, n, periods, Within.Effect.TIME);
            case TWOWAYS -> Within.demean(v, n, periods, Within.Effect.TWOWAYS);
        };
    }

    /** The transformed regressors of a spec: X, then WX_d for an SDM. */
    public double[][] design(Spec s) {
        int k = x.length + (s.kind() == Kind.SDM ? s.durbin().length : 0);
        double[][] d = new double[k][];
        for (int j = 0; j < x.length; j++) {
            d[j] = demean(x[j], s.effect());
        }
        if (s.kind() == Kind.SDM) {
            for (int j = 0; j < s.durbin().length; j++) {
                d[x.length + j] = demean(wx[s.durbin()[j]], s.effect());
            }
        }
        return d;
    }

    public Fit fit(Spec s) {
        return fit(s, true);
    }

    /** The maximised likelihood only (no information matrix, R² or bias correction): for LR tests. */
    public Fit likelihood(Spec s) {
        return fit(s, false);
    }

    private Fit fit(Spec s, boolean inference) {
        Kind kind = s.kind();
        Effect e = s.effect();
        double[] yt = demean(y, e);
        double[] wyt = kind.lag() || kind.error() ? demean(wy, e) : null;
        double[] wwyt = null;
        if (kind == Kind.SAC) {
            if (wwy == null) {
                wwy = lag.apply(wy);
            }
            wwyt = demean(wwy, e);
        }
        double[][] xt = design(s);
        double[][] wxt = null;
        if (kind.error()) {
            wxt = new double[x.length][];
            for (int j = 0; j < x.length; j++) {
                wxt[j] = demean(wx[j], e);
            }
        }
        double nObs = (double) n * periods;
        double tau = periods;
        boolean unitRoot = false;
        if (s.leeYu()) {
            switch (e) {
                case INDIVIDUAL -> {
                    nObs = (double) n * (periods - 1);
                    tau = periods - 1;
                }
                case TIME -> {
                    nObs = (double) (n - 1) * periods;
                    unitRoot = true;
                }
                case TWOWAYS -> {
                    nObs = (double) (n - 1) * (periods - 1);
                    tau = periods - 1;
                    unitRoot = true;
                }
                default -> {
                }
            }
        }
        CrossProducts cp = new CrossProducts(yt, wyt, wwyt, xt, wxt);
        ConcentratedLikelihood cl = new ConcentratedLikelihood(cp, logDet, nObs, tau, unitRoot);
        ConcentratedLikelihood.Estimate est = cl.maximise(kind.lag(), kind.error());
        int k = xt.length;
        double r = est.rho();
        double l = est.lambda();
        double[] beta = est.beta();
        double sigma2 = est.sigma2();
        if (!inference) {
            int spatial = (kind.lag() ? 1 : 0) + (kind.error() ? 1 : 0);
            return new Fit(s, null, null, est.sigma2(), est.logLik(), est.sse(), est.beta().length + spatial + 1,
                    nObs, tau, est.rhoBound(), est.lambdaBound(), Double.NaN, Double.NaN, false);
        }
        boolean bc = s.biasCorrection() && !s.leeYu() && e != Effect.NONE;
        if (bc && e == Effect.INDIVIDUAL) {
            sigma2 *= periods / (periods - 1.0);
        } else if (bc && e == Effect.TIME) {
            sigma2 *= n / (n - 1.0);
        }
        double[][] info = information(cp, xt, wxt, kind, r, l, beta, sigma2, nObs, tau, unitRoot);
        if (bc && e == Effect.TWOWAYS) {
            double[][] inv = invert(info);
            int p = info.length;
            double[] a = new double[p];
            int q = k;
            if (kind.lag()) {
                a[q++] = 1.0 / (1.0 - r);
            }
            if (kind.error()) {
                a[q++] = 1.0 / (1.0 - l);
            }
            a[p - 1] = 1.0 / (2.0 * sigma2);
            double[] shift = new double[p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    shift[i] += periods * inv[i][j] * a[j];
                }
            }
            beta = beta.clone();
            for (int j = 0; j < k; j++) {
                beta[j] += shift[j];
            }
            q = k;
            if (kind.lag()) {
                r += shift[q++];
            }
            if (kind.error()) {
                l += shift[q++];
            }
            sigma2 = periods / (periods - 1.0) * (sigma2 + shift[p - 1]);
            info = information(cp, xt, wxt, kind, r, l, beta, sigma2, nObs, tau, unitRoot);
        }
        double[][] vcov = invert(info);
        int spatial = (kind.lag() ? 1 : 0) + (kind.error() ? 1 : 0);
        double[] coef = new double[k + spatial];
        System.arraycopy(beta, 0, coef, 0, k);
        int q = k;
        if (kind.lag()) {
            coef[q++] = r;
        }
        if (kind.error()) {
            coef[q] = l;
        }
        double[] fitR2 = rSquared(yt, wyt, xt, beta, kind.lag() ? r : 0.0);
        return new Fit(s, coef, vcov, sigma2, est.logLik(), est.sse(), k + spatial + 1, nObs, tau, est.rhoBound(),
                est.lambdaBound(), fitR2[0], fitR2[1], bc);
    }

    private double[][] information(CrossProducts cp, double[][] xt, double[][] wxt, Kind kind, double r, double l,
            double[] beta, double sigma2, double nObs, double tau, boolean unitRoot) {
        int k = xt.length;
        int len = y.length;
        double[] xb = new double[len];
        for (int j = 0; j < k; j++) {
            for (int o = 0; o < len; o++) {
                xb[o] += xt[j][o] * beta[j];
            }
        }
        double[] mean = new double[len];
        double meanSquared = 0.0;
        double[] xlm = new double[k];
        Traces t;
        if (kind.lag()) {
            double[] part = new double[n];
            for (int tt = 0; tt < periods; tt++) {
                System.arraycopy(xb, tt * n, part, 0, n);
                double[] g = traces.applyG(r, part);
                System.arraycopy(g, 0, mean, tt * n, n);
            }
            if (kind.error()) {
                double[] wm = lag.apply(mean);
                for (int o = 0; o < len; o++) {
                    mean[o] -= l * wm[o];
                }
            }
            if (unitRoot) {
                mean = Within.demean(mean, n, periods, Within.Effect.TIME);
            }
            for (double v : mean) {
                meanSquared += v * v;
            }
            for (int j = 0; j < k; j++) {
                double s = 0.0;
                for (int o = 0; o < len; o++) {
                    s += (xt[j][o] - (wxt == null ? 0.0 : l * wxt[j][o])) * mean[o];
                }
                xlm[j] = s;
            }
        }
        t = traces.at(kind.lag() ? r : l, kind.error() ? l : r);
        if (unitRoot) {
            t = t.withoutUnitEigenvalue(kind.lag() ? r : l, kind.error() ? l : r);
        }
        if (!kind.lag()) {
            // SEM: the error parameter's traces were computed in the first slot
            t = new Traces(0, 0, 0, t.g1(), t.g1g1(), t.g1tg1(), 0, 0, 0, 0, 0);
        }
        return InformationMatrix.of(cp.xtx(kind.error() ? l : 0.0), xlm, meanSquared, t, sigma2, nObs, tau,
                kind.lag(), kind.error());
    }

    /**
     * R² = 1 − ε̃'ε̃/Σ(y − ȳ)² with ε̃ the transformed residual without the spatial error filter, and the squared
     * correlation of the transformed y with its reduced-form fit (I − rW)⁻¹X̃β.
     */
    private double[] rSquared(double[] yt, double[] wyt, double[][] xt, double[] beta, double r) {
        int len = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= len;
        double tss = 0;
        for (double v : y) {
            tss += (v - mean) * (v - mean);
        }
        double[] xb = new double[len];
        for (int j = 0; j < xt.length; j++) {
            for (int o = 0; o < len; o++) {
                xb[o] += xt[j][o] * beta[j];
            }
        }
        double rss = 0;
        for (int o = 0; o < len; o++) {
            double res = yt[o] - (r != 0.0 ? r * wyt[o] : 0.0) - xb[o];
            rss += res * res;
        }
        double[] fit = xb.clone();
        if (r != 0.0) { // (I − rW)⁻¹x = x + r·G x
            double[] part = new double[n];
            for (int tt = 0; tt < periods; tt++) {
                System.arraycopy(xb, tt * n, part, 0, n);
                double[] g = traces.applyG(r, part);
                for (int i = 0; i < n; i++) {
                    fit[tt * n + i] += r * g[i];
                }
            }
        }
        double my = 0;
        double mf = 0;
        for (int o = 0; o < len; o++) {
            my += yt[o];
            mf += fit[o];
        }
        my /= len;
        mf /= len;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int o = 0; o < len; o++) {
            sxy += (yt[o] - my) * (fit[o] - mf);
            sxx += (fit[o] - mf) * (fit[o] - mf);
            syy += (yt[o] - my) * (yt[o] - my);
        }
        return new double[] {1.0 - rss / tss, sxy * sxy / (sxx * syy)};
    }

    static double[][] invert(double[][] m) {
        return new LUDecomposition(new Array2DRowRealMatrix(m)).getSolver().getInverse().getData();
    }

    public SpatialWeights weights() {
        return w;
    }
}
