package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.panel.numerics.unitroot.AdfRegression;
import org.carbonlab.panel.numerics.unitroot.Cips;
import org.carbonlab.panel.numerics.unitroot.CipsCriticalValues;
import org.carbonlab.panel.numerics.unitroot.Deterministics;
import org.carbonlab.panel.numerics.unitroot.PanelUnitRoot;

/**
 * {@code panel.unitroot}: panel unit-root tests of one or more variables, in levels and/or first differences (see
 * {@link PanelUnitRoot} for the tests and conventions). One model per variable and form with its tests (statistic,
 * p-value, decision at {@code significance}); tables {@code tests} (every test of every model) and {@code adf} (the
 * per-unit ADF and Phillips–Perron regressions) and, when computed, {@code hadri} (per-unit LM).
 */
public class UnitRootEstimator implements Estimator {
    static final String VARIABLES = "variables";
    static final String TESTS = "tests";
    static final String EXO = "exo";
    static final String LAGS = "lags";
    static final String MAX_LAGS = "max_lags";
    static final String DIFFERENCE = "difference";
    static final String DEMEAN = "demean";
    static final String DFCOR = "dfcor";
    static final String CONVENTION = "convention";
    static final String PP_LAGS = "pp_lags";
    static final String SIGNIFICANCE = "significance";
    static final String CIPS_LAGS = "cips_lags";
    static final String P_APPROX = "p_approx";

    /** Test ids (as in {@code tests=}) and the statistics each one reports. */
    private static final Map<String, List<String>> TEST_IDS = new LinkedHashMap<>();

    static {
        TEST_IDS.put("llc", List.of("llc"));
        TEST_IDS.put("ips", List.of("ips_wtbar", "ips_ztbar"));
        TEST_IDS.put("fisher_adf", List.of("fisher_adf"));
        TEST_IDS.put("choi_adf", List.of("choi_pm_adf", "choi_z_adf", "choi_logit_adf"));
        TEST_IDS.put("fisher_pp", List.of("fisher_pp"));
        TEST_IDS.put("choi_pp", List.of("choi_pm_pp", "choi_z_pp", "choi_logit_pp"));
        TEST_IDS.put("hadri", List.of("hadri_hetero", "hadri_homo"));
        TEST_IDS.put("cips", List.of("cips", "cips_truncated"));
    }

