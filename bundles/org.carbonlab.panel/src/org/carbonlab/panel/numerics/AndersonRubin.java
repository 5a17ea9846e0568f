package org.carbonlab.panel.numerics;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.FDistribution;
import org.carbonlab.core.inference.Distributions;

/**
 * The Anderson–Rubin (1949) test of H0: β = β0 for one endogenous regressor, and the weak-instrument-robust
 * confidence set obtained by inverting it. The test regresses y − x β0 on the instruments (all partialled on the
 * exogenous regressors) and tests that the excluded instruments' coefficients are zero with the model's covariance
 * (classical F = [ỹ'Pỹ/kz]/[ỹ'Mỹ/(n − L − absorbed)]; robust or cluster: Wald/kz with the small-sample factor of
 * K = L), referred to F(kz, df2) as the first-stage F.
 * <p>
 * The set {β0 : AR(β0) ≤ F_{level}(kz, df2)} is computed
 * <ul>
 * <li>{@code analytic} (classical covariance): the quadratic inequality in β0 that the F inequality is, solved in
 * closed form; the set is an interval, the real line, the union of two rays, or empty.</li>
 * <li>{@code grid} (robust and cluster covariances, where the statistic is a ratio of quadratics in β0): the
 * statistic on an even grid of {@code points} values β̂ ± {@code width} standard errors, each change between
 * accepted and rejected neighbours located by bisection to 1e-12 relative; a set that reaches a grid end is
 * reported open there (±∞) and flagged.</li>
 * </ul>
 * Name-free.
 */
public final class AndersonRubin {
    private final double[] y;
    private final double[] x;
    private final double[][] z;
    private final IvCovariance cov;
    private final int l;
    private final double[][] bread;
    private final double critical;
    private final double df2;

    /**
     * @param y        response (n), demeaned under fixed effects
     * @param x        the endogenous regressor (n), likewise
     * @param exog     the exogenous regressors (n × kx), likewise
     * @param excluded the excluded instruments (n × kz), likewise
     * @param cov      covariance convention
     * @param level    confidence level
     */
    public AndersonRubin(double[] y, double[] x, double[][] exog, double[][] excluded, IvCovariance cov,
            double level) {
        this.y = IvAlgebra.columnOf(IvAlgebra.residuals(exog, IvAlgebra.column(y)), 0);
        this.x = IvAlgebra.columnOf(IvAlgebra.residuals(exog, IvAlgebra.column(x)), 0);
        this.z = IvAlgebra.residuals(exog, excluded);
        this.cov = cov.forDiagnostics();
        this.l = exog[0].length + excluded[0].length;
        this.bread = IvAlgebra.crossInverse(z);
        int kz = z[0].length;
        this.df2 = this.cov.fDf2(y.length, l);
        this.critical = new FDistribution(null, kz, df2).inverseCumulativeProbability(level);
    }

    /** One interval of the confidence set (bounds may be infinite). */
    public record Interval(double lower, double upper) {
    }

    /** The confidence set, the method used, and whether it reached the end of a search grid. */
    public record ConfidenceSet(List<Interval> intervals, String method, boolean reachedGridEnd) {
    }

    /** The AR F statistic at β0. */
    public double statistic(double beta0) {
        int n = y.length;
        int kz = z[0].length;
        double[] yt = new double[n];
        for (int i = 0; i < n; i++) {
            yt[i] = y[i] - x[i] * beta0;
        }
        double[] g = IvAlgebra.columnOf(IvAlgebra.solve(z, IvAlgebra.column(yt)), 0);
        double[] e = TwoStageLeastSquares.residuals(yt, z, g);
        if (cov.classical()) {
            double explained = IvAlgebra.dot(yt, yt) - IvAlgebra.dot(e, e);
            return (explained / kz) / (IvAlgebra.dot(e, e) / cov.dfResid(n, l));
        }
        double[][] meat = cov.meat(z, e);
        var b = IvAlgebra.m(bread);
        double[][] v = b.multiply(IvAlgebra.m(meat)).multiply(b).scalarMultiply(cov.factor(n, l)).getData();
        return IvAlgebra.quadInverse(IvAlgebra.symmetrised(v), g) / kz;
    }

