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
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.formula.Term;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.report.PublicationOptions;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;

/**
 * {@code panel.stepwise}: the stepwise table of applied papers, one regression per column.
 *
 * <p><b>Models.</b> Either a base {@code formula} and {@code controls}, added one at a time in the order given
 * (m1 = base, m2 = base + c1, m3 = base + c1 + c2, ...), or an explicit list {@code formulas} separated by
 * {@code ;} (m1, m2, ... in that order); exactly one of the two. Every model is fitted by the single estimator that
 * {@code model} names ({@code fe}: {@code panel.fe}, {@code re}: {@code panel.re}, {@code ols}: {@code panel.ols})
 * through its own fit method with its own parameters ({@code effect}, {@code vcov}, {@code cluster}, {@code ssc},
 * {@code level}), so each model's terms, coefficients, statistics and tests are those the single estimator reports.
 * {@code effect} defaults to individual for fe and re; model=re allows only individual, model=ols only none.
 *
 * <p><b>Sample.</b> {@code sample=own} (default) fits every model on its own complete cases, as separate Stata
 * regressions do (N may then grow as controls with missing values leave the model; a warning says so).
 * {@code sample=common} fits every model on the rows complete in every variable of the largest model (the union of
 * the responses and terms of all models), so the columns differ only by their regressors.
 *
 * <p><b>Output.</b> {@code models}: m1, m2, ..., each with the single estimator's statistics plus {@code formula},
 * {@code added} (the control the step added; controls mode) and {@code sample}. The top-level coefficients,
 * covariance, tests and statistics are those of the last model ({@code main_model} names it); before them come
 * {@code main_model_note}, {@code model}, {@code effect}, {@code sample}, {@code n_models}, {@code model_names},
 * {@code formulas}, {@code n_obs_by_model}. Warnings that every model shares are given once, the others prefixed with
 * the model's name. The result carries {@code parenthesis}, {@code stars} and {@code notes} among its parameters:
 * the publication table of the models (one column each, N, R², fixed-effect indicators, notes) follows them in
 * every report format.
 */
