package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.carbonlab.core.chart.Axis;
import org.carbonlab.core.chart.Chart;
import org.carbonlab.core.chart.ChartProvider;
import org.carbonlab.core.chart.Series;
import org.carbonlab.core.chart.Tick;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.Numbers;
import org.carbonlab.core.report.PublicationTable;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Study;
import org.carbonlab.model.WeightMatrix;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The study step {@value #ID}: an earlier analysis ({@code base}) re-run as named variants, each declared in one
 * parameter {@code variant:NAME} as {@code key=value} pairs separated by ';'. A key is any parameter of the
 * estimator (e.g. {@code subset=region != "east"}, {@code formula=...}) or one of: {@code estimator} (another
 * estimator id), {@code weights} (another weight matrix of the study), {@code outcome} (replaces the formula's
 * left-hand side), {@code add} (terms appended to the formula's regressors), {@code focal} (the term that stands for
 * the focal coefficient in this variant, e.g. {@code lag(x,1)}); {@code key=} with nothing after '=' removes a
 * parameter of the base. A variant without the step's {@code focal} term and without its own {@code focal} takes the
 * one term that transforms the focal variable ({@code lag(x,1)}, {@code log(x)}, {@code winsor(x, 0.01, 0.99)}), so a
 * lagged regressor needs no extra key. The result holds each variant (the base first, named {@code baseline}) as a
 * model, a table {@code robustness} of the focal coefficient (with the term used) and its confidence interval across
 * variants, and a chart of it.
 */
final class RobustnessStep {
    static final String ID = "study.robustness";
    static final String VARIANT = "variant:";
    private static final Set<String> KNOWN = Set.of("base", "focal", "baseline");

    /** Runs one analysis (a transient copy of the base with a variant's changes) as the study runs its analyses. */
    interface Estimation {
        Result run(Analysis variant);
    }

    private RobustnessStep() {
    }

    static StepOutput run(Analysis a, String name, Study study, Map<String, Result> done, Estimation estimation) {
        StepParameters p = new StepParameters(a, name, KNOWN, Set.of(VARIANT));
        String baseName = p.required("base");
        String focal = p.required("focal");
        Analysis base = study.getAnalyses().stream().filter(x -> baseName.equals(x.getName())).findFirst().orElse(null);
        Result baseResult = done.get(baseName);
        if (base == null || baseResult == null) {
            throw new InputException(p.step() + ": no analysis '" + baseName + "' ran before this step"
                    + (done.isEmpty() ? "" : " (these did: " + String.join(", ", done.keySet()) + ")"));
        }
        List<String> names = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        names.add(p.optional("baseline", "baseline"));
        results.add(baseResult);
        Map<String, String> focalOf = new HashMap<>(); // a variant's own focal term, when it names one
        Result out = new Result(ID);
        out.parameters().putAll(p.all());
        for (Map.Entry<String, String> e : p.all().entrySet()) {
            if (!e.getKey().startsWith(VARIANT)) {
                continue;
            }
            String variant = e.getKey().substring(VARIANT.length()).strip();
            Analysis copy = variantOf(base, study, e.getValue(), p.step() + ": variant '" + variant + "'");
            try {
                results.add(estimation.run(copy));
                names.add(variant);
                focalOf.put(variant, variantFocal(e.getValue()));
            } catch (InputException ex) {
                List<String> problems = new ArrayList<>();
                ex.problems().forEach(m -> problems.add(p.step() + ": variant '" + variant + "': " + m));
                throw new InputException(problems);
            } catch (EstimationException ex) {
                out.warn("variant '" + variant + "' failed: " + ex.getMessage());
            }
        }
        PublicationTable table = new PublicationTable().caption(name + ": " + baseName + " and its variants");
        ResultTable focalTable = new ResultTable(List.of("variant", "estimator", "term", "estimate", "std_error",
                "p_value", "conf_low", "conf_high", "n_obs"));
        List<String> terms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            String variant = names.get(i);
            String own = focalOf.get(variant);
            String term = focalTerm(results.get(i), focal, own);
            if (term == null) {
                problems.add(p.step() + ": variant '" + variant + "' has no coefficient '" + (own != null ? own : focal)
                        + "'" + (own != null ? "" : " nor one transformed term of it (name it with focal=TERM)")
                        + "; it has: " + String.join(", ", results.get(i).coefficients().stream()
                                .map(Coefficient::term).toList()));
            }
            terms.add(term);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        // the term is a column of the printed table only when some variant used another term than 'focal'
        boolean otherTerms = terms.stream().anyMatch(t -> !t.equals(focal));
        List<String> header = new ArrayList<>(List.of("Variant", "Estimate", "Std. error", "p", "CI low", "CI high",
                "N"));
        if (otherTerms) {
            header.add(1, "Term");
        }
        Grid focalGrid = new Grid(header).caption(name + ": " + focal + " across variants");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            String variant = names.get(i);
            String term = terms.get(i);
            Coefficient c = r.coefficient(term).orElseThrow();
            ModelResult m = new ModelResult(variant);
            m.coefficients().addAll(r.coefficients());
            m.statistics().putAll(r.statistics());
            m.tests().addAll(r.tests());
            m.inference(r.inference());
            out.models().add(m);
            table.add(variant, m);
            Object n = r.statistic("n_obs");
            focalTable.addRow(variant, r.estimatorId(), term, c.estimate(), c.stdError(), c.pValue(), c.confLow(),
                    c.confHigh(), n);
            List<String> cells = new ArrayList<>(List.of(variant, Numbers.auto(c.estimate()),
                    Numbers.auto(c.stdError()), Numbers.pValue(c.pValue()), Numbers.auto(c.confLow()),
                    Numbers.auto(c.confHigh()), Numbers.any(n)));
            if (otherTerms) {
                cells.add(1, term);
            }
            focalGrid.row(cells);
            for (String w : r.warnings()) {
                out.warn(variant + ": " + w);
            }
        }
        out.table("robustness", focalTable);
        return new StepOutput(out, List.of(focalGrid, table.toGrid()));
    }

    /**
     * The term of a variant's result that stands for the focal coefficient: the variant's own {@code focal=} when it
     * names one, else {@code focal} itself, else the one coefficient that applies a function to the focal variable
     * ({@code lag(x,1)}, {@code log(x)}); null when there is none, or several (then the variant must name it).
     */
    static String focalTerm(Result r, String focal, String own) {
        if (own != null) {
            return r.coefficient(own).isPresent() ? own : null;
        }
        if (r.coefficient(focal).isPresent()) {
            return focal;
        }
        Pattern transformed = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*\\(\\s*" + Pattern.quote(focal) + "\\s*[,)].*");
        List<String> found = r.coefficients().stream().map(Coefficient::term)
                .filter(t -> transformed.matcher(t).matches()).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The {@code focal=TERM} of a variant's changes, or null. */
    static String variantFocal(String changes) {
        String focal = null;
        for (String item : changes.split(";")) {
            int eq = item.indexOf('=');
            if (eq > 0 && item.substring(0, eq).strip().equals("focal") && !item.substring(eq + 1).isBlank()) {
                focal = item.substring(eq + 1).strip();
            }
        }
        return focal;
    }

    /** A transient copy of the base analysis with one variant's changes; it binds no outputs and is never saved. */
    static Analysis variantOf(Analysis base, Study study, String changes, String where) {
        Analysis copy = EcoreUtil.copy(base);
        copy.getOutputs().clear();
        copy.setResult(null);
        List<String> problems = new ArrayList<>();
        for (String item : changes.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0) {
                problems.add(where + ": '" + item.strip() + "' is not key=value");
                continue;
            }
            String key = item.substring(0, eq).strip();
            String value = item.substring(eq + 1).strip();
            switch (key) {
                case "estimator" -> copy.setEstimatorId(value);
                case "focal" -> {
                    // read by the step (variantFocal), not a parameter of the estimator
                }
                case "weights" -> {
                    WeightMatrix w = study.getWeightMatrices().stream().filter(x -> value.equals(x.getName()))
                            .findFirst().orElse(null);
                    if (w == null) {
                        problems.add(where + ": no weight matrix '" + value + "' in the study; it has: " + String.join(
                                ", ", study.getWeightMatrices().stream().map(WeightMatrix::getName).toList()));
                    }
                    copy.setWeightMatrix(w);
                }
                case "outcome", "add" -> {
                    String formula = parameter(copy, "formula");
                    int tilde = formula == null ? -1 : formula.indexOf('~');
                    if (tilde < 0) {
                        problems.add(where + ": '" + key + "' needs the base analysis to have a formula y ~ x");
                        continue;
                    }
                    if (key.equals("outcome")) {
                        set(copy, "formula", value + " " + formula.substring(tilde));
                    } else {
                        int bar = formula.indexOf('|', tilde);
                        set(copy, "formula", bar < 0 ? formula.strip() + " + " + value
                                : formula.substring(0, bar).strip() + " + " + value + " " + formula.substring(bar));
                    }
                }
                default -> set(copy, key, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return copy;
    }

    private static String parameter(Analysis a, String name) {
        return a.getParameters().stream().filter(x -> name.equals(x.getName())).map(ParameterValue::getValue)
                .findFirst().orElse(null);
    }

    /** Sets a parameter of the copy; an empty value removes it (e.g. effect= when the variant's estimator has none). */
    private static void set(Analysis a, String name, String value) {
        if (value.isEmpty()) {
            a.getParameters().removeIf(v -> name.equals(v.getName()));
            return;
        }
        for (ParameterValue v : a.getParameters()) {
            if (name.equals(v.getName())) {
                v.setValue(value);
                return;
            }
        }
        ParameterValue v = org.carbonlab.model.ModelFactory.eINSTANCE.createParameterValue();
        v.setName(name);
        v.setValue(value);
        a.getParameters().add(v);
    }

    /** The focal coefficient with its interval per variant: points with error bars, a line at zero. */
    static final class FocalChart implements ChartProvider {
        @Override
        public List<Chart> charts(Result result) {
            ResultTable t = result.tables().get("robustness");
            if (t == null || t.rows().isEmpty()) {
                return List.of();
            }
            int k = t.rows().size();
            double[] x = new double[k];
            double[] y = new double[k];
            double[] lo = new double[k];
            double[] hi = new double[k];
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                List<Object> row = t.rows().get(i);
                x[i] = i + 1;
                y[i] = ((Number) row.get(3)).doubleValue();
                lo[i] = ((Number) row.get(6)).doubleValue();
                hi[i] = ((Number) row.get(7)).doubleValue();
                ticks.add(new Tick(i + 1, String.valueOf(row.get(0))));
            }
            String term = String.valueOf(t.rows().get(0).get(2));
            return List.of(Chart.builder("focal_coefficient", "Coefficient of " + term + " across variants")
                    .x(Axis.of("variant", null).range(0.5, k + 0.5).ticks(ticks))
                    .y(Axis.of("estimate with confidence interval", null))
                    .add(Series.errorBars(term, x, y, lo, hi))
                    .add(Series.horizontalMarker("zero", 0).dashed().hiddenFromLegend())
                    .legend(false).build());
        }
    }
}
