package org.carbonlab.spatial.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.inference.ReferenceDistribution;
import org.carbonlab.core.inference.VcovType;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.spatial.numerics.ml.ImpactEstimates;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Effect;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Fit;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Kind;
import org.carbonlab.spatial.numerics.ml.SpatialPanelModel.Spec;


/**
 * {@code spatial.panel}: SAR, SDM, SEM and SAC models by maximum likelihood on a cross-section or a balanced panel
 * with no, individual, time or two-way fixed effects (direct or Lee–Yu convention, optional Elhorst bias
 * correction), analytic information-matrix standard errors, LeSage–Pace direct/indirect/total effects with
 * simulated inference ({@code tables.effects}), and for the SDM the LR and Wald tests against SAR (θ = 0) and SEM
 * (θ = −rβ), and for two-way effects the LR tests against one-way effects.
 *
 * <p>Standard errors are the ML ones (inverse expected information), as splm, spatialreg and Elhorst's code report;
 * cluster- or heteroskedasticity-robust covariances are not offered for these likelihoods.
 */
public class SpatialPanelEstimator implements Estimator {
    static final String ID = "spatial.panel";
    private static final String INTERCEPT = "(Intercept)";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.required("formula", ParameterType.FORMULA, "the model, e.g. y ~ x1 + log(x2)"));
        specs.add(ParameterSpec.choice("model", "sdm", List.of("sar", "sdm", "sem", "sac"),
                "sar: y = rho Wy + Xb; sdm: adds W*X (durbin=); sem: y = Xb + u, u = lambda Wu + e; sac: lag and"
                        + " error with the same W. Default sdm, the general model that the LR/Wald tests reduce"
                        + " to SAR or SEM"));
        specs.add(ParameterSpec.choice("effect", "auto", List.of("auto", "none", "individual", "time", "twoways"),
                "fixed effects removed by demeaning; auto: individual on panel data, none on a cross-section"
                        + " (none keeps the intercept: pooled model)"));
        specs.add(ParameterSpec.choice("approach", "direct", List.of("direct", "leeyu"),
                "direct (default): Elhorst's demeaned likelihood, NT observations and T ln|I - rho W|, as splm"
                        + " (LeeYu=FALSE) and Elhorst's code without bias correction report it, so results match"
                        + " those programs; leeyu: Lee and Yu's (2010) orthogonal transformation, consistent sigma2"
                        + " (N(T-1) observations for individual effects) and, with time or two-way effects,"
                        + " (N-1) units and the -ln(1 - rho) Jacobian term (needs a row-standardised W)"));
        specs.add(ParameterSpec.choice("bias_correction", "none", List.of("none", "elhorst"),
                "elhorst: Elhorst's bias-corrected estimates of the direct approach (sigma2 T/(T-1) for individual,"
                        + " N/(N-1) for time effects; rho, beta and sigma2 corrected for two-way effects)"));
        specs.add(ParameterSpec.optional("durbin", ParameterType.LIST, null,
                "sdm: the regressors (formula column labels) whose spatial lags W*x enter; default all"));
        specs.add(ParameterSpec.choice("logdet", "auto", List.of("auto", "eigen", "lu", "chebyshev"),
                "ln|I - rho W|: eigen (exact, eigenvalues computed once, dense O(N^3)), lu (exact, a dense LU of"
                        + " I - rho W at every evaluation, O(N^3/3) each; rho searched in (-1/s, 1/s), s the spectral"
                        + " radius), chebyshev (Chebyshev approximation with Monte Carlo traces, sparse products"
                        + " only); eigen and lu take the information-matrix traces from one dense inverse at the"
                        + " estimate. auto: eigen up to N = " + SpatialBackends.EXACT_LIMIT + " units ("
                        + SpatialBackends.SYMMETRIC_EXACT_LIMIT + " when W is similar to a symmetric matrix, e.g."
                        + " row-standardised contiguity), lu for any other W up to N = " + SpatialBackends.LU_LIMIT
                        + " (eigen for model=sac, which evaluates ln|I - rho W| thousands of times), chebyshev"
                        + " above"));
        specs.add(ParameterSpec.integer("draws", 1000, 0, null,
                "parameter draws for the simulated inference on the effects (0: point effects only)"));
        specs.add(ParameterSpec.integer("seed", null, null, null,
                "seed of the effect draws and trace probes (default " + EstimationContext.DEFAULT_SEED + ")"));
        specs.add(ParameterSpec.number("level", 0.95, 0.0, 1.0, "confidence level of the intervals"));
        specs.add(ParameterSpec.integer("trace_probes", 50, 1, null,
                "random probe vectors of the Monte Carlo traces (chebyshev logdet, large-N effects)"));
        specs.add(ParameterSpec.integer("trace_order", 60, 4, null,
                "order of the Chebyshev approximation (large N); its error falls like 0.63^order at |rho| = 0.9"));
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
        Kind kind = Kind.valueOf(p.string("model").toUpperCase(Locale.ROOT));
        Effect effect = effect(p.string("effect"), f.hasTime());
        boolean leeYu = "leeyu".equals(p.string("approach"));
        boolean bc = "elhorst".equals(p.string("bias_correction"));
        checkOptions(p, f, kind, effect, leeYu, bc, periods, n, w);
        PanelDesign d = PanelDesign.of(m, f, effect != Effect.NONE, p.string("formula"));
        int[] durbin = durbinColumns(p, kind, d.labels());
        SpatialBackends backends = SpatialBackends.choose(w, p.string("logdet"), kind == Kind.SAC,
                (int) p.integer("trace_probes"),
                (int) p.integer("trace_order"), c.seed());
        SpatialPanelModel model = new SpatialPanelModel(d.y(), d.x(), n, periods, w, backends.logDet(),
                backends.traces());
        d.checkVariation(model, effect);
        Spec spec = new Spec(kind, effect, leeYu, bc, durbin);
        Fit fit;
        try {
            fit = model.fit(spec);
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            throw new InputException("spatial.panel: the regressors of '" + p.string("formula") + "'"
                    + (durbin.length > 0 ? " with their spatial lags W*x" : "") + " are collinear"
                    + (effect != Effect.NONE ? " after removing the " + p.string("effect") + " fixed effects" : "")
                    + "; drop one of them" + (durbin.length > 0 ? " or narrow durbin=" : ""));
        } catch (ArithmeticException e) {
            throw new InputException("spatial.panel: " + e.getMessage() + " (I - rho W is singular or nearly so"
                    + " at the estimate " + interval(backends) + "); check W, or try logdet=eigen");
        }
        double level = p.number("level");

        List<String> terms = new ArrayList<>(d.labels());
        for (int j : durbin) {
            terms.add("W*" + d.labels().get(j));
        }
        if (kind.lag()) {
            terms.add("rho");
        }
        if (kind.error()) {
            terms.add("lambda");
        }
        Result r = new Result(ID);
        double z = Distributions.tCritical(level, Double.POSITIVE_INFINITY);
        double[] b = fit.coefficients();
        double[][] v = fit.vcov();
        for (int j = 0; j < b.length; j++) {
            double se = Math.sqrt(v[j][j]);
            double t = b[j] / se;
            r.addCoefficient(new Coefficient(terms.get(j), b[j], se, t, Distributions.normalTwoSidedP(t),
                    b[j] - z * se, b[j] + z * se));
        }
        double[][] vb = new double[b.length][b.length];
        for (int a = 0; a < b.length; a++) {
            System.arraycopy(v[a], 0, vb[a], 0, b.length);
        }
        r.vcov(terms, vb);
        r.inference(new Inference(ReferenceDistribution.NORMAL, Double.POSITIVE_INFINITY, VcovType.CLASSICAL,
                "inverse of the analytic information matrix (ML)", 0, level));
        r.statistic("vcov", "classical");
        r.statistic("vcov_description", "inverse of the analytic information matrix (ML)");
        r.statistic("statistic_type", "z");
        statistics(r, fit, kind, effect, leeYu, bc, n, periods, backends, w);
        r.data(new DataSummary(f.source(), f.sha256(), m.nObs(), n, periods, true));
        if (!f.hasTime()) {
            r.data(r.data().asCrossSection());
        }
        if (kind.lag()) {
            effects(r, fit, d, durbin, backends, (int) p.integer("draws"), c.seed(), level);
        }
        try {
            tests(r, model, fit, spec, d);
        } catch (ArithmeticException | org.apache.commons.math3.linear.SingularMatrixException e) {
            r.warn("the specification tests were not computed: a restricted model could not be fitted ("
                    + e.getMessage() + ")");
        }
        if (fit.rhoBound() != null) {
            r.warn("rho is at the " + fit.rhoBound() + " end of its interval " + interval(backends)
                    + ": the likelihood has no interior maximum");
        }
        if (fit.lambdaBound() != null) {
            r.warn("lambda is at the " + fit.lambdaBound() + " end of its interval " + interval(backends)
                    + ": the likelihood has no interior maximum");
        }
        return r;
    }

    private static String interval(SpatialBackends b) {
        return String.format(Locale.ROOT, "(%.6g, %.6g)", b.logDet().lower(), b.logDet().upper());
    }

    private static Effect effect(String s, boolean panel) {
        return switch (s) {
            case "none" -> Effect.NONE;
            case "individual" -> Effect.INDIVIDUAL;
            case "time" -> Effect.TIME;
            case "twoways" -> Effect.TWOWAYS;
            default -> panel ? Effect.INDIVIDUAL : Effect.NONE;
        };
    }

    private static void checkOptions(Parameters p, PanelFrame f, Kind kind, Effect effect, boolean leeYu, boolean bc,
            int periods, int n, SpatialWeights w) {
        List<String> problems = new ArrayList<>();
        if (!f.hasTime() && effect != Effect.NONE) {
            problems.add("effect=" + p.string("effect") + " needs panel data (a time column); the data are a"
                    + " cross-section: use effect=none");
        }
        if (kind != Kind.SDM && p.isSet("durbin")) {
            problems.add("durbin= is for model=sdm (the lags W*x of an SDM), not model=" + p.string("model"));
        }
        if (leeYu && bc) {
            problems.add("bias_correction=elhorst corrects the direct approach; approach=leeyu is already"
                    + " consistent: use one of them");
        }
        if (leeYu && (effect == Effect.INDIVIDUAL || effect == Effect.TWOWAYS) && periods < 2) {
            problems.add("approach=leeyu with " + p.string("effect") + " effects needs at least 2 periods (the"
                    + " transformation keeps T - 1 = " + (periods - 1) + "); the data have " + periods);
        }
        if (bc && (effect == Effect.INDIVIDUAL || effect == Effect.TWOWAYS) && periods < 2) {
            problems.add("bias_correction=elhorst with " + p.string("effect") + " effects needs at least 2 periods"
                    + " (it multiplies sigma2 by T/(T - 1)); the data have " + periods);
        }
        if (effect != Effect.NONE && effect != Effect.INDIVIDUAL && n < 2) {
            problems.add("time effects need at least 2 units");
        }
        if ((leeYu && (effect == Effect.TIME || effect == Effect.TWOWAYS)) || (bc && effect == Effect.TWOWAYS)) {
            for (double s : w.rowSums()) {
                if (Math.abs(s - 1.0) > 1e-10) {
                    problems.add("the Lee-Yu transformation with time effects (approach=leeyu, or the two-way bias"
                            + " correction) needs a row-standardised W (every row summing to 1, so that W1 = 1);"
                            + " give standardise=row");
                    break;
                }
            }
        }
        if (effect != Effect.NONE && effect != Effect.TIME && periods < 2 && !leeYu) {
            problems.add("effect=" + p.string("effect") + " needs at least 2 periods: with one period the"
                    + " individual effects absorb every observation");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static int[] durbinColumns(Parameters p, Kind kind, List<String> labels) {
        if (kind != Kind.SDM) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        if (!p.isSet("durbin")) {
            for (int j = 0; j < labels.size(); j++) {
                if (!INTERCEPT.equals(labels.get(j))) {
                    out.add(j);
                }
            }
        } else {
            for (String s : p.list("durbin")) {
                int j = labels.indexOf(s.trim());
                if (j < 0 || INTERCEPT.equals(s.trim())) {
                    List<String> allowed = new ArrayList<>(labels);
                    allowed.remove(INTERCEPT);
                    throw new InputException("durbin: '" + s.trim() + "' is not a regressor of the formula; its"
                            + " regressors are " + SpatialInputs.quoted(allowed));
                }
                if (!out.contains(j)) {
                    out.add(j);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void statistics(Result r, Fit fit, Kind kind, Effect effect, boolean leeYu, boolean bc, int n,
            int periods, SpatialBackends backends, SpatialWeights w) {
        double ll = fit.logLik();
        int df = fit.parameters();
        r.statistic("model", kind.name().toLowerCase(Locale.ROOT));
        r.statistic("effect", effect.name().toLowerCase(Locale.ROOT));
        r.statistic("approach", leeYu ? "leeyu" : "direct");
        r.statistic("bias_correction", fit.biasCorrected() ? "elhorst" : "none");
        r.statistic("sigma2", fit.sigma2());
        double[][] v = fit.vcov();
        r.statistic("sigma2_std_error", Math.sqrt(v[v.length - 1][v.length - 1]));
        r.statistic("log_likelihood", ll);
        r.statistic("aic", -2 * ll + 2 * df);
        r.statistic("bic", -2 * ll + Math.log(fit.nObs()) * df);
        r.statistic("df_loglik", df);
        r.statistic("r2", fit.r2());
        r.statistic("r2_corrected", fit.r2Corrected());
        r.statistic("n_obs", n * periods);
        r.statistic("n_obs_effective", fit.nObs());
        r.statistic("n_entities", n);
        r.statistic("n_periods", periods);
        r.statistic("logdet", backends.logDet().method());
        r.statistic("traces", backends.traces().method());
        r.statistic("spatial_interval", List.of(backends.logDet().lower(), backends.logDet().upper()));
        if (fit.rhoBound() != null) {
            r.statistic("rho_at_bound", fit.rhoBound());
        }
        if (fit.lambdaBound() != null) {
            r.statistic("lambda_at_bound", fit.lambdaBound());
        }
        r.statistic("standardisation", w.standardisation().label());
    }

    private static void effects(Result r, Fit fit, PanelDesign d, int[] durbin, SpatialBackends backends, int draws,
            long seed, double level) {
        List<Integer> cols = new ArrayList<>();
        for (int j = 0; j < d.labels().size(); j++) {
            if (!INTERCEPT.equals(d.labels().get(j))) {
                cols.add(j);
            }
        }
        if (cols.isEmpty()) {
            return;
        }
        int k = cols.size();
        double[] b = fit.coefficients();
        int nx = d.labels().size();
        int[] betaIdx = new int[k];
        int[] thetaIdx = new int[k];
        double[] beta = new double[k];
        double[] theta = new double[k];
        boolean sdm = durbin.length > 0;
        for (int q = 0; q < k; q++) {
            int j = cols.get(q);
            betaIdx[q] = j;
            beta[q] = b[j];
            thetaIdx[q] = -1;
            for (int a = 0; a < durbin.length; a++) {
                if (durbin[a] == j) {
                    thetaIdx[q] = nx + a;
                    theta[q] = b[nx + a];
                }
            }
        }
        double rho = b[fit.rhoIndex()];
        double[][] point = ImpactEstimates.point(backends.effects(), rho, beta, sdm ? theta : null);
        ImpactEstimates.Simulated sim = draws > 1 ? ImpactEstimates.simulate(backends.effects(), b, fit.vcov(),
                betaIdx, sdm ? thetaIdx : null, fit.rhoIndex(), draws, seed, level) : null;
        ResultTable t = new ResultTable(List.of("term", "effect", "estimate", "std_error", "statistic", "p_value",
                "conf_low", "conf_high"));
        String[] kinds = {"direct", "indirect", "total"};
        for (int q = 0; q < k; q++) {
            for (int kind = 0; kind < 3; kind++) {
                double est = point[kind][q];
                if (sim == null) {
                    t.addRow(d.labels().get(cols.get(q)), kinds[kind], est, null, null, null, null, null);
                } else {
                    double se = sim.standardErrors()[kind][q];
                    t.addRow(d.labels().get(cols.get(q)), kinds[kind], est, se, est / se,
                            ImpactEstimates.pValue(est, se), sim.lower()[kind][q], sim.upper()[kind][q]);
                }
            }
        }
        r.table("effects", t);
        r.statistic("effects_traces", backends.effects().method());
        r.statistic("effects_draws", sim == null ? 0 : draws);
        r.statistic("effects_inference", sim == null ? "none" : "simulation: " + draws + " draws from the"
                + " asymptotic normal of (beta, theta, rho); SE = standard deviation of the draws, interval ="
                + " percentiles, z = estimate/SE");
    }

    private static void tests(Result r, SpatialPanelModel model, Fit fit, Spec spec, PanelDesign d) {
        Map<String, TestResult> out = new LinkedHashMap<>();
        if (spec.kind() == Kind.SDM && spec.durbin().length > 0) {
            SpatialSpecificationTests.durbin(model, fit, spec, out);
        }
        if (spec.effect() == Effect.TWOWAYS) {
            SpatialSpecificationTests.twoWays(model, fit, spec, d.y().length, out);
        }
        out.values().forEach(r::addTest);
        if (!out.isEmpty()) {
            ResultTable t = new ResultTable(List.of("test", "statistic", "df", "p_value"));
            for (TestResult tr : out.values()) {
                t.addRow(tr.name(), tr.statistic(), tr.df()[0], tr.pValue());
            }
            r.table("tests", t);
        }
    }
}