    public double pValue(double beta0) {
        return Distributions.fUpperP(statistic(beta0), z[0].length, df2);
    }

    public double critical() {
        return critical;
    }

    public double df2() {
        return df2;
    }

    /** The closed-form set under a classical covariance. */
    public ConfidenceSet analytic() {
        int n = y.length;
        int kz = z[0].length;
        double kappa = critical * kz / cov.dfResid(n, l);
        double[] py = IvAlgebra.columnOf(IvAlgebra.fitted(z, IvAlgebra.column(y)), 0);
        double[] px = IvAlgebra.columnOf(IvAlgebra.fitted(z, IvAlgebra.column(x)), 0);
        double yPy = IvAlgebra.dot(y, py);
        double xPx = IvAlgebra.dot(x, px);
        double yPx = IvAlgebra.dot(y, px);
        double yMy = IvAlgebra.dot(y, y) - yPy;
        double xMx = IvAlgebra.dot(x, x) - xPx;
        double yMx = IvAlgebra.dot(y, x) - yPx;
        // (ỹ'Pỹ) − κ (ỹ'Mỹ) ≤ 0 with ỹ = y − β0 x: a β0² + b β0 + c ≤ 0
        double a = xPx - kappa * xMx;
        double b = -2 * (yPx - kappa * yMx);
        double c = yPy - kappa * yMy;
        double disc = b * b - 4 * a * c;
        List<Interval> out = new ArrayList<>();
        if (disc < 0) {
            if (a < 0) {
                out.add(new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
            }
            return new ConfidenceSet(out, "analytic", false);
        }
        double sq = Math.sqrt(disc);
        // numerically stable roots
        double qq = -0.5 * (b + Math.copySign(sq, b));
        double r1 = qq / a;
        double r2 = c / qq;
        double lo = Math.min(r1, r2);
        double hi = Math.max(r1, r2);
        if (a > 0) {
            out.add(new Interval(lo, hi));
        } else {
            out.add(new Interval(Double.NEGATIVE_INFINITY, lo));
            out.add(new Interval(hi, Double.POSITIVE_INFINITY));
        }
        return new ConfidenceSet(out, "analytic", false);
    }

    /** The set by grid search and bisection around {@code center} ± {@code width}·{@code se}. */
    public ConfidenceSet grid(double center, double se, double width, int points) {
        double lo = center - width * se;
        double hi = center + width * se;
        double step = (hi - lo) / (points - 1);
        boolean[] accept = new boolean[points];
        double[] at = new double[points];
        for (int i = 0; i < points; i++) {
            at[i] = lo + i * step;
            accept[i] = statistic(at[i]) <= critical;
        }
        List<Interval> out = new ArrayList<>();
        boolean open = false;
        double start = Double.NaN;
        boolean edge = accept[0] || accept[points - 1];
        for (int i = 0; i < points; i++) {
            if (accept[i] && !open) {
                open = true;
                start = i == 0 ? Double.NEGATIVE_INFINITY : boundary(at[i - 1], at[i]);
            } else if (!accept[i] && open) {
                open = false;
                out.add(new Interval(start, boundary(at[i - 1], at[i])));
            }
        }
        if (open) {
            out.add(new Interval(start, Double.POSITIVE_INFINITY));
        }
        return new ConfidenceSet(out, "grid", edge);
    }

    /** The β0 between a and b where the statistic crosses the critical value (bisection). */
    private double boundary(double a, double b) {
        boolean acceptA = statistic(a) <= critical;
        for (int it = 0; it < 200 && Math.abs(b - a) > 1e-12 * Math.max(1, Math.abs(a)); it++) {
            double m = 0.5 * (a + b);
            if ((statistic(m) <= critical) == acceptA) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }
}
