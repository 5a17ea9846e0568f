package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;

/**
 * {@code by=COLUMN} for multi-equation estimators (panel.mediation, panel.stepwise): the whole analysis is run
 * again on the rows of each group (as {@code subset=COLUMN == "g"} would; lags therefore reach only rows of
 * the group, which for a group column constant within entity is the full history), and its models, tables and
 * statistics are added to the full-sample result named by the group: models {@code g: name}, tables
 * {@code name_by_g}, statistics {@code by.g.key}. A group that cannot be estimated is skipped with a warning.
 * Groups are sorted as in {@link ByGroupModels}.
 */
final class ByGroupRuns {
    private ByGroupRuns() {
    }

    /** The {@code by} parameter of these estimators. */
    static org.carbonlab.core.estimator.ParameterSpec byParameter() {
        return org.carbonlab.core.estimator.ParameterSpec.optional(PanelParameters.BY,
                org.carbonlab.core.estimator.ParameterType.COLUMN, null,
                "column whose values define groups (e.g. region): the analysis is run again on each group's rows; "
                        + "its models are added as 'GROUP: model', its tables as NAME_by_GROUP and its statistics as "
                        + "by.GROUP.KEY (groups that cannot be estimated are skipped with a warning); the main "
                        + "results stay those of the full sample");
    }

    /** Adds the per-group runs of {@code one} to {@code main} when {@code by} is set. */
    static Result add(Result main, EstimationContext context, Function<EstimationContext, Result> one) {
        Parameters p = context.parameters();
        if (!p.isSet(PanelParameters.BY)) {
            return main;
        }
        String by = p.string(PanelParameters.BY);
        PanelFrame data = context.data();
        if (!data.hasColumn(by)) {
            throw new InputException("by: column '" + by + "' not found in the data");
        }
        String[] values = data.text(by);
        Set<String> present = new LinkedHashSet<>();
        int missing = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                missing++;
            } else {
                present.add(v);
            }
        }
        if (missing > 0) {
            main.warn("by " + by + ": " + missing + " rows have no value of " + by + "; they are in no group");
        }
        List<String> skipped = new ArrayList<>();
        for (String g : ByGroupModels.sortGroups(present)) {
            context.monitor().checkCanceled();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (g.equals(values[i])) {
                    rows.add(i);
                }
            }
            PanelFrame sub = data.subset(rows.stream().mapToInt(Integer::intValue).toArray());
            Result rg;
            try {
                rg = one.apply(new EstimationContext(sub, p, context.monitor(), context.seed(), Map.of()));
            } catch (EstimationException | InputException e) {
                skipped.add("'" + g + "' (" + e.getMessage() + ")");
                continue;
            }
            for (ModelResult m : rg.models()) {
                main.models().add(m.name(g + ": " + m.name()));
            }
            String suffix = "_by_" + g.replaceAll("[^A-Za-z0-9_]+", "_");
            rg.tables().forEach((name, table) -> main.table(name + suffix, table));
            rg.statistics().forEach((key, value) -> main.statistic("by." + g + "." + key, value));
            rg.warnings().forEach(w -> main.warn("by " + by + "=" + g + ": " + w));
        }
        if (!skipped.isEmpty()) {
            main.warn("by " + by + ": skipped " + skipped.size() + " group(s) that could not be estimated: "
                    + String.join("; ", skipped));
        }
        return main;
    }
}
