package org.carbonlab.spatial.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.WeightsUse;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.spatial.numerics.LmTests;
import org.carbonlab.spatial.numerics.Within;

/**
 * {@code spatial.lm}: LM-lag, LM-error, their robust forms and SARMA on the OLS residuals of {@code formula}: a
 * cross-section OLS, or on a balanced panel pooled OLS ({@code model=pooled}) or the within estimator
 * ({@code model=fe}, {@code effect=individual|time|twoways}) with W replaced by I_T ⊗ W (Elhorst 2014). Table
 * {@code tests} (test, statistic, df, p_value) and the statistic {@code recommendation}.
 */
public class SpatialLmEstimator implements Estimator {
    static final String ID = "spatial.lm";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.required("formula", ParameterType.FORMULA, "the OLS model, e.g. y ~ x1 + x2"));
        specs.add(ParameterSpec.choice("model", "pooled", List.of("pooled", "fe"),
                "panel data: pooled OLS or fixed effects (within); a cross-section is always OLS"));
        specs.add(ParameterSpec.choice("effect", "individual", List.of("individual", "time", "twoways"),
                "the fixed effects of model=fe"));
        specs.add(ParameterSpec.number("level", 0.05, 0.0, 1.0, "significance level of the recommendation"));
        specs.add(ParameterSpec.optional("periods", ParameterType.STRING, null,
                "panel data: the periods to use, FROM:TO (inclusive); default all. Periods in which the model has no"
                        + " complete row at all are skipped with a warning"));
        specs.addAll(SpatialInputs.weightSpecs());
        return new ParameterSchema(specs);
    }

    @Override
    public WeightsUse weightsUse() {
        return WeightsUse.REQUIRED;
    }

    @Override
    public Result estimate(EstimationContext c) {
        Parameters p = c.parameters();
        PanelFrame f = c.data();
        SpatialWeights w = SpatialInputs.prepare(c.weights(), p);
        ModelFrame m = ModelFrame.of(f, p.string("formula"));
        int n = f.nEntities();
        boolean fe = f.hasTime() && "fe".equals(p.string("model"));
        // Periods used: those in the range in which the model has at least one complete row; a period without any
        // (a regressor not yet observed) is skipped with a warning, a unit missing in a used period is an error.
        long[] all = f.hasTime() ? f.periods() : new long[] {0};
        long[] range = f.hasTime() ? SpatialInputs.periodsIn(all, p.string("periods")) : all;
        int[] position = new int[all.length];
        java.util.Arrays.fill(position, -1);
        boolean[] hasRow = new boolean[all.length];
        // indices into f (ModelFrame's own indices count only the entities and periods it uses)
        int[] rows = m.frameRows();
        int[] mTime = new int[rows.length];
        int[] entity = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            mTime[r] = f.hasTime() ? f.timeIndex(rows[r]) : 0;
            entity[r] = f.entityIndex(rows[r]);
        }
        for (int t : mTime) {
            hasRow[t] = true;
        }
        List<Long> used = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int t = 0; t < all.length; t++) {
            if (java.util.Arrays.binarySearch(range, all[t]) < 0) {
                continue;
            }
            if (hasRow[t]) {
                position[t] = used.size();
                used.add(all[t]);
            } else {
                skipped.add(Long.toString(all[t]));
            }
        }
        int periods = used.size();
        if (periods == 0) {
            throw new InputException("spatial.lm: the model '" + p.string("formula") + "' has no complete row"
                    + (p.isSet("periods") ? " in periods " + p.string("periods") : ""));
        }
        int[] time = new int[m.nObs()];
        int inUse = 0;
        for (int r = 0; r < m.nObs(); r++) {
            time[r] = position[mTime[r]];
            inUse += time[r] >= 0 ? 1 : 0;
        }
        if (inUse != n * periods) {
            throw new InputException("spatial.lm needs every entity in every period with all model variables: the"
                    + " model uses " + inUse + " rows of " + n + " entities x " + periods + " periods"
                    + " (a balanced panel without missing values)" + missingHint(entity, time, n, periods, f, used));
        }
        double[] yRaw = m.y();
        double[][] xRows = m.x();
        List<String> labels = new ArrayList<>(m.columnLabels());
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < labels.size(); j++) {
            if (!(fe && "(Intercept)".equals(labels.get(j)))) {
                keep.add(j);
            }
        }
        if (keep.isEmpty()) {
            throw new InputException("the formula '" + p.string("formula") + "' has no regressors");
        }
        double[] y = new double[n * periods];
        double[][] x = new double[keep.size()][n * periods];
        for (int r = 0; r < m.nObs(); r++) {
            if (time[r] < 0) {
                continue;
            }
            int o = time[r] * n + entity[r];
            y[o] = yRaw[r];
            for (int j = 0; j < keep.size(); j++) {
                x[j][o] = xRows[r][keep.get(j)];
            }
        }
        Within.Effect effect = switch (p.string("effect")) {
            case "time" -> Within.Effect.TIME;
            case "twoways" -> Within.Effect.TWOWAYS;
            default -> Within.Effect.INDIVIDUAL;
        };
        if (fe) {
            y = Within.demean(y, n, periods, effect);
            for (int j = 0; j < x.length; j++) {
                x[j] = Within.demean(x[j], n, periods, effect);
            }
        }
        LmTests.Result lm;
        try {
            lm = LmTests.compute(y, x, w, periods);
        } catch (IllegalArgumentException e) {
            throw new InputException("spatial.lm: " + e.getMessage() + " in '" + p.string("formula") + "'"
                    + (fe ? " after removing the fixed effects (a regressor constant within entities or periods"
                            + " is absorbed)" : ""));
        }
        ResultTable tests = new ResultTable(List.of("test", "statistic", "df", "p_value"));
        for (LmTests.Test t : lm.all()) {
            tests.addRow(t.name(), t.statistic(), t.df(), t.pValue());
        }
        ResultTable coefficients = new ResultTable(List.of("term", "estimate"));
        for (int j = 0; j < keep.size(); j++) {
            coefficients.addRow(labels.get(keep.get(j)), lm.coefficients()[j]);
        }
        Result r = new Result(ID).table("tests", tests).table("coefficients", coefficients);
        if (!skipped.isEmpty()) {
            r.warn("the model has no complete row in " + skipped.size() + " period(s), skipped: "
                    + String.join(", ", skipped));
        }
        if (f.hasTime()) {
            r.statistic("periods", used.get(0) + ":" + used.get(used.size() - 1));
        }
        r.statistic("recommendation", LmTests.recommendation(lm, p.number("level")));
        r.statistic("model", !f.hasTime() ? "cross-section OLS" : fe ? "fixed effects (" + p.string("effect")
                + ", within)" : "pooled OLS");
        r.statistic("weights_in_tests", periods > 1 ? "I_T x W" : "W");
        r.statistic("sigma2", lm.sigma2());
        r.statistic("trace", lm.trace());
        r.statistic("n_obs", n * periods);
        r.statistic("standardisation", w.standardisation().label());
        return r;
    }

    private static String missingHint(int[] e, int[] t, int n, int periods, PanelFrame f, List<Long> used) {
        if (!f.hasTime()) {
            return "";
        }
        boolean[] seen = new boolean[n * periods];
        for (int r = 0; r < e.length; r++) {
            if (t[r] >= 0) {
                seen[t[r] * n + e[r]] = true;
            }
        }
        for (int o = 0; o < seen.length; o++) {
            if (!seen[o]) {
                return "; e.g. entity '" + f.entityLabels().get(o % n) + "' in period " + used.get(o / n)
                        + " is missing";
            }
        }
        return "";
    }
}
