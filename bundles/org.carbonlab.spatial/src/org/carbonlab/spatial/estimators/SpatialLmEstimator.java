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
        int periods = f.hasTime() ? f.nPeriods() : 1;
        boolean fe = f.hasTime() && "fe".equals(p.string("model"));
        if (m.nObs() != n * periods) {
            throw new InputException("spatial.lm needs every entity in every period with all model variables: the"
                    + " model uses " + m.nObs() + " rows of " + n + " entities x " + periods + " periods"
                    + " (a balanced panel without missing values)" + missingHint(m, n, periods, f));
        }
        int[] entity = m.entityIndex();
        int[] time = f.hasTime() ? m.timeIndex() : new int[m.nObs()];
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

    private static String missingHint(ModelFrame m, int n, int periods, PanelFrame f) {
        if (!f.hasTime()) {
            return "";
        }
        boolean[] seen = new boolean[n * periods];
        int[] e = m.entityIndex();
        int[] t = m.timeIndex();
        for (int r = 0; r < m.nObs(); r++) {
            seen[t[r] * n + e[r]] = true;
        }
        long[] ps = f.periods();
        for (int o = 0; o < seen.length; o++) {
            if (!seen[o]) {
                return "; e.g. entity '" + f.entityLabels().get(o % n) + "' in period " + ps[o / n] + " is missing";
            }
        }
        return "";
    }
}
