package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.inference.RobustMeaning;
import org.carbonlab.core.inference.SmallSampleCorrection;
import org.carbonlab.core.inference.VcovType;
import org.carbonlab.panel.numerics.Hausman;
import org.carbonlab.panel.numerics.RandomEffectsResult;

/**
 * {@code panel.hausman}: fixed against random (individual) effects on the same rows.
 * <ul>
 * <li>{@code method=classical} (default): plm's {@code phtest(fe, re)}, H = |d'(V_FE − V_RE)^{-1} d| over the
 * slopes both models estimate, with each model's classical covariance; chi² with df = number of slopes. Valid only
 * under the classical assumptions (RE fully efficient); {@code vcov} is not used.</li>
 * <li>{@code method=regression}: the Mundlak/Wooldridge test, valid with cluster-robust inference: random-effects
 * GLS of the model augmented with the entity means x̄_i of the time-varying regressors (OLS of y − θ_i ȳ_i on
 * 1 − θ_i, x − θ_i x̄_i and (1 − θ_i) x̄_i, θ_i from the random-effects fit), and the Wald chi² that the
 * coefficients of the means are zero with the chosen {@code vcov} (cluster by entity by default). For balanced
 * panels this equals {@code plm::phtest(formula, data, method="aux", vcov=...)}; see {@link Hausman}.</li>
 * </ul>
 * Both models are returned in {@code models} ("fe", "re"; and "mundlak", the auxiliary regression, for the
 * regression method), with the covariance the test used. {@code statistics} repeat the test
 * ({@code hausman_chi2/df/p}), name the compared terms and give {@code preferred_model}: "fe" if p &lt; 1 − level,
 * else "re". The classical method adds {@code tables.hausman} (b_FE, b_RE, difference, sqrt(diag(V_FE − V_RE))).
 */
public class HausmanEstimator implements Estimator {

