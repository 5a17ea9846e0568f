package org.carbonlab.spatial.numerics;

import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.weights.SpatialWeights;

/**
 * Lagrange multiplier tests on OLS residuals for choosing a spatial model (Anselin, Bera, Florax and Yoon 1996;
 * spdep's {@code lm.LMtests}): LM-error, LM-lag, their robust forms and SARMA. For a balanced panel stacked period by
 * period (observation t·n + i), W is replaced by I_T ⊗ W and the trace by T·tr(W'W + W²) (Anselin, Le Gallo and
 * Jayet 2008; Elhorst 2014); y and X are then the pooled or demeaned (fixed-effects) variables.
 *
 * <p>With σ² = e'e/N, 𝒯 = T·tr(W'W + W²), nJ = [(WXβ)'M(WXβ) + 𝒯σ²]/σ², d_err = e'We/σ², d_lag = e'Wy/σ²:
 * LMerr = d_err²/𝒯, LMlag = d_lag²/nJ, RLMerr = (d_err − 𝒯 d_lag/nJ)²/(𝒯 − 𝒯²/nJ),
 * RLMlag = (d_lag − d_err)²/(nJ − 𝒯), SARMA = RLMerr + LMlag (df 2; the others df 1).
 */
public final class LmTests {
    private LmTests() {
    }

    public record Test(String name, double statistic, int df, double pValue) {
    }

    public record Result(Test lmError, Test lmLag, Test robustLmError, Test robustLmLag, Test sarma, double sigma2,
            double trace, double[] coefficients, double[] residuals) {
        public Test[] all() {
            return new Test[] {lmLag, robustLmLag, lmError, robustLmError, sarma};
        }
    }

    /**
     * @param y        the response, length n·periods, period-major
     * @param xColumns the regressors as columns (each of y's length)
     * @param w        the n×n weight matrix of one period
     * @param periods  T (1 for a cross-section)
     */
    public static Result compute(double[] y, double[][] xColumns, SpatialWeights w, int periods) {
        int n = w.n();
        int total = n * periods;
        if (y.length != total) {
            throw new IllegalArgumentException("y has " + y.length + " values, W has " + n + " units x " + periods);
        }
        LeastSquares ls = new LeastSquares(xColumns);
        double[] beta = ls.coefficients(y);
        double[] e = ls.residuals(y, xColumns);
        double[] fitted = new double[total];
        for (int i = 0; i < total; i++) {
            fitted[i] = y[i] - e[i];
        }
        double sigma2 = dot(e, e) / total;
        double[] we = lag(w, e, periods);
        double[] wy = lag(w, y, periods);
        double[] wxb = lag(w, fitted, periods);
        double[] mwxb = ls.residuals(wxb, xColumns);
        double trace = periods * traceWtWplusW2(w);
        double nj = (dot(mwxb, mwxb) + trace * sigma2) / sigma2;
        double dErr = dot(e, we) / sigma2;
        double dLag = dot(e, wy) / sigma2;
        double lmErr = dErr * dErr / trace;
        double lmLag = dLag * dLag / nj;
        double rErr = Math.pow(dErr - trace * dLag / nj, 2) / (trace - trace * trace / nj);
        double rLag = Math.pow(dLag - dErr, 2) / (nj - trace);
        return new Result(test("LM_error", lmErr, 1), test("LM_lag", lmLag, 1), test("robust_LM_error", rErr, 1),
                test("robust_LM_lag", rLag, 1), test("SARMA", rErr + lmLag, 2), sigma2, trace, beta, e);
    }

    private static Test test(String name, double stat, int df) {
        return new Test(name, stat, df, Distributions.chiSquaredUpperP(stat, df));
    }

    /** tr(W'W + W²) = Σ w_ij² + Σ w_ij w_ji. */
    public static double traceWtWplusW2(SpatialWeights w) {
        double s = 0.0;
        for (int i = 0; i < w.n(); i++) {
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                double wij = w.valueAt(k);
                s += wij * wij + wij * w.weight(w.columnAt(k), i);
            }
        }
        return s;
    }

    /** (I_T ⊗ W) v for v stacked period by period. */
    static double[] lag(SpatialWeights w, double[] v, int periods) {
        int n = w.n();
        double[] out = new double[v.length];
        for (int t = 0; t < periods; t++) {
            w.lag(v, t * n, 1, out, t * n, 1);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * How applied papers read the tests (Anselin 2005's decision rule; Elhorst 2014 for the SDM): neither LM-lag
     * nor LM-error significant: OLS; only one significant: that model (SAR or SEM); both significant: the robust
     * tests decide: both significant: SDM, one: its model, neither: the one with the larger robust statistic,
     * said to be a weak preference.
     */
    public static String recommendation(Result r, double level) {
        boolean lag = r.lmLag().pValue() <= level;
        boolean err = r.lmError().pValue() <= level;
        if (!lag && !err) {
            return "OLS: neither LM-lag nor LM-error is significant at " + level;
        }
        if (lag != err) {
            return lag ? "SAR: LM-lag is significant at " + level + ", LM-error is not"
                    : "SEM: LM-error is significant at " + level + ", LM-lag is not";
        }
        boolean rLag = r.robustLmLag().pValue() <= level;
        boolean rErr = r.robustLmError().pValue() <= level;
        if (rLag && rErr) {
            return "SDM: LM-lag, LM-error and both robust LM tests are significant at " + level;
        }
        if (rLag != rErr) {
            return rLag ? "SAR: LM-lag and LM-error are significant at " + level + "; of the robust tests only LM-lag"
                    : "SEM: LM-lag and LM-error are significant at " + level + "; of the robust tests only LM-error";
        }
        boolean lagLarger = r.robustLmLag().statistic() >= r.robustLmError().statistic();
        return (lagLarger ? "SAR" : "SEM") + " (weak): LM-lag and LM-error are significant at " + level
                + " but neither robust test is; the robust " + (lagLarger ? "LM-lag" : "LM-error")
                + " statistic is the larger";
    }
}
