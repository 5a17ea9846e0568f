package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.panel.numerics.FitOptions;
import org.carbonlab.panel.numerics.FixedEffects;
import org.carbonlab.panel.numerics.MediationBootstrap;
import org.carbonlab.panel.numerics.MediationStatistics;
import org.carbonlab.panel.numerics.MediationStatistics.Verdict;
import org.carbonlab.panel.numerics.PanelEffect;
import org.carbonlab.panel.numerics.PooledOls;

/**
 * {@code panel.mediation}: the three-equation (Baron–Kenny) mediation analysis of applied panel papers, with one
 * mediator or several parallel ones, each equation fitted exactly as {@code panel.fe} (or {@code panel.ols}) fits it:
 * <pre>
 *   total:    Y = c  X            + controls [+ fixed effects]
 *   mediator: M = a  X            + controls [+ fixed effects]     (one equation per mediator)
 *   outcome:  Y = c' X + b M (+ …) + controls [+ fixed effects]
 * </pre>
 * All equations use the same rows: those where the outcome, the treatment, every mediator and every control are
 * present. With that common sample, c − c' = Σ a_j b_j holds exactly for pooled OLS and for the within estimator.
 *
 * <p><b>Statistics</b> (names fixed by the issue): c, a, b, c_prime, indirect = a·b, share_mediated = a·b/c,
 * sobel_se/z/p, aroian_z, goodman_z (see {@link MediationStatistics}; the standard errors of a and b are those of
 * the chosen vcov) and verdict. With several mediators the mediator-specific names get the suffix
 * {@code _<mediator>}, {@code indirect} is the sum of the indirect effects and {@code verdict} the overall one.
 *
 * <p><b>Verdict</b>: Baron and Kenny's steps ({@link MediationStatistics#baronKenny}) with each test at the
 * significance level α = 1 − level (0.05 by default), using the p-values of the chosen vcov: c significant, a and b
 * significant, then complete mediation if c' is not significant, partial if it is (with the sign of c and smaller
 * in size), otherwise none. With several mediators the overall verdict asks that some mediator has both a and b
 * significant.
 *
 * <p><b>Bootstrap</b> ({@code reps} &gt; 0, default {@value #DEFAULT_REPS}): every replication refits all equations on
 * a resample of whole entities (default; an entity drawn twice counts as two entities) or of observations, with the
 * same numerics as the point estimates; {@code tables.bootstrap} gives the bootstrap SE and the percentile and
 * bias-corrected intervals (Stata's {@code estat bootstrap} definitions, see {@link MediationBootstrap}) of the
 * indirect, direct (c') and total (c) effects. Replications run on all cores, are reproducible by {@code seed}
 * whatever the scheduling, report progress, can be cancelled; failed ones are counted and named in a warning.
 * Intervals need at least {@value MediationBootstrap#MIN_INTERVAL_REPS} successful replications (with fewer, their
 * ends are merely the extreme draws): below that they are left empty and a warning says why.
 */