    static final String METHOD = "method";

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(PanelParameters.formula(),
                ParameterSpec.choice(METHOD, "classical", List.of("classical", "regression"),
                        "classical: plm's phtest contrast of the FE and RE slopes with their classical covariances; "
                                + "regression: Mundlak/Wooldridge test (Wald test of the entity means of the time-varying "
                                + "regressors in the random-effects regression), valid with robust/cluster covariances"),
                CovarianceParameters.vcov("cluster", "covariance of the regression method (method=classical always "
                        + "uses each model's classical covariance): classical; robust (clustered by entity); cluster (by "
                        + "the cluster column)"),
                CovarianceParameters.cluster(), CovarianceParameters.ssc(RandomEffectsEstimator.SSC_DOCUMENTATION),
                CovarianceParameters.level());
    }

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>(RegressionBinding.crossSectionProblems(context.data(), "panel.hausman", true));
        problems.addAll(RegressionBinding.validate(context));
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        ModelFrame mf = RegressionBinding.modelFrame(context);
        String method = p.string(METHOD);
        boolean regression = "regression".equals(method);
        // the classical method ignores vcov and cluster (warned below); the regression method uses them
        CovarianceSpec covariance = regression
                ? CovarianceSpec.from(p, mf.data(), RobustMeaning.CLUSTERED_BY_ENTITY)
                : CovarianceSpec.classical(SmallSampleCorrection.fromParameter(p.string(PanelParameters.SSC)),
                        p.number(PanelParameters.LEVEL), RobustMeaning.CLUSTERED_BY_ENTITY);
        String vcov = covariance.vcov().parameterValue();

        Result result = new Result("panel.hausman");
        mf.warnings().forEach(result::warn);
        if (!regression && (!"cluster".equals(p.string(PanelParameters.VCOV)) || p.isSet(PanelParameters.CLUSTER))) {
            result.warn("vcov and cluster apply to method=regression only; the classical test uses the classical "
                    + "covariance of each model");
        }
        RandomEffectsResult re = RandomEffectsEstimator.numerics(mf, p, new Result("panel.re"));
        List<String> labels = mf.columnLabels();
        if (re.within().rank() == 0) {
            throw new EstimationException("the Hausman test compares the slopes of regressors that vary within entities, "
                    + "but no term of " + mf.formula().text() + " varies over time within " + mf.data().entityColumn());
        }

        // the two models, exactly as panel.fe (effect=individual) and panel.re report them, with the test's covariance
        Map<String, String> sub = new LinkedHashMap<>();
        sub.put(PanelParameters.FORMULA, p.string(PanelParameters.FORMULA));
        sub.put(PanelParameters.VCOV, vcov);
        if (covariance.vcov() == VcovType.CLUSTER && p.isSet(PanelParameters.CLUSTER)) {
            sub.put(PanelParameters.CLUSTER, p.string(PanelParameters.CLUSTER));
        }
        sub.put(PanelParameters.SSC, covariance.ssc().parameterValue());
        sub.put(PanelParameters.LEVEL, Double.toString(p.number(PanelParameters.LEVEL)));
        RandomEffectsEstimator reEstimator = new RandomEffectsEstimator();
        Result reModel = RandomEffectsEstimator.fit(mf, reEstimator.parameters().resolve(sub));
        FixedEffectsEstimator feEstimator = new FixedEffectsEstimator();
        Map<String, String> feParams = new LinkedHashMap<>(sub);
        feParams.put(PanelParameters.EFFECT, "individual");
        Result feModel = feEstimator.estimate(new EstimationContext(context.data(), feEstimator.parameters().resolve(feParams),
                context.monitor(), context.seed()));
        feModel.warnings().forEach(result::warn);
        reModel.warnings().forEach(result::warn);

        double statistic;
        int df;
        double pValue;
        List<String> compared = new ArrayList<>();
        String description;
        if (!regression) {
            Hausman.Contrast h = Hausman.classical(re);
            statistic = h.statistic();
            df = h.df();
            pValue = h.pValue();
            for (int j : h.columns()) {
                compared.add(labels.get(j));
            }
            description = "classical covariances of both models (plm::phtest)";
            if (!h.positiveDefinite()) {
                result.warn("V_FE - V_RE is not positive definite in this sample; the statistic is |d'(V_FE - V_RE)^-1 d|"
                        + " as plm::phtest computes it and should be read with care (method=regression avoids this)");
            }
            if (h.singular()) {
                result.warn("V_FE - V_RE is singular; a generalized inverse was used and df is its rank (" + h.df() + ")");
            }
            result.table("hausman", contrastTable(h, compared));
        } else {
            int[] clusters = covariance.clusterCodes(mf);
            Hausman.Auxiliary a = Hausman.regression(re, clusters, covariance.clusterCorrection());
            statistic = a.statistic();
            df = a.df();
            pValue = a.pValue();
            CoefficientTable t = a.table();
            List<String> auxLabels = new ArrayList<>(labels);
            for (int j : a.meanOf()) {
                auxLabels.add("mean(" + labels.get(j) + ")");
            }
            double[] b = t.coefficients();
            for (int m = 0; m < a.meanOf().length; m++) {
                if (!Double.isNaN(b[labels.size() + m])) {
                    compared.add(labels.get(a.meanOf()[m]));
                }
            }
            description = covariance.describe(t.clusters());
            if (a.droppedMeans() > 0) {
                result.warn(a.droppedMeans() + " entity mean(s) of the auxiliary regression were collinear and dropped; "
                        + "the test has " + df + " degree(s) of freedom");
            }
            if (Double.isNaN(statistic) && clusters != null) {
                result.warn("the cluster-robust Wald test of " + df + " entity means is not available with "
                        + t.clusters() + " clusters (it needs at most G-1 restrictions)");
            }
            ModelResult aux = new ModelResult("mundlak");
            RegressionBinding.addCoefficients(aux, auxLabels, t);
            aux.statistic("dependent", mf.responseLabel() + " (quasi-demeaned)");
            aux.statistic("n_obs", mf.nObs());
            RegressionBinding.recordInference(aux, covariance, t);
            if (clusters != null) {
                aux.statistic("ssc_factor", t.smallSampleFactor());
            }
            aux.statistic("description", "OLS of y - theta_i*mean_i(y) on the quasi-demeaned regressors (the intercept "
                    + "column is 1 - theta_i) and (1 - theta_i)*mean_i(x) of each time-varying regressor; "
                    + "theta_i from panel.re");
            result.models().add(aux);
        }

        result.models().add(0, EquationSupport.asModel(reModel, "re"));
        result.models().add(0, EquationSupport.asModel(feModel, "fe"));

        double alpha = java.math.BigDecimal.ONE.subtract(java.math.BigDecimal.valueOf(p.number(PanelParameters.LEVEL)))
                .doubleValue();
        result.data(RegressionBinding.dataSummary(mf));
        result.statistic("dependent", mf.responseLabel());
        result.statistic("n_obs", mf.nObs());
        result.statistic("n_entities", mf.nEntities());
        result.statistic("n_periods", mf.nPeriods());
        result.statistic("method", method);
        result.statistic("compared_terms", compared);
        result.statistic("vcov", vcov);
        result.statistic("vcov_description", description);
        result.statistic("hausman_chi2", statistic);
        result.statistic("hausman_df", df);
        result.statistic("hausman_p", pValue);
        if (!Double.isNaN(pValue)) {
            result.statistic("preferred_model", pValue < alpha ? "fe" : "re");
        }
        result.addTest(TestResult.chi2("hausman", statistic, df, pValue)
                .with("method", method)
                .with("null", "the individual effects are uncorrelated with the regressors (random effects are consistent)")
                .with("decision_level", alpha));
        return result;
    }

    /** Stata's hausman table: b (FE), B (RE), b − B and sqrt(diag(V_FE − V_RE)) (null where negative). */
    private static ResultTable contrastTable(Hausman.Contrast h, List<String> terms) {
        ResultTable t = new ResultTable(List.of("term", "fe", "re", "difference", "se_difference"));
        double[] fe = h.fixedEffects();
        double[] re = h.randomEffects();
        double[][] dv = h.differenceVcov();
        for (int a = 0; a < terms.size(); a++) {
            double v = dv[a][a];
            t.addRow(terms.get(a), fe[a], re[a], fe[a] - re[a], v > 0 ? Math.sqrt(v) : null);
        }
        return t;
    }
}
