package org.carbonlab.panel.numerics;

import org.carbonlab.core.inference.Distributions;

/**
 * Marginal effects of a treatment x moderated by z in y = b1 x + b2 z + b3 x·z + …, by the delta method (numbers in,
 * numbers out): at z = m the effect is dy/dx = b1 + b3 m with variance V11 + m² V33 + 2 m V13, where V is the
 * covariance of (b1, b3) from the fitted model (classical, robust or clustered, as the caller chose). Statistics are
 * effect/se; p-values and intervals use Student t with the model's degrees of freedom ({@code +Infinity} = normal).
 */
public final class ModerationEffects {

    private ModerationEffects() {
    }

    /** One row of the marginal-effects table. */
    public record Effect(double at, double effect, double stdError, double statistic, double pValue, double confLow,
            double confHigh) {
    }

    /**
     * @param b1    coefficient of the treatment (its effect where the moderator term is zero)
     * @param b3    coefficient of the interaction
     * @param v11   variance of b1
     * @param v33   variance of b3
     * @param v13   covariance of b1 and b3
     * @param at    moderator values, in the units of the moderator term as it enters the model
     * @param df    t degrees of freedom of the model's p-values
     * @param level confidence level of the intervals
     */
    public static Effect[] at(double b1, double b3, double v11, double v33, double v13, double[] at, double df,
            double level) {
        double crit = Distributions.tCritical(level, df);
        Effect[] out = new Effect[at.length];
        for (int k = 0; k < at.length; k++) {
            double m = at[k];
            double effect = b1 + b3 * m;
            double var = v11 + m * m * v33 + 2 * m * v13;
            double se = var >= 0 ? Math.sqrt(var) : Double.NaN;
            double t = effect / se;
            out[k] = new Effect(m, effect, se, t, Distributions.tTwoSidedP(t, df), effect - crit * se,
                    effect + crit * se);
        }
        return out;
    }
}
