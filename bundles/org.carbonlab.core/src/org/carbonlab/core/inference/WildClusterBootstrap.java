package org.carbonlab.core.inference;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Wild cluster bootstrap-t test of one coefficient of a linear model (Cameron, Gelbach and Miller 2008; Roodman,
 * MacKinnon, Nielsen and Webb 2019, Stata's {@code boottest}), for inference with few clusters. Numerics only.
 * <p>
 * The model is given after any absorbed fixed effects were partialled out (X̃, ỹ) together with that projection
 * M ({@code annihilator}; null when nothing is absorbed). Bootstrap samples are y* = ŷ + v_g ũ with
 * <ul>
 * <li>restricted (WCR, boottest's default): ŷ, ũ the fit and residuals under the null β_j = θ₀;</li>
 * <li>unrestricted (WCU): ŷ, ũ those of the full model.</li>
 * </ul>
 * Each sample is refitted with the same cluster-robust covariance (the fixed effects are re-absorbed: the residual is
 * M y* − X̃β*), giving t*_b = (β*_j − θ)/se*_j with θ = θ₀ (WCR) or β̂_j (WCU). The symmetric two-sided p-value is
 * #{|t*_b| ≥ |t|}/B. Rademacher weights are enumerated (all 2^G sign vectors, as boottest does) when 2^G ≤ reps;
 * otherwise draw b's weights come from {@link DrawStreams#of}(seed, b). Under WCU the percentile-t interval
 * β̂_j ± q·se_j (q the level quantile of |t*|) is also returned; under WCR the interval is found by test inversion
 * (the set of θ₀ whose WCR p-value is at least 1 − level), as boottest does: the restricted residuals are affine in
 * θ₀, so each replication's t*(θ₀) is a ratio of an affine function and the root of a quadratic in θ₀, and p(θ₀) is
 * evaluated without refitting; the bounds are located by bisection to 1e-9·se.
 */
public final class WildClusterBootstrap {

    /** The outcome: the original t, the p-value, B, whether the sign vectors were enumerated, the interval. */
    public record Outcome(double estimate, double standardError, double statistic, double pValue, int replications,
            boolean enumerated, double confLow, double confHigh) {
    }

    /** What to bootstrap. */
    public record Options(boolean restricted, BootstrapWeights weights, int reps, long seed, double level) {
        public Options {
            if (reps < 1) {
                throw new IllegalArgumentException("reps must be at least 1, got " + reps);
            }
        }
    }

    private WildClusterBootstrap() {
    }

    /**
     * @param x           the k columns of X̃ (length n each), full column rank
     * @param y           ỹ (length n)
     * @param cluster     cluster code per observation (non-negative integers)
     * @param j           the tested column
     * @param nullValue   θ₀ of H0: β_j = θ₀
     * @param annihilator M applied to a vector (re-absorbs the fixed effects), or null for the identity
     */
    public static Outcome test(double[][] x, double[] y, int[] cluster, int j, double nullValue,
            UnaryOperator<double[]> annihilator, Options options) {
        int k = x.length;
        int n = y.length;
        int[] c = TwoWayClustering.dense(cluster);
        int g = 0;
        for (int v : c) {
            g = Math.max(g, v + 1);
        }
        if (g < 2) {
            throw new IllegalArgumentException("the wild cluster bootstrap needs at least 2 clusters");
        }
        double[][] a = inverseCrossProduct(x);
        double[] beta = times(a, crossProduct(x, y));
        double[] u = residuals(y, x, beta);
        // w = row j of (X'X)^-1 X': beta_j = w'y, and the cluster score of beta_j is sum_{i in g} w_i u_i
        double[] w = new double[n];
        for (int l = 0; l < k; l++) {
            double al = a[j][l];
            for (int i = 0; i < n; i++) {
                w[i] += al * x[l][i];
            }
        }
        double se = Math.sqrt(clusterVariance(w, u, c, g));
        double t = (beta[j] - nullValue) / se;

        double[] fitted;
        double[] base;
        if (options.restricted()) {
            double[][] others = new double[k - 1][];
            for (int l = 0, m = 0; l < k; l++) {
                if (l != j) {
                    others[m++] = x[l];
                }
            }
            double[] yr = new double[n];
            for (int i = 0; i < n; i++) {
                yr[i] = y[i] - nullValue * x[j][i];
            }
            double[] br = k == 1 ? new double[0] : times(inverseCrossProduct(others), crossProduct(others, yr));
            double[] ur = residuals(yr, others, br);
            fitted = new double[n];
            for (int i = 0; i < n; i++) {
                fitted[i] = y[i] - ur[i];
            }
            base = ur;
        } else {
            fitted = new double[n];
            for (int i = 0; i < n; i++) {
                fitted[i] = y[i] - u[i];
            }
            base = u;
        }
        double theta = options.restricted() ? nullValue : beta[j];
        double wFitted = dot(w, fitted);

        boolean enumerate = options.weights() == BootstrapWeights.RADEMACHER && g < 31
                && (1L << g) <= options.reps();
        int reps = enumerate ? 1 << g : options.reps();
        double[] absT = new double[reps];
        double[] v = new double[g];
        double[] shock = new double[n];
        double[] ystar = new double[n];
        for (int b = 0; b < reps; b++) {
            if (enumerate) {
                for (int h = 0; h < g; h++) {
                    v[h] = ((b >>> h) & 1) == 0 ? 1.0 : -1.0;
                }
            } else {
                SplittableRandom random = DrawStreams.of(options.seed(), b);
                for (int h = 0; h < g; h++) {
                    v[h] = options.weights().draw(random);
                }
            }
            for (int i = 0; i < n; i++) {
                shock[i] = v[c[i]] * base[i];
            }
            double[] mShock = annihilator == null ? shock : annihilator.apply(shock);
            for (int i = 0; i < n; i++) {
                ystar[i] = fitted[i] + mShock[i];
            }
            double[] bstar = times(a, crossProduct(x, ystar));
            double[] ustar = residuals(ystar, x, bstar);
            double bj = wFitted + dot(w, shock);
            double sestar = Math.sqrt(clusterVariance(w, ustar, c, g));
            absT[b] = Math.abs((bj - theta) / sestar);
        }
        int extreme = 0;
        double at = Math.abs(t);
        for (double s : absT) {
            if (s >= at * (1 - 1e-13)) {
                extreme++;
            }
        }
        double p = (double) extreme / reps;
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (options.restricted() && k > 0) {
            double[] ci = invert(x, y, c, g, j, a, w, beta[j], se, annihilator, options, enumerate, reps);
            lo = ci[0];
            hi = ci[1];
        } else if (!options.restricted()) {
            double[] sorted = absT.clone();
            Arrays.sort(sorted);
            int idx = (int) Math.ceil(options.level() * reps) - 1;
            double q = sorted[Math.max(0, Math.min(reps - 1, idx))];
            lo = beta[j] - q * se;
            hi = beta[j] + q * se;
        }
        return new Outcome(beta[j], se, t, p, reps, enumerate, lo, hi);
    }

    /**
     * The WCR confidence set's bounds. For null θ: ũ(θ) = ũ₀ − θ r with r = x_j off the other columns, so
     * y*(θ) = Y0 + θ·Y1 with Y0 = y − ũ₀ + M(v∘ũ₀), Y1 = r − M(v∘r); β*_j and the cluster scores are affine in θ.
     */
    private static double[] invert(double[][] x, double[] y, int[] c, int g, int j, double[][] a, double[] w,
            double betaJ, double se, UnaryOperator<double[]> annihilator, Options options, boolean enumerate,
            int reps) {
        int k = x.length;
        int n = y.length;
        double[][] others = new double[k - 1][];
        for (int l = 0, m = 0; l < k; l++) {
            if (l != j) {
                others[m++] = x[l];
            }
        }
        double[] u0;
        double[] r;
        if (k == 1) {
            u0 = y.clone();
            r = x[j].clone();
        } else {
            double[][] inv = inverseCrossProduct(others);
            u0 = residuals(y, others, times(inv, crossProduct(others, y)));
            r = residuals(x[j], others, times(inv, crossProduct(others, x[j])));
        }
        double[] b0 = new double[reps];
        double[] b1 = new double[reps];
        double[][] s0 = new double[reps][g];
        double[][] s1 = new double[reps][g];
        double[] v = new double[g];
        double[] shock0 = new double[n];
        double[] shock1 = new double[n];
        double[] y0 = new double[n];
        double[] y1 = new double[n];
        for (int b = 0; b < reps; b++) {
            if (enumerate) {
                for (int h = 0; h < g; h++) {
                    v[h] = ((b >>> h) & 1) == 0 ? 1.0 : -1.0;
                }
            } else {
                SplittableRandom random = DrawStreams.of(options.seed(), b);
                for (int h = 0; h < g; h++) {
                    v[h] = options.weights().draw(random);
                }
            }
            for (int i = 0; i < n; i++) {
                shock0[i] = v[c[i]] * u0[i];
                shock1[i] = v[c[i]] * r[i];
            }
            double[] m0 = annihilator == null ? shock0 : annihilator.apply(shock0);
            double[] m1 = annihilator == null ? shock1 : annihilator.apply(shock1);
            for (int i = 0; i < n; i++) {
                y0[i] = y[i] - u0[i] + m0[i];
                y1[i] = r[i] - m1[i];
            }
            double[] e0 = residuals(y0, x, times(a, crossProduct(x, y0)));
            double[] e1 = residuals(y1, x, times(a, crossProduct(x, y1)));
            b0[b] = dot(w, y0);
            b1[b] = dot(w, y1);
            for (int i = 0; i < n; i++) {
                s0[b][c[i]] += w[i] * e0[i];
                s1[b][c[i]] += w[i] * e1[i];
            }
        }
        java.util.function.DoubleUnaryOperator pValue = theta -> {
            double at = Math.abs((betaJ - theta) / se);
            int extreme = 0;
            for (int b = 0; b < reps; b++) {
                double var = 0;
                for (int h = 0; h < g; h++) {
                    double sc = s0[b][h] + theta * s1[b][h];
                    var += sc * sc;
                }
                double tb = Math.abs((b0[b] + theta * b1[b] - theta) / Math.sqrt(var));
                if (tb >= at * (1 - 1e-13)) {
                    extreme++;
                }
            }
            return (double) extreme / reps;
        };
        double alpha = 1 - options.level();
        return new double[] {bound(pValue, betaJ, -se, alpha), bound(pValue, betaJ, se, alpha)};
    }

    /** The point beyond which p(θ) &lt; alpha, walking from the estimate in the direction of {@code step}. */
    private static double bound(java.util.function.DoubleUnaryOperator p, double from, double step, double alpha) {
        double inside = from;
        double outside = from + step;
        int doublings = 0;
        while (p.applyAsDouble(outside) >= alpha) {
            inside = outside;
            step *= 2;
            outside = from + step;
            if (++doublings > 60) {
                return step > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
        }
        double tol = 1e-9 * Math.abs(step) / Math.pow(2, doublings);
        for (int it = 0; it < 200 && Math.abs(outside - inside) > tol; it++) {
            double mid = 0.5 * (inside + outside);
            if (p.applyAsDouble(mid) >= alpha) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return 0.5 * (inside + outside);
    }

    /** sum_g (sum_{i in g} w_i u_i)^2: the HC0 cluster variance of w'y (small-sample factors cancel in the ratio of t statistics). */
    private static double clusterVariance(double[] w, double[] u, int[] c, int g) {
        double[] s = new double[g];
        for (int i = 0; i < u.length; i++) {
            s[c[i]] += w[i] * u[i];
        }
        double v = 0;
        for (double sg : s) {
            v += sg * sg;
        }
        return v;
    }

    private static double[][] inverseCrossProduct(double[][] cols) {
        double[][] rInv = LinAlg.upperInverse(LinAlg.rFactor(cols));
        return LinAlg.timesOwnTranspose(rInv);
    }

    private static double[] crossProduct(double[][] cols, double[] y) {
        double[] out = new double[cols.length];
        for (int l = 0; l < cols.length; l++) {
            out[l] = dot(cols[l], y);
        }
        return out;
    }

    private static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            out[r] = dot(a[r], v);
        }
        return out;
    }

    private static double[] residuals(double[] y, double[][] cols, double[] b) {
        double[] u = y.clone();
        for (int l = 0; l < cols.length; l++) {
            double bl = b[l];
            double[] col = cols[l];
            for (int i = 0; i < u.length; i++) {
                u[i] -= bl * col[i];
            }
        }
        return u;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
