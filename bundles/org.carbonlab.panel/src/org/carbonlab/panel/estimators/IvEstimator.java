package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.Demeaned;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.RobustMeaning;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.panel.numerics.AndersonRubin;
import org.carbonlab.panel.numerics.IvCovariance;
import org.carbonlab.panel.numerics.IvFirstStage;
import org.carbonlab.panel.numerics.IvSpecificationTests;
import org.carbonlab.panel.numerics.StockYogo;
import org.carbonlab.panel.numerics.TwoStageLeastSquares;
import org.carbonlab.panel.numerics.WeakIdentification;

/**
 * {@code panel.iv}: two-stage least squares (or LIML, {@code method=liml}) with the fixest formula {@code y ~ x | fe1 + fe2 | endog ~ z1 + z2}
 * (exogenous regressors, optional absorbed fixed effects: FE-2SLS as xtivreg2/fixest, several endogenous
 * regressors), with the first stages, weak- and under-identification, over-identification and endogeneity tests,
 * Stock–Yogo critical values and the Anderson–Rubin confidence set for one endogenous regressor. The instrument
 * checks are {@link IvDesign}'s; the numerics are name-free classes of {@code org.carbonlab.panel.numerics}.
 */
public class IvEstimator implements Estimator {
    static final String DISTRIBUTION = "distribution";
    static final String METHOD = "method";
    static final String AR_WIDTH = "ar_grid_width";
    static final String AR_POINTS = "ar_grid_points";

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(ParameterSpec.required(PanelParameters.FORMULA,
                org.carbonlab.core.estimator.ParameterType.FORMULA,
                "fixest-style IV formula: y ~ exogenous | absorbed fixed effects | endogenous ~ excluded instruments, "
                        + "e.g. y ~ x1 + x2 | id + year | robots ~ bartik (the fixed-effects part is optional: "
                        + "y ~ x | endog ~ z)"))
                .with(CovarianceParameters.all("White's heteroskedasticity-consistent sandwich, HC1 or HC0 by ssc",
                        "small-sample correction: stata (classical sigma^2 = RSS/(N-K); robust HC1; cluster "
                                + "G/(G-1)(N-1)/(N-K) with t(G-1) p-values; K counts absorbed fixed effects unless "
                                + "they are nested in the clusters) or none (RSS/N as Stata ivregress without small; "
                                + "HC0; cluster factor 1)"))
                .with(List.of(
                        ParameterSpec.choice(METHOD, "2sls", List.of("2sls", "liml"),
                                "estimator: 2sls, or liml (limited-information maximum likelihood, the k-class "
                                        + "estimator with kappa = the smallest LIML eigenvalue; robust/cluster "
                                        + "covariances use the k-class sandwich as ivreg2)"),
                        ParameterSpec.choice(DISTRIBUTION, "t", List.of("t", "normal"),
                                "reference distribution of the coefficients' statistics: t (df_resid, or G-1 when "
                                        + "clustered with ssc=stata) or normal (z statistics as Stata ivregress/ivreg2 "
                                        + "without small)"),
                        ParameterSpec.number(AR_WIDTH, 20.0, 1.0, 1e6,
                                "Anderson-Rubin grid half-width in standard errors of the 2SLS estimate (robust and "
                                        + "cluster covariances, where the set is found on a grid)"),
                        ParameterSpec.integer(AR_POINTS, 2001, 11, 1_000_000,
                                "number of Anderson-Rubin grid points (boundaries are refined by bisection)")));
    }

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        String text = context.parameters().string(PanelParameters.FORMULA);
        try {
            Formula f = Formula.parse(text);
            problems.addAll(IvDesign.formulaProblems(f, text));
            problems.addAll(f.check(context.data()));
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(CovarianceSpec.problems(context.parameters(), context.data()));
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        Formula formula = Formula.parse(p.string(PanelParameters.FORMULA));
        List<String> problems = IvDesign.formulaProblems(formula, formula.text());
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        ModelFrame mf = formula.modelFrame(context.data());
        Result result = new Result("panel.iv");
        mf.warnings().forEach(result::warn);
        Demeaned d = mf.demeaned();
        IvDesign design = IvDesign.of(mf, d, result::warn);
        int n = mf.nObs();
        int kx = design.exogLabels().size();
        int ke = design.endogLabels().size();
        int kz = design.excludedLabels().size();
        int l = kx + kz;
        int k = kx + ke;
        RegressionBinding.checkObservations(mf, Math.max(k, l) + d.absorbedDf());

        CovarianceSpec covariance = CovarianceSpec.from(p, mf.data(), RobustMeaning.HETEROSKEDASTICITY_CONSISTENT);
        int[] clusters = covariance.clusterCodes(mf);
        IvCovariance cov = IvDesign.covariance(covariance, clusters, mf, d.absorbedDf(),
                "normal".equals(p.string(DISTRIBUTION)));
        double level = p.number(PanelParameters.LEVEL);

        boolean liml = "liml".equals(p.string(METHOD));
        TwoStageLeastSquares.Fit fit;
        if (liml) {
            double kappa = TwoStageLeastSquares.limlKappa(design.y(), design.exog(), design.endog(), design.excluded());
            fit = TwoStageLeastSquares.kClass(design.y(), design.exog(), design.endog(), design.excluded(), kappa);
            result.statistic("liml_kappa", kappa);
        } else {
            fit = TwoStageLeastSquares.fit(design.y(), design.exog(), design.endog(), design.excluded());
        }
        result.statistic("method", liml ? "liml" : "2sls");
        double[][] v = cov.vcov(fit.bread(), fit.xhat(), fit.residuals());
        List<String> labels = design.regressorLabels();
        int[] kept = range(k);
        int[] waldPos = mf.hasIntercept() ? range(1, k) : range(k);
        CoefficientTable table = CoefficientTable.of(covariance.vcov().parameterValue(), k, kept, fit.beta(), v,
                cov.pValueDf(n, k), level, waldPos, cov.fDf2(n, k), cov.factor(n, k),
                cov.classical() ? -1 : cov.clusterK(k), cov.nClusters());
        RegressionBinding.addCoefficients(result, labels, table);

        result.data(RegressionBinding.dataSummary(mf));
        result.statistic("dependent", mf.responseLabel());
        result.statistic("n_obs", n);
        result.statistic("n_entities", mf.nEntities());
        result.statistic("n_periods", mf.nPeriods());
        result.statistic("endogenous", design.endogLabels());
        result.statistic("excluded_instruments", design.excludedLabels());
        result.statistic("n_instruments", l);
        if (mf.hasFixedEffects()) {
            List<String> fe = new ArrayList<>();
            mf.absorbedFactors().forEach(a -> fe.add(a.label()));
            result.statistic("absorbed", fe);
            result.statistic("absorbed_parameters", d.absorbedDf());
            result.statistic("fe_nested_in_clusters", cov.feNested());
        }
        int dfResid = cov.dfResid(n, k);
        double tss = mf.hasIntercept() ? centredSs(design.y()) : sumSquares(design.y());
        double r2 = 1 - fit.ssr() / tss;
        result.statistic("df_resid", dfResid);
        result.statistic("ssr", fit.ssr());
        result.statistic("sigma", Math.sqrt(fit.ssr() / dfResid));
        result.statistic(mf.hasFixedEffects() ? "r2_within" : "r2", r2);
        result.statistic(mf.hasFixedEffects() ? "adj_r2_within" : "adj_r2",
                1 - (1 - r2) * (n - (mf.hasIntercept() ? 1 : 0)) / dfResid);
        RegressionBinding.recordInference(result, covariance, table);
        if (!cov.classical()) {
            result.statistic("ssc_factor", table.smallSampleFactor());
        }
        if (waldPos.length > 0 && Double.isFinite(table.waldF())) {
            TestResult wald = cov.normal()
                    ? TestResult.chi2("wald", table.waldF() * table.waldDf1(), table.waldDf1(),
                            Distributions.chiSquaredUpperP(table.waldF() * table.waldDf1(), table.waldDf1()))
                    : TestResult.f("wald", table.waldF(), table.waldDf1(), table.waldDf2(), table.waldP());
            result.addTest(wald.with("null", "all slopes are zero"));
        }

        addFirstStages(result, design, cov, covariance, level, mf.hasIntercept());
        addIdentification(result, design, cov, liml);
        addSpecificationTests(result, design, fit, cov);
        if (ke == 1) {
            addAndersonRubin(result, design, cov, fit, table, level, p);
        } else {
            result.statistic("anderson_rubin", "not computed: the Anderson-Rubin set is reported for one endogenous "
                    + "regressor (the model has " + ke + ")");
        }
        return result;
    }

    private static void addFirstStages(Result result, IvDesign design, IvCovariance cov, CovarianceSpec covariance,
            double level, boolean centred) {
        ResultTable summary = new ResultTable(List.of("endogenous", "r2", "partial_r2", "f", "df1", "df2", "p"));
        List<String> zLabels = new ArrayList<>(design.exogLabels());
        zLabels.addAll(design.excludedLabels());
        int l = zLabels.size();
        int kx = design.exogLabels().size();
        double[][] endog = design.endog();
        for (int j = 0; j < design.endogLabels().size(); j++) {
            String name = design.endogLabels().get(j);
            IvFirstStage fs = IvFirstStage.fit(column(endog, j), design.exog(), design.excluded(), cov, centred);
            summary.addRow(name, fs.r2(), fs.partialR2(), fs.f(), fs.df1(), fs.df2(), fs.p());
            ModelResult m = new ModelResult("first_stage:" + name);
            CoefficientTable t = CoefficientTable.of(covariance.vcov().parameterValue(), l, range(l),
                    fs.coefficients(), fs.vcov(), fs.pValueDf(), level, range(kx, l), fs.df2(),
                    cov.factor(design.y().length, l), cov.classical() ? -1 : cov.clusterK(l), cov.nClusters());
            RegressionBinding.addCoefficients(m, zLabels, t);
            RegressionBinding.recordInference(m, covariance, t);
            m.statistic("dependent", name);
            m.statistic("r2", fs.r2());
            m.statistic("partial_r2", fs.partialR2());
            m.addTest(TestResult.f("excluded_instruments", fs.f(), fs.df1(), fs.df2(), fs.p())
                    .with("null", "the excluded instruments' coefficients are zero"));
            result.models().add(m);
            result.addTest(TestResult.f("first_stage_f:" + name, fs.f(), fs.df1(), fs.df2(), fs.p())
                    .with("partial_r2", fs.partialR2()));
        }
        result.table("first_stage", summary);
    }

    private static void addIdentification(Result result, IvDesign design, IvCovariance cov, boolean liml) {
        WeakIdentification.Result w = WeakIdentification.compute(design.endog(), design.exog(), design.excluded(), cov);
        int ke = design.endogLabels().size();
        int kz = design.excludedLabels().size();
        if (!Double.isFinite(w.craggDonaldF()) || !cov.classical() && !Double.isFinite(w.kpWaldF())) {
            result.warn("weak-identification statistics could not be computed: the first-stage residuals or the "
                    + "covariance of the first-stage scores are singular"
                    + (cov.kind() == IvCovariance.Kind.CLUSTER ? " (" + cov.nClusters() + " clusters for "
                            + (design.excludedLabels().size() * ke) + " first-stage coefficients)" : ""));
        }
        result.statistic("cragg_donald_f", w.craggDonaldF());
        if (cov.classical()) {
            result.addTest(TestResult.chi2("underidentification_anderson_lm", w.andersonLm(), w.underIdDf(),
                    w.andersonP()).with("null", "the equation is under-identified (rank of the first-stage "
                            + "coefficients of the excluded instruments < number of endogenous regressors)"));
        } else {
            result.statistic("kleibergen_paap_f", w.kpWaldF());
            result.addTest(TestResult.chi2("underidentification_kp_lm", w.kpLm(), w.underIdDf(), w.kpLmP())
                    .with("null", "the equation is under-identified (Kleibergen-Paap rk LM)"));
        }
        double[] sy = liml ? StockYogo.limlSize(kz, ke) : StockYogo.tslsSize(kz, ke);
        ResultTable t = new ResultTable(List.of("statistic", "value", "max_size", "critical_value", "weak"));
        String stat = cov.classical() ? "cragg_donald_f" : "kleibergen_paap_f";
        double value = cov.classical() ? w.craggDonaldF() : w.kpWaldF();
        if (sy != null) {
            for (int i = 0; i < sy.length; i++) {
                t.addRow(stat, value, StockYogo.SIZES[i], sy[i], value < sy[i]);
            }
        } else {
            result.warn("no Stock-Yogo critical values for " + ke + " endogenous regressor(s) and " + kz
                    + " excluded instrument(s) (Stock and Yogo 2005, Table 5.2, covers 1 or 2 endogenous regressors "
                    + "and up to 30 instruments)");
        }
        result.table("stock_yogo", t);
    }

    private static void addSpecificationTests(Result result, IvDesign design, TwoStageLeastSquares.Fit fit,
            IvCovariance cov) {
        int ke = design.endogLabels().size();
        int kz = design.excludedLabels().size();
        double[][] z = hstack(design.exog(), design.excluded());
        double[][] x = hstack(design.exog(), design.endog());
        if (kz > ke) {
            IvSpecificationTests.Stat s = IvSpecificationTests.sargan(fit.residuals(), z, kz - ke);
            result.addTest(TestResult.chi2("sargan", s.statistic(), s.df1(), s.p())
                    .with("null", "the over-identifying restrictions hold (homoskedastic errors)"));
            if (!cov.classical()) {
                IvSpecificationTests.Stat j = IvSpecificationTests.hansen(design.y(), x, z, fit.residuals(), cov,
                        kz - ke);
                if (Double.isFinite(j.statistic())) {
                    result.addTest(TestResult.chi2("hansen_j", j.statistic(), j.df1(), j.p())
                            .with("null", "the over-identifying restrictions hold (robust to the covariance chosen)"));
                } else {
                    result.warn(singularScores("Hansen J", cov, z[0].length));
                }
            }
        } else {
            result.statistic("overidentification", "exactly identified: no over-identification test");
        }
        double[][] v = new double[design.y().length][ke];
        double[][] endog = design.endog();
        for (int j = 0; j < ke; j++) {
            double[] e = IvFirstStage.fit(column(endog, j), design.exog(), design.excluded(), cov, true).residuals();
            for (int i = 0; i < e.length; i++) {
                v[i][j] = e[i];
            }
        }
        IvSpecificationTests.Stat wh = IvSpecificationTests.wuHausman(design.y(), x, v, cov);
        result.addTest(TestResult.f("durbin_wu_hausman", wh.statistic(), wh.df1(), wh.df2(), wh.p())
                .with("null", "the endogenous regressors are exogenous (OLS is consistent)"));
        if (!cov.classical()) {
            IvSpecificationTests.Stat c = IvSpecificationTests.cStatistic(design.y(), x, z, endog, cov);
            if (Double.isFinite(c.statistic())) {
                result.addTest(TestResult.chi2("endogeneity_c", c.statistic(), c.df1(), c.p())
                        .with("null", "the endogenous regressors are exogenous (difference-in-Hansen C statistic)"));
            } else {
                result.warn(singularScores("the endogeneity C statistic", cov, z[0].length + ke));
            }
        }
    }

    private static String singularScores(String what, IvCovariance cov, int instruments) {
        return what + " not computed: the covariance of the " + instruments + " instruments' scores is singular"
                + (cov.kind() == IvCovariance.Kind.CLUSTER ? " (" + cov.nClusters() + " clusters)" : "");
    }

    private static void addAndersonRubin(Result result, IvDesign design, IvCovariance cov,
            TwoStageLeastSquares.Fit fit, CoefficientTable table, double level, Parameters p) {
        AndersonRubin ar = new AndersonRubin(design.y(), column(design.endog(), 0), design.exog(), design.excluded(),
                cov, level);
        int idx = design.exogLabels().size();
        AndersonRubin.ConfidenceSet set = cov.classical() ? ar.analytic()
                : ar.grid(fit.beta()[idx], table.standardErrors()[idx], p.number(AR_WIDTH),
                        (int) p.integer(AR_POINTS));
        ResultTable t = new ResultTable(List.of("lower", "upper"));
        for (AndersonRubin.Interval i : set.intervals()) {
            t.addRow(finiteOrText(i.lower()), finiteOrText(i.upper()));
        }
        result.table("anderson_rubin", t);
        result.statistic("anderson_rubin_method", set.method());
        result.statistic("anderson_rubin_level", level);
        if (set.intervals().isEmpty()) {
            result.warn("the Anderson-Rubin confidence set is empty: every value of " + design.endogLabels().get(0)
                    + " is rejected (the over-identifying restrictions are rejected)");
        }
        if (set.reachedGridEnd()) {
            result.warn("the Anderson-Rubin set reaches the end of its grid (" + p.number(AR_WIDTH)
                    + " standard errors around the estimate); it is reported open there: weak instruments, or widen "
                    + AR_WIDTH);
        }
        double s0 = ar.statistic(0);
        int kz = design.excludedLabels().size();
        result.addTest(TestResult.f("anderson_rubin", s0, kz, ar.df2(), Distributions.fUpperP(s0, kz, ar.df2()))
                .with("null", design.endogLabels().get(0) + " = 0 (weak-instrument robust)"));
    }

    private static Object finiteOrText(double v) {
        if (Double.isFinite(v)) {
            return v;
        }
        return v > 0 ? "+Inf" : "-Inf";
    }

    static double[] column(double[][] a, int j) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i][j];
        }
        return out;
    }

    static double[][] hstack(double[][] a, double[][] b) {
        int n = a.length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[a[i].length + b[i].length];
            System.arraycopy(a[i], 0, out[i], 0, a[i].length);
            System.arraycopy(b[i], 0, out[i], a[i].length, b[i].length);
        }
        return out;
    }

    static int[] range(int k) {
        return range(0, k);
    }

    static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    private static double centredSs(double[] a) {
        double m = 0;
        for (double v : a) {
            m += v;
        }
        m /= a.length;
        double s = 0;
        for (double v : a) {
            s += (v - m) * (v - m);
        }
        return s;
    }

    private static double sumSquares(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return s;
    }
}
