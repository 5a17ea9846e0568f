package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.formula.Term;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.panel.numerics.TurningPoints;
import org.carbonlab.core.inference.WaldTest;

/**
 * What every single-equation panel regression ({@code panel.ols}, {@code panel.fe}, {@code panel.re}) does around
 * its fit: non-linear effects (turning points and the Lind–Mehlum U test) and heterogeneity by group ({@code by}).
 * The estimators call {@link #validate} and {@link #estimate} with their own fit function; the fit itself is not
 * changed, so the main coefficients are always those of the full-sample model.
 *
 * <h2>Non-linear effects</h2>
 * A <em>focal variable</em> is a single-factor term {@code x} (a column or an expression such as {@code log(gdp)})
 * whose square is also a term ({@code I(x^2)} or {@code I(x*x)}, compared by canonical label, so {@code I(x ^ 2)}
 * and {@code I((x)^2)} count) and optionally its cube ({@code I(x^3)}); the effect of x is then
 * b1·x + b2·x² (+ b3·x³). Other terms (controls, other polynomials) do not enter; an interaction that contains the
 * focal variable is named in a warning (the turning point then holds where the interacting variable is zero). For
 * each focal variable ({@code focal} selects them by any of their terms; default every one detected):
 * <ul>
 * <li>{@code tables.turning_points}: one row per turning point with columns {@code focal, turning_point, std_error,
 * conf_low, conf_high, inside_range, x_min, x_max, shape, degree, fieller_low, fieller_high}: the root(s) of the slope
 * (see {@link TurningPoints}), the delta-method standard error from the model's covariance (the one chosen by
 * {@code vcov}, covariances included), the {@code level} interval ± t(df)·se (normal for {@code panel.re}), whether it
 * lies in the observed range [x_min, x_max] of the focal variable over the estimation sample, {@code shape}
 * {@code inverse_u} (a maximum) or {@code u} (a minimum), and for a quadratic the Fieller interval (null when it is
 * unbounded). The turning point is in the units of the focal expression (for {@code log(x)} exponentiate it).</li>
 * <li>in {@code tests}: {@code lind_mehlum} (with several focal variables {@code lind_mehlum_<focal>}), the Lind–Mehlum
 * (2010) test of H0 monotone or the opposite shape against H1 inverse U (when the slope falls over the range; for the
 * quadratic b2 &lt; 0) or U, on [x_min, x_max]: statistic the smaller directional t of the slopes at the two bounds,
 * p-value from t(df) ({@code distribution} "t"; "normal" for {@code panel.re}); the members list the slopes, their
 * standard errors, t and one-sided p at both bounds, {@code extremum_inside} and the turning point(s).
 * For a cubic the same bound test is reported; it is the Lind–Mehlum condition applied to the cubic's slope.</li>
 * </ul>
 *
 * <h2>Heterogeneity ({@code by=COLUMN})</h2>
 * The model is refitted on the rows of each group (the rows of the full model whose {@code by} value is the group;
 * every term is evaluated on the whole data set first, so lags and transforms are those of the full sample, as Stata's
 * {@code if} qualifier does) with the same options; each fit becomes a model in {@code models} named by the group
 * value (sorted: numerically when every value is a number), with its own {@code lind_mehlum} test(s). A group that
 * cannot be estimated (too few observations or entities, nothing left to estimate, a single cluster) is skipped and
 * named in a warning. Then the pooled model with group-specific focal coefficients is fitted over the estimated groups
 * with the same estimator and covariance:
 * <ul>
 * <li>{@code by_test=focal} (default): each focal term is replaced by its products with the G group dummies, group
 * intercept shifts (dummies 2..G) are added when the model has an intercept (entity fixed effects absorb them when the
 * group is constant within entities), every other term (the controls) stays common to all groups;</li>
 * <li>{@code by_test=full}: every term is interacted (the fully interacted Chow model; two-way time effects and the
 * random-effects variance components remain common).</li>
 * </ul>
 * {@code equal_across_groups} is the Wald test that the focal coefficients are equal in every group (q = number of
 * focal terms × (G − 1) restrictions): F = W/q with the model's t degrees of freedom (residual df; G_cluster − 1 for
 * Stata-corrected cluster SEs) for {@code panel.ols} and {@code panel.fe}, chi²(q) for {@code panel.re} (whose
 * statistics are normal), as Stata's {@code test} after the interacted regression reports. With {@code by_test=full}
 * the test {@code chow} adds every coefficient's equality and zero intercept shifts. Focal terms: the {@code focal}
 * terms (default the first regressor of the formula); a term of a polynomial brings the whole polynomial (x, I(x^2)
 * [, I(x^3)]), so the whole curve is compared. A group whose focal coefficient cannot be estimated is left out of the test (warning).
 */
