package org.carbonlab.panel.numerics;

import java.util.Arrays;
import org.carbonlab.core.inference.Distributions;

/**
 * Turning points of a polynomial effect and the Lind–Mehlum (2010) test of a U or inverse-U shape on an interval.
 * <p>
 * The effect of a focal variable x is {@code f(x) = b[0]·x + b[1]·x² (+ b[2]·x³)}: {@code b} holds the coefficients of
 * the powers 1..d (d = 2 quadratic, d = 3 cubic), {@code v} their d × d covariance (with covariances). Its slope is
 * {@code f'(x) = Σ k·b_k·x^(k−1)}.
 * <ul>
 * <li>Turning points are the real roots of f'(x) = 0: quadratic x* = −b1/(2 b2); cubic the roots of
 * b1 + 2 b2 x + 3 b3 x² = 0. Their delta-method variance is g'Vg with the gradient from the implicit function theorem,
 * ∂(x*)/∂b_k = −k x*^(k−1) / f''(x*), f''(x) = 2 b2 + 6 b3 x (for the quadratic: −1/(2b2) and b1/(2b2²)).</li>
 * <li>The Lind–Mehlum test concerns the interval [x_l, x_h] (the observed range): H1 (inverse U) is f'(x_l) &gt; 0
 * and f'(x_h) &lt; 0, H1 (U) the reverse; H0 is its complement (monotone, or the other shape). The direction is the
 * sign of f'(x_h) − f'(x_l) (for the quadratic the sign of b2). With t_l and t_h the t ratios of the two slopes
 * (each slope's variance from V), the statistic is the smaller of the two t ratios taken in the direction of H1
 * (Sasabuchi's likelihood-ratio form): inverse U: min(t_l, −t_h); U: min(−t_l, t_h). Its p-value is the upper tail
 * P(T ≥ t) of Student's t with the model's degrees of freedom (normal for +Infinity). When both slopes have the same
 * sign the extremum lies outside the interval and the statistic is ≤ 0 (a trivial failure to reject H0).</li>
 * <li>The Fieller interval of the quadratic turning point (the set of θ where b1 + 2 b2 θ = 0 is not rejected at the
 * given critical value), which Lind and Mehlum recommend beside the delta method.</li>
 * </ul>
 * No names, no I/O: arrays in, numbers out.
 */
public final class TurningPoints {

    private TurningPoints() {
    }

    /** One turning point with its delta-method standard error and the sign of the curvature there. */
    public record Point(double value, double stdError, double curvature, double[] gradient) {
        public Point {
            gradient = gradient.clone();
        }

        /** True when f has a local maximum here (an inverse U around the point), false for a minimum (U). */
        public boolean maximum() {
            return curvature < 0;
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }
    }

    /**
     * The Lind–Mehlum test on [xLow, xHigh].
     *
     * @param inverseU   the alternative tested: inverse U (true) or U (false)
     * @param slopeLow   f'(xLow), with {@code seLow} and {@code tLow} = slopeLow / seLow
     * @param slopeHigh  f'(xHigh), with {@code seHigh} and {@code tHigh}
     * @param statistic  the overall t (the smaller directional t ratio)
     * @param pValue     P(T ≥ statistic)
     * @param pLow       one-sided p-value of the slope at xLow in the direction of H1
     * @param pHigh      one-sided p-value of the slope at xHigh in the direction of H1
     * @param extremumInside true when the slopes at the two bounds have opposite signs (the estimated extremum lies
     *                   inside the interval); false means a trivial failure to reject H0
     */
    public record UTest(boolean inverseU, double xLow, double xHigh, double slopeLow, double seLow, double tLow,
            double slopeHigh, double seHigh, double tHigh, double statistic, double df, double pValue, double pLow,
            double pHigh, boolean extremumInside) {
    }

    /** f'(x) = Σ k·b_k·x^(k−1). */
    public static double slope(double[] b, double x) {
        double s = 0;
        double pow = 1;
        for (int k = 1; k <= b.length; k++) {
            s += k * b[k - 1] * pow;
            pow *= x;
        }
        return s;
    }

    /** The gradient of f'(x) with respect to b: (1, 2x, 3x², …). */
    public static double[] slopeGradient(int degree, double x) {
        double[] g = new double[degree];
        double pow = 1;
        for (int k = 1; k <= degree; k++) {
            g[k - 1] = k * pow;
            pow *= x;
        }
        return g;
    }

    /** f''(x) = Σ k(k−1)·b_k·x^(k−2). */
    public static double curvature(double[] b, double x) {
        double s = 0;
        double pow = 1;
        for (int k = 2; k <= b.length; k++) {
            s += k * (k - 1) * b[k - 1] * pow;
            pow *= x;
        }
        return s;
    }

