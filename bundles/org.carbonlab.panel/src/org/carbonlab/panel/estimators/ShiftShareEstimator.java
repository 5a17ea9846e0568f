package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.Demeaned;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;
import org.carbonlab.panel.numerics.RotembergWeights;
import org.carbonlab.panel.numerics.ShiftShare;

/**
 * {@code panel.shiftshare}: builds the shift-share (Bartik) instrument z_it = Σ_k s_ik,base · g_kt as a per-unit,
 * per-period output table ({@code shiftshare}: entity, time, the built column) that a study binds as a variable
 * ({@code <outputs table="shiftshare" column="bartik" variable="..."/>}) and a later {@code panel.iv} uses as an
 * instrument.
 * <ul>
 * <li>{@code shares}: a long table of unit × industry shares (columns {@code shares_entity}, default the dataset's
 * entity column; {@code shares_industry}, default {@code industry}; {@code shares_value}, default {@code share};
 * optionally a period column, {@code shares_time}, default the dataset's time column when present, in which case
 * {@code base} picks the base period).</li>
 * <li>{@code shocks}: a long table of industry × period shocks ({@code shocks_industry}, {@code shocks_time} default
 * the dataset's time column, {@code shocks_value} default {@code shock}); or unit-level contributions when
 * {@code shocks_entity} names a unit column: g_kt = Σ_j a_jkt (/ Σ_j b_jkt with {@code shocks_denominator}), which
 * {@code leave_one_out=true} computes without unit i's own contribution for unit i.</li>
 * <li>{@code mapping}: optional concordance from the share table's industry codes to the shock table's
 * ({@code mapping_from}, {@code mapping_to}, optional {@code mapping_weight} splitting a code's share).</li>
 * <li>{@code formula}: optional IV formula using the built column as the only instrument, e.g.
 * {@code y ~ controls | id + year | robots ~ bartik}: adds the Rotemberg weights (Goldsmith-Pinkham, Sorkin and
 * Swift 2020) table {@code rotemberg}.</li>
 * </ul>
 * Share-side industries without a shock (after mapping) are an input error naming them ({@code unmatched=drop}
 * drops them with a warning); units of the data without shares and a base period absent from the share table are
 * input errors too.
 */