final class PanelRegressionSupport {

    /** The fit of one estimator on an evaluated design (e.g. {@code FixedEffectsEstimator::fit}). */
    @FunctionalInterface
    interface Fit {
        Result fit(ModelFrame mf, Parameters p);
    }

    /** A focal variable with polynomial terms: the labels of its powers 1..d. */
    record Polynomial(String focal, List<String> terms) {
        int degree() {
            return terms.size();
        }
    }

    private static final String GROUP_MARK = ".by_group";
    private static final String DUMMY_PREFIX = ".by_";

    private PanelRegressionSupport() {
    }

    // ------------------------------------------------------------------ entry points

    /** The formula and cluster checks of every panel regression plus those of {@code focal}, {@code by}, {@code by_test}. */
    static List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>(RegressionBinding.validate(context));
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        String by = p.string(PanelParameters.BY);
        if (by != null) {
            if (!data.hasColumn(by)) {
                problems.add("by column '" + by + "' is not in the data; columns: " + String.join(", ", data.columnNames()));
            } else if (data.allMissing(by)) {
                problems.add("by column '" + by + "' has no values: it is missing in all " + data.rows() + " rows");
            }
        } else if ("full".equals(p.string(PanelParameters.BY_TEST))) {
            problems.add("by_test=full applies to the by-group equality test; add --set by=COLUMN or drop by_test");
        }
        if (p.isSet(PanelParameters.FOCAL)) {
            Formula f;
            try {
                f = Formula.parse(p.string(PanelParameters.FORMULA));
            } catch (InputException e) {
                return problems; // the formula's problems are already listed
            }
            try {
                focalTerms(f, p);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    /** Fits the full sample with {@code fit}, then adds the turning points and, with {@code by}, the group models. */
    static Result estimate(EstimationContext context, Fit fit) {
        Parameters p = context.parameters();
        ModelFrame mf = RegressionBinding.modelFrame(context);
        List<String> focal = focalTerms(mf.formula(), p);
        Result result = fit.fit(mf, p);
        List<Polynomial> polynomials = selectPolynomials(mf.formula(), focal, p.isSet(PanelParameters.BY), result::warn);
        ResultTable table = turningPoints(result, mf, polynomials, p.number(PanelParameters.LEVEL), result::warn);
        if (!table.rows().isEmpty()) {
            result.table("turning_points", table);
        }
        if (p.isSet(PanelParameters.BY)) {
            byGroups(context, mf, fit, result, polynomials, focal);
        }
        return result;
    }

    // ------------------------------------------------------------------ focal terms and polynomials

    /**
     * The formula terms named by {@code focal}, in the order given (labels as the formula writes them); empty when
     * {@code focal} is not set. Throws an {@link InputException} naming every item that is not a term.
     */
    static List<String> focalTerms(Formula formula, Parameters p) {
        List<String> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String item : rejoin(p.list(PanelParameters.FOCAL))) {
            Term term;
            try {
                List<Term> terms = Formula.parse("y ~ " + item).terms();
                if (terms.size() != 1) {
                    problems.add("focal '" + item + "' is not a single term of the formula; give the terms one by one, "
                            + "comma-separated");
                    continue;
                }
                term = terms.get(0);
            } catch (InputException e) {
                problems.add("focal '" + item + "' is not a formula term: " + String.join("; ", e.problems()));
                continue;
            }
            int at = formula.terms().indexOf(term);
            if (at < 0) {
                problems.add("focal '" + item + "' is not a term of the formula " + formula.text() + "; its terms: "
                        + String.join(", ", formula.termLabels()));
                continue;
            }
            String label = formula.terms().get(at).label();
            if (!out.contains(label)) {
                out.add(label);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** A list parameter splits at every comma: join the pieces that were split inside parentheses ({@code lag(x,1)}). */
    private static List<String> rejoin(List<String> items) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        int depth = 0;
        for (String item : items) {
            cur = cur == null ? new StringBuilder(item) : cur.append(',').append(item);
            boolean quoted = false;
            for (char ch : item.toCharArray()) {
                if (ch == '`') {
                    quoted = !quoted;
                } else if (!quoted && ch == '(') {
                    depth++;
                } else if (!quoted && ch == ')') {
                    depth--;
                }
            }
            if (depth <= 0) {
                out.add(cur.toString());
                cur = null;
                depth = 0;
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * Every focal variable of the formula with polynomial terms, in formula order: single-factor terms x whose square
     * ({@code I(x^2)} or {@code I(x*x)}) is a term, with the cube ({@code I(x^3)}, {@code I(x*x*x)}) when present.
     */
    static List<Polynomial> polynomials(Formula formula) {
        List<String> labels = formula.termLabels();
        List<Polynomial> out = new ArrayList<>();
        for (Term t : formula.terms()) {
            if (t.isInteraction()) {
                continue;
            }
            String x = t.label();
            String square = power(labels, x, "I((" + x + ")^2)", "I((" + x + ")*(" + x + "))");
            if (square == null) {
                continue;
            }
            List<String> terms = new ArrayList<>(List.of(x, square));
            String cube = power(labels, x, "I((" + x + ")^3)", "I((" + x + ")*(" + x + ")*(" + x + "))");
            if (cube != null) {
                terms.add(cube);
            }
            out.add(new Polynomial(x, List.copyOf(terms)));
        }
        return out;
    }

    /** The label of the first spelling that is a term of the formula, or null. */
    private static String power(List<String> labels, String x, String... spellings) {
        for (String s : spellings) {
            try {
                String label = Expression.parse(s).label();
                if (labels.contains(label) && !label.equals(x)) {
                    return label;
                }
            } catch (InputException e) {
                // a focal label that cannot be wrapped in I(): no polynomial
            }
        }
        return null;
    }

    /** The polynomials to report: every one, or those of the focal terms; warns about focal terms without any. */
    private static List<Polynomial> selectPolynomials(Formula formula, List<String> focal, boolean by,
            Consumer<String> warn) {
        List<Polynomial> all = polynomials(formula);
        List<Polynomial> chosen = new ArrayList<>();
        for (Polynomial poly : all) {
            if (focal.isEmpty() || poly.terms().stream().anyMatch(focal::contains)) {
                chosen.add(poly);
            }
        }
        if (!by) {
            for (String f : focal) {
                if (all.stream().noneMatch(poly -> poly.focal().equals(f) || poly.terms().contains(f))) {
                    warn.accept("focal term " + f + " has no polynomial terms (" + f + " + I(" + f + "^2)) in the formula "
                            + formula.text() + ", so no turning point is reported for it");
                }
            }
        }
        for (Polynomial poly : chosen) {
            List<String> inter = new ArrayList<>();
            for (Term t : formula.terms()) {
                if (t.isInteraction() && t.factors().stream().anyMatch(e -> poly.terms().contains(e.label()))) {
                    inter.add(t.label());
                }
            }
            if (!inter.isEmpty()) {
                warn.accept("the focal variable " + poly.focal() + " also enters " + String.join(", ", inter)
                        + "; its turning point and U test use the polynomial terms " + String.join(", ", poly.terms())
                        + " only, i.e. they hold where the interacting variables are zero");
            }
        }
        return chosen;
    }

    // ------------------------------------------------------------------ turning points

    /**
     * Adds the Lind–Mehlum test of every polynomial to {@code model} and returns the turning points as a table
     * (columns as documented on the class). Polynomials with a dropped term are skipped with a warning.
     */
    static ResultTable turningPoints(ModelResult model, ModelFrame mf, List<Polynomial> polynomials, double level,
            Consumer<String> warn) {
        ResultTable table = new ResultTable(List.of("focal", "turning_point", "std_error", "conf_low", "conf_high",
                "inside_range", "x_min", "x_max", "shape", "degree", "fieller_low", "fieller_high"));
        double df = model.inference().df(); // +Infinity for z statistics (random effects)
        double crit = Distributions.tCritical(level, df);
        List<String> vTerms = model.vcovTerms();
        double[][] vAll = model.vcov();
        for (Polynomial poly : polynomials) {
            int d = poly.degree();
            int[] idx = new int[d];
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < d; k++) {
                idx[k] = vTerms == null ? -1 : vTerms.indexOf(poly.terms().get(k));
                if (idx[k] < 0) {
                    missing.add(poly.terms().get(k));
                }
            }
            if (!missing.isEmpty()) {
                warn.accept("no turning point for " + poly.focal() + ": " + String.join(", ", missing)
                        + " could not be estimated (dropped)");
                continue;
            }
            double[] b = new double[d];
            double[][] v = new double[d][d];
            for (int a = 0; a < d; a++) {
                b[a] = model.coefficient(poly.terms().get(a)).map(Coefficient::estimate).orElse(Double.NaN);
                for (int c = 0; c < d; c++) {
                    v[a][c] = vAll[idx[a]][idx[c]];
                }
            }
            double[] x = mf.column(poly.focal());
            double xMin = Double.POSITIVE_INFINITY;
            double xMax = Double.NEGATIVE_INFINITY;
            for (double xi : x) {
                xMin = Math.min(xMin, xi);
                xMax = Math.max(xMax, xi);
            }
            TurningPoints.Point[] points = TurningPoints.turningPoints(b, v);
            double[] fieller = TurningPoints.fieller(b, v, crit);
            List<Double> values = new ArrayList<>();
            List<Double> ses = new ArrayList<>();
            boolean anyInside = false;
            for (TurningPoints.Point pt : points) {
                boolean inside = pt.value() >= xMin && pt.value() <= xMax;
                anyInside |= inside;
                values.add(pt.value());
                ses.add(pt.stdError());
                table.addRow(poly.focal(), pt.value(), pt.stdError(), pt.value() - crit * pt.stdError(),
                        pt.value() + crit * pt.stdError(), inside, xMin, xMax, pt.maximum() ? "inverse_u" : "u", d,
                        fieller == null ? null : fieller[0], fieller == null ? null : fieller[1]);
            }
            if (points.length == 0) {
                warn.accept("the estimated " + (d == 2 ? "quadratic" : "cubic") + " in " + poly.focal()
                        + " has no turning point (its slope never changes sign)");
            }
            TurningPoints.UTest u = TurningPoints.uTest(b, v, xMin, xMax, df);
            String name = polynomials.size() == 1 ? "lind_mehlum" : "lind_mehlum_" + poly.focal();
            String shape = u.inverseU() ? "inverse_u" : "u";
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("focal", poly.focal());
            extra.put("terms", poly.terms());
            extra.put("shape", shape);
            extra.put("null", "monotone or " + (u.inverseU() ? "U" : "inverse U") + " shape on [x_min, x_max]");
            extra.put("alternative", (u.inverseU() ? "inverse U" : "U") + " shape: the slope is "
                    + (u.inverseU() ? "positive at x_min and negative at x_max" : "negative at x_min and positive at x_max"));
            extra.put("x_min", xMin);
            extra.put("x_max", xMax);
            extra.put("slope_min", u.slopeLow());
            extra.put("slope_min_se", u.seLow());
            extra.put("slope_min_t", u.tLow());
            extra.put("slope_min_p", u.pLow());
            extra.put("slope_max", u.slopeHigh());
            extra.put("slope_max_se", u.seHigh());
            extra.put("slope_max_t", u.tHigh());
            extra.put("slope_max_p", u.pHigh());
            extra.put("extremum_inside", u.extremumInside());
            if (d == 2 && points.length == 1) {
                extra.put("turning_point", values.get(0));
                extra.put("turning_point_se", ses.get(0));
            } else {
                extra.put("turning_point", values);
                extra.put("turning_point_se", ses);
            }
            extra.put("turning_point_inside", anyInside);
            if (!u.extremumInside()) {
                extra.put("note", "the slopes at x_min and x_max have the same sign (the extremum lies outside the "
                        + "observed range): a trivial failure to reject H0");
            }
            boolean normal = Double.isInfinite(df);
            model.addTest(new TestResult(name, u.statistic(), normal ? new double[0] : new double[] {df}, u.pValue(),
                    normal ? "normal" : "t", extra));
        }
        return table;
    }

    // ------------------------------------------------------------------ heterogeneity

    /** One model per group of {@code by}, then the equality test(s) on the interacted pooled model. */
    private static void byGroups(EstimationContext context, ModelFrame mf, Fit fit, Result result,
            List<Polynomial> polynomials, List<String> focal) {
        Parameters p = context.parameters();
        String by = p.string(PanelParameters.BY);
        PanelFrame data = mf.data();
        String[] values = data.text(by);
        int missing = 0;
        Set<String> present = new LinkedHashSet<>();
        for (int r : mf.frameRows()) {
            String v = values[r];
            if (v == null || v.isBlank()) {
                missing++;
            } else {
                present.add(v);
            }
        }
        if (missing > 0) {
            result.warn("by " + by + ": " + missing + " of the " + mf.nObs() + " rows used have no value of " + by
                    + "; they are left out of the group models and of the equality test");
        }
        List<String> groups = sortGroups(present);
        ProgressMonitor monitor = context.monitor();
        monitor.begin("models by " + by, groups.size() + 1);
        String mark = freshName(data, GROUP_MARK);
        List<String> estimated = new ArrayList<>();
        Map<String, List<String>> skipped = new LinkedHashMap<>(); // reason -> groups
        double level = p.number(PanelParameters.LEVEL);
        for (String g : groups) {
            monitor.checkCanceled();
            double[] in = new double[data.rows()];
            for (int i = 0; i < in.length; i++) {
                in[i] = g.equals(values[i]) ? 1.0 : Double.NaN;
            }
            String prefix = "by " + by + "=" + g + ": ";
            try {
                ModelFrame mg = ModelFrame.of(data.withColumn(mark, in), mf.formula(), List.of(Expression.parse(mark)));
                Result rg = fit.fit(mg, p);
                if (rg.inference().clustered() && rg.inference().clusters() < 2) {
                    throw new EstimationException("its rows form a single cluster, so cluster-robust standard errors "
                            + "cannot be computed");
                }
                ModelResult model = EquationSupport.asModel(rg, g);
                for (String w : rg.warnings()) {
                    if (!mg.warnings().contains(w)) {
                        result.warn(prefix + w);
                    }
                }
                turningPoints(model, mg, polynomials, level, w -> result.warn(prefix + w));
                result.models().add(model);
                estimated.add(g);
            } catch (EstimationException e) {
                skipped.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add("'" + g + "'");
            }
            monitor.worked(1);
        }
        if (!skipped.isEmpty()) {
            List<String> parts = new ArrayList<>();
            skipped.forEach((reason, names) -> parts.add(String.join(", ", names) + " (" + reason + ")"));
            result.warn("by " + by + ": skipped " + (groups.size() - estimated.size()) + " of " + groups.size()
                    + " group(s) too small to estimate: " + String.join("; ", parts));
        }
        if (estimated.size() < 2) {
            result.warn("by " + by + ": " + (estimated.isEmpty() ? "no group" : "only one group") + " could be "
                    + "estimated, so there is no test of equal coefficients across groups");
        } else {
            equalityTests(mf, p, fit, result, polynomials, focal, values, estimated);
        }
        monitor.worked(1);
    }

    /** Numeric order when every value is a number, else text order. */
    private static List<String> sortGroups(Set<String> present) {
        boolean numeric = true;
        for (String v : present) {
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                numeric = false;
                break;
            }
        }
        Comparator<String> order = numeric
                ? Comparator.<String>comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        TreeSet<String> sorted = new TreeSet<>(order);
        sorted.addAll(present);
        return new ArrayList<>(sorted);
    }

    /** {@code base}, or {@code base} with underscores appended, that is not a column of {@code data}. */
    private static String freshName(PanelFrame data, String base) {
        String name = base;
        while (data.hasColumn(name)) {
            name = name + "_";
        }
        return name;
    }

    /**
     * The focal terms of the by test: the focal terms (default the first term); a term of a polynomial (x, I(x^2) or
     * I(x^3)) brings the whole polynomial, so the curve is compared, not one of its coefficients.
     */
    static List<String> testedTerms(Formula formula, List<String> focal) {
        List<String> seeds = focal.isEmpty() ? List.of(formula.termLabels().get(0)) : focal;
        List<Polynomial> all = polynomials(formula);
        Set<String> out = new LinkedHashSet<>();
        for (String f : seeds) {
            out.add(f);
            for (Polynomial poly : all) {
                if (poly.terms().contains(f)) {
                    out.addAll(poly.terms());
                }
            }
        }
        // formula order
        List<String> ordered = new ArrayList<>();
        for (String t : formula.termLabels()) {
            if (out.contains(t)) {
                ordered.add(t);
            }
        }
        return ordered;
    }

    /**
     * Fits the interacted pooled model over the estimated groups and adds {@code equal_across_groups} (and with
     * {@code by_test=full} {@code chow}).
     */
    private static void equalityTests(ModelFrame mf, Parameters p, Fit fit, Result result, List<Polynomial> polynomials,
            List<String> focal, String[] values, List<String> groups) {
        String by = p.string(PanelParameters.BY);
        boolean full = "full".equals(p.string(PanelParameters.BY_TEST));
        Formula formula = mf.formula();
        List<String> tested = testedTerms(formula, focal);
        PanelFrame data = mf.data();
        // group dummies: 1/0 in the estimated groups, missing elsewhere (so listwise deletion keeps those rows only)
        String prefix = DUMMY_PREFIX;
        while (true) {
            boolean clash = false;
            for (int k = 0; k < groups.size(); k++) {
                clash |= data.hasColumn(prefix + (k + 1));
            }
            if (!clash) {
                break;
            }
            prefix = "." + prefix;
        }
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        for (int k = 0; k < groups.size(); k++) {
            groupIndex.put(groups.get(k), k);
        }
        List<String> dummies = new ArrayList<>();
        Map<String, String> dummyGroups = new LinkedHashMap<>();
        PanelFrame augmented = data;
        for (int k = 0; k < groups.size(); k++) {
            String name = prefix + (k + 1);
            double[] d = new double[data.rows()];
            for (int i = 0; i < d.length; i++) {
                Integer gi = values[i] == null ? null : groupIndex.get(values[i]);
                d[i] = gi == null ? Double.NaN : (gi == k ? 1.0 : 0.0);
            }
            augmented = augmented.withColumn(name, d);
            dummies.add(name);
            dummyGroups.put(name, groups.get(k));
        }
        List<String> rhs = new ArrayList<>();
        Map<String, List<String>> interacted = new LinkedHashMap<>();
        for (Term t : formula.terms()) {
            if (!full && !tested.contains(t.label())) {
                rhs.add(t.label());
                continue;
            }
            List<String> labels = new ArrayList<>();
            for (String d : dummies) {
                labels.add(t.label() + ":" + d);
            }
            rhs.addAll(labels);
            interacted.put(t.label(), labels);
        }
        List<String> shifts = new ArrayList<>();
        if (formula.hasIntercept()) {
            shifts.addAll(dummies.subList(1, dummies.size()));
            rhs.addAll(shifts);
        }
        String text = formula.responseLabel() + " ~ " + String.join(" + ", rhs) + (formula.hasIntercept() ? "" : " - 1");
        Result pooled;
        try {
            pooled = fit.fit(Formula.parse(text).modelFrame(augmented), p);
        } catch (EstimationException e) {
            result.warn("by " + by + ": the interacted model for the test of equal coefficients across groups cannot be "
                    + "estimated (" + e.getMessage() + "); no equal_across_groups test");
            return;
        }
        List<String> terms = pooled.vcovTerms();
        double[][] v = pooled.vcov();
        double[] b = new double[terms.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = pooled.coefficient(terms.get(j)).orElseThrow().estimate();
        }
        Inference inference = pooled.inference();
        boolean normal = inference.normal();
        double df2 = inference.df();
        int clusters = inference.clusters();

        // equal_across_groups: the groups whose focal coefficients are all estimated
        List<Integer> usable = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            boolean ok = true;
            for (String t : tested) {
                ok &= terms.contains(interacted.get(t).get(k));
            }
            if (ok) {
                usable.add(k);
            } else {
                result.warn("by " + by + ": group '" + groups.get(k) + "' is left out of equal_across_groups: the "
                        + "coefficient(s) of " + String.join(", ", tested) + " cannot be estimated for it in the "
                        + "interacted model");
            }
        }
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("by", by);
        common.put("by_test", full ? "full" : "focal");
        common.put("interacted_formula", text);
        common.put("group_dummies", dummyGroups);
        common.put("vcov", inference.vcovDescription());
        if (usable.size() >= 2) {
            List<double[]> rows = new ArrayList<>();
            int ref = usable.get(0);
            for (String t : tested) {
                List<String> labels = interacted.get(t);
                for (int k : usable) {
                    if (k != ref) {
                        rows.add(contrast(terms, labels.get(k), labels.get(ref)));
                    }
                }
            }
            List<String> used = new ArrayList<>();
            Map<String, Object> slopes = new LinkedHashMap<>();
            for (int k : usable) {
                used.add(groups.get(k));
                Map<String, Object> s = new LinkedHashMap<>();
                for (String t : tested) {
                    s.put(t, b[terms.indexOf(interacted.get(t).get(k))]);
                }
                slopes.put(groups.get(k), s);
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("null", "the coefficients of " + String.join(", ", tested) + " are equal in every group of " + by);
            extra.put("focal", tested);
            extra.put("groups", used);
            extra.put("reference_group", groups.get(ref));
            extra.put("group_coefficients", slopes);
            extra.putAll(common);
            addWald(result, "equal_across_groups", b, v, rows, df2, clusters, normal, extra);
        } else {
            result.warn("by " + by + ": fewer than two groups have estimable coefficients of " + String.join(", ", tested)
                    + "; no equal_across_groups test");
        }

        if (full) {
            List<double[]> rows = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : interacted.entrySet()) {
                List<String> labels = e.getValue();
                int ref = -1;
                for (int k = 0; k < labels.size(); k++) {
                    if (!terms.contains(labels.get(k))) {
                        leftOut.add(e.getKey() + " in group " + groups.get(k));
                    } else if (ref < 0) {
                        ref = k;
                    } else {
                        rows.add(contrast(terms, labels.get(k), labels.get(ref)));
                    }
                }
            }
            int shiftsTested = 0;
            for (String s : shifts) {
                if (terms.contains(s)) {
                    rows.add(contrast(terms, s, null));
                    shiftsTested++;
                }
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("null", "every coefficient (and the intercept, where it is not absorbed by fixed effects) is "
                    + "equal in every group of " + by);
            extra.put("groups", groups);
            extra.put("intercept_shifts_tested", shiftsTested);
            if (!leftOut.isEmpty()) {
                extra.put("left_out", leftOut);
            }
            extra.putAll(common);
            addWald(result, "chow", b, v, rows, df2, clusters, normal, extra);
        }
    }

    /** A restriction row: +1 at {@code plus}, −1 at {@code minus} (null: none). */
    private static double[] contrast(List<String> terms, String plus, String minus) {
        double[] row = new double[terms.size()];
        row[terms.indexOf(plus)] = 1.0;
        if (minus != null) {
            row[terms.indexOf(minus)] = -1.0;
        }
        return row;
    }

    private static void addWald(Result result, String name, double[] b, double[][] v, List<double[]> rows, double df2,
            int clusters, boolean normal, Map<String, Object> extra) {
        WaldTest.Outcome o = WaldTest.test(b, v, rows.toArray(new double[0][]), null, df2, clusters);
        if (Double.isNaN(o.chi2())) {
            result.warn(name + " cannot be computed: the covariance of the " + o.q() + " restrictions has rank "
                    + o.rank() + (clusters > 0 ? " (" + clusters + " clusters allow at most " + (clusters - 1) + ")" : "")
                    + "; test fewer coefficients (focal) or use more clusters");
            return;
        }
        TestResult t = normal ? TestResult.chi2(name, o.chi2(), o.q(), o.chi2P())
                : TestResult.f(name, o.f(), o.q(), o.fDf2(), o.fP()).with("chi2", o.chi2());
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            t = t.with(e.getKey(), e.getValue());
        }
        result.addTest(t);
    }
}
