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
import org.carbonlab.panel.numerics.ClusterCorrection;
import org.carbonlab.panel.numerics.CoefficientTable;
import org.carbonlab.panel.numerics.FitOptions;
import org.carbonlab.panel.numerics.HcType;
import org.carbonlab.panel.numerics.PooledOls;
import org.carbonlab.panel.numerics.PooledOlsResult;

/** {@code panel.ols}: pooled OLS on the stacked panel (Stata {@code regress}). */
public class PooledOlsEstimator implements Estimator {

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(PanelParameters.formula(), PanelParameters.vcov("HC1, as Stata's regress, vce(robust)"),
                PanelParameters.cluster(), PanelParameters.ssc(), PanelParameters.level(),
                PanelParameters.focal(), PanelParameters.by(), PanelParameters.byTest());
    }

    @Override
    public List<String> validate(EstimationContext context) {
        return PanelRegressionSupport.validate(context);
    }

    @Override
    public Result estimate(EstimationContext context) {
        return PanelRegressionSupport.estimate(context, PooledOlsEstimator::fit);
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

        String vcov = p.string(PanelParameters.VCOV);
        String ssc = p.string(PanelParameters.SSC);
        boolean stata = "stata".equals(ssc);
        String clusterColumn = p.isSet(PanelParameters.CLUSTER) ? p.string(PanelParameters.CLUSTER) : mf.data().entityColumn();
        CoefficientTable table = switch (vcov) {
            case "robust" -> fit.robust(stata ? HcType.HC1 : HcType.HC0);
            case "cluster" -> fit.cluster(RegressionBinding.clusterCodes(mf, clusterColumn),
                    stata ? ClusterCorrection.STATA : ClusterCorrection.NONE);
            default -> fit.classical();
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
        result.statistic("vcov", vcov);
        result.statistic("vcov_description", RegressionBinding.describeVcov(vcov, ssc, clusterColumn, table.clusters(), false));
        result.statistic("statistic_type", "t");
        result.statistic("p_value_df", table.pValueDf());
        if (table.clusters() > 0) {
            result.statistic("n_clusters", table.clusters());
        }
        if (!"classical".equals(vcov)) {
            result.statistic("ssc_factor", table.smallSampleFactor());
        }
        // Model F: classical F(K-1, N-K); with robust or cluster SEs the Wald F of the slopes (as Stata reports).
        double f = "classical".equals(vcov) ? fit.fStatistic() : table.waldF();
        double df1 = "classical".equals(vcov) ? fit.fDf1() : table.waldDf1();
        double df2 = "classical".equals(vcov) ? fit.fDf2() : table.waldDf2();
        double fp = "classical".equals(vcov) ? fit.fPValue() : table.waldP();
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
