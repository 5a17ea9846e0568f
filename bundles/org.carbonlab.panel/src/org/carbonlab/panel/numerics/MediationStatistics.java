package org.carbonlab.panel.numerics;

import java.util.Locale;
import org.carbonlab.core.inference.Distributions;

/**
 * Normal-theory tests of an indirect effect a·b and the Baron–Kenny stepwise verdict (numbers in, numbers out).
 * <p>
 * Notation: a is the treatment's coefficient in the mediator equation (standard error s_a), b the mediator's
 * coefficient in the outcome equation that also holds the treatment (s_b), c the treatment's coefficient in the
 * total-effect equation (without the mediator) and c' the treatment's coefficient in the outcome equation.
 * <ul>
 * <li>Sobel (1982), first-order delta method: se = √(b² s_a² + a² s_b²).</li>
 * <li>Aroian (1947), second-order (exact variance of a product of independent normals):
 * se = √(b² s_a² + a² s_b² + s_a² s_b²).</li>
 * <li>Goodman (1960), unbiased variance: se = √(b² s_a² + a² s_b² − s_a² s_b²); NaN when the radicand is not
 * positive.</li>
 * </ul>
 * z = a·b / se with two-sided p-values from the standard normal (as Stata's {@code sgmediation} and
 * {@code medsem}). The standard errors are whatever the caller's equations report (classical, robust or clustered).
 */
public final class MediationStatistics {

    private MediationStatistics() {
    }

    /** Sobel's first-order standard error of a·b: √(b² s_a² + a² s_b²). */
    public static double sobelSe(double a, double sa, double b, double sb) {
        return Math.sqrt(firstOrder(a, sa, b, sb));
    }

    /** Aroian's second-order standard error of a·b: √(b² s_a² + a² s_b² + s_a² s_b²). */
    public static double aroianSe(double a, double sa, double b, double sb) {
        return Math.sqrt(firstOrder(a, sa, b, sb) + sa * sa * sb * sb);
    }

    /** Goodman's standard error of a·b: √(b² s_a² + a² s_b² − s_a² s_b²), NaN when that is not positive. */
    public static double goodmanSe(double a, double sa, double b, double sb) {
        double v = firstOrder(a, sa, b, sb) - sa * sa * sb * sb;
        return v > 0 ? Math.sqrt(v) : Double.NaN;
    }

    private static double firstOrder(double a, double sa, double b, double sb) {
        return b * b * sa * sa + a * a * sb * sb;
    }

    /** z = estimate / se (NaN when se is not positive). */
    public static double z(double estimate, double se) {
        return se > 0 ? estimate / se : Double.NaN;
    }

    /** Two-sided standard-normal p-value of z. */
    public static double normalP(double z) {
        return Distributions.normalTwoSidedP(z);
    }

    /** The outcome of the Baron–Kenny steps. */
    public enum Verdict {
        /** A step failed (or the direct effect is not smaller than the total effect: inconsistent mediation). */
        NONE,
        /** All steps hold and the direct effect c' is still significant, same sign as c, and |c'| &lt; |c|. */
        PARTIAL,
        /** All steps hold and the direct effect c' is no longer significant. */
        COMPLETE;

        /** Lower-case name as written in results: none, partial, complete. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Baron and Kenny's (1986) causal steps, each test at level {@code alpha} (significant: p &lt; alpha):
     * <ol>
     * <li>the total effect c is significant;</li>
     * <li>the treatment → mediator path a is significant;</li>
     * <li>the mediator → outcome path b (controlling for the treatment) is significant;</li>
     * <li>then c' not significant: {@link Verdict#COMPLETE}; c' significant with the sign of c and |c'| &lt; |c|:
     * {@link Verdict#PARTIAL}; c' significant otherwise (suppression, inconsistent mediation): {@link Verdict#NONE}.</li>
     * </ol>
     * A failed step 1–3 gives {@link Verdict#NONE}. NaN p-values count as not significant.
     */
    public static Verdict baronKenny(double c, double pC, double pA, double pB, double cPrime, double pCPrime,
            double alpha) {
        return baronKenny(c, pC < alpha, pA < alpha && pB < alpha, cPrime, pCPrime < alpha);
    }

    /**
     * The same rule with the significance decisions made by the caller (several parallel mediators: {@code path}
     * = some mediator has both a and b significant).
     */
    public static Verdict baronKenny(double c, boolean totalSignificant, boolean pathSignificant, double cPrime,
            boolean directSignificant) {
        if (!totalSignificant || !pathSignificant) {
            return Verdict.NONE;
        }
        if (!directSignificant) {
            return Verdict.COMPLETE;
        }
        boolean smaller = Math.signum(cPrime) == Math.signum(c) && Math.abs(cPrime) < Math.abs(c);
        return smaller ? Verdict.PARTIAL : Verdict.NONE;
    }
}
