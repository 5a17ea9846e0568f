package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;

/**
 * One variable of a panel as one consecutive series per entity, for unit-root tests: missing values at the start or
 * end of an entity's series are trimmed (the panel becomes unbalanced), a gap inside one is an error naming the
 * entity and the periods; optionally first-differenced and/or cross-sectionally demeaned (each period's mean over
 * the entities observed then is subtracted).
 */
record UnitSeries(double[][] series, List<String> entities, boolean balanced, int observations,
        List<String> warnings) {

    int shortest() {
        int m = Integer.MAX_VALUE;
        for (double[] s : series) {
            m = Math.min(m, s.length);
        }
        return m;
    }

    static UnitSeries of(PanelFrame data, double[] values, String variable, boolean difference, boolean demean) {
        long[] periods = data.periods();
        if (periods.length < 2) {
            throw new InputException("panel.unitroot needs at least 2 periods; " + data.origin() + " has "
                    + periods.length + " in " + data.timeColumn());
        }
        long step = periods[1] - periods[0];
        for (int s = 2; s < periods.length; s++) {
            if (periods[s] - periods[s - 1] != step) {
                throw new InputException("the periods of " + data.timeColumn() + " are not equally spaced ("
                        + periods[s - 2] + ", " + periods[s - 1] + ", " + periods[s] + "): unit-root regressions "
                        + "need consecutive periods");
            }
        }
        int n = data.nEntities();
        int t = periods.length;
        double[][] grid = new double[n][t];
        for (double[] row : grid) {
            Arrays.fill(row, Double.NaN);
        }
        for (int r = 0; r < data.rows(); r++) {
            grid[data.entityIndex(r)][data.timeIndex(r)] = values[r];
        }
        List<String> labels = data.entityLabels();
        List<String> warnings = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int[] start = new int[n];
        double[][] series = new double[n][];
        int trimmed = 0;
        for (int i = 0; i < n; i++) {
            int a = 0;
            while (a < t && Double.isNaN(grid[i][a])) {
                a++;
            }
            int b = t - 1;
            while (b >= a && Double.isNaN(grid[i][b])) {
                b--;
            }
            if (a > b) {
                throw new InputException("variables: " + variable + " is missing in every period of entity '"
                        + labels.get(i) + "'");
            }
            if (a > 0 || b < t - 1) {
                trimmed++;
            }
            List<Long> missing = new ArrayList<>();
            for (int s = a; s <= b; s++) {
                if (Double.isNaN(grid[i][s])) {
                    missing.add(periods[s]);
                }
            }
            if (!missing.isEmpty()) {
                gaps.add("entity '" + labels.get(i) + "' has no value of " + variable + " in " + data.timeColumn()
                        + " " + (missing.size() > 6 ? missing.subList(0, 6) + " ..." : missing.toString())
                        + " inside its series (" + periods[a] + ".." + periods[b] + ")");
            }
            start[i] = a;
            series[i] = Arrays.copyOfRange(grid[i], a, b + 1);
        }
        if (!gaps.isEmpty()) {
            List<String> problems = new ArrayList<>(gaps);
            problems.add("unit-root regressions need consecutive periods: fill or interpolate the gaps, or drop "
                    + "those entities");
            throw new InputException(problems);
        }
        if (trimmed > 0) {
            warnings.add(variable + ": " + trimmed + " entit" + (trimmed == 1 ? "y's series starts late or ends early"
                    : "ies' series start late or end early") + " (missing values at the ends were dropped); the "
                    + "panel is unbalanced");
        }
        if (difference) {
            for (int i = 0; i < n; i++) {
                double[] y = series[i];
                double[] dy = new double[Math.max(0, y.length - 1)];
                for (int s = 1; s < y.length; s++) {
                    dy[s - 1] = y[s] - y[s - 1];
                }
                series[i] = dy;
                start[i]++;
            }
        }
        if (demean) {
            double[] sum = new double[t];
            int[] count = new int[t];
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < series[i].length; s++) {
                    sum[start[i] + s] += series[i][s];
                    count[start[i] + s]++;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < series[i].length; s++) {
                    series[i][s] -= sum[start[i] + s] / count[start[i] + s];
                }
            }
        }
        List<String> constant = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] y = series[i];
            boolean varies = false;
            for (int s = 1; s < y.length && !varies; s++) {
                varies = y[s] != y[0];
            }
            if (!varies && constant.size() < 10) {
                constant.add("variables: " + variable + (difference ? " (first difference)" : "") + " does not vary "
                        + "within entity '" + labels.get(i) + "' (" + y.length + " periods): a unit-root regression "
                        + "needs a varying series; drop the entity or the variable");
            }
        }
        if (!constant.isEmpty()) {
            throw new InputException(constant);
        }
        boolean balanced = true;
        int obs = 0;
        for (double[] s : series) {
            balanced &= s.length == series[0].length;
            obs += s.length;
        }
        return new UnitSeries(series, labels, balanced, obs, warnings);
    }
}
