package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.Formula;

/**
 * The outcome as a balanced units × periods matrix with each unit's group (index of its first treated period, −1
 * never treated): what the group-time ATTs and the Bacon decomposition work on. Units with a missing outcome or a
 * missing period are left out (as did's balancing does) and named in a warning.
 */
record OutcomePanel(double[][] y, int[] group, List<String> units, long[] periods, List<String> dropped) {

    static OutcomePanel of(PanelFrame data, String formula, TreatmentAssignment assignment) {
        double[] v = Formula.parse(formula).response().evaluate(data);
        long[] all = data.periods();
        // periods where no unit has the outcome (e.g. a series that starts later) are not part of the panel
        boolean[] observed = new boolean[all.length];
        for (int r = 0; r < v.length; r++) {
            if (Double.isFinite(v[r])) {
                observed[data.timeIndex(r)] = true;
            }
        }
        int[] column = new int[all.length];
        List<Long> kept = new ArrayList<>();
        for (int t = 0; t < all.length; t++) {
            column[t] = observed[t] ? kept.size() : -1;
            if (observed[t]) {
                kept.add(all[t]);
            }
        }
        long[] periods = kept.stream().mapToLong(Long::longValue).toArray();
        List<double[]> rows = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int e = 0; e < data.nEntities(); e++) {
            double[] row = new double[periods.length];
            boolean[] seen = new boolean[periods.length];
            for (int r = data.firstRow(e); r < data.endRow(e); r++) {
                int c = column[data.timeIndex(r)];
                if (c >= 0 && Double.isFinite(v[r])) {
                    row[c] = v[r];
                    seen[c] = true;
                }
            }
            boolean complete = true;
            for (boolean b : seen) {
                complete &= b;
            }
            if (!complete) {
                dropped.add(data.entityLabels().get(e));
                continue;
            }
            Long s = assignment.start()[e];
            int g = -1;
            if (s != null) {
                g = 0;
                while (g < periods.length && periods[g] < s) {
                    g++;
                }
                if (g == periods.length) {
                    g = -1; // first treated after the last period with data: never treated within the panel
                }
            }
            rows.add(row);
            groups.add(g);
            units.add(data.entityLabels().get(e));
        }
        if (rows.size() < 2 || periods.length < 2) {
            throw new InputException("the outcome " + Formula.parse(formula).responseLabel() + " is complete in all "
                    + periods.length + " periods with data for " + rows.size() + " unit(s) only; group-time "
                    + "estimates need a balanced panel");
        }
        return new OutcomePanel(rows.toArray(double[][]::new), groups.stream().mapToInt(Integer::intValue).toArray(),
                units, periods, dropped);
    }

    /** A warning naming the units left out, or null. */
    String droppedWarning(String what) {
        if (dropped.isEmpty()) {
            return null;
        }
        return what + ": left out " + dropped.size() + " unit(s) without a complete outcome in every period: "
                + String.join(", ", dropped.subList(0, Math.min(10, dropped.size())))
                + (dropped.size() > 10 ? ", ..." : "");
    }
}