public class MediationEstimator implements Estimator {
    static final String MEDIATOR = "mediator";
    static final String REPS = "reps";
    static final String SEED = "seed";
    static final String RESAMPLE = "resample";
    static final int DEFAULT_REPS = 500;

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(EquationSupport.outcome());
        specs.add(EquationSupport.treatment("the treatment (cause) whose effect is decomposed (column)"));
        specs.add(ParameterSpec.required(MEDIATOR, ParameterType.COLUMN_LIST,
                "the mediator column; several, comma-separated, are parallel mediators (one mediator equation each, "
                        + "all in the outcome equation)"));
        specs.add(EquationSupport.controls());
        specs.addAll(EquationSupport.fitOptions());
        specs.add(ParameterSpec.integer(REPS, DEFAULT_REPS, 0, 100_000,
                "bootstrap replications for the intervals of the indirect, direct and total effects; 0 = no bootstrap; "
                        + "intervals need at least " + MediationBootstrap.MIN_INTERVAL_REPS + " successful ones"));
        specs.add(ParameterSpec.integer(SEED, null, null, null,
                "seed of the bootstrap's random numbers; the same seed gives the same numbers (default "
                        + EstimationContext.DEFAULT_SEED + ")"));
        specs.add(ParameterSpec.choice(RESAMPLE, "entity", List.of("entity", "observation"),
                "bootstrap resampling: whole entities with all their periods (cluster bootstrap) or single observations"));
        specs.add(ByGroupRuns.byParameter());
        return new ParameterSchema(specs);
    }

    /** The variables in their roles, as formula terms. */
    private record Roles(String outcome, String treatment, List<String> mediators, List<String> controls) {
        static Roles of(Parameters p, PanelFrame data) {
            return new Roles(p.string(EquationSupport.OUTCOME), p.string(EquationSupport.TREATMENT), p.list(MEDIATOR),
                    EquationSupport.controlTerms(p, data));
        }

        boolean several() {
            return mediators.size() > 1;
        }

        /** Suffix of mediator j's names: empty with one mediator, {@code _<mediator>} with several. */
        String suffix(int j) {
            return several() ? "_" + mediators.get(j) : "";
        }
    }

    /** The three kinds of equation evaluated over their common sample. */
    private record Equations(ModelFrame total, List<ModelFrame> mediator, ModelFrame outcome, String xLabel,
            List<String> mLabels) {
        static Equations build(Roles r, PanelFrame data) {
            String y = EquationSupport.quote(r.outcome());
            String x = EquationSupport.quote(r.treatment());
            List<String> ms = r.mediators().stream().map(EquationSupport::quote).toList();
            List<String> totalTerms = new ArrayList<>(List.of(x));
            totalTerms.addAll(r.controls());
            List<Expression> mediatorExpressions = ms.stream().map(Expression::parse).toList();
            ModelFrame total = ModelFrame.of(data, Formula.parse(EquationSupport.formula(y, totalTerms)),
                    mediatorExpressions);
            List<ModelFrame> med = new ArrayList<>();
            for (String m : ms) {
                List<Expression> extra = new ArrayList<>(List.of(Expression.parse(y)));
                for (String other : ms) {
                    if (!other.equals(m)) {
                        extra.add(Expression.parse(other));
                    }
                }
                med.add(ModelFrame.of(data, Formula.parse(EquationSupport.formula(m, totalTerms)), extra));
            }
            List<String> outcomeTerms = new ArrayList<>(List.of(x));
            outcomeTerms.addAll(ms);
            outcomeTerms.addAll(r.controls());
            ModelFrame outcome = ModelFrame.of(data, Formula.parse(EquationSupport.formula(y, outcomeTerms)));
            return new Equations(total, med, outcome, EquationSupport.label(x),
                    ms.stream().map(EquationSupport::label).toList());
        }
    }

    @Override
    public List<String> validate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        Roles r = Roles.of(p, data);
        List<String> problems = new ArrayList<>();
        if (r.treatment().equals(r.outcome())) {
            problems.add("treatment '" + r.treatment() + "' is also the outcome; choose a different outcome or treatment");
        }
        if (r.mediators().isEmpty()) {
            problems.add("parameter 'mediator' needs at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (String m : r.mediators()) {
            if (m.equals(r.treatment())) {
                problems.add("mediator '" + m + "' is the treatment: a variable cannot mediate its own effect; choose "
                        + "a different mediator");
            } else if (m.equals(r.outcome())) {
                problems.add("mediator '" + m + "' is the outcome; choose a different mediator");
            } else if (!seen.add(m)) {
                problems.add("mediator '" + m + "' is listed twice");
            }
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put("outcome", List.of(r.outcome()));
        roles.put("treatment", List.of(r.treatment()));
        roles.put("mediator", r.mediators());
        Set<String> unknown = new LinkedHashSet<>(List.of(r.outcome(), r.treatment()));
        unknown.addAll(r.mediators());
        unknown.addAll(EquationSupport.checkControls(r.controls(), roles, problems));
        problems.addAll(data.checkNumeric(unknown));
        problems.addAll(RegressionBinding.crossSectionProblems(data, "model=fe", EquationSupport.fixedEffects(p)));
        problems.addAll(CovarianceSpec.problems(context.parameters(), context.data()));
        if (problems.isEmpty()) {
            try {
                problems.addAll(variationProblems(Equations.build(r, data), p, r));
            } catch (InputException e) {
                problems.addAll(e.problems());
            } catch (EstimationException e) {
                // no complete rows: estimate reports it as an estimation failure
            }
        }
        return problems;
    }

    /** The treatment and each mediator must vary over the common sample (within entities/periods under FE). */
    private static List<String> variationProblems(Equations eq, Parameters p, Roles r) {
        List<String> problems = new ArrayList<>();
        ModelFrame mf = eq.outcome();
        String x = EquationSupport.variationProblem(mf, p, "treatment", r.treatment(), mf.column(eq.xLabel()));
        if (x != null) {
            problems.add(x);
        }
        for (int j = 0; j < r.mediators().size(); j++) {
            String m = EquationSupport.variationProblem(mf, p, "mediator", r.mediators().get(j),
                    mf.column(eq.mLabels().get(j)));
            if (m != null) {
                problems.add(m);
            }
        }
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        return ByGroupRuns.add(estimateOne(context), context, this::estimateOne);
    }

    /** The analysis on the context's rows (by= is applied around it). */
    private Result estimateOne(EstimationContext context) {
        Parameters p = context.parameters();
        Roles r = Roles.of(p, context.data());
        Equations eq = Equations.build(r, context.data());
        List<String> bad = variationProblems(eq, p, r);
        if (!bad.isEmpty()) {
            throw new InputException(bad);
        }
        int k = r.mediators().size();
        Result total = EquationSupport.fit(eq.total(), p);
        List<Result> med = new ArrayList<>();
        for (ModelFrame mf : eq.mediator()) {
            med.add(EquationSupport.fit(mf, p));
        }
        Result out = EquationSupport.fit(eq.outcome(), p);

        Result result = new Result("panel.mediation");
        result.data(RegressionBinding.dataSummary(eq.outcome()));
        eq.outcome().warnings().forEach(result::warn);
        result.models().add(EquationSupport.asModel(total, "total"));
        EquationSupport.copyWarnings(result, total, "total", eq.total());
        for (int j = 0; j < k; j++) {
            String name = r.several() ? "mediator_" + r.mediators().get(j) : "mediator";
            result.models().add(EquationSupport.asModel(med.get(j), name));
            EquationSupport.copyWarnings(result, med.get(j), name, eq.mediator().get(j));
        }
        result.models().add(EquationSupport.asModel(out, "outcome"));
        EquationSupport.copyWarnings(result, out, "outcome", eq.outcome());

        Coefficient c = need(total, eq.xLabel(), "treatment", r.treatment(), "total");
        Coefficient cp = need(out, eq.xLabel(), "treatment", r.treatment(), "outcome");
        Coefficient[] a = new Coefficient[k];
        Coefficient[] b = new Coefficient[k];
        for (int j = 0; j < k; j++) {
            a[j] = need(med.get(j), eq.xLabel(), "treatment", r.treatment(), r.several() ? "mediator_" + r.mediators().get(j) : "mediator");
            b[j] = need(out, eq.mLabels().get(j), "mediator", r.mediators().get(j), "outcome");
        }
        // 1 - level in percent as written (0.95 gives exactly 0.05, not 0.050000000000000044)
        double alpha = Math.rint((100.0 - 100.0 * p.number(PanelParameters.LEVEL)) * 1e9) / 1e9 / 100.0;

        double indirectSum = 0;
        boolean anyPath = false;
        for (int j = 0; j < k; j++) {
            indirectSum += a[j].estimate() * b[j].estimate();
            anyPath |= a[j].pValue() < alpha && b[j].pValue() < alpha;
        }
        result.statistic("c", c.estimate());
        if (r.several()) {
            result.statistic("c_prime", cp.estimate());
            result.statistic("indirect", indirectSum);
            result.statistic("share_mediated", share(indirectSum, c.estimate()));
            result.statistic("verdict", MediationStatistics.baronKenny(c.estimate(), c.pValue() < alpha, anyPath,
                    cp.estimate(), cp.pValue() < alpha).label());
        }
        for (int j = 0; j < k; j++) {
            String s = r.suffix(j);
            double ab = a[j].estimate() * b[j].estimate();
            double sa = a[j].stdError();
            double sb = b[j].stdError();
            double sobelSe = MediationStatistics.sobelSe(a[j].estimate(), sa, b[j].estimate(), sb);
            double sobelZ = MediationStatistics.z(ab, sobelSe);
            double aroianSe = MediationStatistics.aroianSe(a[j].estimate(), sa, b[j].estimate(), sb);
            double goodmanSe = MediationStatistics.goodmanSe(a[j].estimate(), sa, b[j].estimate(), sb);
            result.statistic("a" + s, a[j].estimate());
            result.statistic("b" + s, b[j].estimate());
            if (!r.several()) {
                result.statistic("c_prime", cp.estimate());
            }
            result.statistic("indirect" + s, ab);
            result.statistic("share_mediated" + s, share(ab, c.estimate()));
            result.statistic("sobel_se" + s, sobelSe);
            result.statistic("sobel_z" + s, sobelZ);
            result.statistic("sobel_p" + s, MediationStatistics.normalP(sobelZ));
            double aroianZ = MediationStatistics.z(ab, aroianSe);
            double goodmanZ = MediationStatistics.z(ab, goodmanSe);
            result.statistic("aroian_z" + s, aroianZ);
            result.statistic("goodman_z" + s, goodmanZ);
            result.statistic("verdict" + s, MediationStatistics.baronKenny(c.estimate(), c.pValue(), a[j].pValue(),
                    b[j].pValue(), cp.estimate(), cp.pValue(), alpha).label());
            result.statistic("aroian_se" + s, aroianSe);
            result.statistic("aroian_p" + s, MediationStatistics.normalP(aroianZ));
            result.statistic("goodman_se" + s, goodmanSe);
            result.statistic("goodman_p" + s, MediationStatistics.normalP(goodmanZ));
            result.statistic("a_se" + s, sa);
            result.statistic("a_p" + s, a[j].pValue());
            result.statistic("b_se" + s, sb);
            result.statistic("b_p" + s, b[j].pValue());
            if (!Double.isFinite(goodmanSe)) {
                result.warn("goodman_z" + s + " is undefined: b²s_a² + a²s_b² − s_a²s_b² is not positive");
            }
            warnShare(result, "share_mediated" + s, share(ab, c.estimate()));
        }
        if (r.several()) {
            warnShare(result, "share_mediated", share(indirectSum, c.estimate()));
        }
        result.statistic("c_se", c.stdError());
        result.statistic("c_p", c.pValue());
        result.statistic("c_prime_se", cp.stdError());
        result.statistic("c_prime_p", cp.pValue());
        result.statistic("verdict_alpha", alpha);
        result.statistic("verdict_rule", "Baron-Kenny steps at alpha = 1 - level: c, a and b significant; then "
                + "complete if c' is not significant, partial if c' is significant with the sign of c and |c'| < |c|, "
                + "otherwise none");
        if (!(c.pValue() < alpha)) {
            boolean anySobel = false;
            for (int j = 0; j < k; j++) {
                anySobel |= ((Number) result.statistic("sobel_p" + r.suffix(j))).doubleValue() < alpha;
            }
            if (anySobel) {
                result.warn("the total effect c is not significant, so the Baron-Kenny verdict is none, although the "
                        + "Sobel test finds a significant indirect effect; the verdict follows the stepwise rule only");
            }
        }
        result.statistic("outcome", r.outcome());
        result.statistic("treatment", r.treatment());
        result.statistic("mediator", String.join(", ", r.mediators()));
        result.statistic("controls", String.join(", ", r.controls()));
        result.statistic("model", p.string(EquationSupport.MODEL));
        result.statistic("effect", EquationSupport.fixedEffects(p) ? p.string(PanelParameters.EFFECT) : "none");
        result.statistic("n_obs", eq.outcome().nObs());
        result.statistic("n_entities", eq.outcome().nEntities());
        result.statistic("n_periods", eq.outcome().nPeriods());
        result.statistic("vcov", p.string(PanelParameters.VCOV));
        result.statistic("vcov_description", out.inference().vcovDescription());

        int reps = (int) p.integer(REPS);
        if (reps > 0) {
            bootstrap(context, r, eq, a, b, cp, c, reps, result);
        }
        return result;
    }

    private static double share(double indirect, double c) {
        return c != 0 ? indirect / c : Double.NaN;
    }

    private static void warnShare(Result result, String name, double share) {
        if (Double.isFinite(share) && (share < 0 || share > 1)) {
            result.warn(name + " = " + share + " lies outside [0, 1]: the indirect and the total effect have opposite "
                    + "signs or the indirect effect is larger than the total (inconsistent mediation, suppression)");
        }
    }

    private static Coefficient need(Result fit, String label, String role, String name, String equation) {
        return fit.coefficient(label).orElseThrow(() -> new EstimationException("the " + role + " '" + name
                + "' was dropped from the " + equation + " equation (collinear with the controls or absorbed by the "
                + "fixed effects), so the mediation effects cannot be computed"));
    }

    // ------------------------------------------------------------------ bootstrap

    /** One equation's data for refits: response, regressors as the numerics take them, and term offsets. */
    private record Design(double[] y, double[][] x, int offset) implements java.io.Serializable {
        static Design of(ModelFrame mf, boolean fe) {
            double[][] full = mf.x();
            int icpt = mf.hasIntercept() ? 1 : 0;
            if (!fe) {
                return new Design(mf.y(), full, icpt);
            }
            int k = full[0].length - icpt;
            double[][] slopes = new double[full.length][k];
            for (int i = 0; i < full.length; i++) {
                System.arraycopy(full[i], icpt, slopes[i], 0, k);
            }
            return new Design(mf.y(), slopes, 0);
        }

        /** Coefficients (per term, formula order) on the resampled rows. */
        double[] refit(int[] rows, int[] entity, int[] timeAll, boolean fe, PanelEffect effect) {
            int n = rows.length;
            double[] yb = new double[n];
            double[][] xb = new double[n][];
            int[] tb = new int[n];
            for (int i = 0; i < n; i++) {
                yb[i] = y[rows[i]];
                xb[i] = x[rows[i]];
                tb[i] = timeAll[rows[i]];
            }
            double[] coef = fe ? FixedEffects.fit(yb, xb, entity, tb, effect, FitOptions.defaults()).coefficients()
                    : PooledOls.fit(yb, xb, FitOptions.defaults()).coefficients();
            double[] terms = new double[coef.length - offset];
            System.arraycopy(coef, offset, terms, 0, terms.length);
            return terms;
        }
    }

    private static void bootstrap(EstimationContext context, Roles r, Equations eq, Coefficient[] a, Coefficient[] b,
            Coefficient cp, Coefficient c, int reps, Result result) {
        Parameters p = context.parameters();
        boolean fe = EquationSupport.fixedEffects(p);
        PanelEffect effect = EquationSupport.effect(p);
        int k = r.mediators().size();
        Design total = Design.of(eq.total(), fe);
        List<Design> med = eq.mediator().stream().map(mf -> Design.of(mf, fe)).toList();
        Design out = Design.of(eq.outcome(), fe);
        int[] time = eq.outcome().timeIndex();

        List<String> names = new ArrayList<>();
        List<Double> estimates = new ArrayList<>();
        double sum = 0;
        for (int j = 0; j < k; j++) {
            names.add("indirect" + r.suffix(j));
            estimates.add(a[j].estimate() * b[j].estimate());
            sum += a[j].estimate() * b[j].estimate();
        }
        if (r.several()) {
            names.add("indirect");
            estimates.add(sum);
        }
        names.add("direct");
        estimates.add(cp.estimate());
        names.add("total");
        estimates.add(c.estimate());
        int width = names.size();

        MediationBootstrap.Statistic stat = (rows, entity) -> {
            double[] v = new double[width];
            double[] outcomeCoef = out.refit(rows, entity, time, fe, effect);
            double s = 0;
            for (int j = 0; j < k; j++) {
                double aj = med.get(j).refit(rows, entity, time, fe, effect)[0];
                double ab = aj * outcomeCoef[1 + j];
                v[j] = ab;
                s += ab;
            }
            int pos = k;
            if (k > 1) {
                v[pos++] = s;
            }
            v[pos++] = outcomeCoef[0];
            v[pos] = total.refit(rows, entity, time, fe, effect)[0];
            for (double d : v) {
                if (Double.isNaN(d)) {
                    throw new IllegalStateException("the treatment or a mediator was dropped in the resample "
                            + "(collinear or without variation within the resampled entities)");
                }
            }
            return v;
        };
        MediationBootstrap.Scheme scheme = "observation".equals(p.string(RESAMPLE))
                ? MediationBootstrap.Scheme.OBSERVATION : MediationBootstrap.Scheme.ENTITY;
        ProgressMonitor monitor = context.monitor();
        monitor.begin("panel.mediation bootstrap: " + reps + " replications", reps);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        MediationBootstrap.Draws draws = MediationBootstrap.run(eq.outcome().entityIndex(), scheme, reps,
                context.seed(), threads, width, stat, monitor::isCanceled, monitor::worked);

        double level = p.number(PanelParameters.LEVEL);
        ResultTable table = new ResultTable(List.of("effect", "estimate", "boot_se", "pct_low", "pct_high", "bc_low",
                "bc_high", "reps_ok", "reps_failed"));
        List<String> noBc = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            double[] d = draws.column(j);
            double est = estimates.get(j);
            MediationBootstrap.Interval pct = MediationBootstrap.percentile(d, level);
            MediationBootstrap.Interval bc = MediationBootstrap.biasCorrected(d, est, level);
            if (d.length >= MediationBootstrap.MIN_INTERVAL_REPS && Double.isNaN(bc.low())) {
                noBc.add(names.get(j));
            }
            table.addRow(names.get(j), est, MediationBootstrap.standardError(d), pct.low(), pct.high(), bc.low(),
                    bc.high(), draws.succeeded(), draws.failed());
        }
        result.table("bootstrap", table);
        result.table("bootstrap_draws", drawsTable(names, draws));
        result.statistic("bootstrap_reps", reps);
        result.statistic("bootstrap_ok", draws.succeeded());
        result.statistic("bootstrap_failed", draws.failed());
        result.statistic("bootstrap_resample", p.string(RESAMPLE));
        result.statistic("bootstrap_seed", context.seed());
        if (draws.failed() > 0) {
            StringBuilder why = new StringBuilder();
            for (Map.Entry<String, Integer> e : draws.failures().entrySet()) {
                if (why.length() > 0) {
                    why.append("; ");
                }
                why.append(e.getKey()).append(" (").append(e.getValue()).append(')');
            }
            result.warn(draws.failed() + " of " + reps + " bootstrap replications failed and were left out of the "
                    + "intervals: " + why);
        }
        if (draws.succeeded() < 2) {
            result.warn("fewer than 2 bootstrap replications succeeded: no bootstrap standard errors or intervals");
        } else if (draws.succeeded() < MediationBootstrap.MIN_INTERVAL_REPS) {
            result.warn("only " + draws.succeeded() + " bootstrap replication(s) succeeded: percentile and "
                    + "bias-corrected intervals need at least " + MediationBootstrap.MIN_INTERVAL_REPS
                    + " and are not reported (raise reps)");
        } else if (!noBc.isEmpty()) {
            result.warn("bias-corrected interval undefined for " + String.join(", ", noBc)
                    + ": every bootstrap draw lies on one side of the estimate");
        }
    }

    /**
     * The successful bootstrap draws, one row per replication (numbered from 1 in replication order), so that the
     * distribution can be drawn and checked from the result alone.
     */
    private static ResultTable drawsTable(List<String> names, MediationBootstrap.Draws draws) {
        List<String> columns = new ArrayList<>(List.of("replication"));
        columns.addAll(names);
        ResultTable t = new ResultTable(columns);
        double[][] values = draws.values();
        for (int r = 0; r < values.length; r++) {
            if (Double.isNaN(values[r][0])) {
                continue; // a failed replication
            }
            Object[] row = new Object[columns.size()];
            row[0] = r + 1;
            for (int j = 0; j < names.size(); j++) {
                row[j + 1] = values[r][j];
            }
            t.addRow(row);
        }
        return t;
    }
}
