package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.panel.numerics.FitOptions;
import org.carbonlab.panel.numerics.FixedEffects;
import org.carbonlab.panel.numerics.PanelEffect;

/**
 * What the estimators that are built from named variables rather than a formula (mediation, moderation) share:
 * their common parameters, turning roles (outcome, treatment, controls) into formula text, fitting one equation
 * through {@code panel.fe} or {@code panel.ols}, and the checks that name a role's problem.
 */
final class EquationSupport {
    static final String OUTCOME = "outcome";
    static final String TREATMENT = "treatment";
    static final String CONTROLS = "controls";
    static final String MODEL = "model";

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_.][\\p{L}\\p{Nd}_.]*");

    private EquationSupport() {
    }

    static ParameterSpec outcome() {
        return ParameterSpec.required(OUTCOME, ParameterType.COLUMN, "the dependent variable (column)");
    }

    static ParameterSpec treatment(String doc) {
        return ParameterSpec.required(TREATMENT, ParameterType.COLUMN, doc);
    }

    static ParameterSpec controls() {
        return ParameterSpec.optional(CONTROLS, ParameterType.COLUMN_LIST, null,
                "control variables added to every equation, comma-separated: columns or formula terms such as "
                        + "log(gdp) or lag(x,1)");
    }

    /** model, effect, vcov, cluster, ssc, level: the options of the fitted equations. */
    static List<ParameterSpec> fitOptions() {
        List<ParameterSpec> specs = new ArrayList<>(List.of(
                ParameterSpec.choice(MODEL, "fe", List.of("fe", "ols"),
                        "how each equation is fitted: fe (within estimator, as panel.fe) or ols (pooled OLS with an "
                                + "intercept, as panel.ols)"),
                ParameterSpec.choice(PanelParameters.EFFECT, "individual", List.of("individual", "time", "twoways"),
                        "fixed effects absorbed when model=fe: individual (entity), time (period) or twoways; "
                                + "ignored when model=ols")));
        specs.addAll(CovarianceParameters.all("model=fe: clustered by entity, as panel.fe; model=ols: HC1, as panel.ols"));
        return List.copyOf(specs);
    }

    static boolean fixedEffects(Parameters p) {
        return "fe".equals(p.string(MODEL));
    }

    /** The column name as written in a formula: plain, or in backquotes. */
    static String quote(String column) {
        return PLAIN.matcher(column).matches() ? column : "`" + column + "`";
    }

    /** The canonical term label of a column or expression as the formula machinery writes it. */
    static String label(String formulaText) {
        return Expression.parse(formulaText).label();
    }

    /**
     * The controls as formula terms. The list parameter splits at every comma, so items that were split inside
     * parentheses ({@code lag(x,1)}) are joined again; names of columns are quoted when needed, anything else is
     * taken as a formula term.
     */
    static List<String> controlTerms(Parameters p, PanelFrame data) {
        List<String> joined = new ArrayList<>();
        StringBuilder cur = null;
        int depth = 0;
        for (String item : p.list(CONTROLS)) {
            cur = cur == null ? new StringBuilder(item) : cur.append(',').append(item);
            depth += parenthesisBalance(item);
            if (depth <= 0) {
                joined.add(cur.toString());
                cur = null;
                depth = 0;
            }
        }
        if (cur != null) {
            joined.add(cur.toString());
        }
        List<String> terms = new ArrayList<>();
        for (String c : joined) {
            terms.add(data.hasColumn(c) ? quote(c) : c);
        }
        return terms;
    }

    private static int parenthesisBalance(String s) {
        int d = 0;
        boolean quoted = false;
        for (char ch : s.toCharArray()) {
            if (ch == '`') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                d++;
            } else if (!quoted && ch == ')') {
                d--;
            }
        }
        return d;
    }

    /** {@code response ~ t1 + t2 + …}. */
    static String formula(String response, List<String> terms) {
        return response + " ~ " + String.join(" + ", terms);
    }

    /**
     * Checks the controls: each must parse as a formula term and must not be one of the role variables
     * ({@code roles}: role name → its columns). Problems are added to {@code problems}; the columns the parsed
     * controls use are returned (to be checked against the data with the role columns).
     */
    static Set<String> checkControls(List<String> controls, Map<String, List<String>> roles, List<String> problems) {
        Set<String> variables = new LinkedHashSet<>();
        for (String c : controls) {
            Expression e;
            try {
                e = Expression.parse(c);
            } catch (InputException ex) {
                for (String msg : ex.problems()) {
                    problems.add("control '" + c + "': " + msg);
                }
                continue;
            }
            variables.addAll(e.variables());
            for (Map.Entry<String, List<String>> role : roles.entrySet()) {
                for (String name : role.getValue()) {
                    if (e.label().equals(label(quote(name)))) {
                        problems.add("control '" + c + "' is the " + role.getKey() + "; remove it from controls");
                    }
                }
            }
        }
        return variables;
    }

    /** Fits one equation with {@code panel.fe} or {@code panel.ols} according to the {@code model} parameter. */
    static Result fit(ModelFrame mf, Parameters p) {
        return fixedEffects(p) ? FixedEffectsEstimator.fit(mf, p) : PooledOlsEstimator.fit(mf, p);
    }

    static PanelEffect effect(Parameters p) {
        return switch (p.string(PanelParameters.EFFECT)) {
            case "time" -> PanelEffect.TIME;
            case "twoways" -> PanelEffect.TWOWAYS;
            default -> PanelEffect.INDIVIDUAL;
        };
    }

    /**
     * Why a regressor cannot be estimated over the rows of {@code mf}: constant (model=ols) or without variation
     * left once the fixed effects are removed (model=fe); null when it varies.
     */
    static String variationProblem(ModelFrame mf, Parameters p, String role, String name, double[] v) {
        double tol = FitOptions.defaults().collinearityTolerance();
        if (!fixedEffects(p)) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double d : v) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            return max > min ? null
                    : role + " '" + name + "' is constant (" + min + ") in the " + v.length
                            + " rows used, so its effect cannot be estimated";
        }
        PanelEffect effect = effect(p);
        double[] within = FixedEffects.demean(v, mf.entityIndex(), mf.timeIndex(), effect);
        if (norm(within) > tol * norm(v)) {
            return null;
        }
        String entity = mf.data().entityColumn();
        String time = mf.data().timeColumn();
        String how = switch (effect) {
            case INDIVIDUAL -> "does not vary within entities (it is constant over " + time + " for every " + entity
                    + "), so the entity fixed effects absorb it";
            case TIME -> "does not vary within periods (it is the same for every " + entity + " in each " + time
                    + "), so the time fixed effects absorb it";
            case TWOWAYS -> "has no variation left once entity and period effects are removed (it is constant within "
                    + "entities, within periods, or a sum of the two), so the two-way fixed effects absorb it";
        };
        return role + " '" + name + "' " + how + " and its effect cannot be estimated with model=fe, effect="
                + p.string(PanelParameters.EFFECT) + "; use a variable that changes over time within " + entity
                + ", another effect, or model=ols";
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** A fitted equation as a named model: coefficients, statistics, tests, covariance and inference. */
    static ModelResult asModel(Result fit, String name) {
        ModelResult m = new ModelResult(name);
        fit.coefficients().forEach(m::addCoefficient);
        fit.statistics().forEach(m::statistic);
        fit.tests().forEach(m::addTest);
        if (fit.vcovTerms() != null) {
            m.vcov(fit.vcovTerms(), fit.vcov());
        }
        m.inference(fit.inference());
        return m;
    }

    /**
     * Copies an equation's warnings: those of the shared design (missing rows, unbalanced panel) once, the
     * equation's own (dropped terms) prefixed with its name.
     */
    static void copyWarnings(Result into, Result fit, String name, ModelFrame mf) {
        for (String w : fit.warnings()) {
            if (mf.warnings().contains(w)) {
                continue;
            }
            into.warn(w.startsWith("dropped ") ? "equation " + name + ": " + w : w);
        }
    }
}
