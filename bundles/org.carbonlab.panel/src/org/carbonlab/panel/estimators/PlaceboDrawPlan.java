package org.carbonlab.panel.estimators;

import java.io.Serializable;
import java.util.function.IntFunction;

import org.carbonlab.core.tasks.TaskPlan;
import org.carbonlab.panel.numerics.TreatmentRefit;

/**
 * The placebo draws of {@code panel.placebo} as independent tasks: draw b reassigns the start periods with the random
 * stream {@code DrawStreams.of(seed, b)} ({@link StartDraw}), builds the treatment dummy of the estimation rows and
 * refits the treatment coefficient on the pre-factored design; its result is {estimate, standard error}. Holds only
 * numbers (codes of the rows, the refit), so the draws can run on other machines with the same results.
 */
final class PlaceboDrawPlan implements TaskPlan<double[]> {
    private static final long serialVersionUID = 1L;

    /** The start period of every entity (null = never treated) in draw b. */
    interface StartDraw extends IntFunction<Long[]>, Serializable {
    }

    private final int reps;
    private final StartDraw starts;
    private final int[] entityOfRow;
    private final long[] timeOfRow;
    private final TreatmentRefit refit;

    /**
     * @param entityOfRow entity index (into the drawn start periods) of each estimation row
     * @param timeOfRow   period of each estimation row
     */
    PlaceboDrawPlan(int reps, StartDraw starts, int[] entityOfRow, long[] timeOfRow, TreatmentRefit refit) {
        this.reps = reps;
        this.starts = starts;
        this.entityOfRow = entityOfRow;
        this.timeOfRow = timeOfRow;
        this.refit = refit;
    }

    @Override
    public int size() {
        return reps;
    }

    @Override
    public double[] run(int b) {
        Long[] s = starts.apply(b);
        double[] d = new double[entityOfRow.length];
        for (int i = 0; i < d.length; i++) {
            Long start = s[entityOfRow[i]];
            d[i] = start != null && timeOfRow[i] >= start ? 1 : 0;
        }
        TreatmentRefit.Fit f = refit.fit(d);
        return new double[] {f.estimate(), f.se()};
    }
}
