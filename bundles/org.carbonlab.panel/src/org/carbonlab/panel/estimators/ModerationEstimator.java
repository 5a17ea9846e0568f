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
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.panel.numerics.ModerationEffects;

/**
 * {@code panel.moderation}: does the moderator Z change the effect of the treatment X? Fits
 * <pre>
 *   Y = b1 X + b2 Z + b3 X·Z + controls [+ fixed effects]
 * </pre>
 * exactly as {@code panel.fe} (or {@code panel.ols}) fits that formula, and reports the interaction b3 and the
 * marginal effect of X at chosen values m of the moderator, dY/dX = b1 + b3 m, with delta-method standard errors
 * √(V11 + m² V33 + 2 m V13) from the chosen vcov ({@link ModerationEffects}) in {@code tables.marginal_effects}.
 *
 * <p>With {@code center=true} the moderator enters as Z − mean(Z) (mean over the estimation sample) under the name
 * {@code <moderator>_c}, so b1 is the effect of X at the mean moderator; the interaction and the marginal effects
 * are unchanged. Moderator values ({@code at}, default mean − sd, mean, mean + sd over the estimation sample, sd with
 * divisor N − 1) are always given in the moderator's original units. Under FE a moderator that is constant within
 * entities has its main effect absorbed (dropped with a warning) while the interaction stays identified.
 */
