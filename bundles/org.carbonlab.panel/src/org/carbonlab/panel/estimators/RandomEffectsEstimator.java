package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.inference.RobustMeaning;
import org.carbonlab.panel.numerics.FitOptions;
import org.carbonlab.panel.numerics.RandomEffects;
import org.carbonlab.panel.numerics.RandomEffectsResult;

/**
 * {@code panel.re}: one-way (individual) random effects by feasible GLS with the Swamy–Arora variance components,
 * balanced or unbalanced (plm {@code model="random", random.method="swar"}; Stata {@code xtreg, re} for balanced
 * panels). See {@link RandomEffects} for the estimator and {@link RandomEffectsResult} for the definitions.
 * <p>
 * Output: coefficients with z statistics (normal p-values and intervals); in {@code statistics} the variance
 * components ({@code sigma_u}, {@code sigma_e}, {@code rho}), {@code theta} (one number for a balanced panel;
 * otherwise {@code theta_min/median/max} and {@code tables.theta} per entity), four R² definitions and the Wald chi²
 * of the slopes; in {@code tests} {@code wald_slopes}, {@code breusch_pagan} (with the chi-bar-square p-value as
 * {@code p_value_chibar2}) and {@code honda}.
 */
public class RandomEffectsEstimator implements Estimator {

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(PanelParameters.formula())
                .with(CovarianceParameters.all("clustered by entity, as Stata's xtreg, re vce(robust) and plm's vcovHC",
                        SSC_DOCUMENTATION))
                .with(List.of(PanelParameters.focal(), PanelParameters.by(), PanelParameters.byTest()));
    }

    /** The small-sample correction as it applies to random effects (z statistics in both conventions). */
    static final String SSC_DOCUMENTATION = "small-sample correction of robust and cluster SEs: stata "
            + "(G/(G-1)(N-1)/(N-K) on the quasi-demeaned regression, K = coefficients with the intercept, as xtreg, re "
            + "vce(cluster)) or none (HC0, as plm's vcovHC); p-values are normal in both";

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>(RegressionBinding.crossSectionProblems(context.data(), "panel.re", true));
        problems.addAll(RegressionWorkflow.validate(context));
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        return RegressionWorkflow.estimate(context, RandomEffectsEstimator::fit);
    }

    /**
     * The random-effects fit of an evaluated design with this estimator's options ({@code vcov}, {@code cluster},
     * {@code ssc}, {@code level}).
     */
    static Result fit(ModelFrame mf, Parameters p) {
        List<String> labels = mf.columnLabels();
        Result result = new Result("panel.re");
        mf.warnings().forEach(result::warn);
        RandomEffectsResult fit = numerics(mf, p, result);
        RegressionBinding.warnDropped(result, labels, fit.droppedColumns(), fit.dropReasons());

        CovarianceSpec covariance = CovarianceSpec.from(p, mf.data(), RobustMeaning.CLUSTERED_BY_ENTITY);
        CoefficientTable table = covariance.clustered()
                ? fit.cluster(covariance.clusterCodes(mf), covariance.clusterCorrection())
                : fit.classical();
        RegressionBinding.addCoefficients(result, labels, table);

        result.data(RegressionBinding.dataSummary(mf));
        result.statistic("dependent", mf.responseLabel());
        result.statistic("n_obs", fit.nObs());
        result.statistic("n_entities", mf.nEntities());
        result.statistic("n_periods", mf.nPeriods());
        result.statistic("df_resid", fit.dfResid());
        result.statistic("effect", "individual");
        result.statistic("model", "re");
        result.statistic("variance_components", "swamy-arora");
        result.statistic("sigma_u", fit.sigmaU());
        result.statistic("sigma_e", fit.sigmaE());
        result.statistic("sigma2_u", fit.sigma2Individual());
        result.statistic("sigma2_e", fit.sigma2Idiosyncratic());
        result.statistic("rho", fit.rho());
        if (fit.balanced()) {
            result.statistic("theta", fit.theta()[0]);
        } else {
            double[] s = fit.thetaSummary();
            result.statistic("theta_min", s[0]);
            result.statistic("theta_median", s[1]);
            result.statistic("theta_max", s[2]);
        }
        result.statistic("r2", fit.r2());
        result.statistic("r2_rss", fit.r2Rss());
        result.statistic("r2_within", fit.r2Within());
        result.statistic("r2_between", fit.r2Between());
        result.statistic("r2_overall", fit.r2Overall());
        result.statistic("sigma", Math.sqrt(fit.sigma2()));
        result.statistic("ssr", fit.ssr());
        RegressionBinding.recordInference(result, covariance, table);
        if (covariance.clustered()) {
            result.statistic("ssc_factor", table.smallSampleFactor());
            if (table.smallSampleK() >= 0) {
                result.statistic("ssc_k", table.smallSampleK());
            }
        }
        double chi2 = RandomEffectsResult.waldChi2(table);
        result.statistic("wald_chi2", chi2);
        result.statistic("wald_df", table.waldDf1());
        result.statistic("wald_p", table.waldP());
        if (covariance.clustered() && Double.isNaN(chi2) && table.waldDf1() > 0) {
            result.warn("the cluster-robust Wald test of the " + table.waldDf1() + " slopes is not available with "
                    + table.clusters() + " clusters (it needs at most G-1 = " + (table.clusters() - 1) + " restrictions)");
        }
        result.addTest(TestResult.chi2("wald_slopes", chi2, table.waldDf1(), table.waldP())
                .with("null", "all slopes are zero"));
        result.addTest(TestResult.chi2("breusch_pagan", fit.breuschPaganStatistic(), 1, fit.breuschPaganP())
                .with("p_value_chibar2", fit.breuschPaganChibar2P())
                .with("null", "no individual effects (sigma_u^2 = 0): pooled OLS is adequate")
                .with("residuals", "pooled OLS"));
        result.addTest(TestResult.normal("honda", fit.hondaStatistic(), fit.hondaP())
                .with("null", "no individual effects (sigma_u^2 = 0)")
                .with("alternative", "sigma_u^2 > 0 (one-sided)"));
        if (!fit.balanced()) {
            result.table("theta", thetaTable(fit, mf));
        }
        return result;
    }

    /**
     * Checks the design and fits the numerics; problems found only by the numerics become
     * {@link EstimationException}s. Warnings about the variance components go to {@code result}.
     */
    static RandomEffectsResult numerics(ModelFrame mf, Parameters p, Result result) {
        List<String> labels = mf.columnLabels();
        String formula = mf.formula().text();
        String entity = mf.data().entityColumn();
        RegressionBinding.checkObservations(mf, labels.size());
        if (labels.isEmpty()) {
            throw new EstimationException("the formula " + formula + " has no terms to estimate");
        }
        int g = mf.nEntities();
        if (g < 2) {
            throw new EstimationException("random effects need at least two entities; the rows used by " + formula
                    + " hold only one value of " + entity);
        }
        if (g <= labels.size()) {
            throw new EstimationException("Swamy-Arora random effects need more entities than coefficients: the between "
                    + "regression on entity means has " + g + " entities (" + entity + ") for " + labels.size()
                    + " coefficients of " + formula);
        }
        if (mf.nObs() <= g) {
            throw new EstimationException("every entity (" + entity + ") has a single observation in the rows used by "
                    + formula + "; random effects need repeated observations to separate sigma_u from sigma_e");
        }
        FitOptions options = FitOptions.defaults().withConfidenceLevel(p.number(PanelParameters.LEVEL));
        options = mf.hasIntercept() ? options.withInterceptColumn(0) : options.withoutIntercept();
        RandomEffectsResult fit;
        try {
            fit = RandomEffects.fit(mf.y(), mf.x(), mf.entityIndex(), options);
        } catch (IllegalArgumentException e) {
            throw new EstimationException("random effects for " + formula + " cannot be estimated: " + e.getMessage(), e);
        }
        if (!mf.balanced()) {
            result.warn("unbalanced panel: " + mf.nObs() + " observations for " + mf.nEntities() + " entities and "
                    + mf.nPeriods() + " periods");
        }
        if (fit.within().rank() == 0) {
            result.warn("no regressor of " + formula + " varies within entities (" + entity + "); sigma_e comes from the "
                    + "within variation of the response alone");
        }
        int singletons = 0;
        for (int c : fit.observationsPerEntity()) {
            singletons += c == 1 ? 1 : 0;
        }
        if (singletons > 0) {
            result.warn(singletons + " entities have a single observation: they enter the between regression but not "
                    + "the within regression");
        }
        int[] betweenKept = fit.betweenKeptColumns();
        if (betweenKept.length < fit.rank()) {
            List<String> lost = new ArrayList<>();
            for (int j : fit.keptColumns()) {
                if (java.util.Arrays.binarySearch(betweenKept, j) < 0) {
                    lost.add(labels.get(j));
                }
            }
            result.warn("the between regression on entity means dropped " + String.join(", ", lost)
                    + " (no variation between entities beyond the other terms); its residual degrees of freedom are G - "
                    + betweenKept.length + " = " + fit.dfBetween());
        }
        if (fit.sigma2IndividualTruncated()) {
            result.warn("the Swamy-Arora estimate of sigma_u^2 is negative (" + fit.sigma2IndividualUntruncated()
                    + "); it is set to 0 as plm and Stata do, so theta = 0 and the estimates equal pooled OLS");
        }
        return fit;
    }

    private static ResultTable thetaTable(RandomEffectsResult fit, ModelFrame mf) {
        ResultTable t = new ResultTable(List.of("entity", "theta", "n_obs"));
        double[] theta = fit.theta();
        int[] count = fit.observationsPerEntity();
        List<String> names = mf.entityLabels();
        for (int g = 0; g < names.size(); g++) {
            t.addRow(names.get(g), theta[g], count[g]);
        }
        return t;
    }
}
