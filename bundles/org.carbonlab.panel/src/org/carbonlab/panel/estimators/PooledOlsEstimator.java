package org.carbonlab.panel.estimators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.inference.RobustMeaning;
import org.carbonlab.panel.numerics.FitOptions;
import org.carbonlab.panel.numerics.PooledOls;
import org.carbonlab.panel.numerics.PooledOlsResult;

/** {@code panel.ols}: pooled OLS on the stacked panel (Stata {@code regress}). */
public class PooledOlsEstimator implements Estimator {

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(PanelParameters.formula())
                .with(CovarianceParameters.all("HC1, as Stata's regress, vce(robust)"))
                .with(List.of(PanelParameters.focal(), PanelParameters.by(), PanelParameters.byTest()));
    }

    @Override
    public List<String> validate(EstimationContext context) {
        return RegressionWorkflow.validate(context);
    }

    @Override
    public Result estimate(EstimationContext context) {
        return RegressionWorkflow.estimate(context, PooledOlsEstimator::fit);
    }

    /**
     * The pooled OLS fit of an evaluated design with this estimator's options ({@code vcov}, {@code cluster},
     * {@code ssc}, {@code level}); multi-equation estimators (mediation, moderation) fit each equation through here.
     */
    static Result fit(ModelFrame mf, Parameters p) {
        List<String> labels = mf.columnLabels();
        RegressionBinding.checkObservations(mf, labels.size());
        FitOptions options = FitOptions.defaults().withConfidenceLevel(p.number(PanelParameters.LEVEL));
        if (!mf.hasIntercept()) {
            options = options.withoutIntercept();
        }
        PooledOlsResult fit = PooledOls.fit(mf.y(), mf.x(), options);

        Result result = new Result("panel.ols");
        mf.warnings().forEach(result::warn);
        RegressionBinding.warnDropped(result, labels, fit.droppedColumns(), fit.dropReasons());

        CovarianceSpec covariance = CovarianceSpec.from(p, mf.data(), RobustMeaning.HETEROSKEDASTICITY_CONSISTENT);
        CoefficientTable table = switch (covariance.vcov()) {
            case ROBUST -> fit.robust(covariance.hcType());
            case CLUSTER -> fit.cluster(covariance.clusterCodes(mf), covariance.clusterCorrection());
            case CLASSICAL -> fit.classical();
        };
        RegressionBinding.addCoefficients(result, labels, table);

        result.data(RegressionBinding.dataSummary(mf));
        result.statistic("dependent", mf.responseLabel());
        result.statistic("n_obs", fit.nObs());
        result.statistic("n_entities", mf.nEntities());
        if (mf.data().hasTime()) { // a cross-section has no periods
            result.statistic("n_periods", mf.nPeriods());
        }
        result.statistic("df_resid", fit.dfResid());
        result.statistic("r2", fit.r2());
        result.statistic("adj_r2", fit.adjR2());
        result.statistic("sigma", fit.sigma());
        result.statistic("ssr", fit.ssr());
        result.statistic("tss", fit.tss());
        result.statistic("effect", "none");
        RegressionBinding.recordInference(result, covariance, table);
        boolean classical = covariance.classical();
        if (!classical) {
            result.statistic("ssc_factor", table.smallSampleFactor());
        }
        // Model F: classical F(K-1, N-K); with robust or cluster SEs the Wald F of the slopes (as Stata reports).
        double f = classical ? fit.fStatistic() : table.waldF();
        double df1 = classical ? fit.fDf1() : table.waldDf1();
        double df2 = classical ? fit.fDf2() : table.waldDf2();
        double fp = classical ? fit.fPValue() : table.waldP();
        result.statistic("f", f);
        result.statistic("f_df1", df1);
        result.statistic("f_df2", df2);
        result.statistic("f_p", fp);
        result.addTest(TestResult.f("f_slopes", f, df1, df2, fp));
        double[] vif = fit.vif();
        Map<String, Object> vifs = new LinkedHashMap<>();
        for (int j = 0; j < vif.length; j++) {
            if (!Double.isNaN(vif[j])) {
                vifs.put(labels.get(j), vif[j]);
            }
        }
        if (!vifs.isEmpty()) {
            result.statistic("vif", vifs);
            result.statistic("vif_mean", vifs.values().stream().mapToDouble(v -> (Double) v).average().orElse(Double.NaN));
        }
        return result;
    }
}
