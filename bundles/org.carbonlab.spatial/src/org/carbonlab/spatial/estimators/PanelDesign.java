package org.carbonlab.spatial.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Effect;

/**
 * The response and regressors of a spatial panel model stacked period by period (t·N + i, W's order), checked to
 * be balanced (every unit of W in every period; the missing unit-periods are named), with the intercept dropped
 * under fixed effects.
 */
record PanelDesign(double[] y, double[][] x, List<String> labels) {
    private static final String INTERCEPT = "(Intercept)";

    static PanelDesign of(ModelFrame m, PanelFrame f, boolean fixedEffects, String formula) {
        int n = f.nEntities();
        int periods = f.hasTime() ? f.nPeriods() : 1;
        if (m.nObs() != n * periods) {
            throw new InputException(missing(m, f, n, periods));
        }
        List<String> all = m.columnLabels();
        List<Integer> keep = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            if (!(fixedEffects && INTERCEPT.equals(all.get(j)))) {
                keep.add(j);
                labels.add(all.get(j));
            }
        }
        if (keep.isEmpty()) {
            throw new InputException("the formula '" + formula + "' has no regressors");
        }
        int[] entity = m.entityIndex();
        int[] time = f.hasTime() ? m.timeIndex() : new int[m.nObs()];
        double[] yRaw = m.y();
        double[][] rows = m.x();
        double[] y = new double[n * periods];
        double[][] x = new double[keep.size()][n * periods];
        for (int r = 0; r < m.nObs(); r++) {
            int o = time[r] * n + entity[r];
            y[o] = yRaw[r];
            for (int j = 0; j < keep.size(); j++) {
                x[j][o] = rows[r][keep.get(j)];
            }
        }
        return new PanelDesign(y, x, labels);
    }

    /** A regressor without variation after the fixed effects (e.g. time-invariant under individual effects). */
    void checkVariation(SpatialPanelModel model, Effect effect) {
        if (effect == Effect.NONE) {
            return;
        }
        double[][] d = model.design(new SpatialPanelModel.Spec(SpatialPanelModel.Kind.SAR, effect, false, false,
                new int[0]));
        List<String> problems = new ArrayList<>();
        for (int j = 0; j < d.length; j++) {
            double raw = 0;
            double within = 0;
            for (int o = 0; o < d[j].length; o++) {
                raw += x[j][o] * x[j][o];
                within += d[j][o] * d[j][o];
            }
            if (!(within > 1e-20 * Math.max(raw, 1e-300))) {
                String what = switch (effect) {
                    case INDIVIDUAL -> "does not vary over time within units (time-invariant)";
                    case TIME -> "does not vary across units within periods";
                    default -> "is absorbed by the unit and period effects";
                };
                problems.add("regressor '" + labels.get(j) + "' " + what + ": it is collinear with the "
                        + effect.name().toLowerCase(java.util.Locale.ROOT) + " fixed effects; drop it or change"
                        + " effect=");
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static String missing(ModelFrame m, PanelFrame f, int n, int periods) {
        boolean[] seen = new boolean[n * periods];
        int[] e = m.entityIndex();
        int[] t = f.hasTime() ? m.timeIndex() : new int[m.nObs()];
        for (int r = 0; r < m.nObs(); r++) {
            seen[t[r] * n + e[r]] = true;
        }
        long[] ps = f.hasTime() ? f.periods() : new long[] {0};
        List<String> names = new ArrayList<>();
        int count = 0;
        for (int o = 0; o < seen.length; o++) {
            if (!seen[o]) {
                count++;
                if (names.size() < 20) {
                    names.add(f.hasTime() ? f.entityLabels().get(o % n) + "@" + ps[o / n]
                            : f.entityLabels().get(o % n));
                }
            }
        }
        return "spatial.panel needs a balanced panel: every unit of W in every period with all model variables;"
                + " the model has " + m.nObs() + " of " + n + " units x " + periods + " periods; missing"
                + (f.hasTime() ? " unit-periods (unit@period)" : " units") + " (" + count + "): "
                + String.join(", ", names) + (count > names.size() ? " ..." : "");
    }
}
