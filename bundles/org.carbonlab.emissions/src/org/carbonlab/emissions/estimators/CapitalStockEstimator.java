package org.carbonlab.emissions.estimators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carbonlab.core.data.Cells;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.emissions.numerics.PerpetualInventory;

/**
 * {@code capital.pim}: perpetual-inventory capital stock per entity,
 * <pre>
 *   K_t = (1 − δ) K_(t−1) + I_t / P_t,     K_first = (I_first / P_first) / (g + δ)
 * </pre>
 * with P the price index rebased to 1 in {@code base_year} within each entity (so K is in base-year prices), and g
 * the given {@code growth} or the average annual growth of real investment over the first {@code growth_years}
 * years ({@link PerpetualInventory}). {@code start=technology} uses K_first = E_first (1 + g)/(1 + δ), the start used
 * for technology-import (or R&amp;D) stocks.
 *
 * <p>Each entity's series runs from its first to its last year with investment. A year inside that span whose
 * investment (or price index) is missing, or that has no row, is a gap: {@code gaps=error} (default) names every gap;
 * {@code gaps=interpolate} fills real investment linearly between the neighbouring years and warns. Years before the
 * first or after the last investment have no stock (missing). Output {@code tables.capital} (entity, time,
 * &lt;name&gt;, real_investment) and {@code tables.initial} (entity, first_year, growth, initial_stock).
 */
public class CapitalStockEstimator implements Estimator {
    static final String INVESTMENT = "investment";
    static final String DEPRECIATION = "depreciation";
    static final String GROWTH = "growth";
    static final String GROWTH_YEARS = "growth_years";
    static final String GROWTH_METHOD = "growth_method";
    static final String DEFLATOR = "deflator";
    static final String BASE_YEAR = "base_year";
    static final String START = "start";
    static final String GAPS = "gaps";
    static final String NAME = "name";