public class ModerationEstimator implements Estimator {
    static final String MODERATOR = "moderator";
    static final String CENTER = "center";
    static final String AT = "at";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(EquationSupport.outcome());
        specs.add(EquationSupport.treatment("the treatment whose effect may depend on the moderator (column)"));
        specs.add(ParameterSpec.required(MODERATOR, ParameterType.COLUMN,
                "the moderator (column); the model holds treatment, moderator and their product"));
        specs.add(EquationSupport.controls());
        specs.add(new ParameterSpec(CENTER, ParameterType.BOOLEAN, "false", false, List.of(), null, null,
                "mean-centre the moderator over the estimation sample (its term becomes <moderator>_c)"));
        specs.add(ParameterSpec.optional(AT, ParameterType.LIST, null,
                "moderator values (original units), comma-separated, at which the treatment's marginal effect is "
                        + "reported; default mean - sd, mean, mean + sd"));
        specs.addAll(EquationSupport.fitOptions());
        return new ParameterSchema(specs);
    }

    private record Roles(String outcome, String treatment, String moderator, List<String> controls) {
        static Roles of(Parameters p, PanelFrame data) {
            return new Roles(p.string(EquationSupport.OUTCOME), p.string(EquationSupport.TREATMENT),
                    p.string(MODERATOR), EquationSupport.controlTerms(p, data));
        }

        /** The formula with the moderator entering as {@code moderatorTerm}. */
        Formula formula(String moderatorTerm) {
            String x = EquationSupport.quote(treatment);
            List<String> terms = new ArrayList<>(List.of(x, moderatorTerm, x + ":" + moderatorTerm));
            terms.addAll(controls);
            return Formula.parse(EquationSupport.formula(EquationSupport.quote(outcome), terms));
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
        if (r.moderator().equals(r.treatment())) {
            problems.add("moderator '" + r.moderator() + "' is the treatment; choose a different moderator");
        } else if (r.moderator().equals(r.outcome())) {
            problems.add("moderator '" + r.moderator() + "' is the outcome; choose a different moderator");
        }
        for (String v : p.list(AT)) {
            try {
                if (!Double.isFinite(Double.parseDouble(v))) {
                    problems.add("at value '" + v + "' is not a finite number");
                }
            } catch (NumberFormatException e) {
                problems.add("at value '" + v + "' is not a number; give moderator values such as at=0.5,1,1.5");
            }
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put("outcome", List.of(r.outcome()));
        roles.put("treatment", List.of(r.treatment()));
        roles.put("moderator", List.of(r.moderator()));
        Set<String> columns = new LinkedHashSet<>(List.of(r.outcome(), r.treatment(), r.moderator()));
        columns.addAll(EquationSupport.checkControls(r.controls(), roles, problems));
        problems.addAll(data.checkNumeric(columns));
        problems.addAll(RegressionBinding.crossSectionProblems(data, "model=fe", EquationSupport.fixedEffects(p)));
        problems.addAll(CovarianceSpec.problems(context.parameters(), context.data()));
        if (problems.isEmpty()) {
            try {
                problems.addAll(variationProblems(r.formula(EquationSupport.quote(r.moderator())).modelFrame(data), p, r));
            } catch (InputException e) {
                problems.addAll(e.problems());
            } catch (EstimationException e) {
                // no complete rows: estimate reports it as an estimation failure
            }
        }
        return problems;
    }

    /** The treatment must vary (within entities under FE), the moderator must not be constant. */
    private static List<String> variationProblems(ModelFrame mf, Parameters p, Roles r) {
        List<String> problems = new ArrayList<>();
        List<String> labels = mf.formula().termLabels();
        String x = EquationSupport.variationProblem(mf, p, "treatment", r.treatment(), mf.column(labels.get(0)));
        if (x != null) {
            problems.add(x);
        }
        double[] z = mf.column(labels.get(1));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double d : z) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        if (!(max > min)) {
            problems.add("moderator '" + r.moderator() + "' is constant (" + min + ") in the " + z.length
                    + " rows used, so it cannot moderate anything");
        }
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        Roles r = Roles.of(p, data);
        String z = EquationSupport.quote(r.moderator());
        ModelFrame mf = r.formula(z).modelFrame(data);
        List<String> bad = variationProblems(mf, p, r);
        if (!bad.isEmpty()) {
            throw new InputException(bad);
        }
        double[] zv = mf.column(mf.formula().termLabels().get(1));
        double mean = 0;
        for (double d : zv) {
            mean += d;
        }
        mean /= zv.length;
        double ss = 0;
        for (double d : zv) {
            ss += (d - mean) * (d - mean);
        }
        double sd = zv.length > 1 ? Math.sqrt(ss / (zv.length - 1)) : Double.NaN;

        boolean center = p.bool(CENTER);
        if (center) {
            String name = r.moderator() + "_c";
            while (data.hasColumn(name)) {
                name = name + "_c";
            }
            double[] all = data.numeric(r.moderator());
            for (int i = 0; i < all.length; i++) {
                all[i] -= mean;
            }
            z = EquationSupport.quote(name);
            mf = r.formula(z).modelFrame(data.withColumn(name, all));
        }
        List<String> labels = mf.formula().termLabels();
        String xLabel = labels.get(0);
        String zLabel = labels.get(1);
        String iLabel = labels.get(2);

        Result result = EquationSupport.fit(mf, p);
        result.estimatorId("panel.moderation");
        Coefficient b1 = need(result, xLabel, "treatment '" + r.treatment() + "'");
        Coefficient b3 = need(result, iLabel, "interaction " + iLabel);
        List<String> terms = result.vcovTerms();
        double[][] v = result.vcov();
        int i1 = terms.indexOf(xLabel);
        int i3 = terms.indexOf(iLabel);

        double[] at;
        List<String> atText = p.list(AT);
        if (atText.isEmpty()) {
            at = new double[] {mean - sd, mean, mean + sd};
        } else {
            at = atText.stream().mapToDouble(Double::parseDouble).toArray();
        }
        double shift = center ? mean : 0.0;
        double[] atModel = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            atModel[k] = at[k] - shift;
        }
        double df = result.inference().df();
        double level = p.number(PanelParameters.LEVEL);
        ModerationEffects.Effect[] effects = ModerationEffects.at(b1.estimate(), b3.estimate(), v[i1][i1], v[i3][i3],
                v[i1][i3], atModel, df, level);
        ResultTable table = new ResultTable(List.of("moderator_value", "effect", "std_error", "statistic", "p_value",
                "conf_low", "conf_high"));
        for (int k = 0; k < at.length; k++) {
            ModerationEffects.Effect e = effects[k];
            table.addRow(at[k], e.effect(), e.stdError(), e.statistic(), e.pValue(), e.confLow(), e.confHigh());
        }
        result.table("marginal_effects", table);

        result.statistic("interaction", b3.estimate());
        result.statistic("interaction_se", b3.stdError());
        result.statistic("interaction_p", b3.pValue());
        result.statistic("interaction_term", iLabel);
        result.statistic("treatment_term", xLabel);
        result.statistic("moderator_term", zLabel);
        result.statistic("moderator_mean", mean);
        result.statistic("moderator_sd", sd);
        result.statistic("centered", center);
        result.statistic("model", p.string(EquationSupport.MODEL));
        return result;
    }

    private static Coefficient need(Result fit, String label, String what) {
        return fit.coefficient(label).orElseThrow(() -> new EstimationException("the " + what
                + " was dropped (collinear with the other terms or absorbed by the fixed effects), so the moderation "
                + "effects cannot be computed"));
    }
}
