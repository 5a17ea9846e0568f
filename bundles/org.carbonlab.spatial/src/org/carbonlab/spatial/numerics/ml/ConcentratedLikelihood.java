package org.carbonlab.spatial.numerics.ml;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Maximum likelihood of y = rWy + Xβ + u, u = lWu + ε (ε ~ N(0, σ²I)) stacked over periods, through the likelihood
 * concentrated in the spatial parameters: −(n/2) ln SSE(r, l) + J(r) + J(l), J(r) = τ[ln|I − rW| − c·ln(1 − r)].
 * n is the number of (effective) observations, τ the number of (effective) periods and c = 1 when the
 * transformation removes W's unit eigenvalue (Lee–Yu time effects). A one-parameter model is maximised by a grid
 * scan (against local maxima), Brent's method and a root of the analytical score in the bracket found (so the
 * parameter is pinned to ~1e-15, not the √eps of a maximiser on a flat top); the two-parameter model (SAC) profiles
 * l over the maximised r.
 */
public final class ConcentratedLikelihood {
    private static final int GRID = 41;
    private static final double EDGE = 1e-7;

    private final CrossProducts cp;
    private final LogDeterminant ld;
    private final double n;
    private final double tau;
    private final boolean unitRoot;

    public ConcentratedLikelihood(CrossProducts cp, LogDeterminant ld, double nObs, double periods,
            boolean removeUnitEigenvalue) {
        this.cp = cp;
        this.ld = ld;
        this.n = nObs;
        this.tau = periods;
        this.unitRoot = removeUnitEigenvalue;
    }

    public record Estimate(double rho, double lambda, double[] beta, double sse, double sigma2, double logLik,
            String rhoBound, String lambdaBound) {
    }

    /** τ[ln|I − rW| − c ln(1 − r)]. */
    public double jacobian(double r) {
        return tau * (ld.value(r) - (unitRoot ? Math.log(1.0 - r) : 0.0));
    }

    private double jacobianDerivative(double r) {
        return tau * (ld.derivative(r) + (unitRoot ? 1.0 / (1.0 - r) : 0.0));
    }

    public double concentrated(double r, double l, boolean lag, boolean error) {
        double sse = cp.step(r, l).sse();
        return -0.5 * n * Math.log(sse) + (lag ? jacobian(r) : 0.0) + (error ? jacobian(l) : 0.0);
    }

    public Estimate maximise(boolean lag, boolean error) {
        double lo = ld.lower();
        double hi = ld.upper();
        double r = 0.0;
        double l = 0.0;
        if (lag && error) {
            DoubleUnaryOperator innerArg = lv -> argmax(rv -> concentrated(rv, lv, true, true),
                    rv -> score(rv, lv, true), lo, hi);
            l = argmax(lv -> concentrated(innerArg.applyAsDouble(lv), lv, true, true), lv -> {
                double rv = innerArg.applyAsDouble(lv);
                return score(rv, lv, false);
            }, lo, hi);
            r = innerArg.applyAsDouble(l);
        } else if (lag) {
            r = argmax(rv -> concentrated(rv, 0.0, true, false), rv -> score(rv, 0.0, true), lo, hi);
        } else if (error) {
            l = argmax(lv -> concentrated(0.0, lv, false, true), lv -> score(0.0, lv, false), lo, hi);
        }
        CrossProducts.Step s = cp.step(r, l);
        double sigma2 = s.sse() / n;
        double ll = -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1.0) + (lag ? jacobian(r) : 0.0)
                + (error ? jacobian(l) : 0.0);
        return new Estimate(r, l, s.beta(), s.sse(), sigma2, ll, lag ? bound(r, lo, hi) : null,
                error ? bound(l, lo, hi) : null);
    }

    /** Full log-likelihood at given parameters (for checks and LR tests of restricted values). */
    public double logLikelihood(double r, double l, double[] beta, double sigma2, boolean lag, boolean error) {
        double[] coef = cp.residualCoefficients(r, l, beta);
        double sse = cp.quadratic(coef, coef);
        return -0.5 * n * Math.log(2 * Math.PI * sigma2) - sse / (2 * sigma2) + (lag ? jacobian(r) : 0.0)
                + (error ? jacobian(l) : 0.0);
    }

    /** ∂/∂r (lagParameter) or ∂/∂l of the concentrated likelihood at (r, l). */
    private double score(double r, double l, boolean lagParameter) {
        CrossProducts.Step s = cp.step(r, l);
        double d = lagParameter ? cp.sseDerivativeR(s, r, l) : cp.sseDerivativeL(s, r, l);
        return -0.5 * n * d / s.sse() + jacobianDerivative(lagParameter ? r : l);
    }

    private static String bound(double v, double lo, double hi) {
        double tol = 1e-5 * (hi - lo);
        if (v - lo < tol) {
            return "lower";
        }
        if (hi - v < tol) {
            return "upper";
        }
        return null;
    }

    private static double argmax(DoubleUnaryOperator f, DoubleUnaryOperator score, double lo, double hi) {
        double width = hi - lo;
        double a = lo + EDGE * width;
        double b = hi - EDGE * width;
        double step = (b - a) / (GRID - 1);
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < GRID; i++) {
            double v = f.applyAsDouble(a + i * step);
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double left = a + Math.max(0, best - 1) * step;
        double right = a + Math.min(GRID - 1, best + 1) * step;
        double start = a + best * step;
        BrentOptimizer opt = new BrentOptimizer(1e-13, 1e-15);
        double x = opt.optimize(new MaxEval(10_000), new UnivariateObjectiveFunction(f::applyAsDouble),
                GoalType.MAXIMIZE, new SearchInterval(left, right, start)).getPoint();
        // pin the root of the score near the maximiser's answer
        for (double d : new double[] {1e-9, 1e-7, 1e-5, 1e-3}) {
            double u = Math.max(a, x - d * width);
            double v = Math.min(b, x + d * width);
            double su = score.applyAsDouble(u);
            double sv = score.applyAsDouble(v);
            if (Double.isFinite(su) && Double.isFinite(sv) && su > 0 && sv < 0) {
                double root = new BrentSolver(1e-16, 1e-16).solve(1000, score::applyAsDouble, u, v, x);
                if (f.applyAsDouble(root) >= f.applyAsDouble(x) - 1e-12 * Math.abs(f.applyAsDouble(x))) {
                    return root;
                }
                return x;
            }
        }
        return x;
    }
}
