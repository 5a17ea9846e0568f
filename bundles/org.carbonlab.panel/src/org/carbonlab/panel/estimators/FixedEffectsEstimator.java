package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.inference.RobustMeaning;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.panel.numerics.FitOptions;
import org.carbonlab.panel.numerics.FixedEffects;
import org.carbonlab.panel.numerics.FixedEffectsResult;
import org.carbonlab.panel.numerics.PanelEffect;
import org.carbonlab.panel.numerics.StataConstant;

/**
 * {@code panel.fe}: the within estimator (Stata {@code xtreg, fe}; plm {@code model="within"}),
 * with entity, time or two-way effects on balanced or unbalanced panels.
 */
public class FixedEffectsEstimator implements Estimator {

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(PanelParameters.formula(),
                ParameterSpec.choice(PanelParameters.EFFECT, "individual", List.of("individual", "time", "twoways"),
                        "fixed effects absorbed: individual (entity), time (period) or twoways (both)"))
                .with(CovarianceParameters.all("clustered by entity, as Stata's xtreg, fe vce(robust) and plm's vcovHC"))
                .with(List.of(PanelParameters.focal(), PanelParameters.by(), PanelParameters.byTest()));
    }

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>(RegressionBinding.crossSectionProblems(context.data(), "panel.fe", true));
        problems.addAll(RegressionWorkflow.validate(context));
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        return RegressionWorkflow.estimate(context, FixedEffectsEstimator::fit);
    }

    /**
     * The within fit of an evaluated design with this estimator's options ({@code effect}, {@code vcov},
     * {@code cluster}, {@code ssc}, {@code level}); multi-equation estimators (mediation, moderation) fit each
     * equation through here.
     */
    static Result fit(ModelFrame mf, Parameters p) {
        String effectName = p.string(PanelParameters.EFFECT);
        PanelEffect effect = switch (effectName) {
            case "time" -> PanelEffect.TIME;
            case "twoways" -> PanelEffect.TWOWAYS;
            default -> PanelEffect.INDIVIDUAL;
        };
        // The within transformation removes the constant: fit the slopes only (column by column: no row arrays).
        List<String> allLabels = mf.columnLabels();
        int offset = mf.hasIntercept() ? 1 : 0;
        List<String> labels = new ArrayList<>(allLabels.subList(offset, allLabels.size()));
        double[][] slopes = new double[labels.size()][];
        for (int j = 0; j < slopes.length; j++) {
            slopes[j] = mf.column(offset + j);
        }
        int[] entity = mf.entityIndex();
        int[] time = mf.timeIndex();
        int absorbed = switch (effect) {
            case INDIVIDUAL -> mf.nEntities();
            case TIME -> mf.nPeriods();
            case TWOWAYS -> mf.nEntities() + mf.nPeriods() - 1;
        };
        RegressionBinding.checkObservations(mf, absorbed + labels.size());
        if (labels.isEmpty()) {
            throw new EstimationException("the formula " + mf.formula().text() + " has no regressors to estimate");
        }
        FixedEffectsResult fit = FixedEffects.fitColumns(mf.y(), slopes, entity, time, effect,
                FitOptions.defaults().withConfidenceLevel(p.number(PanelParameters.LEVEL)));
        if (fit.keptColumns().length == 0) {
            throw new EstimationException("every regressor of " + mf.formula().text()
                    + " is absorbed by the fixed effects or collinear; nothing to estimate");
        }

        Result result = new Result("panel.fe");
        mf.warnings().forEach(result::warn);
        RegressionBinding.warnDropped(result, labels, fit.droppedColumns(), fit.dropReasons());
        if (!mf.balanced()) {
            result.warn("unbalanced panel: " + mf.nObs() + " observations for " + mf.nEntities() + " entities and "
                    + mf.nPeriods() + " periods");
        }

        CovarianceSpec covariance = CovarianceSpec.from(p, mf.data(), RobustMeaning.CLUSTERED_BY_ENTITY);
        int[] clusters = covariance.clusterCodes(mf);
        CoefficientTable table = clusters == null ? fit.classical() : fit.cluster(clusters, covariance.clusterCorrection());
        RegressionBinding.addCoefficients(result, labels, table);
        if (mf.hasIntercept()) {
            result.addCoefficient(stataConstant(fit, effect, slopes, entity, time, mf.nPeriods(), clusters, table));
        }

        result.data(RegressionBinding.dataSummary(mf));
        result.statistic("dependent", mf.responseLabel());
        result.statistic("n_obs", fit.nObs());
        result.statistic("n_entities", mf.nEntities());
        result.statistic("n_periods", mf.nPeriods());
        result.statistic("df_resid", fit.dfResid());
        result.statistic("r2_within", fit.r2Within());
        result.statistic("adj_r2_within", fit.adjR2WithinPlm());
        // R² of the same model with the effects as explicit dummies (lm with factors; reghdfe's r2, r2_a)
        double tss = totalSumOfSquares(mf.y());
        double r2Dummies = tss > 0 ? 1 - fit.ssr() / tss : Double.NaN;
        result.statistic("r2_lsdv", r2Dummies);
        result.statistic("adj_r2_lsdv",
                fit.dfResid() > 0 ? 1 - (1 - r2Dummies) * (fit.nObs() - 1.0) / fit.dfResid() : Double.NaN);
        result.statistic("r2_between", fit.stataR2Between());
        result.statistic("r2_overall", fit.stataR2Overall());
        result.statistic("sigma", fit.sigma());
        result.statistic("ssr", fit.ssr());
        result.statistic("tss_within", fit.tssWithin());
        result.statistic("effect", effectName);
        result.statistic("absorbed_parameters", fit.absorbedParameters());
        RegressionBinding.recordInference(result, covariance, table);
        if (clusters != null) {
            result.statistic("ssc_factor", table.smallSampleFactor());
            if (table.smallSampleK() >= 0) {
                result.statistic("ssc_k", table.smallSampleK());
            }
        }
        boolean classical = clusters == null;
        double f = classical ? fit.fStatistic() : table.waldF();
        double df1 = classical ? fit.fDf1() : table.waldDf1();
        double df2 = classical ? fit.fDf2() : table.waldDf2();
        double fp = classical ? fit.fPValue() : table.waldP();
        result.statistic("f", f);
        result.statistic("f_df1", df1);
        result.statistic("f_df2", df2);
        result.statistic("f_p", fp);
        result.addTest(TestResult.f("f_slopes", f, df1, df2, fp));
        result.addTest(TestResult.f("f_effects", fit.effectsF(), fit.effectsDf1(), fit.effectsDf2(), fit.effectsP())
                .with("null", "all " + effectName + " fixed effects are zero (pooled OLS is adequate)"));

        result.table("fixed_effects", effectsTable(fit, effect, mf));
        return result;
    }

    private static double totalSumOfSquares(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return ss;
    }

    /** Stata's _cons = ȳ − x̄'b (plus the period dummies' part under two-way effects) with its SE. */
    private static Coefficient stataConstant(FixedEffectsResult fit, PanelEffect effect, double[][] slopes, int[] entity,
            int[] time, int nPeriods, int[] clusters, CoefficientTable table) {
        int[] kept = fit.keptColumns();
        int dummies = effect == PanelEffect.TWOWAYS ? nPeriods - 1 : 0;
        double[][] explicit = new double[kept.length][];
        for (int j = 0; j < kept.length; j++) {
            explicit[j] = slopes[kept[j]];
        }
        int[] group = effect == PanelEffect.TIME ? time : entity;
        double variance = StataConstant.varianceOfColumns(explicit, group, dummies > 0 ? time : null, dummies, fit.residuals(),
                fit.sigma2(), clusters, clusters == null ? Double.NaN : table.smallSampleFactor());
        double estimate = fit.stataCons();
        double se = Math.sqrt(variance);
        double df = table.pValueDf();
        double t = estimate / se;
        double crit = Distributions.tCritical(table.confidenceLevel(), df);
        return new Coefficient(Formula.INTERCEPT, estimate, se, t, Distributions.tTwoSidedP(t, df), estimate - crit * se,
                estimate + crit * se);
    }

    /** The estimated effects (entity intercepts, period effects) as a table, for inspection and plots. */
    private static ResultTable effectsTable(FixedEffectsResult fit, PanelEffect effect, ModelFrame mf) {
        ResultTable t = new ResultTable(List.of("kind", "level", "effect"));
        double[] ent = fit.entityEffects();
        if (ent != null) {
            for (int g = 0; g < ent.length; g++) {
                t.addRow("entity", mf.entityLabels().get(g), ent[g]);
            }
        }
        double[] per = fit.periodEffects();
        if (per != null) {
            for (int s = 0; s < per.length; s++) {
                t.addRow("time", Long.toString(mf.periods()[s]), per[s]);
            }
        }
        return t;
    }
}