public class ShiftShareEstimator implements Estimator {
    static final String SHARES = "shares";
    static final String SHOCKS = "shocks";
    static final String MAPPING = "mapping";
    static final String BASE = "base";
    static final String LOO = "leave_one_out";
    static final String NAME = "name";
    static final String UNMATCHED = "unmatched";

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required(SHARES, ParameterType.STRING,
                        "CSV/XLSX of unit x industry shares in the base period (long: unit, industry, share[, period])"),
                ParameterSpec.required(SHOCKS, ParameterType.STRING,
                        "CSV/XLSX of industry x period shocks (long: industry, period, shock), or unit-level "
                                + "contributions with shocks_entity"),
                ParameterSpec.optional(MAPPING, ParameterType.STRING, null,
                        "CSV/XLSX mapping share-table industry codes to shock-table codes (from, to[, weight])"),
                ParameterSpec.optional(BASE, ParameterType.INTEGER, null,
                        "base period of the shares (required when the share table has a period column)"),
                new ParameterSpec(LOO, ParameterType.BOOLEAN, "false", false, List.of(), null, null,
                        "leave-one-out shocks: unit i is exposed to the shocks computed without its own "
                                + "contribution (needs shocks_entity)"),
                ParameterSpec.optional(NAME, ParameterType.STRING, "bartik", "name of the built column"),
                ParameterSpec.choice(UNMATCHED, "error", List.of("error", "drop"),
                        "share industries without a shock: error (named) or drop (their shares are left out, "
                                + "with a warning)"),
                ParameterSpec.optional(PanelParameters.FORMULA, ParameterType.FORMULA, null,
                        "optional IV formula with the built column as the only instrument (y ~ controls | fe | x ~ "
                                + "bartik) for the Rotemberg-weight diagnostics"),
                ParameterSpec.optional("shares_entity", ParameterType.STRING, null,
                        "unit column of the share table (default the dataset's entity column)"),
                ParameterSpec.optional("shares_industry", ParameterType.STRING, "industry", "industry column of the share table"),
                ParameterSpec.optional("shares_value", ParameterType.STRING, "share", "share column of the share table"),
                ParameterSpec.optional("shares_time", ParameterType.STRING, null,
                        "period column of the share table (default the dataset's time column if the table has it)"),
                ParameterSpec.optional("shocks_industry", ParameterType.STRING, "industry", "industry column of the shock table"),
                ParameterSpec.optional("shocks_time", ParameterType.STRING, null,
                        "period column of the shock table (default the dataset's time column)"),
                ParameterSpec.optional("shocks_value", ParameterType.STRING, "shock", "shock (or numerator) column"),
                ParameterSpec.optional("shocks_entity", ParameterType.STRING, null,
                        "unit column of a shock table of unit-level contributions (summed over units)"),
                ParameterSpec.optional("shocks_denominator", ParameterType.STRING, null,
                        "denominator column: shocks are sum(value)/sum(denominator) over units"),
                ParameterSpec.optional("mapping_from", ParameterType.STRING, "from", "mapping column of share-table codes"),
                ParameterSpec.optional("mapping_to", ParameterType.STRING, "to", "mapping column of shock-table codes"),
                ParameterSpec.optional("mapping_weight", ParameterType.STRING, "weight",
                        "mapping weight column (optional in the file; 1 when absent)"));
    }

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        if (!data.hasTime()) {
            problems.add("panel.shiftshare needs a panel with a time column (shocks vary by period); " + data.origin()
                    + " is a cross-section");
        }
        for (String f : List.of(SHARES, SHOCKS, MAPPING)) {
            String name = p.string(f);
            if (name != null && ShiftShareTables.find(name, data) == null) {
                problems.add(f + "=" + name + ": no such file (looked as given and next to the data file "
                        + data.source() + ")");
            }
        }
        if (p.bool(LOO) && p.string("shocks_entity") == null) {
            problems.add("leave_one_out=true needs unit-level shocks: name the unit column of the shock table with "
                    + "--set shocks_entity=COLUMN");
        }
        if (p.string(PanelParameters.FORMULA) != null) {
            try {
                formulaProblems(Formula.parse(p.string(PanelParameters.FORMULA)), p.string(NAME), problems);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    private static void formulaProblems(Formula f, String name, List<String> problems) {
        if (!f.hasInstruments() || f.endogenous().size() != 1 || f.instruments().size() != 1
                || !f.instruments().get(0).label().equals(name)) {
            problems.add("formula '" + f.text() + "': the Rotemberg weights need one endogenous regressor instrumented "
                    + "by the built column alone, e.g. y ~ controls | id + year | x ~ " + name);
        }
    }

    @Override
    public Result estimate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        List<String> problems = validate(context);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Result result = new Result("panel.shiftshare");
        String name = p.string(NAME);
        List<String> units = data.entityLabels();
        long[] periods = data.periods();

        // shocks: industries in order of appearance, periods of the data
        RawTable shockTable = ShiftShareTables.read(SHOCKS, p.string(SHOCKS), data);
        Shocks shocks = readShocks(shockTable, p, data, units, periods, result);
        // shares, mapped to the shock industries
        RawTable shareTable = ShiftShareTables.read(SHARES, p.string(SHARES), data);
        Map<String, Map<String, Double>> raw = readShares(shareTable, p, data);
        if (p.string(MAPPING) != null) {
            raw = map(raw, ShiftShareTables.read(MAPPING, p.string(MAPPING), data), p, result);
        }
        double[][] shares = shareMatrix(raw, units, shocks.industries, p.string(UNMATCHED).equals("drop"), result);

        int[] unit = data.entityIndices();
        int[] period = data.timeIndices();
        double[] z = ShiftShare.build(shares, shocks.byUnit, unit, period);
        ResultTable out = new ResultTable(RowKeys.columns(data, name));
        int missing = 0;
        for (int r = 0; r < data.rows(); r++) {
            List<Object> row = RowKeys.values(data, r);
            row.add(Double.isNaN(z[r]) ? null : z[r]);
            out.addRow(row.toArray());
            if (Double.isNaN(z[r])) {
                missing++;
            }
        }
        if (missing > 0) {
            result.warn(missing + " unit-period(s) have no " + name + ": a shock is missing for an industry with a "
                    + "non-zero share in that period");
        }
        result.table("shiftshare", out);
        result.table("industries", industryTable(shocks, shares, units));
        result.statistic("name", name);
        result.statistic("n_industries", shocks.industries.size());
        result.statistic("n_units", units.size());
        result.statistic("leave_one_out", p.bool(LOO));
        if (p.isSet(BASE)) {
            result.statistic("base", p.integer(BASE));
        }
        if (p.string(PanelParameters.FORMULA) != null) {
            rotemberg(result, data.withColumn(name, z), p, shares, shocks, unit, period);
        }
        return result;
    }

    /** Shocks on the data's units and periods: g[unit][industry][period]. */
    private record Shocks(List<String> industries, double[][][] byUnit, double[][] common) {
    }

    private static Shocks readShocks(RawTable t, Parameters p, PanelFrame data, List<String> units, long[] periods,
            Result result) {
        int ci = ShiftShareTables.column(t, p.string("shocks_industry"), "shocks_industry");
        String timeCol = p.string("shocks_time") != null ? p.string("shocks_time") : data.timeColumn();
        int ct = ShiftShareTables.column(t, timeCol, "shocks_time");
        int cv = ShiftShareTables.column(t, p.string("shocks_value"), "shocks_value");
        String entityCol = p.string("shocks_entity");
        int ce = entityCol == null ? -1 : ShiftShareTables.column(t, entityCol, "shocks_entity");
        String denCol = p.string("shocks_denominator");
        int cd = denCol == null ? -1 : ShiftShareTables.column(t, denCol, "shocks_denominator");
        Map<String, Integer> industries = new LinkedHashMap<>();
        Map<String, Integer> shockUnits = new LinkedHashMap<>();
        for (int r = 0; r < t.rows(); r++) {
            industries.computeIfAbsent(ShiftShareTables.key(t, r, ci), k -> industries.size());
            if (ce >= 0) {
                shockUnits.computeIfAbsent(ShiftShareTables.key(t, r, ce), k -> shockUnits.size());
            }
        }
        Map<Long, Integer> periodIndex = new LinkedHashMap<>();
        for (int s = 0; s < periods.length; s++) {
            periodIndex.put(periods[s], s);
        }
        int kk = industries.size();
        int tt = periods.length;
        int uu = ce >= 0 ? shockUnits.size() : 1;
        double[][][] num = new double[uu][kk][tt];
        double[][][] den = cd >= 0 ? new double[uu][kk][tt] : null;
        for (double[][] a : num) {
            for (double[] b : a) {
                java.util.Arrays.fill(b, Double.NaN);
            }
        }
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            Integer s = periodIndex.get(ShiftShareTables.period(t, r, ct));
            if (s == null) {
                continue; // a period the data does not have
            }
            int k = industries.get(ShiftShareTables.key(t, r, ci));
            int j = ce >= 0 ? shockUnits.get(ShiftShareTables.key(t, r, ce)) : 0;
            if (!Double.isNaN(num[j][k][s])) {
                problems.add(t.origin() + ", " + t.lineWord() + " " + t.line(r) + ": a second row for industry '"
                        + ShiftShareTables.key(t, r, ci) + "' in period " + periods[s]
                        + (ce >= 0 ? " and unit '" + ShiftShareTables.key(t, r, ce) + "'" : ""));
                continue;
            }
            num[j][k][s] = ShiftShareTables.value(t, r, cv, problems);
            if (den != null) {
                den[j][k][s] = ShiftShareTables.value(t, r, cd, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        boolean loo = p.bool(LOO);
        double[][][] agg = ShiftShare.aggregate(num, den, loo);
        double[][] common = ShiftShare.aggregate(num, den, false)[0];
        double[][][] byUnit = new double[units.size()][][];
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Integer j = ce >= 0 ? shockUnits.get(units.get(i)) : null;
            byUnit[i] = j == null ? common : agg[j];
            if (loo && j == null) {
                absent.add(units.get(i));
            }
        }
        if (!absent.isEmpty()) {
            result.warn("leave-one-out: " + absent.size() + " unit(s) have no rows in the shock table, so their "
                    + "shocks are the full totals: " + ShiftShareTables.list(absent, 5));
        }
        List<String> noShock = new ArrayList<>();
        for (int s = 0; s < tt; s++) {
            boolean any = false;
            for (int k = 0; k < kk; k++) {
                any |= !Double.isNaN(common[k][s]);
            }
            if (!any) {
                noShock.add(Long.toString(periods[s]));
            }
        }
        if (!noShock.isEmpty()) {
            result.warn("the shock table has no shocks for period(s) " + ShiftShareTables.list(noShock, 10)
                    + " of the data; the built column is missing there");
        }
        return new Shocks(new ArrayList<>(industries.keySet()), byUnit, common);
    }

    /** unit → (industry → share) at the base period. */
    private static Map<String, Map<String, Double>> readShares(RawTable t, Parameters p, PanelFrame data) {
        String unitCol = p.string("shares_entity") != null ? p.string("shares_entity") : data.entityColumn();
        int cu = ShiftShareTables.column(t, unitCol, "shares_entity");
        int ci = ShiftShareTables.column(t, p.string("shares_industry"), "shares_industry");
        int cv = ShiftShareTables.column(t, p.string("shares_value"), "shares_value");
        String timeCol = p.string("shares_time");
        int ct = timeCol != null ? ShiftShareTables.column(t, timeCol, "shares_time")
                : data.timeColumn() == null ? -1 : t.columnIndex(data.timeColumn());
        Long base = p.isSet(BASE) ? p.integer(BASE) : null;
        if (ct >= 0) {
            TreeSet<Long> present = new TreeSet<>();
            for (int r = 0; r < t.rows(); r++) {
                present.add(ShiftShareTables.period(t, r, ct));
            }
            if (base == null) {
                if (present.size() > 1) {
                    throw new InputException("the share table " + t.origin() + " has a period column '"
                            + t.columnNames().get(ct) + "' with periods " + present + ": name the base period with "
                            + "--set base=PERIOD");
                }
            } else if (!present.contains(base)) {
                throw new InputException("missing base period: the share table " + t.origin() + " has no rows for "
                        + "base=" + base + " (periods present: " + present + ")");
            }
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            if (ct >= 0 && base != null && ShiftShareTables.period(t, r, ct) != base) {
                continue;
            }
            String u = ShiftShareTables.key(t, r, cu);
            String k = ShiftShareTables.key(t, r, ci);
            double v = ShiftShareTables.value(t, r, cv, problems);
            Map<String, Double> m = out.computeIfAbsent(u, x -> new LinkedHashMap<>());
            if (m.containsKey(k)) {
                problems.add(t.origin() + ", " + t.lineWord() + " " + t.line(r) + ": a second share for unit '" + u
                        + "' and industry '" + k + "'");
            }
            m.put(k, Double.isNaN(v) ? 0.0 : v);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** Shares re-expressed in the mapping's target codes: s_i,to = Σ_from s_i,from · w(from, to). */
    private static Map<String, Map<String, Double>> map(Map<String, Map<String, Double>> shares, RawTable t,
            Parameters p, Result result) {
        int cf = ShiftShareTables.column(t, p.string("mapping_from"), "mapping_from");
        int cto = ShiftShareTables.column(t, p.string("mapping_to"), "mapping_to");
        int cw = t.columnIndex(p.string("mapping_weight"));
        Map<String, Map<String, Double>> concord = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            double w = cw < 0 ? 1.0 : ShiftShareTables.value(t, r, cw, problems);
            concord.computeIfAbsent(ShiftShareTables.key(t, r, cf), x -> new LinkedHashMap<>())
                    .merge(ShiftShareTables.key(t, r, cto), Double.isNaN(w) ? 0.0 : w, Double::sum);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<String> notOne = new ArrayList<>();
        for (var e : concord.entrySet()) {
            double sum = e.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > 1e-9) {
                notOne.add(e.getKey() + " (" + sum + ")");
            }
        }
        if (!notOne.isEmpty()) {
            result.warn("mapping weights of code(s) " + ShiftShareTables.list(notOne, 10) + " do not sum to 1: their "
                    + "shares are scaled by that sum");
        }
        TreeSet<String> unmapped = new TreeSet<>();
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (var e : shares.entrySet()) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (var s : e.getValue().entrySet()) {
                Map<String, Double> targets = concord.get(s.getKey());
                if (targets == null) {
                    unmapped.add(s.getKey());
                    continue;
                }
                for (var to : targets.entrySet()) {
                    m.merge(to.getKey(), s.getValue() * to.getValue(), Double::sum);
                }
            }
            out.put(e.getKey(), m);
        }
        if (!unmapped.isEmpty()) {
            throw new InputException("unmatched industries: share-table code(s) " + ShiftShareTables.list(
                    new ArrayList<>(unmapped), 10) + " are not in the mapping table " + t.origin() + " (column '"
                    + p.string("mapping_from") + "')");
        }
        return out;
    }

    private static double[][] shareMatrix(Map<String, Map<String, Double>> shares, List<String> units,
            List<String> industries, boolean dropUnmatched, Result result) {
        Map<String, Integer> index = new LinkedHashMap<>();
        industries.forEach(k -> index.put(k, index.size()));
        double[][] s = new double[units.size()][industries.size()];
        TreeSet<String> unmatched = new TreeSet<>();
        List<String> noShares = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Map<String, Double> m = shares.get(units.get(i));
            if (m == null) {
                noShares.add(units.get(i));
                continue;
            }
            for (var e : m.entrySet()) {
                Integer k = index.get(e.getKey());
                if (k == null) {
                    if (e.getValue() != 0) {
                        unmatched.add(e.getKey());
                    }
                    continue;
                }
                s[i][k] += e.getValue();
            }
        }
        if (!noShares.isEmpty()) {
            throw new InputException("unit(s) of the data without shares in the base period: "
                    + ShiftShareTables.list(noShares, 10));
        }
        if (!unmatched.isEmpty()) {
            String msg = "unmatched industries: share industr(ies) " + ShiftShareTables.list(new ArrayList<>(unmatched),
                    10) + " have no shocks in the shock table (its industries: " + ShiftShareTables.list(industries, 10)
                    + ")";
            if (!dropUnmatched) {
                throw new InputException(msg + "; add a mapping table (--set mapping=FILE) or --set unmatched=drop");
            }
            result.warn(msg + "; their shares are left out (unmatched=drop)");
        }
        List<String> unused = new ArrayList<>();
        for (int k = 0; k < industries.size(); k++) {
            boolean any = false;
            for (double[] row : s) {
                any |= row[k] != 0;
            }
            if (!any) {
                unused.add(industries.get(k));
            }
        }
        if (!unused.isEmpty()) {
            result.warn("shock industr(ies) with no share in any unit (no effect on the instrument): "
                    + ShiftShareTables.list(unused, 10));
        }
        return s;
    }

    private static ResultTable industryTable(Shocks shocks, double[][] shares, List<String> units) {
        ResultTable t = new ResultTable(List.of("industry", "mean_share", "mean_shock"));
        for (int k = 0; k < shocks.industries.size(); k++) {
            double ms = 0;
            for (double[] row : shares) {
                ms += row[k];
            }
            double sum = 0;
            int c = 0;
            for (double g : shocks.common[k]) {
                if (!Double.isNaN(g)) {
                    sum += g;
                    c++;
                }
            }
            t.addRow(shocks.industries.get(k), ms / units.size(), c == 0 ? null : sum / c);
        }
        return t;
    }

    private static void rotemberg(Result result, PanelFrame withZ, Parameters p, double[][] shares, Shocks shocks,
            int[] unitOfRow, int[] periodOfRow) {
        Formula f = Formula.parse(p.string(PanelParameters.FORMULA));
        ModelFrame mf = f.modelFrame(withZ);
        Demeaned d = mf.demeaned();
        double[] xt = RotembergWeights.partialOut(d.x(), IvEstimator.column(d.endogenous(), 0));
        double[] yt = RotembergWeights.partialOut(d.x(), d.y());
        int[] rows = mf.frameRows();
        int kk = shocks.industries.size();
        double[][] c = new double[rows.length][kk];
        for (int r = 0; r < rows.length; r++) {
            int i = unitOfRow[rows[r]];
            int s = periodOfRow[rows[r]];
            for (int k = 0; k < kk; k++) {
                c[r][k] = shares[i][k] == 0 ? 0 : shares[i][k] * shocks.byUnit[i][k][s];
            }
        }
        RotembergWeights.Result w = RotembergWeights.compute(c, xt, yt);
        ResultTable t = new ResultTable(List.of("industry", "alpha", "beta", "alpha_beta", "rank"));
        Integer[] order = new Integer[kk];
        for (int k = 0; k < kk; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(w.alpha()[b]), Math.abs(w.alpha()[a])));
        int[] rank = new int[kk];
        for (int r = 0; r < kk; r++) {
            rank[order[r]] = r + 1;
        }
        double sumAlpha = 0;
        double sumAb = 0;
        double negative = 0;
        for (int k = 0; k < kk; k++) {
            double a = w.alpha()[k];
            double b = w.beta()[k];
            sumAlpha += a;
            if (!Double.isNaN(b)) {
                sumAb += a * b;
            }
            if (a < 0) {
                negative += a;
            }
            t.addRow(shocks.industries.get(k), a, Double.isNaN(b) ? null : b, Double.isNaN(b) ? null : a * b, rank[k]);
        }
        result.table("rotemberg", t);
        result.statistic("rotemberg_formula", f.text());
        result.statistic("bartik_2sls_estimate", w.bartik());
        result.statistic("rotemberg_sum_alpha", sumAlpha);
        result.statistic("rotemberg_sum_alpha_beta", sumAb);
        result.statistic("rotemberg_negative_weight_sum", negative);
        mf.warnings().forEach(result::warn);
    }
}