    /**
     * The real roots of f'(x) = 0 in ascending order (none when b2 = 0 for a quadratic, or the cubic's slope never
     * changes sign; one for a double root). Supports degree 2 and 3.
     */
    public static double[] roots(double[] b) {
        checkDegree(b);
        if (b.length == 2 || b[2] == 0.0) {
            if (b[1] == 0.0) {
                return new double[0];
            }
            return new double[] {-b[0] / (2 * b[1])};
        }
        // 3 b3 x² + 2 b2 x + b1 = 0, solved without cancellation: q = −(B + sign(B)√D)/2, roots q/A and C/q.
        double a = 3 * b[2];
        double bb = 2 * b[1];
        double c = b[0];
        double disc = bb * bb - 4 * a * c;
        if (disc < 0) {
            return new double[0];
        }
        if (disc == 0) {
            return new double[] {-bb / (2 * a)};
        }
        double sq = Math.sqrt(disc);
        double q = -0.5 * (bb + Math.copySign(sq, bb));
        double r1 = q / a;
        double r2 = q != 0 ? c / q : -r1;
        double[] r = {r1, r2};
        Arrays.sort(r);
        return r;
    }

    /** ∂(x*)/∂b_k = −k·x*^(k−1) / f''(x*) at a root x* of f'. */
    public static double[] rootGradient(double[] b, double root) {
        double curv = curvature(b, root);
        double[] g = slopeGradient(b.length, root);
        for (int k = 0; k < g.length; k++) {
            g[k] = -g[k] / curv;
        }
        return g;
    }

    /** g'Vg. */
    public static double quadraticForm(double[] g, double[][] v) {
        double s = 0;
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g.length; j++) {
                s += g[i] * v[i][j] * g[j];
            }
        }
        return s;
    }

    /** Every turning point with its delta-method standard error, in ascending order. */
    public static Point[] turningPoints(double[] b, double[][] v) {
        checkDegree(b);
        double[] r = roots(b);
        Point[] out = new Point[r.length];
        for (int i = 0; i < r.length; i++) {
            double[] g = rootGradient(b, r[i]);
            double var = quadraticForm(g, v);
            out[i] = new Point(r[i], var >= 0 ? Math.sqrt(var) : Double.NaN, curvature(b, r[i]), g);
        }
        return out;
    }

    /**
     * The Fieller interval of the quadratic turning point −b1/(2 b2) at critical value {@code crit}: the θ with
     * (b1 + 2 b2 θ)² ≤ crit²·Var(b1 + 2 b2 θ). Returns {low, high}, or null when the set is not a bounded interval
     * (b2 not significant at that level), or for a cubic.
     */
    public static double[] fieller(double[] b, double[][] v, double crit) {
        checkDegree(b);
        if (b.length != 2) {
            return null;
        }
        double c2 = crit * crit;
        double a = 4 * b[1] * b[1] - 4 * c2 * v[1][1];
        double bb = 4 * b[0] * b[1] - 4 * c2 * v[0][1];
        double c = b[0] * b[0] - c2 * v[0][0];
        double disc = bb * bb - 4 * a * c;
        if (!(a > 0) || !(disc >= 0)) {
            return null;
        }
        double sq = Math.sqrt(disc);
        return new double[] {(-bb - sq) / (2 * a), (-bb + sq) / (2 * a)};
    }

    /**
     * The Lind–Mehlum test on [xLow, xHigh] with Student t({@code df}) p-values ({@code df} = +Infinity: normal).
     * The alternative is inverse U when f'(xHigh) &lt; f'(xLow), else U.
     */
    public static UTest uTest(double[] b, double[][] v, double xLow, double xHigh, double df) {
        checkDegree(b);
        double sLow = slope(b, xLow);
        double sHigh = slope(b, xHigh);
        double seLow = Math.sqrt(quadraticForm(slopeGradient(b.length, xLow), v));
        double seHigh = Math.sqrt(quadraticForm(slopeGradient(b.length, xHigh), v));
        double tLow = sLow / seLow;
        double tHigh = sHigh / seHigh;
        boolean inverseU = sHigh < sLow;
        double dirLow = inverseU ? tLow : -tLow;
        double dirHigh = inverseU ? -tHigh : tHigh;
        double t = Math.min(dirLow, dirHigh);
        if (Double.isNaN(dirLow) || Double.isNaN(dirHigh) || sHigh == sLow) {
            t = Double.NaN;
        }
        boolean inside = inverseU ? sLow > 0 && sHigh < 0 : sLow < 0 && sHigh > 0;
        return new UTest(inverseU, xLow, xHigh, sLow, seLow, tLow, sHigh, seHigh, tHigh, t, df,
                Distributions.tUpperP(t, df), Distributions.tUpperP(dirLow, df), Distributions.tUpperP(dirHigh, df),
                inside);
    }

    private static void checkDegree(double[] b) {
        if (b.length != 2 && b.length != 3) {
            throw new IllegalArgumentException("turning points need a quadratic or cubic (2 or 3 coefficients), got "
                    + b.length);
        }
    }
}