    private static final int MAX_LISTED = 20;

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required(INVESTMENT, ParameterType.COLUMN,
                        "investment flow (column), e.g. gross fixed capital formation; nominal when a deflator is given"),
                ParameterSpec.number(DEPRECIATION, 0.096, 0.0, 1.0, "depreciation rate delta (0.096: Zhang Jun et al. 2004)"),
                ParameterSpec.number(GROWTH, null, -0.99, 10.0,
                        "growth rate g of the initial stock; default: estimated per entity from real investment"),
                ParameterSpec.integer(GROWTH_YEARS, 5, 1, 100,
                        "number of annual growth rates of real investment over which g is averaged (from the first year)"),
                ParameterSpec.choice(GROWTH_METHOD, "geometric", List.of("geometric", "arithmetic"),
                        "estimated g: geometric ((I_n/I_0)^(1/n) - 1) or arithmetic (mean of the n annual rates)"),
                ParameterSpec.optional(DEFLATOR, ParameterType.COLUMN, null,
                        "price index column (levels, any base); investment is divided by it after rebasing to 1 in base_year"),
                ParameterSpec.integer(BASE_YEAR, null, null, null,
                        "base year of the prices (each entity's index is rebased to 1 there); default the first period of the data"),
                ParameterSpec.choice(START, "steady_state", List.of("steady_state", "technology"),
                        "initial stock: steady_state K = I/(g + delta), or technology K = E (1 + g)/(1 + delta)"),
                ParameterSpec.choice(GAPS, "error", List.of("error", "interpolate"),
                        "a missing year inside an entity's investment series: error, or linear interpolation of real investment"),
                ParameterSpec.optional(NAME, ParameterType.STRING, "capital_stock", "name of the stock column (the new variable)"));
    }

    @Override
    public List<String> validate(EstimationContext context) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        List<String> problems = new ArrayList<>();
        if (!data.hasTime()) {
            problems.add("capital.pim accumulates investment over periods, but " + data.origin() + " is a cross-section "
                    + "(no time column); name the time column (--time COL, or the study dataset's timeColumn)");
            return problems;
        }
        List<String> cols = new ArrayList<>();
        for (String c : new String[] {p.string(INVESTMENT), p.string(DEFLATOR)}) {
            if (c == null) {
                continue;
            }
            if (!data.hasColumn(c)) {
                problems.add("column '" + c + "' not found in " + data.origin() + "; available columns: "
                        + String.join(", ", data.columnNames()));
            } else {
                cols.add(c);
            }
        }
        problems.addAll(data.checkNumeric(cols));
        String name = p.string(NAME);
        if (name == null || name.isBlank() || name.equals("entity") || name.equals("time") || name.equals("real_investment")) {
            problems.add("name '" + name + "' cannot name the stock column; choose e.g. capital_stock");
        }
        if (p.isSet(BASE_YEAR) && !p.isSet(DEFLATOR)) {
            problems.add("base_year is given but deflator is not: base_year is the year in which the deflator equals 1");
        }
        return problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        List<String> bad = validate(context);
        if (!bad.isEmpty()) {
            throw new InputException(bad);
        }
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        double delta = p.number(DEPRECIATION);
        double g = p.isSet(GROWTH) ? p.number(GROWTH) : Double.NaN;
        int years = (int) p.integer(GROWTH_YEARS);
        PerpetualInventory.Growth method = PerpetualInventory.Growth.valueOf(p.string(GROWTH_METHOD).toUpperCase(Locale.ROOT));
        PerpetualInventory.Start start = PerpetualInventory.Start.valueOf(p.string(START).toUpperCase(Locale.ROOT));
        boolean interpolate = "interpolate".equals(p.string(GAPS));
        String name = p.string(NAME);
        double[] inv = data.numeric(p.string(INVESTMENT));
        double[] price = p.isSet(DEFLATOR) ? data.numeric(p.string(DEFLATOR)) : null;
        long baseYear = p.isSet(BASE_YEAR) ? p.integer(BASE_YEAR) : data.periods()[0];

        List<String> problems = new ArrayList<>();
        List<String> filled = new ArrayList<>();
        double[] real = new double[data.rows()];
        double[] stock = new double[data.rows()];
        java.util.Arrays.fill(real, Double.NaN);
        java.util.Arrays.fill(stock, Double.NaN);
        ResultTable initial = new ResultTable(List.of("entity", "first_year", "last_year", "growth", "initial_stock"));
        for (int e = 0; e < data.nEntities(); e++) {
            int lo = data.firstRow(e);
            int hi = data.endRow(e);
            String entity = data.entityLabel(lo);
            double base = 1.0;
            if (price != null) {
                int br = data.rowOf(e, baseYear);
                if (br < 0 || !(price[br] > 0)) {
                    problems.add("deflator '" + p.string(DEFLATOR) + "' has no positive value for " + data.entityColumn() + " "
                            + entity + " in base_year " + baseYear + (br < 0 ? " (no row)" : ""));
                    continue;
                }
                base = price[br];
            }
            // real investment where both values are present
            int first = -1;
            int last = -1;
            for (int r = lo; r < hi; r++) {
                double x = inv[r];
                if (price != null) {
                    x = price[r] > 0 ? x / (price[r] / base) : Double.NaN;
                }
                if (x < 0) {
                    problems.add("negative investment for " + data.entityColumn() + " " + entity + ", " + data.timeColumn()
                            + " " + data.time(r) + ": " + Cells.format(inv[r]));
                }
                real[r] = x;
                if (!Double.isNaN(x)) {
                    if (first < 0) {
                        first = r;
                    }
                    last = r;
                }
            }
            if (first < 0) {
                problems.add(data.entityColumn() + " " + entity + " has no investment value");
                continue;
            }
            long y0 = data.time(first);
            long y1 = data.time(last);
            int len = (int) (y1 - y0 + 1);
            double[] flow = new double[len];
            java.util.Arrays.fill(flow, Double.NaN);
            for (int r = first; r <= last; r++) {
                flow[(int) (data.time(r) - y0)] = real[r];
            }
            List<Integer> gaps = new ArrayList<>();
            for (int k = 0; k < len; k++) {
                if (Double.isNaN(flow[k])) {
                    gaps.add(k);
                }
            }
            if (!gaps.isEmpty()) {
                if (!interpolate) {
                    for (int k : gaps) {
                        problems.add((price == null ? "investment '" + p.string(INVESTMENT) + "'" : "real investment ("
                                + p.string(INVESTMENT) + " / " + p.string(DEFLATOR) + ")") + " has a gap for " + data.entityColumn() + " " + entity
                                + " in " + data.timeColumn() + " " + (y0 + k) + " (between " + y0 + " and " + y1
                                + "); fill it or set gaps=interpolate");
                    }
                    continue;
                }
                double[] src = flow.clone();
                for (int k : gaps) {
                    int a = k - 1;
                    while (Double.isNaN(src[a])) {
                        a--;
                    }
                    int b = k + 1;
                    while (Double.isNaN(src[b])) {
                        b++;
                    }
                    flow[k] = src[a] + (src[b] - src[a]) * (k - a) / (double) (b - a);
                    filled.add(entity + " " + (y0 + k));
                }
            }
            PerpetualInventory.Series s;
            try {
                s = PerpetualInventory.run(flow, delta, g, years, method, start);
            } catch (IllegalArgumentException ex) {
                problems.add(data.entityColumn() + " " + entity + ": " + ex.getMessage());
                continue;
            }
            for (int r = first; r <= last; r++) {
                int k = (int) (data.time(r) - y0);
                stock[r] = s.stock()[k];
                real[r] = flow[k];
            }
            initial.addRow(entity, y0, y1, s.growth(), s.initial());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Result result = new Result("capital.pim");
        if (!filled.isEmpty()) {
            result.warn("real investment interpolated linearly for " + filled.size() + " missing years: "
                    + String.join(", ", filled.subList(0, Math.min(MAX_LISTED, filled.size()))) + (filled.size() > MAX_LISTED ? ", ..." : ""));
        }
        ResultTable capital = new ResultTable(List.of("entity", "time", name, "real_investment"));
        int noStock = 0;
        for (int r = 0; r < data.rows(); r++) {
            if (Double.isNaN(stock[r])) {
                noStock++;
            }
            capital.addRow(data.entityLabel(r), data.time(r), Double.isNaN(stock[r]) ? null : stock[r],
                    Double.isNaN(real[r]) ? null : real[r]);
        }
        if (noStock > 0) {
            result.warn(noStock + " rows lie before an entity's first or after its last investment year and have no " + name);
        }
        result.table("capital", capital);
        result.table("initial", initial);
        result.statistic("depreciation", delta);
        result.statistic("base_year", price == null ? null : baseYear);
        result.statistic("prices", price == null ? "as given (no deflator)" : "constant prices of " + baseYear);
        return result;
    }
}
