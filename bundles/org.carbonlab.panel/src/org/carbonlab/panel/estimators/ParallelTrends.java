package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/**
 * The table {@code trends} of the DID estimators: the mean outcome per period of ever-treated and never-treated
 * units over the rows the TWFE regression used (the raw parallel-trends picture), with the policy period(s) in the
 * statistics {@code policy_period} (the first start) and {@code policy_periods}.
 */
final class ParallelTrends {
    private ParallelTrends() {
    }

    /**
     * Adds {@code tables.trends} to {@code result}. With {@code residualiseExcept} non-null the outcome is first
     * reduced by the fitted contribution of every slope whose label does not start with it (the controls, leaving
     * out the treatment terms); null keeps the raw outcome.
     */
    static void addTo(Result result, PanelFrame data, TwfeModel twfe, TreatmentAssignment assignment,
            String residualiseExcept) {
        double[] y = twfe.mf.y().clone();
        if (residualiseExcept != null) {
            double[] b = twfe.fit.coefficients();
            for (int j = 0; j < twfe.labels.size(); j++) {
                if (twfe.labels.get(j).startsWith(residualiseExcept) || Double.isNaN(b[j])) {
                    continue;
                }
                for (int i = 0; i < y.length; i++) {
                    y[i] -= b[j] * twfe.slopes[i][j];
                }
            }
        }
        int[] rows = twfe.mf.frameRows();
        PanelFrame frame = twfe.mf.data();
        TreeMap<Long, double[]> sums = new TreeMap<>(); // per period: treated sum, count, control sum, count
        for (int i = 0; i < rows.length; i++) {
            int entity = data.entityLabels().indexOf(frame.entityLabel(rows[i]));
            boolean treated = assignment.start()[entity] != null;
            double[] s = sums.computeIfAbsent(frame.time(rows[i]), k -> new double[4]);
            s[treated ? 0 : 2] += y[i];
            s[treated ? 1 : 3] += 1;
        }
        ResultTable t = new ResultTable(List.of("time", "group", "mean", "n"));
        for (var e : sums.entrySet()) {
            double[] s = e.getValue();
            if (s[1] > 0) {
                t.addRow(e.getKey(), "treated", s[0] / s[1], (int) s[1]);
            }
            if (s[3] > 0) {
                t.addRow(e.getKey(), "control", s[2] / s[3], (int) s[3]);
            }
        }
        result.table("trends", t);
        List<Long> starts = new ArrayList<>(
                new TreeSet<>(Arrays.stream(assignment.start()).filter(Objects::nonNull).toList()));
        if (!starts.isEmpty()) {
            result.statistic("policy_period", starts.get(0));
            result.statistic("policy_periods", starts);
        }
        result.statistic("trends_outcome", residualiseExcept != null ? "residualised on the controls" : "raw outcome");
    }
}
