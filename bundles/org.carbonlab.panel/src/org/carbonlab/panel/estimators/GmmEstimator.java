package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.inference.ReferenceDistribution;
import org.carbonlab.core.inference.VcovType;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.panel.estimators.GmmSpecification.GmmTerm;
import org.carbonlab.panel.estimators.GmmSpecification.Term;
import org.carbonlab.panel.estimators.GmmSpecification.Variable;
import org.carbonlab.panel.numerics.gmm.DynamicPanelGmm;
import org.carbonlab.panel.numerics.gmm.GmmMoments;
import org.carbonlab.panel.numerics.gmm.GmmResult;
import org.carbonlab.panel.numerics.gmm.GmmStyleInstrument;
import org.carbonlab.panel.numerics.gmm.InstrumentLayout;

/**
 * {@code panel.gmm}: Arellano–Bond difference GMM and Blundell–Bond system GMM for dynamic panels, one- or two-step,
 * with xtabond2-like instrument specifications (see {@link GmmSpecification}) and the layout of plm's pgmm and
 * xtabond2 (see {@link InstrumentLayout}). Reports the instrument and group counts in every result and warns when
 * instruments outnumber groups (Roodman 2009).
 */
public class GmmEstimator implements Estimator {
    static final String GMM = "gmm";
    static final String IV = "iv";
    static final String COLLAPSE = "collapse";
    static final String TRANSFORMATION = "transformation";
    static final String STEPS = "steps";
    static final String VCOV = "vcov";
    static final String ORTHOGONAL = "orthogonal";

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required(PanelParameters.FORMULA, ParameterType.STRING,
                        "dynamic model, e.g. y ~ lag(y, 1:2) + x + lag(x, 1) + log(z): terms are columns, log(column), "
                                + "or lag(term, k) / lag(term, a:b) (one regressor per lag); lags are within entity on "
                                + "the period grid"),
                ParameterSpec.required(GMM, ParameterType.STRING,
                        "GMM-style instruments, xtabond2-like, separated by ';': lag(y, 2:4); lag(x, 2:.) — levels "
                                + "x_{t-a}..x_{t-b} for the differenced equation of period t ('.' or 99: every available "
                                + "lag); in system GMM the level equation gets the difference at lag a-1"),
                ParameterSpec.optional(IV, ParameterType.STRING, null,
                        "standard (IV-style) instruments, ';'-separated terms as in the formula, one column each, in "
                                + "first differences (and levels in the level equations of system GMM); default: the "
                                + "regressors whose variable has no GMM-style instruments (as plm); 'none' for none"),
                ParameterSpec.optional(COLLAPSE, ParameterType.BOOLEAN, "false",
                        "collapse the GMM-style instruments to one column per lag (Roodman 2009) instead of one per "
                                + "lag and period"),
                ParameterSpec.choice(TRANSFORMATION, "difference", List.of("difference", "system"),
                        "difference: Arellano-Bond (first differences); system: Blundell-Bond (differences stacked "
                                + "over levels, lagged differences as level instruments)"),
                ParameterSpec.optional(ORTHOGONAL, ParameterType.BOOLEAN, "false",
                        "forward orthogonal deviations (Arellano-Bover 1995, xtabond2's orthogonal) instead of first "
                                + "differences for the transformed equations: each observation minus the mean of the "
                                + "entity's later ones, stored one period late as xtabond2 does (same GMM lags); AR "
                                + "tests stay on first-differenced residuals"),
                ParameterSpec.choice(STEPS, "twostep", List.of("onestep", "twostep"),
                        "one-step (weight from the iid covariance of the transformed errors) or two-step (weight from "
                                + "one-step residuals)"),
                ParameterSpec.choice(PanelParameters.EFFECT, "twoways", List.of("individual", "twoways"),
                        "twoways adds period dummies as regressors and standard instruments (xtabond2's i.year in "
                                + "iv()); individual: none"),
                ParameterSpec.choice(VCOV, "robust", List.of("robust", "classical"),
                        "robust: Arellano-Bond one-step sandwich, or two-step with the Windmeijer (2005) correction; "
                                + "classical: sigma^2 (X'Z A1 Z'X)^-1 one-step, uncorrected (X'Z A2 Z'X)^-1 two-step"),
                CovarianceParameters.level());
    }

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        try {
            Specification spec = specification(context.parameters());
            PanelFrame data = context.data();
            if (!data.hasTime()) {
                problems.add("panel.gmm needs a panel with a time column; " + data.origin() + " is a cross-section");
            }
            for (String column : spec.columns()) {
                if (!data.hasColumn(column)) {
                    problems.add("column '" + column + "' (used by panel.gmm) is not in " + data.origin());
                } else if (!data.isNumeric(column)) {
                    problems.add("column '" + column + "' (used by panel.gmm) is not numeric");
                }
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }

    private record Specification(GmmSpecification.Model model, List<GmmTerm> gmm, List<Term> iv) {
        Set<String> columns() {
            Set<String> c = new LinkedHashSet<>();
            c.add(model.response().column());
            model.regressors().forEach(t -> c.add(t.variable().column()));
            gmm.forEach(g -> c.add(g.variable().column()));
            iv.forEach(t -> c.add(t.variable().column()));
            return c;
        }
    }

    private static Specification specification(Parameters p) {
        GmmSpecification.Model model = GmmSpecification.model(p.string(PanelParameters.FORMULA));
        List<GmmTerm> gmm = GmmSpecification.gmmInstruments(p.string(GMM));
        List<Term> iv;
        String ivText = p.isSet(IV) ? p.string(IV) : null;
        if (ivText == null || ivText.isBlank()) {
            Set<Variable> instrumented = new LinkedHashSet<>();
            gmm.forEach(g -> instrumented.add(g.variable()));
            iv = model.regressors().stream().filter(t -> !instrumented.contains(t.variable())).toList();
        } else if (ivText.trim().equalsIgnoreCase("none")) {
            iv = List.of();
        } else {
            iv = GmmSpecification.standardInstruments(ivText);
        }
        return new Specification(model, gmm, iv);
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        Specification spec = specification(p);
        PanelFrame data = context.data();
        data.requirePeriods();
        long[] periods = data.periods();
        int t = periods.length;
        if (t < 3) {
            throw new InputException("panel.gmm needs at least 3 periods (a lagged dependent variable, its difference "
                    + "and an instrument two periods back); " + data.origin() + " has " + t + " in "
                    + data.timeColumn());
        }
        checkSpacing(data, periods);
        boolean system = p.string(TRANSFORMATION).equals("system");
        boolean twoStep = p.string(STEPS).equals("twostep");
        boolean twoways = p.string(PanelParameters.EFFECT).equals("twoways");
        boolean collapse = p.bool(COLLAPSE);
        boolean robust = p.string(VCOV).equals("robust");
        boolean orthogonal = p.bool(ORTHOGONAL);
        double level = p.number(PanelParameters.LEVEL);
        Result result = new Result("panel.gmm");

        Map<Variable, double[][]> grids = new LinkedHashMap<>();
        int maxLag = 0;
        for (Term term : spec.model().regressors()) {
            maxLag = Math.max(maxLag, term.lag());
        }
        int first = maxLag + 1;
        if (first > t - 1) {
            throw new InputException("formula '" + p.string(PanelParameters.FORMULA) + "': the longest lag (" + maxLag
                    + ") leaves no differenced equation in the " + t + " periods of " + data.timeColumn() + " ("
                    + periods[0] + ".." + periods[t - 1] + ")");
        }
        double[][] y = grid(data, spec.model().response(), grids, result);
        double[][][] x = new double[spec.model().regressors().size()][][];
        for (int j = 0; j < x.length; j++) {
            Term term = spec.model().regressors().get(j);
            x[j] = lagged(grid(data, term.variable(), grids, result), term.lag());
        }
        List<GmmStyleInstrument> gmm = new ArrayList<>();
        for (GmmTerm g : spec.gmm()) {
            if (g.minLag() > t - 1) {
                throw new InputException("gmm: the lag range of '" + g.text() + "' starts at lag " + g.minLag()
                        + ", beyond the panel: with " + t + " periods of " + data.timeColumn() + " (" + periods[0]
                        + ".." + periods[t - 1] + ") the last differenced equation reaches back at most " + (t - 1)
                        + " periods; use a shorter lag, e.g. lag(" + g.variable().label() + ", 2:" + Math.max(2, t - 1)
                        + ")");
            }
            gmm.add(new GmmStyleInstrument(grid(data, g.variable(), grids, result), g.minLag(),
                    g.maxLag() == GmmSpecification.ALL_LAGS ? t : g.maxLag(), collapse));
        }
        double[][][] iv = new double[spec.iv().size()][][];
        for (int j = 0; j < iv.length; j++) {
            Term term = spec.iv().get(j);
            iv[j] = lagged(grid(data, term.variable(), grids, result), term.lag());
        }
        checkGaps(data, periods, grids);
        InstrumentLayout layout = new InstrumentLayout(y, x, gmm, iv, first, twoways, system, orthogonal);
        List<String> names = new ArrayList<>();
        spec.model().regressors().forEach(term -> names.add(term.label()));
        if (system) {
            names.add("(Intercept)");
        }
        if (twoways) {
            for (int s = first; s < t; s++) {
                // named as the formula grammar's i(year) dummies name them: year::1979
                names.add(data.timeColumn() + "::" + periods[s]);
            }
        }
        int instruments = layout.instruments();
        int groups = data.nEntities();
        if (instruments < names.size()) {
            throw new InputException("under-identified: " + instruments + " instruments for " + names.size()
                    + " coefficients (" + String.join(", ", names) + "); add GMM-style lags (longer ranges in gmm=) or "
                    + "standard instruments (iv=)");
        }
        GmmResult fit;
        // the moment blocks are built once and reused by the difference-in-Hansen refit
        GmmMoments moments;
        try {
            moments = GmmMoments.of(layout.groups());
            fit = DynamicPanelGmm.fit(moments, twoStep);
        } catch (IllegalArgumentException e) {
            throw new EstimationException("panel.gmm cannot be estimated: " + e.getMessage()
                    + "; check that every instrument varies (a lag range with no data, or a regressor with no "
                    + "within variation)", e);
        }
        double[][] v = robust ? fit.vcovRobust() : fit.vcovNonRobust();
        Inference inference = new Inference(ReferenceDistribution.NORMAL, Double.POSITIVE_INFINITY,
                robust ? VcovType.ROBUST : VcovType.CLASSICAL, vcovDescription(twoStep, robust), 0, level);
        double crit = inference.critical();
        for (int j = 0; j < names.size(); j++) {
            double b = fit.coefficients()[j];
            double se = Math.sqrt(v[j][j]);
            double z = b / se;
            result.addCoefficient(new Coefficient(names.get(j), b, se, z, Distributions.normalTwoSidedP(z),
                    b - crit * se, b + crit * se));
        }
        result.vcov(names, v);
        result.inference(inference);
        result.data(new DataSummary(data.source(), data.sha256(), data.rows(), groups, t, data.balanced()));

        result.statistic("dependent", spec.model().response().label());
        result.statistic("transformation", system ? "system" : "difference");
        result.statistic("steps", twoStep ? "twostep" : "onestep");
        result.statistic("effect", twoways ? "twoways" : "individual");
        result.statistic("collapse", collapse);
        result.statistic("orthogonal", orthogonal);
        result.statistic("vcov", inference.vcov().parameterValue());
        result.statistic("vcov_description", inference.vcovDescription());
        result.statistic("statistic_type", inference.statisticSymbol());
        result.statistic("n_instruments", instruments);
        result.statistic("n_groups", groups);
        result.statistic("n_obs", fit.diffEquationsUsed() + fit.levelEquationsUsed());
        result.statistic("n_diff_equations", fit.diffEquationsUsed());
        if (system) {
            result.statistic("n_level_equations", fit.levelEquationsUsed());
        }
        result.statistic("first_differenced_period", periods[first]);
        result.statistic("gmm_instruments", spec.gmm().stream().map(GmmTerm::text).toList());
        result.statistic("iv_instruments", spec.iv().stream().map(Term::label).toList());
        if (twoStep) {
            Map<String, Double> firstStep = new LinkedHashMap<>();
            for (int j = 0; j < names.size(); j++) {
                firstStep.put(names.get(j), fit.firstStepCoefficients()[j]);
            }
            result.statistic("coef_first_step", firstStep);
        }

        int df = fit.overidentificationDf();
        double hansenP = df > 0 ? Distributions.chiSquaredUpperP(fit.hansen(), df) : Double.NaN;
        double sarganP = df > 0 ? Distributions.chiSquaredUpperP(fit.sargan(), df) : Double.NaN;
        result.addTest(TestResult.normal("ar1", fit.ar1Robust(), Distributions.normalTwoSidedP(fit.ar1Robust()))
                .with("null", "no first-order serial correlation in the differenced errors (expected to be rejected)"));
        result.addTest(TestResult.normal("ar2", fit.ar2Robust(), Distributions.normalTwoSidedP(fit.ar2Robust()))
                .with("null", "no second-order serial correlation in the differenced errors (needed for lag-2 "
                        + "instruments)"));
        result.addTest(TestResult.chi2("hansen", fit.hansen(), df, hansenP)
                .with("null", "the overidentifying restrictions are valid (robust to heteroskedasticity)")
                .with("weight", "two-step (from one-step residuals)"));
        result.addTest(TestResult.chi2("sargan", fit.sargan(), df, sarganP)
                .with("null", "the overidentifying restrictions are valid (assumes homoskedastic errors)")
                .with("residuals", "one-step"));
        int[] levelGmm = layout.levelGmmColumns();
        if (levelGmm.length > 0) {
            differenceInHansen(result, moments, levelGmm, twoStep, fit);
        }
        int slopes = spec.model().regressors().size();
        int[] slopeIdx = range(0, slopes);
        double wald = DynamicPanelGmm.wald(fit.coefficients(), v, slopeIdx);
        result.addTest(TestResult.chi2("wald_slopes", wald, slopes, Distributions.chiSquaredUpperP(wald, slopes))
                .with("null", "all slopes are zero (period dummies and intercept excluded)"));
        if (twoways) {
            int from = slopes + (system ? 1 : 0);
            int[] timeIdx = range(from, names.size());
            double waldT = DynamicPanelGmm.wald(fit.coefficients(), v, timeIdx);
            result.addTest(TestResult.chi2("wald_time", waldT, timeIdx.length,
                    Distributions.chiSquaredUpperP(waldT, timeIdx.length)).with("null", "all period dummies are zero"));
        }
        result.statistic("instruments_exceed_groups", instruments > groups);
        if (instruments > groups) {
            result.warn(instruments + " instruments for " + groups + " groups: instruments outnumber groups (Roodman "
                    + "2009: a rule of thumb is that instruments should not outnumber individuals); the Hansen test is "
                    + "weakened (a p-value near 1 is a symptom) and the estimates overfit the endogenous variables; "
                    + "reduce the count with collapse=true or shorter lag ranges in gmm= (e.g. lag(y, 2:4))");
        }
        result.statistic("generalized_inverse", fit.generalizedInverse());
        if (fit.generalizedInverse()) {
            result.warn("a GMM weight matrix is singular (typically more instruments than the groups identify); its "
                    + "generalized inverse was used, as xtabond2 and plm do: reduce the instruments");
        }
        if (df > 0 && hansenP > 0.99) {
            result.warn("Hansen's p = " + hansenP + " is implausibly close to 1: a symptom of too many instruments");
        }
        return result;
    }

    /**
     * Difference-in-Hansen for the level-equation GMM-style instruments of system GMM: J of the full model minus J of
     * the model without them (re-estimated on its own, as a C statistic), df = the number of those instruments.
     */
    private static void differenceInHansen(Result result, GmmMoments moments, int[] levelGmm, boolean twoStep,
            GmmResult fit) {
        DynamicPanelGmm.Overidentification restricted;
        try {
            restricted = DynamicPanelGmm.hansenWithout(moments, levelGmm, twoStep);
        } catch (IllegalArgumentException e) {
            result.warn("difference-in-Hansen for the level instruments is not available: the model without them "
                    + "cannot be estimated (" + e.getMessage() + ")");
            return;
        }
        int dfR = restricted.df();
        double pR = dfR > 0 ? Distributions.chiSquaredUpperP(restricted.hansen(), dfR) : Double.NaN;
        result.addTest(TestResult.chi2("hansen_excluding_levels", restricted.hansen(), dfR, pR)
                .with("null", "the instruments other than the level-equation GMM-style ones are valid"));
        double diff = fit.hansen() - restricted.hansen();
        result.addTest(TestResult.chi2("diff_hansen_levels", diff, levelGmm.length,
                Distributions.chiSquaredUpperP(Math.max(diff, 0), levelGmm.length))
                .with("null", "the level-equation GMM-style instruments (lagged differences) are valid")
                .with("restricted_model", "re-estimated without them"));
        if (diff < 0) {
            result.warn("difference-in-Hansen for the level instruments is negative (" + diff + "): the restricted "
                    + "model's weight differs; treat the test as uninformative");
        }
    }

    private static String vcovDescription(boolean twoStep, boolean robust) {
        if (twoStep) {
            return robust ? "two-step, Windmeijer (2005) corrected" : "two-step, uncorrected (X'Z A2 Z'X)^-1";
        }
        return robust ? "one-step, Arellano-Bond robust sandwich" : "one-step, sigma^2 (X'Z A1 Z'X)^-1 (iid errors)";
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    /**
     * Lags and differences count positions on the period grid: a missing period inside an entity's series (a row
     * absent or a value missing between its first and last observed period) would silently pair the wrong periods,
     * so it is refused, naming the entity, the variable and the periods.
     */
    private static void checkGaps(PanelFrame data, long[] periods, Map<Variable, double[][]> grids) {
        List<String> problems = new ArrayList<>();
        List<String> labels = data.entityLabels();
        for (Map.Entry<Variable, double[][]> e : grids.entrySet()) {
            double[][] g = e.getValue();
            for (int i = 0; i < g.length && problems.size() < 10; i++) {
                int a = 0;
                while (a < g[i].length && Double.isNaN(g[i][a])) {
                    a++;
                }
                int b = g[i].length - 1;
                while (b > a && Double.isNaN(g[i][b])) {
                    b--;
                }
                List<Long> gaps = new ArrayList<>();
                for (int s = a; s <= b; s++) {
                    if (Double.isNaN(g[i][s])) {
                        gaps.add(periods[s]);
                    }
                }
                if (!gaps.isEmpty()) {
                    problems.add("entity '" + labels.get(i) + "' has a gap in " + e.getKey().label() + ": no value in "
                            + data.timeColumn() + " " + gaps + " between " + periods[a] + " and " + periods[b]
                            + "; panel.gmm lags and differences need consecutive periods (fill the gap or drop the "
                            + "entity's periods on one side)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Lags count positions on the period grid, so the periods must be equally spaced. */
    private static void checkSpacing(PanelFrame data, long[] periods) {
        long step = periods[1] - periods[0];
        for (int s = 2; s < periods.length; s++) {
            if (periods[s] - periods[s - 1] != step) {
                throw new InputException("the periods of " + data.timeColumn() + " are not equally spaced ("
                        + periods[s - 2] + ", " + periods[s - 1] + ", " + periods[s] + "): panel.gmm lags count "
                        + "periods on one grid");
            }
        }
    }

    /** A variable on the entity × period grid, NaN where the panel has no row or the value is missing. */
    private static double[][] grid(PanelFrame data, Variable v, Map<Variable, double[][]> cache, Result result) {
        double[][] g = cache.get(v);
        if (g != null) {
            return g;
        }
        double[] values = data.numeric(v.column());
        g = new double[data.nEntities()][data.nPeriods()];
        for (double[] row : g) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        int nonPositive = 0;
        for (int r = 0; r < data.rows(); r++) {
            double value = values[r];
            if (v.log()) {
                if (value <= 0) {
                    nonPositive++;
                    value = Double.NaN;
                } else {
                    value = Math.log(value);
                }
            }
            g[data.entityIndex(r)][data.timeIndex(r)] = value;
        }
        if (nonPositive > 0) {
            result.warn(nonPositive + " value(s) of " + v.column() + " are zero or negative: log(" + v.column()
                    + ") is missing there");
        }
        cache.put(v, g);
        return g;
    }

    private static double[][] lagged(double[][] g, int lag) {
        double[][] out = new double[g.length][];
        for (int i = 0; i < g.length; i++) {
            out[i] = new double[g[i].length];
            for (int s = 0; s < g[i].length; s++) {
                out[i][s] = s - lag >= 0 ? g[i][s - lag] : Double.NaN;
            }
        }
        return out;
    }
}
