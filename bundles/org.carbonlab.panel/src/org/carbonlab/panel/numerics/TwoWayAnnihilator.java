package org.carbonlab.panel.numerics;

import java.util.function.UnaryOperator;

/**
 * The exact projection off entity and period dummies (M = I - D(D'D)^-D'), built once and applied to many vectors:
 * the same projection {@link FixedEffects#fit} uses for {@link PanelEffect#TWOWAYS}, so a vector transformed here is
 * the one the within fit sees. Resampling procedures (wild bootstrap, placebo draws) apply it per draw.
 */
public final class TwoWayAnnihilator implements UnaryOperator<double[]> {
    private final EffectsProjector projector;

    private TwoWayAnnihilator(EffectsProjector projector) {
        this.projector = projector;
    }

    /** The annihilator of entity and period dummies for rows with these codes (non-negative integers). */
    public static TwoWayAnnihilator of(int[] entity, int[] time) {
        int n = entity.length;
        Codes ent = Codes.of(entity, n, "entity");
        Codes per = Codes.of(time, n, "time");
        // as FixedEffects: demean by the factor with more levels, partial out the dummies of the other
        return new TwoWayAnnihilator(ent.levels >= per.levels ? new EffectsProjector(ent, per)
                : new EffectsProjector(per, ent));
    }

    @Override
    public double[] apply(double[] v) {
        return projector.residualize(v);
    }
}
