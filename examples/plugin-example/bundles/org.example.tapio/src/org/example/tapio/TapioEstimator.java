package org.example.tapio;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;

/**
 * Tapio decoupling index (example.tapio): per entity, the decoupling elasticity e = %ΔCO2 / %ΔGDP between
 * consecutive observed periods or between the first and last, and its Tapio state. Rows with a missing value
 * in either column are skipped (and named in a warning), so a gap joins the periods around it.
 */
public final class TapioEstimator implements Estimator {
    static final String CONSECUTIVE = "consecutive";
    static final String BASE_END = "base-end";

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required("emissions", ParameterType.COLUMN, "emissions (or any environmental pressure) column"),
                ParameterSpec.required("gdp", ParameterType.COLUMN, "GDP (or any economic driving force) column"),
                ParameterSpec.choice("span", CONSECUTIVE, List.of(CONSECUTIVE, BASE_END),
                        "compare consecutive observed periods, or each entity's first and last"));
    }

    @Override
    public List<String> validate(EstimationContext c) {
        PanelFrame f = c.data();
        List<String> problems = new ArrayList<>(f.checkNumeric(
                List.of(c.parameters().string("emissions"), c.parameters().string("gdp"))));
        if (!problems.isEmpty()) {
            return problems;
        }
        for (String column : List.of(c.parameters().string("emissions"), c.parameters().string("gdp"))) {
            double[] v = f.numeric(column);
            for (int row = 0; row < f.rows(); row++) {
                if (v[row] <= 0) { // growth rates need a positive base
                    problems.add("column '" + column + "' must be positive for growth rates; it is " + v[row]
                            + " at " + f.describe(row));
                }
            }
        }
        return problems;
    }

    @Override
    public Result estimate(EstimationContext c) {
        PanelFrame f = c.data();
        double[] co2 = f.numeric(c.parameters().string("emissions"));
        double[] gdp = f.numeric(c.parameters().string("gdp"));
        boolean baseEnd = BASE_END.equals(c.parameters().string("span"));
        Result result = new Result("example.tapio");
        ResultTable table = new ResultTable(List.of("entity", "from", "to", "emissions_growth_pct", "gdp_growth_pct",
                "elasticity", "state"));
        Map<TapioState, Integer> counts = new EnumMap<>(TapioState.class);
        c.monitor().begin("Tapio decoupling", f.nEntities());
        for (int entity = 0; entity < f.nEntities(); entity++) {
            c.monitor().checkCanceled();
            List<Integer> rows = new ArrayList<>();
            for (int row = f.firstRow(entity); row < f.endRow(entity); row++) {
                if (Double.isNaN(co2[row]) || Double.isNaN(gdp[row])) {
                    result.warn("skipped " + f.describe(row) + ": emissions or GDP missing");
                } else {
                    rows.add(row);
                }
            }
            List<int[]> pairs = new ArrayList<>();
            if (baseEnd && rows.size() >= 2) {
                pairs.add(new int[] {rows.get(0), rows.get(rows.size() - 1)});
            } else if (!baseEnd) {
                for (int i = 1; i < rows.size(); i++) {
                    pairs.add(new int[] {rows.get(i - 1), rows.get(i)});
                }
            }
            if (rows.size() < 2) {
                result.warn("entity '" + f.entityLabels().get(entity) + "' has fewer than two complete periods");
            }
            for (int[] p : pairs) {
                double dCo2 = co2[p[1]] / co2[p[0]] - 1;
                double dGdp = gdp[p[1]] / gdp[p[0]] - 1;
                TapioState state = TapioState.of(dCo2, dGdp);
                double elasticity = state == TapioState.UNDEFINED ? Double.NaN : dCo2 / dGdp;
                table.addRow(f.entityLabel(p[0]), f.time(p[0]), f.time(p[1]), 100 * dCo2, 100 * dGdp, elasticity,
                        state.label());
                counts.merge(state, 1, Integer::sum);
            }
            c.monitor().worked(1);
        }
        ResultTable states = new ResultTable(List.of("state", "count"));
        counts.forEach((state, n) -> states.addRow(state.label(), n));
        result.statistic("pairs", table.rows().size());
        return result.table("decoupling", table).table("states", states);
    }
}