    /** The tests run when {@code tests=} is not given: all but CIPS, which needs a balanced panel. */
    private static final List<String> DEFAULT_TESTS = TEST_IDS.keySet().stream().filter(id -> !id.equals("cips"))
            .toList();

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required(VARIABLES, ParameterType.STRING,
                        "the series to test, separated by ',' or ';': columns or expressions such as log(co2/gdp); "
                                + "one model per variable (and per form, see difference)"),
                ParameterSpec.optional(TESTS, ParameterType.LIST, String.join(",", DEFAULT_TESTS),
                        "which tests: llc (Levin-Lin-Chu), ips (Im-Pesaran-Shin W_tbar, and Z_tbar without lags), "
                                + "fisher_adf / choi_adf (Maddala-Wu P; Choi Pm, Z, L* on ADF p-values), fisher_pp / "
                                + "choi_pp (the same on Phillips-Perron p-values), hadri (LM, heteroskedastic and "
                                + "homoskedastic; null: stationarity), cips (Pesaran 2007 CIPS and truncated CIPS* "
                                + "against cross-section dependence; balanced panels; not run by default)"),
                ParameterSpec.choice(EXO, "intercept", List.of("none", "intercept", "trend"),
                        "deterministic terms of the unit regressions (IPS and Hadri need intercept or trend)"),
                ParameterSpec.optional(LAGS, ParameterType.STRING, "aic",
                        "lagged differences in each ADF regression: a number for every unit, or aic / bic chosen per "
                                + "unit up to max_lags on a common sample (as plm and Stata)"),
                ParameterSpec.integer(MAX_LAGS, null, 0, 50,
                        "largest lag order tried by aic/bic (default: min(int(12 (T/100)^0.25), (T - 8 - k)/2), "
                                + "k the deterministic terms, T the shortest series)"),
                ParameterSpec.choice(DIFFERENCE, "levels", List.of("levels", "first", "both"),
                        "test the levels, the first differences (within entity), or both (one model each)"),
                ParameterSpec.optional(DEMEAN, ParameterType.BOOLEAN, "false",
                        "subtract the cross-sectional mean of each period first (against cross-sectional "
                                + "dependence, as xtunitroot's demean)"),
                ParameterSpec.choice(CONVENTION, "published", List.of("published", "plm"),
                        "published (default): textbook ADF t statistics (dfcor), LLC's own variance divisors and "
                                + "its table at T~ = T - mean lag - 1, IPS Z_tbar with the trend moments under a "
                                + "trend; plm: plm 2.6 purtest (dfcor=false, LLC table at the raw T, Z_tbar always "
                                + "with the intercept moments)"),
                ParameterSpec.optional(DFCOR, ParameterType.BOOLEAN, null,
                        "degrees-of-freedom correction of the unit ADF variance RSS/(n-k) (default true under "
                                + "published, false under plm); under plm it also applies to LLC and Hadri"),
                ParameterSpec.integer(PP_LAGS, null, 0, 100,
                        "Newey-West lags of the Phillips-Perron statistics (default int(4 (T/100)^(2/9)) per unit, "
                                + "as Stata's pperron)"),
                ParameterSpec.choice(P_APPROX, "mackinnon1994", List.of("mackinnon1994", "mackinnon1996"),
                        "p-values of the unit ADF and Phillips-Perron t statistics (and so of the Fisher and Choi "
                                + "tests): MacKinnon (1994) surfaces as Stata's dfuller, or MacKinnon (1996) response "
                                + "surfaces as R's urca punitroot (plm's purtest default when urca is installed)"),
                ParameterSpec.integer(CIPS_LAGS, null, 0, 20,
                        "lag order p of the CADF(p) regressions of cips (default: lags when it is a number, else 1)"),
                ParameterSpec.number(SIGNIFICANCE, 0.05, 0.0, 1.0,
                        "level at which each test's decision is taken"));
    }

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        if (!data.hasTime()) {
            problems.add("panel.unitroot needs a panel with a time column; " + data.origin() + " is a cross-section");
        }
        try {
            for (String v : variables(p)) {
                Expression e = Expression.parse(v);
                for (String column : e.variables()) {
                    if (!data.hasColumn(column)) {
                        problems.add("variables: column '" + column + "' (in '" + v + "') is not in "
                                + data.origin());
                    } else if (!data.isNumeric(column)) {
                        problems.add("variables: column '" + column + "' is not numeric");
                    }
                }
            }
            lagSpec(p);
            tests(p);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        data.requirePeriods();
        Result result = new Result("panel.unitroot");
        Deterministics d = Deterministics.valueOf(p.string(EXO).toUpperCase(Locale.ROOT));
        boolean plm = p.string(CONVENTION).equals("plm");
        boolean dfcor = p.isSet(DFCOR) ? p.bool(DFCOR) : !plm;
        int fixedLags = lagSpec(p);
        boolean bic = p.string(LAGS).trim().equalsIgnoreCase("bic");
        Set<String> wanted = tests(p);
        double alpha = p.number(SIGNIFICANCE);
        String difference = p.string(DIFFERENCE);
        List<Boolean> forms = switch (difference) {
            case "first" -> List.of(true);
            case "both" -> List.of(false, true);
            default -> List.of(false);
        };
        ResultTable testTable = new ResultTable(List.of("variable", "form", "test", "statistic", "distribution", "df",
                "p_value", "null", "decision"));
        ResultTable adfTable = new ResultTable(List.of("variable", "form", "entity", "lags", "n_obs", "rho",
                "std_error", "t", "p_value", "crit_1pct", "crit_5pct", "crit_10pct", "pp_lags", "pp_zt", "pp_p_value"));
        ResultTable hadriTable = new ResultTable(List.of("variable", "form", "entity", "lm", "sigma2"));
        ResultTable cadfTable = new ResultTable(List.of("variable", "form", "entity", "lags", "n_obs", "cadf_t",
                "cadf_t_truncated"));
        int totalObs = 0;
        for (String variable : variables(p)) {
            double[] values = Expression.parse(variable).evaluate(data, result.warnings());
            for (boolean diff : forms) {
                String form = diff ? "first difference" : "levels";
                UnitSeries s = UnitSeries.of(data, values, variable, diff, p.bool(DEMEAN));
                int maxLags = fixedLags >= 0 ? fixedLags
                        : p.isSet(MAX_LAGS) ? (int) p.integer(MAX_LAGS) : defaultMaxLags(s.shortest(), d);
                checkLength(s, d, fixedLags >= 0 ? fixedLags : maxLags, variable, form);
                PanelUnitRoot.Outcome out;
                try {
                    out = PanelUnitRoot.run(s.series(), new PanelUnitRoot.Options(d, fixedLags, maxLags, bic, dfcor,
                            plm, p.isSet(PP_LAGS) ? (int) p.integer(PP_LAGS) : -1, plm && dfcor,
                            p.string(P_APPROX).equals("mackinnon1996")));
                } catch (IllegalArgumentException e) {
                    throw new EstimationException("panel.unitroot: " + variable + " (" + form + "): " + e.getMessage()
                            + "; check that the series of every entity varies", e);
                }
                ModelResult m = new ModelResult(variable + (diff ? " (first difference)" : " (levels)"));
                m.statistic("variable", variable);
                m.statistic("form", diff ? "first" : "levels");
                m.statistic("exo", p.string(EXO));
                m.statistic("n_units", s.series().length);
                m.statistic("n_obs", s.observations());
                m.statistic("balanced", s.balanced());
                m.statistic("lag_selection", fixedLags >= 0 ? "fixed" : bic ? "bic" : "aic");
                if (fixedLags < 0) {
                    m.statistic("max_lags", maxLags);
                }
                m.statistic("mean_lags", out.units().stream().mapToInt(u -> u.adf().lags()).average().orElse(0));
                m.statistic("tbar", out.tbar());
                m.statistic("dfcor", dfcor);
                m.statistic("convention", p.string(CONVENTION));
                m.statistic("demeaned", p.bool(DEMEAN));
                m.statistic("adf_p_values", p.string(P_APPROX).equals("mackinnon1996") ? "MacKinnon (1996)"
                        : "MacKinnon (1994)");
                if (out.llc() != null && wanted.contains("llc")) {
                    Map<String, Object> llc = new LinkedHashMap<>();
                    llc.put("delta", out.llc().delta());
                    llc.put("se_delta", out.llc().seDelta());
                    llc.put("t_delta", out.llc().tDelta());
                    llc.put("sigma_eps2", out.llc().sigmaEps2());
                    llc.put("sbar", out.llc().sbar());
                    llc.put("T_tilde", out.llc().tildeT());
                    llc.put("mu_star", out.llc().muStar());
                    llc.put("sigma_star", out.llc().sigmaStar());
                    llc.put("bartlett_lags", out.llc().bartlettLags());
                    m.statistic("llc", llc);
                }
                for (PanelUnitRoot.Statistic st : out.statistics()) {
                    if (!selected(wanted, st.name())) {
                        continue;
                    }
                    boolean stationaryNull = st.name().startsWith("hadri");
                    String nul = stationaryNull ? "every series is stationary"
                            : st.name().equals("llc") ? "every series has a unit root (common autoregressive root)"
                            : "every series has a unit root";
                    boolean reject = st.p() < alpha;
                    String decision = (reject ? "reject" : "do not reject") + " at " + Numbers.percent(alpha);
                    double[] df = Double.isNaN(st.df()) ? new double[0] : new double[] {st.df()};
                    m.addTest(new TestResult(st.name(), st.value(), df, st.p(), st.distribution(), null)
                            .with("null", nul)
                            .with("alternative", stationaryNull ? "some series have a unit root"
                                    : st.name().equals("llc") ? "every series is stationary"
                                    : "some series are stationary")
                            .with("decision", decision).with("reject", reject));
                    testTable.addRow(variable, form, st.name(), st.value(), st.distribution(),
                            Double.isNaN(st.df()) ? null : st.df(), st.p(), nul, decision);
                }
                if (wanted.contains("cips")) {
                    cips(p, s, d, fixedLags, plm, alpha, variable, form, m, testTable, cadfTable, result);
                }
                for (String note : out.notes()) {
                    String test = note.substring(0, note.indexOf(':'));
                    if (selected(wanted, test)) {
                        result.warn(variable + " (" + form + "): " + note);
                    }
                }
                for (int i = 0; i < out.units().size(); i++) {
                    PanelUnitRoot.Unit u = out.units().get(i);
                    AdfRegression.Fit f = u.adf();
                    adfTable.addRow(variable, form, s.entities().get(i), f.lags(), f.nObs(), f.rho(), f.se(), f.t(),
                            u.pAdf(), u.critical()[0], u.critical()[1], u.critical()[2], u.ppLags(), u.ppZ(), u.pPp());
                }
                if (out.hadri() != null && wanted.contains("hadri")) {
                    for (int i = 0; i < out.units().size(); i++) {
                        hadriTable.addRow(variable, form, s.entities().get(i), out.hadri().lm()[i],
                                out.hadri().sigma2()[i]);
                    }
                }
                s.warnings().forEach(result::warn);
                totalObs += s.observations();
                result.models().add(m);
            }
        }
        if (result.models().size() == 1) {
            result.models().get(0).tests().forEach(result::addTest);
        }
        result.statistic("n_models", result.models().size());
        result.statistic("critical_values", "MacKinnon (2010), per unit at its number of observations");
        result.table("tests", testTable);
        result.table("adf", adfTable);
        if (!hadriTable.rows().isEmpty()) {
            result.table("hadri", hadriTable);
        }
        if (!cadfTable.rows().isEmpty()) {
            result.table("cadf", cadfTable);
        }
        result.data(new DataSummary(data.source(), data.sha256(), data.rows(), data.nEntities(), data.nPeriods(),
                data.balanced()));
        result.statistic("n_obs", totalObs);
        return result;
    }

    /**
     * Pesaran's CIPS and truncated CIPS* with their table p-values (see {@link Cips}, {@link CipsCriticalValues}):
     * two tests in the model and in the tests table, the unit CADF t ratios in the cadf table. Needs a balanced
     * panel and enough periods for the CADF(p) regressions; names the entity or the parameter otherwise.
     */
    private static void cips(Parameters p, UnitSeries s, Deterministics d, int fixedLags, boolean plm, double alpha,
            String variable, String form, ModelResult m, ResultTable testTable, ResultTable cadfTable,
            Result result) {
        int lags = p.isSet(CIPS_LAGS) ? (int) p.integer(CIPS_LAGS) : fixedLags >= 0 ? fixedLags : 1;
        double[][] series = s.series();
        int longest = 0;
        for (double[] y : series) {
            longest = Math.max(longest, y.length);
        }
        if (!s.balanced()) {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < series.length && problems.size() < 10; i++) {
                if (series[i].length < longest) {
                    problems.add("cips: " + variable + " (" + form + ") of entity '" + s.entities().get(i) + "' has "
                            + series[i].length + " periods where the longest series has " + longest + "; Pesaran's "
                            + "CIPS needs a balanced panel (the cross-sectional means must cover every entity): "
                            + "restrict the data to the common periods or drop the entity");
                }
            }
            throw new InputException(problems);
        }
        int obs = Cips.observations(longest, lags);
        int k = Cips.coefficients(lags, d);
        if (obs <= k) {
            throw new InputException("cips: " + variable + " (" + form + ") has " + longest + " periods per entity; "
                    + "the CADF regression with " + (p.isSet(CIPS_LAGS) ? "cips_lags" : "lags") + "=" + lags
                    + " and exo=" + d.name().toLowerCase(Locale.ROOT) + " has " + k + " coefficients and needs more "
                    + "than " + k + " observations (it has " + obs + " = periods - lags - 1): use fewer lags");
        }
        Cips.Outcome c;
        try {
            c = Cips.run(series, lags, d);
        } catch (IllegalArgumentException e) {
            throw new EstimationException("panel.unitroot: cips of " + variable + " (" + form + "): " + e.getMessage(),
                    e);
        }
        m.statistic("cips_lags", lags);
        m.statistic("cips_n_obs_per_unit", c.nObs());
        m.statistic("cips_truncation_bounds", List.of(c.bounds()[0], c.bounds()[1]));
        String[] names = {"cips", "cips_truncated"};
        double[] values = {c.cips(), c.cipsTruncated()};
        for (int j = 0; j < 2; j++) {
            CipsCriticalValues.PValue pv = CipsCriticalValues.pValue(values[j], series.length, c.nObs(), d, j == 1,
                    plm);
            boolean reject = pv.bound() < 0 ? alpha >= 0.01 : pv.bound() > 0 ? false : pv.p() < alpha;
            String bound = pv.bound() < 0 ? "p < 0.01" : pv.bound() > 0 ? "p > 0.10" : null;
            String decision = (reject ? "reject" : "do not reject") + " at " + Numbers.percent(alpha)
                    + (bound != null ? " (" + bound + ")" : "");
            String nul = "every series has a unit root";
            Map<String, Double> critical = new LinkedHashMap<>();
            critical.put("1%", pv.critical()[0]);
            critical.put("5%", pv.critical()[1]);
            critical.put("10%", pv.critical()[2]);
            TestResult t = new TestResult(names[j], values[j], new double[0], pv.p(), "cips", null)
                    .with("null", nul).with("alternative", "some series are stationary")
                    .with("critical_values", critical)
                    .with("p_value_method", plm ? "plm 2.6 critvals.cips interpolation"
                            : "linear interpolation in Pesaran (2007) Table II")
                    .with("decision", decision).with("reject", reject);
            if (bound != null) {
                t = t.with("p_value_bound", bound);
            }
            m.addTest(t);
            testTable.addRow(variable, form, names[j], values[j], "cips", null, pv.p(), nul, decision);
            if (j == 0) {
                for (String note : pv.notes()) {
                    result.warn(variable + " (" + form + "): " + note);
                }
            }
            if (bound != null && j == 0) {
                result.warn(variable + " (" + form + "): cips = " + values[j] + " lies outside the 1%-10% critical "
                        + "values of Pesaran's table; the reported p-value " + pv.p() + " is a bound (" + bound + ")");
            }
        }
        for (int i = 0; i < series.length; i++) {
            cadfTable.addRow(variable, form, s.entities().get(i), lags, c.nObs(), c.t()[i], c.tTruncated()[i]);
        }
    }

    /** Whether a statistic (or a note about a test id or statistic) belongs to the tests asked for. */
    private static boolean selected(Set<String> wanted, String statistic) {
        if (wanted.contains(statistic)) {
            return true;
        }
        for (String id : wanted) {
            if (TEST_IDS.get(id).contains(statistic)) {
                return true;
            }
        }
        return false;
    }

    /** Fixed lag order, or -1 for aic/bic. */
    private static int lagSpec(Parameters p) {
        String s = p.string(LAGS).trim().toLowerCase(Locale.ROOT);
        if (s.equals("aic") || s.equals("bic")) {
            return -1;
        }
        try {
            int l = Integer.parseInt(s);
            if (l >= 0) {
                return l;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("lags: '" + p.string(LAGS) + "' is neither a lag order (0, 1, 2, ...) nor aic or bic");
    }

    private static Set<String> tests(Parameters p) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : p.list(TESTS)) {
            String id = t.trim().toLowerCase(Locale.ROOT);
            if (!TEST_IDS.containsKey(id)) {
                throw new InputException("tests: unknown test '" + t + "'; choose among " + TEST_IDS.keySet());
            }
            out.add(id);
        }
        if (out.isEmpty()) {
            out.addAll(DEFAULT_TESTS);
        }
        return out;
    }

    /** The variables, split at ',' or ';' outside parentheses. */
    static List<String> variables(Parameters p) {
        List<String> out = new ArrayList<>();
        String text = p.string(VARIABLES);
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if ((c == ',' || c == ';') && depth == 0) {
                add(out, cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(out, cur.toString());
        if (out.isEmpty()) {
            throw new InputException("variables: no variable given");
        }
        return out;
    }

    private static void add(List<String> out, String v) {
        if (!v.isBlank()) {
            out.add(v.trim());
        }
    }

    private static int defaultMaxLags(int t, Deterministics d) {
        int schwert = (int) Math.floor(12 * Math.pow(t / 100.0, 0.25));
        return Math.max(0, Math.min(schwert, (t - 8 - d.columns()) / 2));
    }

    /** The unit regressions need more observations than coefficients: name the shortest series. */
    private static void checkLength(UnitSeries s, Deterministics d, int lags, String variable, String form) {
        int need = lags + 1 + (1 + lags + d.columns()) + 1;
        for (int i = 0; i < s.series().length; i++) {
            if (s.series()[i].length < need) {
                throw new InputException("panel.unitroot: " + variable + " (" + form + ") of entity '"
                        + s.entities().get(i) + "' has " + s.series()[i].length + " consecutive periods; the ADF "
                        + "regression with " + lags + " lag(s) and exo=" + d.name().toLowerCase(Locale.ROOT)
                        + " needs at least " + need + " (use fewer lags or drop the entity)");
            }
        }
    }

    /** Formatting of the decision level. */
    private static final class Numbers {
        static String percent(double alpha) {
            double pct = alpha * 100;
            return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
        }
    }
}
