package org.carbonlab.panel.numerics;

import java.io.Serializable;
import java.util.function.UnaryOperator;

/**
 * The exact projection off entity and period dummies (M = I - D(D'D)^-D'), built once and applied to many vectors:
 * the same projection {@link FixedEffects#fit} uses for {@link PanelEffect#TWOWAYS}, so a vector transformed here is
 * the one the within fit sees. Resampling procedures (wild bootstrap, placebo draws) apply it per draw. Serialised
 * as its codes (placebo draws may run on other machines) and rebuilt from them, so it projects exactly as before.
 */
public final class TwoWayAnnihilator implements UnaryOperator<double[]>, Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] entity;
    private final int[] time;
    private final transient EffectsProjector projector;

    private TwoWayAnnihilator(int[] entity, int[] time, EffectsProjector projector) {
        this.entity = entity;
        this.time = time;
        this.projector = projector;
    }

    /** The annihilator of entity and period dummies for rows with these codes (non-negative integers). */
    public static TwoWayAnnihilator of(int[] entity, int[] time) {
        int n = entity.length;
        Codes ent = Codes.of(entity, n, "entity");
        Codes per = Codes.of(time, n, "time");
        // as FixedEffects: demean by the factor with more levels, partial out the dummies of the other
        return new TwoWayAnnihilator(entity.clone(), time.clone(), ent.levels >= per.levels
                ? new EffectsProjector(ent, per) : new EffectsProjector(per, ent));
    }

    /** A deserialised annihilator is built again from its codes (the projector itself is not serialised). */
    private Object readResolve() {
        return of(entity, time);
    }

    @Override
    public double[] apply(double[] v) {
        return projector.residualize(v);
    }
}