public class StepwiseEstimator implements Estimator {
    static final String FORMULAS = "formulas";
    static final String CONTROLS = EquationSupport.CONTROLS;
    static final String MODEL = "model";
    static final String SAMPLE = "sample";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.optional(PanelParameters.FORMULA, ParameterType.FORMULA, null,
                "the base model m1, R style (y ~ x1 + log(x2)); with controls, m2 adds the first control, m3 the "
                        + "second, ... (give formula or formulas, not both)"));
        specs.add(ParameterSpec.optional(CONTROLS, ParameterType.COLUMN_LIST, null,
                "controls added to the base formula one at a time, in this order, comma-separated: columns or formula "
                        + "terms such as log(gdp) or lag(x,1)"));
        specs.add(ParameterSpec.optional(FORMULAS, ParameterType.STRING, null,
                "the models written out, separated by ';' (m1; m2; ...), e.g. y ~ x; y ~ x + w; y ~ x + w + z "
                        + "(instead of formula and controls)"));
        specs.add(ParameterSpec.choice(MODEL, "fe", List.of("fe", "re", "ols"),
                "the estimator of every model: fe (panel.fe, within), re (panel.re, Swamy-Arora random effects) or "
                        + "ols (panel.ols, pooled OLS)"));
        specs.add(ParameterSpec.choice(PanelParameters.EFFECT, null, List.of("none", "individual", "time", "twoways"),
                "effects: for model=fe individual (default), time or twoways; model=re is individual only; "
                        + "model=ols none only"));
        specs.addAll(CovarianceParameters.all(
                "fe and re: clustered by entity, as panel.fe and panel.re; ols: HC1, as panel.ols"));
        specs.add(ParameterSpec.choice(SAMPLE, "own", List.of("own", "common"),
                "own: every model on its own complete cases (as separate Stata regressions); common: every model on "
                        + "the rows complete in all variables of the largest model"));
        specs.addAll(PublicationOptions.parameterSpecs());
        specs.add(ParameterSpec.optional(org.carbonlab.core.report.ResultRenderer.ADJ_R2_PARAMETER,
                ParameterType.BOOLEAN, "false",
                "add the row 'Adj. R² (FE as dummies)' to the publication table: the adjusted R² of each model with "
                        + "its fixed effects as explicit dummies (lm with factors; areg's and reghdfe's r2_a without "
                        + "clustering), a pooled model's adjusted R²"));
        specs.add(ByGroupRuns.byParameter());
        return new ParameterSchema(specs);
    }

    /** One model of the table: its name, formula text and the control it added (null for the base). */
    record Step(String name, String formula, String added) {
    }

    @Override
    public List<String> validate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        List<String> problems = new ArrayList<>(modeProblems(p));
        problems.addAll(effectProblems(p));
        problems.addAll(RegressionBinding.crossSectionProblems(data, "model=" + p.string(MODEL), !"ols".equals(p.string(MODEL))));
        problems.addAll(CovarianceSpec.problems(context.parameters(), context.data()));
        problems.addAll(PublicationOptions.problems(p.asMap()));
        if (modeProblems(p).isEmpty()) {
            problems.addAll(stepProblems(p, data));
        }
        return problems;
    }

    private static boolean hasFormulas(Parameters p) {
        return p.isSet(FORMULAS) && !p.string(FORMULAS).isBlank();
    }

    /** Exactly one way to give the models. */
    private static List<String> modeProblems(Parameters p) {
        boolean formula = p.isSet(PanelParameters.FORMULA);
        boolean formulas = hasFormulas(p);
        boolean controls = !p.list(CONTROLS).isEmpty();
        List<String> problems = new ArrayList<>();
        if (formula && formulas) {
            problems.add("give either formula (the base model, with controls added one at a time) or formulas (the "
                    + "models written out, separated by ';'), not both");
        } else if (!formula && !formulas) {
            problems.add("panel.stepwise needs its models: a base formula with controls added one at a time (--set "
                    + "formula='y ~ x' --set controls=w,z) or formulas separated by ';' (--set formulas='y ~ x; y ~ x + w')");
        } else if (formulas && controls) {
            problems.add("controls go with formula, not with formulas: write the controls into each of the formulas, "
                    + "or give the base model as formula");
        }
        return problems;
    }

    private static List<String> effectProblems(Parameters p) {
        String model = p.string(MODEL);
        String effect = p.string(PanelParameters.EFFECT);
        List<String> problems = new ArrayList<>();
        if (effect == null) {
            return problems;
        }
        switch (model) {
            case "ols" -> {
                if (!"none".equals(effect)) {
                    problems.add("effect=" + effect + " does not apply to model=ols (pooled OLS has no effects); use "
                            + "model=fe for fixed effects, or leave effect unset");
                }
            }
            case "re" -> {
                if (!"individual".equals(effect)) {
                    problems.add("model=re estimates individual (entity) random effects only; effect=" + effect
                            + " is not available (leave effect unset, or use model=fe for " + effect + " fixed effects)");
                }
            }
            default -> {
                if ("none".equals(effect)) {
                    problems.add("effect=none with model=fe: the within estimator needs individual, time or twoways "
                            + "effects; use model=ols for a regression without effects");
                }
            }
        }
        return problems;
    }

    /** The formulas and controls against the data; every problem. */
    private static List<String> stepProblems(Parameters p, PanelFrame data) {
        List<String> problems = new ArrayList<>();
        if (hasFormulas(p)) {
            List<String> texts = splitFormulas(p.string(FORMULAS));
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                String where = "formulas entry " + (i + 1);
                if (t.isEmpty()) {
                    problems.add(where + " is empty; separate the formulas by single ';' (y ~ x; y ~ x + w)");
                    continue;
                }
                try {
                    Formula ft = Formula.parse(t);
                    problems.addAll(RegressionBinding.unsupportedParts(ft, where + " ('" + t + "')"));
                    problems.addAll(prefixed(where + " ('" + t + "')", ft.check(data)));
                } catch (InputException e) {
                    problems.addAll(prefixed(where + " ('" + t + "')", e.problems()));
                }
            }
            return problems;
        }
        String base = p.string(PanelParameters.FORMULA);
        Formula f;
        try {
            f = Formula.parse(base);
            problems.addAll(RegressionBinding.unsupportedParts(f, "formula '" + base + "'"));
            problems.addAll(f.check(data));
        } catch (InputException e) {
            problems.addAll(e.problems());
            f = null;
        }
        Set<String> baseTerms = f == null ? Set.of() : new LinkedHashSet<>(f.termLabels());
        Set<String> seen = new LinkedHashSet<>();
        for (String c : EquationSupport.controlTerms(p, data)) {
            Expression e;
            try {
                e = Expression.parse(c);
            } catch (InputException ex) {
                problems.addAll(prefixed("control '" + c + "'", ex.problems()));
                continue;
            }
            problems.addAll(prefixed("control '" + c + "'", data.checkNumeric(e.variables())));
            String label = e.label();
            if (baseTerms.contains(label)) {
                problems.add("control '" + c + "' is already in the base formula " + base
                        + "; remove it from the formula or from controls");
            } else if (!seen.add(label)) {
                problems.add("control '" + c + "' is listed twice in controls");
            }
        }
        return problems;
    }

    private static List<String> prefixed(String prefix, List<String> messages) {
        return messages.stream().map(m -> prefix + ": " + m).toList();
    }

    /** The ';'-separated formulas, trimmed; a trailing ';' is ignored, empty entries elsewhere are kept (errors). */
    static List<String> splitFormulas(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(";", -1)) {
            out.add(s.strip());
        }
        if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The models to fit, in order. */
    static List<Step> steps(Parameters p, PanelFrame data) {
        List<Step> steps = new ArrayList<>();
        if (hasFormulas(p)) {
            List<String> texts = splitFormulas(p.string(FORMULAS));
            for (int i = 0; i < texts.size(); i++) {
                steps.add(new Step("m" + (i + 1), texts.get(i), null));
            }
            return steps;
        }
        String formula = p.string(PanelParameters.FORMULA).strip();
        steps.add(new Step("m1", formula, null));
        int k = 2;
        for (String c : EquationSupport.controlTerms(p, data)) {
            formula = formula + " + " + c;
            steps.add(new Step("m" + k++, formula, Expression.parse(c).label()));
        }
        return steps;
    }

    /** The effect the models use: as given, else individual for fe and re and none for ols. */
    static String effect(Parameters p) {
        if (p.isSet(PanelParameters.EFFECT)) {
            return p.string(PanelParameters.EFFECT);
        }
        return "ols".equals(p.string(MODEL)) ? "none" : "individual";
    }

    @Override
    public Result estimate(EstimationContext context) {
        return ByGroupRuns.add(estimateOne(context), context, this::estimateOne);
    }

    /** The analysis on the context's rows (by= is applied around it). */
    private Result estimateOne(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        List<String> problems = new ArrayList<>(modeProblems(p));
        problems.addAll(effectProblems(p));
        if (problems.isEmpty()) {
            problems.addAll(stepProblems(p, data));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        String model = p.string(MODEL);
        boolean common = "common".equals(p.string(SAMPLE));
        List<Step> steps = steps(p, data);
        List<Formula> formulas = steps.stream().map(s -> Formula.parse(s.formula())).toList();
        Map<String, Expression> everything = common ? variablesOfAll(formulas) : Map.of();
        Estimator single = singleEstimator(model);
        Parameters modelParameters = modelParameters(single, p);

        context.monitor().begin("panel.stepwise: " + steps.size() + " models", steps.size());
        List<Result> fits = new ArrayList<>();
        List<ModelFrame> frames = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            context.monitor().checkCanceled();
            Step s = steps.get(i);
            Formula f = formulas.get(i);
            ModelFrame mf = common ? ModelFrame.of(data, f, extraFor(f, everything)) : ModelFrame.of(data, f);
            Result fit;
            try {
                fit = fit(model, mf, modelParameters);
            } catch (EstimationException e) {
                throw new EstimationException("model " + s.name() + " (" + s.formula() + "): " + e.getMessage(), e);
            } catch (InputException e) {
                throw new InputException(prefixed("model " + s.name() + " (" + s.formula() + ")", e.problems()));
            }
            fits.add(fit);
            frames.add(mf);
            context.monitor().worked(1);
        }

        Result result = new Result("panel.stepwise");
        result.parameters().putAll(p.asMap());
        List<ModelResult> models = new ArrayList<>();
        List<Object> nObs = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            ModelResult m = EquationSupport.asModel(fits.get(i), s.name());
            m.statistic("formula", s.formula());
            if (s.added() != null) {
                m.statistic("added", s.added());
            }
            m.statistic("sample", common ? "common" : "own");
            models.add(m);
            nObs.add(m.statistic("n_obs"));
        }
        result.models().addAll(models);
        mergeWarnings(result, steps, fits);

        Result last = fits.get(fits.size() - 1);
        Step lastStep = steps.get(steps.size() - 1);
        last.coefficients().forEach(result::addCoefficient);
        if (last.vcovTerms() != null) {
            result.vcov(last.vcovTerms(), last.vcov());
        }
        result.inference(last.inference());
        last.tests().forEach(result::addTest);
        result.statistic("main_model", lastStep.name());
        result.statistic("main_model_note", "the coefficients, statistics and tests at the top level are those of the "
                + "last model, " + lastStep.name() + " (" + lastStep.formula() + "); every model is in models");
        result.statistic("model", model);
        result.statistic("effect", effect(p));
        result.statistic("sample", common ? "common" : "own");
        result.statistic("n_models", steps.size());
        result.statistic("model_names", steps.stream().map(Step::name).toList());
        result.statistic("formulas", steps.stream().map(Step::formula).toList());
        result.statistic("n_obs_by_model", nObs);
        last.statistics().forEach((k, v) -> {
            if (!result.statistics().containsKey(k)) {
                result.statistic(k, v);
            }
        });
        result.data(RegressionBinding.dataSummary(frames.get(frames.size() - 1)));

        if (!common && new LinkedHashSet<>(nObs).size() > 1) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                parts.add(steps.get(i).name() + ": " + nObs.get(i));
            }
            result.warn("the models use different samples (N " + String.join(", ", parts) + "): each model uses its "
                    + "own complete cases (sample=own); set sample=common to fit all on the rows complete in every "
                    + "variable of the largest model");
        }
        return result;
    }

    /** The single estimator whose fit method fits every model. */
    private static Estimator singleEstimator(String model) {
        return switch (model) {
            case "re" -> new RandomEffectsEstimator();
            case "ols" -> new PooledOlsEstimator();
            default -> new FixedEffectsEstimator();
        };
    }

    private static Result fit(String model, ModelFrame mf, Parameters p) {
        return switch (model) {
            case "re" -> RandomEffectsEstimator.fit(mf, p);
            case "ols" -> PooledOlsEstimator.fit(mf, p);
            default -> FixedEffectsEstimator.fit(mf, p);
        };
    }

    /**
     * The parameters the single estimator would resolve for the same options, so its fit method sees exactly what
     * it sees when run alone (the formula is only a placeholder: the model frames are built here).
     */
    private static Parameters modelParameters(Estimator single, Parameters p) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put(PanelParameters.FORMULA, "y ~ x");
        if ("fe".equals(p.string(MODEL))) {
            raw.put(PanelParameters.EFFECT, effect(p));
        }
        raw.put(PanelParameters.VCOV, p.string(PanelParameters.VCOV));
        if (p.isSet(PanelParameters.CLUSTER)) {
            raw.put(PanelParameters.CLUSTER, p.string(PanelParameters.CLUSTER));
        }
        raw.put(PanelParameters.SSC, p.string(PanelParameters.SSC));
        raw.put(PanelParameters.LEVEL, Double.toString(p.number(PanelParameters.LEVEL)));
        return single.parameters().resolve(raw);
    }

    /** Every response and term factor of every model, by label, in order of appearance. */
    private static Map<String, Expression> variablesOfAll(List<Formula> formulas) {
        Map<String, Expression> all = new LinkedHashMap<>();
        for (Formula f : formulas) {
            all.putIfAbsent(f.responseLabel(), f.response());
            for (Term t : f.terms()) {
                for (Expression e : t.factors()) {
                    all.putIfAbsent(e.label(), e);
                }
            }
        }
        return all;
    }

    /** What {@code f} lacks of the largest model, to be evaluated over the same rows (listwise deletion). */
    private static List<Expression> extraFor(Formula f, Map<String, Expression> everything) {
        Set<String> own = new LinkedHashSet<>();
        own.add(f.responseLabel());
        for (Term t : f.terms()) {
            for (Expression e : t.factors()) {
                own.add(e.label());
            }
        }
        List<Expression> extra = new ArrayList<>();
        everything.forEach((label, e) -> {
            if (!own.contains(label)) {
                extra.add(e);
            }
        });
        return extra;
    }

    /**
     * The models' warnings: one that every model gives (the same missing rows, an unbalanced panel) once, the
     * others prefixed with the model's name.
     */
    private static void mergeWarnings(Result into, List<Step> steps, List<Result> fits) {
        Set<String> all = new LinkedHashSet<>();
        fits.forEach(f -> all.addAll(f.warnings()));
        for (String w : all) {
            if (fits.stream().allMatch(f -> f.warnings().contains(w))) {
                into.warn(w);
                continue;
            }
            for (int i = 0; i < fits.size(); i++) {
                if (fits.get(i).warnings().contains(w)) {
                    into.warn(steps.get(i).name() + ": " + w);
                }
            }
        }
    }
}
